/* strops-check: runs the str method algorithms (src/runtime/strops*.c) on
 * test lines from stdin and prints "ok RESULT" or "error Kind: message". */
#include "numfmt.h"
#include "strops.h"

#include <gmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Line format: METHOD ARG...; a string argument is comma-separated hex
 * code points ("61*40" repeats one 40 times), "_" for '' and "N" for None; ints are decimal (clamped to
 * int64 as CPython clamps slice indices). Results: strings as hex code
 * points ('' as "_"), lists as [a b c], bools as True/False, ints decimal. */

typedef struct {
    uint32_t *s;
    size_t n;
    bool none;
} Str;

static Str parse_str(const char *t)
{
    Str r = {NULL, 0, false};
    if (strcmp(t, "N") == 0) {
        r.none = true;
        return r;
    }
    r.s = malloc(strlen(t) * sizeof(uint32_t) + sizeof(uint32_t));
    if (strcmp(t, "_") == 0)
        return r;
    /* "hex*count" repeats a code point (long texts stay short lines) */
    size_t cap = strlen(t) + 1;
    const char *p = t;
    while (*p) {
        char *e;
        uint32_t c = (uint32_t)strtoul(p, &e, 16);
        size_t rep = 1;
        if (*e == '*')
            rep = strtoul(e + 1, &e, 10);
        if (r.n + rep > cap) {
            cap = (r.n + rep) * 2;
            r.s = realloc(r.s, cap * sizeof(uint32_t));
        }
        for (size_t k = 0; k < rep; k++)
            r.s[r.n++] = c;
        if (*e != ',')
            break;
        p = e + 1;
    }
    return r;
}

static int64_t parse_int(const char *t)
{
    if (strcmp(t, "N") == 0)
        return STROPS_NONE;
    /* strtoll saturates, which is the clamping slices need (INT64_MIN is
     * None's) */
    long long v = strtoll(t, NULL, 10);
    return v == INT64_MIN ? -INT64_MAX : v;
}

static void put_str(const uint32_t *s, size_t n)
{
    if (n == 0) {
        fputs("_", stdout);
        return;
    }
    for (size_t i = 0; i < n; i++)
        printf(i ? ",%x" : "%x", s[i]);
}

static void put_error(StropsError *err)
{
    printf("error %s: %s\n", strops_error_name(err->kind), err->msg ? err->msg : "");
    strops_error_clear(err);
}

static void put_text(bool ok, StropsText *t, StropsError *err)
{
    if (!ok) {
        put_error(err);
        return;
    }
    fputs("ok ", stdout);
    put_str(t->s, t->n);
    putchar('\n');
    free(t->s);
}

static void put_spans(const uint32_t *s, const StropsSpan *sp, size_t k)
{
    fputs("ok [", stdout);
    for (size_t i = 0; i < k; i++) {
        if (i)
            putchar(' ');
        put_str(s + sp[i].start, sp[i].end - sp[i].start);
    }
    puts("]");
}

static void put_list(bool ok, const uint32_t *s, StropsSpans *l, StropsError *err)
{
    if (!ok) {
        put_error(err);
        return;
    }
    put_spans(s, l->items, l->n);
    free(l->items);
}

/* ---- str.format evaluation against the generator's recording objects:
 * positional args R0 R1 R2, keywords a and b. Each has a path; '.x' and
 * '[k]' extend it ("[i3]" for an int key, "[sk]" for a str key); format()
 * gives "<path|spec>", str() "S<path>", repr() and ascii() "R<path>". */

typedef struct {
    uint32_t *s;
    size_t n, cap;
} Buf;

static void bput(Buf *b, uint32_t c)
{
    if (b->n == b->cap) {
        b->cap = b->cap ? b->cap * 2 : 64;
        b->s = realloc(b->s, b->cap * sizeof(uint32_t));
    }
    b->s[b->n++] = c;
}

static void bputs(Buf *b, const char *t)
{
    while (*t)
        bput(b, (unsigned char)*t++);
}

static void bputn(Buf *b, const uint32_t *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        bput(b, s[i]);
}

static char *to_utf8(const uint32_t *s, size_t n, size_t *len)
{
    char *o = malloc(n * 4 + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = s[i];
        if (c < 0x80) {
            o[k++] = (char)c;
        } else if (c < 0x800) {
            o[k++] = (char)(0xC0 | c >> 6);
            o[k++] = (char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            o[k++] = (char)(0xE0 | c >> 12);
            o[k++] = (char)(0x80 | (c >> 6 & 0x3F));
            o[k++] = (char)(0x80 | (c & 0x3F));
        } else {
            o[k++] = (char)(0xF0 | c >> 18);
            o[k++] = (char)(0x80 | (c >> 12 & 0x3F));
            o[k++] = (char)(0x80 | (c >> 6 & 0x3F));
            o[k++] = (char)(0x80 | (c & 0x3F));
        }
    }
    o[k] = 0;
    *len = k;
    return o;
}

static void bput_utf8(Buf *b, const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        uint32_t c = p[i];
        int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
        if (extra)
            c &= 0x3F >> extra;
        for (int k = 1; k <= extra; k++)
            c = c << 6 | (p[i + k] & 0x3F);
        bput(b, c);
        i += (size_t)extra + 1;
    }
}

/* Fails with the error printed into *msg (kind name included). */
static bool eval_format(const uint32_t *s, size_t n, int depth,
                        StropsAutoNumber *an, Buf *out, char **msg)
{
    StropsError err = STROPS_ERROR_INIT;
    StropsFmtIter it;
    StropsFmtItem item;
    if (!strops_fmt_begin(&it, s, n, depth, &err))
        goto fail;
    int r;
    while ((r = strops_fmt_next(&it, &item, &err)) == 1) {
        bputn(out, s + item.literal.start, item.literal.end - item.literal.start);
        if (!item.has_field)
            continue;
        StropsFieldName f;
        if (!strops_field_begin(s, item.name, &f, &err))
            goto fail;
        Buf path = {0};
        bool empty = f.first.start == f.first.end;
        int64_t idx = f.arg_index;
        if (empty || idx >= 0) {
            if (!strops_autonumber(an, empty, &idx, &err)) {
                free(path.s);
                goto fail;
            }
            if (idx > 2) {
                free(path.s);
                if (asprintf(msg, "IndexError: Replacement index %lld out of range "
                             "for positional args tuple", (long long)idx) < 0)
                    *msg = NULL;
                return false;
            }
            bput(&path, '0' + (uint32_t)idx);
        } else {
            size_t kl = f.first.end - f.first.start;
            const uint32_t *k = s + f.first.start;
            if (kl != 1 || (k[0] != 'a' && k[0] != 'b')) {
                size_t ul;
                char *u = to_utf8(k, kl, &ul);
                if (asprintf(msg, "KeyError: '%s'", u) < 0)
                    *msg = NULL;
                free(u);
                free(path.s);
                return false;
            }
            bput(&path, k[0]);
        }
        bool is_attr;
        StropsSpan key;
        int64_t kidx;
        int fr;
        while ((fr = strops_field_next(&f, &is_attr, &key, &kidx, &err)) == 1) {
            if (is_attr) {
                bput(&path, '.');
                bputn(&path, s + key.start, key.end - key.start);
            } else if (kidx >= 0) {
                char num[32];
                snprintf(num, sizeof num, "[i%lld]", (long long)kidx);
                bputs(&path, num);
            } else {
                bputs(&path, "[s");
                bputn(&path, s + key.start, key.end - key.start);
                bput(&path, ']');
            }
        }
        if (fr < 0) {
            free(path.s);
            goto fail;
        }
        Buf conv = {0};
        if (item.conversion) {
            if (!strops_fmt_check_conversion(item.conversion, &err)) {
                free(path.s);
                goto fail;
            }
            bput(&conv, item.conversion == 's' ? 'S' : 'R');
            bputn(&conv, path.s, path.n);
        }
        Buf spec = {0};
        if (item.spec_has_fields) {
            if (!eval_format(s + item.spec.start, item.spec.end - item.spec.start,
                             depth - 1, an, &spec, msg)) {
                free(path.s);
                free(conv.s);
                free(spec.s);
                return false;
            }
        } else {
            bputn(&spec, s + item.spec.start, item.spec.end - item.spec.start);
        }
        if (item.conversion) {
            /* a str now: str.__format__ */
            size_t cl, sl, ol;
            char *cu = to_utf8(conv.s, conv.n, &cl);
            char *su = to_utf8(spec.s, spec.n, &sl);
            NumfmtError nerr = NUMFMT_ERROR_INIT;
            char *o = numfmt_format_str(cu, cl, su, sl, &ol, &nerr);
            free(cu);
            free(su);
            if (!o) {
                if (asprintf(msg, "%s: %s", numfmt_error_name(nerr.kind),
                             nerr.msg ? nerr.msg : "") < 0)
                    *msg = NULL;
                numfmt_error_clear(&nerr);
                free(path.s);
                free(conv.s);
                free(spec.s);
                return false;
            }
            bput_utf8(out, o, ol);
            free(o);
        } else {
            bput(out, '<');
            bputn(out, path.s, path.n);
            bput(out, '|');
            bputn(out, spec.s, spec.n);
            bput(out, '>');
        }
        free(path.s);
        free(conv.s);
        free(spec.s);
    }
    if (r == 0)
        return true;
fail:
    if (asprintf(msg, "%s: %s", strops_error_name(err.kind), err.msg ? err.msg : "") < 0)
        *msg = NULL;
    strops_error_clear(&err);
    return false;
}

/* ---- '%' evaluation: a tuple of nargs 7s, or a mapping whose every key
 * maps to 7 (the generator's objects). */
typedef struct {
    int64_t left;
} PArgs;

static bool take_arg(void *ctx, int64_t *v, StropsError *err)
{
    PArgs *a = ctx;
    if (a->left <= 0) {
        /* TypeError is not a strops kind: the kind travels in the text */
        err->kind = STROPS_TYPE_ERROR;
        err->msg = strdup("not enough arguments for format string");
        return false;
    }
    a->left--;
    *v = 7;
    return true;
}

static void eval_percent(const uint32_t *s, size_t n, bool mapping, int64_t nargs)
{
    StropsError err = STROPS_ERROR_INIT;
    StropsPercentIter it;
    StropsPercentItem item;
    PArgs args = {mapping ? 0 : nargs};
    strops_percent_begin(&it, s, n, mapping);
    it.star = take_arg;
    it.ctx = &args;
    Buf out = {0};
    int r;
    while ((r = strops_percent_next(&it, &item, &err)) == 1) {
        bputn(&out, s + item.literal.start, item.literal.end - item.literal.start);
        if (!item.has_conv)
            continue;
        if (item.escape) {
            bput(&out, '%');
            continue;
        }
        int64_t v;
        if (!item.has_key && !take_arg(&args, &v, &err))
            break;
        if (!strops_percent_check_conv(&item, &err))
            break;
        NumfmtPercent f = {item.ljust, item.sign, item.blank, item.alt, item.zero,
                           item.width, item.precision};
        if (f.width < -1) { /* never: '*' values are 7 here */
            f.ljust = true;
            f.width = -f.width;
        }
        char *o = NULL;
        size_t ol = 0;
        NumfmtError nerr = NUMFMT_ERROR_INIT;
        char conv = (char)item.conv;
        if (strchr("sra", conv)) {
            o = numfmt_percent_text("7", 1, conv, &f, &ol);
        } else if (strchr("eEfFgG", conv)) {
            o = numfmt_percent_float(7.0, conv, &f, &nerr);
            if (o)
                ol = strlen(o);
        } else {
            mpz_t z;
            mpz_init_set_si(z, 7);
            o = numfmt_percent_int(z, conv, &f, 0, &ol, &nerr);
            mpz_clear(z);
        }
        if (!o) {
            printf("error %s: %s\n", numfmt_error_name(nerr.kind), nerr.msg ? nerr.msg : "");
            numfmt_error_clear(&nerr);
            free(out.s);
            return;
        }
        bput_utf8(&out, o, ol);
        free(o);
    }
    if (r == 0 && args.left > 0) {
        err.kind = STROPS_TYPE_ERROR;
        err.msg = strdup("not all arguments converted during string formatting");
        r = -1;
    }
    if (r == 0) {
        fputs("ok ", stdout);
        put_str(out.s, out.n);
        putchar('\n');
    } else {
        put_error(&err);
    }
    free(out.s);
}

/* The raw search must agree across element widths: where s and sub fit in
 * 1 or 2 bytes, run the narrow instantiations on the same slice and
 * compare with the 4-byte one. */
static bool widths_agree(const uint32_t *s, size_t n, const uint32_t *sub,
                         size_t m, int64_t start, int64_t end)
{
    int64_t a, b;
    strops_adjust(start, end, n, &a, &b);
    if (b - a < (int64_t)m)
        return true;
    uint32_t max = 0;
    for (size_t i = 0; i < n; i++)
        max = s[i] > max ? s[i] : max;
    for (size_t i = 0; i < m; i++)
        max = sub[i] > max ? sub[i] : max;
    size_t len = (size_t)(b - a);
    bool ok = true;
    for (int rev = 0; rev < 2; rev++) {
        int64_t want = strops_search_u32(s + a, len, sub, m, rev);
        if (max < 0x100) {
            uint8_t *x = malloc(len + 1), *y = malloc(m + 1);
            for (size_t i = 0; i < len; i++)
                x[i] = (uint8_t)s[a + (int64_t)i];
            for (size_t i = 0; i < m; i++)
                y[i] = (uint8_t)sub[i];
            ok &= strops_search_u8(x, len, y, m, rev) == want;
            free(x);
            free(y);
        }
        if (max < 0x10000) {
            uint16_t *x = malloc(2 * len + 2), *y = malloc(2 * m + 2);
            for (size_t i = 0; i < len; i++)
                x[i] = (uint16_t)s[a + (int64_t)i];
            for (size_t i = 0; i < m; i++)
                y[i] = (uint16_t)sub[i];
            ok &= strops_search_u16(x, len, y, m, rev) == want;
            free(x);
            free(y);
        }
    }
    return ok;
}

/* The narrower instances (_u16, _u8) must give the u32 answers: where
 * the arguments fit, run them too and compare. */
#define NARROW_CHECK(SFX, T, TEXT)                                             \
    static bool narrow_ok##SFX(const char *m, const Str *s, const Str *t,     \
                               const Str *u, int64_t i1, int64_t i2)          \
    {                                                                          \
        T *x = malloc((s->n + 1) * sizeof(T));                                \
        T *y = malloc((t->n + 1) * sizeof(T));                                \
        T *z = malloc((u->n + 1) * sizeof(T));                                \
        for (size_t i = 0; i < s->n; i++) x[i] = (T)s->s[i];                  \
        for (size_t i = 0; i < t->n; i++) y[i] = (T)t->s[i];                  \
        for (size_t i = 0; i < u->n; i++) z[i] = (T)u->s[i];                  \
        bool ok = true;                                                        \
        StropsError e1 = STROPS_ERROR_INIT, e2 = STROPS_ERROR_INIT;            \
        if (!strcmp(m, "find")) {                                              \
            ok = strops_find##SFX(x, s->n, y, t->n, i1, i2) ==                 \
                 strops_find(s->s, s->n, t->s, t->n, i1, i2);                  \
        } else if (!strcmp(m, "rfind")) {                                      \
            ok = strops_rfind##SFX(x, s->n, y, t->n, i1, i2) ==                \
                 strops_rfind(s->s, s->n, t->s, t->n, i1, i2);                 \
        } else if (!strcmp(m, "count")) {                                      \
            ok = strops_count##SFX(x, s->n, y, t->n, i1, i2) ==                \
                 strops_count(s->s, s->n, t->s, t->n, i1, i2);                 \
        } else if (!strcmp(m, "startswith")) {                                 \
            ok = strops_startswith##SFX(x, s->n, y, t->n, i1, i2) ==           \
                 strops_startswith(s->s, s->n, t->s, t->n, i1, i2);            \
        } else if (!strcmp(m, "endswith")) {                                   \
            ok = strops_endswith##SFX(x, s->n, y, t->n, i1, i2) ==             \
                 strops_endswith(s->s, s->n, t->s, t->n, i1, i2);              \
        } else if (!strcmp(m, "replace")) {                                    \
            TEXT a;                                                            \
            StropsText b;                                                      \
            bool r1 = strops_replace##SFX(x, s->n, y, t->n, z, u->n, i1, &a, &e1); \
            bool r2 = strops_replace(s->s, s->n, t->s, t->n, u->s, u->n, i1, &b, &e2); \
            ok = r1 == r2;                                                     \
            if (r1 && r2) {                                                    \
                ok = a.n == b.n;                                               \
                for (size_t i = 0; ok && i < a.n; i++)                         \
                    ok = a.s[i] == b.s[i];                                     \
            }                                                                  \
            if (r1) free(a.s);                                                 \
            if (r2) free(b.s);                                                 \
        } else if (!strcmp(m, "split") || !strcmp(m, "rsplit") ||             \
                   !strcmp(m, "splitlines")) {                                 \
            StropsSpans a = {0}, b = {0};                                      \
            bool r1, r2;                                                       \
            if (m[0] == 's' && m[5] == 'l') {                                  \
                r1 = strops_splitlines##SFX(x, s->n, i1 != 0, &a, &e1);        \
                r2 = strops_splitlines(s->s, s->n, i1 != 0, &b, &e2);          \
            } else if (m[0] == 'r') {                                          \
                r1 = strops_rsplit##SFX(x, s->n, t->none ? NULL : y, t->n, i1, &a, &e1); \
                r2 = strops_rsplit(s->s, s->n, t->none ? NULL : t->s, t->n, i1, &b, &e2); \
            } else {                                                           \
                r1 = strops_split##SFX(x, s->n, t->none ? NULL : y, t->n, i1, &a, &e1); \
                r2 = strops_split(s->s, s->n, t->none ? NULL : t->s, t->n, i1, &b, &e2); \
            }                                                                  \
            ok = r1 == r2 && a.n == b.n;                                       \
            for (size_t i = 0; ok && i < a.n; i++)                             \
                ok = a.items[i].start == b.items[i].start &&                   \
                     a.items[i].end == b.items[i].end;                         \
            free(a.items);                                                     \
            free(b.items);                                                     \
        } else if (!strcmp(m, "partition") || !strcmp(m, "rpartition")) {     \
            StropsSpan a[3], b[3];                                             \
            bool r1 = (m[0] == 'r' ? strops_rpartition##SFX : strops_partition##SFX)( \
                x, s->n, y, t->n, a, &e1);                                     \
            bool r2 = (m[0] == 'r' ? strops_rpartition : strops_partition)(    \
                s->s, s->n, t->s, t->n, b, &e2);                               \
            ok = r1 == r2;                                                     \
            for (int i = 0; ok && r1 && i < 3; i++)                            \
                ok = a[i].start == b[i].start && a[i].end == b[i].end;         \
        } else if (!strcmp(m, "center") || !strcmp(m, "ljust") ||             \
                   !strcmp(m, "rjust") || !strcmp(m, "zfill") ||              \
                   !strcmp(m, "expandtabs")) {                                 \
            TEXT a;                                                            \
            StropsText b;                                                      \
            bool r1, r2;                                                       \
            if (m[0] == 'z') {                                                 \
                r1 = strops_zfill##SFX(x, s->n, i1, &a, &e1);                  \
                r2 = strops_zfill(s->s, s->n, i1, &b, &e2);                    \
            } else if (m[0] == 'e') {                                          \
                r1 = strops_expandtabs##SFX(x, s->n, i1, &a, &e1);             \
                r2 = strops_expandtabs(s->s, s->n, i1, &b, &e2);               \
            } else {                                                           \
                char w = m[0] == 'c' ? '^' : m[0] == 'l' ? '<' : '>';          \
                r1 = strops_pad##SFX(x, s->n, i1, (T)u->s[0], w, &a, &e1);     \
                r2 = strops_pad(s->s, s->n, i1, u->s[0], w, &b, &e2);          \
            }                                                                  \
            ok = r1 == r2;                                                     \
            if (r1 && r2) {                                                    \
                ok = a.n == b.n;                                               \
                for (size_t i = 0; ok && i < a.n; i++)                         \
                    ok = a.s[i] == b.s[i];                                     \
            }                                                                  \
            if (r1) free(a.s);                                                 \
            if (r2) free(b.s);                                                 \
        } else if (strstr(m, "strip")) {                                       \
            int w = m[0] == 'l' ? 1 : m[0] == 'r' ? 2 : 3;                     \
            StropsSpan a = strops_strip##SFX(x, s->n, t->none ? NULL : y, t->n, w); \
            StropsSpan b = strops_strip(s->s, s->n, t->none ? NULL : t->s, t->n, w); \
            ok = a.start == b.start && a.end == b.end;                         \
        }                                                                      \
        strops_error_clear(&e1);                                               \
        strops_error_clear(&e2);                                               \
        free(x);                                                               \
        free(y);                                                               \
        free(z);                                                               \
        return ok;                                                             \
    }
NARROW_CHECK(_u16, uint16_t, StropsText16)
NARROW_CHECK(_u8, uint8_t, StropsText8)

static uint32_t max_cp(const Str *s)
{
    uint32_t m = 0;
    for (size_t i = 0; i < s->n; i++)
        m = s->s[i] > m ? s->s[i] : m;
    return m;
}

/* Runs the narrow instances on one case; false if any disagrees. */
static bool narrow_agree(char **a, int na)
{
    const char *m = a[0];
    static const char *const ms[] = {"find", "rfind", "count", "startswith",
        "endswith", "replace", "split", "rsplit", "splitlines", "partition",
        "rpartition", "strip", "lstrip", "rstrip", "center", "ljust", "rjust",
        "zfill", "expandtabs", NULL};
    bool known = false;
    for (int i = 0; ms[i]; i++)
        known |= !strcmp(m, ms[i]);
    if (!known || na < 2)
        return true;
    Str s = parse_str(a[1]);
    bool lines = !strcmp(m, "splitlines") || !strcmp(m, "zfill") ||
                 !strcmp(m, "expandtabs");
    bool pads = !strcmp(m, "center") || !strcmp(m, "ljust") || !strcmp(m, "rjust");
    Str t = na > 2 && !lines && !pads ? parse_str(a[2]) : (Str){NULL, 0, true};
    Str u = !strcmp(m, "replace") || pads ? parse_str(a[pads ? 2 + 1 : 3])
                                          : (Str){NULL, 0, true};
    int64_t i1 = 0, i2 = 0;
    if (lines || pads)
        i1 = parse_int(a[2]);
    else if (!strcmp(m, "replace"))
        i1 = parse_int(a[4]);
    else if (!strcmp(m, "split") || !strcmp(m, "rsplit"))
        i1 = parse_int(a[3]);
    else if (na > 4) {
        i1 = parse_int(a[3]);
        i2 = parse_int(a[4]);
    }
    uint32_t mx = max_cp(&s);
    if (max_cp(&t) > mx) mx = max_cp(&t);
    if (max_cp(&u) > mx) mx = max_cp(&u);
    bool ok = true;
    if (mx < 0x10000)
        ok &= narrow_ok_u16(m, &s, &t, &u, i1, i2);
    if (mx < 0x100)
        ok &= narrow_ok_u8(m, &s, &t, &u, i1, i2);
    free(s.s);
    free(t.s);
    free(u.s);
    return ok;
}

/* bytes methods: "bsplit" etc. run the _bytes/_u8 instances and the
 * bytes case/predicate functions on code points below 256. */
static bool run_bytes(char **a, int na)
{
    const char *m = a[0] + 1;
    if (a[0][0] != 'b' || na < 2)
        return false;
    StropsError err = STROPS_ERROR_INIT;
    Str s0 = parse_str(a[1]);
    uint8_t *s = malloc(s0.n + 1);
    for (size_t i = 0; i < s0.n; i++)
        s[i] = (uint8_t)s0.s[i];
    size_t n = s0.n;
    free(s0.s);
    static const struct { const char *name; int op; } bp[] = {
        {"isalpha", STROPS_ISALPHA}, {"isdigit", STROPS_ISDIGIT},
        {"isalnum", STROPS_ISALNUM}, {"isspace", STROPS_ISSPACE},
        {"isupper", STROPS_ISUPPER}, {"islower", STROPS_ISLOWER},
        {"istitle", STROPS_ISTITLE}, {"isascii", STROPS_ISASCII},
        {"upper", -1 - STROPS_UPPER}, {"lower", -1 - STROPS_LOWER},
        {"title", -1 - STROPS_TITLE}, {"capitalize", -1 - STROPS_CAPITALIZE},
        {"swapcase", -1 - STROPS_SWAPCASE},
    };
    bool handled = false;
    for (size_t i = 0; i < sizeof bp / sizeof bp[0]; i++) {
        if (strcmp(m, bp[i].name))
            continue;
        handled = true;
        if (bp[i].op >= 0) {
            printf("ok %s\n", strops_bytes_is(bp[i].op, s, n) ? "True" : "False");
        } else {
            StropsText8 o;
            if (strops_bytes_case(-1 - bp[i].op, s, n, &o, &err)) {
                fputs("ok ", stdout);
                if (o.n == 0)
                    fputs("_", stdout);
                for (size_t k = 0; k < o.n; k++)
                    printf(k ? ",%x" : "%x", o.s[k]);
                putchar('\n');
                free(o.s);
            } else {
                put_error(&err);
            }
        }
    }
    if (!handled && (!strcmp(m, "split") || !strcmp(m, "rsplit") ||
                     !strcmp(m, "splitlines") || strstr(m, "strip"))) {
        handled = true;
        Str t0 = na > 2 ? parse_str(a[2]) : (Str){NULL, 0, true};
        uint8_t *t = malloc(t0.n + 1);
        for (size_t i = 0; i < t0.n; i++)
            t[i] = (uint8_t)t0.s[i];
        StropsSpans l;
        uint32_t *w = malloc((n + 1) * sizeof(uint32_t)); /* for printing */
        for (size_t i = 0; i < n; i++)
            w[i] = s[i];
        if (strstr(m, "strip")) {
            StropsSpan sp = strops_strip_bytes(s, n, t0.none ? NULL : t, t0.n,
                                               m[0] == 'l' ? 1 : m[0] == 'r' ? 2 : 3);
            fputs("ok ", stdout);
            put_str(w + sp.start, sp.end - sp.start);
            putchar('\n');
        } else {
            bool ok;
            if (!strcmp(m, "splitlines"))
                ok = strops_splitlines_bytes(s, n, parse_int(a[2]) != 0, &l, &err);
            else
                ok = (m[0] == 'r' ? strops_rsplit_bytes : strops_split_bytes)(
                    s, n, t0.none ? NULL : t, t0.n, parse_int(a[3]), &l, &err);
            put_list(ok, w, &l, &err);
        }
        free(w);
        free(t);
        free(t0.s);
    }
    free(s);
    return handled;
}

static const char *const preds[] = {
    "isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace",
    "isprintable", "isidentifier", "isupper", "islower", "istitle", "isascii",
};
static const char *const cases[] = {
    "upper", "lower", "casefold", "title", "capitalize", "swapcase",
};

static void run(char **a, int na)
{
    const char *m = a[0];
    if (run_bytes(a, na))
        return;
    if (!narrow_agree(a, na)) {
        puts("error the 1/2-byte instances differ from the 4-byte one");
        return;
    }
    StropsError err = STROPS_ERROR_INIT;
    Str s = na > 1 ? parse_str(a[1]) : (Str){NULL, 0, false};
    Str t = {NULL, 0, false}, u = {NULL, 0, false};
#define ARGC(k) if (na != (k) + 1) { puts("error bad test line"); goto done; }
    for (int i = 0; i < 12; i++) {
        if (strcmp(m, preds[i]) == 0) {
            ARGC(1);
            printf("ok %s\n", strops_is(i, s.s, s.n) ? "True" : "False");
            goto done;
        }
    }
    for (int i = 0; i < 6; i++) {
        if (strcmp(m, cases[i]) == 0) {
            ARGC(1);
            StropsText o;
            bool ok = strops_case(i, s.s, s.n, &o, &err);
            put_text(ok, &o, &err);
            goto done;
        }
    }
    if (!strcmp(m, "find") || !strcmp(m, "rfind") || !strcmp(m, "index") ||
        !strcmp(m, "rindex") || !strcmp(m, "count") || !strcmp(m, "startswith") ||
        !strcmp(m, "endswith")) {
        ARGC(4);
        t = parse_str(a[2]);
        int64_t st = parse_int(a[3]), en = parse_int(a[4]);
        if (!widths_agree(s.s, s.n, t.s, t.n, st, en)) {
            puts("error 1/2-byte search differs from 4-byte search");
        } else if (!strcmp(m, "count")) {
            printf("ok %lld\n", (long long)strops_count(s.s, s.n, t.s, t.n, st, en));
        } else if (!strcmp(m, "startswith")) {
            printf("ok %s\n", strops_startswith(s.s, s.n, t.s, t.n, st, en) ? "True" : "False");
        } else if (!strcmp(m, "endswith")) {
            printf("ok %s\n", strops_endswith(s.s, s.n, t.s, t.n, st, en) ? "True" : "False");
        } else {
            bool rev = m[0] == 'r';
            int64_t r = rev ? strops_rfind(s.s, s.n, t.s, t.n, st, en)
                            : strops_find(s.s, s.n, t.s, t.n, st, en);
            if (r < 0 && strstr(m, "index"))
                puts("error ValueError: substring not found");
            else
                printf("ok %lld\n", (long long)r);
        }
    } else if (!strcmp(m, "replace")) {
        ARGC(4);
        t = parse_str(a[2]);
        u = parse_str(a[3]);
        StropsText o;
        bool ok = strops_replace(s.s, s.n, t.s, t.n, u.s, u.n, parse_int(a[4]), &o, &err);
        put_text(ok, &o, &err);
    } else if (!strcmp(m, "split") || !strcmp(m, "rsplit")) {
        ARGC(3);
        t = parse_str(a[2]);
        StropsSpans l;
        bool ok = (m[0] == 'r' ? strops_rsplit : strops_split)(
            s.s, s.n, t.none ? NULL : t.s, t.n, parse_int(a[3]), &l, &err);
        put_list(ok, s.s, &l, &err);
    } else if (!strcmp(m, "splitlines")) {
        ARGC(2);
        StropsSpans l;
        bool ok = strops_splitlines(s.s, s.n, parse_int(a[2]) != 0, &l, &err);
        put_list(ok, s.s, &l, &err);
    } else if (!strcmp(m, "partition") || !strcmp(m, "rpartition")) {
        ARGC(2);
        t = parse_str(a[2]);
        StropsSpan p[3];
        bool ok = (m[0] == 'r' ? strops_rpartition : strops_partition)(s.s, s.n, t.s, t.n, p, &err);
        if (ok)
            put_spans(s.s, p, 3);
        else
            put_error(&err);
    } else if (!strcmp(m, "strip") || !strcmp(m, "lstrip") || !strcmp(m, "rstrip")) {
        ARGC(2);
        t = parse_str(a[2]);
        StropsSpan sp = strops_strip(s.s, s.n, t.none ? NULL : t.s, t.n,
                                     m[0] == 'l' ? 1 : m[0] == 'r' ? 2 : 3);
        fputs("ok ", stdout);
        put_str(s.s + sp.start, sp.end - sp.start);
        putchar('\n');
    } else if (!strcmp(m, "expandtabs")) {
        ARGC(2);
        StropsText o;
        bool ok = strops_expandtabs(s.s, s.n, parse_int(a[2]), &o, &err);
        put_text(ok, &o, &err);
    } else if (!strcmp(m, "center") || !strcmp(m, "ljust") || !strcmp(m, "rjust")) {
        ARGC(3);
        t = parse_str(a[3]);
        StropsText o;
        bool ok = strops_pad(s.s, s.n, parse_int(a[2]), t.n ? t.s[0] : ' ',
                             m[0] == 'c' ? '^' : m[0] == 'l' ? '<' : '>', &o, &err);
        put_text(ok, &o, &err);
    } else if (!strcmp(m, "zfill")) {
        ARGC(2);
        StropsText o;
        bool ok = strops_zfill(s.s, s.n, parse_int(a[2]), &o, &err);
        put_text(ok, &o, &err);
    } else if (!strcmp(m, "fmtparse")) {
        /* list(_string.formatter_parser(s)): (literal name spec conv) */
        ARGC(1);
        StropsFmtIter it;
        StropsFmtItem item;
        Buf o = {0};
        int r;
        strops_fmt_begin(&it, s.s, s.n, STROPS_FMT_DEPTH, &err);
        while ((r = strops_fmt_next(&it, &item, &err)) == 1) {
            /* printed through a Buf so an error prints nothing else */
            char tmp[40];
            bputs(&o, "(");
            for (size_t i = item.literal.start; i < item.literal.end; i++) {
                snprintf(tmp, sizeof tmp, i > item.literal.start ? ",%x" : "%x", s.s[i]);
                bputs(&o, tmp);
            }
            if (item.literal.start == item.literal.end)
                bputs(&o, "_");
            if (item.has_field) {
                bputs(&o, " ");
                for (size_t i = item.name.start; i < item.name.end; i++) {
                    snprintf(tmp, sizeof tmp, i > item.name.start ? ",%x" : "%x", s.s[i]);
                    bputs(&o, tmp);
                }
                if (item.name.start == item.name.end)
                    bputs(&o, "_");
                bputs(&o, " ");
                for (size_t i = item.spec.start; i < item.spec.end; i++) {
                    snprintf(tmp, sizeof tmp, i > item.spec.start ? ",%x" : "%x", s.s[i]);
                    bputs(&o, tmp);
                }
                if (item.spec.start == item.spec.end)
                    bputs(&o, "_");
                if (item.conversion)
                    snprintf(tmp, sizeof tmp, " %x", item.conversion);
                else
                    snprintf(tmp, sizeof tmp, " N");
                bputs(&o, tmp);
            } else {
                bputs(&o, " N N N");
            }
            bputs(&o, ")");
        }
        if (r < 0) {
            put_error(&err);
        } else {
            fputs("ok [", stdout);
            for (size_t i = 0; i < o.n; i++)
                putchar((int)o.s[i]);
            puts("]");
        }
        free(o.s);
    } else if (!strcmp(m, "fieldsplit")) {
        /* _string.formatter_field_name_split(s), rest iterated */
        ARGC(1);
        StropsFieldName f;
        if (!strops_field_begin(s.s, (StropsSpan){0, s.n}, &f, &err)) {
            put_error(&err);
            goto done;
        }
        Buf o = {0};
        char tmp[40];
        if (f.arg_index >= 0) {
            snprintf(tmp, sizeof tmp, "i%lld", (long long)f.arg_index);
            bputs(&o, tmp);
        } else {
            bputs(&o, "s");
            for (size_t i = f.first.start; i < f.first.end; i++) {
                snprintf(tmp, sizeof tmp, i > f.first.start ? ",%x" : "%x", s.s[i]);
                bputs(&o, tmp);
            }
        }
        bool is_attr;
        StropsSpan key;
        int64_t idx;
        int r;
        while ((r = strops_field_next(&f, &is_attr, &key, &idx, &err)) == 1) {
            bputs(&o, is_attr ? " A" : " I");
            if (idx >= 0) {
                snprintf(tmp, sizeof tmp, "i%lld", (long long)idx);
                bputs(&o, tmp);
            } else {
                bputs(&o, "s");
                for (size_t i = key.start; i < key.end; i++) {
                    snprintf(tmp, sizeof tmp, i > key.start ? ",%x" : "%x", s.s[i]);
                    bputs(&o, tmp);
                }
            }
        }
        if (r < 0) {
            put_error(&err);
        } else {
            fputs("ok ", stdout);
            for (size_t i = 0; i < o.n; i++)
                putchar((int)o.s[i]);
            putchar('\n');
        }
        free(o.s);
    } else if (!strcmp(m, "format")) {
        ARGC(1);
        StropsAutoNumber an = {0, 0};
        Buf o = {0};
        char *msg = NULL;
        if (eval_format(s.s, s.n, STROPS_FMT_DEPTH, &an, &o, &msg)) {
            fputs("ok ", stdout);
            put_str(o.s, o.n);
            putchar('\n');
        } else {
            printf("error %s\n", msg ? msg : "?");
            free(msg);
        }
        free(o.s);
    } else if (!strcmp(m, "percent")) {
        /* percent S N: S % (7,)*N; percent S m: S % mapping */
        ARGC(2);
        if (!strcmp(a[2], "m"))
            eval_percent(s.s, s.n, true, 0);
        else
            eval_percent(s.s, s.n, false, parse_int(a[2]));
    } else if (!strcmp(m, "pcount")) {
        /* strops_percent_counts over a tuple operand */
        ARGC(1);
        size_t nargs;
        bool keys;
        if (strops_percent_counts(s.s, s.n, false, &nargs, &keys, &err))
            printf("ok %zu %s\n", nargs, keys ? "True" : "False");
        else
            put_error(&err);
    } else {
        printf("error unknown method %s\n", m);
    }
done:
    free(s.s);
    free(t.s);
    free(u.s);
}

int main(void)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, stdin)) >= 0) {
        if (len && line[len - 1] == '\n')
            line[--len] = 0;
        char *a[8];
        int na = 0;
        for (char *tok = strtok(line, " "); tok && na < 8; tok = strtok(NULL, " "))
            a[na++] = tok;
        if (na == 0) {
            puts("error empty line");
            continue;
        }
        run(a, na);
    }
    free(line);
    return 0;
}
