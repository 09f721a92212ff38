/* The parser's core (token buffer, errors, the two passes) and the
 * statement grammar. Expressions are in parser_expr.c, `match` in
 * parser_pattern.c, literals in parser_string.c. */
#include "compiler/parser_internal.h"
#include "compiler/tok_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unicode_db.h"
#include "utf8.h"

/* ---- tokens ---------------------------------------------------------- */

static _Noreturn void p_tok_error(Parser *p);

static void p_note_line(Parser *p, const Token *t)
{
    if (t->lineno <= 0)
        return;
    if (t->lineno >= p->nlines) {
        int n = p->nlines ? p->nlines : 256;
        while (n <= t->lineno)
            n *= 2;
        const char **ls = realloc(p->line_start, (size_t)n * sizeof *ls);
        if (!ls)
            abort();
        memset(ls + p->nlines, 0, (size_t)(n - p->nlines) * sizeof *ls);
        p->line_start = ls;
        p->nlines = n;
    }
    if (!p->line_start[t->lineno] && t->start)
        p->line_start[t->lineno] = t->start - t->byte_col;
}

/* Makes toks[i] valid. Past ENDMARKER the tokenizer keeps returning it. */
static void p_fill(Parser *p, int i)
{
    while (p->ntoks <= i) {
        if (p->ntoks == p->cap) {
            p->cap = p->cap ? p->cap * 2 : 1024;
            p->toks = realloc(p->toks, (size_t)p->cap * sizeof *p->toks);
            p->levels = realloc(p->levels, (size_t)p->cap * sizeof *p->levels);
            if (!p->toks || !p->levels)
                abort();
        }
        /* Tokens live in the arena so that Token pointers held by the
         * rules stay valid while the array of them grows. */
        Token *t = P_NEW(p, Token);
        p->toks[p->ntoks] = t;
        if (tok_next(p->tok, t) == TOK_ERRORTOKEN)
            p_tok_error(p);
        p_note_line(p, t);
        switch (t->type) {
        case TOK_LPAR: case TOK_LSQB: case TOK_LBRACE: p->level++; break;
        case TOK_RPAR: case TOK_RSQB: case TOK_RBRACE:
            if (p->level > 0)
                p->level--;
            break;
        default: break;
        }
        p->levels[p->ntoks] = p->level;
        p->ntoks++;
    }
    if (i > p->furthest)
        p->furthest = i;
}

Token *p_tok_at(Parser *p, int k)
{
    p_fill(p, p->pos + k);
    return p->toks[p->pos + k];
}

Token *p_tok(Parser *p) { return p_tok_at(p, 0); }

Token *p_next(Parser *p)
{
    Token *t = p_tok(p);
    p->pos++;
    return t;
}

Token *p_last(Parser *p) { return p->toks[p->pos - 1]; }

int p_is(Parser *p, int type) { return p_tok(p)->type == type; }
int p_is_at(Parser *p, int k, int type) { return p_tok_at(p, k)->type == type; }

int p_tok_is_kw(const Token *t, const char *kw)
{
    return t->type == TOK_NAME && strlen(kw) == t->len && memcmp(t->start, kw, t->len) == 0;
}

int p_is_kw(Parser *p, const char *kw) { return p_tok_is_kw(p_tok(p), kw); }
int p_is_kw_at(Parser *p, int k, const char *kw) { return p_tok_is_kw(p_tok_at(p, k), kw); }

static const char *const p_keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally",
    "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
};

int p_is_keyword(const Token *t)
{
    if (t->type != TOK_NAME || t->len > 8 || t->len < 2)
        return 0;
    for (size_t i = 0; i < sizeof p_keywords / sizeof *p_keywords; i++)
        if (p_tok_is_kw(t, p_keywords[i]))
            return 1;
    return 0;
}

int p_is_name(Parser *p)
{
    Token *t = p_tok(p);
    return t->type == TOK_NAME && !p_is_keyword(t);
}

Token *p_accept(Parser *p, int type) { return p_is(p, type) ? p_next(p) : NULL; }

int p_accept_kw(Parser *p, const char *kw)
{
    if (!p_is_kw(p, kw))
        return 0;
    p->pos++;
    return 1;
}

Token *p_eat(Parser *p, int type)
{
    if (!p_is(p, type))
        parse_fail(p);
    return p_next(p);
}

void p_eat_kw(Parser *p, const char *kw)
{
    if (!p_accept_kw(p, kw))
        parse_fail(p);
}

/* Identifiers are NFKC-normalised as a whole (PEP 3131): compatibility
 * forms (fullwidth letters, MICRO SIGN, ligatures) and canonical
 * composition of combining sequences alike. */
static const char *p_nfkc(Parser *p, const Token *t)
{
    uint32_t *cps = malloc(t->len * sizeof *cps), *norm = NULL;
    size_t n = 0;
    if (!cps)
        return arena_strndup(p->arena, t->start, t->len);
    for (size_t i = 0; i < t->len;) {
        unsigned cp;
        int k = tok_utf8_decode((const unsigned char *)t->start + i, t->len - i, &cp);
        if (k <= 0)
            k = 1, cp = (unsigned char)t->start[i];
        cps[n++] = cp;
        i += (size_t)k;
    }
    size_t m = ucd_normalize(UCD_NFKC, cps, n, &norm);
    free(cps);
    if (m == (size_t)-1)
        return arena_strndup(p->arena, t->start, t->len);
    char *out = arena_alloc(p->arena, m * 4 + 1), *o = out;
    for (size_t i = 0; i < m; i++)
        o += utf8_encode(norm[i], o);
    *o = 0;
    free(norm);
    return out;
}

const char *p_tok_str(Parser *p, const Token *t)
{
    for (size_t i = 0; i < t->len; i++)
        if ((unsigned char)t->start[i] >= 0x80)
            return p_nfkc(p, t);
    return arena_strndup(p->arena, t->start, t->len);
}

const char *p_name(Parser *p)
{
    if (!p_is_name(p))
        parse_fail(p);
    return p_tok_str(p, p_next(p));
}

AstLoc p_tok_loc(const Token *t)
{
    return (AstLoc){t->lineno, t->byte_col, t->end_lineno, t->end_byte_col};
}

/* A node ends at its last token that is not NEWLINE, INDENT or DEDENT
 * (a block's statements end where their last statement does). */
AstLoc p_loc_from(Parser *p, AstLoc start)
{
    int i = p->pos - 1;
    while (i > 0 && (p->toks[i]->type == TOK_NEWLINE || p->toks[i]->type == TOK_INDENT ||
                     p->toks[i]->type == TOK_DEDENT))
        i--;
    Token *e = p->toks[i];
    start.end_lineno = e->end_lineno;
    start.end_col_offset = e->end_byte_col;
    return start;
}

AstLoc p_loc(Parser *p, const Token *t) { return p_loc_from(p, p_tok_loc(t)); }

/* ---- nodes ----------------------------------------------------------- */

AstExpr *ast_new_expr(Parser *p, AstExprKind kind, AstLoc loc)
{
    AstExpr *e = P_NEW(p, AstExpr);
    e->kind = kind;
    e->loc = loc;
    return e;
}

AstStmt *ast_new_stmt(Parser *p, AstStmtKind kind, AstLoc loc)
{
    AstStmt *s = P_NEW(p, AstStmt);
    s->kind = kind;
    s->loc = loc;
    return s;
}

AstPattern *ast_new_pattern(Parser *p, AstPatternKind kind, AstLoc loc)
{
    AstPattern *s = P_NEW(p, AstPattern);
    s->kind = kind;
    s->loc = loc;
    return s;
}

AstExpr *ast_new_name(Parser *p, const char *id, AstCtx ctx, AstLoc loc)
{
    AstExpr *e = ast_new_expr(p, AST_Name, loc);
    e->v.name.id = id;
    e->v.name.ctx = ctx;
    return e;
}

/* ---- errors ---------------------------------------------------------- */

_Noreturn void parse_fail(Parser *p)
{
    longjmp(*p->soft, 1);
}

int p_errors_on(Parser *p) { return p->invalid && !p->spec; }

void p_enter(Parser *p)
{
    if (++p->depth > PARSE_MAX_DEPTH) {
        ParseError *err = p->err;
        memset(err, 0, sizeof *err);
        err->exc = "MemoryError";
        snprintf(err->msg, sizeof err->msg,
                 "Parser stack overflowed - Python source too complex to parse");
        longjmp(p->hard, 1);
    }
}

void p_leave(Parser *p) { p->depth--; }

/* The text of line n (without its newline), or NULL; *len its length.
 * Walks from the closest line a token started on (tokens point into the
 * tokenizer's decoded copy), or from the raw file when none is known. */
static const char *p_line(Parser *p, int n, size_t *len)
{
    if (n <= 0)
        return NULL;
    int k = n < p->nlines ? n : p->nlines - 1;
    while (k > 0 && !p->line_start[k])
        k--;
    const char *s, *end;
    if (k > 0) {
        s = p->line_start[k];
        end = p->src_end;
    } else {
        k = 1;
        s = p->raw;
        end = p->raw_end;
        if (end - s >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
            s += 3;
    }
    if (!s || !end)
        return NULL;
    for (; k < n; k++) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        if (!nl)
            return NULL;
        s = nl + 1;
    }
    const char *e = s;
    while (e < end && *e != '\n')
        e++;
    if (e > s && e[-1] == '\r')
        e--;
    *len = (size_t)(e - s);
    return s;
}

/* 1-based character offset of byte column col in line s. */
static int p_char_offset(const char *s, size_t len, int col)
{
    int n = 0;
    for (int i = 0; i < col && (size_t)i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            n++;
    if ((size_t)col > len)
        n += col - (int)len;
    return n + 1;
}

static void p_set_text(Parser *p, int lineno)
{
    size_t len;
    const char *s = p_line(p, lineno, &len);
    p->err->text = s ? arena_strndup(p->arena, s, len) : NULL;
}

static void p_set_error(Parser *p, const char *exc, int lineno, int col,
                        int end_lineno, int end_col, const char *msg)
{
    ParseError *err = p->err;
    memset(err, 0, sizeof *err);
    err->exc = exc;
    snprintf(err->msg, sizeof err->msg, "%s", msg);
    err->lineno = lineno;
    size_t len = 0;
    const char *s = p_line(p, lineno, &len);
    err->offset = col < 0 ? 0 : s ? p_char_offset(s, len, col) : col + 1;
    err->end_lineno = end_lineno ? end_lineno : lineno;
    if (end_lineno > 0 && end_col >= 0) {
        const char *es = p_line(p, end_lineno, &len);
        err->end_offset = es ? p_char_offset(es, len, end_col) : end_col + 1;
    }
    p_set_text(p, lineno);
}

_Noreturn void parse_raise(Parser *p, const char *exc, int lineno, int col,
                           int end_lineno, int end_col, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    p_set_error(p, exc, lineno, col, end_lineno, end_col, msg);
    longjmp(p->hard, 1);
}

_Noreturn void parse_raise_loc(Parser *p, AstLoc loc, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    parse_raise(p, "SyntaxError", loc.lineno, loc.col_offset, loc.end_lineno,
                loc.end_col_offset, "%s", msg);
}

_Noreturn void parse_raise_last(Parser *p, const char *exc, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    Token *t = p->toks[p->ntoks - 1];
    parse_raise(p, exc, t->lineno, t->byte_col, t->end_lineno, t->end_byte_col, "%s", msg);
}

static void p_set_tok_error(Parser *p)
{
    const TokError *te = tok_error(p->tok);
    ParseError *err = p->err;
    memset(err, 0, sizeof *err);
    err->exc = te->kind == TOK_EXC_INDENTATION ? "IndentationError"
             : te->kind == TOK_EXC_TAB ? "TabError" : "SyntaxError";
    if (te->code == TOK_ERR_NOMEM)
        err->exc = "MemoryError";
    snprintf(err->msg, sizeof err->msg, "%s", te->msg);
    err->lineno = te->lineno;
    err->offset = te->offset;
    err->end_lineno = te->end_lineno;
    err->end_offset = te->end_offset;
    p_set_text(p, te->lineno);
    if (te->code == TOK_ERR_ENCODING_UNKNOWN || te->code == TOK_ERR_ENCODING_BOM ||
        te->code == TOK_ERR_ENCODING_DECODE) {
        /* Running a script, CPython reports these with no location, and
         * an unknown cookie as an "encoding problem". */
        if (te->code == TOK_ERR_ENCODING_UNKNOWN)
            snprintf(err->msg, sizeof err->msg, "encoding problem: %s", te->detail);
        err->lineno = err->offset = err->end_lineno = err->end_offset = 0;
        err->text = NULL;
    }
}

static _Noreturn void p_tok_error(Parser *p)
{
    p_set_tok_error(p);
    p->tok_errored = 1;
    longjmp(p->hard, 1);
}

/* ---- statements ------------------------------------------------------ */

static void parse_statement(Parser *p, AstList *body);
static void parse_simple_stmts(Parser *p, AstList *body);

AstList parse_block(Parser *p, const char *what, int what_line)
{
    AstList body = {0};
    if (p_accept(p, TOK_NEWLINE)) {
        if (!p_is(p, TOK_INDENT)) {
            if (p_errors_on(p))
                parse_raise_last(p, "IndentationError",
                                 "expected an indented block after %s on line %d",
                                 what, what_line);
            parse_fail(p);
        }
        p_next(p);
        do
            parse_statement(p, &body);
        while (!p_is(p, TOK_DEDENT));
        p_next(p);
        return body;
    }
    /* simple_stmts on the same line */
    Token *t = p_tok(p);
    if (t->type == TOK_NEWLINE || t->type == TOK_ENDMARKER)
        parse_fail(p);
    parse_simple_stmts(p, &body);
    return body;
}

/* ':' where CPython forces it (&&':'): "expected ':'" at the token. */
static void p_expect_colon_forced(Parser *p)
{
    if (p_accept(p, TOK_COLON))
        return;
    if (!p->spec) {
        Token *t = p_tok(p);
        parse_raise(p, "SyntaxError", t->lineno, t->byte_col, t->end_lineno,
                    t->end_byte_col, "expected ':'");
    }
    parse_fail(p);
}

/* ':' after a header whose invalid_ rule checks for NEWLINE. */
static void p_expect_colon(Parser *p)
{
    if (p_accept(p, TOK_COLON))
        return;
    if (p_errors_on(p) && p_is(p, TOK_NEWLINE))
        parse_raise_last(p, "SyntaxError", "expected ':'");
    parse_fail(p);
}

static void parse_type_params(Parser *p, AstList *out)
{
    p_eat(p, TOK_LSQB);
    if (p_is(p, TOK_RSQB) && p_errors_on(p)) {
        /* CPython marks the ']' alone (its end is "current position") */
        Token *rb = p_tok(p);
        parse_raise(p, "SyntaxError", rb->lineno, rb->byte_col, rb->end_lineno, -1,
                    "Type parameter list cannot be empty");
    }
    do {
        if (p_is(p, TOK_RSQB))
            break;
        Token *st = p_tok(p);
        AstTypeParam *tp = P_NEW(p, AstTypeParam);
        if (p_accept(p, TOK_STAR)) {
            tp->kind = AST_TypeVarTuple;
            tp->name = p_name(p);
            if (p_is(p, TOK_COLON) && p_errors_on(p)) {
                Token *c = p_tok(p);
                parse_raise(p, "SyntaxError", c->lineno, c->byte_col, c->end_lineno,
                            c->end_byte_col, "cannot use constraints with TypeVarTuple");
            }
            if (p_accept(p, TOK_EQUAL)) {
                if (p_is(p, TOK_STAR)) {
                    Token *s = p_next(p);
                    AstExpr *v = parse_bitwise_or(p);
                    AstExpr *e = ast_new_expr(p, AST_Starred, p_loc(p, s));
                    e->v.starred.value = v;
                    e->v.starred.ctx = AST_LOAD;
                    tp->default_value = e;
                } else {
                    tp->default_value = parse_expression(p);
                }
            }
        } else if (p_accept(p, TOK_DOUBLESTAR)) {
            tp->kind = AST_ParamSpec;
            tp->name = p_name(p);
            if (p_is(p, TOK_COLON) && p_errors_on(p)) {
                Token *c = p_tok(p);
                parse_raise(p, "SyntaxError", c->lineno, c->byte_col, c->end_lineno,
                            c->end_byte_col, "cannot use bound with ParamSpec");
            }
            if (p_accept(p, TOK_EQUAL))
                tp->default_value = parse_expression(p);
        } else {
            tp->kind = AST_TypeVar;
            tp->name = p_name(p);
            if (p_accept(p, TOK_COLON))
                tp->bound = parse_expression(p);
            if (p_accept(p, TOK_EQUAL))
                tp->default_value = parse_expression(p);
        }
        tp->loc = p_loc(p, st);
        P_APPEND(p, *out, tp);
    } while (p_accept(p, TOK_COMMA));
    p_eat(p, TOK_RSQB);
    if (out->n == 0)
        parse_fail(p);
}

static AstStmt *parse_funcdef(Parser *p, Token *start, AstList decos, int is_async)
{
    Token *def = p_next(p);     /* 'def' */
    AstStmt *s = ast_new_stmt(p, is_async ? AST_AsyncFunctionDef : AST_FunctionDef,
                              p_tok_loc(start));
    s->v.funcdef.name = p_name(p);
    if (p_is(p, TOK_LSQB) && p_is_at(p, 1, TOK_RSQB)) {
        parse_type_params(p, &s->v.funcdef.type_params);   /* the empty-list error */
    } else if (p_is(p, TOK_LSQB)) {
        /* [type_params] is optional before a forced '(': if it does not
         * parse, the '(' check below reports the '['. */
        int save = p->pos, depth = p->depth;
        jmp_buf jb, *old = p->soft;
        p->spec++;
        if (setjmp(jb) == 0) {
            p->soft = &jb;
            parse_type_params(p, &s->v.funcdef.type_params);
        } else {
            p->pos = save;
            p->depth = depth;
            s->v.funcdef.type_params = (AstList){0};
        }
        p->soft = old;
        p->spec--;
    }
    if (!p_is(p, TOK_LPAR)) {
        if (!p->spec) {
            Token *t = p_tok(p);
            parse_raise(p, "SyntaxError", t->lineno, t->byte_col, t->end_lineno,
                        t->end_byte_col, "expected '('");
        }
        parse_fail(p);
    }
    p_next(p);
    s->v.funcdef.args = parse_params(p, 0, TOK_RPAR);
    p_eat(p, TOK_RPAR);
    if (p_accept(p, TOK_RARROW))
        s->v.funcdef.returns = parse_expression(p);
    p_expect_colon_forced(p);
    s->v.funcdef.body = parse_block(p, "function definition", def->lineno);
    s->v.funcdef.decorator_list = decos;
    s->loc = p_loc(p, start);
    return s;
}

static AstStmt *parse_classdef(Parser *p, Token *start, AstList decos)
{
    Token *cls = p_next(p);     /* 'class' */
    AstStmt *s = ast_new_stmt(p, AST_ClassDef, p_tok_loc(start));
    s->v.classdef.name = p_name(p);
    if (p_is(p, TOK_LSQB))
        parse_type_params(p, &s->v.classdef.type_params);
    if (p_accept(p, TOK_LPAR)) {
        parse_call_args(p, &s->v.classdef.bases, &s->v.classdef.keywords, TOK_RPAR, 0);
        p_eat(p, TOK_RPAR);
    }
    p_expect_colon(p);
    s->v.classdef.body = parse_block(p, "class definition", cls->lineno);
    s->v.classdef.decorator_list = decos;
    s->loc = p_loc(p, start);
    return s;
}

static AstStmt *parse_decorated(Parser *p)
{
    AstList decos = {0};
    while (p_accept(p, TOK_AT)) {
        P_APPEND(p, decos, parse_named_expression(p));
        p_eat(p, TOK_NEWLINE);
    }
    /* a decorated definition starts at its 'def' / 'async' / 'class' */
    if (p_is_kw(p, "def"))
        return parse_funcdef(p, p_tok(p), decos, 0);
    if (p_is_kw(p, "async") && p_is_kw_at(p, 1, "def")) {
        Token *as = p_next(p);
        return parse_funcdef(p, as, decos, 1);
    }
    if (p_is_kw(p, "class"))
        return parse_classdef(p, p_tok(p), decos);
    parse_fail(p);
}

static AstStmt *parse_if(Parser *p, int elif)
{
    Token *start = p_next(p);   /* 'if' or 'elif' */
    AstStmt *s = ast_new_stmt(p, AST_If, p_tok_loc(start));
    s->v.cond.test = parse_named_expression(p);
    p_expect_colon(p);
    s->v.cond.body = parse_block(p, elif ? "'elif' statement" : "'if' statement",
                                 start->lineno);
    if (p_is_kw(p, "elif")) {
        P_APPEND(p, s->v.cond.orelse, parse_if(p, 1));
    } else if (p_is_kw(p, "else")) {
        Token *e = p_next(p);
        p_expect_colon_forced(p);
        s->v.cond.orelse = parse_block(p, "'else' statement", e->lineno);
    }
    s->loc = p_loc(p, start);
    return s;
}

static void parse_else_block(Parser *p, AstList *orelse)
{
    if (p_is_kw(p, "else")) {
        Token *e = p_next(p);
        p_expect_colon_forced(p);
        *orelse = parse_block(p, "'else' statement", e->lineno);
    }
}

static AstStmt *parse_while(Parser *p)
{
    Token *start = p_next(p);
    AstStmt *s = ast_new_stmt(p, AST_While, p_tok_loc(start));
    s->v.cond.test = parse_named_expression(p);
    p_expect_colon(p);
    s->v.cond.body = parse_block(p, "'while' statement", start->lineno);
    parse_else_block(p, &s->v.cond.orelse);
    s->loc = p_loc(p, start);
    return s;
}

static AstStmt *parse_for(Parser *p, Token *start, int is_async)
{
    Token *f = p_next(p);       /* 'for' */
    AstStmt *s = ast_new_stmt(p, is_async ? AST_AsyncFor : AST_For, p_tok_loc(start));
    s->v.forloop.target = parse_star_targets(p);
    p_eat_kw(p, "in");
    s->v.forloop.iter = parse_star_expressions(p);
    p_expect_colon(p);
    s->v.forloop.body = parse_block(p, "'for' statement", f->lineno);
    parse_else_block(p, &s->v.forloop.orelse);
    s->loc = p_loc(p, start);
    return s;
}

static AstWithItem *parse_with_item(Parser *p)
{
    AstWithItem *w = P_NEW(p, AstWithItem);
    w->context_expr = parse_expression(p);
    if (p_accept_kw(p, "as")) {
        Token *st = p_tok(p);
        AstExpr *t;
        if (p_is(p, TOK_STAR)) {
            p_next(p);
            AstExpr *v = parse_bitwise_or(p);
            t = ast_new_expr(p, AST_Starred, p_loc(p, st));
            t->v.starred.value = v;
        } else {
            t = parse_bitwise_or(p);
        }
        int k = p_tok(p)->type;
        if (k != TOK_COMMA && k != TOK_RPAR && k != TOK_COLON)
            parse_fail(p);
        parse_set_ctx(p, t, AST_STORE);
        w->optional_vars = t;
    }
    return w;
}

static AstStmt *parse_with(Parser *p, Token *start, int is_async)
{
    Token *w = p_next(p);       /* 'with' */
    AstStmt *s = ast_new_stmt(p, is_async ? AST_AsyncWith : AST_With, p_tok_loc(start));
    int done = 0;
    if (p_is(p, TOK_LPAR)) {
        /* '(' with_item, ... [','] ')' ':' -- else the parenthesis belongs
         * to the first item's expression. */
        int save = p->pos, depth = p->depth;
        jmp_buf jb, *old = p->soft;
        p->spec++;
        if (setjmp(jb) == 0) {
            p->soft = &jb;
            p_next(p);
            AstList items = {0};
            do {
                if (p_is(p, TOK_RPAR) && items.n)
                    break;
                P_APPEND(p, items, parse_with_item(p));
            } while (p_accept(p, TOK_COMMA));
            p_eat(p, TOK_RPAR);
            p_eat(p, TOK_COLON);
            s->v.with.items = items;
            done = 1;
        } else {
            p->pos = save;
            p->depth = depth;
        }
        p->soft = old;
        p->spec--;
    }
    if (!done) {
        do
            P_APPEND(p, s->v.with.items, parse_with_item(p));
        while (p_accept(p, TOK_COMMA));
        p_expect_colon(p);
    }
    s->v.with.body = parse_block(p, "'with' statement", w->lineno);
    s->loc = p_loc(p, start);
    return s;
}

static AstStmt *parse_try(Parser *p)
{
    Token *start = p_next(p);
    AstStmt *s = ast_new_stmt(p, AST_Try, p_tok_loc(start));
    p_expect_colon_forced(p);
    s->v.try_.body = parse_block(p, "'try' statement", start->lineno);
    int star = -1;
    while (p_is_kw(p, "except")) {
        Token *ex = p_next(p);
        int is_star = p_accept(p, TOK_STAR) != NULL;
        if (star >= 0 && star != is_star) {
            if (p_errors_on(p))
                parse_raise_loc(p, p_loc(p, ex),
                                "cannot have both 'except' and 'except*' on the same 'try'");
            parse_fail(p);
        }
        star = is_star;
        AstExceptHandler *h = P_NEW(p, AstExceptHandler);
        if (!p_is(p, TOK_COLON) || is_star) {
            Token *tst = p_tok(p);
            AstExpr *t = parse_expression(p);
            if (p_is(p, TOK_COMMA)) {
                /* PEP 758: except A, B: (no 'as') */
                AstExpr *tup = ast_new_expr(p, AST_Tuple, t->loc);
                tup->v.seq.ctx = AST_LOAD;
                P_APPEND(p, tup->v.seq.elts, t);
                while (p_accept(p, TOK_COMMA)) {
                    if (p_is(p, TOK_COLON))
                        parse_fail(p);
                    P_APPEND(p, tup->v.seq.elts, parse_expression(p));
                }
                tup->loc = p_loc(p, tst);
                t = tup;
                if (p_is_kw(p, "as")) {
                    if (p_errors_on(p)) {
                        p_next(p);
                        if (p_is_name(p))
                            p_next(p);
                        parse_raise_loc(p, p_loc(p, tst),
                                        "multiple exception types must be parenthesized");
                    }
                    parse_fail(p);
                }
            }
            h->type = t;
            if (p_accept_kw(p, "as"))
                h->name = p_name(p);
        }
        p_expect_colon(p);
        h->body = parse_block(p, is_star ? "'except*' statement" : "'except' statement",
                              ex->lineno);
        h->loc = p_loc(p, ex);
        P_APPEND(p, s->v.try_.handlers, h);
    }
    if (star == 1)
        s->kind = AST_TryStar;
    if (s->v.try_.handlers.n)
        parse_else_block(p, &s->v.try_.orelse);
    if (p_is_kw(p, "finally")) {
        Token *f = p_next(p);
        p_expect_colon_forced(p);
        s->v.try_.finalbody = parse_block(p, "'finally' statement", f->lineno);
    }
    if (!s->v.try_.handlers.n && !s->v.try_.finalbody.n) {
        if (p_errors_on(p))
            parse_raise_last(p, "SyntaxError", "expected 'except' or 'finally' block");
        parse_fail(p);
    }
    s->loc = p_loc(p, start);
    return s;
}

/* dotted_name: NAME ('.' NAME)* as one string. The buffer lives in the
 * arena: p_name may longjmp out of here on a syntax error, and a malloc'd
 * buffer would leak (found by the fuzzer). */
static const char *parse_dotted_name(Parser *p)
{
    const char *n = p_name(p);
    if (!p_is(p, TOK_DOT))
        return n;
    size_t cap = 64, len = 0;
    char *buf = arena_alloc(p->arena, cap);
    for (int first = 1;; first = 0) {
        if (!first) {
            if (!p_accept(p, TOK_DOT))
                break;
            n = p_name(p);
        }
        size_t k = strlen(n);
        if (len + k + 2 > cap) {
            cap = (len + k + 2) * 2;
            char *nb = arena_alloc(p->arena, cap);
            memcpy(nb, buf, len);
            buf = nb;
        }
        if (!first)
            buf[len++] = '.';
        memcpy(buf + len, n, k);
        len += k;
    }
    buf[len] = 0;
    return buf;
}

static AstStmt *parse_import(Parser *p)
{
    Token *start = p_next(p);
    AstStmt *s = ast_new_stmt(p, AST_Import, p_tok_loc(start));
    if (p_is(p, TOK_NEWLINE) && p_errors_on(p))
        parse_raise_last(p, "SyntaxError", "Expected one or more names after 'import'");
    do {
        Token *st = p_tok(p);
        AstAlias *a = P_NEW(p, AstAlias);
        a->name = parse_dotted_name(p);
        if (p_accept_kw(p, "as"))
            a->asname = p_name(p);
        a->loc = p_loc(p, st);
        P_APPEND(p, s->v.import.names, a);
    } while (p_accept(p, TOK_COMMA));
    s->loc = p_loc(p, start);
    return s;
}

static AstStmt *parse_from_import(Parser *p)
{
    Token *start = p_next(p);
    AstStmt *s = ast_new_stmt(p, AST_ImportFrom, p_tok_loc(start));
    int level = 0;
    for (;;) {
        if (p_accept(p, TOK_DOT))
            level++;
        else if (p_accept(p, TOK_ELLIPSIS))
            level += 3;
        else
            break;
    }
    if (!p_is_kw(p, "import") || level == 0)
        s->v.import.module = parse_dotted_name(p);
    s->v.import.level = level;
    p_eat_kw(p, "import");
    if (p_is(p, TOK_STAR)) {
        Token *st = p_next(p);
        AstAlias *a = P_NEW(p, AstAlias);
        a->name = "*";
        a->loc = p_tok_loc(st);
        P_APPEND(p, s->v.import.names, a);
    } else {
        int paren = p_accept(p, TOK_LPAR) != NULL;
        if (!paren && p_is(p, TOK_NEWLINE) && p_errors_on(p))
            parse_raise_last(p, "SyntaxError", "Expected one or more names after 'import'");
        do {
            if (paren && p_is(p, TOK_RPAR) && s->v.import.names.n)
                break;
            if (!paren && p_is(p, TOK_NEWLINE) && s->v.import.names.n) {
                if (p_errors_on(p))
                    parse_raise_last(p, "SyntaxError",
                                     "trailing comma not allowed without surrounding parentheses");
                parse_fail(p);
            }
            Token *st = p_tok(p);
            AstAlias *a = P_NEW(p, AstAlias);
            a->name = p_name(p);
            if (p_accept_kw(p, "as"))
                a->asname = p_name(p);
            a->loc = p_loc(p, st);
            P_APPEND(p, s->v.import.names, a);
        } while (p_accept(p, TOK_COMMA));
        if (paren)
            p_eat(p, TOK_RPAR);
    }
    s->loc = p_loc(p, start);
    return s;
}

static int p_augassign_op(int type)
{
    switch (type) {
    case TOK_PLUSEQUAL: return AST_ADD;
    case TOK_MINEQUAL: return AST_SUB;
    case TOK_STAREQUAL: return AST_MULT;
    case TOK_ATEQUAL: return AST_MATMULT;
    case TOK_SLASHEQUAL: return AST_DIV;
    case TOK_PERCENTEQUAL: return AST_MOD;
    case TOK_AMPEREQUAL: return AST_BITAND;
    case TOK_VBAREQUAL: return AST_BITOR;
    case TOK_CIRCUMFLEXEQUAL: return AST_BITXOR;
    case TOK_LEFTSHIFTEQUAL: return AST_LSHIFT;
    case TOK_RIGHTSHIFTEQUAL: return AST_RSHIFT;
    case TOK_DOUBLESTAREQUAL: return AST_POW;
    case TOK_DOUBLESLASHEQUAL: return AST_FLOORDIV;
    default: return 0;
    }
}

/* CPython's invalid_named_expression: `1 = x` (one '=' and a target
 * that is a bitwise_or but not a list, tuple or True/False/None) gets
 * "... here. Maybe you meant '==' instead of '='?". */
static void p_check_assign_here(Parser *p, AstExpr *e)
{
    switch (e->kind) {
    case AST_Name: case AST_Attribute: case AST_Subscript: case AST_List: case AST_Tuple:
    case AST_GeneratorExp: case AST_BoolOp: case AST_Compare: case AST_IfExp:
    case AST_Lambda: case AST_NamedExpr: case AST_Starred: case AST_Yield: case AST_YieldFrom:
        return;
    case AST_Constant:
        if (e->v.constant.value.kind <= AST_CONST_FALSE)  /* None, True, False */
            return;
        break;
    default:
        break;
    }
    if (e->kind == AST_UnaryOp && e->v.unaryop.op == AST_NOT)
        return;
    int save = p->pos;
    p->pos++;   /* '=' */
    volatile int ok = 0;
    jmp_buf jb, *old = p->soft;
    int depth = p->depth;
    p->spec++;
    if (setjmp(jb) == 0) {
        p->soft = &jb;
        parse_bitwise_or(p);
        ok = !p_is(p, TOK_EQUAL) && !p_is(p, TOK_COLONEQUAL);
    }
    p->soft = old;
    p->spec--;
    p->depth = depth;
    p->pos = save;
    if (ok)
        parse_raise_loc(p, e->loc, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                        parse_expr_name(e));
}

/* Expression statements and the three assignments. */
static AstStmt *parse_expr_stmt(Parser *p)
{
    Token *start = p_tok(p);
    AstExpr *e = p_is_kw(p, "yield") ? parse_yield_expr(p) : parse_star_expressions(p);
    Token *t = p_tok(p);
    if (t->type == TOK_COLON) {
        int bad = e->kind != AST_Name && e->kind != AST_Attribute && e->kind != AST_Subscript;
        if (bad && p_errors_on(p)) {
            /* CPython's annotation errors need an expression after ':' */
            p->pos++;
            int ann = p_starts_expr(p) || p_is_kw(p, "lambda");
            p->pos--;
            if (!ann)
                parse_fail(p);
        }
        if (e->kind == AST_Tuple && start->type != TOK_LPAR) {
            if (p_errors_on(p))
                parse_raise_loc(p, ((AstExpr *)e->v.seq.elts.items[0])->loc,
                                "only single target (not tuple) can be annotated");
            parse_fail(p);
        }
        if (bad) {
            if (p_errors_on(p) && e->kind != AST_Starred) {
                if (e->kind == AST_Tuple)
                    parse_raise_loc(p, e->loc, "only single target (not tuple) can be annotated");
                if (e->kind == AST_List)
                    parse_raise_loc(p, e->loc, "only single target (not list) can be annotated");
                parse_raise_loc(p, e->loc, "illegal target for annotation");
            }
            parse_fail(p);
        }
        p_next(p);
        AstStmt *s = ast_new_stmt(p, AST_AnnAssign, p_tok_loc(start));
        parse_set_ctx(p, e, AST_STORE);
        s->v.annassign.target = e;
        s->v.annassign.annotation = parse_expression(p);
        if (p_accept(p, TOK_EQUAL))
            s->v.annassign.value = parse_annotated_rhs(p);
        s->v.annassign.simple = e->kind == AST_Name && start->type != TOK_LPAR;
        s->loc = p_loc(p, start);
        return s;
    }
    int op = p_augassign_op(t->type);
    if (op) {
        if (e->kind != AST_Name && e->kind != AST_Attribute && e->kind != AST_Subscript) {
            if (p_errors_on(p))
                parse_raise_loc(p, e->loc, "'%s' is an illegal expression for augmented assignment",
                                parse_expr_name(e));
            parse_fail(p);
        }
        p_next(p);
        AstStmt *s = ast_new_stmt(p, AST_AugAssign, p_tok_loc(start));
        parse_set_ctx(p, e, AST_STORE);
        s->v.augassign.target = e;
        s->v.augassign.op = (AstOperator)op;
        s->v.augassign.value = parse_annotated_rhs(p);
        s->loc = p_loc(p, start);
        return s;
    }
    if (t->type == TOK_EQUAL) {
        AstStmt *s = ast_new_stmt(p, AST_Assign, p_tok_loc(start));
        if (p_errors_on(p))
            p_check_assign_here(p, e);
        while (p_accept(p, TOK_EQUAL)) {
            if (p_errors_on(p) && (e->kind == AST_Yield || e->kind == AST_YieldFrom))
                parse_raise_loc(p, e->loc, "assignment to yield expression not possible");
            parse_set_ctx(p, e, AST_STORE);
            P_APPEND(p, s->v.assign.targets, e);
            e = parse_annotated_rhs(p);
        }
        s->v.assign.value = e;
        s->loc = p_loc(p, start);
        return s;
    }
    if (p_errors_on(p) && e->kind == AST_Name && p_starts_expr(p) &&
        (strcmp(e->v.name.id, "print") == 0 || strcmp(e->v.name.id, "exec") == 0)) {
        /* invalid_legacy_expression */
        int save = p->pos, depth = p->depth;
        jmp_buf jb, *old = p->soft;
        AstExpr *volatile rest = NULL;
        p->spec++;
        if (setjmp(jb) == 0) {
            p->soft = &jb;
            rest = parse_star_expressions(p);
        }
        p->soft = old;
        p->spec--;
        p->depth = depth;
        p->pos = save;
        if (rest) {
            AstLoc l = e->loc;
            l.end_lineno = rest->loc.end_lineno;
            l.end_col_offset = rest->loc.end_col_offset;
            parse_raise_loc(p, l, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                            e->v.name.id, e->v.name.id);
        }
    }
    AstStmt *s = ast_new_stmt(p, AST_Expr, p_loc(p, start));
    s->v.ret.value = e;
    return s;
}

static AstStmt *parse_names_stmt(Parser *p, AstStmtKind kind)
{
    Token *start = p_next(p);
    AstStmt *s = ast_new_stmt(p, kind, p_tok_loc(start));
    do
        P_APPEND(p, s->v.global.names, (void *)p_name(p));
    while (p_accept(p, TOK_COMMA));
    s->loc = p_loc(p, start);
    return s;
}

static AstStmt *parse_del(Parser *p)
{
    Token *start = p_next(p);
    AstStmt *s = ast_new_stmt(p, AST_Delete, p_tok_loc(start));
    do {
        int k = p_tok(p)->type;
        if (s->v.del.targets.n && (k == TOK_NEWLINE || k == TOK_SEMI))
            break;
        if (k == TOK_STAR && p_errors_on(p)) {
            Token *st = p_next(p);
            parse_bitwise_or(p);
            parse_raise_loc(p, p_loc(p, st), "cannot delete starred");
        }
        AstExpr *e = parse_bitwise_or(p);
        int nk = p_tok(p)->type;
        if (nk != TOK_COMMA && nk != TOK_NEWLINE && nk != TOK_SEMI)
            parse_fail(p);
        parse_set_ctx(p, e, AST_DEL);
        P_APPEND(p, s->v.del.targets, e);
    } while (p_accept(p, TOK_COMMA));
    s->loc = p_loc(p, start);
    return s;
}

static AstStmt *parse_type_alias(Parser *p)
{
    Token *start = p_next(p);   /* "type" */
    AstStmt *s = ast_new_stmt(p, AST_TypeAlias, p_tok_loc(start));
    Token *nt = p_tok(p);
    s->v.typealias.name = ast_new_name(p, p_name(p), AST_STORE, p_tok_loc(nt));
    if (p_is(p, TOK_LSQB))
        parse_type_params(p, &s->v.typealias.type_params);
    p_eat(p, TOK_EQUAL);
    s->v.typealias.value = parse_expression(p);
    s->loc = p_loc(p, start);
    return s;
}

static AstStmt *parse_simple_stmt(Parser *p)
{
    Token *t = p_tok(p);
    if (t->type == TOK_NAME) {
        if (p_tok_is_kw(t, "pass") || p_tok_is_kw(t, "break") || p_tok_is_kw(t, "continue")) {
            p_next(p);
            AstStmtKind k = t->start[0] == 'p' ? AST_Pass : t->start[0] == 'b' ? AST_Break
                                                                               : AST_Continue;
            return ast_new_stmt(p, k, p_tok_loc(t));
        }
        if (p_tok_is_kw(t, "return")) {
            p_next(p);
            AstStmt *s = ast_new_stmt(p, AST_Return, p_tok_loc(t));
            if (p_starts_expr(p) || p_is(p, TOK_STAR))
                s->v.ret.value = parse_star_expressions(p);
            s->loc = p_loc(p, t);
            return s;
        }
        if (p_tok_is_kw(t, "import"))
            return parse_import(p);
        if (p_tok_is_kw(t, "from"))
            return parse_from_import(p);
        if (p_tok_is_kw(t, "raise")) {
            p_next(p);
            AstStmt *s = ast_new_stmt(p, AST_Raise, p_tok_loc(t));
            if (p_starts_expr(p)) {
                s->v.raise.exc = parse_expression(p);
                if (p_accept_kw(p, "from"))
                    s->v.raise.cause = parse_expression(p);
            }
            s->loc = p_loc(p, t);
            return s;
        }
        if (p_tok_is_kw(t, "del"))
            return parse_del(p);
        if (p_tok_is_kw(t, "assert")) {
            p_next(p);
            AstStmt *s = ast_new_stmt(p, AST_Assert, p_tok_loc(t));
            s->v.assert_.test = parse_expression(p);
            if (p_accept(p, TOK_COMMA))
                s->v.assert_.msg = parse_expression(p);
            s->loc = p_loc(p, t);
            return s;
        }
        if (p_tok_is_kw(t, "global"))
            return parse_names_stmt(p, AST_Global);
        if (p_tok_is_kw(t, "nonlocal"))
            return parse_names_stmt(p, AST_Nonlocal);
        if (p_tok_is_kw(t, "type") && p_is_at(p, 1, TOK_NAME) &&
            !p_is_keyword(p_tok_at(p, 1)) &&
            (p_is_at(p, 2, TOK_EQUAL) || p_is_at(p, 2, TOK_LSQB)))
            return parse_type_alias(p);
    }
    return parse_expr_stmt(p);
}

/* simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static void parse_simple_stmts(Parser *p, AstList *body)
{
    for (;;) {
        P_APPEND(p, *body, parse_simple_stmt(p));
        if (p_accept(p, TOK_SEMI)) {
            if (p_accept(p, TOK_NEWLINE))
                return;
            continue;
        }
        /* A statement followed by more on its line is plain invalid
         * syntax: the specific checks have run inside the expression. */
        if (!p_is(p, TOK_NEWLINE))
            parse_fail(p);
        p_next(p);
        return;
    }
}

static void parse_statement(Parser *p, AstList *body)
{
    p_enter(p);
    Token *t = p_tok(p);
    AstStmt *s = NULL;
    if (t->type == TOK_AT) {
        s = parse_decorated(p);
    } else if (t->type == TOK_NAME) {
        if (p_tok_is_kw(t, "def"))
            s = parse_funcdef(p, t, (AstList){0}, 0);
        else if (p_tok_is_kw(t, "class"))
            s = parse_classdef(p, t, (AstList){0});
        else if (p_tok_is_kw(t, "if"))
            s = parse_if(p, 0);
        else if (p_tok_is_kw(t, "while"))
            s = parse_while(p);
        else if (p_tok_is_kw(t, "for"))
            s = parse_for(p, t, 0);
        else if (p_tok_is_kw(t, "with"))
            s = parse_with(p, t, 0);
        else if (p_tok_is_kw(t, "try"))
            s = parse_try(p);
        else if (p_tok_is_kw(t, "async")) {
            Token *n = p_tok_at(p, 1);
            p_next(p);
            if (p_tok_is_kw(n, "def"))
                s = parse_funcdef(p, t, (AstList){0}, 1);
            else if (p_tok_is_kw(n, "for"))
                s = parse_for(p, t, 1);
            else if (p_tok_is_kw(n, "with"))
                s = parse_with(p, t, 1);
            else
                parse_fail(p);
        } else if (p_tok_is_kw(t, "match")) {
            s = parse_match_stmt(p);
        }
    }
    if (s)
        P_APPEND(p, *body, s);
    else
        parse_simple_stmts(p, body);
    p_leave(p);
}

static AstModule *parse_module_pass(Parser *p)
{
    AstModule *m = P_NEW(p, AstModule);
    while (!p_is(p, TOK_ENDMARKER))
        parse_statement(p, &m->body);
    return m;
}

/* After a syntax error found by the parser, CPython tokenizes the rest of
 * the file (_PyPegen_tokenize_full_source_to_check_for_errors): a
 * tokenizer error that raises at once (unterminated strings, invalid
 * characters, null bytes ...) replaces the parser's error, unless it
 * happens inside an f-string; errors CPython's tokenizer only flags with a
 * status code (line continuation, dedent, tabs, depth, EOF) do not, except
 * an unclosed bracket opened before the error's line. */
static void p_drain_tokens(Parser *p)
{
    int err_line = p->toks[p->ntoks - 1]->lineno;
    Token t = *p->toks[p->ntoks - 1];
    while (t.type != TOK_ENDMARKER) {
        if (tok_next(p->tok, &t) != TOK_ERRORTOKEN)
            continue;
        const TokError *te = tok_error(p->tok);
        switch (te->code) {
        case TOK_ERR_EOF:
            if (strstr(te->msg, "was never closed") && te->lineno < err_line)
                p_set_tok_error(p);
            return;
        case TOK_ERR_DEDENT: case TOK_ERR_TABSPACE: case TOK_ERR_TOODEEP:
        case TOK_ERR_LINECONT:
            return;
        default:
            if (strncmp(te->msg, "f-string", 8) != 0 && strncmp(te->msg, "t-string", 8) != 0)
                p_set_tok_error(p);
            return;
        }
    }
}

AstModule *parse_file(Arena *a, const char *buf, size_t len,
                      const char *filename, ParseError *err)
{
    Parser p0;
    Parser *volatile p = &p0;
    memset(p, 0, sizeof *p);
    p->arena = a;
    p->err = err;
    p->tok = tok_new(buf, len, filename, 0);
    p->furthest = -1;
    p->raw = buf;
    p->raw_end = buf + len;
    memset(err, 0, sizeof *err);
    AstModule *volatile m = NULL;
    if (!p->tok) {
        err->exc = "MemoryError";
        return NULL;
    }
    if (setjmp(p->hard) == 0) {
        jmp_buf soft;
        /* src_end: tokens point into the tokenizer's copy; the first
         * token tells where it starts, so line lookups stay inside. */
        p_fill(p, 0);
        p->src_end = p->toks[0]->start ? p->toks[0]->start - p->toks[0]->byte_col : NULL;
        if (p->src_end)
            p->src_end += strlen(p->src_end);
        if (setjmp(soft) == 0) {
            p->soft = &soft;
            m = parse_module_pass(p);
        } else {
            /* Second pass, specific errors on. */
            int furthest = p->furthest;
            p->pos = 0;
            p->depth = 0;
            p->invalid = 1;
            p->spec = 0;
            if (setjmp(soft) == 0) {
                p->soft = &soft;
                parse_module_pass(p);
            }
            Token *last = p->toks[furthest];
            if (last->type == TOK_INDENT || last->type == TOK_DEDENT) {
                /* CPython's INDENT/DEDENT have no columns: it reports
                 * where its tokenizer stands, 0-based, and no end. */
                p_set_error(p, "IndentationError", last->lineno, last->end_byte_col, 0, -1,
                            last->type == TOK_INDENT ? "unexpected indent" : "unexpected unindent");
                p->err->offset--;
                p->err->end_offset = -1;
                p->no_drain = 1;
                longjmp(p->hard, 1);
            }
            parse_raise(p, "SyntaxError", last->lineno, last->byte_col, last->end_lineno,
                        last->end_byte_col, "invalid syntax");
        }
    } else if (!p->tok_errored && !p->no_drain && strcmp(err->exc, "MemoryError") != 0) {
        p_drain_tokens(p);
    }
    tok_free(p->tok);
    free(p->toks);
    free(p->levels);
    free(p->line_start);
    return m;
}
