/* UTF-8 encoding of one code point, shared by every component that writes
 * text. Surrogates are encoded like any other code point ("generalized
 * UTF-8"), which is what the front end needs for lone "\ud800" escapes. */
#ifndef FT_UTF8_H
#define FT_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Writes cp (< 0x110000) to out and returns how many bytes (1 to 4). */
static inline int utf8_encode(uint32_t cp, char out[4])
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* UTF-8 of s[a..b) into buf (NUL-terminated, truncated to fit cap). */
static inline void utf8_encode_range(const uint32_t *s, size_t a, size_t b, char *buf,
                                     size_t cap)
{
    size_t k = 0;
    for (size_t i = a; i < b && k + 5 < cap; i++)
        k += (size_t)utf8_encode(s[i], buf + k);
    buf[k] = 0;
}

#endif
