/* The symbol table: the scopes (blocks) of a module and the flags and
 * resolved scope of every name in each, with CPython 3.14's rules. */
#ifndef FT_SYMTABLE_H
#define FT_SYMTABLE_H

#include "compiler/arena.h"
#include "compiler/ast.h"
#include "compiler/parser.h"

/* Per-symbol flags, bit for bit CPython's (the symtable module reports
 * them), so dumps compare directly. The resolved scope sits in bits
 * SYM_SCOPE_OFFSET.. once analysis is done. */
enum {
    SYM_DEF_GLOBAL = 1,         /* global statement */
    SYM_DEF_LOCAL = 2,          /* assigned (or deleted, or def/class) */
    SYM_DEF_PARAM = 4,          /* a parameter */
    SYM_DEF_NONLOCAL = 8,       /* nonlocal statement */
    SYM_USE = 16,               /* read */
    SYM_DEF_FREE = 32,          /* unused (kept for numbering) */
    SYM_DEF_FREE_CLASS = 64,    /* free in a nested scope and bound in class */
    SYM_DEF_IMPORT = 128,       /* bound by import */
    SYM_DEF_ANNOT = 256,        /* annotated (x: T) */
    SYM_DEF_COMP_ITER = 512,    /* a comprehension iteration variable */
    SYM_DEF_TYPE_PARAM = 1024,  /* a PEP 695 type parameter */
    SYM_DEF_COMP_CELL = 2048,   /* a cell of an inlined comprehension */
};
#define SYM_DEF_BOUND (SYM_DEF_LOCAL | SYM_DEF_PARAM | SYM_DEF_IMPORT)
#define SYM_SCOPE_OFFSET 12
#define SYM_SCOPE_MASK 15

typedef enum {
    SYM_SCOPE_NONE = 0,         /* the name is not in the block */
    SYM_LOCAL = 1,
    SYM_GLOBAL_EXPLICIT = 2,
    SYM_GLOBAL_IMPLICIT = 3,
    SYM_FREE = 4,
    SYM_CELL = 5
} SymScope;

/* Numbered as the _symtable module numbers them. Comprehensions and
 * lambdas are SYM_BLOCK_FUNCTION (see SymBlock.comprehension). */
typedef enum {
    SYM_BLOCK_FUNCTION = 0, SYM_BLOCK_CLASS, SYM_BLOCK_MODULE,
    SYM_BLOCK_ANNOTATION, SYM_BLOCK_TYPE_ALIAS, SYM_BLOCK_TYPE_PARAMETERS,
    SYM_BLOCK_TYPE_VARIABLE
} SymBlockType;

typedef enum {
    SYM_COMP_NONE = 0, SYM_COMP_LIST, SYM_COMP_SET, SYM_COMP_DICT,
    SYM_COMP_GENEXPR
} SymCompKind;

typedef struct SymBlock SymBlock;
typedef struct SymTable SymTable;

/* A name set in insertion order with a hash index (arena memory). */
typedef struct {
    int n, cap;
    const char **names;
    int *flags;
    int *index;                 /* open addressing, slot = i + 1, 0 empty */
    int index_cap;
} SymMap;

typedef struct {
    const char *name;
    AstLoc loc;
} SymDirective;

struct SymBlock {
    SymBlockType type;
    const char *name;
    const void *key;            /* the AST node (see symtable_block_for) */
    AstLoc loc;
    SymMap symbols;             /* name (mangled) -> flags | scope << OFFSET */
    int nvarnames, capvarnames;
    const char **varnames;      /* parameters, in order */
    int nchildren, capchildren;
    SymBlock **children;        /* after analysis: inlined comprehensions
                                   replaced by their own children */
    SymCompKind comprehension;
    const char *scope_info;     /* "a TypeVar bound" and such, for errors */
    SymBlock *annotation_block; /* 3.14: the __annotate__ of this block */
    const SymMap *mangled_names;/* generic class: only these get mangled */
    int ndirectives, capdirectives;
    SymDirective *directives;   /* global/nonlocal sites, for errors */
    int comp_iter_expr;         /* >0 inside a comprehension's iterable */
    int in_conditional;         /* >0 visiting if/loop/try/with/match bodies */
    unsigned nested : 1;        /* inside a function-like block */
    unsigned free : 1;          /* has free variables (or is nested and
                                   uses globals) */
    unsigned child_free : 1;    /* some child block has free variables */
    unsigned generator : 1, coroutine : 1;
    unsigned varargs : 1, varkeywords : 1, returns_value : 1;
    unsigned needs_class_closure : 1;   /* class: a method uses __class__ */
    unsigned needs_classdict : 1;       /* class: a scope uses __classdict__ */
    unsigned can_see_class_scope : 1;   /* annotation/type scope in a class */
    unsigned comp_inlined : 1;          /* PEP 709: merged into its parent */
    unsigned comp_iter_target : 1;      /* visiting an iteration target */
    unsigned has_conditional_annotations : 1;
    unsigned annotations_used : 1;      /* 3.14 __annotate__ of a def: some
                                           annotation exists (the block is
                                           made for every def) */
};

/* Flags for symtable_build. */
enum {
    /* Emulate 3.13: annotations are evaluated where they stand (no
     * __annotate__ scopes). Used to compare with python3.13. */
    SYMTABLE_PY313 = 1,
};

struct SymTable {
    Arena *arena;
    SymBlock *top;
    int nblocks, capblocks;     /* key -> block hash, open addressing */
    SymBlock **blocks;
    int future_annotations;     /* from __future__ import annotations */
};

/* Builds the table of m. Returns NULL with *err filled (a SyntaxError) on
 * a scoping error. Everything lives in a. Error offsets are
 * 1-based byte columns, as CPython's symtable errors carry them
 * (SyntaxError.offset = col_offset + 1); err->text is left NULL. */
SymTable *symtable_build(Arena *a, AstModule *m, const char *filename,
                         int flags, ParseError *err);

/* The block an AST node opens: the AstModule, a def/class/type statement,
 * a Lambda or comprehension expression; &stmt->v.funcdef.type_params (or
 * classdef/typealias) for the type-parameter block; an AstTypeParam for
 * its bound (or constraints), (char *)tp + 1 for its default; in 3.14 mode
 * a def's AstArguments for its __annotate__, and (char *)owner_key + 1 for
 * a module's or class's __annotate__. NULL when none. */
SymBlock *symtable_block_for(SymTable *st, const void *key);

/* The resolved scope of name (already mangled) in b, SYM_SCOPE_NONE when b
 * has no such symbol. */
int symtable_scope(const SymBlock *b, const char *name);
/* The full flags of name in b (0 when absent). */
int symtable_flags(const SymBlock *b, const char *name);

/* Private name mangling as the compiler applies it (`__x` in class C is
 * `_C__x`); returns name itself when it does not apply. */
const char *symtable_mangle(Arena *a, const char *privateobj, const char *name);

#endif
