/* Source decoding for the tokenizer: UTF-8 BOM, PEP 263 coding cookies, and
 * conversion of the few legacy encodings we support to UTF-8. */
#include "compiler/tok_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

/* The one place the tokenizer allocates; switch to the runtime allocator
 * here. */
void *tok_alloc(size_t n) { return malloc(n ? n : 1); }
void *tok_realloc(void *p, size_t n) { return realloc(p, n ? n : 1); }
void tok_dealloc(void *p) { free(p); }

int tok_utf8_decode(const unsigned char *s, size_t n, unsigned *cp)
{
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int len;
    unsigned min;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; c &= 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; c &= 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; c &= 0x07; min = 0x10000; }
    else return 0;
    if ((size_t)len > n)
        return 0;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return len;
}

/* How many bytes of an invalid sequence at s form one U+FFFD under
 * Python's "replace" handler: the longest prefix that could still have
 * begun a valid sequence (the Unicode "maximal subpart" rule), at least 1. */
static size_t tok_utf8_bad_len(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else return 1;
    size_t i = 1;
    if (i < n && i < len && s[i] >= lo && s[i] <= hi) {
        i++;
        while (i < n && i < len && (s[i] & 0xC0) == 0x80) i++;
    }
    return i;
}

static const unsigned short tok_cp1252[128] = {
    0x20AC, 0x0000, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x0000, 0x017D, 0x0000,
    0x0000, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x0000, 0x017E, 0x0178,
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
    0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
    0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
    0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,
    0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7,
    0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF,
    0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
};

static const unsigned short tok_koi8r[128] = {
    0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524,
    0x252C, 0x2534, 0x253C, 0x2580, 0x2584, 0x2588, 0x258C, 0x2590,
    0x2591, 0x2592, 0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248,
    0x2264, 0x2265, 0x00A0, 0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7,
    0x2550, 0x2551, 0x2552, 0x0451, 0x2553, 0x2554, 0x2555, 0x2556,
    0x2557, 0x2558, 0x2559, 0x255A, 0x255B, 0x255C, 0x255D, 0x255E,
    0x255F, 0x2560, 0x2561, 0x0401, 0x2562, 0x2563, 0x2564, 0x2565,
    0x2566, 0x2567, 0x2568, 0x2569, 0x256A, 0x256B, 0x256C, 0x00A9,
    0x044E, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433,
    0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E,
    0x043F, 0x044F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0436, 0x0432,
    0x044C, 0x044B, 0x0437, 0x0448, 0x044D, 0x0449, 0x0447, 0x044A,
    0x042E, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413,
    0x0425, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E,
    0x041F, 0x042F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0416, 0x0412,
    0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429, 0x0427, 0x042A,
};

typedef enum { TOK_ENC_UTF8, TOK_ENC_ASCII, TOK_ENC_LATIN1, TOK_ENC_CP1252,
               TOK_ENC_KOI8R, TOK_ENC_UNKNOWN } TokEnc;

/* Python's codec lookup: lower-case, runs of other than [a-z0-9.] become
 * one '_', then a table of the aliases Python ships for our encodings. */
static TokEnc tok_lookup_codec(const char *name)
{
    char norm[64];
    size_t n = 0;
    int pending = 0;
    for (const char *p = name; *p && n + 2 < sizeof norm; p++) {
        char c = *p;
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.') {
            if (pending && n > 0) norm[n++] = '_';
            pending = 0;
            norm[n++] = c;
        } else {
            pending = 1;
        }
    }
    norm[n] = 0;
    static const struct { const char *name; TokEnc enc; } aliases[] = {
        {"utf_8", TOK_ENC_UTF8}, {"utf8", TOK_ENC_UTF8}, {"u8", TOK_ENC_UTF8},
        {"utf", TOK_ENC_UTF8}, {"utf8_ucs2", TOK_ENC_UTF8},
        {"utf8_ucs4", TOK_ENC_UTF8}, {"cp65001", TOK_ENC_UTF8},
        {"ascii", TOK_ENC_ASCII}, {"us_ascii", TOK_ENC_ASCII},
        {"646", TOK_ENC_ASCII}, {"us", TOK_ENC_ASCII},
        {"ansi_x3.4_1968", TOK_ENC_ASCII}, {"ansi_x3_4_1968", TOK_ENC_ASCII},
        {"ansi_x3.4_1986", TOK_ENC_ASCII}, {"cp367", TOK_ENC_ASCII},
        {"csascii", TOK_ENC_ASCII}, {"ibm367", TOK_ENC_ASCII},
        {"iso646_us", TOK_ENC_ASCII}, {"iso_646.irv_1991", TOK_ENC_ASCII},
        {"iso_ir_6", TOK_ENC_ASCII},
        {"latin_1", TOK_ENC_LATIN1}, {"latin1", TOK_ENC_LATIN1},
        {"latin", TOK_ENC_LATIN1}, {"l1", TOK_ENC_LATIN1},
        {"iso8859_1", TOK_ENC_LATIN1}, {"iso_8859_1", TOK_ENC_LATIN1},
        {"iso8859", TOK_ENC_LATIN1}, {"8859", TOK_ENC_LATIN1},
        {"cp819", TOK_ENC_LATIN1}, {"ibm819", TOK_ENC_LATIN1},
        {"iso_ir_100", TOK_ENC_LATIN1}, {"csisolatin1", TOK_ENC_LATIN1},
        {"iso_8859_1_1987", TOK_ENC_LATIN1},
        {"cp1252", TOK_ENC_CP1252}, {"windows_1252", TOK_ENC_CP1252},
        {"1252", TOK_ENC_CP1252},
        {"koi8_r", TOK_ENC_KOI8R}, {"cskoi8r", TOK_ENC_KOI8R},
    };
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (strcmp(norm, aliases[i].name) == 0)
            return aliases[i].enc;
    return TOK_ENC_UNKNOWN;
}

/* get_normal_name: the spellings of utf-8 and latin-1 CPython canonicalizes
 * (only the first 12 characters count). */
static void tok_normal_name(const char *orig, char *out, size_t outsz)
{
    char low[13];
    size_t n = 0;
    for (; orig[n] && n < 12; n++) {
        char c = orig[n];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c == '_') c = '-';
        low[n] = c;
    }
    low[n] = 0;
    if (strcmp(low, "utf-8") == 0 || strncmp(low, "utf-8-", 6) == 0) {
        snprintf(out, outsz, "utf-8");
        return;
    }
    static const char *l1[] = {"latin-1", "iso-8859-1", "iso-latin-1"};
    for (int i = 0; i < 3; i++) {
        size_t k = strlen(l1[i]);
        if (strcmp(low, l1[i]) == 0 || (strncmp(low, l1[i], k) == 0 && low[k] == '-')) {
            snprintf(out, outsz, "iso-8859-1");
            return;
        }
    }
    snprintf(out, outsz, "%s", orig);
}

static int tok_is_word(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_';
}

/* PEP 263: the line matches ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+).
 * Copies the name into name and returns 1 when it does. The lazy ".*?"
 * means a later "coding:" is tried when an earlier one has no name. */
static int tok_find_cookie(const char *line, size_t n, char *name, size_t namesz)
{
    size_t i = 0;
    while (i < n && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) i++;
    if (i >= n || line[i] != '#')
        return 0;
    for (i++; i + 7 <= n && line[i] != '\n'; i++) {
        if (memcmp(line + i, "coding", 6) != 0 || (line[i + 6] != ':' && line[i + 6] != '='))
            continue;
        size_t j = i + 7;
        while (j < n && (line[j] == ' ' || line[j] == '\t')) j++;
        size_t k = j;
        while (k < n && (tok_is_word((unsigned char)line[k]) || line[k] == '-' || line[k] == '.'))
            k++;
        if (k > j) {
            size_t len = k - j < namesz - 1 ? k - j : namesz - 1;
            memcpy(name, line + j, len);
            name[len] = 0;
            return 1;
        }
    }
    return 0;
}

/* blank_re: ^[ \t\f]*(?:[#\r\n]|$) */
static int tok_is_blank_line(const char *line, size_t n)
{
    size_t i = 0;
    while (i < n && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) i++;
    return i == n || line[i] == '#' || line[i] == '\r' || line[i] == '\n';
}

static int tok_valid_utf8(const char *s, size_t n, size_t *bad)
{
    size_t i = 0;
    unsigned cp;
    while (i < n) {
        int k = tok_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (!k) {
            *bad = i;
            return 0;
        }
        i += (size_t)k;
    }
    return 1;
}

static size_t tok_line_len(const char *s, size_t n)
{
    const char *nl = memchr(s, '\n', n);
    return nl ? (size_t)(nl - s) + 1 : n;
}

static int tok_line_of(const char *s, size_t off)
{
    int line = 1;
    for (size_t i = 0; i < off; i++)
        if (s[i] == '\n') line++;
    return line;
}

static int tok_fail(TokError *err, TokErrCode code, int lineno, const char *detail,
                    const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static int tok_fail(TokError *err, TokErrCode code, int lineno, const char *detail,
                    const char *fmt, ...)
{
    memset(err, 0, sizeof *err);
    err->kind = TOK_EXC_SYNTAX;
    err->code = code;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    if (detail) snprintf(err->detail, sizeof err->detail, "%s", detail);
    err->lineno = err->end_lineno = err->tk_lineno = lineno;
    return -1;
}

int tok_source_decode(const char *buf, size_t len, const char *filename, int replace_errors,
                      TokSource *src, TokError *err)
{
    if (!filename)
        filename = "<string>";
    memset(src, 0, sizeof *src);
    int bom = 0;
    if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
        bom = 1;
        buf += 3;
        len -= 3;
    }
    /* Look for the cookie the way tokenize.detect_encoding does: the first
     * line, then the second if the first is blank or a comment. Both lines
     * must be valid UTF-8 to be examined. */
    char cookie[64] = "";
    int found = 0;
    size_t l1 = tok_line_len(buf, len), bad;
    for (int lineno = 1; lineno <= 2 && !found; lineno++) {
        const char *line = lineno == 1 ? buf : buf + l1;
        size_t n = lineno == 1 ? l1 : tok_line_len(buf + l1, len - l1);
        if (n == 0)
            break;
        if (!tok_valid_utf8(line, n, &bad)) {
            int r = tok_fail(err, TOK_ERR_ENCODING_DECODE, lineno, NULL,
                             "Non-UTF-8 code starting with '\\x%.2x' in file %s on line %d, "
                             "but no encoding declared; see "
                             "https://peps.python.org/pep-0263/ for details",
                             (unsigned char)line[bad], filename, lineno);
            err->decode_line = 1;
            return r;
        }
        found = tok_find_cookie(line, n, cookie, sizeof cookie);
        if (!found && (lineno == 2 || !tok_is_blank_line(line, n)))
            break;
    }
    TokEnc enc = TOK_ENC_UTF8;
    snprintf(src->encoding, sizeof src->encoding, "utf-8");
    if (found) {
        char normal[64];
        tok_normal_name(cookie, normal, sizeof normal);
        enc = tok_lookup_codec(normal);
        if (enc == TOK_ENC_UNKNOWN)
            return tok_fail(err, TOK_ERR_ENCODING_UNKNOWN, 0, normal, "unknown encoding: %s",
                            normal);
        if (bom && strcmp(normal, "utf-8") != 0)
            return tok_fail(err, TOK_ERR_ENCODING_BOM, 0, normal,
                            "encoding problem: %s with BOM", normal);
        snprintf(src->encoding, sizeof src->encoding, "%s", normal);
    }

    /* Decode. Worst cases: a legacy byte becomes 3 bytes of UTF-8, an
     * invalid UTF-8 byte becomes U+FFFD (3 bytes); +2 for '\n' and NUL. */
    size_t cap = len * 3 + 2;
    char *out = tok_alloc(cap);
    if (!out)
        return tok_fail(err, TOK_ERR_NOMEM, 0, NULL, "out of memory");
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)buf[i];
        if (c < 0x80) {
            out[o++] = (char)c;
            i++;
            continue;
        }
        unsigned cp = 0;
        int k;
        switch (enc) {
        case TOK_ENC_UTF8:
            k = tok_utf8_decode((const unsigned char *)buf + i, len - i, &cp);
            if (k) {
                memcpy(out + o, buf + i, (size_t)k);
                o += (size_t)k;
                i += (size_t)k;
                continue;
            }
            if (!replace_errors) {
                int line = tok_line_of(buf, i);
                tok_dealloc(out);
                return tok_fail(err, TOK_ERR_ENCODING_DECODE, line, NULL,
                                "Non-UTF-8 code starting with '\\x%.2x' in file %s on line %d, "
                                "but no encoding declared; see "
                                "https://peps.python.org/pep-0263/ for details",
                                c, filename, line);
            }
            i += tok_utf8_bad_len((const unsigned char *)buf + i, len - i);
            o += (size_t)utf8_encode(0xFFFD, out + o);
            continue;
        case TOK_ENC_LATIN1: cp = c; break;
        case TOK_ENC_CP1252: cp = tok_cp1252[c - 0x80]; break;
        case TOK_ENC_KOI8R: cp = tok_koi8r[c - 0x80]; break;
        default: cp = 0; break;
        }
        if (cp == 0) {
            int line = tok_line_of(buf, i);
            tok_dealloc(out);
            return tok_fail(err, TOK_ERR_ENCODING_DECODE, line, NULL,
                            "(unicode error) '%s' codec can't decode byte 0x%.2x in "
                            "position %zu", src->encoding, c, i);
        }
        o += (size_t)utf8_encode(cp, out + o);
        i++;
    }
    if (o == 0 || out[o - 1] != '\n') {
        /* An empty file stays empty: there is no last line to end. */
        if (o > 0) {
            out[o++] = '\n';
            src->implicit_newline = 1;
        }
    }
    out[o] = 0;
    const char *nul = memchr(out, 0, o);
    if (nul) {
        int line = tok_line_of(out, (size_t)(nul - out));
        tok_dealloc(out);
        return tok_fail(err, TOK_ERR_NUL, line, NULL, "source code cannot contain null bytes");
    }
    src->text = out;
    src->len = o;
    return 0;
}
