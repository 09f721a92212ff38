/* UTF-8: decoding with the Unicode "maximal subpart" error ranges CPython
 * uses, and encoding with surrogate runs handed to the error handler. */
#include "codecs_internal.h"

/* The range the second byte of a sequence led by c must fall in (the first
 * byte decides it: it rules out overlongs, surrogates and > U+10FFFF);
 * later bytes are plain 0x80-0xbf. */
static void second_range(unsigned char c, unsigned char *lo, unsigned char *hi)
{
    *lo = 0x80;
    *hi = 0xbf;
    if (c == 0xe0)
        *lo = 0xa0;
    else if (c == 0xed)
        *hi = 0x9f;
    else if (c == 0xf0)
        *lo = 0x90;
    else if (c == 0xf4)
        *hi = 0x8f;
}

bool codec_utf8_decode(CodecDec *d, size_t *consumed)
{
    const unsigned char *s = d->in;
    size_t n = d->n, i = 0;
    while (i < n) {
        unsigned char c = s[i];
        if (c < 0x80) {
            if (!codec_cps_put(&d->out, c))
                return codec_set_memory_error(d->err);
            i++;
            continue;
        }
        size_t need = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3
                    : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
        const char *reason;
        size_t start = i, end;
        if (need == 0) {
            reason = "invalid start byte";
            end = i + 1;
        } else {
            size_t k = 1;
            unsigned char lo, hi;
            second_range(c, &lo, &hi);
            while (k < need && i + k < n && s[i + k] >= lo && s[i + k] <= hi) {
                k++;
                lo = 0x80, hi = 0xbf;
            }
            if (k == need) {
                uint32_t cp = need == 2 ? c & 0x1fu : need == 3 ? c & 0x0fu : c & 0x07u;
                for (size_t j = 1; j < need; j++)
                    cp = cp << 6 | (s[i + j] & 0x3fu);
                if (!codec_cps_put(&d->out, cp))
                    return codec_set_memory_error(d->err);
                i += need;
                continue;
            }
            if (i + k == n) {
                /* a valid prefix cut short by the end of the input */
                if (consumed) {
                    *consumed = i;
                    return true;
                }
                reason = "unexpected end of data";
                end = n;
            } else {
                /* When streaming, ED A0-BF at the very end may be the first
                 * two bytes of an encoded surrogate that surrogatepass will
                 * take once the third arrives: CPython waits for it. */
                if (consumed && k == 1 && c == 0xed && n - i == 2 &&
                    s[i + 1] >= 0xa0 && s[i + 1] <= 0xbf) {
                    *consumed = i;
                    return true;
                }
                reason = "invalid continuation byte";
                end = i + k;
            }
        }
        if (!codec_dec_error(d, reason, start, end, &i))
            return false;
    }
    if (consumed)
        *consumed = n;
    return true;
}

bool codec_utf8_encode(CodecEnc *e)
{
    const uint32_t *s = e->in;
    size_t n = e->n, i = 0;
    while (i < n) {
        uint32_t c = s[i];
        if (c >= 0xd800 && c <= 0xdfff) {
            /* the whole run of surrogates goes to the handler at once */
            size_t j = i + 1;
            while (j < n && s[j] >= 0xd800 && s[j] <= 0xdfff)
                j++;
            if (!codec_enc_error(e, "surrogates not allowed", i, j, &i))
                return false;
            continue;
        }
        if (e->out.cap - e->out.n < 4 && !codec_bytes_grow(&e->out, 4))
            return codec_set_memory_error(e->err);
        unsigned char *p = e->out.p + e->out.n;
        if (c < 0x80) {
            p[0] = (unsigned char)c;
            e->out.n += 1;
        } else if (c < 0x800) {
            p[0] = (unsigned char)(0xc0 | c >> 6);
            p[1] = (unsigned char)(0x80 | (c & 0x3f));
            e->out.n += 2;
        } else if (c < 0x10000) {
            p[0] = (unsigned char)(0xe0 | c >> 12);
            p[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
            p[2] = (unsigned char)(0x80 | (c & 0x3f));
            e->out.n += 3;
        } else {
            p[0] = (unsigned char)(0xf0 | c >> 18);
            p[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3f));
            p[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
            p[3] = (unsigned char)(0x80 | (c & 0x3f));
            e->out.n += 4;
        }
        i++;
    }
    return true;
}
