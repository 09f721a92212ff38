/* The expression grammar: operators by precedence, atoms, displays and
 * comprehensions, calls and slices, lambda and def parameters, and the
 * conversion of expressions to assignment/deletion targets. */
#include "compiler/parser_internal.h"

#include <string.h>

static AstExpr *parse_factor(Parser *p);
static AstExpr *parse_atom(Parser *p);
static AstExpr *parse_lambda(Parser *p);

int p_starts_expr(Parser *p)
{
    Token *t = p_tok(p);
    switch (t->type) {
    case TOK_NAME:
        if (!p_is_keyword(t))
            return 1;
        return p_tok_is_kw(t, "not") || p_tok_is_kw(t, "lambda") ||
               p_tok_is_kw(t, "await") || p_tok_is_kw(t, "None") ||
               p_tok_is_kw(t, "True") || p_tok_is_kw(t, "False");
    case TOK_NUMBER: case TOK_STRING: case TOK_FSTRING_START: case TOK_TSTRING_START:
    case TOK_LPAR: case TOK_LSQB: case TOK_LBRACE: case TOK_MINUS: case TOK_PLUS:
    case TOK_TILDE: case TOK_ELLIPSIS:
        return 1;
    default:
        return 0;
    }
}

const char *parse_expr_name(const AstExpr *e)
{
    switch (e->kind) {
    case AST_Attribute: return "attribute";
    case AST_Subscript: return "subscript";
    case AST_Starred: return "starred";
    case AST_Name: return "name";
    case AST_List: return "list";
    case AST_Tuple: return "tuple";
    case AST_Lambda: return "lambda";
    case AST_Call: return "function call";
    case AST_BoolOp: case AST_BinOp: case AST_UnaryOp: return "expression";
    case AST_GeneratorExp: return "generator expression";
    case AST_Yield: case AST_YieldFrom: return "yield expression";
    case AST_Await: return "await expression";
    case AST_ListComp: return "list comprehension";
    case AST_SetComp: return "set comprehension";
    case AST_DictComp: return "dict comprehension";
    case AST_Dict: return "dict literal";
    case AST_Set: return "set display";
    case AST_JoinedStr: case AST_FormattedValue: return "f-string expression";
    case AST_TemplateStr: case AST_Interpolation: return "t-string expression";
    case AST_Constant:
        switch (e->v.constant.value.kind) {
        case AST_CONST_NONE: return "None";
        case AST_CONST_TRUE: return "True";
        case AST_CONST_FALSE: return "False";
        case AST_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case AST_Compare: return "comparison";
    case AST_IfExp: return "conditional expression";
    case AST_NamedExpr: return "named expression";
    case AST_Slice: return "slice";
    }
    return "expression";
}

/* The first sub-expression that cannot be a target, or NULL. */
static const AstExpr *p_invalid_target(const AstExpr *e, AstCtx ctx)
{
    switch (e->kind) {
    case AST_Name: case AST_Attribute: case AST_Subscript:
        return NULL;
    case AST_Starred:
        return ctx == AST_DEL ? e : p_invalid_target(e->v.starred.value, ctx);
    case AST_Tuple: case AST_List:
        for (int i = 0; i < e->v.seq.elts.n; i++) {
            const AstExpr *r = p_invalid_target(e->v.seq.elts.items[i], ctx);
            if (r)
                return r;
        }
        return NULL;
    default:
        return e;
    }
}

static void p_apply_ctx(AstExpr *e, AstCtx ctx)
{
    switch (e->kind) {
    case AST_Name: e->v.name.ctx = ctx; break;
    case AST_Attribute: e->v.attribute.ctx = ctx; break;
    case AST_Subscript: e->v.subscript.ctx = ctx; break;
    case AST_Starred:
        e->v.starred.ctx = ctx;
        p_apply_ctx(e->v.starred.value, ctx);
        break;
    case AST_Tuple: case AST_List:
        e->v.seq.ctx = ctx;
        for (int i = 0; i < e->v.seq.elts.n; i++)
            p_apply_ctx(e->v.seq.elts.items[i], ctx);
        break;
    default: break;
    }
}

void parse_set_ctx(Parser *p, AstExpr *e, AstCtx ctx)
{
    const AstExpr *bad = p_invalid_target(e, ctx);
    if (bad) {
        if (p_errors_on(p))
            parse_raise_loc(p, bad->loc, ctx == AST_DEL ? "cannot delete %s" : "cannot assign to %s",
                            parse_expr_name(bad));
        parse_fail(p);
    }
    p_apply_ctx(e, ctx);
}

static AstExpr *p_new_starred(Parser *p, Token *star, AstExpr *value)
{
    AstExpr *e = ast_new_expr(p, AST_Starred, p_loc(p, star));
    e->v.starred.value = value;
    e->v.starred.ctx = AST_LOAD;
    return e;
}

/* ---- targets ---------------------------------------------------------- */

static AstExpr *parse_star_target(Parser *p)
{
    Token *st = p_tok(p);
    if (p_accept(p, TOK_STAR)) {
        if (p_is(p, TOK_STAR))
            parse_fail(p);
        AstExpr *v = parse_star_target(p);
        AstExpr *e = p_new_starred(p, st, v);
        return e;
    }
    return parse_bitwise_or(p);
}

AstExpr *parse_star_targets(Parser *p)
{
    Token *st = p_tok(p);
    AstExpr *first = parse_star_target(p);
    AstExpr *r = first;
    if (p_is(p, TOK_COMMA)) {
        r = ast_new_expr(p, AST_Tuple, p_tok_loc(st));
        P_APPEND(p, r->v.seq.elts, first);
        while (p_accept(p, TOK_COMMA)) {
            if (!p_starts_expr(p) && !p_is(p, TOK_STAR))
                break;
            if (p_is_kw(p, "not") || p_is_kw(p, "lambda"))
                break;
            P_APPEND(p, r->v.seq.elts, parse_star_target(p));
        }
        r->loc = p_loc(p, st);
    } else if (first->kind == AST_Starred) {
        /* a lone starred target needs a comma */
        if (p_errors_on(p))
            parse_raise_loc(p, first->loc, "starred assignment target must be in a list or tuple");
        parse_fail(p);
    }
    parse_set_ctx(p, r, AST_STORE);
    return r;
}

/* ---- operators -------------------------------------------------------- */

AstExpr *parse_yield_expr(Parser *p)
{
    Token *st = p_next(p);      /* 'yield' */
    if (p_accept_kw(p, "from")) {
        AstExpr *v = parse_expression(p);
        AstExpr *e = ast_new_expr(p, AST_YieldFrom, p_loc(p, st));
        e->v.unary.value = v;
        return e;
    }
    AstExpr *v = NULL;
    if (p_starts_expr(p) || p_is(p, TOK_STAR))
        v = parse_star_expressions(p);
    AstExpr *e = ast_new_expr(p, AST_Yield, p_loc(p, st));
    e->v.unary.value = v;
    return e;
}

AstExpr *parse_annotated_rhs(Parser *p)
{
    if (p_is_kw(p, "yield"))
        return parse_yield_expr(p);
    return parse_star_expressions(p);
}

/* "invalid syntax. Perhaps you forgot a comma?": an expression directly
 * followed by another inside brackets (CPython's invalid_expression). */
static void p_check_missing_comma(Parser *p, AstExpr *a)
{
    if (!p_starts_expr(p) || p_is_kw(p, "not") || p_is_kw(p, "lambda"))
        return;
    if (a->kind == AST_Name && (strcmp(a->v.name.id, "print") == 0 ||
                                strcmp(a->v.name.id, "exec") == 0))
        return;
    int save = p->pos, depth = p->depth;
    jmp_buf jb, *old = p->soft;
    AstExpr *volatile b = NULL;
    p->spec++;
    if (setjmp(jb) == 0) {
        p->soft = &jb;
        b = parse_expression(p);
    }
    p->soft = old;
    p->spec--;
    int level = b ? p->levels[p->pos - 1] : 0;
    p->pos = save;
    p->depth = depth;
    if (b && level > 0) {
        AstLoc l = a->loc;
        l.end_lineno = b->loc.end_lineno;
        l.end_col_offset = b->loc.end_col_offset;
        parse_raise_loc(p, l, "invalid syntax. Perhaps you forgot a comma?");
    }
}

/* CPython's SOFT_KEYWORD test compares only the token's length of each
 * soft keyword, so any prefix of one ("ca", "mat", "t") counts too: kept,
 * since it decides which message a missing comma gets. */
static int p_is_soft_keyword(const Token *t)
{
    static const char *const kws[] = {"_", "case", "match", "type"};
    if (t->type != TOK_NAME)
        return 0;
    for (size_t i = 0; i < sizeof kws / sizeof *kws; i++)
        if (t->len <= strlen(kws[i]) && memcmp(kws[i], t->start, t->len) == 0)
            return 1;
    return 0;
}

AstExpr *parse_expression(Parser *p)
{
    if (p_is_kw(p, "lambda"))
        return parse_lambda(p);
    p_enter(p);
    Token *st = p_tok(p);
    AstExpr *a = parse_disjunction(p);
    if (p_is_kw(p, "if")) {
        p_next(p);
        AstExpr *test = parse_disjunction(p);
        if (!p_accept_kw(p, "else")) {
            if (p_errors_on(p) && !p_is(p, TOK_COLON))
                parse_raise_loc(p, p_loc_from(p, a->loc), "expected 'else' after 'if' expression");
            parse_fail(p);
        }
        AstExpr *orelse = parse_expression(p);
        AstExpr *e = ast_new_expr(p, AST_IfExp, p_loc(p, st));
        e->v.ifexp.test = test;
        e->v.ifexp.body = a;
        e->v.ifexp.orelse = orelse;
        a = e;
    } else if (p_errors_on(p)) {
        Token *n1 = p_tok_at(p, 0);
        int skip = p_is_soft_keyword(st) ||
                   (st->type == TOK_NAME && p->pos > 0 && p_last(p) == st &&
                    (n1->type == TOK_STRING || n1->type == TOK_FSTRING_START));
        if (!skip)
            p_check_missing_comma(p, a);
    }
    p_leave(p);
    return a;
}

/* After an expression, '=' where a named expression was expected: CPython's
 * invalid_named_expression messages. */
static void p_check_named_eq(Parser *p, AstExpr *e, Token *st)
{
    int name = e->kind == AST_Name && p->pos > 0 && p_last(p) == st;
    if (!name) {
        switch (e->kind) {
        case AST_List: case AST_Tuple: case AST_GeneratorExp: case AST_BoolOp:
        case AST_Compare: case AST_IfExp: case AST_Lambda: case AST_Starred:
            return;
        case AST_Constant:
            if (e->v.constant.value.kind <= AST_CONST_FALSE)
                return;
            break;
        case AST_UnaryOp:
            if (e->v.unaryop.op == AST_NOT)
                return;
            break;
        default:
            break;
        }
    }
    int save = p->pos, depth = p->depth;
    jmp_buf jb, *old = p->soft;
    AstExpr *volatile b = NULL;
    volatile int ok = 0;
    p->spec++;
    if (setjmp(jb) == 0) {
        p->soft = &jb;
        p_next(p);      /* '=' */
        b = parse_bitwise_or(p);
        ok = !p_is(p, TOK_EQUAL) && !p_is(p, TOK_COLONEQUAL);
    }
    p->soft = old;
    p->spec--;
    p->pos = save;
    p->depth = depth;
    if (!ok)
        return;
    if (name) {
        AstLoc l = e->loc;
        l.end_lineno = b->loc.end_lineno;
        l.end_col_offset = b->loc.end_col_offset;
        parse_raise_loc(p, l, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    parse_raise_loc(p, e->loc, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                    parse_expr_name(e));
}

static AstExpr *p_named_expression(Parser *p, int check_eq)
{
    if (p_is_name(p) && p_is_at(p, 1, TOK_COLONEQUAL)) {
        Token *st = p_next(p);
        AstExpr *target = ast_new_name(p, p_tok_str(p, st), AST_STORE, p_tok_loc(st));
        p_next(p);
        AstExpr *v = parse_expression(p);
        AstExpr *e = ast_new_expr(p, AST_NamedExpr, p_loc(p, st));
        e->v.namedexpr.target = target;
        e->v.namedexpr.value = v;
        return e;
    }
    Token *st = p_tok(p);
    AstExpr *e = parse_expression(p);
    if (p_is(p, TOK_COLONEQUAL)) {
        if (p_errors_on(p))
            parse_raise_loc(p, e->loc, "cannot use assignment expressions with %s",
                            parse_expr_name(e));
        parse_fail(p);
    }
    if (check_eq && p_errors_on(p) && p_is(p, TOK_EQUAL))
        p_check_named_eq(p, e, st);
    return e;
}

AstExpr *parse_named_expression(Parser *p) { return p_named_expression(p, 1); }

/* star_expression: '*' bitwise_or | expression */
static AstExpr *parse_star_expression(Parser *p)
{
    if (p_is(p, TOK_STAR)) {
        Token *st = p_next(p);
        return p_new_starred(p, st, parse_bitwise_or(p));
    }
    return parse_expression(p);
}

AstExpr *parse_star_named_expression(Parser *p)
{
    if (p_is(p, TOK_STAR)) {
        Token *st = p_next(p);
        return p_new_starred(p, st, parse_bitwise_or(p));
    }
    return parse_named_expression(p);
}

AstExpr *parse_star_expressions(Parser *p)
{
    Token *st = p_tok(p);
    AstExpr *first = parse_star_expression(p);
    if (!p_is(p, TOK_COMMA))
        return first;
    AstExpr *t = ast_new_expr(p, AST_Tuple, p_tok_loc(st));
    t->v.seq.ctx = AST_LOAD;
    P_APPEND(p, t->v.seq.elts, first);
    while (p_accept(p, TOK_COMMA)) {
        if (!p_starts_expr(p) && !p_is(p, TOK_STAR))
            break;
        P_APPEND(p, t->v.seq.elts, parse_star_expression(p));
    }
    t->loc = p_loc(p, st);
    return t;
}

/* Composite nodes start at their rule's first token: a parenthesized
 * left operand's '(' included, though the operand's own node excludes it. */
static AstExpr *p_boolop(Parser *p, Token *st, AstExpr *first, const char *kw, AstBoolOp op,
                         AstExpr *(*sub)(Parser *))
{
    if (!p_is_kw(p, kw))
        return first;
    AstExpr *e = ast_new_expr(p, AST_BoolOp, first->loc);
    e->v.boolop.op = op;
    P_APPEND(p, e->v.boolop.values, first);
    while (p_accept_kw(p, kw))
        P_APPEND(p, e->v.boolop.values, sub(p));
    e->loc = p_loc(p, st);
    return e;
}

static AstExpr *parse_comparison(Parser *p);

static AstExpr *parse_inversion(Parser *p)
{
    if (p_is_kw(p, "not")) {
        p_enter(p);
        Token *st = p_next(p);
        AstExpr *v = parse_inversion(p);
        AstExpr *e = ast_new_expr(p, AST_UnaryOp, p_loc(p, st));
        e->v.unaryop.op = AST_NOT;
        e->v.unaryop.operand = v;
        p_leave(p);
        return e;
    }
    return parse_comparison(p);
}

static AstExpr *parse_conjunction(Parser *p)
{
    Token *st = p_tok(p);
    return p_boolop(p, st, parse_inversion(p), "and", AST_AND, parse_inversion);
}

AstExpr *parse_disjunction(Parser *p)
{
    Token *st = p_tok(p);
    return p_boolop(p, st, parse_conjunction(p), "or", AST_OR, parse_conjunction);
}

/* The comparison operator at the current token (consuming nothing), with
 * its token count; 0 if none. */
static int p_cmp_op(Parser *p, int *ntok)
{
    Token *t = p_tok(p);
    *ntok = 1;
    switch (t->type) {
    case TOK_EQEQUAL: return AST_EQ;
    case TOK_NOTEQUAL:
        return t->len == 2 && t->start[0] == '!' ? AST_NOTEQ : 0;
    case TOK_LESS: return AST_LT;
    case TOK_LESSEQUAL: return AST_LTE;
    case TOK_GREATER: return AST_GT;
    case TOK_GREATEREQUAL: return AST_GTE;
    case TOK_NAME:
        if (p_tok_is_kw(t, "in"))
            return AST_IN;
        if (p_tok_is_kw(t, "not") && p_is_kw_at(p, 1, "in")) {
            *ntok = 2;
            return AST_NOTIN;
        }
        if (p_tok_is_kw(t, "is")) {
            if (p_is_kw_at(p, 1, "not")) {
                *ntok = 2;
                return AST_ISNOT;
            }
            return AST_IS;
        }
        return 0;
    default:
        return 0;
    }
}

static AstExpr *parse_comparison(Parser *p)
{
    Token *st = p_tok(p);
    AstExpr *left = parse_bitwise_or(p);
    int ntok, op = p_cmp_op(p, &ntok);
    if (!op)
        return left;
    AstExpr *e = ast_new_expr(p, AST_Compare, left->loc);
    e->v.compare.left = left;
    int cap = 0;
    while (op) {
        p->pos += ntok;
        AstExpr *r = parse_bitwise_or(p);
        if (e->v.compare.comparators.n == cap) {
            cap = cap ? cap * 2 : 4;
            AstCmpOp *ops = arena_alloc(p->arena, (size_t)cap * sizeof *ops);
            if (e->v.compare.comparators.n)
                memcpy(ops, e->v.compare.ops, (size_t)e->v.compare.comparators.n * sizeof *ops);
            e->v.compare.ops = ops;
        }
        e->v.compare.ops[e->v.compare.comparators.n] = (AstCmpOp)op;
        P_APPEND(p, e->v.compare.comparators, r);
        op = p_cmp_op(p, &ntok);
    }
    e->loc = p_loc(p, st);
    return e;
}

/* Binary operator levels, loosest first; each is left-associative. */
enum { LV_OR, LV_XOR, LV_AND, LV_SHIFT, LV_SUM, LV_TERM, LV_N };

static int p_binop_at(int level, int type)
{
    switch (level) {
    case LV_OR: return type == TOK_VBAR ? AST_BITOR : 0;
    case LV_XOR: return type == TOK_CIRCUMFLEX ? AST_BITXOR : 0;
    case LV_AND: return type == TOK_AMPER ? AST_BITAND : 0;
    case LV_SHIFT:
        return type == TOK_LEFTSHIFT ? AST_LSHIFT : type == TOK_RIGHTSHIFT ? AST_RSHIFT : 0;
    case LV_SUM: return type == TOK_PLUS ? AST_ADD : type == TOK_MINUS ? AST_SUB : 0;
    case LV_TERM:
        switch (type) {
        case TOK_STAR: return AST_MULT;
        case TOK_SLASH: return AST_DIV;
        case TOK_DOUBLESLASH: return AST_FLOORDIV;
        case TOK_PERCENT: return AST_MOD;
        case TOK_AT: return AST_MATMULT;
        default: return 0;
        }
    }
    return 0;
}

static AstExpr *parse_binary(Parser *p, int level)
{
    Token *st = p_tok(p);
    AstExpr *left = level + 1 == LV_N ? parse_factor(p) : parse_binary(p, level + 1);
    int op;
    while ((op = p_binop_at(level, p_tok(p)->type)) != 0) {
        p_next(p);
        AstExpr *right = level + 1 == LV_N ? parse_factor(p) : parse_binary(p, level + 1);
        AstExpr *e = ast_new_expr(p, AST_BinOp, p_loc(p, st));
        e->v.binop.left = left;
        e->v.binop.op = (AstOperator)op;
        e->v.binop.right = right;
        left = e;
    }
    return left;
}

AstExpr *parse_bitwise_or(Parser *p) { return parse_binary(p, LV_OR); }

static AstExpr *parse_power(Parser *p)
{
    Token *st = p_tok(p);
    AstExpr *base;
    if (p_is_kw(p, "await")) {
        p_next(p);
        AstExpr *v = parse_primary(p);
        base = ast_new_expr(p, AST_Await, p_loc(p, st));
        base->v.unary.value = v;
    } else {
        base = parse_primary(p);
    }
    if (p_accept(p, TOK_DOUBLESTAR)) {
        p_enter(p);
        AstExpr *r = parse_factor(p);
        p_leave(p);
        AstExpr *e = ast_new_expr(p, AST_BinOp, p_loc(p, st));
        e->v.binop.left = base;
        e->v.binop.op = AST_POW;
        e->v.binop.right = r;
        return e;
    }
    return base;
}

static AstExpr *parse_factor(Parser *p)
{
    Token *st = p_tok(p);
    int op = st->type == TOK_PLUS ? AST_UADD : st->type == TOK_MINUS ? AST_USUB
           : st->type == TOK_TILDE ? AST_INVERT : 0;
    if (!op)
        return parse_power(p);
    p_enter(p);
    p_next(p);
    AstExpr *v = parse_factor(p);
    AstExpr *e = ast_new_expr(p, AST_UnaryOp, p_loc(p, st));
    e->v.unaryop.op = (AstUnaryOp)op;
    e->v.unaryop.operand = v;
    p_leave(p);
    return e;
}

/* ---- primaries ---------------------------------------------------------- */

static AstExpr *parse_slice(Parser *p)
{
    Token *st = p_tok(p);
    AstExpr *lower = NULL;
    if (!p_is(p, TOK_COLON)) {
        if (p_is(p, TOK_STAR)) {
            Token *s = p_next(p);
            return p_new_starred(p, s, parse_bitwise_or(p));
        }
        lower = parse_named_expression(p);
        if (!p_is(p, TOK_COLON))
            return lower;
    }
    p_next(p);
    AstExpr *e = ast_new_expr(p, AST_Slice, p_tok_loc(st));
    e->v.slice.lower = lower;
    if (!p_is(p, TOK_COLON) && !p_is(p, TOK_COMMA) && !p_is(p, TOK_RSQB))
        e->v.slice.upper = parse_expression(p);
    if (p_accept(p, TOK_COLON)) {
        if (!p_is(p, TOK_COMMA) && !p_is(p, TOK_RSQB))
            e->v.slice.step = parse_expression(p);
    }
    e->loc = p_loc(p, st);
    return e;
}

static AstExpr *parse_slices(Parser *p)
{
    Token *st = p_tok(p);
    AstExpr *first = parse_slice(p);
    if (!p_is(p, TOK_COMMA)) {
        if (first->kind == AST_Starred) {
            /* a[*x] is a one-element tuple */
            AstExpr *t = ast_new_expr(p, AST_Tuple, p_loc(p, st));
            t->v.seq.ctx = AST_LOAD;
            P_APPEND(p, t->v.seq.elts, first);
            return t;
        }
        return first;
    }
    AstExpr *t = ast_new_expr(p, AST_Tuple, p_tok_loc(st));
    t->v.seq.ctx = AST_LOAD;
    P_APPEND(p, t->v.seq.elts, first);
    while (p_accept(p, TOK_COMMA)) {
        if (p_is(p, TOK_RSQB))
            break;
        P_APPEND(p, t->v.seq.elts, parse_slice(p));
    }
    t->loc = p_loc(p, st);
    return t;
}

static AstExpr *p_genexp_arg(Parser *p, AstExpr *elt);

void parse_call_args(Parser *p, AstList *args, AstList *keywords, int close_type,
                     int allow_genexp)
{
    int open_pos = p->pos - 1;
    int seen_kw = 0, seen_dstar = 0;
    while (!p_is(p, close_type)) {
        Token *st = p_tok(p);
        if (p_accept(p, TOK_STAR)) {
            if (!p_starts_expr(p) && p_errors_on(p))
                parse_raise_last(p, "SyntaxError", "Invalid star expression");
            AstExpr *v = parse_expression(p);
            if (seen_dstar) {
                if (p_errors_on(p)) {
                    AstKeyword *k = keywords->items[keywords->n - 1];
                    AstLoc l = {k->value->loc.end_lineno, k->value->loc.end_col_offset,
                                v->loc.end_lineno, v->loc.end_col_offset};
                    parse_raise_loc(p, l, "iterable argument unpacking follows keyword argument unpacking");
                }
                parse_fail(p);
            }
            P_APPEND(p, *args, p_new_starred(p, st, v));
        } else if (p_accept(p, TOK_DOUBLESTAR)) {
            AstKeyword *k = P_NEW(p, AstKeyword);
            k->value = parse_expression(p);
            k->loc = p_loc(p, st);
            P_APPEND(p, *keywords, k);
            seen_dstar = 1;
        } else if (p_is_name(p) && p_is_at(p, 1, TOK_EQUAL)) {
            AstKeyword *k = P_NEW(p, AstKeyword);
            k->arg = p_name(p);
            p_next(p);
            k->value = parse_expression(p);
            k->loc = p_loc(p, st);
            P_APPEND(p, *keywords, k);
            seen_kw = 1;
        } else {
            AstExpr *e = p_named_expression(p, 0);
            if (p_is_kw(p, "for") || (p_is_kw(p, "async") && p_is_kw_at(p, 1, "for"))) {
                if (!allow_genexp)
                    parse_fail(p);
                e = p_genexp_arg(p, e);
                int only = args->n == 0 && keywords->n == 0 && p_is(p, close_type);
                if (!only) {
                    if (p_errors_on(p))
                        parse_raise_loc(p, e->loc, "Generator expression must be parenthesized");
                    parse_fail(p);
                }
                /* the call's parentheses are the generator's */
                Token *open = p->toks[open_pos], *close = p_tok(p);
                e->loc = (AstLoc){open->lineno, open->byte_col, close->end_lineno,
                                  close->end_byte_col};
            } else if (p_is(p, TOK_EQUAL) && p_errors_on(p)) {
                Token *eq = p_tok(p);
                parse_raise_loc(p, (AstLoc){e->loc.lineno, e->loc.col_offset, eq->end_lineno, eq->end_byte_col},
                                "expression cannot contain assignment, perhaps you meant \"==\"?");
            } else if (seen_kw || seen_dstar) {
                if (p_errors_on(p))
                    parse_raise_last(p, "SyntaxError", seen_dstar
                                     ? "positional argument follows keyword argument unpacking"
                                     : "positional argument follows keyword argument");
                parse_fail(p);
            }
            P_APPEND(p, *args, e);
        }
        if (!p_accept(p, TOK_COMMA))
            break;
    }
}

AstExpr *parse_primary(Parser *p)
{
    Token *st = p_tok(p);
    AstExpr *e = parse_atom(p);
    for (;;) {
        Token *t = p_tok(p);
        if (t->type == TOK_DOT) {
            p_next(p);
            const char *attr = p_name(p);
            AstExpr *a = ast_new_expr(p, AST_Attribute, p_loc(p, st));
            a->v.attribute.value = e;
            a->v.attribute.attr = attr;
            a->v.attribute.ctx = AST_LOAD;
            e = a;
        } else if (t->type == TOK_LPAR) {
            p_enter(p);
            p_next(p);
            AstExpr *c = ast_new_expr(p, AST_Call, e->loc);
            c->v.call.func = e;
            parse_call_args(p, &c->v.call.args, &c->v.call.keywords, TOK_RPAR, 1);
            p_eat(p, TOK_RPAR);
            c->loc = p_loc(p, st);
            e = c;
            p_leave(p);
        } else if (t->type == TOK_LSQB) {
            p_enter(p);
            p_next(p);
            AstExpr *s = parse_slices(p);
            p_eat(p, TOK_RSQB);
            AstExpr *a = ast_new_expr(p, AST_Subscript, p_loc(p, st));
            a->v.subscript.value = e;
            a->v.subscript.slice = s;
            a->v.subscript.ctx = AST_LOAD;
            e = a;
            p_leave(p);
        } else {
            return e;
        }
    }
}

/* for_if_clauses */
static void parse_comprehensions(Parser *p, AstList *gens)
{
    while (p_is_kw(p, "for") || (p_is_kw(p, "async") && p_is_kw_at(p, 1, "for"))) {
        AstComprehension *c = P_NEW(p, AstComprehension);
        if (p_accept_kw(p, "async"))
            c->is_async = 1;
        p_next(p);
        c->target = parse_star_targets(p);
        if (!p_accept_kw(p, "in")) {
            if (p_errors_on(p))
                parse_raise_last(p, "SyntaxError", "'in' expected after for-loop variables");
            parse_fail(p);
        }
        c->iter = parse_disjunction(p);
        while (p_accept_kw(p, "if"))
            P_APPEND(p, c->ifs, parse_disjunction(p));
        P_APPEND(p, *gens, c);
    }
}

static AstExpr *p_genexp_arg(Parser *p, AstExpr *elt)
{
    AstExpr *g = ast_new_expr(p, AST_GeneratorExp, elt->loc);
    g->v.comp.elt = elt;
    parse_comprehensions(p, &g->v.comp.generators);
    g->loc = p_loc_from(p, elt->loc);
    return g;
}

static int p_at_comp(Parser *p)
{
    return p_is_kw(p, "for") || (p_is_kw(p, "async") && p_is_kw_at(p, 1, "for"));
}

static void p_check_starred_comp(Parser *p, AstExpr *elt, int dict)
{
    if (elt->kind == AST_Starred) {
        if (p_errors_on(p))
            parse_raise_loc(p, elt->loc, dict ? "dict unpacking cannot be used in dict comprehension"
                                              : "iterable unpacking cannot be used in comprehension");
        parse_fail(p);
    }
}

static AstExpr *parse_paren(Parser *p)
{
    Token *st = p_next(p);      /* '(' */
    p_enter(p);
    AstExpr *r;
    if (p_accept(p, TOK_RPAR)) {
        r = ast_new_expr(p, AST_Tuple, p_loc(p, st));
        r->v.seq.ctx = AST_LOAD;
    } else if (p_is_kw(p, "yield")) {
        r = parse_yield_expr(p);
        p_eat(p, TOK_RPAR);
    } else {
        AstExpr *first = parse_star_named_expression(p);
        if (p_at_comp(p)) {
            p_check_starred_comp(p, first, 0);
            r = ast_new_expr(p, AST_GeneratorExp, p_tok_loc(st));
            r->v.comp.elt = first;
            parse_comprehensions(p, &r->v.comp.generators);
            p_eat(p, TOK_RPAR);
            r->loc = p_loc(p, st);
        } else if (p_is(p, TOK_COMMA)) {
            r = ast_new_expr(p, AST_Tuple, p_tok_loc(st));
            r->v.seq.ctx = AST_LOAD;
            P_APPEND(p, r->v.seq.elts, first);
            while (p_accept(p, TOK_COMMA)) {
                if (p_is(p, TOK_RPAR))
                    break;
                P_APPEND(p, r->v.seq.elts, parse_star_named_expression(p));
            }
            p_eat(p, TOK_RPAR);
            r->loc = p_loc(p, st);
        } else {
            p_eat(p, TOK_RPAR);
            if (first->kind == AST_Starred) {
                if (p_errors_on(p))
                    parse_raise_loc(p, first->loc, "cannot use starred expression here");
                parse_fail(p);
            }
            r = first;
        }
    }
    p_leave(p);
    return r;
}

static AstExpr *parse_list(Parser *p)
{
    Token *st = p_next(p);      /* '[' */
    p_enter(p);
    AstExpr *r;
    if (p_accept(p, TOK_RSQB)) {
        r = ast_new_expr(p, AST_List, p_loc(p, st));
        r->v.seq.ctx = AST_LOAD;
    } else {
        AstExpr *first = parse_star_named_expression(p);
        if (p_at_comp(p)) {
            p_check_starred_comp(p, first, 0);
            r = ast_new_expr(p, AST_ListComp, p_tok_loc(st));
            r->v.comp.elt = first;
            parse_comprehensions(p, &r->v.comp.generators);
        } else {
            r = ast_new_expr(p, AST_List, p_tok_loc(st));
            r->v.seq.ctx = AST_LOAD;
            P_APPEND(p, r->v.seq.elts, first);
            while (p_accept(p, TOK_COMMA)) {
                if (p_is(p, TOK_RSQB))
                    break;
                P_APPEND(p, r->v.seq.elts, parse_star_named_expression(p));
            }
        }
        p_eat(p, TOK_RSQB);
        r->loc = p_loc(p, st);
    }
    p_leave(p);
    return r;
}

static AstExpr *parse_brace(Parser *p)
{
    Token *st = p_next(p);      /* '{' */
    p_enter(p);
    AstExpr *r;
    if (p_accept(p, TOK_RBRACE)) {
        r = ast_new_expr(p, AST_Dict, p_loc(p, st));
        p_leave(p);
        return r;
    }
    AstExpr *key = NULL, *value;
    int is_dict;
    if (p_accept(p, TOK_DOUBLESTAR)) {
        Token *ds = p_last(p);
        value = parse_bitwise_or(p);
        is_dict = 1;
        if (p_at_comp(p)) {
            if (p_errors_on(p))
                parse_raise_loc(p, p_tok_loc(ds), "dict unpacking cannot be used in dict comprehension");
            parse_fail(p);
        }
    } else {
        key = parse_star_named_expression(p);
        is_dict = p_accept(p, TOK_COLON) != NULL;
        if (is_dict) {
            if (key->kind == AST_Starred)
                parse_fail(p);
            value = parse_expression(p);
        } else {
            value = key;
        }
    }
    if (p_at_comp(p)) {
        if (is_dict && !key) {
            if (p_errors_on(p))
                parse_raise_loc(p, p_loc(p, st), "dict unpacking cannot be used in dict comprehension");
            parse_fail(p);
        }
        if (!is_dict)
            p_check_starred_comp(p, value, 0);
        r = ast_new_expr(p, is_dict ? AST_DictComp : AST_SetComp, p_tok_loc(st));
        r->v.comp.elt = is_dict ? key : value;
        r->v.comp.value = is_dict ? value : NULL;
        parse_comprehensions(p, &r->v.comp.generators);
    } else if (is_dict) {
        r = ast_new_expr(p, AST_Dict, p_tok_loc(st));
        P_APPEND(p, r->v.dict.keys, key);
        P_APPEND(p, r->v.dict.values, value);
        while (p_accept(p, TOK_COMMA)) {
            if (p_is(p, TOK_RBRACE))
                break;
            if (p_accept(p, TOK_DOUBLESTAR)) {
                P_APPEND(p, r->v.dict.keys, NULL);
                P_APPEND(p, r->v.dict.values, parse_bitwise_or(p));
            } else {
                AstExpr *k = parse_expression(p);
                if (!p_is(p, TOK_COLON) && p_errors_on(p) &&
                    (p_is(p, TOK_COMMA) || p_is(p, TOK_RBRACE)))
                    parse_raise_loc(p, k->loc, "':' expected after dictionary key");
                P_APPEND(p, r->v.dict.keys, k);
                p_eat(p, TOK_COLON);
                P_APPEND(p, r->v.dict.values, parse_expression(p));
            }
        }
    } else {
        r = ast_new_expr(p, AST_Set, p_tok_loc(st));
        P_APPEND(p, r->v.seq.elts, value);
        while (p_accept(p, TOK_COMMA)) {
            if (p_is(p, TOK_RBRACE))
                break;
            P_APPEND(p, r->v.seq.elts, parse_star_named_expression(p));
        }
    }
    p_eat(p, TOK_RBRACE);
    r->loc = p_loc(p, st);
    p_leave(p);
    return r;
}

static AstExpr *p_const(Parser *p, AstConstKind k, Token *t)
{
    AstExpr *e = ast_new_expr(p, AST_Constant, p_tok_loc(t));
    e->v.constant.value.kind = k;
    return e;
}

static AstExpr *parse_atom(Parser *p)
{
    Token *t = p_tok(p);
    switch (t->type) {
    case TOK_NAME:
        if (p_is_keyword(t)) {
            if (p_tok_is_kw(t, "None")) {
                p_next(p);
                return p_const(p, AST_CONST_NONE, t);
            }
            if (p_tok_is_kw(t, "True")) {
                p_next(p);
                return p_const(p, AST_CONST_TRUE, t);
            }
            if (p_tok_is_kw(t, "False")) {
                p_next(p);
                return p_const(p, AST_CONST_FALSE, t);
            }
            parse_fail(p);
        }
        p_next(p);
        return ast_new_name(p, p_tok_str(p, t), AST_LOAD, p_tok_loc(t));
    case TOK_NUMBER:
        p_next(p);
        return parse_number(p, t);
    case TOK_STRING: case TOK_FSTRING_START: case TOK_TSTRING_START:
        return parse_strings(p);
    case TOK_ELLIPSIS:
        p_next(p);
        return p_const(p, AST_CONST_ELLIPSIS, t);
    case TOK_LPAR:
        return parse_paren(p);
    case TOK_LSQB:
        return parse_list(p);
    case TOK_LBRACE:
        return parse_brace(p);
    default:
        parse_fail(p);
    }
}

/* ---- parameters ----------------------------------------------------------- */

static AstArg *parse_param(Parser *p, int lambda, int star)
{
    Token *st = p_tok(p);
    AstArg *a = P_NEW(p, AstArg);
    a->arg = p_name(p);
    if (!lambda && p_accept(p, TOK_COLON)) {
        if (star && p_is(p, TOK_STAR)) {
            Token *s = p_next(p);
            a->annotation = p_new_starred(p, s, parse_bitwise_or(p));
        } else {
            a->annotation = parse_expression(p);
        }
    }
    a->loc = p_loc(p, st);
    return a;
}

AstArguments *parse_params(Parser *p, int lambda, int close_type)
{
    AstArguments *args = P_NEW(p, AstArguments);
    int star = 0, seen_default = 0, slash = 0;
    while (!p_is(p, close_type)) {
        Token *t = p_tok(p);
        if (t->type == TOK_SLASH) {
            if (slash || star || args->args.n == 0) {
                if (p_errors_on(p) && (args->args.n || p_is_at(p, 1, TOK_COMMA)))
                    parse_raise(p, "SyntaxError", t->lineno, t->byte_col, t->end_lineno, t->end_byte_col,
                                slash ? "/ may appear only once"
                                : star ? "/ must be ahead of *"
                                       : "at least one argument must precede /");
                parse_fail(p);
            }
            p_next(p);
            slash = 1;
            args->posonlyargs = args->args;
            args->args = (AstList){0};
        } else if (t->type == TOK_STAR) {
            if (star) {
                if (p_errors_on(p))
                    parse_raise(p, "SyntaxError", t->lineno, t->byte_col, t->end_lineno, t->end_byte_col,
                                "* argument may appear only once");
                parse_fail(p);
            }
            p_next(p);
            star = 1;
            if (p_is(p, TOK_COMMA)) {
                if (p_is_at(p, 1, close_type) || p_is_at(p, 1, TOK_DOUBLESTAR)) {
                    if (p_errors_on(p))
                        parse_raise(p, "SyntaxError", t->lineno, t->byte_col, t->end_lineno,
                                    t->end_byte_col, "named arguments must follow bare *");
                    parse_fail(p);
                }
            } else if (p_is(p, close_type)) {
                if (p_errors_on(p))
                    parse_raise(p, "SyntaxError", t->lineno, t->byte_col, t->end_lineno,
                                t->end_byte_col, "named arguments must follow bare *");
                parse_fail(p);
            } else {
                args->vararg = parse_param(p, lambda, 1);
            }
        } else if (t->type == TOK_DOUBLESTAR) {
            p_next(p);
            args->kwarg = parse_param(p, lambda, 0);
            p_accept(p, TOK_COMMA);
            if (!p_is(p, close_type)) {
                if (p_errors_on(p))
                    parse_raise_last(p, "SyntaxError", "arguments cannot follow var-keyword argument");
                parse_fail(p);
            }
            break;
        } else {
            AstArg *a = parse_param(p, lambda, 0);
            AstExpr *def = NULL;
            if (p_accept(p, TOK_EQUAL))
                def = parse_expression(p);
            if (star) {
                P_APPEND(p, args->kwonlyargs, a);
                P_APPEND(p, args->kw_defaults, def);
            } else {
                P_APPEND(p, args->args, a);
                if (def) {
                    P_APPEND(p, args->defaults, def);
                    seen_default = 1;
                } else if (seen_default) {
                    if (p_errors_on(p))
                        parse_raise_loc(p, a->loc, "parameter without a default follows parameter with a default");
                    parse_fail(p);
                }
            }
        }
        if (!p_accept(p, TOK_COMMA))
            break;
    }
    return args;
}

static AstExpr *parse_lambda(Parser *p)
{
    /* counts twice with its body's parse_expression, as CPython's rule
     * stack grows about two levels per nested lambda */
    p_enter(p);
    Token *st = p_next(p);      /* 'lambda' */
    AstArguments *args = parse_params(p, 1, TOK_COLON);
    p_eat(p, TOK_COLON);
    AstExpr *body = parse_expression(p);
    AstExpr *e = ast_new_expr(p, AST_Lambda, p_loc(p, st));
    e->v.lambda.args = args;
    e->v.lambda.body = body;
    p_leave(p);
    return e;
}
