/* What the symbol table's two passes share: the builder state and the
 * name-map helpers (symtable.c: visit pass; symtable_analyze.c: analysis). */
#ifndef FT_SYMTABLE_INTERNAL_H
#define FT_SYMTABLE_INTERNAL_H

#include <setjmp.h>

#include "compiler/symtable.h"

typedef struct {
    SymTable *t;
    Arena *a;
    int flags;
    const char *filename;
    ParseError *err;
    jmp_buf fail;               /* the visit pass longjmps here on an error;
                                   it allocates only from the arena */
    int nstack, capstack;
    SymBlock **stack;           /* open blocks; stack[nstack-1] is cur */
    SymBlock *cur;
    const char *private_name;   /* the enclosing class, for mangling */
} Builder;

unsigned sym_hash(const char *s);
/* The index of name in m, or -1. */
int sym_map_find(const SymMap *m, const char *name);
/* The index of name in m, appended with flags 0 if absent. */
int sym_map_add(Arena *a, SymMap *m, const char *name);
/* Functions, lambdas, comprehensions, annotation and type scopes. */
int sym_is_function_like(const SymBlock *b);
/* Fills b->err's SyntaxError position (message set by the caller). */
void sym_set_error_loc(Builder *b, int lineno, int col, int end_lineno, int end_col);
/* The second pass over the whole table: 1, or 0 with b->err filled. */
int sym_analyze(Builder *b);

#endif
