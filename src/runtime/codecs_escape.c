/* The unicode_escape and raw_unicode_escape codecs: Python-literal-style
 * backslash escapes over latin-1, as CPython reads and writes them. */
#include "codecs_internal.h"
#include "unicode_db.h"

#include <stdio.h>

static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static bool put_ascii(CodecBytes *b, const char *s)
{
    for (; *s; s++)
        if (!codec_bytes_put(b, (unsigned char)*s))
            return false;
    return true;
}

/* Both encoders cannot fail: everything has an escape. raw only escapes
 * what latin-1 cannot hold. */
bool codec_escape_encode(CodecEnc *e, bool raw)
{
    char buf[16];
    for (size_t i = 0; i < e->n; i++) {
        uint32_t c = e->in[i];
        const char *s = buf;
        if (raw && c < 0x100) {
            if (!codec_bytes_put(&e->out, (unsigned char)c))
                return codec_set_memory_error(e->err);
            continue;
        }
        if (c == '\\')
            s = "\\\\";
        else if (c == '\t')
            s = "\\t";
        else if (c == '\n')
            s = "\\n";
        else if (c == '\r')
            s = "\\r";
        else if (c >= 0x20 && c < 0x7f)
            buf[0] = (char)c, buf[1] = 0;
        else
            snprintf(buf, sizeof buf, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x",
                     (unsigned)c);
        if (!put_ascii(&e->out, s))
            return codec_set_memory_error(e->err);
    }
    return true;
}

/* Reads count hex digits at s[*i]: the value, or -1 with *i at the first
 * digit missing (the end of a truncated escape, as CPython reports it). */
static int64_t read_hex(const unsigned char *s, size_t n, size_t *i, int count)
{
    int64_t v = 0;
    for (; count; count--, (*i)++) {
        int h = *i < n ? hexval(s[*i]) : -1;
        if (h < 0)
            return -1;
        v = v << 4 | h;
    }
    return v;
}

bool codec_unicode_escape_decode(CodecDec *d)
{
    const unsigned char *s = d->in;
    size_t n = d->n, i = 0;
    while (i < n) {
        unsigned char c = s[i++];
        if (c != '\\') {
            if (!codec_cps_put(&d->out, c))
                return codec_set_memory_error(d->err);
            continue;
        }
        size_t start = i - 1;
        const char *reason;
        uint32_t out;
        if (i >= n) {
            reason = "\\ at end of string";
            goto error;
        }
        c = s[i++];
        switch (c) {
        case '\n': continue;
        case '\\': out = '\\'; break;
        case '\'': out = '\''; break;
        case '"': out = '"'; break;
        case 'a': out = 7; break;
        case 'b': out = 8; break;
        case 'f': out = 12; break;
        case 'n': out = 10; break;
        case 'r': out = 13; break;
        case 't': out = 9; break;
        case 'v': out = 11; break;
        case '0': case '1': case '2': case '3':
        case '4': case '5': case '6': case '7':
            /* up to three octal digits; past 0o377 still a character */
            out = c - '0';
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++)
                out = out * 8 + (s[i++] - '0');
            break;
        case 'x': case 'u': case 'U': {
            int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            reason = c == 'x' ? "truncated \\xXX escape"
                   : c == 'u' ? "truncated \\uXXXX escape"
                              : "truncated \\UXXXXXXXX escape";
            int64_t v = read_hex(s, n, &i, count);
            if (v < 0)
                goto error;
            if (v > 0x10ffff) {
                reason = "illegal Unicode character";
                goto error;
            }
            out = (uint32_t)v;
            break;
        }
        case 'N': {
            reason = "malformed \\N character escape";
            if (i >= n || s[i] != '{')
                goto error;
            size_t name = ++i;
            while (i < n && s[i] != '}')
                i++;
            if (i >= n || i == name)
                goto error;
            i++;
            if (!ucd_lookup((const char *)s + name, i - 1 - name, &out,
                            UCD_LOOKUP_ALIASES)) {
                reason = "unknown Unicode character name";
                goto error;
            }
            break;
        }
        default:
            /* an unknown escape stays as written (CPython warns) */
            if (!codec_cps_put(&d->out, '\\'))
                return codec_set_memory_error(d->err);
            out = c;
            break;
        }
        if (!codec_cps_put(&d->out, out))
            return codec_set_memory_error(d->err);
        continue;
    error:
        if (!codec_dec_error(d, reason, start, i, &i))
            return false;
    }
    return true;
}

bool codec_raw_unicode_escape_decode(CodecDec *d)
{
    const unsigned char *s = d->in;
    size_t n = d->n, i = 0;
    while (i < n) {
        unsigned char c = s[i++];
        /* only \u and \U escape; any other backslash pair stays */
        if (c != '\\' || i >= n || (s[i] != 'u' && s[i] != 'U')) {
            if (!codec_cps_put(&d->out, c))
                return codec_set_memory_error(d->err);
            if (c == '\\' && i < n && !codec_cps_put(&d->out, s[i++]))
                return codec_set_memory_error(d->err);
            continue;
        }
        size_t start = i - 1;
        bool big = s[i++] == 'U';
        const char *reason = big ? "truncated \\UXXXXXXXX escape" : "truncated \\uXXXX escape";
        int64_t v = read_hex(s, n, &i, big ? 8 : 4);
        if (v > 0x10ffff)
            reason = "\\Uxxxxxxxx out of range";
        if (v >= 0 && v <= 0x10ffff) {
            if (!codec_cps_put(&d->out, (uint32_t)v))
                return codec_set_memory_error(d->err);
        } else if (!codec_dec_error(d, reason, start, i, &i)) {
            return false;
        }
    }
    return true;
}
