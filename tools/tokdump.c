/* tokdump FILE: prints FILE's tokens exactly as `python3.13 -m tokenize FILE`
 * does (same columns, repr() of each token, same error lines), for tests.
 * tokdump --parser FILE: the parser's stream instead (exact types, no
 * comments/NL), with errors as CPython's compiler reports them. */
#include "compiler/tokenizer.h"
#include "readfile.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A growing output buffer: the tokenize module prints nothing when the
 * file fails part-way (it lists all tokens first), so neither do we. */
typedef struct {
    char *p;
    size_t len, cap;
} TokOut;

static void out_put(TokOut *o, const char *s, size_t n)
{
    if (o->len + n + 1 > o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 1 << 16;
        while (cap < o->len + n + 1) cap *= 2;
        char *p = realloc(o->p, cap);
        if (!p) {
            fprintf(stderr, "tokdump: out of memory\n");
            exit(2);
        }
        o->p = p;
        o->cap = cap;
    }
    memcpy(o->p + o->len, s, n);
    o->len += n;
}

static void out_str(TokOut *o, const char *s) { out_put(o, s, strlen(s)); }

static int utf8_next(const unsigned char *s, size_t n, unsigned *cp)
{
    if (s[0] < 0x80 || n < 2) { *cp = s[0]; return 1; }
    if (s[0] < 0xE0) { *cp = ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu); return 2; }
    if (s[0] < 0xF0 || n < 4) {
        if (n < 3) { *cp = s[0]; return 1; }
        *cp = ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
        return 3;
    }
    *cp = ((s[0] & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) |
          (s[3] & 0x3Fu);
    return 4;
}

/* Python's repr() of a str given as UTF-8; returns its length in code
 * points (what "%-15r" pads by). */
static size_t out_repr(TokOut *o, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    int has_sq = memchr(s, '\'', n) != NULL, has_dq = memchr(s, '"', n) != NULL;
    char quote = has_sq && !has_dq ? '"' : '\'';
    size_t chars = 2;
    char tmp[16];
    out_put(o, &quote, 1);
    for (size_t i = 0; i < n;) {
        unsigned cp;
        int k = utf8_next(u + i, n - i, &cp);
        if (cp == (unsigned)quote || cp == '\\') {
            tmp[0] = '\\';
            tmp[1] = (char)cp;
            out_put(o, tmp, 2);
            chars += 2;
        } else if (cp == '\t' || cp == '\n' || cp == '\r') {
            out_str(o, cp == '\t' ? "\\t" : cp == '\n' ? "\\n" : "\\r");
            chars += 2;
        } else if (cp < 0x20 || cp == 0x7F) {
            snprintf(tmp, sizeof tmp, "\\x%02x", cp);
            out_str(o, tmp);
            chars += 4;
        } else if (cp < 0x7F || tok_uc_is_printable(cp)) {
            out_put(o, s + i, (size_t)k);
            chars += 1;
        } else {
            if (cp <= 0xFF) snprintf(tmp, sizeof tmp, "\\x%02x", cp);
            else if (cp <= 0xFFFF) snprintf(tmp, sizeof tmp, "\\u%04x", cp);
            else snprintf(tmp, sizeof tmp, "\\U%08x", cp);
            out_str(o, tmp);
            chars += strlen(tmp);
        }
        i += (size_t)k;
    }
    out_put(o, &quote, 1);
    return chars;
}

static void out_pad(TokOut *o, size_t have, size_t width)
{
    for (; have < width; have++) out_put(o, " ", 1);
}

/* The tokenize module's wording and location for an error. */
static void report(const char *path, const TokError *e)
{
    TokOut name = {0};
    out_repr(&name, path, strlen(path));
    out_put(&name, "", 0);
    name.p[name.len] = 0;
    switch (e->code) {
    case TOK_ERR_ENCODING_UNKNOWN:
        fprintf(stderr, "%s: error: unknown encoding for %s: %s\n", path, name.p, e->detail);
        break;
    case TOK_ERR_ENCODING_BOM:
        fprintf(stderr, "%s: error: encoding problem for %s: utf-8\n", path, name.p);
        break;
    case TOK_ERR_ENCODING_DECODE:
        if (e->decode_line)
            fprintf(stderr, "%s: error: invalid or missing encoding declaration for %s\n", path,
                    name.p);
        else
            fprintf(stderr, "unexpected error: %s\n", e->msg);
        break;
    case TOK_ERR_EOF:
        fprintf(stderr, "%s:%d:%d: error: unexpected EOF in multi-line statement\n", path,
                e->tk_lineno, e->tk_col);
        break;
    case TOK_ERR_UNTERMINATED_TRIPLE:
        fprintf(stderr, "%s:%d:%d: error: EOF in multi-line string\n", path, e->tk_lineno,
                e->tk_col);
        break;
    default:
        fprintf(stderr, "%s:%d:%d: error: %s\n", path, e->tk_lineno, e->tk_col, e->msg);
        break;
    }
    free(name.p);
}

int main(int argc, char **argv)
{
    int parser = argc == 3 && strcmp(argv[1], "--parser") == 0;
    if (argc != 2 && !parser) {
        fprintf(stderr, "usage: tokdump [--parser] FILE\n");
        return 2;
    }
    const char *path = argv[argc - 1];
    size_t len = 0;
    char *src = file_read_all(path, &len);
    if (!src) {
        fprintf(stderr, "error: [Errno %d] %s: '%s'\n", errno, strerror(errno), path);
        return 1;
    }
    Tokenizer *tok = tok_new(src, len, path, parser ? 0 : TOK_EXTRA_TOKENS);
    if (!tok) {
        fprintf(stderr, "tokdump: out of memory\n");
        return 2;
    }
    TokOut o = {0};
    Token t;
    int rc = 0;
    for (;;) {
        int type = tok_next(tok, &t);
        if (type == TOK_ERRORTOKEN && parser) {
            const TokError *e = tok_error(tok);
            static const char *const kinds[] = {"", "SyntaxError", "IndentationError",
                                                "TabError"};
            fprintf(stderr, "%s:%d:%d: %s: %s\n", path, e->lineno, e->offset, kinds[e->kind],
                    e->msg);
            rc = 1;
            break;
        }
        if (type == TOK_ERRORTOKEN) {
            report(path, tok_error(tok));
            rc = 1;
            break;
        }
        char range[64];
        int n = snprintf(range, sizeof range, "%d,%d-%d,%d:", t.lineno, t.col, t.end_lineno,
                         t.end_col);
        out_str(&o, range);
        out_pad(&o, (size_t)n, 20);
        const char *name = tok_type_name(parser ? type : tok_generic_type(type));
        out_str(&o, name);
        out_pad(&o, strlen(name), 15);
        size_t w = out_repr(&o, t.start ? t.start : "", t.len);
        out_pad(&o, w, 15);
        out_put(&o, "\n", 1);
        if (type == TOK_ENDMARKER)
            break;
    }
    if (rc == 0 || parser)
        fwrite(o.p, 1, o.len, stdout);
    free(o.p);
    tok_free(tok);
    free(src);
    return rc;
}
