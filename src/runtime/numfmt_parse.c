/* float(str) and int(str, base) as CPython parses them, and int -> str in
 * any base, with the integer string conversion length limit. */
#include "numfmt_internal.h"

#include "unicode_db.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* CPython first maps the str to ASCII: Unicode whitespace to ' ', decimal
 * digits to '0'-'9', and stops at the first other non-ASCII character with
 * a '?' (so the text cannot parse). ASCII is kept as is. */
static char *to_ascii(const char *s, size_t len, size_t *outlen)
{
    char *a = malloc(len + 2);
    if (!a)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        uint32_t c = nf_utf8_next(s, len, &i);
        if (c < 127) {
            a[n++] = (char)c;
        } else if (ucd_has(c, UCD_SPACE)) {
            a[n++] = ' ';
        } else {
            int d = ucd_decimal(c);
            if (d < 0) {
                a[n++] = '?';
                break;
            }
            a[n++] = (char)('0' + d);
        }
    }
    a[n] = 0;
    *outlen = n;
    return a;
}

static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Validates s[0..n) as [sign] (digits [. [digits]] | . digits) [e [sign]
 * digits] or a signed inf/infinity/nan. */
static bool valid_decimal(const char *s, size_t n, int *special, bool *neg)
{
    size_t i = 0;
    *special = 0;
    *neg = false;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        *neg = s[i++] == '-';
    size_t rest = n - i;
    if ((rest == 3 && strncasecmp(s + i, "inf", 3) == 0) ||
        (rest == 8 && strncasecmp(s + i, "infinity", 8) == 0)) {
        *special = 1;
        return true;
    }
    if (rest == 3 && strncasecmp(s + i, "nan", 3) == 0) {
        *special = 2;
        return true;
    }
    size_t nd = 0;
    while (i < n && is_digit(s[i]))
        i++, nd++;
    if (i < n && s[i] == '.') {
        i++;
        while (i < n && is_digit(s[i]))
            i++, nd++;
    }
    if (nd == 0)
        return false;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            i++;
        size_t ne = 0;
        while (i < n && is_digit(s[i]))
            i++, ne++;
        if (ne == 0)
            return false;
    }
    return i == n;
}

bool numfmt_parse_float(const char *s, size_t len, double *out, NumfmtError *err)
{
    size_t n;
    char *a = to_ascii(s, len, &n);
    if (!a) {
        nf_error(err, NUMFMT_MEMORY_ERROR, "out of memory");
        return false;
    }
    /* underscores: only between digits; dropped */
    size_t k = 0;
    bool ok = true;
    char prev = 0;
    for (size_t i = 0; i < n; i++) {
        char c = a[i];
        if (c == '_') {
            if (!is_digit(prev))
                ok = false;
        } else {
            if (prev == '_' && !is_digit(c))
                ok = false;
            a[k++] = c;
        }
        prev = c;
    }
    if (prev == '_')
        ok = false;
    a[k] = 0;
    size_t b = 0, e = k;
    while (b < e && is_space(a[b]))
        b++;
    while (e > b && is_space(a[e - 1]))
        e--;
    int special;
    bool neg;
    if (ok && b < e && valid_decimal(a + b, e - b, &special, &neg)) {
        a[e] = 0;
        if (special == 1)
            *out = neg ? -INFINITY : INFINITY;
        else if (special == 2)
            *out = neg ? -NAN : NAN;
        else
            *out = strtod(a + b, NULL); /* correctly rounded; overflow gives inf */
        free(a);
        return true;
    }
    free(a);
    char *r = numfmt_str_repr(s, len, 0);
    nf_error(err, NUMFMT_VALUE_ERROR, "could not convert string to float: %s",
             r ? r : "?");
    free(r);
    return false;
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

bool numfmt_parse_int(mpz_ptr out, const char *s, size_t len, int base,
                      long max_str_digits, NumfmtError *err)
{
    if ((base != 0 && base < 2) || base > 36) {
        nf_error(err, NUMFMT_VALUE_ERROR, "int() base must be >= 2 and <= 36, or 0");
        return false;
    }
    size_t n;
    char *a = to_ascii(s, len, &n);
    if (!a) {
        nf_error(err, NUMFMT_MEMORY_ERROR, "out of memory");
        return false;
    }
    const char *p = a, *end = a + n;
    int b = base;
    bool neg = false, must_be_zero = false;
    while (p < end && is_space(*p))
        p++;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    char c1 = p + 1 < end ? p[1] : 0;
    if (b == 0) {
        if (p >= end || *p != '0')
            b = 10;
        else if (c1 == 'x' || c1 == 'X')
            b = 16;
        else if (c1 == 'o' || c1 == 'O')
            b = 8;
        else if (c1 == 'b' || c1 == 'B')
            b = 2;
        else {
            /* "0..." without a prefix: the old octal form, valid only
             * when it is all zeros */
            must_be_zero = true;
            b = 10;
        }
    }
    if (p < end && *p == '0' &&
        ((b == 16 && (c1 == 'x' || c1 == 'X')) ||
         (b == 8 && (c1 == 'o' || c1 == 'O')) ||
         (b == 2 && (c1 == 'b' || c1 == 'B')))) {
        p += 2;
        if (p < end && *p == '_') /* one underscore may follow a prefix */
            p++;
    }
    /* digits with single underscores between them */
    const char *start = p;
    long ndigits = 0;
    char prev = 0;
    bool bad = p < end && *p == '_';
    while (!bad && p < end && (digit_value(*p) < b || *p == '_')) {
        if (*p == '_') {
            if (prev == '_') {
                bad = true;
                break;
            }
        } else {
            ndigits++;
        }
        prev = *p++;
    }
    if (prev == '_')
        bad = true;
    if (!bad && ndigits == 0)
        bad = true;
    if (!bad) {
        const char *dend = p;
        while (p < end && is_space(*p))
            p++;
        if (p != end) {
            bad = true;
        } else if (max_str_digits > 0 && ndigits > max_str_digits &&
                   (b & (b - 1)) != 0) {
            /* after the syntax check, before the old-octal zero check */
            free(a);
            nf_error(err, NUMFMT_VALUE_ERROR,
                     "Exceeds the limit (%ld digits) for integer string conversion: "
                     "value has %ld digits; use sys.set_int_max_str_digits() to "
                     "increase the limit", max_str_digits, ndigits);
            return false;
        } else {
            /* copy without underscores for GMP */
            char *t = malloc((size_t)(dend - start) + 1);
            if (!t) {
                free(a);
                nf_error(err, NUMFMT_MEMORY_ERROR, "out of memory");
                return false;
            }
            size_t k = 0;
            for (const char *q = start; q < dend; q++)
                if (*q != '_')
                    t[k++] = *q;
            t[k] = 0;
            mpz_set_str(out, t, b);
            free(t);
            if (must_be_zero && mpz_sgn(out) != 0)
                bad = true;
            if (neg)
                mpz_neg(out, out);
        }
    }
    free(a);
    if (!bad)
        return true;
    char *r = numfmt_str_repr(s, len, 200);
    nf_error(err, NUMFMT_VALUE_ERROR, "invalid literal for int() with base %d: %s",
             base, r ? r : "?");
    free(r);
    return false;
}

char *numfmt_int_to_str(mpz_srcptr v, int base, bool prefix, long max_str_digits,
                        NumfmtError *err)
{
    if (base == 10 && max_str_digits > 0) {
        /* sizeinbase is exact or one too big: only a candidate needs the
         * exact count */
        size_t est = mpz_sizeinbase(v, 10);
        if (est > (size_t)max_str_digits + 1)
            goto too_long;
    }
    /* our own buffer: GMP's allocator may not be malloc */
    char *s = malloc(mpz_sizeinbase(v, base) + 2);
    if (s)
        mpz_get_str(s, base, v);
    if (!s) {
        nf_error(err, NUMFMT_MEMORY_ERROR, "out of memory");
        return NULL;
    }
    size_t n = strlen(s), nd = n - (s[0] == '-');
    if (base == 10 && max_str_digits > 0 && nd > (size_t)max_str_digits) {
        free(s);
        goto too_long;
    }
    if (prefix && (base == 2 || base == 8 || base == 16)) {
        char *t = malloc(n + 3);
        if (!t) {
            free(s);
            nf_error(err, NUMFMT_MEMORY_ERROR, "out of memory");
            return NULL;
        }
        size_t k = 0;
        if (s[0] == '-')
            t[k++] = '-';
        t[k++] = '0';
        t[k++] = base == 2 ? 'b' : base == 8 ? 'o' : 'x';
        memcpy(t + k, s + (s[0] == '-'), nd + 1);
        free(s);
        s = t;
    }
    return s;
too_long:
    nf_error(err, NUMFMT_VALUE_ERROR,
             "Exceeds the limit (%ld digits) for integer string conversion; "
             "use sys.set_int_max_str_digits() to increase the limit",
             max_str_digits);
    return NULL;
}
