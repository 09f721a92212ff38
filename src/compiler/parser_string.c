/* Literals: numbers, string and bytes literals with their escapes, implicit
 * concatenation, and f-strings (JoinedStr/FormattedValue) and t-strings
 * (TemplateStr/Interpolation) over the tokenizer's FSTRING_* tokens. */
#include "compiler/parser_internal.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unicode_db.h"
#include "utf8.h"

/* ---- numbers ------------------------------------------------------------- */

AstExpr *parse_number(Parser *p, const Token *t)
{
    AstExpr *e = ast_new_expr(p, AST_Constant, p_tok_loc(t));
    AstConst *c = &e->v.constant.value;
    char *s = arena_alloc(p->arena, t->len + 1);
    size_t n = 0;
    for (size_t i = 0; i < t->len; i++)
        if (t->start[i] != '_')
            s[n++] = t->start[i];
    s[n] = 0;
    if (n && (s[n - 1] == 'j' || s[n - 1] == 'J')) {
        s[n - 1] = 0;
        c->kind = AST_CONST_COMPLEX;
        c->v.f = strtod(s, NULL);
        return e;
    }
    if (n > 1 && s[0] == '0' && strchr("xXoObB", s[1])) {
        c->kind = AST_CONST_INT;
        c->v.i.base = s[1] == 'x' || s[1] == 'X' ? 16 : s[1] == 'o' || s[1] == 'O' ? 8 : 2;
        c->v.i.digits = s + 2;
        return e;
    }
    if (strpbrk(s, ".eE")) {
        c->kind = AST_CONST_FLOAT;
        c->v.f = strtod(s, NULL);
        return e;
    }
    c->kind = AST_CONST_INT;
    c->v.i.base = 10;
    while (s[0] == '0' && s[1])
        s++;
    c->v.i.digits = s;
    return e;
}

/* ---- escapes ------------------------------------------------------------- */

typedef struct {
    char *buf;
    size_t len;
} PStr;

/* Surrogates are kept as generalized UTF-8 (see ast.h). */
static void p_put_cp(PStr *o, unsigned cp)
{
    o->len += (size_t)utf8_encode(cp, o->buf + o->len);
}

static int p_hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static _Noreturn void p_escape_error(Parser *p, const Token *t, int bytes, size_t start,
                                     size_t end, const char *what)
{
    if (bytes)
        parse_raise(p, "SyntaxError", t->lineno, t->byte_col, t->end_lineno, t->end_byte_col,
                    "(value error) %s at position %zu", what, start);
    if (end > start + 1)
        parse_raise(p, "SyntaxError", t->lineno, t->byte_col, t->end_lineno, t->end_byte_col,
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
                    start, end - 1, what);
    parse_raise(p, "SyntaxError", t->lineno, t->byte_col, t->end_lineno, t->end_byte_col,
                "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position %zu: %s",
                start, what);
}

/* Decodes s[0..n) (a literal's body) into out. raw: backslashes are
 * literal; CRLF still folds to LF, as CPython reads files in text mode. */
static void p_decode(Parser *p, const Token *t, const char *s, size_t n, int raw, int bytes,
                     PStr *out)
{
    out->buf = arena_alloc(p->arena, n + 1);
    out->len = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\r' && i + 1 < n && s[i + 1] == '\n') {
            i++;
            continue;
        }
        if (c != '\\' || raw) {
            if (bytes && c >= 0x80)
                parse_raise(p, "SyntaxError", t->lineno, t->byte_col, t->end_lineno,
                            t->end_byte_col, "bytes can only contain ASCII literal characters");
            out->buf[out->len++] = (char)c;
            i++;
            if (raw && c == '\\' && i < n) {
                /* a raw backslash still protects the next character */
                if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
                    i++;
                out->buf[out->len++] = s[i++];
            }
            continue;
        }
        size_t start = i;
        i++;
        if (i >= n) {
            out->buf[out->len++] = '\\';
            break;
        }
        c = (unsigned char)s[i++];
        switch (c) {
        case '\n': break;
        case '\r':
            if (i < n && s[i] == '\n')
                i++;
            break;
        case '\\': out->buf[out->len++] = '\\'; break;
        case '\'': out->buf[out->len++] = '\''; break;
        case '"': out->buf[out->len++] = '"'; break;
        case 'a': out->buf[out->len++] = '\a'; break;
        case 'b': out->buf[out->len++] = '\b'; break;
        case 'f': out->buf[out->len++] = '\f'; break;
        case 'n': out->buf[out->len++] = '\n'; break;
        case 'r': out->buf[out->len++] = '\r'; break;
        case 't': out->buf[out->len++] = '\t'; break;
        case 'v': out->buf[out->len++] = '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = c - '0';
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++)
                v = v * 8 + (unsigned)(s[i++] - '0');
            if (bytes)
                out->buf[out->len++] = (char)(v & 0xFF);
            else
                p_put_cp(out, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            if (bytes && c != 'x') {
                out->buf[out->len++] = '\\';
                out->buf[out->len++] = (char)c;
                break;
            }
            int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            unsigned v = 0;
            for (int k = 0; k < digits; k++) {
                int h = i < n ? p_hexval((unsigned char)s[i]) : -1;
                if (h < 0) {
                    if (bytes)
                        p_escape_error(p, t, 1, start, i, "invalid \\x escape");
                    p_escape_error(p, t, 0, start, i,
                                   c == 'x' ? "truncated \\xXX escape"
                                   : c == 'u' ? "truncated \\uXXXX escape"
                                              : "truncated \\UXXXXXXXX escape");
                }
                v = v * 16 + (unsigned)h;
                i++;
            }
            if (bytes)
                out->buf[out->len++] = (char)v;
            else if (v > 0x10FFFF)
                p_escape_error(p, t, 0, start, i, "illegal Unicode character");
            else
                p_put_cp(out, v);
            break;
        }
        case 'N':
            if (!bytes) {
                size_t j = i;
                if (j < n && s[j] == '{') {
                    size_t k = j + 1;
                    while (k < n && s[k] != '}')
                        k++;
                    uint32_t cp;
                    if (k < n && k > j + 1 &&
                        ucd_lookup(s + j + 1, k - j - 1, &cp, UCD_LOOKUP_ALIASES)) {
                        p_put_cp(out, cp);
                        i = k + 1;
                        break;
                    }
                    if (k < n && k > j + 1)
                        p_escape_error(p, t, 0, start, k + 1, "unknown Unicode character name");
                }
                p_escape_error(p, t, 0, start, i, "malformed \\N character escape");
            }
            /* fall through */
        default:
            /* unknown escapes stay as written (CPython warns) */
            out->buf[out->len++] = '\\';
            i--;
            break;
        }
    }
    out->buf[out->len] = 0;
}

/* ---- literals ------------------------------------------------------------ */

typedef struct {
    int bytes, raw, u;
} PPrefix;

/* Reads a literal's prefix; returns its length. */
static size_t p_prefix(const char *s, PPrefix *pf)
{
    size_t i = 0;
    memset(pf, 0, sizeof *pf);
    for (; s[i] != '\'' && s[i] != '"'; i++) {
        switch (s[i]) {
        case 'b': case 'B': pf->bytes = 1; break;
        case 'r': case 'R': pf->raw = 1; break;
        case 'u': case 'U': pf->u = 1; break;
        default: break;
        }
    }
    return i;
}

/* The pieces of a (possibly implicitly concatenated) literal. */
typedef struct {
    AstList values;         /* AstExpr: Constant pieces and fields */
    PStr pending;           /* string text not yet flushed as a Constant */
    size_t pending_cap;
    int has_pending;
    AstLoc pending_loc;
} PJoin;

static void p_join_text(Parser *p, PJoin *j, const char *s, size_t n, AstLoc loc)
{
    if (!n)
        return;
    if (j->pending.len + n + 1 > j->pending_cap) {
        size_t cap = (j->pending.len + n + 1) * 2;
        char *b = arena_alloc(p->arena, cap);
        if (j->pending.len)
            memcpy(b, j->pending.buf, j->pending.len);
        j->pending.buf = b;
        j->pending_cap = cap;
    }
    memcpy(j->pending.buf + j->pending.len, s, n);
    j->pending.len += n;
    if (!j->has_pending)
        j->pending_loc = loc;
    else {
        j->pending_loc.end_lineno = loc.end_lineno;
        j->pending_loc.end_col_offset = loc.end_col_offset;
    }
    j->has_pending = 1;
}

static void p_join_flush(Parser *p, PJoin *j)
{
    if (!j->has_pending)
        return;
    AstExpr *e = ast_new_expr(p, AST_Constant, j->pending_loc);
    e->v.constant.value.kind = AST_CONST_STR;
    e->v.constant.value.v.str.s = arena_strndup(p->arena, j->pending.buf, j->pending.len);
    e->v.constant.value.v.str.len = j->pending.len;
    P_APPEND(p, j->values, e);
    j->pending.len = 0;
    j->has_pending = 0;
}

static void parse_fstring_body(Parser *p, PJoin *j, int raw, int tstring, int end_type,
                              int in_spec);

/* The debug text of f"{expr=}" is the source between '{' and the token
 * after '=', with comments dropped (they only occur in multi-line fields)
 * and CRLF folded. Quotes are tracked so '#' inside a string stays. */
static void p_join_debug_text(Parser *p, PJoin *j, const char *s, size_t n, AstLoc loc)
{
    char *buf = arena_alloc(p->arena, n + 1);
    size_t k = 0;
    char q = 0;
    int triple = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (q) {
            if (c == '\\' && i + 1 < n) {
                buf[k++] = c;
                buf[k++] = s[++i];
                continue;
            }
            if (c == q && (!triple || (i + 2 < n && s[i + 1] == q && s[i + 2] == q))) {
                if (triple) {
                    buf[k++] = c;
                    buf[k++] = c;
                    i += 2;
                }
                q = 0;
            }
        } else if (c == '\'' || c == '"') {
            q = c;
            triple = i + 2 < n && s[i + 1] == c && s[i + 2] == c;
            if (triple) {
                buf[k++] = c;
                buf[k++] = c;
                i += 2;
            }
        } else if (c == '#') {
            while (i < n && s[i] != '\n')
                i++;
            if (i < n)
                buf[k++] = '\n';
            continue;
        }
        if (c == '\r' && i + 1 < n && s[i + 1] == '\n')
            continue;
        buf[k++] = c;
    }
    p_join_text(p, j, buf, k, loc);
}

/* '{' (yield_expr | star_expressions) ['='] ['!' NAME] [':' spec] '}' */
/* In the error pass, raises msg at the current token (CPython's
 * RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN); otherwise fails. */
static _Noreturn void p_fs_error(Parser *p, const char *fmt, const char *what)
{
    if (p_errors_on(p)) {
        Token *t = p_tok(p);
        char msg[128];
        snprintf(msg, sizeof msg, fmt, what);
        parse_raise(p, "SyntaxError", t->lineno, t->byte_col, t->end_lineno, t->end_byte_col,
                    "%s", msg);
    }
    parse_fail(p);
}

/* in_spec: a field nested in a format spec, always a FormattedValue (a
 * t-string's spec is a JoinedStr like an f-string's). */
static void parse_replacement_field(Parser *p, PJoin *j, int raw, int tstring, int in_spec)
{
    Token *lb = p_next(p);      /* '{' */
    const char *what = tstring ? "t-string" : "f-string";
    if (p_is(p, TOK_RBRACE) || p_is(p, TOK_EXCLAMATION) || p_is(p, TOK_COLON) ||
        p_is(p, TOK_EQUAL)) {
        Token *t = p_tok(p);
        if (!p->spec)
            parse_raise(p, "SyntaxError", t->lineno, t->byte_col, t->end_lineno, t->end_byte_col,
                        "%s: valid expression required before '%.*s'", what, (int)t->len, t->start);
        parse_fail(p);
    }
    if (p_is_kw(p, "lambda") && p_errors_on(p)) {
        /* the ':' of the lambda starts a format spec */
        Token *lt = p_tok(p);
        int k = 1;
        while (!p_is_at(p, k, TOK_COLON) && !p_is_at(p, k, TOK_RBRACE) &&
               !p_is_at(p, k, TOK_NEWLINE) && !p_is_at(p, k, TOK_ENDMARKER))
            k++;
        if (p_is_at(p, k, TOK_COLON)) {
            Token *c = p_tok_at(p, k);
            parse_raise(p, "SyntaxError", lt->lineno, lt->byte_col, c->end_lineno, c->end_byte_col,
                        "%s: lambda expressions are not allowed without parentheses", what);
        }
    }
    AstExpr *value;
    if (p_errors_on(p)) {
        /* CPython's invalid_replacement_field: specific errors inside the
         * expression first, then these, each at the token they stop on */
        int save = p->pos, depth = p->depth;
        jmp_buf jb, *old = p->soft;
        AstExpr *volatile v = NULL;
        if (setjmp(jb) == 0) {
            p->soft = &jb;
            v = parse_annotated_rhs(p);
        }
        p->soft = old;
        if (!v) {
            /* CPython's PEG parse keeps the longest valid prefix (`a` of
             * `a +`) and complains after it; a primary approximates it */
            p->pos = save;
            p->depth = depth;
            volatile int prefix = 0;
            p->spec++;
            if (setjmp(jb) == 0) {
                p->soft = &jb;
                parse_primary(p);
                prefix = 1;
            }
            p->soft = old;
            p->spec--;
            p->depth = depth;
            if (!prefix) {
                p->pos = save;
                p_fs_error(p, "%s: expecting a valid expression after '{'", what);
            }
            p_fs_error(p, "%s: expecting '=', or '!', or ':', or '}'", what);
        }
        value = v;
        if (!p_is(p, TOK_EQUAL) && !p_is(p, TOK_EXCLAMATION) && !p_is(p, TOK_COLON) &&
            !p_is(p, TOK_RBRACE))
            p_fs_error(p, "%s: expecting '=', or '!', or ':', or '}'", what);
        if (p_is(p, TOK_EQUAL) && !p_is_at(p, 1, TOK_EXCLAMATION) && !p_is_at(p, 1, TOK_COLON) &&
            !p_is_at(p, 1, TOK_RBRACE)) {
            p_next(p);
            p_fs_error(p, "%s: expecting '!', or ':', or '}'", what);
        }
    } else {
        value = parse_annotated_rhs(p);
    }
    /* Interpolation.str: the expression's source text */
    const char *expr_end = p_tok(p)->start;
    Token *eq = p_accept(p, TOK_EQUAL);
    int conversion = -1;
    if (eq) {
        /* The debug text runs from after '{' to the next token. */
        Token *nt = p_tok(p);
        /* the text (and its Constant) runs to the next token */
        AstLoc dl = {lb->end_lineno, lb->end_byte_col, nt->lineno, nt->byte_col};
        p_join_debug_text(p, j, lb->start + lb->len,
                          (size_t)(nt->start - (lb->start + lb->len)), dl);
    }
    if (p_is(p, TOK_EXCLAMATION)) {
        Token *ex = p_next(p);
        Token *nt = p_tok(p);
        if (nt->type != TOK_NAME) {
            if (nt->type == TOK_COLON || nt->type == TOK_RBRACE)
                p_fs_error(p, "%s: missing conversion character", what);
            p_fs_error(p, "%s: invalid conversion character", what);
        }
        if (nt->start != ex->start + 1) {
            if (!p->spec)
                parse_raise(p, "SyntaxError", nt->lineno, nt->byte_col, nt->end_lineno,
                            nt->end_byte_col,
                            "%s: conversion type must come right after the exclamanation mark", what);
            parse_fail(p);
        }
        if (nt->len != 1 || !strchr("sra", nt->start[0])) {
            if (!p->spec)
                parse_raise(p, "SyntaxError", nt->lineno, nt->byte_col, nt->end_lineno,
                            nt->end_byte_col,
                            "%s: invalid conversion character '%.*s': expected 's', 'r', or 'a'",
                            what, (int)nt->len, nt->start);
            parse_fail(p);
        }
        conversion = nt->start[0];
        p_next(p);
        if (!p_is(p, TOK_COLON) && !p_is(p, TOK_RBRACE))
            p_fs_error(p, "%s: expecting ':' or '}'", what);
    }
    AstExpr *spec = NULL;
    if (p_is(p, TOK_COLON)) {
        Token *colon = p_next(p);
        PJoin sj = {0};
        parse_fstring_body(p, &sj, raw, tstring, TOK_RBRACE, 1);
        p_join_flush(p, &sj);
        spec = ast_new_expr(p, AST_JoinedStr, p_loc(p, colon));
        spec->v.joined.values = sj.values;
        if (!p_is(p, TOK_RBRACE))
            p_fs_error(p, "%s: expecting '}', or format specs", what);
    }
    if (!p_is(p, TOK_RBRACE))
        p_fs_error(p, "%s: expecting '}'", what);
    p_next(p);
    if (eq && conversion < 0 && !spec)
        conversion = 'r';
    int interp = tstring && !in_spec;
    p_join_flush(p, j);
    AstExpr *fv = ast_new_expr(p, interp ? AST_Interpolation : AST_FormattedValue, p_loc(p, lb));
    fv->v.fvalue.value = value;
    fv->v.fvalue.conversion = conversion;
    fv->v.fvalue.format_spec = spec;
    if (interp)
        fv->v.fvalue.str = arena_strndup(p->arena, lb->start + lb->len,
                                         (size_t)(expr_end - (lb->start + lb->len)));
    P_APPEND(p, j->values, fv);
}

static void parse_fstring_body(Parser *p, PJoin *j, int raw, int tstring, int end_type,
                              int in_spec)
{
    int middle = tstring ? TOK_TSTRING_MIDDLE : TOK_FSTRING_MIDDLE;
    for (;;) {
        Token *t = p_tok(p);
        if (t->type == end_type)
            return;
        if (t->type == middle) {
            p_next(p);
            PStr d;
            p_decode(p, t, t->start, t->len, raw, 0, &d);
            AstLoc l = p_tok_loc(t);
            /* a doubled brace ending the piece: the token stops before
             * its second brace, CPython's Constant after it */
            if (t->len && (t->start[t->len - 1] == '{' || t->start[t->len - 1] == '}') &&
                t->start[t->len] == t->start[t->len - 1] && t->end_lineno == t->lineno)
                l.end_col_offset++;
            p_join_text(p, j, d.buf, d.len, l);
        } else if (t->type == TOK_LBRACE) {
            p_enter(p);
            parse_replacement_field(p, j, raw, tstring, in_spec);
            p_leave(p);
        } else if (in_spec) {
            return;     /* the field reports what it expected */
        } else {
            parse_fail(p);
        }
    }
}

AstExpr *parse_strings(Parser *p)
{
    Token *first = p_tok(p);
    PJoin j = {0};
    int nbytes = 0, nstr = 0, nf = 0, nt = 0, u = 0;
    for (;;) {
        Token *t = p_tok(p);
        if (t->type == TOK_STRING) {
            p_next(p);
            PPrefix pf;
            size_t pl = p_prefix(t->start, &pf);
            size_t q = t->len - pl >= 6 && t->start[pl] == t->start[pl + 1] &&
                               t->start[pl] == t->start[pl + 2] ? 3 : 1;
            if (t == first)
                u = pf.u;
            PStr d;
            p_decode(p, t, t->start + pl + q, t->len - pl - 2 * q, pf.raw, pf.bytes, &d);
            if (pf.bytes)
                nbytes++;
            else
                nstr++;
            p_join_text(p, &j, d.buf, d.len, p_tok_loc(t));
        } else if (t->type == TOK_FSTRING_START || t->type == TOK_TSTRING_START) {
            int ts = t->type == TOK_TSTRING_START;
            p_next(p);
            PPrefix pf;
            p_prefix(t->start, &pf);
            if (ts)
                nt++;
            else
                nf++;
            parse_fstring_body(p, &j, pf.raw, ts, ts ? TOK_TSTRING_END : TOK_FSTRING_END, 0);
            p_next(p);
        } else {
            break;
        }
    }
    AstLoc loc = p_loc(p, first);
    if (nbytes && (nstr || nf || nt))
        parse_raise_last(p, "SyntaxError", "cannot mix bytes and nonbytes literals");
    if (nt && (nstr || nf || nbytes))
        parse_raise_loc(p, loc, "cannot mix t-string literals with string or bytes literals");
    if (nf || nt) {
        p_join_flush(p, &j);
        AstExpr *e = ast_new_expr(p, nt ? AST_TemplateStr : AST_JoinedStr, loc);
        e->v.joined.values = j.values;
        return e;
    }
    AstExpr *e = ast_new_expr(p, AST_Constant, loc);
    e->v.constant.value.kind = nbytes ? AST_CONST_BYTES : AST_CONST_STR;
    e->v.constant.value.v.str.s = j.has_pending ? arena_strndup(p->arena, j.pending.buf, j.pending.len) : "";
    e->v.constant.value.v.str.len = j.pending.len;
    e->v.constant.kind = u ? "u" : NULL;
    return e;
}
