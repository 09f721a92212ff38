/* printf-style '%' conversions of numbers (str % args): the digits of one
 * conversion, then CPython's sign / "0x" prefix / padding placement. */
#include "numfmt_internal.h"

#include <stdlib.h>
#include <string.h>

/* Pads body (UTF-8, with an optional leading sign and, for %#o/%#x/%#X, a
 * "0o"/"0x"/"0X" after it) to the width: zeros go between the sign/prefix
 * and the digits, spaces outside them. */
static char *pad_output(const char *body, size_t blen, bool numeric, char conv,
                        const NumfmtPercent *f, size_t *outlen, NumfmtError *err)
{
    char fill = numeric && f->zero ? '0' : ' ';
    const char *p = body;
    int64_t len = (int64_t)nf_utf8_count(body, blen);
    char sign = 0;
    if (numeric) {
        if (*p == '-' || *p == '+') {
            sign = *p++;
            len--;
        } else if (f->sign) {
            sign = '+';
        } else if (f->blank) {
            sign = ' ';
        }
    }
    int64_t width = f->width < len ? len : f->width;
    if (sign && width > len)
        width--;
    bool prefix = f->alt && (conv == 'x' || conv == 'X' || conv == 'o');
    NfBuf b = {0};
    if (sign && fill != ' ')
        nf_putc(&b, sign);
    if (prefix) {
        if (fill != ' ') {
            nf_put(&b, p, 2);
            p += 2;
        }
        width -= 2;
        if (width < 0)
            width = 0;
        len -= 2;
    }
    if (width > len && !f->ljust) {
        nf_fill(&b, (uint32_t)fill, width - len);
        width = len;
    }
    if (fill == ' ') {
        if (sign)
            nf_putc(&b, sign);
        if (prefix) {
            nf_put(&b, p, 2);
            p += 2;
        }
    }
    nf_put(&b, p, blen - (size_t)(p - body));
    if (width > len)
        nf_fill(&b, ' ', width - len);
    return nf_finish_len(&b, outlen, err);
}

char *numfmt_percent_int(mpz_srcptr v, char conv, const NumfmtPercent *f,
                         long max_str_digits, size_t *outlen, NumfmtError *err)
{
    if (conv == 'c') {
        if (mpz_sgn(v) < 0 || mpz_cmp_ui(v, 0x10FFFF) > 0) {
            nf_error(err, NUMFMT_OVERFLOW_ERROR, "%%c arg not in range(0x110000)");
            return NULL;
        }
        NfBuf ch = {0};
        nf_put_cp(&ch, (uint32_t)mpz_get_ui(v));
        char *c = nf_finish(&ch, err);
        if (!c)
            return NULL;
        char *r = pad_output(c, ch.len, false, 'c', f, outlen, err);
        free(c);
        return r;
    }
    int base = conv == 'o' ? 8 : conv == 'x' || conv == 'X' ? 16 : 10;
    char *s = numfmt_int_to_str(v, base, f->alt && base != 10, max_str_digits, err);
    if (!s)
        return NULL;
    /* precision: a minimum number of digits, zeros after sign and prefix */
    size_t n = strlen(s);
    size_t nondig = (s[0] == '-') + (f->alt && base != 10 ? 2 : 0);
    int64_t ndig = (int64_t)(n - nondig);
    if (f->precision > ndig) {
        size_t extra = (size_t)(f->precision - ndig);
        char *t = malloc(n + extra + 1);
        if (!t) {
            free(s);
            nf_error(err, NUMFMT_MEMORY_ERROR, "out of memory");
            return NULL;
        }
        memcpy(t, s, nondig);
        memset(t + nondig, '0', extra);
        memcpy(t + nondig + extra, s + nondig, n - nondig + 1);
        free(s);
        s = t;
        n += extra;
    }
    if (conv == 'X')
        for (char *p = s; *p; p++)
            if (*p >= 'a' && *p <= 'x')
                *p = (char)(*p - 'a' + 'A');
    char *r = pad_output(s, n, true, conv, f, outlen, err);
    free(s);
    return r;
}

char *numfmt_percent_float(double x, char conv, const NumfmtPercent *f,
                           NumfmtError *err)
{
    int prec = f->precision < 0 ? 6 : f->precision > 0x7fffffff ? 0x7fffffff
             : (int)f->precision;
    char *s = numfmt_float_format(x, conv, prec, f->alt ? NUMFMT_ALT : 0, NULL);
    if (!s) {
        nf_error(err, NUMFMT_MEMORY_ERROR, "out of memory");
        return NULL;
    }
    char *r = pad_output(s, strlen(s), true, conv, f, NULL, err);
    free(s);
    return r;
}

char *numfmt_percent_text(const char *s, size_t len, char conv,
                          const NumfmtPercent *f, size_t *outlen)
{
    size_t bytes = len;
    if (conv != 'c' && f->precision >= 0) {
        size_t i = 0;
        for (int64_t k = 0; k < f->precision && i < len; k++)
            nf_utf8_next(s, len, &i);
        bytes = i;
    }
    NumfmtPercent g = *f;
    g.alt = false;
    return pad_output(s, bytes, false, conv, &g, outlen, NULL);
}
