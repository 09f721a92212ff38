/* The `match` statement (PEP 634): subjects, case blocks and every pattern
 * kind. "match" and "case" are soft keywords, so a statement that starts
 * with `match` is tried as one and otherwise parsed as an expression. */
#include "compiler/parser_internal.h"

#include <string.h>

static AstPattern *parse_pattern(Parser *p);
static AstPattern *parse_closed_pattern(Parser *p);

static int p_is_wildcard(Parser *p) { return p_is_kw(p, "_"); }

/* NAME ('.' NAME)* as a Name or Attribute chain, Load. */
static AstExpr *parse_name_or_attr(Parser *p)
{
    Token *st = p_tok(p);
    AstExpr *e = ast_new_name(p, p_name(p), AST_LOAD, p_tok_loc(st));
    while (p_accept(p, TOK_DOT)) {
        const char *attr = p_name(p);
        AstExpr *a = ast_new_expr(p, AST_Attribute, p_loc(p, st));
        a->v.attribute.value = e;
        a->v.attribute.attr = attr;
        a->v.attribute.ctx = AST_LOAD;
        e = a;
    }
    return e;
}

/* signed_number ['+'|'-' NUMBER] for literal and mapping-key patterns. */
static AstExpr *parse_signed_number(Parser *p)
{
    Token *st = p_tok(p);
    AstExpr *e;
    if (p_accept(p, TOK_MINUS)) {
        Token *n = p_eat(p, TOK_NUMBER);
        AstExpr *num = parse_number(p, n);
        e = ast_new_expr(p, AST_UnaryOp, p_loc(p, st));
        e->v.unaryop.op = AST_USUB;
        e->v.unaryop.operand = num;
    } else {
        e = parse_number(p, p_eat(p, TOK_NUMBER));
    }
    if (p_is(p, TOK_PLUS) || p_is(p, TOK_MINUS)) {
        int op = p_next(p)->type == TOK_PLUS ? AST_ADD : AST_SUB;
        Token *n = p_eat(p, TOK_NUMBER);
        AstExpr *imag = parse_number(p, n);
        if (imag->v.constant.value.kind != AST_CONST_COMPLEX) {
            if (p_errors_on(p))
                parse_raise_loc(p, imag->loc, "imaginary number required in complex literal");
            parse_fail(p);
        }
        if (e->kind == AST_Constant && e->v.constant.value.kind == AST_CONST_COMPLEX) {
            if (p_errors_on(p))
                parse_raise_loc(p, e->loc, "real number required in complex literal");
            parse_fail(p);
        }
        AstExpr *b = ast_new_expr(p, AST_BinOp, p_loc(p, st));
        b->v.binop.left = e;
        b->v.binop.op = (AstOperator)op;
        b->v.binop.right = imag;
        e = b;
    }
    return e;
}

/* A literal or value usable as a mapping key or MatchValue; NULL if the
 * current token cannot start one. */
static AstExpr *parse_literal_expr(Parser *p)
{
    Token *t = p_tok(p);
    if (t->type == TOK_NUMBER || t->type == TOK_MINUS)
        return parse_signed_number(p);
    if (t->type == TOK_STRING)
        return parse_strings(p);
    if (t->type == TOK_FSTRING_START || t->type == TOK_TSTRING_START) {
        AstExpr *e = parse_strings(p);
        if (p_errors_on(p))
            parse_raise_loc(p, e->loc, "patterns may only match literals and attribute lookups");
        parse_fail(p);
    }
    if (p_tok_is_kw(t, "None") || p_tok_is_kw(t, "True") || p_tok_is_kw(t, "False")) {
        p_next(p);
        AstExpr *e = ast_new_expr(p, AST_Constant, p_tok_loc(t));
        e->v.constant.value.kind = t->start[0] == 'N' ? AST_CONST_NONE
                                 : t->start[0] == 'T' ? AST_CONST_TRUE : AST_CONST_FALSE;
        return e;
    }
    if (t->type == TOK_NAME && !p_is_keyword(t) && p_is_at(p, 1, TOK_DOT))
        return parse_name_or_attr(p);
    return NULL;
}

static AstPattern *parse_star_pattern(Parser *p)
{
    Token *st = p_next(p);      /* '*' */
    AstPattern *pt = ast_new_pattern(p, AST_MatchStar, p_tok_loc(st));
    if (p_is_wildcard(p))
        p_next(p);
    else
        pt->v.star.name = p_name(p);
    pt->loc = p_loc(p, st);
    return pt;
}

static AstPattern *parse_maybe_star_pattern(Parser *p)
{
    return p_is(p, TOK_STAR) ? parse_star_pattern(p) : parse_pattern(p);
}

/* Items of a sequence pattern up to close (']' or ')'). */
static void parse_sequence_items(Parser *p, AstList *out, int close)
{
    while (!p_is(p, close)) {
        P_APPEND(p, *out, parse_maybe_star_pattern(p));
        if (!p_accept(p, TOK_COMMA))
            break;
    }
}

static AstPattern *parse_mapping_pattern(Parser *p)
{
    Token *st = p_next(p);      /* '{' */
    AstPattern *pt = ast_new_pattern(p, AST_MatchMapping, p_tok_loc(st));
    while (!p_is(p, TOK_RBRACE)) {
        if (p_accept(p, TOK_DOUBLESTAR)) {
            pt->v.mapping.rest = p_name(p);
            p_accept(p, TOK_COMMA);
            break;
        }
        AstExpr *key = parse_literal_expr(p);
        if (!key)
            parse_fail(p);
        p_eat(p, TOK_COLON);
        P_APPEND(p, pt->v.mapping.keys, key);
        P_APPEND(p, pt->v.mapping.patterns, parse_pattern(p));
        if (!p_accept(p, TOK_COMMA))
            break;
    }
    p_eat(p, TOK_RBRACE);
    pt->loc = p_loc(p, st);
    return pt;
}

static AstPattern *parse_class_pattern(Parser *p, AstExpr *cls)
{
    p_next(p);                  /* '(' */
    AstPattern *pt = ast_new_pattern(p, AST_MatchClass, cls->loc);
    pt->v.cls.cls = cls;
    while (!p_is(p, TOK_RPAR)) {
        if (p_is_name(p) && p_is_at(p, 1, TOK_EQUAL)) {
            P_APPEND(p, pt->v.cls.kwd_attrs, (void *)p_name(p));
            p_next(p);
            P_APPEND(p, pt->v.cls.kwd_patterns, parse_pattern(p));
        } else {
            AstPattern *sub = parse_pattern(p);
            if (pt->v.cls.kwd_attrs.n) {
                if (p_errors_on(p))
                    parse_raise_loc(p, sub->loc, "positional patterns follow keyword patterns");
                parse_fail(p);
            }
            P_APPEND(p, pt->v.cls.patterns, sub);
        }
        if (!p_accept(p, TOK_COMMA))
            break;
    }
    p_eat(p, TOK_RPAR);
    pt->loc = p_loc_from(p, cls->loc);
    return pt;
}

static AstPattern *parse_closed_pattern(Parser *p)
{
    p_enter(p);
    Token *t = p_tok(p);
    AstPattern *pt;
    if (t->type == TOK_LSQB) {
        p_next(p);
        pt = ast_new_pattern(p, AST_MatchSequence, p_tok_loc(t));
        parse_sequence_items(p, &pt->v.seq.patterns, TOK_RSQB);
        p_eat(p, TOK_RSQB);
        pt->loc = p_loc(p, t);
    } else if (t->type == TOK_LPAR) {
        p_next(p);
        if (p_accept(p, TOK_RPAR)) {
            pt = ast_new_pattern(p, AST_MatchSequence, p_loc(p, t));
        } else {
            AstPattern *first = parse_maybe_star_pattern(p);
            if (p_is(p, TOK_COMMA) || first->kind == AST_MatchStar) {
                pt = ast_new_pattern(p, AST_MatchSequence, p_tok_loc(t));
                P_APPEND(p, pt->v.seq.patterns, first);
                if (p_accept(p, TOK_COMMA))
                    parse_sequence_items(p, &pt->v.seq.patterns, TOK_RPAR);
                p_eat(p, TOK_RPAR);
                pt->loc = p_loc(p, t);
            } else {
                p_eat(p, TOK_RPAR);
                pt = first;     /* a group keeps its inner location */
            }
        }
    } else if (t->type == TOK_LBRACE) {
        pt = parse_mapping_pattern(p);
    } else if (p_tok_is_kw(t, "None") || p_tok_is_kw(t, "True") || p_tok_is_kw(t, "False")) {
        p_next(p);
        pt = ast_new_pattern(p, AST_MatchSingleton, p_tok_loc(t));
        pt->v.singleton = t->start[0] == 'N' ? AST_CONST_NONE
                        : t->start[0] == 'T' ? AST_CONST_TRUE : AST_CONST_FALSE;
    } else if (t->type == TOK_NAME && !p_is_keyword(t)) {
        if (p_is_at(p, 1, TOK_DOT) || p_is_at(p, 1, TOK_LPAR)) {
            AstExpr *e = parse_name_or_attr(p);
            if (p_is(p, TOK_LPAR)) {
                pt = parse_class_pattern(p, e);
            } else {
                pt = ast_new_pattern(p, AST_MatchValue, e->loc);
                pt->v.value.value = e;
            }
        } else {
            p_next(p);
            pt = ast_new_pattern(p, AST_MatchAs, p_tok_loc(t));
            if (!p_tok_is_kw(t, "_"))
                pt->v.as.name = p_tok_str(p, t);
        }
    } else {
        AstExpr *e = parse_literal_expr(p);
        if (!e)
            parse_fail(p);
        pt = ast_new_pattern(p, AST_MatchValue, e->loc);
        pt->v.value.value = e;
    }
    p_leave(p);
    return pt;
}

/* or_pattern ['as' NAME] */
static AstPattern *parse_pattern(Parser *p)
{
    Token *st = p_tok(p);
    AstPattern *first = parse_closed_pattern(p);
    AstPattern *pt = first;
    if (p_is(p, TOK_VBAR)) {
        pt = ast_new_pattern(p, AST_MatchOr, p_tok_loc(st));
        P_APPEND(p, pt->v.seq.patterns, first);
        while (p_accept(p, TOK_VBAR))
            P_APPEND(p, pt->v.seq.patterns, parse_closed_pattern(p));
        pt->loc = p_loc(p, st);
    }
    if (p_accept_kw(p, "as")) {
        if (p_is_wildcard(p)) {
            if (p_errors_on(p))
                parse_raise_loc(p, p_tok_loc(p_tok(p)), "cannot use '_' as a target");
            parse_fail(p);
        }
        AstPattern *as = ast_new_pattern(p, AST_MatchAs, p_tok_loc(st));
        as->v.as.pattern = pt;
        as->v.as.name = p_name(p);
        as->loc = p_loc(p, st);
        pt = as;
    }
    return pt;
}

/* patterns: open_sequence_pattern | pattern */
static AstPattern *parse_patterns(Parser *p)
{
    Token *st = p_tok(p);
    AstPattern *first = parse_maybe_star_pattern(p);
    if (!p_is(p, TOK_COMMA) && first->kind != AST_MatchStar)
        return first;
    AstPattern *pt = ast_new_pattern(p, AST_MatchSequence, p_tok_loc(st));
    P_APPEND(p, pt->v.seq.patterns, first);
    while (p_accept(p, TOK_COMMA)) {
        if (p_is(p, TOK_COLON) || p_is_kw(p, "if"))
            break;
        P_APPEND(p, pt->v.seq.patterns, parse_maybe_star_pattern(p));
    }
    pt->loc = p_loc(p, st);
    return pt;
}

/* subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
static AstExpr *parse_subject(Parser *p)
{
    Token *st = p_tok(p);
    AstExpr *first = parse_star_named_expression(p);
    if (!p_is(p, TOK_COMMA)) {
        if (first->kind == AST_Starred)
            parse_fail(p);
        return first;
    }
    AstExpr *t = ast_new_expr(p, AST_Tuple, p_tok_loc(st));
    t->v.seq.ctx = AST_LOAD;
    P_APPEND(p, t->v.seq.elts, first);
    while (p_accept(p, TOK_COMMA)) {
        if (p_is(p, TOK_COLON))
            break;
        P_APPEND(p, t->v.seq.elts, parse_star_named_expression(p));
    }
    t->loc = p_loc(p, st);
    return t;
}

AstStmt *parse_match_stmt(Parser *p)
{
    Token *st = p_tok(p);
    int save = p->pos, depth = p->depth;
    AstExpr *volatile subject = NULL;
    volatile int newline_instead = 0;
    jmp_buf jb, *old = p->soft;
    p->spec++;
    if (setjmp(jb) == 0) {
        p->soft = &jb;
        p_next(p);
        subject = parse_subject(p);
        if (p_is(p, TOK_NEWLINE))
            newline_instead = 1;
        p_eat(p, TOK_COLON);
        p_eat(p, TOK_NEWLINE);
    } else {
        p->pos = save;
        p->depth = depth;
        subject = NULL;
    }
    p->soft = old;
    p->spec--;
    if (!subject) {
        /* CPython's invalid_match_stmt: a subject then NEWLINE. It is
         * tried in the error pass before expression statements, so even a
         * valid `match(x)` call gets it when the file fails elsewhere, and
         * it reports the last token read, wherever that is. */
        if (newline_instead && p_errors_on(p))
            parse_raise_last(p, "SyntaxError", "expected ':'");
        return NULL;
    }
    AstStmt *s = ast_new_stmt(p, AST_Match, p_tok_loc(st));
    s->v.match.subject = subject;
    if (!p_is(p, TOK_INDENT)) {
        if (p_errors_on(p))
            parse_raise_last(p, "IndentationError",
                             "expected an indented block after 'match' statement on line %d",
                             st->lineno);
        parse_fail(p);
    }
    p_next(p);
    do {
        Token *c = p_tok(p);
        if (!p_tok_is_kw(c, "case"))
            parse_fail(p);
        p_next(p);
        AstMatchCase *mc = P_NEW(p, AstMatchCase);
        mc->pattern = parse_patterns(p);
        if (p_accept_kw(p, "if"))
            mc->guard = parse_named_expression(p);
        if (!p_accept(p, TOK_COLON)) {
            if (p_errors_on(p) && p_is(p, TOK_NEWLINE))
                parse_raise_last(p, "SyntaxError", "expected ':'");
            parse_fail(p);
        }
        mc->body = parse_block(p, "'case' statement", c->lineno);
        P_APPEND(p, s->v.match.cases, mc);
    } while (!p_is(p, TOK_DEDENT));
    p_next(p);
    s->loc = p_loc(p, st);
    return s;
}
