/* Doubles to text and back, exactly: dtoa-style digits from glibc's printf,
 * PyOS_double_to_string's layout, hex/fromhex, round, int -> float. */
#include "numfmt_internal.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* glibc's printf prints the exact binary value rounded half-even at the
 * requested digit, which is what dtoa's modes 2 and 3 compute. */
static char *xprintf(const char *fmt, int prec, double x)
{
    char *s = NULL;
    if (asprintf(&s, fmt, prec, x) < 0)
        return NULL;
    return s;
}

/* "d.ddde+X" text of the p-digit decimal one unit (in the last digit)
 * above (dir 1) or below (dir -1) the digits of e-format text t. */
static char *neighbour(const char *t, int dir)
{
    char d[24];
    int n = 0;
    const char *e = strchr(t, 'e');
    for (const char *q = t; q < e; q++)
        if (*q != '.')
            d[n++] = *q;
    int exp = atoi(e + 1);
    int i = n - 1;
    if (dir > 0) {
        while (i >= 0 && d[i] == '9')
            d[i--] = '0';
        if (i < 0) {
            d[0] = '1'; /* 9.99 -> 10.00: one digit more, same width */
            exp++;
        } else {
            d[i]++;
        }
    } else {
        while (i >= 0 && d[i] == '0')
            d[i--] = '9';
        if (i < 0)
            return NULL;
        d[i]--;
        if (d[0] == '0') {
            /* 1.000 -> 0.999: shift to keep a leading non-zero digit */
            if (n == 1)
                return NULL;
            memmove(d, d + 1, (size_t)--n);
            exp--;
        }
    }
    d[n] = 0;
    char *r = NULL;
    if (asprintf(&r, "%c.%se%+d", d[0], d + 1, exp) < 0)
        return NULL;
    return r;
}

/* dtoa mode 0: the fewest digits that read back as x, nearest to x among
 * those. The correctly rounded p digits are the nearest candidate, but at
 * a power of two the rounding interval is lopsided and a neighbour of
 * them can read back when they do not. */
static char *shortest(double x)
{
    int bexp;
    if (fabs(x) >= DBL_MIN && frexp(x, &bexp) != 0.5) {
        /* A normal double, not a power of two: the interval is symmetric, so a neighbour
         * never reads back when the rounded digits do not, and any shorter
         * digits that read back are what 15 rounded digits show once their
         * trailing zeros go (a double has 15.95 digits). At most three
         * conversions instead of up to seventeen. */
        for (int p = 15; p <= 17; p++) {
            char *s = xprintf("%.*e", p - 1, x);
            if (!s || p == 17 || strtod(s, NULL) == x)
                return s;
            free(s);
        }
    }
    for (int p = 1; p <= 17; p++) {
        char *s = xprintf("%.*e", p - 1, x);
        if (!s || strtod(s, NULL) == x || p == 17)
            return s;
        for (int dir = 1; dir >= -1; dir -= 2) {
            char *t = neighbour(s, dir);
            if (t && strtod(t, NULL) == x) {
                free(s);
                return t;
            }
            free(t);
        }
        free(s);
    }
    return NULL;
}

char *nf_float_digits(double x, int mode, int nd, int *decpt)
{
    x = fabs(x);
    char *s = NULL;
    if (x == 0) {
        s = strdup("0");
        *decpt = 1;
        return s;
    }
    if (mode == 0 || mode == 2) {
        if (mode == 0) {
            s = shortest(x);
        } else {
            s = xprintf("%.*e", nd - 1 < 0 ? 0 : nd - 1, x);
        }
        if (!s)
            return NULL;
        /* d.dddde[+-]NN -> digits and exponent */
        char *e = strchr(s, 'e');
        int exp = atoi(e + 1);
        size_t n = 0;
        for (char *p = s; p < e; p++)
            if (*p != '.')
                s[n++] = *p;
        while (n > 1 && s[n - 1] == '0')
            n--;
        s[n] = 0;
        *decpt = exp + 1;
        return s;
    }
    s = xprintf("%.*f", nd, x);
    if (!s)
        return NULL;
    char *dot = strchr(s, '.');
    int ip = dot ? (int)(dot - s) : (int)strlen(s);
    size_t n = 0;
    for (char *p = s; *p; p++)
        if (*p != '.')
            s[n++] = *p;
    s[n] = 0;
    size_t lead = 0;
    while (lead < n && s[lead] == '0')
        lead++;
    if (lead == n) {
        s[0] = '0';
        s[1] = 0;
        *decpt = 1;
        return s;
    }
    memmove(s, s + lead, n - lead + 1);
    n -= lead;
    while (n > 1 && s[n - 1] == '0')
        n--;
    s[n] = 0;
    *decpt = ip - (int)lead;
    return s;
}

char *numfmt_float_format(double x, char type, int precision, int flags,
                          int *kind)
{
    bool upper = type == 'E' || type == 'F' || type == 'G';
    if (upper)
        type = (char)(type - 'A' + 'a');
    bool sign = signbit(x) != 0;
    NfBuf b = {0};
    if (isnan(x) || isinf(x)) {
        if (kind)
            *kind = isnan(x) ? NUMFMT_NAN : NUMFMT_INFINITE;
        if (isnan(x))
            sign = false; /* Python never shows a NaN's sign */
        if (sign)
            nf_putc(&b, '-');
        else if (flags & NUMFMT_SIGN)
            nf_putc(&b, '+');
        nf_put(&b, isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 3);
        return nf_finish(&b, NULL);
    }
    if (kind)
        *kind = NUMFMT_FINITE;
    int mode = 0, nd = 0;
    switch (type) {
    case 'e': mode = 2; nd = precision + 1; precision++; break;
    case 'f': mode = 3; nd = precision; break;
    case 'g': mode = 2; if (precision == 0) precision = 1; nd = precision; break;
    default: type = 'r'; mode = 0; break;
    }
    int decpt;
    char *digits = nf_float_digits(x, mode, nd, &decpt);
    if (!digits)
        return NULL;
    long dlen = (long)strlen(digits);
    if (sign && (flags & NUMFMT_NO_NEG_0) && strcmp(digits, "0") == 0)
        sign = false;
    bool alt = flags & NUMFMT_ALT, dot0 = flags & NUMFMT_ADD_DOT_0;
    bool use_exp = false;
    long dp = decpt, vend = dlen, exp = 0;
    /* The output is a slice [vstart, vend) of the digits padded with zeros
     * on both sides, with the point after position dp. */
    switch (type) {
    case 'e':
        use_exp = true;
        vend = precision;
        break;
    case 'f':
        vend = dp + precision;
        break;
    case 'g':
        if (dp <= -4 || dp > (dot0 ? precision - 1 : precision))
            use_exp = true;
        if (alt)
            vend = precision;
        break;
    case 'r':
        if (dp <= -4 || dp > 16)
            use_exp = true;
        break;
    }
    if (use_exp) {
        exp = dp - 1;
        dp = 1;
    }
    long vstart = dp <= 0 ? dp - 1 : 0;
    if (!use_exp && dot0)
        vend = vend > dp ? vend : dp + 1;
    else
        vend = vend > dp ? vend : dp;
    if (sign)
        nf_putc(&b, '-');
    else if (flags & NUMFMT_SIGN)
        nf_putc(&b, '+');
    for (long i = vstart; i < vend; i++) {
        if (i == dp)
            nf_putc(&b, '.');
        nf_putc(&b, i >= 0 && i < dlen ? digits[i] : '0');
    }
    if (dp == vend && alt)
        nf_putc(&b, '.');
    free(digits);
    if (use_exp) {
        char e[16];
        nf_put(&b, e, (size_t)snprintf(e, sizeof e, "%c%+.02ld",
                                       upper ? 'E' : 'e', exp));
    }
    return nf_finish(&b, NULL);
}

/* ---- float.hex / float.fromhex ---------------------------------------- */

char *numfmt_float_hex(double x)
{
    char *s = NULL;
    if (isnan(x) || isinf(x))
        return strdup(isnan(x) ? "nan" : x < 0 ? "-inf" : "inf");
    if (x == 0)
        return strdup(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e); /* m in [0.5, 1) */
    /* Normal numbers print as 0x1.xxx with exponent e-1; subnormals keep
     * the exponent at -1022 and a leading 0. */
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char buf[64];
    int n = 0;
    if (signbit(x))
        buf[n++] = '-';
    n += snprintf(buf + n, sizeof buf - (size_t)n, "0x%d.", (int)m);
    m -= (int)m;
    for (int i = 0; i < 13; i++) {
        m *= 16;
        int d = (int)m;
        buf[n++] = "0123456789abcdef"[d];
        m -= d;
    }
    snprintf(buf + n, sizeof buf - (size_t)n, "p%+d", e);
    s = strdup(buf);
    return s;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* The double nearest to m * 2^e (m's bits beyond 64 folded into sticky),
 * ties to even; false if it overflows. */
static bool round_to_double(uint64_t m, bool sticky, int64_t e, double *out)
{
    if (m == 0) {
        *out = 0;
        return true;
    }
    while (!(m >> 63)) {
        m <<= 1;
        e--;
    }
    int64_t top = e + 63; /* exponent of the leading bit */
    if (top > DBL_MAX_EXP) {
        return false;
    }
    int64_t keep = 53;
    if (top < DBL_MIN_EXP - 1)
        keep = 53 - (DBL_MIN_EXP - 1 - top);
    if (keep < 0) {
        *out = 0; /* below half the smallest subnormal */
        return true;
    }
    uint64_t q;
    int64_t drop = 64 - keep; /* 11..64 */
    uint64_t rem, half;
    if (drop == 64) {
        q = 0;
        rem = m;
        half = (uint64_t)1 << 63;
        /* exactly half with nothing else rounds to even (0) */
        if (rem > half || (rem == half && sticky))
            q = 1;
    } else {
        q = m >> drop;
        rem = m & (((uint64_t)1 << drop) - 1);
        half = (uint64_t)1 << (drop - 1);
        if (rem > half || (rem == half && (sticky || (q & 1))))
            q++;
    }
    double r = ldexp((double)q, (int)(e + drop));
    if (isinf(r))
        return false;
    *out = r;
    return true;
}

bool numfmt_float_fromhex(const char *s, size_t len, double *out,
                          NumfmtError *err)
{
    size_t i = 0, end = len;
#define SP(c) ((c) == ' ' || ((c) >= '\t' && (c) <= '\r'))
    while (i < end && SP(s[i]))
        i++;
    while (end > i && SP(s[end - 1]))
        end--;
#undef SP
    bool neg = false;
    if (i < end && (s[i] == '+' || s[i] == '-'))
        neg = s[i++] == '-';
    size_t rest = end - i;
    const char *r = s + i;
    if ((rest == 3 && strncasecmp(r, "inf", 3) == 0) ||
        (rest == 8 && strncasecmp(r, "infinity", 8) == 0)) {
        *out = neg ? -INFINITY : INFINITY;
        return true;
    }
    if (rest == 3 && strncasecmp(r, "nan", 3) == 0) {
        *out = neg ? -NAN : NAN;
        return true;
    }
    if (rest >= 2 && r[0] == '0' && (r[1] == 'x' || r[1] == 'X'))
        i += 2;
    /* mantissa: take 16 hex digits from the first non-zero one, the rest
     * only matter as a sticky bit */
    uint64_t m = 0;
    int taken = 0;
    bool sticky = false, any = false, seen_dot = false;
    int64_t exp = 0; /* binary exponent adjustment */
    for (; i < end; i++) {
        if (s[i] == '.' && !seen_dot) {
            seen_dot = true;
            continue;
        }
        int d = hexval((unsigned char)s[i]);
        if (d < 0)
            break;
        any = true;
        if (m == 0 && d == 0 && taken == 0) {
            if (seen_dot)
                exp -= 4;
            continue;
        }
        if (taken < 16) {
            m = m << 4 | (uint64_t)d;
            taken++;
            if (seen_dot)
                exp -= 4;
        } else {
            if (d)
                sticky = true;
            if (!seen_dot)
                exp += 4;
        }
    }
    if (!any)
        goto invalid;
    if (i < end && (s[i] == 'p' || s[i] == 'P')) {
        i++;
        bool eneg = false;
        if (i < end && (s[i] == '+' || s[i] == '-'))
            eneg = s[i++] == '-';
        if (i >= end || s[i] < '0' || s[i] > '9')
            goto invalid;
        int64_t e = 0;
        for (; i < end && s[i] >= '0' && s[i] <= '9'; i++)
            if (e < (int64_t)1 << 40)
                e = e * 10 + (s[i] - '0'); /* saturates: far past any double */
        exp += eneg ? -e : e;
    }
    if (i != end)
        goto invalid;
    double v;
    if (!round_to_double(m, sticky, exp, &v)) {
        nf_error(err, NUMFMT_OVERFLOW_ERROR,
                 "hexadecimal value too large to represent as a float");
        return false;
    }
    *out = neg ? -v : v;
    return true;
invalid:
    nf_error(err, NUMFMT_VALUE_ERROR,
             "invalid hexadecimal floating-point string");
    return false;
}

bool numfmt_int_to_double(mpz_srcptr v, double *out, NumfmtError *err)
{
    size_t bits = mpz_sizeinbase(v, 2);
    if (bits <= 53) {
        *out = mpz_get_d(v); /* exact */
        return true;
    }
    /* top 64 bits plus a sticky bit for the rest */
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, v);
    size_t drop = bits > 64 ? bits - 64 : 0;
    bool sticky = mpz_scan1(t, 0) < drop;
    mpz_tdiv_q_2exp(t, t, drop);
    uint64_t m = 0;
    mpz_export(&m, NULL, -1, sizeof m, 0, 0, t);
    mpz_clear(t);
    double d;
    if (drop > (size_t)1 << 30 || !round_to_double(m, sticky, (int64_t)drop, &d)) {
        nf_error(err, NUMFMT_OVERFLOW_ERROR, "int too large to convert to float");
        return false;
    }
    *out = mpz_sgn(v) < 0 ? -d : d;
    return true;
}

/* ---- round, as_integer_ratio ------------------------------------------- */

bool numfmt_round(double x, int64_t ndigits, double *out, NumfmtError *err)
{
    /* Past these bounds every double rounds to itself or to a zero. */
    const int64_t nd_max = (int64_t)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
    const int64_t nd_min = -(int64_t)((DBL_MAX_EXP + 1) * 0.30103);
    if (!isfinite(x) || ndigits > nd_max) {
        *out = x;
        return true;
    }
    if (ndigits < nd_min) {
        *out = 0.0 * x;
        return true;
    }
    if (ndigits >= 0 && ndigits <= 40 && fabs(x) < 1e300) {
        /* printf rounds the exact binary value half-even at ndigits places:
         * the same digits, with no 800-digit expansion. */
        char small[400];
        snprintf(small, sizeof small, "%.*f", (int)ndigits, x);
        *out = strtod(small, NULL);
        return true;
    }
    /* The exact decimal value (at most 767 significant digits), rounded
     * half-even at 10^-ndigits, read back correctly rounded. */
    int decpt;
    char *d = nf_float_digits(x, 2, 800, &decpt);
    if (!d) {
        nf_error(err, NUMFMT_MEMORY_ERROR, "out of memory");
        return false;
    }
    long n = (long)strlen(d);
    long cut = decpt + ndigits; /* digits kept */
    char *buf = malloc((size_t)n + 40);
    if (!buf) {
        free(d);
        nf_error(err, NUMFMT_MEMORY_ERROR, "out of memory");
        return false;
    }
    const char *sgn = signbit(x) ? "-" : "";
    if (x == 0 || cut >= n) {
        *out = x;
    } else if (cut < 0) {
        *out = 0.0 * x;
    } else {
        /* keep d[0..cut), decide by d[cut..] */
        bool up;
        int first = d[cut] - '0';
        bool rest_nonzero = cut + 1 < n; /* trailing zeros are stripped */
        if (first > 5 || (first == 5 && rest_nonzero))
            up = true;
        else if (first < 5)
            up = false;
        else
            up = cut > 0 && (d[cut - 1] - '0') % 2 == 1;
        /* write "0" + kept digits, incremented if up, times 10^(decpt-cut) */
        buf[0] = '0';
        memcpy(buf + 1, d, (size_t)cut);
        long k = cut;
        if (up) {
            long j = k;
            while (buf[j] == '9')
                buf[j--] = '0';
            buf[j]++;
        }
        char *tmp = NULL;
        buf[k + 1] = 0;
        if (asprintf(&tmp, "%s%se%ld", sgn, buf, (long)decpt - cut) < 0) {
            free(d);
            free(buf);
            nf_error(err, NUMFMT_MEMORY_ERROR, "out of memory");
            return false;
        }
        errno = 0;
        double r = strtod(tmp, NULL);
        free(tmp);
        if (isinf(r)) {
            free(d);
            free(buf);
            nf_error(err, NUMFMT_OVERFLOW_ERROR,
                     "rounded value too large to represent");
            return false;
        }
        if (r == 0)
            r = 0.0 * x; /* keep the sign of x */
        *out = r;
    }
    free(d);
    free(buf);
    return true;
}

bool numfmt_round_to_int(double x, mpz_ptr out, NumfmtError *err)
{
    if (isnan(x)) {
        nf_error(err, NUMFMT_VALUE_ERROR, "cannot convert float NaN to integer");
        return false;
    }
    if (isinf(x)) {
        nf_error(err, NUMFMT_OVERFLOW_ERROR,
                 "cannot convert float infinity to integer");
        return false;
    }
    double r = round(x);
    if (fabs(x - r) == 0.5)
        r = 2.0 * round(x / 2.0);
    mpz_set_d(out, r);
    return true;
}

bool numfmt_as_integer_ratio(double x, mpz_ptr num, mpz_ptr den,
                             NumfmtError *err)
{
    if (isinf(x)) {
        nf_error(err, NUMFMT_OVERFLOW_ERROR,
                 "cannot convert Infinity to integer ratio");
        return false;
    }
    if (isnan(x)) {
        nf_error(err, NUMFMT_VALUE_ERROR, "cannot convert NaN to integer ratio");
        return false;
    }
    int e;
    double m = frexp(x, &e);
    /* scale the mantissa to an integer: at most 53 doublings */
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    mpz_set_d(num, m);
    mpz_set_ui(den, 1);
    if (e > 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    return true;
}

bool numfmt_is_integer(double x)
{
    return isfinite(x) && floor(x) == x;
}
