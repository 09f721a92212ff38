/* One byte per character: ascii, latin-1 (encode; its decode cannot fail)
 * and cp1252, which CPython runs through its 'charmap' codec. */
#include "codecs_internal.h"

/* cp1252's 0x80-0x9f; 0 marks the five undefined bytes. The rest of the
 * code page is latin-1. */
static const uint16_t cp1252_high[32] = {
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
    0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
    0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
    0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
};

bool codec_ascii_decode(CodecDec *d)
{
    size_t i = 0;
    while (i < d->n) {
        unsigned char c = d->in[i];
        if (c < 0x80) {
            if (!codec_cps_put(&d->out, c))
                return codec_set_memory_error(d->err);
            i++;
        } else if (!codec_dec_error(d, "ordinal not in range(128)", i, i + 1, &i)) {
            return false;
        }
    }
    return true;
}

/* ascii (limit 0x80) and latin-1 (0x100): each run of characters at or
 * past the limit goes to the handler whole. */
bool codec_ascii_encode(CodecEnc *e, uint32_t limit)
{
    const char *reason = limit == 0x80 ? "ordinal not in range(128)"
                                       : "ordinal not in range(256)";
    size_t i = 0;
    while (i < e->n) {
        if (e->in[i] < limit) {
            if (!codec_bytes_put(&e->out, (unsigned char)e->in[i]))
                return codec_set_memory_error(e->err);
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < e->n && e->in[j] >= limit)
            j++;
        if (!codec_enc_error(e, reason, i, j, &i))
            return false;
    }
    return true;
}

bool codec_cp1252_decode(CodecDec *d)
{
    size_t i = 0;
    while (i < d->n) {
        unsigned char c = d->in[i];
        uint32_t u = c >= 0x80 && c < 0xa0 ? cp1252_high[c - 0x80] : c;
        if (u || c == 0) {
            if (!codec_cps_put(&d->out, u))
                return codec_set_memory_error(d->err);
            i++;
        } else if (!codec_dec_error(d, "character maps to <undefined>", i, i + 1, &i)) {
            return false;
        }
    }
    return true;
}

/* The byte cp1252 encodes c as, or -1. */
static int cp1252_byte(uint32_t c)
{
    if (c < 0x80 || (c >= 0xa0 && c < 0x100))
        return (int)c;
    for (int k = 0; k < 32; k++)
        if (cp1252_high[k] && cp1252_high[k] == c)
            return 0x80 + k;
    return -1;
}

bool codec_cp1252_encode(CodecEnc *e)
{
    size_t i = 0;
    while (i < e->n) {
        int b = cp1252_byte(e->in[i]);
        if (b >= 0) {
            if (!codec_bytes_put(&e->out, (unsigned char)b))
                return codec_set_memory_error(e->err);
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < e->n && cp1252_byte(e->in[j]) < 0)
            j++;
        if (!codec_enc_error(e, "character maps to <undefined>", i, j, &i))
            return false;
    }
    return true;
}
