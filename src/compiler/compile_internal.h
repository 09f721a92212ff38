/* What the parts of the bytecode compiler share: the compiler state, the
 * per-scope unit with its instruction list, labels and tables, and the
 * entry points of code generation, pattern matching, constant folding and
 * assembly. */
#ifndef FT_COMPILE_INTERNAL_H
#define FT_COMPILE_INTERNAL_H

#include <setjmp.h>
#include <stdbool.h>

#include "compiler/arena.h"
#include "compiler/ast.h"
#include "compiler/parser.h"
#include "compiler/symtable.h"
#include "objects/obj.h"
#include "vm/code.h"
#include "vm/opcodes.h"

#define MAX_FBLOCKS 20   /* "too many statically nested blocks" */

/* One instruction of a unit. Jumps (and SETUP_*) carry a label id in arg
 * until assembly; LABEL marks where a label stands. */
typedef struct Instr {
    uint8_t op;
    int32_t arg;
    CodeLoc loc;
} Instr;

/* Insertion-ordered name -> index map (arena memory). */
typedef struct NameMap {
    int n, cap;
    const char **names;
    int *index; /* open addressing: slot holds i + 1, 0 empty */
    int index_cap;
} NameMap;
int namemap_find(const NameMap *m, const char *name); /* -1 when absent */
int namemap_add(Arena *a, NameMap *m, const char *name);

/* Kinds of the frame blocks (the static nesting of loops, try, with). */
typedef enum {
    FB_WHILE_LOOP, FB_FOR_LOOP, FB_ASYNC_FOR_LOOP, FB_TRY_EXCEPT, FB_FINALLY_TRY,
    FB_FINALLY_END, FB_WITH, FB_ASYNC_WITH, FB_HANDLER_CLEANUP, FB_POP_VALUE,
    FB_EXCEPTION_HANDLER, FB_EXCEPTION_GROUP_HANDLER, FB_ASYNC_COMPREHENSION_GENERATOR,
    FB_STOP_ITERATION,
} FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    int block;  /* loop: continue target */
    int exit;   /* loop: break target */
    const void *datum; /* FINALLY_TRY: the finalbody AstList; HANDLER_CLEANUP: the name */
    CodeLoc loc;
} FBlock;

typedef enum {
    U_MODULE, U_CLASS, U_FUNCTION, U_ASYNC_FUNCTION, U_LAMBDA, U_COMPREHENSION,
    U_ANNOTATIONS, U_TYPE_PARAMS
} UnitKind;

/* Constants of a unit, deduplicated by value (and type). */
typedef struct ConstTable {
    Value *items;
    int n, cap;
    int *index; /* open addressing: i + 1 */
    uint64_t *keys;
    int index_cap;
} ConstTable;

typedef struct Unit {
    struct Unit *parent;
    SymBlock *ste;
    UnitKind kind;
    const char *name, *qualname;
    Instr *instrs;
    int ninstrs, capinstrs;
    int nlabels;
    ConstTable consts;
    NameMap names, varnames, cellvars, freevars, fasthidden;
    int argcount, posonlyargcount, kwonlyargcount;
    int firstlineno;
    int coflags;
    FBlock fb[MAX_FBLOCKS];
    int nfb;
    const char *private_name; /* the class name for mangling, or NULL */
    int in_inlined_comp;
    CodeLoc loc;              /* location given to emitted instructions */
    NameMap *static_attrs;    /* class units: names stored as self.X in methods */
    const char *first_param;  /* methods: the name of the first parameter */
} Unit;

typedef struct Compiler {
    Arena *arena;
    SymTable *st;
    Value filename;          /* str */
    const char *filename_c;
    const char *src;
    size_t srclen;
    int optimize;
    int mode;
    bool future_annotations;
    Unit *u;
    Unit *all_units[64];     /* for cleanup after an error; deeper ones leak-check */
    jmp_buf fail;
    bool failed_pyexc;       /* an exception is set (MemoryError, ...) */
    ParseError err;          /* a compile-time SyntaxError otherwise */
    struct FoldMemo *fold;   /* constant folding memo */
} Compiler;

#define NO_LOC ((CodeLoc){-1, -1, -1, -1})
static inline CodeLoc loc_of(AstLoc l)
{
    return (CodeLoc){l.lineno, l.end_lineno, l.col_offset, l.end_col_offset};
}

/* Errors: both longjmp out of the compiler. */
_Noreturn void cc_error(Compiler *c, CodeLoc loc, const char *fmt, ...);
_Noreturn void cc_pyerr(Compiler *c); /* a Python exception is already set */

/* Emission. */
void cc_emit(Compiler *c, int op, int arg);
int cc_new_label(Compiler *c);
void cc_use_label(Compiler *c, int label);
int cc_add_const(Compiler *c, Value v); /* steals v */
int cc_add_name(Compiler *c, const char *name); /* co_names index */
Value cc_str(Compiler *c, const char *s); /* interned str, new reference */
Value cc_str_len(Compiler *c, const char *s, size_t len);
static inline void cc_load_const(Compiler *c, Value v) { cc_emit(c, LOAD_CONST, cc_add_const(c, v)); }
const char *cc_mangle(Compiler *c, const char *name);
void cc_nameop(Compiler *c, const char *name, AstCtx ctx);
void cc_push_fblock(Compiler *c, FBlockKind kind, int block, int exit, const void *datum);
void cc_pop_fblock(Compiler *c);

/* Code generation (compile.c, compile_expr.c, compile_pattern.c). */
void cc_visit_expr(Compiler *c, AstExpr *e);
void cc_visit_stmts(Compiler *c, AstList *stmts);
void cc_visit_stmt(Compiler *c, AstStmt *s);
void cc_jump_if(Compiler *c, AstExpr *e, int label, bool cond);
void cc_assign(Compiler *c, AstExpr *target); /* stores TOS into target */
void cc_match(Compiler *c, AstStmt *s);
void cc_call_helper(Compiler *c, int n, AstList *args, AstList *keywords);
void cc_make_closure(Compiler *c, Value code, int flags);
Value cc_compile_comprehension_fn(Compiler *c, AstExpr *e);
void cc_comprehension(Compiler *c, AstExpr *e);
void cc_lambda(Compiler *c, AstExpr *e);
void cc_unit_enter(Compiler *c, UnitKind kind, const void *key, const char *name, int firstlineno);
Value cc_unit_exit(Compiler *c); /* assembles: the code object */
bool cc_is_function_like(const Unit *u);
void cc_add_yield_from(Compiler *c, bool await);
void cc_check_await(Compiler *c, AstExpr *e);

/* Constant folding (compile_fold.c): the value of e when it is a
 * compile-time constant (borrowed, owned by the memo), else VAL_NULL. */
Value cc_fold(Compiler *c, AstExpr *e);
Value cc_const_value(Compiler *c, const AstConst *k); /* new reference */
void cc_fold_free(Compiler *c);
bool cc_const_is_true(Value v, int *truth); /* false when unknown */

/* Assembly (compile_flow.c): the unit's instructions to a code object. */
Value cc_assemble(Compiler *c, Unit *u);

#endif
