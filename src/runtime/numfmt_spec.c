/* The format-spec mini-language: parsing a spec with CPython's validation
 * messages, and laying out ints, floats, complexes and strs with it. */
#include "numfmt_internal.h"

#include "unicode_db.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

/* "'x'" for a printable ASCII code, "'\xNN'" otherwise, as CPython quotes
 * a type character in its messages. */
static void quote_code(char *buf, size_t n, uint32_t c)
{
    if (c > 32 && c < 128)
        snprintf(buf, n, "'%c'", (char)c);
    else
        snprintf(buf, n, "'\\x%x'", (unsigned)c);
}

bool numfmt_parse_spec(const char *spec, size_t len, uint32_t default_type,
                       char default_align, const char *type_name,
                       NumfmtSpec *f, NumfmtError *err)
{
    /* decode to code points: fill and type may be any character */
    size_t n = 0, cap = len + 1;
    uint32_t *c = malloc(cap * sizeof *c);
    if (!c) {
        nf_error(err, NUMFMT_MEMORY_ERROR, "out of memory");
        return false;
    }
    for (size_t i = 0; i < len;)
        c[n++] = nf_utf8_next(spec, len, &i);
    f->fill = ' ';
    f->align = default_align;
    f->sign = 0;
    f->no_neg_0 = false;
    f->alt = false;
    f->width = -1;
    f->sep = 0;
    f->group = 0;
    f->precision = -1;
    f->frac_sep = 0;
    f->type = default_type;
    size_t p = 0;
    bool fill_given = false, align_given = false;
    bool ok = false;
    if (n >= 2 && is_align(c[1])) {
        f->fill = c[0];
        f->align = (char)c[1];
        fill_given = align_given = true;
        p = 2;
    } else if (n >= 1 && is_align(c[0])) {
        f->align = (char)c[0];
        align_given = true;
        p = 1;
    }
    if (p < n && (c[p] == '+' || c[p] == '-' || c[p] == ' '))
        f->sign = (char)c[p++];
    if (p < n && c[p] == 'z') {
        f->no_neg_0 = true;
        p++;
    }
    if (p < n && c[p] == '#') {
        f->alt = true;
        p++;
    }
    /* '0' before the width: zero fill, sign-aware unless aligned */
    if (!fill_given && p < n && c[p] == '0') {
        f->fill = '0';
        if (!align_given && default_align == '>')
            f->align = '=';
        p++;
    }
    /* width and precision read any Unicode decimal digits */
    int64_t v = 0;
    size_t start = p;
    for (; p < n; p++) {
        int d = ucd_decimal(c[p]);
        if (d < 0)
            break;
        if (v > (INT64_MAX - d) / 10) {
            nf_error(err, NUMFMT_VALUE_ERROR, "Too many decimal digits in format string");
            goto out;
        }
        v = v * 10 + d;
    }
    if (p > start)
        f->width = v;
    if (p < n && c[p] == ',') {
        f->sep = ',';
        p++;
    }
    if (p < n && c[p] == '_') {
        if (f->sep) {
            nf_error(err, NUMFMT_VALUE_ERROR, "Cannot specify both ',' and '_'.");
            goto out;
        }
        f->sep = '_';
        p++;
    }
    if (p < n && c[p] == ',' && f->sep == '_') {
        nf_error(err, NUMFMT_VALUE_ERROR, "Cannot specify both ',' and '_'.");
        goto out;
    }
    if (p < n && c[p] == '.') {
        p++;
        v = 0;
        start = p;
        for (; p < n; p++) {
            int d = ucd_decimal(c[p]);
            if (d < 0)
                break;
            if (v > (INT64_MAX - d) / 10) {
                nf_error(err, NUMFMT_VALUE_ERROR, "Too many decimal digits in format string");
                goto out;
            }
            v = v * 10 + d;
        }
        if (p > start)
            f->precision = v;
        /* a fraction grouping may follow, or stand in for the precision */
        bool any = p > start;
        if (p < n && c[p] == ',') {
            f->frac_sep = ',';
            p++;
            any = true;
        }
        if (p < n && c[p] == '_') {
            if (f->frac_sep) {
                nf_error(err, NUMFMT_VALUE_ERROR, "Cannot specify both ',' and '_'.");
                goto out;
            }
            f->frac_sep = '_';
            p++;
            any = true;
        }
        if (p < n && c[p] == ',' && f->frac_sep == '_') {
            nf_error(err, NUMFMT_VALUE_ERROR, "Cannot specify both ',' and '_'.");
            goto out;
        }
        if (!any) {
            nf_error(err, NUMFMT_VALUE_ERROR, "Format specifier missing precision");
            goto out;
        }
    }
    if (n - p > 1) {
        nf_error(err, NUMFMT_VALUE_ERROR,
                 "Invalid format specifier '%.*s' for object of type '%.200s'",
                 (int)len, spec, type_name);
        goto out;
    }
    if (n - p == 1)
        f->type = c[p];
    if (f->sep) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G':
        case '%': case 'F': case 0:
            f->group = 3;
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->sep == '_') {
                f->group = 4; /* PEP 515: every four digits in bin/oct/hex */
                break;
            }
            /* fall through */
        default: {
            char q[16];
            quote_code(q, sizeof q, f->type);
            nf_error(err, NUMFMT_VALUE_ERROR, "Cannot specify '%c' with %s.", f->sep, q);
            goto out;
        }
        }
    }
    if (f->type == 'n' && f->frac_sep) {
        nf_error(err, NUMFMT_VALUE_ERROR, "Cannot specify '%c' with 'n'.", f->frac_sep);
        goto out;
    }
    ok = true;
out:
    free(c);
    return ok;
}

static void unknown_code(NumfmtError *err, uint32_t type, const char *type_name)
{
    char q[16];
    quote_code(q, sizeof q, type);
    nf_error(err, NUMFMT_VALUE_ERROR,
             "Unknown format code %s for object of type '%.200s'", q, type_name);
}

/* Digits grouped from the right, zero-extended to min_width characters
 * when the fill is a sign-aware '0' (so "010," gives "00,001,234"), never
 * starting with a separator. */
static void put_grouped(NfBuf *out, const char *digits, int64_t n,
                        int64_t min_width, int group, char sep)
{
    if (n == 0)
        return; /* only 'c' and inf/nan have no digits: nothing to group */
    /* build right to left into a temporary, then reverse */
    NfBuf t = {0};
    int64_t remaining = n, mw = min_width;
    const char *d = digits + n;
    bool use_sep = false;
    for (;;) {
        int64_t want = remaining > mw ? remaining : mw;
        if (want < 1)
            want = 1;
        int64_t l = group && group < want ? group : want;
        int64_t chars = remaining < l ? remaining : l;
        if (chars < 0)
            chars = 0;
        int64_t zeros = l - chars;
        if (use_sep)
            nf_putc(&t, sep);
        for (int64_t i = 0; i < chars; i++)
            nf_putc(&t, *--d);
        nf_fill(&t, '0', zeros);
        use_sep = group != 0;
        remaining -= chars;
        mw -= l;
        if (!group || (remaining <= 0 && mw <= 0))
            break;
        mw -= 1;
    }
    if (t.oom) {
        out->oom = true;
    } else {
        for (size_t i = t.len; i-- > 0;)
            nf_putc(out, t.p[i]);
    }
    free(t.p);
}

/* A number's layout:
 *   <lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>
 * where digits is the integer part and remainder the rest (fraction,
 * exponent, '%', or the character for 'c'). Only one padding is used. */
typedef struct {
    char sign;             /* '-' or 0: the number's own sign */
    const char *prefix;    /* "0x" etc. */
    const char *digits;
    int64_t ndigits;
    bool has_decimal;
    const char *rem;
    size_t rem_bytes;
} NumParts;

static void split_number(const char *s, NumParts *np)
{
    np->sign = 0;
    if (*s == '-') {
        np->sign = '-';
        s++;
    }
    size_t n = 0;
    while (s[n] >= '0' && s[n] <= '9')
        n++;
    np->digits = s;
    np->ndigits = (int64_t)n;
    np->has_decimal = s[n] == '.';
    np->rem = s + n + np->has_decimal;
    np->rem_bytes = strlen(np->rem);
}

static void layout_number(NfBuf *out, const NumfmtSpec *f, const NumParts *np)
{
    char sign = 0;
    if (f->sign == '+')
        sign = np->sign ? '-' : '+';
    else if (f->sign == ' ')
        sign = np->sign ? '-' : ' ';
    else
        sign = np->sign;
    int64_t nprefix = np->prefix ? (int64_t)strlen(np->prefix) : 0;
    /* the fraction digits, grouped from the point rightwards when asked */
    NfBuf rem = {0};
    size_t nfrac = 0;
    if (np->has_decimal && f->frac_sep)
        while (nfrac < np->rem_bytes && np->rem[nfrac] >= '0' && np->rem[nfrac] <= '9')
            nfrac++;
    for (size_t i = 0; i < nfrac; i++) {
        if (i && i % 3 == 0)
            nf_putc(&rem, f->frac_sep);
        nf_putc(&rem, np->rem[i]);
    }
    nf_put(&rem, np->rem + nfrac, np->rem_bytes - nfrac);
    if (rem.oom)
        out->oom = true;
    const char *rtext = rem.p ? rem.p : "";
    int64_t nondigit = (sign != 0) + nprefix + np->has_decimal +
                       (int64_t)nf_utf8_count(rtext, rem.len);
    int64_t min_width = f->fill == '0' && f->align == '=' ? f->width - nondigit : 0;
    NfBuf g = {0};
    put_grouped(&g, np->digits, np->ndigits, min_width, f->group, f->sep);
    int64_t pad = f->width - (nondigit + (int64_t)g.len);
    int64_t lpad = 0, spad = 0, rpad = 0;
    if (pad > 0) {
        switch (f->align) {
        case '<': rpad = pad; break;
        case '^': lpad = pad / 2; rpad = pad - lpad; break;
        case '=': spad = pad; break;
        default: lpad = pad; break;
        }
    }
    nf_fill(out, f->fill, lpad);
    if (sign)
        nf_putc(out, sign);
    if (nprefix)
        nf_put(out, np->prefix, (size_t)nprefix);
    nf_fill(out, f->fill, spad);
    if (g.oom)
        out->oom = true;
    nf_put(out, g.p, g.len);
    free(g.p);
    if (np->has_decimal)
        nf_putc(out, '.');
    nf_put(out, rtext, rem.len);
    free(rem.p);
    nf_fill(out, f->fill, rpad);
}

/* ---- int ---------------------------------------------------------------- */

static char *format_float_spec(double x, const NumfmtSpec *f, size_t *outlen,
                               NumfmtError *err);

char *numfmt_format_int(mpz_srcptr v, const char *spec, size_t len,
                        const char *type_name, long max_str_digits,
                        size_t *outlen, NumfmtError *err)
{
    if (len == 0) {
        char *s = numfmt_int_to_str(v, 10, false, max_str_digits, err);
        if (s && outlen)
            *outlen = strlen(s);
        return s;
    }
    NumfmtSpec f;
    if (!numfmt_parse_spec(spec, len, 'd', '>', type_name, &f, err))
        return NULL;
    switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double x;
        if (!numfmt_int_to_double(v, &x, err))
            return NULL;
        return format_float_spec(x, &f, outlen, err);
    }
    default:
        unknown_code(err, f.type, type_name);
        return NULL;
    }
    if (f.precision != -1) {
        nf_error(err, NUMFMT_VALUE_ERROR, "Precision not allowed in integer format specifier");
        return NULL;
    }
    if (f.no_neg_0) {
        nf_error(err, NUMFMT_VALUE_ERROR,
                 "Negative zero coercion (z) not allowed in integer format specifier");
        return NULL;
    }
    NfBuf out = {0};
    NumParts np = {0};
    char *digits = NULL;
    if (f.type == 'c') {
        if (f.sign) {
            nf_error(err, NUMFMT_VALUE_ERROR, "Sign not allowed with integer format specifier 'c'");
            return NULL;
        }
        if (f.alt) {
            nf_error(err, NUMFMT_VALUE_ERROR,
                     "Alternate form (#) not allowed with integer format specifier 'c'");
            return NULL;
        }
        if (!mpz_fits_slong_p(v)) {
            nf_error(err, NUMFMT_OVERFLOW_ERROR, "Python int too large to convert to C long");
            return NULL;
        }
        if (mpz_sgn(v) < 0 || mpz_cmp_ui(v, 0x10FFFF) > 0) {
            nf_error(err, NUMFMT_OVERFLOW_ERROR, "%%c arg not in range(0x110000)");
            return NULL;
        }
        /* the character counts as "remainder": never grouped or zero-filled */
        NfBuf ch = {0};
        nf_put_cp(&ch, (uint32_t)mpz_get_ui(v));
        digits = nf_finish(&ch, err);
        if (!digits)
            return NULL;
        np.digits = "";
        np.rem = digits;
        np.rem_bytes = ch.len;
    } else {
        int base = f.type == 'b' ? 2 : f.type == 'o' ? 8
                 : f.type == 'x' || f.type == 'X' ? 16 : 10;
        digits = numfmt_int_to_str(v, base, false, max_str_digits, err);
        if (!digits)
            return NULL;
        if (f.type == 'X')
            for (char *p = digits; *p; p++)
                if (*p >= 'a' && *p <= 'f')
                    *p = (char)(*p - 'a' + 'A');
        if (f.alt && base != 10)
            np.prefix = f.type == 'b' ? "0b" : f.type == 'o' ? "0o"
                      : f.type == 'x' ? "0x" : "0X";
        char *d = digits;
        if (*d == '-') {
            np.sign = '-';
            d++;
        }
        np.digits = d;
        np.ndigits = (int64_t)strlen(d);
        np.rem = "";
    }
    if (f.type == 'n') {
        f.sep = 0; /* the "C" locale has no grouping */
        f.group = 0;
    }
    layout_number(&out, &f, &np);
    free(digits);
    return nf_finish_len(&out, outlen, err);
}

/* ---- float ---------------------------------------------------------------- */

static int dtoa_flags(const NumfmtSpec *f)
{
    return (f->alt ? NUMFMT_ALT : 0) | (f->no_neg_0 ? NUMFMT_NO_NEG_0 : 0);
}

static char *format_float_spec(double x, const NumfmtSpec *f, size_t *outlen,
                               NumfmtError *err)
{
    if (f->precision > INT_MAX) {
        nf_error(err, NUMFMT_VALUE_ERROR, "precision too big");
        return NULL;
    }
    int prec = (int)f->precision, default_prec = 6, flags = dtoa_flags(f);
    char type = (char)f->type;
    bool pct = false;
    if (type == 0) {
        /* like repr without a precision, else 'g' keeping a ".0" */
        flags |= NUMFMT_ADD_DOT_0;
        type = 'r';
        default_prec = 0;
    }
    if (type == 'n')
        type = 'g';
    if (type == '%') {
        type = 'f';
        x *= 100;
        pct = true;
    }
    if (prec < 0)
        prec = default_prec;
    else if (type == 'r')
        type = 'g';
    char *s = numfmt_float_format(x, type, prec, flags, NULL);
    if (!s) {
        nf_error(err, NUMFMT_MEMORY_ERROR, "out of memory");
        return NULL;
    }
    if (pct) {
        size_t n = strlen(s);
        char *t = realloc(s, n + 2);
        if (!t) {
            free(s);
            nf_error(err, NUMFMT_MEMORY_ERROR, "out of memory");
            return NULL;
        }
        s = t;
        s[n] = '%';
        s[n + 1] = 0;
    }
    NumParts np = {0};
    split_number(s, &np);
    NumfmtSpec g = *f;
    if (f->type == 'n')
        g.sep = 0, g.group = 0;
    NfBuf out = {0};
    layout_number(&out, &g, &np);
    free(s);
    return nf_finish_len(&out, outlen, err);
}

char *numfmt_format_float(double x, const char *spec, size_t len, size_t *outlen,
                          NumfmtError *err)
{
    if (len == 0) {
        /* str(x): the shortest repr digits, ".0" on integral values */
        char *s = numfmt_float_format(x, 'r', 0, NUMFMT_ADD_DOT_0, NULL);
        if (!s)
            nf_error(err, NUMFMT_MEMORY_ERROR, "out of memory");
        else if (outlen)
            *outlen = strlen(s);
        return s;
    }
    NumfmtSpec f;
    if (!numfmt_parse_spec(spec, len, 0, '>', "float", &f, err))
        return NULL;
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
    case 'n': case '%':
        return format_float_spec(x, &f, outlen, err);
    default:
        unknown_code(err, f.type, "float");
        return NULL;
    }
}

/* ---- complex ---------------------------------------------------------- */

static void complex_repr_part(NfBuf *b, double x, bool plus)
{
    char *s = numfmt_float_format(x, 'r', 0, plus ? NUMFMT_SIGN : 0, NULL);
    if (!s) {
        b->oom = true;
        return;
    }
    nf_put(b, s, strlen(s));
    free(s);
}

char *numfmt_format_complex(double re, double im, const char *spec, size_t len,
                            size_t *outlen, NumfmtError *err)
{
    NfBuf out = {0};
    if (len == 0) {
        /* repr: "(re+imj)", or "imj" when re is +0.0 */
        if (re == 0 && !signbit(re)) {
            complex_repr_part(&out, im, false);
            nf_putc(&out, 'j');
        } else {
            nf_putc(&out, '(');
            complex_repr_part(&out, re, false);
            complex_repr_part(&out, im, true);
            nf_put(&out, "j)", 2);
        }
        return nf_finish_len(&out, outlen, err);
    }
    NumfmtSpec f;
    if (!numfmt_parse_spec(spec, len, 0, '>', "complex", &f, err))
        return NULL;
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        break;
    default:
        unknown_code(err, f.type, "complex");
        return NULL;
    }
    if (f.fill == '0') {
        nf_error(err, NUMFMT_VALUE_ERROR, "Zero padding is not allowed in complex format specifier");
        return NULL;
    }
    if (f.align == '=') {
        nf_error(err, NUMFMT_VALUE_ERROR,
                 "'=' alignment flag is not allowed in complex format specifier");
        return NULL;
    }
    if (f.precision > INT_MAX) {
        nf_error(err, NUMFMT_VALUE_ERROR, "precision too big");
        return NULL;
    }
    int prec = (int)f.precision, default_prec = 6, flags = dtoa_flags(&f);
    char type = (char)f.type;
    bool skip_re = false, parens = false;
    if (type == 0) {
        type = 'r';
        default_prec = 0;
        if (re == 0 && !signbit(re))
            skip_re = true;
        else
            parens = true;
    }
    if (type == 'n')
        type = 'g';
    if (prec < 0)
        prec = default_prec;
    else if (type == 'r')
        type = 'g';
    char *rs = numfmt_float_format(re, type, prec, flags, NULL);
    char *is = numfmt_float_format(im, type, prec, flags, NULL);
    if (!rs || !is) {
        free(rs);
        free(is);
        nf_error(err, NUMFMT_MEMORY_ERROR, "out of memory");
        return NULL;
    }
    /* each part laid out without padding; the imaginary one always signed
     * unless it stands alone */
    NumfmtSpec part = f;
    part.fill = ' ';
    part.align = '<';
    part.width = -1;
    if (f.type == 'n')
        part.sep = 0, part.group = 0;
    NfBuf body = {0};
    NumParts np = {0};
    if (!skip_re) {
        split_number(rs, &np);
        layout_number(&body, &part, &np);
        part.sign = '+';
    }
    split_number(is, &np);
    layout_number(&body, &part, &np);
    nf_putc(&body, 'j');
    free(rs);
    free(is);
    int64_t nchars = (int64_t)nf_utf8_count(body.p ? body.p : "", body.len) + (parens ? 2 : 0);
    int64_t total = f.width > nchars ? f.width : nchars;
    int64_t lpad = f.align == '>' ? total - nchars : f.align == '^' ? (total - nchars) / 2 : 0;
    int64_t rpad = total - nchars - lpad;
    nf_fill(&out, f.fill, lpad);
    if (parens)
        nf_putc(&out, '(');
    if (body.oom)
        out.oom = true;
    nf_put(&out, body.p, body.len);
    free(body.p);
    if (parens)
        nf_putc(&out, ')');
    nf_fill(&out, f.fill, rpad);
    return nf_finish_len(&out, outlen, err);
}

/* ---- str ---------------------------------------------------------------- */

char *numfmt_format_str(const char *s, size_t slen, const char *spec, size_t len,
                        size_t *outlen, NumfmtError *err)
{
    NumfmtSpec f;
    if (len && !numfmt_parse_spec(spec, len, 's', '<', "str", &f, err))
        return NULL;
    NfBuf out = {0};
    if (len == 0) {
        nf_put(&out, s, slen);
        return nf_finish_len(&out, outlen, err);
    }
    if (f.type != 's') {
        unknown_code(err, f.type, "str");
        return NULL;
    }
    if (f.sign) {
        nf_error(err, NUMFMT_VALUE_ERROR, f.sign == ' '
                 ? "Space not allowed in string format specifier"
                 : "Sign not allowed in string format specifier");
        return NULL;
    }
    if (f.no_neg_0) {
        nf_error(err, NUMFMT_VALUE_ERROR,
                 "Negative zero coercion (z) not allowed in string format specifier");
        return NULL;
    }
    if (f.alt) {
        nf_error(err, NUMFMT_VALUE_ERROR, "Alternate form (#) not allowed in string format specifier");
        return NULL;
    }
    if (f.align == '=') {
        nf_error(err, NUMFMT_VALUE_ERROR, "'=' alignment not allowed in string format specifier");
        return NULL;
    }
    /* truncate to precision code points */
    size_t bytes = slen;
    int64_t nchars = (int64_t)nf_utf8_count(s, slen);
    if (f.precision >= 0 && nchars > f.precision) {
        size_t i = 0;
        for (int64_t k = 0; k < f.precision; k++)
            nf_utf8_next(s, slen, &i);
        bytes = i;
        nchars = f.precision;
    }
    int64_t pad = f.width > nchars ? f.width - nchars : 0;
    int64_t lpad = f.align == '>' ? pad : f.align == '^' ? pad / 2 : 0;
    nf_fill(&out, f.fill, lpad);
    nf_put(&out, s, bytes);
    nf_fill(&out, f.fill, pad - lpad);
    return nf_finish_len(&out, outlen, err);
}
