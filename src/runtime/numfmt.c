/* numfmt's common pieces: error records, the output buffer, UTF-8 helpers
 * and repr() of a str (the parsers quote their input with it). */
#include "numfmt_internal.h"
#include "utf8.h"

#include "unicode_db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *numfmt_error_name(NumfmtErrorKind kind)
{
    switch (kind) {
    case NUMFMT_OK: return "OK";
    case NUMFMT_VALUE_ERROR: return "ValueError";
    case NUMFMT_OVERFLOW_ERROR: return "OverflowError";
    case NUMFMT_TYPE_ERROR: return "TypeError";
    case NUMFMT_MEMORY_ERROR: return "MemoryError";
    }
    return "?";
}

void numfmt_error_clear(NumfmtError *err)
{
    free(err->msg);
    err->msg = NULL;
    err->kind = NUMFMT_OK;
}

void nf_error(NumfmtError *err, NumfmtErrorKind kind, const char *fmt, ...)
{
    if (!err)
        return;
    free(err->msg);
    err->kind = kind;
    va_list ap;
    va_start(ap, fmt);
    if (vasprintf(&err->msg, fmt, ap) < 0)
        err->msg = NULL; /* the kind alone still tells the caller */
    va_end(ap);
}

static bool nf_reserve(NfBuf *b, size_t extra)
{
    if (b->oom)
        return false;
    if (b->len + extra + 1 <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1) {
        if (cap > SIZE_MAX / 2) {
            b->oom = true;
            return false;
        }
        cap *= 2;
    }
    char *p = realloc(b->p, cap);
    if (!p) {
        b->oom = true;
        return false;
    }
    b->p = p;
    b->cap = cap;
    return true;
}

void nf_put(NfBuf *b, const char *s, size_t n)
{
    if (n == 0 || !nf_reserve(b, n))
        return;
    memcpy(b->p + b->len, s, n);
    b->len += n;
}

void nf_putc(NfBuf *b, char c)
{
    nf_put(b, &c, 1);
}

void nf_put_cp(NfBuf *b, uint32_t cp)
{
    char u[4];
    nf_put(b, u, utf8_encode(cp, u));
}

void nf_fill(NfBuf *b, uint32_t cp, int64_t n)
{
    if (n <= 0)
        return;
    char u[4];
    size_t k = utf8_encode(cp, u);
    if ((uint64_t)n > (SIZE_MAX - b->len) / 8 || !nf_reserve(b, (size_t)n * k)) {
        b->oom = true;
        return;
    }
    for (int64_t i = 0; i < n; i++) {
        memcpy(b->p + b->len, u, k);
        b->len += k;
    }
}

char *nf_finish(NfBuf *b, NumfmtError *err)
{
    if (!nf_reserve(b, 0)) {
        free(b->p);
        b->p = NULL;
        nf_error(err, NUMFMT_MEMORY_ERROR, "out of memory");
        return NULL;
    }
    b->p[b->len] = 0;
    return b->p;
}

char *nf_finish_len(NfBuf *b, size_t *outlen, NumfmtError *err)
{
    char *r = nf_finish(b, err);
    if (r && outlen)
        *outlen = b->len;
    return r;
}

uint32_t nf_utf8_next(const char *s, size_t len, size_t *i)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t k = *i;
    uint32_t c = u[k];
    int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    if (extra)
        c &= 0x3Fu >> extra;
    k++;
    for (int j = 0; j < extra && k < len; j++, k++)
        c = c << 6 | (u[k] & 0x3F);
    *i = k;
    return c;
}

size_t nf_utf8_count(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            n++;
    return n;
}

char *numfmt_str_repr(const char *s, size_t len, size_t max_chars)
{
    /* Python picks double quotes only when the text has a single quote
     * and no double quote. */
    bool sq = memchr(s, '\'', len) != NULL, dq = memchr(s, '"', len) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    NfBuf b = {0};
    nf_putc(&b, quote);
    for (size_t i = 0; i < len;) {
        uint32_t c = nf_utf8_next(s, len, &i);
        char tmp[16];
        if (c == (uint32_t)quote || c == '\\') {
            tmp[0] = '\\';
            tmp[1] = (char)c;
            nf_put(&b, tmp, 2);
        } else if (c == '\t') {
            nf_put(&b, "\\t", 2);
        } else if (c == '\n') {
            nf_put(&b, "\\n", 2);
        } else if (c == '\r') {
            nf_put(&b, "\\r", 2);
        } else if (c < ' ' || c == 0x7F) {
            nf_put(&b, tmp, (size_t)snprintf(tmp, sizeof tmp, "\\x%02x", c));
        } else if (c < 0x7F || ucd_has(c, UCD_PRINTABLE)) {
            nf_put_cp(&b, c);
        } else if (c <= 0xFF) {
            nf_put(&b, tmp, (size_t)snprintf(tmp, sizeof tmp, "\\x%02x", c));
        } else if (c <= 0xFFFF) {
            nf_put(&b, tmp, (size_t)snprintf(tmp, sizeof tmp, "\\u%04x", c));
        } else {
            nf_put(&b, tmp, (size_t)snprintf(tmp, sizeof tmp, "\\U%08x", c));
        }
    }
    nf_putc(&b, quote);
    char *r = nf_finish(&b, NULL);
    if (r && max_chars > 0) {
        /* cut after max_chars code points, as "%.200R" does */
        size_t n = 0, i = 0, rl = b.len;
        while (i < rl && n < max_chars) {
            nf_utf8_next(r, rl, &i);
            n++;
        }
        r[i] = 0;
    }
    return r;
}
