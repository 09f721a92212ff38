/* The regex pattern parser: pattern code points to a syntax tree, with
 * CPython sre_parse's syntax, flag scoping and re.error messages/positions. */
#include "regex_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unicode_db.h"
#include "utf8.h"

#define MAXREPEAT 4294967295u   /* sre's MAXREPEAT: larger counts are errors */
#define MAXGROUPS 1073741823

typedef struct {
    const uint32_t *s;
    size_t n, i;
    bool bytes;
    RegexTree *t;
    RegexError *err;
    /* groups: open[g] while group g's body is being parsed; widths when
     * closed (backrefs in look-behinds take the group's width). */
    uint8_t *open;
    uint32_t *gmin, *gmax;
    int gcap;
    int depth;
    /* inside a look-behind: the group count + 1 at its start, else -1 */
    int lb_groups;
    /* numeric conditional references to groups not yet opened, in order
     * of first mention; checked when the pattern ends (sre allows them) */
    int *fwd;
    ssize_t *fwd_pos;
    int nfwd;
    bool lb_bad; /* a look-behind is not fixed-width */
    /* sre's tokenizer reads "\\x" as one token and fetches one token
     * ahead, so a lone backslash ending the pattern is reported as soon as
     * the token before it is consumed: its index, else -1 */
    ssize_t bs_end;
} Parser;

static void set_err(Parser *P, ssize_t pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(P->err->msg, sizeof P->err->msg, fmt, ap);
    va_end(ap);
    P->err->pos = pos;
    if (P->bs_end >= 0 && (ssize_t)P->i >= P->bs_end && pos >= 0 &&
        strcmp(P->err->msg, "out of memory") != 0) {
        snprintf(P->err->msg, sizeof P->err->msg, "bad escape (end of pattern)");
        P->err->pos = P->bs_end;
    }
}

/* One sre token from P->i: a character, or a backslash and the next. */
static size_t token_len(const Parser *P)
{
    return P->s[P->i] == '\\' && P->i + 1 < P->n ? 2 : 1;
}

void regex_repr(const uint32_t *s, size_t a, size_t b, char *buf, size_t cap,
                bool bytes)
{
    bool sq = false, dq = false;
    for (size_t i = a; i < b; i++) {
        sq |= s[i] == '\'';
        dq |= s[i] == '"';
    }
    char q = sq && !dq ? '"' : '\'';
    char tmp[220];
    size_t k = 0;
    tmp[k++] = q;
    for (size_t i = a; i < b && k + 12 < sizeof tmp; i++) {
        uint32_t c = s[i];
        if (c == (uint32_t)q || c == '\\') {
            tmp[k++] = '\\';
            tmp[k++] = (char)c;
        } else if (c == '\n') { tmp[k++] = '\\'; tmp[k++] = 'n'; }
        else if (c == '\t') { tmp[k++] = '\\'; tmp[k++] = 't'; }
        else if (c == '\r') { tmp[k++] = '\\'; tmp[k++] = 'r'; }
        else if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80) ||
                 (c >= 0x80 && !ucd_has(c, UCD_PRINTABLE)))
            k += (size_t)snprintf(tmp + k, 12, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c);
        else {
            char u[8];
            utf8_encode_range(&c, 0, 1, u, sizeof u);
            size_t l = strlen(u);
            memcpy(tmp + k, u, l);
            k += l;
        }
    }
    tmp[k++] = q;
    tmp[k] = 0;
    snprintf(buf, cap, "%s", tmp);
}

static int32_t new_node(Parser *P, int kind)
{
    RegexTree *t = P->t;
    if (t->nnodes == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 64;
        RegexNode *nn = realloc(t->nodes, cap * sizeof *nn);
        if (!nn) {
            set_err(P, -1, "out of memory");
            return -1;
        }
        t->nodes = nn;
        t->cap = cap;
    }
    RegexNode *nd = &t->nodes[t->nnodes];
    memset(nd, 0, sizeof *nd);
    nd->kind = (uint8_t)kind;
    nd->child = nd->next = -1;
    return (int32_t)t->nnodes++;
}

#define N(i) (P->t->nodes[i])

static bool ensure_groups(Parser *P, int g)
{
    if (g < P->gcap) return true;
    int cap = P->gcap ? P->gcap : 16;
    while (cap <= g) cap *= 2;
    uint8_t *o = realloc(P->open, (size_t)cap);
    if (o) P->open = o;
    uint32_t *a = realloc(P->gmin, (size_t)cap * 4);
    if (a) P->gmin = a;
    uint32_t *b = realloc(P->gmax, (size_t)cap * 4);
    if (b) P->gmax = b;
    if (!o || !a || !b) {
        set_err(P, -1, "out of memory");
        return false;
    }
    memset(P->open + P->gcap, 0, (size_t)(cap - P->gcap));
    P->gcap = cap;
    return true;
}

static bool is_octal(uint32_t c) { return c >= '0' && c <= '7'; }
static bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static int hexval(uint32_t c)
{
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}
static bool is_alpha_ascii(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* str.isidentifier on s[a..b) (ASCII only for bytes patterns). */
static bool is_ident(Parser *P, size_t a, size_t b)
{
    if (a == b) return false;
    for (size_t i = a; i < b; i++) {
        uint32_t c = P->s[i];
        if (P->bytes && c >= 0x80) return false;
        bool ok = i == a ? (c == '_' || ucd_has(c, UCD_XID_START))
                         : ucd_has(c, UCD_XID_CONTINUE);
        if (!ok) return false;
    }
    return true;
}

static bool check_lb(Parser *P, int g, size_t pos);

/* An escape's value: a literal, a category (class item), an anchor or a
 * group reference. */
typedef enum { E_LIT, E_CAT, E_AT, E_REF } EscKind;
typedef struct { EscKind kind; uint32_t v; } Esc;

/* Parses the escape whose backslash is at P->i (in_class: inside [...]).
 * Leaves P->i after it. Returns false on error. */
static bool parse_escape(Parser *P, bool in_class, Esc *e)
{
    size_t bs = P->i;
    const uint32_t *s = P->s;
    char buf[64];
    P->i++;
    if (P->i >= P->n) {
        set_err(P, (ssize_t)bs, "bad escape (end of pattern)");
        return false;
    }
    uint32_t c = s[P->i++];
    e->kind = E_LIT;
    switch (c) {
    case 'd': e->kind = E_CAT; e->v = RCAT_DIGIT; return true;
    case 'D': e->kind = E_CAT; e->v = RCAT_NOT_DIGIT; return true;
    case 'w': e->kind = E_CAT; e->v = RCAT_WORD; return true;
    case 'W': e->kind = E_CAT; e->v = RCAT_NOT_WORD; return true;
    case 's': e->kind = E_CAT; e->v = RCAT_SPACE; return true;
    case 'S': e->kind = E_CAT; e->v = RCAT_NOT_SPACE; return true;
    case 'a': e->v = 7; return true;
    case 'f': e->v = 12; return true;
    case 'n': e->v = 10; return true;
    case 'r': e->v = 13; return true;
    case 't': e->v = 9; return true;
    case 'v': e->v = 11; return true;
    case '\\': e->v = '\\'; return true;
    case 'b':
        if (in_class) { e->v = 8; return true; }
        e->kind = E_AT; e->v = RAT_BOUNDARY; return true;
    case 'B': case 'A': case 'Z': case 'z':
        if (in_class) break;
        e->kind = E_AT;
        e->v = c == 'B' ? RAT_NON_BOUNDARY : c == 'A' ? RAT_BEGIN : RAT_END_STRING;
        return true;
    case 'x': case 'u': case 'U': {
        if (c != 'x' && P->bytes) break;
        int want = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        uint32_t v = 0;
        int k = 0;
        while (k < want && P->i < P->n && hexval(s[P->i]) >= 0) {
            v = v * 16 + (uint32_t)hexval(s[P->i++]);
            k++;
        }
        utf8_encode_range(s, bs, P->i, buf, sizeof buf);
        if (k != want) {
            set_err(P, (ssize_t)bs, "incomplete escape %s", buf);
            return false;
        }
        if (v > 0x10FFFF) {
            set_err(P, (ssize_t)bs, "bad escape %s", buf);
            return false;
        }
        e->v = v;
        return true;
    }
    case 'N': {
        if (P->bytes) break;
        if (P->i >= P->n || s[P->i] != '{') {
            set_err(P, (ssize_t)P->i, "missing {");
            return false;
        }
        P->i++;
        size_t a = P->i;
        while (P->i < P->n && s[P->i] != '}') P->i += token_len(P);
        if (P->i >= P->n) {
            if (a == P->i) set_err(P, (ssize_t)P->i, "missing character name");
            else set_err(P, (ssize_t)a, "missing }, unterminated name");
            return false;
        }
        if (a == P->i) {
            set_err(P, (ssize_t)P->i, "missing character name");
            return false;
        }
        char name[256];
        size_t len = 0;
        bool ascii = true;
        for (size_t k = a; k < P->i; k++) {
            if (s[k] >= 0x80) ascii = false;
            if (len + 1 < sizeof name) name[len++] = (char)s[k];
        }
        uint32_t cp;
        if (!ascii || len + 1 >= sizeof name ||
            !ucd_lookup(name, len, &cp, UCD_LOOKUP_ALIASES)) {
            char r[160];
            regex_repr(s, a, P->i, r, sizeof r, P->bytes);
            set_err(P, (ssize_t)bs, "undefined character name %s", r);
            return false;
        }
        P->i++;
        e->v = cp;
        return true;
    }
    case '0': {
        uint32_t v = 0;
        for (int k = 0; k < 2 && P->i < P->n && is_octal(s[P->i]); k++)
            v = v * 8 + (s[P->i++] - '0');
        e->v = v;
        return true;
    }
    default:
        break;
    }
    if (is_digit(c)) {
        if (in_class) {
            if (!is_octal(c)) goto bad;
            uint32_t v = c - '0';
            for (int k = 0; k < 2 && P->i < P->n && is_octal(s[P->i]); k++)
                v = v * 8 + (s[P->i++] - '0');
            if (v > 0377) {
                utf8_encode_range(s, bs, P->i, buf, sizeof buf);
                set_err(P, (ssize_t)bs, "octal escape value %s outside of range 0-0o377", buf);
                return false;
            }
            e->v = v;
            return true;
        }
        if (P->i < P->n && is_digit(s[P->i])) {
            P->i++;
            if (is_octal(c) && is_octal(s[P->i - 1]) && P->i < P->n && is_octal(s[P->i])) {
                P->i++;
                uint32_t v = (c - '0') * 64 + (s[P->i - 2] - '0') * 8 + (s[P->i - 1] - '0');
                if (v > 0377) {
                    utf8_encode_range(s, bs, P->i, buf, sizeof buf);
                    set_err(P, (ssize_t)bs, "octal escape value %s outside of range 0-0o377", buf);
                    return false;
                }
                e->v = v;
                return true;
            }
        }
        int g = 0;
        for (size_t k = bs + 1; k < P->i; k++) g = g * 10 + (int)(s[k] - '0');
        if (g <= P->t->ngroups) {
            if (P->open[g]) {
                set_err(P, (ssize_t)bs, "cannot refer to an open group");
                return false;
            }
            if (!check_lb(P, g, P->i)) return false;
            e->kind = E_REF;
            e->v = (uint32_t)g;
            return true;
        }
        set_err(P, (ssize_t)bs + 1, "invalid group reference %d", g);
        return false;
    }
    if (!is_alpha_ascii(c)) {
        e->v = c;
        return true;
    }
bad:
    utf8_encode_range(s, bs, P->i, buf, sizeof buf);
    set_err(P, (ssize_t)bs, "bad escape %s", buf);
    return false;
}

static int add_class(Parser *P)
{
    RegexTree *t = P->t;
    if (t->nclasses == t->class_cap) {
        int cap = t->class_cap ? t->class_cap * 2 : 8;
        RegexClass *c = realloc(t->classes, (size_t)cap * sizeof *c);
        if (!c) {
            set_err(P, -1, "out of memory");
            return -1;
        }
        t->classes = c;
        t->class_cap = cap;
    }
    memset(&t->classes[t->nclasses], 0, sizeof(RegexClass));
    return t->nclasses++;
}

static bool class_add_range(Parser *P, RegexClass *cl, uint32_t lo, uint32_t hi)
{
    if ((cl->nranges & (cl->nranges - 1)) == 0) {
        uint32_t cap = cl->nranges ? cl->nranges * 2 : 4;
        uint32_t *r = realloc(cl->ranges, (size_t)cap * 2 * sizeof *r);
        if (!r) {
            set_err(P, -1, "out of memory");
            return false;
        }
        cl->ranges = r;
    }
    cl->ranges[2 * cl->nranges] = lo;
    cl->ranges[2 * cl->nranges + 1] = hi;
    cl->nranges++;
    return true;
}

/* Parses [...] with P->i at '['. */
static int32_t parse_class(Parser *P, int flags)
{
    size_t here = P->i++;
    const uint32_t *s = P->s;
    int ci = add_class(P);
    if (ci < 0) return -1;
    bool negate = false;
    if (P->i < P->n && s[P->i] == '^') {
        negate = true;
        P->i++;
    }
    int items = 0;
    char b1[64], b2[64];
    for (;;) {
        if (P->i >= P->n) {
            set_err(P, (ssize_t)here, "unterminated character set");
            return -1;
        }
        size_t a = P->i;
        if (s[a] == ']' && items) {
            P->i++;
            break;
        }
        Esc e1;
        if (s[a] == '\\') {
            if (!parse_escape(P, true, &e1)) return -1;
        } else {
            e1.kind = E_LIT;
            e1.v = s[P->i++];
        }
        RegexClass *cl = &P->t->classes[ci];
        if (P->i < P->n && s[P->i] == '-') {
            P->i++;
            if (P->i >= P->n) {
                set_err(P, (ssize_t)here, "unterminated character set");
                return -1;
            }
            if (s[P->i] == ']') {
                P->i++;
                if (e1.kind == E_CAT) cl->cats |= (uint8_t)e1.v;
                else if (!class_add_range(P, cl, e1.v, e1.v)) return -1;
                if (!class_add_range(P, cl, '-', '-')) return -1;
                break;
            }
            size_t b = P->i;
            Esc e2;
            if (s[b] == '\\') {
                if (!parse_escape(P, true, &e2)) return -1;
            } else {
                e2.kind = E_LIT;
                e2.v = s[P->i++];
            }
            cl = &P->t->classes[ci];
            if (e1.kind != E_LIT || e2.kind != E_LIT || e2.v < e1.v) {
                /* sre names the range by its first tokens ("\\x" of
                 * "\\x4a") and counts the position back from here */
                size_t l1 = s[a] == '\\' ? 2 : 1, l2 = s[b] == '\\' ? 2 : 1;
                utf8_encode_range(s, a, a + l1, b1, sizeof b1);
                utf8_encode_range(s, b, b + l2, b2, sizeof b2);
                set_err(P, (ssize_t)(P->i - l1 - 1 - l2), "bad character range %s-%s", b1, b2);
                return -1;
            }
            if (!class_add_range(P, cl, e1.v, e2.v)) return -1;
        } else if (e1.kind == E_CAT) {
            cl->cats |= (uint8_t)e1.v;
        } else if (!class_add_range(P, cl, e1.v, e1.v)) {
            return -1;
        }
        items++;
    }
    RegexClass *cl = &P->t->classes[ci];
    cl->negate = negate;
    cl->icase = (flags & REGEX_IGNORECASE) != 0;
    cl->ascii = (flags & REGEX_UNICODE) == 0;
    int32_t nd = new_node(P, RN_CLASS);
    if (nd < 0) return -1;
    N(nd).a = (uint32_t)ci;
    N(nd).minw = N(nd).maxw = 1;
    return nd;
}

static int32_t parse_alt(Parser *P, int flags, bool top_first);

static uint32_t wadd(uint32_t a, uint32_t b)
{
    return a == REGEX_INF || b == REGEX_INF || (uint64_t)a + b >= REGEX_INF
               ? REGEX_INF : a + b;
}
static uint32_t wmul(uint32_t a, uint32_t b)
{
    if (a == 0 || b == 0) return 0;
    return a == REGEX_INF || b == REGEX_INF || (uint64_t)a * b >= REGEX_INF
               ? REGEX_INF : a * b;
}

/* Reads a group name ending at term from P->i; on success [*a, *b) is the
 * name and P->i is past term. what names the thing in messages. */
static bool read_name(Parser *P, uint32_t term, const char *what, size_t *a,
                      size_t *b)
{
    *a = P->i;
    while (P->i < P->n && P->s[P->i] != term) P->i += token_len(P);
    if (P->i >= P->n) {
        if (*a == P->i) set_err(P, (ssize_t)P->i, "missing %s", what);
        else set_err(P, (ssize_t)*a, "missing %c, unterminated name", (char)term);
        return false;
    }
    if (*a == P->i) {
        set_err(P, (ssize_t)P->i, "missing %s", what);
        return false;
    }
    *b = P->i++;
    return true;
}

static int find_name(Parser *P, size_t a, size_t b)
{
    RegexTree *t = P->t;
    for (int k = 0; k < t->nnames; k++)
        if (t->name_lens[k] == b - a &&
            memcmp(t->names[k], P->s + a, (b - a) * 4) == 0)
            return t->name_groups[k];
    return -1;
}

static bool bad_name(Parser *P, size_t a, size_t b)
{
    char r[160];
    regex_repr(P->s, a, b, r, sizeof r, P->bytes);
    set_err(P, (ssize_t)a, "bad character in group name %s", r);
    return false;
}

/* A group reference by name or number, s[a..b), for (?P=...) and (?(...)). */
static int name_ref(Parser *P, size_t a, size_t b, bool cond)
{
    char r[160];
    bool digits = true;
    for (size_t k = a; k < b; k++) digits &= is_digit(P->s[k]);
    if (cond && digits) {
        long g = 0;
        for (size_t k = a; k < b && g < MAXGROUPS; k++) g = g * 10 + (P->s[k] - '0');
        if (g == 0) {
            set_err(P, (ssize_t)a, "bad group number");
            return -1;
        }
        if (g > P->t->ngroups) {
            bool seen = false;
            for (int k = 0; k < P->nfwd; k++) seen |= P->fwd[k] == g;
            if (!seen) {
                int *f = realloc(P->fwd, (size_t)(P->nfwd + 1) * sizeof *f);
                if (f) P->fwd = f;
                ssize_t *fp = realloc(P->fwd_pos, (size_t)(P->nfwd + 1) * sizeof *fp);
                if (fp) P->fwd_pos = fp;
                if (!f || !fp) {
                    set_err(P, -1, "out of memory");
                    return -1;
                }
                P->fwd[P->nfwd] = (int)g;
                P->fwd_pos[P->nfwd++] = (ssize_t)a;
            }
        }
        return (int)g;
    }
    if (!is_ident(P, a, b)) {
        bad_name(P, a, b);
        return -1;
    }
    int g = find_name(P, a, b);
    if (g < 0) {
        regex_repr(P->s, a, b, r, sizeof r, P->bytes);
        set_err(P, (ssize_t)a, "unknown group name %s", r);
        return -1;
    }
    return g;
}

/* sre's check that a reference inside a look-behind names a group closed
 * before the look-behind began. */
static bool check_lb(Parser *P, int g, size_t pos)
{
    if (P->lb_groups < 0) return true;
    if (g > P->t->ngroups || P->open[g]) {
        set_err(P, (ssize_t)pos, "cannot refer to an open group");
        return false;
    }
    if (g >= P->lb_groups) {
        set_err(P, (ssize_t)pos, "cannot refer to group defined in the same lookbehind subpattern");
        return false;
    }
    return true;
}

/* Parses inline flags after "(?" with P->i at the first flag character.
 * Returns 1 for global flags "(?...)" (added to *add), 0 for scoped
 * "(?...:" and -1 on error. */
static int parse_flags(Parser *P, int *add, int *del)
{
    const uint32_t *s = P->s;
    *add = *del = 0;
    uint32_t c = s[P->i++];
    static const char fl[] = "aiLmsux";
    static const int fv[] = {REGEX_ASCII, REGEX_IGNORECASE, REGEX_LOCALE,
                             REGEX_MULTILINE, REGEX_DOTALL, REGEX_UNICODE,
                             REGEX_VERBOSE};
    const int typef = REGEX_ASCII | REGEX_LOCALE | REGEX_UNICODE;
#define FLAGV(ch) (fv[strchr(fl, (int)(ch)) - fl])
#define ISFLAG(ch) ((ch) < 128 && (ch) != 0 && strchr(fl, (int)(ch)))
    if (c != '-') {
        for (;;) {
            int f = FLAGV(c);
            if (!P->bytes && c == 'L') {
                set_err(P, (ssize_t)P->i, "bad inline flags: cannot use 'L' flag with a str pattern");
                return -1;
            }
            if (P->bytes && c == 'u') {
                set_err(P, (ssize_t)P->i, "bad inline flags: cannot use 'u' flag with a bytes pattern");
                return -1;
            }
            *add |= f;
            if ((f & typef) && (*add & typef) != f) {
                set_err(P, (ssize_t)P->i, "bad inline flags: flags 'a', 'u' and 'L' are incompatible");
                return -1;
            }
            if (P->i >= P->n) {
                set_err(P, (ssize_t)P->i, "missing -, : or )");
                return -1;
            }
            size_t tl = token_len(P);
            c = s[P->i];
            P->i += tl;
            if (c == ')' || c == '-' || c == ':') break;
            if (!ISFLAG(c)) {
                bool alpha = c < 128 ? is_alpha_ascii(c) : ucd_has(c, UCD_ALPHA);
                set_err(P, (ssize_t)(P->i - tl), alpha ? "unknown flag" : "missing -, : or )");
                return -1;
            }
        }
    }
    if (c == ')') return 1;
    if (c == '-') {
        if (P->i >= P->n) {
            set_err(P, (ssize_t)P->i, "missing flag");
            return -1;
        }
        size_t tl = token_len(P);
        c = s[P->i];
        P->i += tl;
        if (!ISFLAG(c)) {
            bool alpha = c < 128 ? is_alpha_ascii(c) : ucd_has(c, UCD_ALPHA);
            set_err(P, (ssize_t)(P->i - tl), alpha ? "unknown flag" : "missing flag");
            return -1;
        }
        for (;;) {
            int f = FLAGV(c);
            if (f & typef) {
                set_err(P, (ssize_t)P->i, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
                return -1;
            }
            *del |= f;
            if (P->i >= P->n) {
                set_err(P, (ssize_t)P->i, "missing :");
                return -1;
            }
            tl = token_len(P);
            c = s[P->i];
            P->i += tl;
            if (c == ':') break;
            if (!ISFLAG(c)) {
                bool alpha = c < 128 ? is_alpha_ascii(c) : ucd_has(c, UCD_ALPHA);
                set_err(P, (ssize_t)(P->i - tl), alpha ? "unknown flag" : "missing :");
                return -1;
            }
        }
    }
    if (*add & *del) {
        set_err(P, (ssize_t)P->i - 1, "bad inline flags: flag turned on and off");
        return -1;
    }
    return 0;
#undef FLAGV
#undef ISFLAG
}

static int combine_flags(int flags, int add, int del)
{
    const int typef = REGEX_ASCII | REGEX_LOCALE | REGEX_UNICODE;
    if (add & typef) flags &= ~typef;
    return (flags | add) & ~del;
}

/* Wraps a body node as a group/look/atomic with its widths. */
static int32_t wrap(Parser *P, int kind, int32_t body)
{
    int32_t nd = new_node(P, kind);
    if (nd < 0) return -1;
    N(nd).child = body;
    N(nd).minw = N(body).minw;
    N(nd).maxw = N(body).maxw;
    return nd;
}

/* Parses "(..." with P->i at '('. Returns the node, or -2 for a construct
 * that adds nothing (comment, global flags), -1 on error. */
static int32_t parse_paren(Parser *P, int *flags, bool at_start)
{
    const uint32_t *s = P->s;
    size_t start = P->i++;
    int group = 0;           /* capturing group number, 0 for none */
    int kind = RN_GROUP;     /* or RN_LOOK, RN_ATOMIC, RN_COND */
    int look = 0;
    int sub_flags = *flags;
    int cond_group = 0;
    size_t na = 0, nb = 0;
    if (P->i < P->n && s[P->i] == '?') {
        P->i++;
        if (P->i >= P->n) {
            set_err(P, (ssize_t)P->i, "unexpected end of pattern");
            return -1;
        }
        uint32_t c = s[P->i++];
        if (c == 'P') {
            if (P->i >= P->n) {
                set_err(P, (ssize_t)P->i, "unexpected end of pattern");
                return -1;
            }
            uint32_t d = s[P->i];
            size_t tl = token_len(P);
            P->i += tl;
            if (d == '<') {
                if (!read_name(P, '>', "group name", &na, &nb)) return -1;
                if (!is_ident(P, na, nb)) {
                    bad_name(P, na, nb);
                    return -1;
                }
                group = -1; /* numbered below */
            } else if (d == '=') {
                size_t a, b;
                if (!read_name(P, ')', "group name", &a, &b)) return -1;
                int g = name_ref(P, a, b, false);
                if (g < 0) return -1;
                if (P->open[g]) {
                    set_err(P, (ssize_t)a, "cannot refer to an open group");
                    return -1;
                }
                if (!check_lb(P, g, P->i)) return -1;
                int32_t nd = new_node(P, RN_BACKREF);
                if (nd < 0) return -1;
                N(nd).a = (uint32_t)g;
                N(nd).icase = (*flags & REGEX_IGNORECASE) != 0;
                N(nd).ascii = (*flags & REGEX_UNICODE) == 0;
                N(nd).minw = P->gmin[g];
                N(nd).maxw = P->gmax[g];
                return nd;
            } else {
                char buf[16];
                utf8_encode_range(s, P->i - tl, P->i, buf, sizeof buf);
                set_err(P, (ssize_t)(P->i - tl) - 2, "unknown extension ?P%s", buf);
                return -1;
            }
        } else if (c == ':') {
            kind = RN_GROUP;
        } else if (c == '#') {
            while (P->i < P->n && s[P->i] != ')') P->i += token_len(P);
            if (P->i >= P->n) {
                set_err(P, (ssize_t)start, "missing ), unterminated comment");
                return -1;
            }
            P->i++;
            return -2;
        } else if (c == '=' || c == '!') {
            kind = RN_LOOK;
            look = c == '!' ? 2 : 0;
        } else if (c == '<') {
            if (P->i >= P->n) {
                set_err(P, (ssize_t)P->i, "unexpected end of pattern");
                return -1;
            }
            uint32_t d = s[P->i];
            size_t tl = token_len(P);
            P->i += tl;
            if (d != '=' && d != '!') {
                char buf[16];
                utf8_encode_range(s, P->i - tl, P->i, buf, sizeof buf);
                set_err(P, (ssize_t)(P->i - tl) - 2, "unknown extension ?<%s", buf);
                return -1;
            }
            kind = RN_LOOK;
            look = 1 | (d == '!' ? 2 : 0);
        } else if (c == '>') {
            kind = RN_ATOMIC;
        } else if (c == '(') {
            size_t a, b;
            if (!read_name(P, ')', "group name", &a, &b)) return -1;
            cond_group = name_ref(P, a, b, true);
            if (cond_group < 0) return -1;
            if (!check_lb(P, cond_group, P->i)) return -1;
            if (!ensure_groups(P, cond_group)) return -1;
            kind = RN_COND;
        } else if (c < 128 && (strchr("aiLmsux", (int)c) || c == '-') && c) {
            P->i--;
            int add, del;
            int r = parse_flags(P, &add, &del);
            if (r < 0) return -1;
            if (r == 1) {
                if (!at_start) {
                    set_err(P, (ssize_t)start, "global flags not at the start of the expression");
                    return -1;
                }
                *flags = combine_flags(*flags, add, 0);
                P->t->flags = combine_flags(P->t->flags, add, 0);
                return -2;
            }
            sub_flags = combine_flags(*flags, add, del);
        } else {
            char buf[16];
            size_t tl = c == '\\' && P->i < P->n ? 2 : 1;
            P->i += tl - 1;
            utf8_encode_range(s, P->i - tl, P->i, buf, sizeof buf);
            set_err(P, (ssize_t)(P->i - tl) - 1, "unknown extension ?%s", buf);
            return -1;
        }
    } else {
        group = -1;
    }
    if (group == -1) {
        group = ++P->t->ngroups;
        if (!ensure_groups(P, group)) return -1;
        P->open[group] = 1;
        if (nb > na) {
            int old = find_name(P, na, nb);
            if (old >= 0) {
                char r[160];
                regex_repr(s, na, nb, r, sizeof r, P->bytes);
                set_err(P, (ssize_t)na, "redefinition of group name %s as group %d; was group %d",
                        r, group, old);
                return -1;
            }
            RegexTree *t = P->t;
            int k = t->nnames;
            uint32_t **nm = realloc(t->names, (size_t)(k + 1) * sizeof *nm);
            if (nm) t->names = nm;
            size_t *nl = realloc(t->name_lens, (size_t)(k + 1) * sizeof *nl);
            if (nl) t->name_lens = nl;
            int *ng = realloc(t->name_groups, (size_t)(k + 1) * sizeof *ng);
            if (ng) t->name_groups = ng;
            uint32_t *copy = malloc((nb - na) * 4);
            if (!nm || !nl || !ng || !copy) {
                free(copy);
                set_err(P, -1, "out of memory");
                return -1;
            }
            memcpy(copy, s + na, (nb - na) * 4);
            t->names[k] = copy;
            t->name_lens[k] = nb - na;
            t->name_groups[k] = group;
            t->nnames++;
        }
    }
    int32_t body;
    if (kind == RN_COND) {
        /* (?(g)yes|no): each branch is a plain sequence. */
        int32_t yes = parse_alt(P, sub_flags, false);
        if (yes < 0) return -1;
        int32_t no = -1;
        if (N(yes).kind == RN_ALT) {
            /* parse_alt gathered the branches; split them here */
            int32_t first = N(yes).child;
            int32_t second = N(first).next;
            if (second >= 0 && N(second).next >= 0) {
                set_err(P, (ssize_t)N(N(second).next).b, "conditional backref with more than two branches");
                return -1;
            }
            yes = first;
            no = second;
            N(yes).next = -1;
        }
        if (P->i >= P->n || s[P->i] != ')') {
            set_err(P, (ssize_t)start, "missing ), unterminated subpattern");
            return -1;
        }
        P->i++;
        if (no < 0) {
            no = new_node(P, RN_EMPTY);
            if (no < 0) return -1;
        }
        int32_t nd = new_node(P, RN_COND);
        if (nd < 0) return -1;
        N(nd).a = (uint32_t)cond_group;
        N(nd).child = yes;
        N(yes).next = no;
        N(nd).minw = N(yes).minw < N(no).minw ? N(yes).minw : N(no).minw;
        N(nd).maxw = N(yes).maxw > N(no).maxw ? N(yes).maxw : N(no).maxw;
        return nd;
    }
    int saved_lb = P->lb_groups;
    if (kind == RN_LOOK && (look & 1) && saved_lb < 0) P->lb_groups = P->t->ngroups + 1;
    body = parse_alt(P, sub_flags, false);
    P->lb_groups = saved_lb;
    if (body < 0) return -1;
    if (P->i >= P->n || s[P->i] != ')') {
        set_err(P, (ssize_t)start, "missing ), unterminated subpattern");
        return -1;
    }
    P->i++;
    if (kind == RN_LOOK) {
        /* sre finds this when compiling, after every syntax error */
        if ((look & 1) && (N(body).minw != N(body).maxw || N(body).maxw == REGEX_INF))
            P->lb_bad = true;
        int32_t nd = wrap(P, RN_LOOK, body);
        if (nd < 0) return -1;
        N(nd).sub = (uint8_t)look;
        N(nd).a = N(body).minw;
        N(nd).minw = N(nd).maxw = 0;
        return nd;
    }
    if (kind == RN_ATOMIC) return wrap(P, RN_ATOMIC, body);
    if (group > 0) {
        P->open[group] = 0;
        P->gmin[group] = N(body).minw;
        P->gmax[group] = N(body).maxw;
        int32_t nd = wrap(P, RN_GROUP, body);
        if (nd < 0) return -1;
        N(nd).a = (uint32_t)group;
        return nd;
    }
    return body;
}

/* Parses {m,n} with P->i at '{'. Returns 1 with the bounds set, 0 if this
 * '{' is a literal (P->i unchanged), -1 on error. */
static int parse_braces(Parser *P, uint32_t *min, uint32_t *max)
{
    const uint32_t *s = P->s;
    size_t at = P->i;
    size_t i = at + 1;
    if (i < P->n && s[i] == '}') return 0;
    size_t a = i;
    uint64_t lo = 0, hi = 0;
    while (i < P->n && is_digit(s[i])) {
        if (lo < (1ull << 40)) lo = lo * 10 + (s[i] - '0');
        i++;
    }
    size_t lo_end = i;
    bool comma = false;
    size_t b = i;
    if (i < P->n && s[i] == ',') {
        comma = true;
        b = ++i;
        while (i < P->n && is_digit(s[i])) {
            if (hi < (1ull << 40)) hi = hi * 10 + (s[i] - '0');
            i++;
        }
    }
    if (i >= P->n || s[i] != '}') return 0;
    bool has_lo = lo_end > a, has_hi = comma && i > b;
    if (!comma) hi = lo, has_hi = has_lo;
    if (!has_lo && !comma) return 0;
    *min = 0;
    *max = REGEX_INF;
    if (has_lo) {
        if (lo >= MAXREPEAT) {
            set_err(P, -1, "the repetition number is too large");
            return -1;
        }
        *min = (uint32_t)lo;
    }
    if (has_hi) {
        if (hi >= MAXREPEAT) {
            set_err(P, -1, "the repetition number is too large");
            return -1;
        }
        *max = (uint32_t)hi;
        if (*max < *min) {
            set_err(P, (ssize_t)at + 1, "min repeat greater than max repeat");
            return -1;
        }
    }
    P->i = i + 1;
    return 1;
}

static void skip_verbose(Parser *P, int flags)
{
    if (!(flags & REGEX_VERBOSE)) return;
    while (P->i < P->n) {
        uint32_t c = P->s[P->i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            P->i++;
        } else if (c == '#') {
            while (P->i < P->n && P->s[P->i] != '\n') P->i++;
        } else {
            break;
        }
    }
}

/* A sequence up to '|' or ')' or the end: an RN_CAT (or single item). */
static int32_t parse_seq(Parser *P, int *flags, bool top_first)
{
    const uint32_t *s = P->s;
    int32_t cat = new_node(P, RN_CAT);
    if (cat < 0) return -1;
    int32_t last = -1;          /* last item in the sequence */
    bool last_is_rep = false;   /* it came from a quantifier */
    bool last_is_at = false;
    uint32_t minw = 0, maxw = 0;
    for (;;) {
        skip_verbose(P, *flags);
        if (P->i >= P->n) break;
        uint32_t c = s[P->i];
        if (c == '|' || c == ')') break;
        int32_t item = -1;
        if (c == '*' || c == '+' || c == '?' || c == '{') {
            size_t here = P->i;
            uint32_t min, max;
            if (c == '{') {
                int r = parse_braces(P, &min, &max);
                if (r < 0) return -1;
                if (r == 0) goto literal;
            } else {
                P->i++;
                min = c == '+' ? 1 : 0;
                max = c == '?' ? 1 : REGEX_INF;
            }
            if (last < 0 || last_is_at) {
                set_err(P, (ssize_t)here, "nothing to repeat");
                return -1;
            }
            if (last_is_rep) {
                set_err(P, (ssize_t)here, "multiple repeat");
                return -1;
            }
            int kind = RREP_GREEDY;
            if (P->i < P->n && s[P->i] == '?') {
                P->i++;
                kind = RREP_LAZY;
            } else if (P->i < P->n && s[P->i] == '+') {
                P->i++;
                kind = RREP_POSSESSIVE;
            }
            int32_t rep = new_node(P, RN_REPEAT);
            if (rep < 0) return -1;
            /* replace `last` in the list by rep wrapping it */
            RegexNode *L = &N(last);
            minw -= L->minw;
            maxw = maxw == REGEX_INF ? REGEX_INF : maxw - L->maxw;
            N(rep) = (RegexNode){.kind = RN_REPEAT, .sub = (uint8_t)kind,
                                 .a = min, .b = max, .child = last, .next = -1,
                                 .minw = wmul(N(last).minw, min),
                                 .maxw = wmul(N(last).maxw, max)};
            /* relink: find last's predecessor */
            int32_t *link = &N(cat).child;
            while (*link != last) link = &N(*link).next;
            *link = rep;
            N(last).next = -1;
            last = rep;
            minw = wadd(minw, N(rep).minw);
            maxw = wadd(maxw, N(rep).maxw);
            last_is_rep = true;
            last_is_at = false;
            continue;
        }
        last_is_rep = false;
        last_is_at = false;
        if (c == '(') {
            item = parse_paren(P, flags, top_first && last < 0);
            if (item == -2) continue;
            if (item < 0) return -1;
        } else if (c == '[') {
            item = parse_class(P, *flags);
            if (item < 0) return -1;
        } else if (c == '.') {
            P->i++;
            item = new_node(P, RN_ANY);
            if (item < 0) return -1;
            N(item).sub = (*flags & REGEX_DOTALL) != 0;
            N(item).minw = N(item).maxw = 1;
        } else if (c == '^' || c == '$') {
            P->i++;
            item = new_node(P, RN_AT);
            if (item < 0) return -1;
            bool ml = (*flags & REGEX_MULTILINE) != 0;
            N(item).sub = c == '^' ? (ml ? RAT_BEGIN_LINE : RAT_BEGIN)
                                   : (ml ? RAT_END_LINE : RAT_END);
            last_is_at = true;
        } else if (c == '\\') {
            Esc e;
            if (!parse_escape(P, false, &e)) return -1;
            if (e.kind == E_LIT) {
                c = e.v;
                goto have_char;
            }
            if (e.kind == E_AT) {
                item = new_node(P, RN_AT);
                if (item < 0) return -1;
                N(item).sub = (uint8_t)e.v;
                N(item).ascii = (*flags & REGEX_UNICODE) == 0;
                last_is_at = true;
            } else if (e.kind == E_REF) {
                item = new_node(P, RN_BACKREF);
                if (item < 0) return -1;
                N(item).a = e.v;
                N(item).icase = (*flags & REGEX_IGNORECASE) != 0;
                N(item).ascii = (*flags & REGEX_UNICODE) == 0;
                N(item).minw = P->gmin[e.v];
                N(item).maxw = P->gmax[e.v];
            } else {
                int ci = add_class(P);
                if (ci < 0) return -1;
                RegexClass *cl = &P->t->classes[ci];
                cl->cats = (uint8_t)e.v;
                cl->ascii = (*flags & REGEX_UNICODE) == 0;
                item = new_node(P, RN_CLASS);
                if (item < 0) return -1;
                N(item).a = (uint32_t)ci;
                N(item).minw = N(item).maxw = 1;
            }
        } else {
        literal:
            last_is_rep = false;
            last_is_at = false;
            c = s[P->i++];
        have_char:
            item = new_node(P, RN_CHAR);
            if (item < 0) return -1;
            N(item).a = c;
            N(item).icase = (*flags & REGEX_IGNORECASE) != 0;
            N(item).ascii = (*flags & REGEX_UNICODE) == 0;
            N(item).minw = N(item).maxw = 1;
        }
        if (last < 0) N(cat).child = item;
        else N(last).next = item;
        last = item;
        minw = wadd(minw, N(item).minw);
        maxw = wadd(maxw, N(item).maxw);
    }
    N(cat).minw = minw;
    N(cat).maxw = maxw;
    return cat;
}

/* Alternatives up to ')' or the end. An RN_ALT's branches record the
 * position of the '|' before them in .b (for the conditional's error). */
static int32_t parse_alt(Parser *P, int flags, bool top_first)
{
    if (++P->depth > 2000) {
        set_err(P, -1, "too many nested groups");
        return -1;
    }
    int f = flags;
    int32_t first = parse_seq(P, &f, top_first);
    if (first < 0) return -1;
    if (top_first) flags = f; /* global flags apply to every branch */
    if (P->i >= P->n || P->s[P->i] != '|') {
        P->depth--;
        return first;
    }
    int32_t alt = new_node(P, RN_ALT);
    if (alt < 0) return -1;
    N(alt).child = first;
    int32_t last = first;
    uint32_t minw = N(first).minw, maxw = N(first).maxw;
    while (P->i < P->n && P->s[P->i] == '|') {
        size_t bar = P->i++;
        f = flags;
        int32_t b = parse_seq(P, &f, false);
        if (b < 0) return -1;
        N(b).b = (uint32_t)bar;
        N(last).next = b;
        last = b;
        if (N(b).minw < minw) minw = N(b).minw;
        if (N(b).maxw > maxw) maxw = N(b).maxw;
    }
    N(alt).minw = minw;
    N(alt).maxw = maxw;
    P->depth--;
    return alt;
}

bool regex_parse(const uint32_t *pat, size_t n, int flags, bool bytes,
                 RegexTree *t, RegexError *err)
{
    memset(t, 0, sizeof *t);
    Parser P = {.s = pat, .n = n, .bytes = bytes, .t = t, .err = err,
                .lb_groups = -1, .bs_end = -1};
    for (size_t k = 0; k < n; k++)
        if (pat[k] == '\\' && ++k == n) P.bs_end = (ssize_t)n - 1;
    if (!bytes && !(flags & (REGEX_ASCII | REGEX_LOCALE))) flags |= REGEX_UNICODE;
    t->flags = flags;
    bool ok = ensure_groups(&P, 1);
    if (ok) {
        int f = flags;
        t->root = parse_alt(&P, f, true);
        ok = t->root >= 0;
        if (ok && P.i < n) {
            set_err(&P, (ssize_t)P.i, "unbalanced parenthesis");
            ok = false;
        }
    }
    for (int k = 0; ok && k < P.nfwd; k++)
        if (P.fwd[k] > t->ngroups) {
            set_err(&P, P.fwd_pos[k], "invalid group reference %d", P.fwd[k]);
            ok = false;
        }
    if (ok && P.bs_end >= 0) { /* even inside a verbose comment */
        set_err(&P, P.bs_end, "bad escape (end of pattern)");
        ok = false;
    }
    if (ok && P.lb_bad) {
        set_err(&P, -1, "look-behind requires fixed-width pattern");
        ok = false;
    }
    if (ok && !bytes && (t->flags & REGEX_ASCII)) t->flags &= ~REGEX_UNICODE;
    free(P.fwd);
    free(P.fwd_pos);
    free(P.open);
    free(P.gmin);
    free(P.gmax);
    if (!ok) regex_tree_free(t);
    return ok;
}

void regex_tree_free(RegexTree *t)
{
    for (int i = 0; i < t->nclasses; i++) free(t->classes[i].ranges);
    free(t->classes);
    for (int i = 0; i < t->nnames; i++) free(t->names[i]);
    free(t->names);
    free(t->name_lens);
    free(t->name_groups);
    free(t->nodes);
    memset(t, 0, sizeof *t);
}
