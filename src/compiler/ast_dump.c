/* ast.dump() for ftpy's AST: node names and fields in Python.asdl order,
 * None-valued and empty-list fields left out (3.13's rule, except for
 * Constant.value and MatchSingleton.value), constants as Python's repr. */
#include "compiler/ast_dump.h"

#include <errno.h>
#include <gmp.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/tokenizer.h"
#include "numfmt.h"
#include "readfile.h"
#include "utf8.h"

typedef struct {
    FILE *f;
    int attrs;      /* include_attributes=True: positions too */
} Dump;

static void d_expr(Dump *d, const AstExpr *e);
static void d_stmt(Dump *d, const AstStmt *s);
static void d_pattern(Dump *d, const AstPattern *pt);

/* ---- reprs ---------------------------------------------------------------- */

/* Decodes one generalized-UTF-8 sequence (surrogates allowed). */
static int d_utf8(const unsigned char *s, size_t n, unsigned *cp)
{
    unsigned c = s[0];
    if (c < 0x80) { *cp = c; return 1; }
    if ((c & 0xE0) == 0xC0 && n >= 2) { *cp = ((c & 0x1F) << 6) | (s[1] & 0x3F); return 2; }
    if ((c & 0xF0) == 0xE0 && n >= 3) {
        *cp = ((c & 0x0F) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3F);
        return 3;
    }
    if ((c & 0xF8) == 0xF0 && n >= 4) {
        *cp = ((c & 0x07) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3F);
        return 4;
    }
    *cp = c;
    return 1;
}

static void d_str_repr(FILE *f, const char *s0, size_t n)
{
    const unsigned char *s = (const unsigned char *)s0;
    int sq = memchr(s, '\'', n) != NULL, dq = memchr(s, '"', n) != NULL;
    char q = sq && !dq ? '"' : '\'';
    fputc(q, f);
    for (size_t i = 0; i < n;) {
        unsigned cp;
        int k = d_utf8(s + i, n - i, &cp);
        if (cp == (unsigned)q || cp == '\\') {
            fputc('\\', f);
            fputc((int)cp, f);
        } else if (cp == '\t') {
            fputs("\\t", f);
        } else if (cp == '\n') {
            fputs("\\n", f);
        } else if (cp == '\r') {
            fputs("\\r", f);
        } else if (cp < 0x20 || cp == 0x7f) {
            fprintf(f, "\\x%02x", cp);
        } else if (cp < 0x7f) {
            fputc((int)cp, f);
        } else if (tok_uc_is_printable(cp) && !(cp >= 0xD800 && cp < 0xE000)) {
            fwrite(s + i, 1, (size_t)k, f);
        } else if (cp < 0x100) {
            fprintf(f, "\\x%02x", cp);
        } else if (cp < 0x10000) {
            fprintf(f, "\\u%04x", cp);
        } else {
            fprintf(f, "\\U%08x", cp);
        }
        i += (size_t)k;
    }
    fputc(q, f);
}

static void d_bytes_repr(FILE *f, const char *s0, size_t n)
{
    const unsigned char *s = (const unsigned char *)s0;
    int sq = memchr(s, '\'', n) != NULL, dq = memchr(s, '"', n) != NULL;
    char q = sq && !dq ? '"' : '\'';
    fputc('b', f);
    fputc(q, f);
    for (size_t i = 0; i < n; i++) {
        unsigned c = s[i];
        if (c == (unsigned)q || c == '\\') {
            fputc('\\', f);
            fputc((int)c, f);
        } else if (c == '\t') {
            fputs("\\t", f);
        } else if (c == '\n') {
            fputs("\\n", f);
        } else if (c == '\r') {
            fputs("\\r", f);
        } else if (c < 0x20 || c >= 0x7f) {
            fprintf(f, "\\x%02x", c);
        } else {
            fputc((int)c, f);
        }
    }
    fputc(q, f);
}

static void d_const(Dump *d, const AstConst *c)
{
    switch (c->kind) {
    case AST_CONST_NONE: fputs("None", d->f); break;
    case AST_CONST_TRUE: fputs("True", d->f); break;
    case AST_CONST_FALSE: fputs("False", d->f); break;
    case AST_CONST_ELLIPSIS: fputs("Ellipsis", d->f); break;
    case AST_CONST_INT:
        if (c->v.i.base == 10) {
            fputs(c->v.i.digits, d->f);
        } else {
            mpz_t z;
            mpz_init_set_str(z, c->v.i.digits, c->v.i.base);
            mpz_out_str(d->f, 10, z);
            mpz_clear(z);
        }
        break;
    case AST_CONST_FLOAT:
    case AST_CONST_COMPLEX: {
        /* repr(float) ends integral values in ".0"; complex parts don't. */
        int flags = c->kind == AST_CONST_FLOAT ? NUMFMT_ADD_DOT_0 : 0;
        char *r = numfmt_float_format(c->v.f, 'r', 0, flags, NULL);
        fputs(r ? r : "?", d->f);
        free(r);
        if (c->kind == AST_CONST_COMPLEX)
            fputc('j', d->f);
        break;
    }
    case AST_CONST_STR: d_str_repr(d->f, c->v.str.s, c->v.str.len); break;
    case AST_CONST_BYTES: d_bytes_repr(d->f, c->v.str.s, c->v.str.len); break;
    }
}

/* ---- fields --------------------------------------------------------------- */

/* Each node prints "Name(" then its fields; *first tracks the separator. */
static void d_open(Dump *d, const char *name) { fprintf(d->f, "%s(", name); }
static void d_close(Dump *d) { fputc(')', d->f); }

static void d_key(Dump *d, int *first, const char *key);

/* The positions, for include_attributes=True. */
static void d_attrs(Dump *d, int *first, const AstLoc *l)
{
    if (!d->attrs)
        return;
    d_key(d, first, "lineno");
    fprintf(d->f, "%d", l->lineno);
    d_key(d, first, "col_offset");
    fprintf(d->f, "%d", l->col_offset);
    d_key(d, first, "end_lineno");
    fprintf(d->f, "%d", l->end_lineno);
    d_key(d, first, "end_col_offset");
    fprintf(d->f, "%d", l->end_col_offset);
}

static void d_key(Dump *d, int *first, const char *key)
{
    if (!*first)
        fputs(", ", d->f);
    *first = 0;
    fprintf(d->f, "%s=", key);
}

static void d_f_expr(Dump *d, int *first, const char *key, const AstExpr *e)
{
    if (!e)
        return;
    d_key(d, first, key);
    d_expr(d, e);
}

static void d_f_str(Dump *d, int *first, const char *key, const char *s)
{
    if (!s)
        return;
    d_key(d, first, key);
    d_str_repr(d->f, s, strlen(s));
}

static void d_f_int(Dump *d, int *first, const char *key, int v)
{
    d_key(d, first, key);
    fprintf(d->f, "%d", v);
}

typedef void (*DItem)(Dump *d, const void *item);

static void d_f_list(Dump *d, int *first, const char *key, AstList l, DItem fn)
{
    if (l.n == 0)
        return;
    d_key(d, first, key);
    fputc('[', d->f);
    for (int i = 0; i < l.n; i++) {
        if (i)
            fputs(", ", d->f);
        if (l.items[i])
            fn(d, l.items[i]);
        else
            fputs("None", d->f);
    }
    fputc(']', d->f);
}

static void d_i_expr(Dump *d, const void *x) { d_expr(d, x); }
static void d_i_stmt(Dump *d, const void *x) { d_stmt(d, x); }
static void d_i_pattern(Dump *d, const void *x) { d_pattern(d, x); }
static void d_i_ident(Dump *d, const void *x) { d_str_repr(d->f, x, strlen(x)); }

static const char *d_ctx_name(AstCtx c)
{
    return c == AST_STORE ? "Store()" : c == AST_DEL ? "Del()" : "Load()";
}

static void d_f_ctx(Dump *d, int *first, AstCtx c)
{
    d_key(d, first, "ctx");
    fputs(d_ctx_name(c), d->f);
}

static const char *const d_op_names[] = {
    "", "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift",
    "BitOr", "BitXor", "BitAnd", "FloorDiv",
};
static const char *const d_unop_names[] = {"", "Invert", "Not", "UAdd", "USub"};
static const char *const d_cmp_names[] = {
    "", "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn",
};

static void d_f_name(Dump *d, int *first, const char *key, const char *name)
{
    d_key(d, first, key);
    fprintf(d->f, "%s()", name);
}

static void d_arg(Dump *d, const void *x)
{
    const AstArg *a = x;
    int first = 1;
    d_open(d, "arg");
    d_f_str(d, &first, "arg", a->arg);
    d_f_expr(d, &first, "annotation", a->annotation);
    d_f_str(d, &first, "type_comment", a->type_comment);
    d_attrs(d, &first, &a->loc);
    d_close(d);
}

static void d_arguments(Dump *d, const AstArguments *a)
{
    int first = 1;
    d_open(d, "arguments");
    d_f_list(d, &first, "posonlyargs", a->posonlyargs, d_arg);
    d_f_list(d, &first, "args", a->args, d_arg);
    if (a->vararg) {
        d_key(d, &first, "vararg");
        d_arg(d, a->vararg);
    }
    d_f_list(d, &first, "kwonlyargs", a->kwonlyargs, d_arg);
    d_f_list(d, &first, "kw_defaults", a->kw_defaults, d_i_expr);
    if (a->kwarg) {
        d_key(d, &first, "kwarg");
        d_arg(d, a->kwarg);
    }
    d_f_list(d, &first, "defaults", a->defaults, d_i_expr);
    d_close(d);
}

static void d_keyword(Dump *d, const void *x)
{
    const AstKeyword *k = x;
    int first = 1;
    d_open(d, "keyword");
    d_f_str(d, &first, "arg", k->arg);
    d_f_expr(d, &first, "value", k->value);
    d_attrs(d, &first, &k->loc);
    d_close(d);
}

static void d_comprehension(Dump *d, const void *x)
{
    const AstComprehension *c = x;
    int first = 1;
    d_open(d, "comprehension");
    d_f_expr(d, &first, "target", c->target);
    d_f_expr(d, &first, "iter", c->iter);
    d_f_list(d, &first, "ifs", c->ifs, d_i_expr);
    d_f_int(d, &first, "is_async", c->is_async);
    d_close(d);
}

static void d_alias(Dump *d, const void *x)
{
    const AstAlias *a = x;
    int first = 1;
    d_open(d, "alias");
    d_f_str(d, &first, "name", a->name);
    d_f_str(d, &first, "asname", a->asname);
    d_attrs(d, &first, &a->loc);
    d_close(d);
}

static void d_withitem(Dump *d, const void *x)
{
    const AstWithItem *w = x;
    int first = 1;
    d_open(d, "withitem");
    d_f_expr(d, &first, "context_expr", w->context_expr);
    d_f_expr(d, &first, "optional_vars", w->optional_vars);
    d_close(d);
}

static void d_handler(Dump *d, const void *x)
{
    const AstExceptHandler *h = x;
    int first = 1;
    d_open(d, "ExceptHandler");
    d_f_expr(d, &first, "type", h->type);
    d_f_str(d, &first, "name", h->name);
    d_f_list(d, &first, "body", h->body, d_i_stmt);
    d_attrs(d, &first, &h->loc);
    d_close(d);
}

static void d_match_case(Dump *d, const void *x)
{
    const AstMatchCase *m = x;
    int first = 1;
    d_open(d, "match_case");
    d_key(d, &first, "pattern");
    d_pattern(d, m->pattern);
    d_f_expr(d, &first, "guard", m->guard);
    d_f_list(d, &first, "body", m->body, d_i_stmt);
    d_close(d);
}

static void d_type_param(Dump *d, const void *x)
{
    const AstTypeParam *t = x;
    int first = 1;
    d_open(d, t->kind == AST_TypeVar ? "TypeVar" : t->kind == AST_ParamSpec ? "ParamSpec"
                                                                           : "TypeVarTuple");
    d_f_str(d, &first, "name", t->name);
    d_f_expr(d, &first, "bound", t->bound);
    d_f_expr(d, &first, "default_value", t->default_value);
    d_attrs(d, &first, &t->loc);
    d_close(d);
}

/* ---- nodes ---------------------------------------------------------------- */

static const char *const d_expr_names[] = {
    "", "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set",
    "ListComp", "SetComp", "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom",
    "Compare", "Call", "FormattedValue", "Interpolation", "JoinedStr", "TemplateStr",
    "Constant", "Attribute", "Subscript", "Starred", "Name", "List", "Tuple", "Slice",
};

static void d_expr(Dump *d, const AstExpr *e)
{
    int first = 1;
    d_open(d, d_expr_names[e->kind]);
    switch (e->kind) {
    case AST_BoolOp:
        d_f_name(d, &first, "op", e->v.boolop.op == AST_AND ? "And" : "Or");
        d_f_list(d, &first, "values", e->v.boolop.values, d_i_expr);
        break;
    case AST_NamedExpr:
        d_f_expr(d, &first, "target", e->v.namedexpr.target);
        d_f_expr(d, &first, "value", e->v.namedexpr.value);
        break;
    case AST_BinOp:
        d_f_expr(d, &first, "left", e->v.binop.left);
        d_f_name(d, &first, "op", d_op_names[e->v.binop.op]);
        d_f_expr(d, &first, "right", e->v.binop.right);
        break;
    case AST_UnaryOp:
        d_f_name(d, &first, "op", d_unop_names[e->v.unaryop.op]);
        d_f_expr(d, &first, "operand", e->v.unaryop.operand);
        break;
    case AST_Lambda:
        d_key(d, &first, "args");
        d_arguments(d, e->v.lambda.args);
        d_f_expr(d, &first, "body", e->v.lambda.body);
        break;
    case AST_IfExp:
        d_f_expr(d, &first, "test", e->v.ifexp.test);
        d_f_expr(d, &first, "body", e->v.ifexp.body);
        d_f_expr(d, &first, "orelse", e->v.ifexp.orelse);
        break;
    case AST_Dict:
        d_f_list(d, &first, "keys", e->v.dict.keys, d_i_expr);
        d_f_list(d, &first, "values", e->v.dict.values, d_i_expr);
        break;
    case AST_Set:
        d_f_list(d, &first, "elts", e->v.seq.elts, d_i_expr);
        break;
    case AST_ListComp: case AST_SetComp: case AST_GeneratorExp:
        d_f_expr(d, &first, "elt", e->v.comp.elt);
        d_f_list(d, &first, "generators", e->v.comp.generators, d_comprehension);
        break;
    case AST_DictComp:
        d_f_expr(d, &first, "key", e->v.comp.elt);
        d_f_expr(d, &first, "value", e->v.comp.value);
        d_f_list(d, &first, "generators", e->v.comp.generators, d_comprehension);
        break;
    case AST_Await: case AST_Yield: case AST_YieldFrom:
        d_f_expr(d, &first, "value", e->v.unary.value);
        break;
    case AST_Compare:
        d_f_expr(d, &first, "left", e->v.compare.left);
        d_key(d, &first, "ops");
        fputc('[', d->f);
        for (int i = 0; i < e->v.compare.comparators.n; i++)
            fprintf(d->f, "%s%s()", i ? ", " : "", d_cmp_names[e->v.compare.ops[i]]);
        fputc(']', d->f);
        d_f_list(d, &first, "comparators", e->v.compare.comparators, d_i_expr);
        break;
    case AST_Call:
        d_f_expr(d, &first, "func", e->v.call.func);
        d_f_list(d, &first, "args", e->v.call.args, d_i_expr);
        d_f_list(d, &first, "keywords", e->v.call.keywords, d_keyword);
        break;
    case AST_FormattedValue: case AST_Interpolation:
        d_f_expr(d, &first, "value", e->v.fvalue.value);
        if (e->kind == AST_Interpolation)
            d_f_str(d, &first, "str", e->v.fvalue.str);
        d_f_int(d, &first, "conversion", e->v.fvalue.conversion);
        d_f_expr(d, &first, "format_spec", e->v.fvalue.format_spec);
        break;
    case AST_JoinedStr: case AST_TemplateStr:
        d_f_list(d, &first, "values", e->v.joined.values, d_i_expr);
        break;
    case AST_Constant:
        d_key(d, &first, "value");
        d_const(d, &e->v.constant.value);
        d_f_str(d, &first, "kind", e->v.constant.kind);
        break;
    case AST_Attribute:
        d_f_expr(d, &first, "value", e->v.attribute.value);
        d_f_str(d, &first, "attr", e->v.attribute.attr);
        d_f_ctx(d, &first, e->v.attribute.ctx);
        break;
    case AST_Subscript:
        d_f_expr(d, &first, "value", e->v.subscript.value);
        d_f_expr(d, &first, "slice", e->v.subscript.slice);
        d_f_ctx(d, &first, e->v.subscript.ctx);
        break;
    case AST_Starred:
        d_f_expr(d, &first, "value", e->v.starred.value);
        d_f_ctx(d, &first, e->v.starred.ctx);
        break;
    case AST_Name:
        d_f_str(d, &first, "id", e->v.name.id);
        d_f_ctx(d, &first, e->v.name.ctx);
        break;
    case AST_List: case AST_Tuple:
        d_f_list(d, &first, "elts", e->v.seq.elts, d_i_expr);
        d_f_ctx(d, &first, e->v.seq.ctx);
        break;
    case AST_Slice:
        d_f_expr(d, &first, "lower", e->v.slice.lower);
        d_f_expr(d, &first, "upper", e->v.slice.upper);
        d_f_expr(d, &first, "step", e->v.slice.step);
        break;
    }
    d_attrs(d, &first, &e->loc);
    d_close(d);
}

static const char *const d_stmt_names[] = {
    "", "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign",
    "TypeAlias", "AugAssign", "AnnAssign", "For", "AsyncFor", "While", "If", "With",
    "AsyncWith", "Match", "Raise", "Try", "TryStar", "Assert", "Import", "ImportFrom",
    "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue",
};

static void d_stmt(Dump *d, const AstStmt *s)
{
    int first = 1;
    d_open(d, d_stmt_names[s->kind]);
    switch (s->kind) {
    case AST_FunctionDef: case AST_AsyncFunctionDef:
        d_f_str(d, &first, "name", s->v.funcdef.name);
        d_key(d, &first, "args");
        d_arguments(d, s->v.funcdef.args);
        d_f_list(d, &first, "body", s->v.funcdef.body, d_i_stmt);
        d_f_list(d, &first, "decorator_list", s->v.funcdef.decorator_list, d_i_expr);
        d_f_expr(d, &first, "returns", s->v.funcdef.returns);
        d_f_str(d, &first, "type_comment", s->v.funcdef.type_comment);
        d_f_list(d, &first, "type_params", s->v.funcdef.type_params, d_type_param);
        break;
    case AST_ClassDef:
        d_f_str(d, &first, "name", s->v.classdef.name);
        d_f_list(d, &first, "bases", s->v.classdef.bases, d_i_expr);
        d_f_list(d, &first, "keywords", s->v.classdef.keywords, d_keyword);
        d_f_list(d, &first, "body", s->v.classdef.body, d_i_stmt);
        d_f_list(d, &first, "decorator_list", s->v.classdef.decorator_list, d_i_expr);
        d_f_list(d, &first, "type_params", s->v.classdef.type_params, d_type_param);
        break;
    case AST_Return: case AST_Expr:
        d_f_expr(d, &first, "value", s->v.ret.value);
        break;
    case AST_Delete:
        d_f_list(d, &first, "targets", s->v.del.targets, d_i_expr);
        break;
    case AST_Assign:
        d_f_list(d, &first, "targets", s->v.assign.targets, d_i_expr);
        d_f_expr(d, &first, "value", s->v.assign.value);
        d_f_str(d, &first, "type_comment", s->v.assign.type_comment);
        break;
    case AST_TypeAlias:
        d_f_expr(d, &first, "name", s->v.typealias.name);
        d_f_list(d, &first, "type_params", s->v.typealias.type_params, d_type_param);
        d_f_expr(d, &first, "value", s->v.typealias.value);
        break;
    case AST_AugAssign:
        d_f_expr(d, &first, "target", s->v.augassign.target);
        d_f_name(d, &first, "op", d_op_names[s->v.augassign.op]);
        d_f_expr(d, &first, "value", s->v.augassign.value);
        break;
    case AST_AnnAssign:
        d_f_expr(d, &first, "target", s->v.annassign.target);
        d_f_expr(d, &first, "annotation", s->v.annassign.annotation);
        d_f_expr(d, &first, "value", s->v.annassign.value);
        d_f_int(d, &first, "simple", s->v.annassign.simple);
        break;
    case AST_For: case AST_AsyncFor:
        d_f_expr(d, &first, "target", s->v.forloop.target);
        d_f_expr(d, &first, "iter", s->v.forloop.iter);
        d_f_list(d, &first, "body", s->v.forloop.body, d_i_stmt);
        d_f_list(d, &first, "orelse", s->v.forloop.orelse, d_i_stmt);
        d_f_str(d, &first, "type_comment", s->v.forloop.type_comment);
        break;
    case AST_While: case AST_If:
        d_f_expr(d, &first, "test", s->v.cond.test);
        d_f_list(d, &first, "body", s->v.cond.body, d_i_stmt);
        d_f_list(d, &first, "orelse", s->v.cond.orelse, d_i_stmt);
        break;
    case AST_With: case AST_AsyncWith:
        d_f_list(d, &first, "items", s->v.with.items, d_withitem);
        d_f_list(d, &first, "body", s->v.with.body, d_i_stmt);
        d_f_str(d, &first, "type_comment", s->v.with.type_comment);
        break;
    case AST_Match:
        d_f_expr(d, &first, "subject", s->v.match.subject);
        d_f_list(d, &first, "cases", s->v.match.cases, d_match_case);
        break;
    case AST_Raise:
        d_f_expr(d, &first, "exc", s->v.raise.exc);
        d_f_expr(d, &first, "cause", s->v.raise.cause);
        break;
    case AST_Try: case AST_TryStar:
        d_f_list(d, &first, "body", s->v.try_.body, d_i_stmt);
        d_f_list(d, &first, "handlers", s->v.try_.handlers, d_handler);
        d_f_list(d, &first, "orelse", s->v.try_.orelse, d_i_stmt);
        d_f_list(d, &first, "finalbody", s->v.try_.finalbody, d_i_stmt);
        break;
    case AST_Assert:
        d_f_expr(d, &first, "test", s->v.assert_.test);
        d_f_expr(d, &first, "msg", s->v.assert_.msg);
        break;
    case AST_Import:
        d_f_list(d, &first, "names", s->v.import.names, d_alias);
        break;
    case AST_ImportFrom:
        d_f_str(d, &first, "module", s->v.import.module);
        d_f_list(d, &first, "names", s->v.import.names, d_alias);
        d_f_int(d, &first, "level", s->v.import.level);
        break;
    case AST_Global: case AST_Nonlocal:
        d_f_list(d, &first, "names", s->v.global.names, d_i_ident);
        break;
    case AST_Pass: case AST_Break: case AST_Continue:
        break;
    }
    d_attrs(d, &first, &s->loc);
    d_close(d);
}

static void d_pattern(Dump *d, const AstPattern *pt)
{
    static const char *const names[] = {
        "", "MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping",
        "MatchClass", "MatchStar", "MatchAs", "MatchOr",
    };
    int first = 1;
    d_open(d, names[pt->kind]);
    switch (pt->kind) {
    case AST_MatchValue:
        d_f_expr(d, &first, "value", pt->v.value.value);
        break;
    case AST_MatchSingleton:
        d_key(d, &first, "value");
        fputs(pt->v.singleton == AST_CONST_NONE ? "None"
              : pt->v.singleton == AST_CONST_TRUE ? "True" : "False", d->f);
        break;
    case AST_MatchSequence: case AST_MatchOr:
        d_f_list(d, &first, "patterns", pt->v.seq.patterns, d_i_pattern);
        break;
    case AST_MatchMapping:
        d_f_list(d, &first, "keys", pt->v.mapping.keys, d_i_expr);
        d_f_list(d, &first, "patterns", pt->v.mapping.patterns, d_i_pattern);
        d_f_str(d, &first, "rest", pt->v.mapping.rest);
        break;
    case AST_MatchClass:
        d_f_expr(d, &first, "cls", pt->v.cls.cls);
        d_f_list(d, &first, "patterns", pt->v.cls.patterns, d_i_pattern);
        d_f_list(d, &first, "kwd_attrs", pt->v.cls.kwd_attrs, d_i_ident);
        d_f_list(d, &first, "kwd_patterns", pt->v.cls.kwd_patterns, d_i_pattern);
        break;
    case AST_MatchStar:
        d_f_str(d, &first, "name", pt->v.star.name);
        break;
    case AST_MatchAs:
        if (pt->v.as.pattern) {
            d_key(d, &first, "pattern");
            d_pattern(d, pt->v.as.pattern);
        }
        d_f_str(d, &first, "name", pt->v.as.name);
        break;
    }
    d_attrs(d, &first, &pt->loc);
    d_close(d);
}

void ast_dump_module_ex(FILE *out, const AstModule *m, int include_attributes)
{
    Dump d = {out, include_attributes};
    int first = 1;
    d_open(&d, "Module");
    d_f_list(&d, &first, "body", m->body, d_i_stmt);
    d_close(&d);
}

void ast_dump_module(FILE *out, const AstModule *m)
{
    ast_dump_module_ex(out, m, 0);
}

/* ---- errors --------------------------------------------------------------- */

/* Code points of a UTF-8 line (invalid bytes count as one each). */
static size_t d_cps(const char *s, size_t n, unsigned *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        unsigned cp;
        int l = d_utf8((const unsigned char *)s + i, n - i, &cp);
        out[k++] = cp;
        i += (size_t)l;
    }
    return k;
}

static void d_put_cp(FILE *f, unsigned cp)
{
    char b[4];
    fwrite(b, 1, (size_t)utf8_encode(cp, b), f);
}

void ast_print_syntax_error(FILE *out, const char *filename, const ParseError *err)
{
    if (strcmp(err->exc, "MemoryError") == 0) {
        fprintf(out, "MemoryError: %s\n", err->msg);
        return;
    }
    if (err->lineno > 0)
        fprintf(out, "  File \"%s\", line %d\n", filename, err->lineno);
    if (err->lineno > 0 && err->text) {
        /* traceback's _format_syntax_error, on code points */
        size_t n = strlen(err->text);
        unsigned *cps = malloc((n + 1) * sizeof *cps);
        if (!cps)
            abort();
        size_t len = d_cps(err->text, n, cps);
        size_t sp = 0;
        while (sp < len && (cps[sp] == ' ' || cps[sp] == '\n' || cps[sp] == '\f'))
            sp++;
        fputs("    ", out);
        for (size_t i = sp; i < len; i++)
            d_put_cp(out, cps[i]);
        fputc('\n', out);
        if (err->offset > 0) {
            long textlen = (long)len + 1;   /* text carries its '\n' */
            long off = err->offset;
            long end = err->lineno == err->end_lineno
                     ? (err->end_offset ? err->end_offset : off) : (long)len + 1;
            if (off > textlen)
                off = (long)len + 1;
            if (end > textlen)
                end = (long)len + 1;
            if (off >= end || end < 0)
                end = off + 1;
            long col = off - 1 - (long)sp, ecol = end - 1 - (long)sp;
            if (col >= 0) {
                fputs("    ", out);
                for (long i = 0; i < col; i++) {
                    unsigned c = (size_t)i + sp < len ? cps[i + (long)sp] : ' ';
                    fputc(c == '\t' || c == '\v' || c == '\f' || c == '\r' ? (int)c : ' ', out);
                }
                for (long i = col; i < ecol; i++)
                    fputc('^', out);
                fputc('\n', out);
            }
        }
        free(cps);
    }
    fprintf(out, "%s: %s\n", err->exc, err->msg);
}

int ast_dump_main(const char *path)
{
    size_t len;
    char *buf = file_read_all(path, &len);
    if (!buf) {
        if (errno == ENOMEM)
            fputs("MemoryError\n", stderr);
        else
            fprintf(stderr, "ftpy: can't open file '%s'\n", path);
        return errno == ENOMEM ? 1 : 2;
    }
    Arena *a = arena_new();
    ParseError err;
    AstModule *m = parse_file(a, buf, len, path, &err);
    int rc = 0;
    if (m) {
        ast_dump_module(stdout, m);
        fputc('\n', stdout);
    } else {
        fflush(stdout);
        ast_print_syntax_error(stderr, path, &err);
        rc = 1;
    }
    arena_free(a);
    free(buf);
    return rc;
}
