/* Codec lookup by name, error records and messages, the error handlers,
 * one-shot and incremental dispatch, and the ASCII/UTF-8 fast paths. */
#include "codecs_internal.h"
#include "unicode_db.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- error records ---------------------------------------------------- */

const char *codec_error_name(CodecErrorKind kind)
{
    switch (kind) {
    case CODEC_OK: return "OK";
    case CODEC_LOOKUP_ERROR: return "LookupError";
    case CODEC_TYPE_ERROR: return "TypeError";
    case CODEC_UNICODE_DECODE_ERROR: return "UnicodeDecodeError";
    case CODEC_UNICODE_ENCODE_ERROR: return "UnicodeEncodeError";
    case CODEC_MEMORY_ERROR: return "MemoryError";
    }
    return "?";
}

void codec_error_clear(CodecError *err)
{
    free(err->msg);
    *err = (CodecError)CODEC_ERROR_INIT;
}

static void set_error(CodecError *err, CodecErrorKind kind, const char *fmt, ...)
{
    va_list ap;
    char buf[512];
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    free(err->msg);
    err->kind = kind;
    err->msg = strdup(buf);
}

bool codec_set_memory_error(CodecError *err)
{
    free(err->msg);
    *err = (CodecError)CODEC_ERROR_INIT;
    err->kind = CODEC_MEMORY_ERROR;
    return false;
}

/* The attributes and str() of a UnicodeDecodeError, as CPython words it. */
static void set_decode_error(CodecError *err, const char *encoding,
                             const unsigned char *in, size_t start, size_t end,
                             const char *reason)
{
    if (end == start + 1)
        set_error(err, CODEC_UNICODE_DECODE_ERROR,
                  "'%s' codec can't decode byte 0x%02x in position %zu: %s",
                  encoding, in[start], start, reason);
    else
        set_error(err, CODEC_UNICODE_DECODE_ERROR,
                  "'%s' codec can't decode bytes in position %zu-%zu: %s",
                  encoding, start, end - 1, reason);
    snprintf(err->encoding, sizeof err->encoding, "%s", encoding);
    err->reason = reason;
    err->start = start;
    err->end = end;
}

static void set_encode_error(CodecError *err, const char *encoding,
                             const uint32_t *in, size_t start, size_t end,
                             const char *reason)
{
    if (end == start + 1) {
        uint32_t c = in[start];
        const char *fmt = c <= 0xff ? "\\x%02x" : c <= 0xffff ? "\\u%04x" : "\\U%08x";
        char ch[16];
        snprintf(ch, sizeof ch, fmt, (unsigned)c);
        set_error(err, CODEC_UNICODE_ENCODE_ERROR,
                  "'%s' codec can't encode character '%s' in position %zu: %s",
                  encoding, ch, start, reason);
    } else {
        set_error(err, CODEC_UNICODE_ENCODE_ERROR,
                  "'%s' codec can't encode characters in position %zu-%zu: %s",
                  encoding, start, end - 1, reason);
    }
    snprintf(err->encoding, sizeof err->encoding, "%s", encoding);
    err->reason = reason;
    err->start = start;
    err->end = end;
}

/* ---- buffers ---------------------------------------------------------- */

bool codec_cps_grow(CodecCps *b, size_t more)
{
    size_t cap = b->cap ? b->cap : 16;
    while (cap - b->n < more)
        cap *= 2;
    uint32_t *p = realloc(b->p, cap * sizeof *p);
    if (!p)
        return false;
    b->p = p;
    b->cap = cap;
    return true;
}

bool codec_bytes_grow(CodecBytes *b, size_t more)
{
    size_t cap = b->cap ? b->cap : 16;
    while (cap - b->n < more)
        cap *= 2;
    unsigned char *p = realloc(b->p, cap);
    if (!p)
        return false;
    b->p = p;
    b->cap = cap;
    return true;
}

bool codec_put_ascii_1(CodecBytes *b, unsigned char c)
{
    return codec_bytes_put(b, c);
}

/* ---- lookup ----------------------------------------------------------- */

static const char *const codec_names[CODEC_COUNT_] = {
    "utf-8", "ascii", "iso8859-1", "utf-16", "utf-16-le", "utf-16-be",
    "utf-32", "utf-32-le", "utf-32-be", "cp1252", "unicode-escape",
    "raw-unicode-escape", "utf-8-sig",
};

/* encodings' module names of the codecs ftpy has */
static const char *const module_names[CODEC_COUNT_] = {
    "utf_8", "ascii", "latin_1", "utf_16", "utf_16_le", "utf_16_be",
    "utf_32", "utf_32_le", "utf_32_be", "cp1252", "unicode_escape",
    "raw_unicode_escape", "utf_8_sig",
};

/* encodings.aliases entries that lead to those modules */
static const struct { const char *alias; CodecId id; } aliases[] = {
    {"1252", CODEC_CP1252}, {"windows_1252", CODEC_CP1252},
    {"646", CODEC_ASCII}, {"ansi_x3.4_1968", CODEC_ASCII},
    {"ansi_x3.4_1986", CODEC_ASCII}, {"ansi_x3_4_1968", CODEC_ASCII},
    {"cp367", CODEC_ASCII}, {"csascii", CODEC_ASCII}, {"ibm367", CODEC_ASCII},
    {"iso646_us", CODEC_ASCII}, {"iso_646.irv_1991", CODEC_ASCII},
    {"iso_ir_6", CODEC_ASCII}, {"us", CODEC_ASCII}, {"us_ascii", CODEC_ASCII},
    {"8859", CODEC_LATIN1}, {"cp819", CODEC_LATIN1},
    {"csisolatin1", CODEC_LATIN1}, {"ibm819", CODEC_LATIN1},
    {"iso8859", CODEC_LATIN1}, {"iso8859_1", CODEC_LATIN1},
    {"iso_8859_1", CODEC_LATIN1}, {"iso_8859_1_1987", CODEC_LATIN1},
    {"iso_ir_100", CODEC_LATIN1}, {"l1", CODEC_LATIN1},
    {"latin", CODEC_LATIN1}, {"latin1", CODEC_LATIN1},
    {"cp65001", CODEC_UTF8}, {"u8", CODEC_UTF8}, {"utf", CODEC_UTF8},
    {"utf8", CODEC_UTF8}, {"utf8_ucs2", CODEC_UTF8}, {"utf8_ucs4", CODEC_UTF8},
    {"u16", CODEC_UTF16}, {"utf16", CODEC_UTF16},
    {"unicodebigunmarked", CODEC_UTF16_BE}, {"utf_16be", CODEC_UTF16_BE},
    {"unicodelittleunmarked", CODEC_UTF16_LE}, {"utf_16le", CODEC_UTF16_LE},
    {"u32", CODEC_UTF32}, {"utf32", CODEC_UTF32},
    {"utf_32be", CODEC_UTF32_BE}, {"utf_32le", CODEC_UTF32_LE},
};

const char *codec_name(CodecId id)
{
    return (unsigned)id < CODEC_COUNT_ ? codec_names[id] : "?";
}

static int find_alias(const char *s)
{
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (strcmp(aliases[i].alias, s) == 0)
            return (int)aliases[i].id;
    return -1;
}

bool codec_lookup(const char *name, size_t len, CodecId *out, CodecError *err)
{
    /* Normalise as CPython's C layer does before encodings.search_function
     * (whose own pass then changes nothing): runs of anything but ASCII
     * letters, digits and '.' become one '_' between kept characters, and
     * letters are lowered. Non-ASCII bytes count as punctuation there. */
    char norm[128];
    size_t k = 0;
    bool punct = false, fits = true;
    for (size_t i = 0; i < len && fits; i++) {
        unsigned char c = (unsigned char)name[i];
        bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                     (c >= 'A' && c <= 'Z');
        if (c == 0) {
            fits = false;  /* CPython refuses embedded NULs; unknown here */
        } else if (alnum || c == '.') {
            if (punct && k > 0)
                norm[k++] = '_';
            punct = false;
            norm[k++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
            if (k + 2 >= sizeof norm)
                fits = false;
        } else {
            punct = true;
        }
    }
    norm[k] = 0;
    if (fits && k > 0) {
        int id = find_alias(norm);
        if (id < 0 && strchr(norm, '.')) {
            char dotless[sizeof norm];
            memcpy(dotless, norm, k + 1);
            for (char *p = dotless; *p; p++)
                if (*p == '.')
                    *p = '_';
            id = find_alias(dotless);
        }
        /* An alias names a module; failing that the name itself might
         * (module names never contain '.'). */
        if (id < 0 && !strchr(norm, '.'))
            for (int i = 0; i < CODEC_COUNT_; i++)
                if (strcmp(module_names[i], norm) == 0)
                    id = i;
        if (id >= 0) {
            *out = (CodecId)id;
            return true;
        }
    }
    set_error(err, CODEC_LOOKUP_ERROR, "unknown encoding: %.*s",
              (int)(len > 400 ? 400 : len), name);
    return false;
}

/* ---- error handlers --------------------------------------------------- */

CodecHandler codec_handler_from_name(const char *errors)
{
    static const char *const names[] = {
        "strict", "ignore", "replace", "backslashreplace", "surrogateescape",
        "surrogatepass", "xmlcharrefreplace", "namereplace",
    };
    if (!errors)
        return CODEC_H_STRICT;
    for (int i = 0; i < (int)(sizeof names / sizeof names[0]); i++)
        if (strcmp(errors, names[i]) == 0)
            return (CodecHandler)i;
    return CODEC_H_UNKNOWN;
}

static void unknown_handler(CodecError *err, const char *errors)
{
    set_error(err, CODEC_LOOKUP_ERROR, "unknown error handler name '%.200s'",
              errors);
}

static bool put_hex(CodecCps *b, const char *prefix, uint32_t v, int digits)
{
    static const char hex[] = "0123456789abcdef";
    for (const char *p = prefix; *p; p++)
        if (!codec_cps_put(b, (unsigned char)*p))
            return false;
    for (int i = digits - 1; i >= 0; i--)
        if (!codec_cps_put(b, (unsigned char)hex[(v >> (4 * i)) & 15]))
            return false;
    return true;
}

bool codec_dec_error(CodecDec *d, const char *reason, size_t start,
                     size_t end, size_t *resume)
{
    switch (d->handler) {
    case CODEC_H_STRICT:
        break;
    case CODEC_H_IGNORE:
        *resume = end;
        return true;
    case CODEC_H_REPLACE:
        if (!codec_cps_put(&d->out, 0xFFFD))
            return codec_set_memory_error(d->err);
        *resume = end;
        return true;
    case CODEC_H_BACKSLASH:
        for (size_t i = start; i < end; i++)
            if (!put_hex(&d->out, "\\x", d->in[i], 2))
                return codec_set_memory_error(d->err);
        *resume = end;
        return true;
    case CODEC_H_SURROGATEESCAPE: {
        /* Escapes at most four bytes from start, stopping at an ASCII byte
         * (those never escape); the codec calls again for the rest. Only
         * an ASCII byte at start makes the original error stand. */
        size_t k = start;
        while (k < end && k - start < 4 && d->in[k] >= 0x80) {
            if (!codec_cps_put(&d->out, 0xDC00 + d->in[k]))
                return codec_set_memory_error(d->err);
            k++;
        }
        if (k == start)
            goto raise;
        *resume = k;
        return true;
    }
    case CODEC_H_SURROGATEPASS: {
        /* One surrogate, encoded at start as the codec would (the handler
         * reads past end when the input has the bytes); the codec calls
         * again for the next. */
        const unsigned char *p = d->in + start;
        size_t avail = d->n - start, len = 0;
        uint32_t c = 0;
        switch (d->sp) {
        case CODEC_SP_UTF8:
            len = 3;
            if (avail >= 3 && (p[0] & 0xf0) == 0xe0 && (p[1] & 0xc0) == 0x80 &&
                (p[2] & 0xc0) == 0x80)
                c = (uint32_t)(p[0] & 0x0f) << 12 | (uint32_t)(p[1] & 0x3f) << 6 |
                    (p[2] & 0x3f);
            break;
        case CODEC_SP_UTF16LE:
        case CODEC_SP_UTF16BE:
            len = 2;
            if (avail >= 2)
                c = d->sp == CODEC_SP_UTF16LE ? (uint32_t)p[1] << 8 | p[0]
                                              : (uint32_t)p[0] << 8 | p[1];
            break;
        case CODEC_SP_UTF32LE:
        case CODEC_SP_UTF32BE:
            len = 4;
            if (avail >= 4)
                c = d->sp == CODEC_SP_UTF32LE
                        ? (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0]
                        : (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
            break;
        }
        if (c < 0xD800 || c > 0xDFFF)
            goto raise;
        if (!codec_cps_put(&d->out, c))
            return codec_set_memory_error(d->err);
        *resume = start + len;
        return true;
    }
    case CODEC_H_XMLCHARREF:
    case CODEC_H_NAMEREPLACE:
        set_error(d->err, CODEC_TYPE_ERROR,
                  "don't know how to handle UnicodeDecodeError in error callback");
        return false;
    case CODEC_H_UNKNOWN:
        unknown_handler(d->err, d->errors);
        return false;
    }
raise:
    set_decode_error(d->err, d->encoding, d->in, start, end, reason);
    return false;
}

static bool enc_put_str(CodecEnc *e, const char *s)
{
    for (; *s; s++)
        if (!e->put_ascii(&e->out, (unsigned char)*s))
            return false;
    return true;
}

bool codec_enc_error(CodecEnc *e, const char *reason, size_t start,
                     size_t end, size_t *resume)
{
    char buf[UCD_MAX_NAME + 8];
    switch (e->handler) {
    case CODEC_H_STRICT:
        break;
    case CODEC_H_IGNORE:
        *resume = end;
        return true;
    case CODEC_H_REPLACE:
        for (size_t i = start; i < end; i++)
            if (!e->put_ascii(&e->out, '?'))
                return codec_set_memory_error(e->err);
        *resume = end;
        return true;
    case CODEC_H_BACKSLASH:
    case CODEC_H_XMLCHARREF:
    case CODEC_H_NAMEREPLACE:
        for (size_t i = start; i < end; i++) {
            uint32_t c = e->in[i];
            if (e->handler == CODEC_H_XMLCHARREF) {
                snprintf(buf, sizeof buf, "&#%u;", (unsigned)c);
            } else if (e->handler == CODEC_H_NAMEREPLACE &&
                       ucd_name_extended(c, buf + 3, sizeof buf - 4)) {
                /* "\N{" then the name, closed below */
                memcpy(buf, "\\N{", 3);
                strcat(buf, "}");
            } else {
                const char *fmt = c <= 0xff ? "\\x%02x" : c <= 0xffff ? "\\u%04x" : "\\U%08x";
                snprintf(buf, sizeof buf, fmt, (unsigned)c);
            }
            if (!enc_put_str(e, buf))
                return codec_set_memory_error(e->err);
        }
        *resume = end;
        return true;
    case CODEC_H_SURROGATEESCAPE: {
        /* The fast paths of ascii, latin-1 and utf-8 write the escapable
         * prefix of the run themselves and report the rest; the generic
         * handler takes all of the run or none of it. */
        if (e->se_skip) {
            while (start < end && e->in[start] >= 0xDC80 && e->in[start] <= 0xDCFF) {
                if (!codec_bytes_put(&e->out, (unsigned char)(e->in[start] & 0xff)))
                    return codec_set_memory_error(e->err);
                start++;
            }
            if (start == end) {
                *resume = end;
                return true;
            }
        }
        for (size_t i = start; i < end; i++)
            if (e->in[i] < 0xDC80 || e->in[i] > 0xDCFF)
                goto raise;
        /* utf-16/32 refuse a bytes replacement that is not whole units */
        if ((end - start) % (size_t)e->unit != 0)
            goto raise;
        for (size_t i = start; i < end; i++)
            if (!codec_bytes_put(&e->out, (unsigned char)(e->in[i] & 0xff)))
                return codec_set_memory_error(e->err);
        *resume = end;
        return true;
    }
    case CODEC_H_SURROGATEPASS:
        if (e->sp == CODEC_SP_NONE)
            goto raise;
        for (size_t i = start; i < end; i++)
            if (e->in[i] < 0xD800 || e->in[i] > 0xDFFF)
                goto raise;
        for (size_t i = start; i < end; i++) {
            uint32_t c = e->in[i];
            unsigned char b[4];
            int len;
            switch (e->sp) {
            case CODEC_SP_UTF8:
                b[0] = (unsigned char)(0xe0 | c >> 12);
                b[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
                b[2] = (unsigned char)(0x80 | (c & 0x3f));
                len = 3;
                break;
            case CODEC_SP_UTF16LE:
                b[0] = (unsigned char)c, b[1] = (unsigned char)(c >> 8), len = 2;
                break;
            case CODEC_SP_UTF16BE:
                b[0] = (unsigned char)(c >> 8), b[1] = (unsigned char)c, len = 2;
                break;
            case CODEC_SP_UTF32LE:
                b[0] = (unsigned char)c, b[1] = (unsigned char)(c >> 8);
                b[2] = b[3] = 0, len = 4;
                break;
            default:
                b[0] = b[1] = 0, b[2] = (unsigned char)(c >> 8);
                b[3] = (unsigned char)c, len = 4;
                break;
            }
            for (int j = 0; j < len; j++)
                if (!codec_bytes_put(&e->out, b[j]))
                    return codec_set_memory_error(e->err);
        }
        *resume = end;
        return true;
    case CODEC_H_UNKNOWN:
        unknown_handler(e->err, e->errors);
        return false;
    }
raise:
    set_encode_error(e->err, e->encoding, e->in, start, end, reason);
    return false;
}

/* ---- dispatch --------------------------------------------------------- */

static bool put_ascii_u16le(CodecBytes *b, unsigned char c)
{
    return codec_bytes_put(b, c) && codec_bytes_put(b, 0);
}
static bool put_ascii_u16be(CodecBytes *b, unsigned char c)
{
    return codec_bytes_put(b, 0) && codec_bytes_put(b, c);
}
static bool put_ascii_u32le(CodecBytes *b, unsigned char c)
{
    return codec_bytes_put(b, c) && codec_bytes_put(b, 0) &&
           codec_bytes_put(b, 0) && codec_bytes_put(b, 0);
}
static bool put_ascii_u32be(CodecBytes *b, unsigned char c)
{
    return codec_bytes_put(b, 0) && codec_bytes_put(b, 0) &&
           codec_bytes_put(b, 0) && codec_bytes_put(b, c);
}

bool codec_encode(CodecId id, const uint32_t *s, size_t n, const char *errors,
                  unsigned char **out, size_t *outlen, CodecError *err)
{
    CodecEnc e = {
        .encoding = codec_names[id], .errors = errors,
        .handler = codec_handler_from_name(errors), .sp = CODEC_SP_NONE,
        .unit = 1, .se_skip = true, .put_ascii = codec_put_ascii_1,
        .in = s, .n = n, .err = err,
    };
    /* the output is rarely smaller than the input */
    if (!codec_bytes_grow(&e.out, n + 4))
        return codec_set_memory_error(err);
    bool ok;
    switch (id) {
    case CODEC_UTF8_SIG:
        e.encoding = "utf-8";
        e.out.p[0] = 0xef, e.out.p[1] = 0xbb, e.out.p[2] = 0xbf;
        e.out.n = 3;
        /* fall through */
    case CODEC_UTF8:
        e.sp = CODEC_SP_UTF8;
        ok = codec_utf8_encode(&e);
        break;
    case CODEC_ASCII:
        ok = codec_ascii_encode(&e, 0x80);
        break;
    case CODEC_LATIN1:
        e.encoding = "latin-1";
        ok = codec_ascii_encode(&e, 0x100);
        break;
    case CODEC_UTF16:
    case CODEC_UTF16_LE:
    case CODEC_UTF16_BE: {
        bool be = id == CODEC_UTF16_BE;
        e.sp = be ? CODEC_SP_UTF16BE : CODEC_SP_UTF16LE;
        e.unit = 2;
        e.se_skip = false;
        e.put_ascii = be ? put_ascii_u16be : put_ascii_u16le;
        ok = codec_utf16_encode(&e, be ? 1 : -1, id == CODEC_UTF16);
        break;
    }
    case CODEC_UTF32:
    case CODEC_UTF32_LE:
    case CODEC_UTF32_BE: {
        bool be = id == CODEC_UTF32_BE;
        e.sp = be ? CODEC_SP_UTF32BE : CODEC_SP_UTF32LE;
        e.unit = 4;
        e.se_skip = false;
        e.put_ascii = be ? put_ascii_u32be : put_ascii_u32le;
        ok = codec_utf32_encode(&e, be ? 1 : -1, id == CODEC_UTF32);
        break;
    }
    case CODEC_CP1252:
        e.encoding = "charmap";
        e.se_skip = false;
        ok = codec_cp1252_encode(&e);
        break;
    case CODEC_UNICODE_ESCAPE:
    case CODEC_RAW_UNICODE_ESCAPE:
        ok = codec_escape_encode(&e, id == CODEC_RAW_UNICODE_ESCAPE);
        break;
    default:
        ok = false;
        set_error(err, CODEC_LOOKUP_ERROR, "unknown encoding: ?");
        break;
    }
    if (!ok) {
        free(e.out.p);
        return false;
    }
    *out = e.out.p;
    *outlen = e.out.n;
    return true;
}

/* The decode proper: consumed NULL means final; bo is for utf-16/32. */
static bool decode_ex(CodecId id, const unsigned char *b, size_t n,
                      const char *errors, int *bo, size_t *consumed,
                      uint32_t **out, size_t *outlen, CodecError *err)
{
    CodecDec d = {
        .encoding = codec_names[id], .errors = errors,
        .handler = codec_handler_from_name(errors), .sp = CODEC_SP_NONE,
        .in = b, .n = n, .err = err,
    };
    if (!codec_cps_grow(&d.out, n + 1))
        return codec_set_memory_error(err);
    bool ok;
    size_t all = n;
    switch (id) {
    case CODEC_UTF8_SIG:  /* the callers have dealt with the BOM */
        d.encoding = "utf-8";
        /* fall through */
    case CODEC_UTF8:
        d.sp = CODEC_SP_UTF8;
        ok = codec_utf8_decode(&d, consumed);
        break;
    case CODEC_ASCII:
        ok = codec_ascii_decode(&d);
        break;
    case CODEC_LATIN1:
        for (size_t i = 0; i < n; i++)
            d.out.p[i] = b[i];
        d.out.n = n;
        ok = true;
        break;
    case CODEC_UTF16:
    case CODEC_UTF16_LE:
    case CODEC_UTF16_BE:
        ok = codec_utf16_decode(&d, bo, consumed);
        break;
    case CODEC_UTF32:
    case CODEC_UTF32_LE:
    case CODEC_UTF32_BE:
        ok = codec_utf32_decode(&d, bo, consumed);
        break;
    case CODEC_CP1252:
        d.encoding = "charmap";
        ok = codec_cp1252_decode(&d);
        break;
    case CODEC_UNICODE_ESCAPE:
        d.encoding = "unicodeescape";
        ok = codec_unicode_escape_decode(&d);
        break;
    case CODEC_RAW_UNICODE_ESCAPE:
        d.encoding = "rawunicodeescape";
        ok = codec_raw_unicode_escape_decode(&d);
        break;
    default:
        ok = false;
        set_error(err, CODEC_LOOKUP_ERROR, "unknown encoding: ?");
        break;
    }
    if (!ok) {
        free(d.out.p);
        return false;
    }
    if (consumed && (id == CODEC_ASCII || id == CODEC_LATIN1 || id == CODEC_CP1252))
        *consumed = all;
    *out = d.out.p;
    *outlen = d.out.n;
    return true;
}

static int fixed_order(CodecId id)
{
    switch (id) {
    case CODEC_UTF16_LE: case CODEC_UTF32_LE: return -1;
    case CODEC_UTF16_BE: case CODEC_UTF32_BE: return 1;
    default: return 0;
    }
}

bool codec_decode(CodecId id, const unsigned char *b, size_t n,
                  const char *errors, uint32_t **out, size_t *outlen,
                  CodecError *err)
{
    int bo = fixed_order(id);
    /* utf-8-sig skips a BOM; error positions then count from after it,
     * as encodings.utf_8_sig's do */
    if (id == CODEC_UTF8_SIG && n >= 3 && memcmp(b, "\xef\xbb\xbf", 3) == 0)
        b += 3, n -= 3;
    return decode_ex(id, b, n, errors, &bo, NULL, out, outlen, err);
}

/* ---- incremental decoding --------------------------------------------- */

bool codec_decoder_init(CodecDecoder *d, CodecId id, const char *errors)
{
    /* an incomplete escape (\N{...}) has no bound on its length */
    if (id == CODEC_UNICODE_ESCAPE || id == CODEC_RAW_UNICODE_ESCAPE)
        return false;
    d->id = id;
    d->errors = NULL;
    if (errors && !(d->errors = strdup(errors)))
        return false;
    codec_decoder_reset(d);
    return true;
}

void codec_decoder_reset(CodecDecoder *d)
{
    d->byteorder = fixed_order(d->id);
    d->npending = 0;
}

void codec_decoder_free(CodecDecoder *d)
{
    free(d->errors);
    d->errors = NULL;
}

bool codec_decoder_decode(CodecDecoder *d, const unsigned char *b, size_t n,
                          bool final, uint32_t **out, size_t *outlen,
                          CodecError *err)
{
    /* Decode the kept tail and the chunk as one buffer, as CPython's
     * BufferedIncrementalDecoder does (error positions count from it). */
    const unsigned char *buf = b;
    unsigned char *joined = NULL;
    size_t len = n;
    if (d->npending) {
        len = d->npending + n;
        if (!(joined = malloc(len)))
            return codec_set_memory_error(err);
        memcpy(joined, d->pending, d->npending);
        if (n)
            memcpy(joined + d->npending, b, n);
        buf = joined;
    }
    size_t skip = 0;
    if (d->id == CODEC_UTF8_SIG && d->byteorder == 0) {
        /* encodings.utf_8_sig: while the input could still be the start
         * of a BOM, keep it all (even when final: those bytes vanish);
         * otherwise the BOM question is settled, error or not. */
        if (len < 3 && (len == 0 || memcmp(buf, "\xef\xbb\xbf", len) == 0)) {
            memmove(d->pending, buf, len);
            d->npending = len;
            free(joined);
            if (!(*out = malloc(sizeof **out)))
                return codec_set_memory_error(err);
            *outlen = 0;
            return true;
        }
        d->byteorder = 1;
        if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0)
            skip = 3;
    }
    size_t consumed = len - skip;
    int bo = d->byteorder;
    bool undecided = (d->id == CODEC_UTF16 || d->id == CODEC_UTF32) && bo == 0;
    bool ok = decode_ex(d->id, buf + skip, len - skip, d->errors, &bo,
                        final ? NULL : &consumed, out, outlen, err);
    consumed += skip;
    if (ok && undecided && bo == 0 && consumed >= (d->id == CODEC_UTF16 ? 2u : 4u)) {
        /* encodings.utf_16/utf_32 insist on a BOM when streaming */
        free(*out);
        size_t unit = d->id == CODEC_UTF16 ? 2 : 4;
        set_decode_error(err, codec_names[d->id], buf, 0, unit,
                         "Stream does not start with BOM");
        ok = false;
    }
    if (ok) {
        d->byteorder = bo;
        d->npending = len - consumed;
        /* the tail is an incomplete sequence: at most 7 bytes */
        memmove(d->pending, buf + consumed, d->npending);
    }
    free(joined);
    return ok;
}

/* ---- fast paths ------------------------------------------------------- */

bool codec_bytes_are_ascii(const unsigned char *b, size_t n)
{
    size_t i = 0;
    /* eight bytes at a time: any high bit set means not ASCII */
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, b + i, 8);
        if (w & 0x8080808080808080ull)
            return false;
    }
    for (; i < n; i++)
        if (b[i] & 0x80)
            return false;
    return true;
}

bool codec_text_is_ascii(const uint32_t *s, size_t n)
{
    uint32_t acc = 0;
    for (size_t i = 0; i < n; i++)
        acc |= s[i];
    return acc < 0x80;
}

size_t codec_utf8_count(const unsigned char *b, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        count += (b[i] & 0xc0) != 0x80;
    return count;
}

bool codec_utf8_valid(const unsigned char *b, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, b + i, 8);
            if (!(w & 0x8080808080808080ull)) {
                i += 8;
                continue;
            }
        }
        unsigned char c = b[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t need;
        unsigned char lo = 0x80, hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf)
            need = 2;
        else if (c >= 0xe0 && c <= 0xef)
            need = 3, lo = c == 0xe0 ? 0xa0 : 0x80, hi = c == 0xed ? 0x9f : 0xbf;
        else if (c >= 0xf0 && c <= 0xf4)
            need = 4, lo = c == 0xf0 ? 0x90 : 0x80, hi = c == 0xf4 ? 0x8f : 0xbf;
        else
            return false;
        if (n - i < need || b[i + 1] < lo || b[i + 1] > hi)
            return false;
        for (size_t k = 2; k < need; k++)
            if ((b[i + k] & 0xc0) != 0x80)
                return false;
        i += need;
    }
    return true;
}
