/* The abstract syntax tree, mirroring CPython 3.14's Python.asdl node for
 * node and field for field; every node lives in the parser's arena. */
#ifndef FT_AST_H
#define FT_AST_H

#include <stddef.h>

#include "compiler/arena.h"

typedef struct AstExpr AstExpr;
typedef struct AstStmt AstStmt;
typedef struct AstPattern AstPattern;

/* A sequence (asdl_seq): n items of the field's node type. Lists of
 * expressions may hold NULL items where the grammar says so (Dict.keys for
 * `**m`, arguments.kw_defaults). */
typedef struct {
    int n;
    void **items;
} AstList;

/* Positions as CPython: 1-based lines, 0-based columns in UTF-8 bytes, the
 * end exclusive. */
typedef struct {
    int lineno, col_offset, end_lineno, end_col_offset;
} AstLoc;

typedef enum { AST_LOAD = 1, AST_STORE, AST_DEL } AstCtx;
typedef enum { AST_AND = 1, AST_OR } AstBoolOp;
typedef enum {
    AST_ADD = 1, AST_SUB, AST_MULT, AST_MATMULT, AST_DIV, AST_MOD, AST_POW,
    AST_LSHIFT, AST_RSHIFT, AST_BITOR, AST_BITXOR, AST_BITAND, AST_FLOORDIV
} AstOperator;
typedef enum { AST_INVERT = 1, AST_NOT, AST_UADD, AST_USUB } AstUnaryOp;
typedef enum {
    AST_EQ = 1, AST_NOTEQ, AST_LT, AST_LTE, AST_GT, AST_GTE, AST_IS,
    AST_ISNOT, AST_IN, AST_NOTIN
} AstCmpOp;

/* Constant values. Strings are UTF-8 except that lone surrogates (from
 * "\ud800" escapes) are kept as their 3-byte generalized UTF-8 form; they
 * carry their length since they may hold NUL. Ints keep their digits
 * (underscores and base prefix removed) so any size survives until the
 * compiler turns them into objects. */
typedef enum {
    AST_CONST_NONE, AST_CONST_TRUE, AST_CONST_FALSE, AST_CONST_ELLIPSIS,
    AST_CONST_INT, AST_CONST_FLOAT, AST_CONST_COMPLEX, AST_CONST_STR,
    AST_CONST_BYTES
} AstConstKind;

typedef struct {
    AstConstKind kind;
    union {
        struct { const char *digits; int base; } i;     /* AST_CONST_INT */
        double f;           /* FLOAT; COMPLEX: the imaginary part */
        struct { const char *s; size_t len; } str;      /* STR, BYTES */
    } v;
} AstConst;

typedef enum {
    AST_BoolOp = 1, AST_NamedExpr, AST_BinOp, AST_UnaryOp, AST_Lambda,
    AST_IfExp, AST_Dict, AST_Set, AST_ListComp, AST_SetComp, AST_DictComp,
    AST_GeneratorExp, AST_Await, AST_Yield, AST_YieldFrom, AST_Compare,
    AST_Call, AST_FormattedValue, AST_Interpolation, AST_JoinedStr,
    AST_TemplateStr, AST_Constant, AST_Attribute, AST_Subscript,
    AST_Starred, AST_Name, AST_List, AST_Tuple, AST_Slice
} AstExprKind;

typedef struct AstArguments AstArguments;

typedef struct {
    AstExpr *target, *iter;
    AstList ifs;            /* AstExpr */
    int is_async;
} AstComprehension;

typedef struct {
    const char *arg;        /* NULL for **kwargs */
    AstExpr *value;
    AstLoc loc;
} AstKeyword;

struct AstExpr {
    AstExprKind kind;
    AstLoc loc;
    union {
        struct { AstBoolOp op; AstList values; } boolop;
        struct { AstExpr *target, *value; } namedexpr;
        struct { AstExpr *left; AstOperator op; AstExpr *right; } binop;
        struct { AstUnaryOp op; AstExpr *operand; } unaryop;
        struct { AstArguments *args; AstExpr *body; } lambda;
        struct { AstExpr *test, *body, *orelse; } ifexp;
        struct { AstList keys, values; } dict;
        /* Set, List, Tuple (ctx unused for Set) */
        struct { AstList elts; AstCtx ctx; } seq;
        /* ListComp, SetComp, GeneratorExp; DictComp uses value too */
        struct { AstExpr *elt, *value; AstList generators; } comp;
        /* Await, Yield (value may be NULL), YieldFrom */
        struct { AstExpr *value; } unary;
        /* ops has comparators.n entries */
        struct { AstExpr *left; AstCmpOp *ops; AstList comparators; } compare;
        struct { AstExpr *func; AstList args; AstList keywords; } call;
        /* FormattedValue; Interpolation also has str (the source text) */
        struct {
            AstExpr *value;
            int conversion;             /* -1, 's', 'r' or 'a' */
            AstExpr *format_spec;       /* JoinedStr or NULL */
            const char *str;            /* Interpolation only */
        } fvalue;
        struct { AstList values; } joined;     /* JoinedStr, TemplateStr */
        struct { AstConst value; const char *kind; } constant;
        struct { AstExpr *value; const char *attr; AstCtx ctx; } attribute;
        struct { AstExpr *value, *slice; AstCtx ctx; } subscript;
        struct { AstExpr *value; AstCtx ctx; } starred;
        struct { const char *id; AstCtx ctx; } name;
        struct { AstExpr *lower, *upper, *step; } slice;
    } v;
};

typedef struct {
    const char *arg;
    AstExpr *annotation;
    const char *type_comment;
    AstLoc loc;
} AstArg;

struct AstArguments {
    AstList posonlyargs, args;      /* AstArg */
    AstArg *vararg;
    AstList kwonlyargs;             /* AstArg */
    AstList kw_defaults;            /* AstExpr, NULL where none */
    AstArg *kwarg;
    AstList defaults;               /* AstExpr */
};

typedef struct {
    const char *name, *asname;
    AstLoc loc;
} AstAlias;

typedef struct {
    AstExpr *context_expr, *optional_vars;
} AstWithItem;

typedef struct {
    AstExpr *type;
    const char *name;
    AstList body;
    AstLoc loc;
} AstExceptHandler;

typedef enum {
    AST_MatchValue = 1, AST_MatchSingleton, AST_MatchSequence,
    AST_MatchMapping, AST_MatchClass, AST_MatchStar, AST_MatchAs,
    AST_MatchOr
} AstPatternKind;

struct AstPattern {
    AstPatternKind kind;
    AstLoc loc;
    union {
        struct { AstExpr *value; } value;          /* MatchValue */
        AstConstKind singleton;                     /* NONE, TRUE, FALSE */
        struct { AstList patterns; } seq;           /* Sequence, Or */
        struct { AstList keys, patterns; const char *rest; } mapping;
        struct {
            AstExpr *cls;
            AstList patterns;
            AstList kwd_attrs;                      /* const char * */
            AstList kwd_patterns;
        } cls;
        struct { const char *name; } star;          /* name may be NULL */
        struct { AstPattern *pattern; const char *name; } as;
    } v;
};

typedef struct {
    AstPattern *pattern;
    AstExpr *guard;
    AstList body;
} AstMatchCase;

typedef enum { AST_TypeVar = 1, AST_ParamSpec, AST_TypeVarTuple } AstTypeParamKind;

typedef struct {
    AstTypeParamKind kind;
    const char *name;
    AstExpr *bound;                 /* TypeVar only */
    AstExpr *default_value;
    AstLoc loc;
} AstTypeParam;

typedef enum {
    AST_FunctionDef = 1, AST_AsyncFunctionDef, AST_ClassDef, AST_Return,
    AST_Delete, AST_Assign, AST_TypeAlias, AST_AugAssign, AST_AnnAssign,
    AST_For, AST_AsyncFor, AST_While, AST_If, AST_With, AST_AsyncWith,
    AST_Match, AST_Raise, AST_Try, AST_TryStar, AST_Assert, AST_Import,
    AST_ImportFrom, AST_Global, AST_Nonlocal, AST_Expr, AST_Pass,
    AST_Break, AST_Continue
} AstStmtKind;

struct AstStmt {
    AstStmtKind kind;
    AstLoc loc;
    union {
        /* FunctionDef, AsyncFunctionDef */
        struct {
            const char *name;
            AstArguments *args;
            AstList body, decorator_list, type_params;
            AstExpr *returns;
            const char *type_comment;
        } funcdef;
        struct {
            const char *name;
            AstList bases;                  /* AstExpr */
            AstList keywords;               /* AstKeyword */
            AstList body, decorator_list, type_params;
        } classdef;
        struct { AstExpr *value; } ret;     /* Return (value may be NULL), Expr */
        struct { AstList targets; } del;
        struct { AstList targets; AstExpr *value; const char *type_comment; } assign;
        struct { AstExpr *name; AstList type_params; AstExpr *value; } typealias;
        struct { AstExpr *target; AstOperator op; AstExpr *value; } augassign;
        struct { AstExpr *target, *annotation, *value; int simple; } annassign;
        /* For, AsyncFor */
        struct {
            AstExpr *target, *iter;
            AstList body, orelse;
            const char *type_comment;
        } forloop;
        /* While, If */
        struct { AstExpr *test; AstList body, orelse; } cond;
        /* With, AsyncWith: items are AstWithItem */
        struct { AstList items, body; const char *type_comment; } with;
        struct { AstExpr *subject; AstList cases; } match;   /* AstMatchCase */
        struct { AstExpr *exc, *cause; } raise;
        /* Try, TryStar: handlers are AstExceptHandler */
        struct { AstList body, handlers, orelse, finalbody; } try_;
        struct { AstExpr *test, *msg; } assert_;
        /* Import, ImportFrom: names are AstAlias */
        struct { const char *module; AstList names; int level; } import;
        struct { AstList names; } global;   /* Global, Nonlocal: const char * */
    } v;
};

/* mod: only Module comes out of parsing a file. */
typedef struct {
    AstList body;           /* AstStmt */
    AstList type_ignores;   /* always empty: type comments are not parsed */
} AstModule;

/* Appends to a list being built in an arena (amortised doubling). */
void ast_list_append(Arena *a, AstList *l, void *item);

#endif
