/* UTF-16 and UTF-32 in both byte orders, with the BOM written by the plain
 * forms' encoders and detected by their decoders, as CPython does. */
#include "codecs_internal.h"

static uint32_t read16(const unsigned char *p, int bo)
{
    return bo > 0 ? (uint32_t)p[0] << 8 | p[1] : (uint32_t)p[1] << 8 | p[0];
}

static uint32_t read32(const unsigned char *p, int bo)
{
    return bo > 0 ? (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]
                  : (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

bool codec_utf16_decode(CodecDec *d, int *bo, size_t *consumed)
{
    const unsigned char *s = d->in;
    size_t n = d->n, i = 0;
    if (*bo == 0 && n >= 2) {
        if (s[0] == 0xff && s[1] == 0xfe)
            *bo = -1, i = 2;
        else if (s[0] == 0xfe && s[1] == 0xff)
            *bo = 1, i = 2;
    }
    /* without a BOM the plain form reads the machine's order (little) and
     * errors name the order actually read */
    int order = *bo > 0 ? 1 : -1;
    d->encoding = order > 0 ? "utf-16-be" : "utf-16-le";
    d->sp = order > 0 ? CODEC_SP_UTF16BE : CODEC_SP_UTF16LE;
    while (i < n) {
        const char *reason;
        size_t start = i, end;
        if (n - i < 2) {
            if (consumed)
                break;
            reason = "truncated data";
            end = n;
        } else {
            uint32_t u = read16(s + i, order);
            if (u < 0xd800 || u > 0xdfff) {
                if (!codec_cps_put(&d->out, u))
                    return codec_set_memory_error(d->err);
                i += 2;
                continue;
            }
            if (u >= 0xdc00) {
                reason = "illegal encoding";
                end = i + 2;
            } else if (n - i < 4) {
                if (consumed)
                    break;
                reason = "unexpected end of data";
                end = n;
            } else {
                uint32_t u2 = read16(s + i + 2, order);
                if (u2 >= 0xdc00 && u2 <= 0xdfff) {
                    uint32_t c = 0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00);
                    if (!codec_cps_put(&d->out, c))
                        return codec_set_memory_error(d->err);
                    i += 4;
                    continue;
                }
                /* only the high surrogate is at fault; the next unit is
                 * read again */
                reason = "illegal UTF-16 surrogate";
                end = i + 2;
            }
        }
        if (!codec_dec_error(d, reason, start, end, &i))
            return false;
    }
    if (consumed)
        *consumed = i;
    return true;
}

bool codec_utf32_decode(CodecDec *d, int *bo, size_t *consumed)
{
    const unsigned char *s = d->in;
    size_t n = d->n, i = 0;
    if (*bo == 0 && n >= 4) {
        if (s[0] == 0xff && s[1] == 0xfe && s[2] == 0 && s[3] == 0)
            *bo = -1, i = 4;
        else if (s[0] == 0 && s[1] == 0 && s[2] == 0xfe && s[3] == 0xff)
            *bo = 1, i = 4;
    }
    int order = *bo > 0 ? 1 : -1;
    d->encoding = order > 0 ? "utf-32-be" : "utf-32-le";
    d->sp = order > 0 ? CODEC_SP_UTF32BE : CODEC_SP_UTF32LE;
    while (i < n) {
        const char *reason;
        size_t start = i, end;
        if (n - i < 4) {
            if (consumed)
                break;
            reason = "truncated data";
            end = n;
        } else {
            uint32_t c = read32(s + i, order);
            if (c <= 0x10ffff && (c < 0xd800 || c > 0xdfff)) {
                if (!codec_cps_put(&d->out, c))
                    return codec_set_memory_error(d->err);
                i += 4;
                continue;
            }
            reason = c > 0x10ffff ? "code point not in range(0x110000)"
                                  : "code point in surrogate code point range(0xd800, 0xe000)";
            end = i + 4;
        }
        if (!codec_dec_error(d, reason, start, end, &i))
            return false;
    }
    if (consumed)
        *consumed = i;
    return true;
}

static bool put_unit(CodecBytes *b, uint32_t u, int size, int bo)
{
    if (b->cap - b->n < (size_t)size && !codec_bytes_grow(b, (size_t)size))
        return false;
    for (int k = 0; k < size; k++) {
        int shift = bo > 0 ? 8 * (size - 1 - k) : 8 * k;
        b->p[b->n++] = (unsigned char)(u >> shift);
    }
    return true;
}

/* Surrogates go to the handler one at a time (CPython's utf-16/32
 * encoders do not gather runs). */
bool codec_utf16_encode(CodecEnc *e, int bo, bool bom)
{
    if (bom) {
        e->encoding = "utf-16";
        if (!put_unit(&e->out, 0xfeff, 2, bo))
            return codec_set_memory_error(e->err);
    }
    size_t i = 0;
    while (i < e->n) {
        uint32_t c = e->in[i];
        bool ok;
        if (c >= 0xd800 && c <= 0xdfff) {
            if (!codec_enc_error(e, "surrogates not allowed", i, i + 1, &i))
                return false;
            continue;
        }
        if (c < 0x10000)
            ok = put_unit(&e->out, c, 2, bo);
        else
            ok = put_unit(&e->out, 0xd800 + ((c - 0x10000) >> 10), 2, bo) &&
                 put_unit(&e->out, 0xdc00 + ((c - 0x10000) & 0x3ff), 2, bo);
        if (!ok)
            return codec_set_memory_error(e->err);
        i++;
    }
    return true;
}

bool codec_utf32_encode(CodecEnc *e, int bo, bool bom)
{
    if (bom) {
        e->encoding = "utf-32";
        if (!put_unit(&e->out, 0xfeff, 4, bo))
            return codec_set_memory_error(e->err);
    }
    size_t i = 0;
    while (i < e->n) {
        uint32_t c = e->in[i];
        if (c >= 0xd800 && c <= 0xdfff) {
            if (!codec_enc_error(e, "surrogates not allowed", i, i + 1, &i))
                return false;
            continue;
        }
        if (!put_unit(&e->out, c, 4, bo))
            return codec_set_memory_error(e->err);
        i++;
    }
    return true;
}
