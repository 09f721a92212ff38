/* The tokenizer proper: indentation, names, numbers, strings, operators and
 * the f-string/t-string sub-tokenizer (PEP 701, PEP 750), as CPython 3.14. */
#include "compiler/tok_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* CPython's limits, kept so the same programs fail the same way. */
#define TOK_TABSIZE 8
#define TOK_ALTTABSIZE 1
#define TOK_MAXINDENT 100
#define TOK_MAXLEVEL 200
#define TOK_MAXFSTRINGLEVEL 150
#define TOK_MAX_EXPR_NESTING 3

#define TOK_EOF (-1)

/* tok->done: why the stream stopped (CPython's E_* codes). */
enum { TOK_OK, TOK_DONE_EOF, TOK_DONE_ERROR };

enum { TOK_MODE_REGULAR, TOK_MODE_FSTRING };

/* One level of f-string (or t-string) nesting. Mode 0 is the file itself
 * and always regular; each FSTRING_START pushes one, FSTRING_END pops it. */
typedef struct {
    int kind;                   /* regular (inside {...}) or string part */
    int quote, quote_size;      /* '"' or '\'', 1 or 3 */
    int raw, tstring;
    const char *start;          /* the f-string's first prefix character */
    const char *multi_line_start; /* start of the line it began on */
    int first_lineno;
    /* Brackets opened inside this f-string (all kinds), and the bracket
     * depth at which the innermost replacement field's '{' sits (-1: not in
     * a replacement field). Their difference tells a format-spec ':' or
     * closing '}' from one nested in brackets or lambdas. */
    int curly_depth, expr_start_depth;
    int in_format_spec, debug;
} TokMode;

struct Tokenizer {
    TokSource src;
    int extra;
    const char *end;            /* src.text + src.len */
    /* The line being read is [line_start, inp); cur is the next byte. */
    const char *cur, *inp, *line_start;
    /* Start of CPython's readline buffer: the first line read since the
     * last token boundary. Only error offsets depend on it. */
    const char *buf;
    const char *start;          /* start of the token being scanned, or NULL */
    const char *multi_line_start; /* line start where a string began */
    int lineno, first_lineno;
    int done;
    int implicit_newline;       /* the last line (lacking '\n') was read */

    int atbol, pendin, indent;
    int indstack[TOK_MAXINDENT], altindstack[TOK_MAXINDENT];
    int level;
    char parenstack[TOK_MAXLEVEL];
    int parenlinenostack[TOK_MAXLEVEL];
    const char *parenposstack[TOK_MAXLEVEL];
    int comment_newline;

    TokMode modes[TOK_MAXFSTRINGLEVEL];
    int mode_index;

    int sent_encoding, ended, failed;
    TokError err;

    /* Character-count cache: chars in [cc_base, cc_ptr) is cc_count. */
    const char *cc_base, *cc_ptr;
    int cc_count;
};

#define INSIDE_FSTRING(t) ((t)->mode_index > 0)
#define INSIDE_FSTRING_EXPR(m) ((m)->expr_start_depth >= 0)
#define ISSTRINGLIT(x) ((x) == TOK_STRING || (x) == TOK_FSTRING_MIDDLE || \
                        (x) == TOK_TSTRING_MIDDLE)

/* ---- reading ---- */

static int tok_nextc(Tokenizer *t)
{
    for (;;) {
        if (t->cur != t->inp)
            return (unsigned char)*t->cur++;
        if (t->done != TOK_OK)
            return TOK_EOF;
        /* "Underflow": move on to the next line. CPython reads line by
         * line and restarts its buffer when no token is in progress. */
        if (t->start == NULL && !INSIDE_FSTRING(t))
            t->buf = t->inp;
        if (t->inp >= t->end) {
            t->done = TOK_DONE_EOF;
            return TOK_EOF;
        }
        t->line_start = t->cur;
        const char *nl = memchr(t->inp, '\n', (size_t)(t->end - t->inp));
        t->inp = nl + 1;        /* the text always ends in '\n' */
        t->lineno++;
        if (t->inp == t->end && t->src.implicit_newline)
            t->implicit_newline = 1;
    }
}

static void tok_backup(Tokenizer *t, int c)
{
    if (c != TOK_EOF)
        t->cur--;
}

/* Characters (UTF-8 lead bytes) in [from, to). Cached because columns are
 * asked for left to right along a line; long lines stay linear. */
static int tok_chars(Tokenizer *t, const char *from, const char *to)
{
    if (to <= from)
        return 0;
    const char *p = from;
    int n = 0;
    if (t->cc_base == from && t->cc_ptr <= to) {
        p = t->cc_ptr;
        n = t->cc_count;
    }
    for (; p < to; p++)
        if (((unsigned char)*p & 0xC0) != 0x80)
            n++;
    t->cc_base = from;
    t->cc_ptr = to;
    t->cc_count = n;
    return n;
}

/* ---- errors ---- */

static void tok_set_error(Tokenizer *t, TokExcKind kind, TokErrCode code, const char *fmt,
                          va_list ap)
{
    TokError *e = &t->err;
    memset(e, 0, sizeof *e);
    e->kind = kind;
    e->code = code;
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    t->done = TOK_DONE_ERROR;
}

/* A SyntaxError located at tok->cur (CPython's _PyTokenizer_syntaxerror):
 * the offset counts the characters from the line start through the
 * offending one. */
static int tok_syntax_error(Tokenizer *t, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static int tok_syntax_error(Tokenizer *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    tok_set_error(t, TOK_EXC_SYNTAX, TOK_ERR_SYNTAX, fmt, ap);
    va_end(ap);
    TokError *e = &t->err;
    e->lineno = e->end_lineno = e->tk_lineno = t->lineno;
    e->offset = e->end_offset = e->tk_col = tok_chars(t, t->line_start, t->cur);
    e->byte_offset = (int)(t->cur - t->line_start);
    return TOK_ERRORTOKEN;
}

/* A SyntaxError over [from, to) of the current line. */
static int tok_syntax_error_range(Tokenizer *t, const char *from, const char *to,
                                  const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static int tok_syntax_error_range(Tokenizer *t, const char *from, const char *to,
                                  const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    tok_set_error(t, TOK_EXC_SYNTAX, TOK_ERR_SYNTAX, fmt, ap);
    va_end(ap);
    TokError *e = &t->err;
    e->lineno = e->end_lineno = e->tk_lineno = t->lineno;
    e->offset = e->tk_col = tok_chars(t, t->line_start, from) + 1;
    e->end_offset = tok_chars(t, t->line_start, to) + 1;
    e->byte_offset = (int)(from - t->line_start) + 1;
    return TOK_ERRORTOKEN;
}

/* Errors CPython signals through tok->done and phrases in its caller. Both
 * callers locate them from the readline buffer: the tokenize module at
 * its end, the compiler as noted per case. */
static int tok_done_error(Tokenizer *t, TokErrCode code)
{
    TokError *e = &t->err;
    memset(e, 0, sizeof *e);
    e->code = code;
    e->kind = TOK_EXC_SYNTAX;
    e->lineno = e->end_lineno = e->tk_lineno = t->lineno;
    /* The tokenize module decodes the buffer minus its final '\n' and
     * clamps the offset to one past it. */
    int buflen = t->inp > t->buf ? tok_chars(t, t->buf, t->inp - 1) + 1 : 0;
    e->tk_col = buflen;
    switch (code) {
    case TOK_ERR_TABSPACE:
        e->kind = TOK_EXC_TAB;
        snprintf(e->msg, sizeof e->msg, "inconsistent use of tabs and spaces in indentation");
        e->offset = 1;
        t->cur = t->inp;
        break;
    case TOK_ERR_TOODEEP:
        e->kind = TOK_EXC_INDENTATION;
        snprintf(e->msg, sizeof e->msg, "too many levels of indentation");
        e->offset = 1;
        t->cur = t->inp;
        break;
    case TOK_ERR_DEDENT:
        e->kind = TOK_EXC_INDENTATION;
        snprintf(e->msg, sizeof e->msg,
                 "unindent does not match any outer indentation level");
        t->cur = t->inp;
        e->offset = buflen;
        break;
    case TOK_ERR_LINECONT:
        snprintf(e->msg, sizeof e->msg,
                 "unexpected character after line continuation character");
        e->offset = tok_chars(t, t->buf, t->cur);
        break;
    case TOK_ERR_EOF:
        /* The tokenize module reports the buffer length in bytes. */
        e->tk_col = (int)(t->inp - t->buf);
        if (t->level > 0) {
            int l = t->level - 1;
            const char *p = t->parenposstack[l];
            const char *ls = p;
            while (ls > t->src.text && ls[-1] != '\n') ls--;
            snprintf(e->msg, sizeof e->msg, "'%c' was never closed", t->parenstack[l]);
            e->lineno = e->end_lineno = t->parenlinenostack[l];
            e->offset = tok_chars(t, ls, p) + 1;
            e->byte_offset = (int)(p - ls) + 1;
        } else {
            snprintf(e->msg, sizeof e->msg, "unexpected EOF while parsing");
            e->offset = tok_chars(t, t->line_start, t->inp);
        }
        break;
    default:
        snprintf(e->msg, sizeof e->msg, "unknown tokenization error");
        break;
    }
    if (!e->byte_offset)
        e->byte_offset = e->offset;
    t->done = TOK_DONE_ERROR;
    return TOK_ERRORTOKEN;
}

/* ---- character classes ---- */

static int tok_is_ident_start(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}

static int tok_is_ident_char(int c)
{
    return tok_is_ident_start(c) || (c >= '0' && c <= '9');
}

static int tok_isdigit(int c) { return c >= '0' && c <= '9'; }

static int tok_isxdigit(int c)
{
    return tok_isdigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static int tok_lower(int c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }

/* ---- operators ---- */

static int tok_one_char(int c)
{
    switch (c) {
    case '!': return TOK_EXCLAMATION;
    case '%': return TOK_PERCENT;
    case '&': return TOK_AMPER;
    case '(': return TOK_LPAR;
    case ')': return TOK_RPAR;
    case '*': return TOK_STAR;
    case '+': return TOK_PLUS;
    case ',': return TOK_COMMA;
    case '-': return TOK_MINUS;
    case '.': return TOK_DOT;
    case '/': return TOK_SLASH;
    case ':': return TOK_COLON;
    case ';': return TOK_SEMI;
    case '<': return TOK_LESS;
    case '=': return TOK_EQUAL;
    case '>': return TOK_GREATER;
    case '@': return TOK_AT;
    case '[': return TOK_LSQB;
    case ']': return TOK_RSQB;
    case '^': return TOK_CIRCUMFLEX;
    case '{': return TOK_LBRACE;
    case '|': return TOK_VBAR;
    case '}': return TOK_RBRACE;
    case '~': return TOK_TILDE;
    }
    return TOK_OP;
}

static int tok_two_chars(int c1, int c2)
{
    switch (c1) {
    case '!': if (c2 == '=') return TOK_NOTEQUAL; break;
    case '%': if (c2 == '=') return TOK_PERCENTEQUAL; break;
    case '&': if (c2 == '=') return TOK_AMPEREQUAL; break;
    case '*':
        if (c2 == '*') return TOK_DOUBLESTAR;
        if (c2 == '=') return TOK_STAREQUAL;
        break;
    case '+': if (c2 == '=') return TOK_PLUSEQUAL; break;
    case '-':
        if (c2 == '=') return TOK_MINEQUAL;
        if (c2 == '>') return TOK_RARROW;
        break;
    case '/':
        if (c2 == '/') return TOK_DOUBLESLASH;
        if (c2 == '=') return TOK_SLASHEQUAL;
        break;
    case ':': if (c2 == '=') return TOK_COLONEQUAL; break;
    case '<':
        if (c2 == '<') return TOK_LEFTSHIFT;
        if (c2 == '=') return TOK_LESSEQUAL;
        /* '<>' is NOTEQUAL to the tokenizer; the parser accepts it only
         * under barry_as_FLUFL, by its spelling. */
        if (c2 == '>') return TOK_NOTEQUAL;
        break;
    case '=': if (c2 == '=') return TOK_EQEQUAL; break;
    case '>':
        if (c2 == '=') return TOK_GREATEREQUAL;
        if (c2 == '>') return TOK_RIGHTSHIFT;
        break;
    case '@': if (c2 == '=') return TOK_ATEQUAL; break;
    case '^': if (c2 == '=') return TOK_CIRCUMFLEXEQUAL; break;
    case '|': if (c2 == '=') return TOK_VBAREQUAL; break;
    }
    return TOK_OP;
}

static int tok_three_chars(int c1, int c2, int c3)
{
    if (c3 == '=') {
        if (c1 == '*' && c2 == '*') return TOK_DOUBLESTAREQUAL;
        if (c1 == '/' && c2 == '/') return TOK_DOUBLESLASHEQUAL;
        if (c1 == '<' && c2 == '<') return TOK_LEFTSHIFTEQUAL;
        if (c1 == '>' && c2 == '>') return TOK_RIGHTSHIFTEQUAL;
    }
    if (c1 == '.' && c2 == '.' && c3 == '.') return TOK_ELLIPSIS;
    return TOK_OP;
}

int tok_op_type(const char *s, size_t n)
{
    if (n == 1) return tok_one_char((unsigned char)s[0]);
    if (n == 2) return tok_two_chars((unsigned char)s[0], (unsigned char)s[1]);
    if (n == 3)
        return tok_three_chars((unsigned char)s[0], (unsigned char)s[1], (unsigned char)s[2]);
    return TOK_OP;
}

static const char *const tok_names[TOK_N_TOKENS] = {
    "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT",
    "LPAR", "RPAR", "LSQB", "RSQB", "COLON", "COMMA", "SEMI", "PLUS", "MINUS",
    "STAR", "SLASH", "VBAR", "AMPER", "LESS", "GREATER", "EQUAL", "DOT",
    "PERCENT", "LBRACE", "RBRACE", "EQEQUAL", "NOTEQUAL", "LESSEQUAL",
    "GREATEREQUAL", "TILDE", "CIRCUMFLEX", "LEFTSHIFT", "RIGHTSHIFT",
    "DOUBLESTAR", "PLUSEQUAL", "MINEQUAL", "STAREQUAL", "SLASHEQUAL",
    "PERCENTEQUAL", "AMPEREQUAL", "VBAREQUAL", "CIRCUMFLEXEQUAL",
    "LEFTSHIFTEQUAL", "RIGHTSHIFTEQUAL", "DOUBLESTAREQUAL", "DOUBLESLASH",
    "DOUBLESLASHEQUAL", "AT", "ATEQUAL", "RARROW", "ELLIPSIS", "COLONEQUAL",
    "EXCLAMATION", "OP", "TYPE_IGNORE", "TYPE_COMMENT", "SOFT_KEYWORD",
    "FSTRING_START", "FSTRING_MIDDLE", "FSTRING_END", "TSTRING_START",
    "TSTRING_MIDDLE", "TSTRING_END", "COMMENT", "NL", "ERRORTOKEN", "ENCODING",
};

const char *tok_type_name(int type)
{
    return type >= 0 && type < TOK_N_TOKENS ? tok_names[type] : "?";
}

int tok_generic_type(int type)
{
    return type >= TOK_LPAR && type <= TOK_OP ? TOK_OP : type;
}

/* ---- the scanner ---- */

/* What tok_get produced: the type and the token's text [p_start, p_end). */
typedef struct {
    const char *p_start, *p_end;
} TokSpan;

#define MAKE_TOKEN(type) (span->p_start = p_start, span->p_end = p_end, (type))

static int tok_continuation_line(Tokenizer *t)
{
    int c = tok_nextc(t);
    if (c == '\r')
        c = tok_nextc(t);
    if (c != '\n')
        return -2;
    c = tok_nextc(t);
    if (c == TOK_EOF) {
        t->cur = t->inp;
        return -3;
    }
    tok_backup(t, c);
    return c;
}

static int tok_decimal_tail(Tokenizer *t)
{
    int c;
    for (;;) {
        do {
            c = tok_nextc(t);
        } while (tok_isdigit(c));
        if (c != '_')
            break;
        c = tok_nextc(t);
        if (!tok_isdigit(c)) {
            tok_backup(t, c);
            tok_syntax_error(t, "invalid decimal literal");
            return 0;
        }
    }
    return c;
}

/* Does the input continue with `test` and then a non-identifier byte?
 * Consumes nothing. */
static int tok_lookahead(Tokenizer *t, const char *test)
{
    const char *s = test;
    for (;;) {
        int c = tok_nextc(t);
        int res = 0;
        if (*s == 0) {
            res = !tok_is_ident_char(c);
        } else if (c == *s) {
            s++;
            continue;
        }
        tok_backup(t, c);
        while (s != test) {
            tok_backup(t, *--s);
        }
        return res;
    }
}

/* A number directly followed by a letter: "1if" is a SyntaxWarning in
 * CPython (kept valid for now; we do not emit warnings), "1abc" an error.
 * The tokenize module's mode skips the check. */
static int tok_verify_end_of_number(Tokenizer *t, int c, const char *kind)
{
    if (t->extra)
        return 1;
    int r = 0;
    if (c == 'a') r = tok_lookahead(t, "nd");
    else if (c == 'e') r = tok_lookahead(t, "lse");
    else if (c == 'f') r = tok_lookahead(t, "or");
    else if (c == 'i') {
        int c2 = tok_nextc(t);
        if (c2 == 'f' || c2 == 'n' || c2 == 's')
            r = 1;
        tok_backup(t, c2);
    } else if (c == 'o') r = tok_lookahead(t, "r");
    else if (c == 'n') r = tok_lookahead(t, "ot");
    if (r)
        return 1;
    if (c < 128 && tok_is_ident_char(c)) {
        tok_backup(t, c);
        tok_syntax_error(t, "invalid %s literal", kind);
        return 0;
    }
    return 1;
}

/* Checks a NAME containing non-ASCII bytes against XID_Start/XID_Continue.
 * NFKC normalization is the parser's job. */
static int tok_verify_identifier(Tokenizer *t)
{
    if (t->extra)
        return 1;
    const unsigned char *p = (const unsigned char *)t->start;
    const unsigned char *e = (const unsigned char *)t->cur;
    int first = 1;
    while (p < e) {
        unsigned cp = 0xFFFD;
        int k = tok_utf8_decode(p, (size_t)(e - p), &cp);
        if (k <= 0) k = 1;
        int ok = first ? (tok_uc_is_xid_start(cp) || cp == '_') : tok_uc_is_xid_continue(cp);
        if (!ok) {
            t->cur = (const char *)p + k;
            if (tok_uc_is_printable(cp))
                tok_syntax_error(t, "invalid character '%.*s' (U+%04X)", k, (const char *)p,
                                 cp);
            else
                tok_syntax_error(t, "invalid non-printable character U+%04X", cp);
            return 0;
        }
        first = 0;
        p += k;
    }
    return 1;
}

static const char *tok_kind_name(const TokMode *m)
{
    return m->tstring ? "t-string" : "f-string";
}

static int tok_get_normal_mode(Tokenizer *t, TokMode *cm, TokSpan *span);

static int tok_get_fstring_mode(Tokenizer *t, TokMode *cm, TokSpan *span)
{
    const char *p_start = NULL, *p_end = NULL;
    int end_quote_size = 0;
    int unicode_escape = 0;
    int middle = cm->tstring ? TOK_TSTRING_MIDDLE : TOK_FSTRING_MIDDLE;

    t->start = t->cur;
    t->first_lineno = t->lineno;

    /* A replacement field right away: nothing to scan in this mode. */
    int start_char = tok_nextc(t);
    if (start_char == '{') {
        int peek1 = tok_nextc(t);
        tok_backup(t, peek1);
        tok_backup(t, start_char);
        if (peek1 != '{') {
            cm->expr_start_depth++;
            if (cm->expr_start_depth >= TOK_MAX_EXPR_NESTING)
                return tok_syntax_error(t, "%s: expressions nested too deeply",
                                        tok_kind_name(cm));
            cm->kind = TOK_MODE_REGULAR;
            return tok_get_normal_mode(t, cm, span);
        }
    } else {
        tok_backup(t, start_char);
    }

    /* At the closing quote(s)? */
    for (int i = 0; i < cm->quote_size; i++) {
        int quote = tok_nextc(t);
        if (quote != cm->quote) {
            tok_backup(t, quote);
            goto fstring_middle;
        }
    }
    p_start = t->start;
    p_end = t->cur;
    int end_type = cm->tstring ? TOK_TSTRING_END : TOK_FSTRING_END;
    t->mode_index--;
    return MAKE_TOKEN(end_type);

fstring_middle:
    t->multi_line_start = t->line_start;
    while (end_quote_size != cm->quote_size) {
        int c = tok_nextc(t);
        if (t->done == TOK_DONE_ERROR)
            return TOK_ERRORTOKEN;
        int in_format_spec = cm->in_format_spec && INSIDE_FSTRING_EXPR(cm);

        if (c == TOK_EOF || (cm->quote_size == 1 && c == '\n')) {
            /* A newline ends a format spec and the field continues in
             * regular mode (only triple-quoted strings get here). */
            if (in_format_spec && c == '\n') {
                /* 3.14 rejects this; python3.13's tokenize (which extra
                 * mode matches) lets the spec end at the newline. */
                if (cm->quote_size == 1 && !t->extra)
                    return tok_syntax_error(t,
                                            "%s: newlines are not allowed in format specifiers "
                                            "for single quoted %ss",
                                            tok_kind_name(cm), tok_kind_name(cm));
                tok_backup(t, c);
                cm->kind = TOK_MODE_REGULAR;
                cm->in_format_spec = 0;
                p_start = t->start;
                p_end = t->cur;
                return MAKE_TOKEN(middle);
            }
            /* Report from the string's opening quote. */
            t->cur = cm->start + 1;
            t->line_start = cm->multi_line_start;
            int detected = t->lineno;
            t->lineno = cm->first_lineno;
            if (cm->quote_size == 3) {
                return tok_syntax_error(t, "unterminated triple-quoted %s literal "
                                           "(detected at line %d)", tok_kind_name(cm), detected);
            }
            return tok_syntax_error(t, "unterminated %s literal (detected at line %d)",
                                    tok_kind_name(cm), detected);
        }

        if (c == cm->quote) {
            end_quote_size++;
            continue;
        }
        end_quote_size = 0;

        if (c == '{') {
            int peek = tok_nextc(t);
            if (peek != '{' || in_format_spec) {
                tok_backup(t, peek);
                tok_backup(t, c);
                cm->expr_start_depth++;
                if (cm->expr_start_depth >= TOK_MAX_EXPR_NESTING)
                    return tok_syntax_error(t, "%s: expressions nested too deeply",
                                            tok_kind_name(cm));
                cm->kind = TOK_MODE_REGULAR;
                cm->in_format_spec = 0;
                p_start = t->start;
                p_end = t->cur;
            } else {
                /* "{{": the text keeps one brace, the next token starts
                 * after the other. */
                p_start = t->start;
                p_end = t->cur - 1;
            }
            return MAKE_TOKEN(middle);
        } else if (c == '}') {
            if (unicode_escape) {
                p_start = t->start;
                p_end = t->cur;
                return MAKE_TOKEN(middle);
            }
            int peek = tok_nextc(t);
            /* "}}" outside a format spec is an escaped brace; otherwise the
             * '}' closes a field and is the regular mode's to return. */
            if (peek == '}' && !in_format_spec && cm->curly_depth == 0) {
                p_start = t->start;
                p_end = t->cur - 1;
            } else {
                tok_backup(t, peek);
                tok_backup(t, c);
                cm->kind = TOK_MODE_REGULAR;
                cm->in_format_spec = 0;
                p_start = t->start;
                p_end = t->cur;
            }
            return MAKE_TOKEN(middle);
        } else if (c == '\\') {
            int peek = tok_nextc(t);
            if (peek == '\r')
                peek = tok_nextc(t);
            /* "\{" leaves the brace to the next iteration (CPython warns
             * about the invalid escape; we do not emit warnings). */
            if (peek == '{' || peek == '}') {
                tok_backup(t, peek);
                continue;
            }
            if (!cm->raw && peek == 'N') {
                /* \N{NAME}: its braces are not a replacement field. */
                peek = tok_nextc(t);
                if (peek == '{')
                    unicode_escape = 1;
                else
                    tok_backup(t, peek);
            }
        }
    }

    /* Leave the closing quotes for FSTRING_END. */
    for (int i = 0; i < cm->quote_size; i++)
        tok_backup(t, cm->quote);
    p_start = t->start;
    p_end = t->cur;
    return MAKE_TOKEN(middle);
}


/* After an opening quote: 3 for a triple quote (consumed), else 1 (the
 * lookahead given back). Either way the string reports the line it starts
 * on, which matters for multi-line strings. */
static int tok_quote_size(Tokenizer *t, int quote)
{
    t->first_lineno = t->lineno;
    t->multi_line_start = t->line_start;
    int after_quote = tok_nextc(t);
    if (after_quote == quote) {
        int after_after_quote = tok_nextc(t);
        if (after_after_quote == quote)
            return 3;
        tok_backup(t, after_after_quote);
    }
    tok_backup(t, after_quote);
    return 1;
}

static int tok_get_normal_mode(Tokenizer *t, TokMode *cm, TokSpan *span)
{
    int c, blankline, nonascii;
    const char *p_start = NULL, *p_end = NULL;

nextline:
    t->start = NULL;
    blankline = 0;

    /* Indentation at the beginning of a line. */
    if (t->atbol) {
        int col = 0, altcol = 0, cont_line_col = 0;
        t->atbol = 0;
        for (;;) {
            c = tok_nextc(t);
            if (c == ' ') {
                col++, altcol++;
            } else if (c == '\t') {
                col = (col / TOK_TABSIZE + 1) * TOK_TABSIZE;
                altcol = (altcol / TOK_ALTTABSIZE + 1) * TOK_ALTTABSIZE;
            } else if (c == '\014') {
                col = altcol = 0;   /* form feed resets, for Emacs users */
            } else if (c == '\\') {
                /* A backslash-joined line's indentation is the first
                 * physical line's. */
                cont_line_col = cont_line_col ? cont_line_col : col;
                int r = tok_continuation_line(t);
                if (r == -2)
                    return tok_done_error(t, TOK_ERR_LINECONT);
                if (r == -3)
                    return tok_done_error(t, TOK_ERR_EOF);
            } else {
                break;
            }
        }
        tok_backup(t, c);
        /* Blank and comment-only lines do not count for indentation. */
        if (c == '#' || c == '\n' || c == '\r')
            blankline = 1;
        if (!blankline && t->level == 0) {
            col = cont_line_col ? cont_line_col : col;
            altcol = cont_line_col ? cont_line_col : altcol;
            if (col == t->indstack[t->indent]) {
                if (altcol != t->altindstack[t->indent])
                    return tok_done_error(t, TOK_ERR_TABSPACE);
            } else if (col > t->indstack[t->indent]) {
                if (t->indent + 1 >= TOK_MAXINDENT)
                    return tok_done_error(t, TOK_ERR_TOODEEP);
                if (altcol <= t->altindstack[t->indent])
                    return tok_done_error(t, TOK_ERR_TABSPACE);
                t->pendin++;
                t->indstack[++t->indent] = col;
                t->altindstack[t->indent] = altcol;
            } else {
                while (t->indent > 0 && col < t->indstack[t->indent]) {
                    t->pendin--;
                    t->indent--;
                }
                if (col != t->indstack[t->indent])
                    return tok_done_error(t, TOK_ERR_DEDENT);
                if (altcol != t->altindstack[t->indent])
                    return tok_done_error(t, TOK_ERR_TABSPACE);
            }
        }
    }

    t->start = t->cur;

    if (t->pendin != 0) {
        if (t->pendin < 0) {
            t->pendin++;
            p_start = p_end = t->cur;
            return MAKE_TOKEN(TOK_DEDENT);
        }
        t->pendin--;
        p_start = t->line_start;
        p_end = t->cur;
        return MAKE_TOKEN(TOK_INDENT);
    }

again:
    t->start = NULL;
    do {
        c = tok_nextc(t);
    } while (c == ' ' || c == '\t' || c == '\014');

    t->start = t->cur - (c == TOK_EOF ? 0 : 1);

    if (c == '#') {
        while (c != TOK_EOF && c != '\n' && c != '\r')
            c = tok_nextc(t);
        if (t->extra) {
            tok_backup(t, c);       /* leave the newline */
            p_start = t->start;
            p_end = t->cur;
            t->comment_newline = blankline;
            return MAKE_TOKEN(TOK_COMMENT);
        }
    }

    if (c == TOK_EOF) {
        if (t->level)
            return tok_done_error(t, TOK_ERR_EOF);
        if (t->done == TOK_DONE_ERROR)
            return TOK_ERRORTOKEN;
        p_start = p_end = t->cur;
        return MAKE_TOKEN(TOK_ENDMARKER);
    }

    /* Identifiers, and string prefixes. */
    nonascii = 0;
    if (tok_is_ident_start(c)) {
        int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0, saw_t = 0;
        for (;;) {
            if (!saw_b && (c == 'b' || c == 'B'))
                saw_b = 1;
            else if (!saw_u && (c == 'u' || c == 'U'))
                saw_u = 1;
            else if (!saw_r && (c == 'r' || c == 'R'))
                saw_r = 1;
            else if (!saw_f && (c == 'f' || c == 'F'))
                saw_f = 1;
            else if (!saw_t && (c == 't' || c == 'T'))
                saw_t = 1;
            else
                break;
            c = tok_nextc(t);
            if (c == '"' || c == '\'') {
                /* Valid: any one of b, r, u, f, t, and rb, rf, rt in
                 * either order. 3.14 reports the other pairs. */
                const char *a = NULL, *b = NULL;
                if (saw_u && saw_b) a = "u", b = "b";
                else if (saw_u && saw_r) a = "u", b = "r";
                else if (saw_u && saw_f) a = "u", b = "f";
                else if (saw_u && saw_t) a = "u", b = "t";
                else if (saw_b && saw_f) a = "b", b = "f";
                else if (saw_b && saw_t) a = "b", b = "t";
                else if (saw_f && saw_t) a = "f", b = "t";
                if (a)
                    return tok_syntax_error_range(t, t->start, t->cur - 1,
                                                  "'%s' and '%s' prefixes are incompatible",
                                                  a, b);
                if (saw_f || saw_t)
                    goto fstring_quote;
                goto letter_quote;
            }
        }
        while (tok_is_ident_char(c)) {
            if (c >= 128)
                nonascii = 1;
            c = tok_nextc(t);
        }
        tok_backup(t, c);
        if (nonascii && !tok_verify_identifier(t))
            return TOK_ERRORTOKEN;
        p_start = t->start;
        p_end = t->cur;
        return MAKE_TOKEN(TOK_NAME);
    }

    /* CPython swallows the byte after a '\r': "\r\n" is a newline, any
     * other pair falls through to the operator code below. */
    if (c == '\r')
        c = tok_nextc(t);

    if (c == '\n') {
        t->atbol = 1;
        if (blankline || t->level > 0) {
            if (t->extra) {
                t->comment_newline = 0;
                p_start = t->start;
                p_end = t->cur;
                return MAKE_TOKEN(TOK_NL);
            }
            goto nextline;
        }
        if (t->comment_newline && t->extra) {
            t->comment_newline = 0;
            p_start = t->start;
            p_end = t->cur;
            return MAKE_TOKEN(TOK_NL);
        }
        p_start = t->start;
        p_end = t->cur - 1;     /* the NEWLINE token's text is empty */
        return MAKE_TOKEN(TOK_NEWLINE);
    }

    if (c == '.') {
        c = tok_nextc(t);
        if (tok_isdigit(c))
            goto fraction;
        if (c == '.') {
            c = tok_nextc(t);
            if (c == '.') {
                p_start = t->start;
                p_end = t->cur;
                return MAKE_TOKEN(TOK_ELLIPSIS);
            }
            tok_backup(t, c);
            tok_backup(t, '.');
        } else {
            tok_backup(t, c);
        }
        p_start = t->start;
        p_end = t->cur;
        return MAKE_TOKEN(TOK_DOT);
    }

    if (tok_isdigit(c)) {
        if (c == '0') {
            c = tok_nextc(t);
            if (c == 'x' || c == 'X') {
                c = tok_nextc(t);
                do {
                    if (c == '_')
                        c = tok_nextc(t);
                    if (!tok_isxdigit(c)) {
                        tok_backup(t, c);
                        return tok_syntax_error(t, "invalid hexadecimal literal");
                    }
                    do {
                        c = tok_nextc(t);
                    } while (tok_isxdigit(c));
                } while (c == '_');
                if (!tok_verify_end_of_number(t, c, "hexadecimal"))
                    return TOK_ERRORTOKEN;
            } else if (c == 'o' || c == 'O') {
                c = tok_nextc(t);
                do {
                    if (c == '_')
                        c = tok_nextc(t);
                    if (c < '0' || c >= '8') {
                        if (tok_isdigit(c))
                            return tok_syntax_error(t, "invalid digit '%c' in octal literal", c);
                        tok_backup(t, c);
                        return tok_syntax_error(t, "invalid octal literal");
                    }
                    do {
                        c = tok_nextc(t);
                    } while ('0' <= c && c < '8');
                } while (c == '_');
                if (tok_isdigit(c))
                    return tok_syntax_error(t, "invalid digit '%c' in octal literal", c);
                if (!tok_verify_end_of_number(t, c, "octal"))
                    return TOK_ERRORTOKEN;
            } else if (c == 'b' || c == 'B') {
                c = tok_nextc(t);
                do {
                    if (c == '_')
                        c = tok_nextc(t);
                    if (c != '0' && c != '1') {
                        if (tok_isdigit(c))
                            return tok_syntax_error(t, "invalid digit '%c' in binary literal",
                                                    c);
                        tok_backup(t, c);
                        return tok_syntax_error(t, "invalid binary literal");
                    }
                    do {
                        c = tok_nextc(t);
                    } while (c == '0' || c == '1');
                } while (c == '_');
                if (tok_isdigit(c))
                    return tok_syntax_error(t, "invalid digit '%c' in binary literal", c);
                if (!tok_verify_end_of_number(t, c, "binary"))
                    return TOK_ERRORTOKEN;
            } else {
                int nonzero = 0;
                /* Zeros, then maybe a float, or an old-style octal. */
                for (;;) {
                    if (c == '_') {
                        c = tok_nextc(t);
                        if (!tok_isdigit(c)) {
                            tok_backup(t, c);
                            return tok_syntax_error(t, "invalid decimal literal");
                        }
                    }
                    if (c != '0')
                        break;
                    c = tok_nextc(t);
                }
                const char *zeros_end = t->cur;
                if (tok_isdigit(c)) {
                    nonzero = 1;
                    c = tok_decimal_tail(t);
                    if (c == 0)
                        return TOK_ERRORTOKEN;
                }
                if (c == '.') {
                    c = tok_nextc(t);
                    goto fraction;
                } else if (c == 'e' || c == 'E') {
                    goto exponent;
                } else if (c == 'j' || c == 'J') {
                    goto imaginary;
                } else if (nonzero && !t->extra) {
                    tok_backup(t, c);
                    return tok_syntax_error_range(
                        t, t->start, zeros_end - 1,
                        "leading zeros in decimal integer literals are not permitted; "
                        "use an 0o prefix for octal integers");
                }
                if (!tok_verify_end_of_number(t, c, "decimal"))
                    return TOK_ERRORTOKEN;
            }
        } else {
            c = tok_decimal_tail(t);
            if (c == 0)
                return TOK_ERRORTOKEN;
            if (c == '.') {
                c = tok_nextc(t);
            fraction:
                if (tok_isdigit(c)) {
                    c = tok_decimal_tail(t);
                    if (c == 0)
                        return TOK_ERRORTOKEN;
                }
            }
            if (c == 'e' || c == 'E') {
                int e;
            exponent:
                e = c;
                c = tok_nextc(t);
                if (c == '+' || c == '-') {
                    c = tok_nextc(t);
                    if (!tok_isdigit(c)) {
                        tok_backup(t, c);
                        return tok_syntax_error(t, "invalid decimal literal");
                    }
                } else if (!tok_isdigit(c)) {
                    /* "1e" then a name: the number is just "1". */
                    tok_backup(t, c);
                    if (!tok_verify_end_of_number(t, e, "decimal"))
                        return TOK_ERRORTOKEN;
                    tok_backup(t, e);
                    p_start = t->start;
                    p_end = t->cur;
                    return MAKE_TOKEN(TOK_NUMBER);
                }
                c = tok_decimal_tail(t);
                if (c == 0)
                    return TOK_ERRORTOKEN;
            }
            if (c == 'j' || c == 'J') {
            imaginary:
                c = tok_nextc(t);
                if (!tok_verify_end_of_number(t, c, "imaginary"))
                    return TOK_ERRORTOKEN;
            } else if (!tok_verify_end_of_number(t, c, "decimal")) {
                return TOK_ERRORTOKEN;
            }
        }
        tok_backup(t, c);
        p_start = t->start;
        p_end = t->cur;
        return MAKE_TOKEN(TOK_NUMBER);
    }

fstring_quote:
    if ((tok_lower((unsigned char)*t->start) == 'f' || tok_lower((unsigned char)*t->start) == 'r' ||
         tok_lower((unsigned char)*t->start) == 't') &&
        (c == '\'' || c == '"')) {
        int quote = c, quote_size = tok_quote_size(t, quote);

        p_start = t->start;
        p_end = t->cur;
        if (t->mode_index + 1 >= TOK_MAXFSTRINGLEVEL)
            return tok_syntax_error(t, "too many nested f-strings or t-strings");
        TokMode *m = &t->modes[++t->mode_index];
        memset(m, 0, sizeof *m);
        m->kind = TOK_MODE_FSTRING;
        m->quote = quote;
        m->quote_size = quote_size;
        m->start = t->start;
        m->multi_line_start = t->line_start;
        m->first_lineno = t->lineno;
        m->expr_start_depth = -1;
        int tstring = 0;
        for (const char *p = t->start; p < t->cur && *p != '\'' && *p != '"'; p++) {
            if (tok_lower((unsigned char)*p) == 'r') m->raw = 1;
            if (tok_lower((unsigned char)*p) == 't') tstring = 1;
        }
        m->tstring = tstring;
        return MAKE_TOKEN(tstring ? TOK_TSTRING_START : TOK_FSTRING_START);
    }

letter_quote:
    if (c == '\'' || c == '"') {
        int quote = c, quote_size = tok_quote_size(t, quote), end_quote_size = 0,
            has_escaped_quote = 0;

        while (end_quote_size != quote_size) {
            c = tok_nextc(t);
            if (t->done == TOK_DONE_ERROR)
                return TOK_ERRORTOKEN;
            if (c == TOK_EOF || (quote_size == 1 && c == '\n')) {
                /* Report from the opening quote. */
                t->cur = t->start + 1;
                t->line_start = t->multi_line_start;
                int detected = t->lineno;
                t->lineno = t->first_lineno;
                if (INSIDE_FSTRING(t)) {
                    /* The enclosing f-string's own quote: a '}' is
                     * missing rather than a string unterminated. */
                    TokMode *m = &t->modes[t->mode_index];
                    if (m->quote == quote && m->quote_size == quote_size)
                        return tok_syntax_error(t, "%s: expecting '}'", tok_kind_name(m));
                }
                if (quote_size == 3) {
                    tok_syntax_error(t, "unterminated triple-quoted string literal"
                                        " (detected at line %d)", detected);
                    t->err.code = TOK_ERR_UNTERMINATED_TRIPLE;
                    return TOK_ERRORTOKEN;
                }
                if (has_escaped_quote)
                    return tok_syntax_error(t, "unterminated string literal (detected at line "
                                               "%d); perhaps you escaped the end quote?",
                                            detected);
                return tok_syntax_error(t, "unterminated string literal (detected at line %d)",
                                        detected);
            }
            if (c == quote) {
                end_quote_size++;
            } else {
                end_quote_size = 0;
                if (c == '\\') {
                    c = tok_nextc(t);   /* skip the escaped character */
                    if (c == quote)
                        has_escaped_quote = 1;
                    if (c == '\r')
                        c = tok_nextc(t);
                }
            }
        }
        p_start = t->start;
        p_end = t->cur;
        return MAKE_TOKEN(TOK_STRING);
    }

    if (c == '\\') {
        int r = tok_continuation_line(t);
        if (r == -2)
            return tok_done_error(t, TOK_ERR_LINECONT);
        if (r == -3)
            return tok_done_error(t, TOK_ERR_EOF);
        goto again;
    }

    /* ':', '{', '}', '!' may end a replacement field's expression. */
    if ((c == ':' || c == '}' || c == '!' || c == '{') && INSIDE_FSTRING(t) &&
        INSIDE_FSTRING_EXPR(cm)) {
        /* The '{' case runs before curly_depth counts it. A ':' at the
         * field's own depth starts its format spec; one nested in brackets
         * (slices, dict displays, lambdas in parentheses) does not. */
        int cursor = cm->curly_depth - (c != '{');
        if (c == ':' && cursor == cm->expr_start_depth) {
            cm->kind = TOK_MODE_FSTRING;
            cm->in_format_spec = 1;
            p_start = t->start;
            p_end = t->cur;
            return MAKE_TOKEN(TOK_COLON);
        }
    }

    {
        int c2 = tok_nextc(t);
        int two = tok_two_chars(c, c2);
        if (two != TOK_OP) {
            int c3 = tok_nextc(t);
            int three = tok_three_chars(c, c2, c3);
            if (three != TOK_OP)
                two = three;
            else
                tok_backup(t, c3);
            p_start = t->start;
            p_end = t->cur;
            return MAKE_TOKEN(two);
        }
        tok_backup(t, c2);
    }

    switch (c) {
    case '(':
    case '[':
    case '{':
        if (t->level >= TOK_MAXLEVEL)
            return tok_syntax_error(t, "too many nested parentheses");
        t->parenstack[t->level] = (char)c;
        t->parenlinenostack[t->level] = t->lineno;
        t->parenposstack[t->level] = t->start;
        t->level++;
        if (INSIDE_FSTRING(t))
            cm->curly_depth++;
        break;
    case ')':
    case ']':
    case '}':
        if (INSIDE_FSTRING(t) && !cm->curly_depth && c == '}')
            return tok_syntax_error(t, "%s: single '}' is not allowed", tok_kind_name(cm));
        if (!t->extra && !t->level)
            return tok_syntax_error(t, "unmatched '%c'", c);
        if (t->level > 0) {
            t->level--;
            int opening = t->parenstack[t->level];
            if (!t->extra && !((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
                               (opening == '{' && c == '}'))) {
                /* A bracket closing a replacement field's '{'. */
                if (INSIDE_FSTRING(t) && opening == '{') {
                    int previous_bracket = cm->curly_depth - 1;
                    if (previous_bracket == cm->expr_start_depth)
                        return tok_syntax_error(t, "%s: unmatched '%c'", tok_kind_name(cm), c);
                }
                if (t->parenlinenostack[t->level] != t->lineno)
                    return tok_syntax_error(
                        t, "closing parenthesis '%c' does not match opening parenthesis '%c' "
                           "on line %d", c, opening, t->parenlinenostack[t->level]);
                return tok_syntax_error(
                    t, "closing parenthesis '%c' does not match opening parenthesis '%c'", c,
                    opening);
            }
        }
        if (INSIDE_FSTRING(t)) {
            cm->curly_depth--;
            if (cm->curly_depth < 0)
                return tok_syntax_error(t, "%s: unmatched '%c'", tok_kind_name(cm), c);
            if (c == '}' && cm->curly_depth == cm->expr_start_depth) {
                cm->expr_start_depth--;
                cm->kind = TOK_MODE_FSTRING;
                cm->in_format_spec = 0;
                cm->debug = 0;
            }
        }
        break;
    default:
        break;
    }

    if (c < 0x20 || c == 0x7F)
        return tok_syntax_error(t, "invalid non-printable character U+%04X", c);

    if (c == '=' && INSIDE_FSTRING_EXPR(cm))
        cm->debug = 1;

    p_start = t->start;
    p_end = t->cur;
    return MAKE_TOKEN(tok_one_char(c));
}

/* ---- the public interface ---- */

Tokenizer *tok_new(const char *buf, size_t len, const char *filename, int flags)
{
    Tokenizer *t = tok_alloc(sizeof *t);
    if (!t)
        return NULL;
    memset(t, 0, sizeof *t);
    t->extra = (flags & TOK_EXTRA_TOKENS) != 0;
    if (tok_source_decode(buf, len, filename, t->extra, &t->src, &t->err) < 0) {
        if (t->err.code == TOK_ERR_NOMEM) {
            tok_dealloc(t);
            return NULL;
        }
        t->failed = 1;
        t->done = TOK_DONE_ERROR;
        static char empty[1];
        t->src.text = NULL;
        t->cur = t->inp = t->line_start = t->buf = t->end = empty;
        return t;
    }
    t->end = t->src.text + t->src.len;
    t->cur = t->inp = t->line_start = t->buf = t->src.text;
    t->atbol = 1;
    t->modes[0].kind = TOK_MODE_REGULAR;
    t->modes[0].expr_start_depth = -1;
    return t;
}

void tok_free(Tokenizer *t)
{
    if (!t)
        return;
    tok_dealloc(t->src.text);
    tok_dealloc(t);
}

const TokError *tok_error(const Tokenizer *t) { return &t->err; }

const char *tok_encoding(const Tokenizer *t) { return t->src.encoding; }

int tok_next(Tokenizer *t, Token *out)
{
    memset(out, 0, sizeof *out);
    if (t->failed || t->done == TOK_DONE_ERROR) {
        t->failed = 1;
        out->type = TOK_ERRORTOKEN;
        out->lineno = out->end_lineno = t->err.lineno;
        return TOK_ERRORTOKEN;
    }
    if (t->extra && !t->sent_encoding) {
        t->sent_encoding = 1;
        out->type = TOK_ENCODING;
        out->start = t->src.encoding;
        out->len = strlen(t->src.encoding);
        return TOK_ENCODING;
    }
    if (t->ended) {
        out->type = TOK_ENDMARKER;
        out->lineno = out->end_lineno = t->lineno + (t->extra ? 1 : 0);
        return TOK_ENDMARKER;
    }

    TokSpan span = {NULL, NULL};
    TokMode *cm = &t->modes[t->mode_index];
    int type = cm->kind == TOK_MODE_REGULAR ? tok_get_normal_mode(t, cm, &span)
                                            : tok_get_fstring_mode(t, cm, &span);
    out->type = type;
    if (type == TOK_ERRORTOKEN) {
        t->failed = 1;
        out->lineno = out->end_lineno = t->err.lineno;
        return type;
    }

    const char *ls = ISSTRINGLIT(type) ? t->multi_line_start : t->line_start;
    out->lineno = ISSTRINGLIT(type) ? t->first_lineno : t->lineno;
    out->end_lineno = t->lineno;
    out->start = span.p_start;
    out->len = span.p_start && span.p_end >= span.p_start ? (size_t)(span.p_end - span.p_start)
                                                           : 0;
    out->col = out->byte_col = -1;
    out->end_col = out->end_byte_col = -1;
    if (span.p_start && span.p_start >= ls) {
        out->col = tok_chars(t, ls, span.p_start);
        out->byte_col = (int)(span.p_start - ls);
    }
    if (span.p_end && span.p_end >= t->line_start) {
        out->end_col = tok_chars(t, t->line_start, span.p_end);
        out->end_byte_col = (int)(span.p_end - t->line_start);
    }

    if (type == TOK_ENDMARKER)
        t->ended = 1;
    if (t->extra) {
        /* What the tokenize module prints: tokens after the last line sit
         * at its start, NEWLINE shows the newline it ends on, and the
         * newline CPython invents for a last line without one is empty. */
        if (type == TOK_ENDMARKER || (type == TOK_DEDENT && t->done == TOK_DONE_EOF)) {
            out->lineno = out->end_lineno = t->lineno + 1;
            out->col = out->end_col = out->byte_col = out->end_byte_col = 0;
            out->len = 0;
        } else if (type == TOK_NEWLINE) {
            if (!t->implicit_newline)
                out->len = span.p_start[0] == '\r' ? 2 : 1;
            out->end_col++;
            out->end_byte_col++;
        } else if (type == TOK_NL) {
            if (t->implicit_newline)
                out->len = 0;
        }
    }
    return type;
}
