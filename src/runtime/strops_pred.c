/* str predicates (isalpha ... isascii, with CPython's empty-string answers)
 * and padding: center/ljust/rjust, zfill, expandtabs. */
#ifndef STROPS_T
#include "strops.h"

#include "unicode_db.h"

#include <stdlib.h>

bool strops_error_(StropsError *err, StropsErrorKind kind, const char *fmt, ...);

/* Predicates that hold when every character has the flag; empty is False. */
static bool all_have(const uint32_t *s, size_t n, unsigned flags)
{
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!(ucd_record(s[i])->flags & flags))
            return false;
    return true;
}

bool strops_is(int pred, const uint32_t *s, size_t n)
{
    switch (pred) {
    case STROPS_ISALPHA: return all_have(s, n, UCD_ALPHA);
    case STROPS_ISDECIMAL: return all_have(s, n, UCD_DECIMAL);
    case STROPS_ISDIGIT: return all_have(s, n, UCD_DIGIT);
    case STROPS_ISNUMERIC: return all_have(s, n, UCD_NUMERIC);
    case STROPS_ISALNUM:
        return all_have(s, n, UCD_ALPHA | UCD_DECIMAL | UCD_DIGIT | UCD_NUMERIC);
    case STROPS_ISSPACE: return all_have(s, n, UCD_SPACE);
    case STROPS_ISPRINTABLE:
        /* the one predicate that is True for '' */
        for (size_t i = 0; i < n; i++)
            if (!ucd_has(s[i], UCD_PRINTABLE))
                return false;
        return true;
    case STROPS_ISASCII:
        for (size_t i = 0; i < n; i++)
            if (s[i] > 0x7F)
                return false;
        return true;
    case STROPS_ISIDENTIFIER:
        if (n == 0 || !(s[0] == '_' || ucd_has(s[0], UCD_XID_START)))
            return false;
        for (size_t i = 1; i < n; i++)
            if (!ucd_has(s[i], UCD_XID_CONTINUE))
                return false;
        return true;
    case STROPS_ISUPPER:
    case STROPS_ISLOWER: {
        /* no character of the other case or title case, and one cased */
        unsigned want = pred == STROPS_ISUPPER ? UCD_UPPER : UCD_LOWER;
        unsigned bad = (pred == STROPS_ISUPPER ? UCD_LOWER : UCD_UPPER) | UCD_TITLE;
        bool cased = false;
        for (size_t i = 0; i < n; i++) {
            unsigned f = ucd_record(s[i])->flags;
            if (f & bad)
                return false;
            if (f & want)
                cased = true;
        }
        return cased;
    }
    case STROPS_ISTITLE: {
        /* upper/title case only after an uncased character, lower case
         * only after a cased one */
        bool cased = false, prev = false;
        for (size_t i = 0; i < n; i++) {
            unsigned f = ucd_record(s[i])->flags;
            if (f & (UCD_UPPER | UCD_TITLE)) {
                if (prev)
                    return false;
                prev = cased = true;
            } else if (f & UCD_LOWER) {
                if (!prev)
                    return false;
                prev = cased = true;
            } else {
                prev = false;
            }
        }
        return cased;
    }
    }
    return false;
}

/* bytes/bytearray predicates: ASCII classes (isalpha isdigit isalnum
 * isspace isupper islower istitle isascii; the others do not exist). */
bool strops_bytes_is(int pred, const uint8_t *s, size_t n)
{
    if (pred == STROPS_ISASCII) {
        for (size_t i = 0; i < n; i++)
            if (s[i] > 0x7F)
                return false;
        return true;
    }
    if (pred == STROPS_ISUPPER || pred == STROPS_ISLOWER || pred == STROPS_ISTITLE) {
        bool cased = false, prev = false;
        for (size_t i = 0; i < n; i++) {
            bool up = s[i] >= 'A' && s[i] <= 'Z', lo = s[i] >= 'a' && s[i] <= 'z';
            if (pred == STROPS_ISTITLE) {
                if (up) {
                    if (prev)
                        return false;
                    prev = cased = true;
                } else if (lo) {
                    if (!prev)
                        return false;
                    prev = cased = true;
                } else {
                    prev = false;
                }
            } else if (pred == STROPS_ISUPPER ? lo : up) {
                return false;
            } else if (up || lo) {
                cased = true;
            }
        }
        return cased;
    }
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = s[i];
        bool alpha = (c | 32) >= 'a' && (c | 32) <= 'z', digit = c >= '0' && c <= '9';
        bool ok;
        switch (pred) {
        case STROPS_ISALPHA: ok = alpha; break;
        case STROPS_ISDIGIT: ok = digit; break;
        case STROPS_ISALNUM: ok = alpha || digit; break;
        case STROPS_ISSPACE: ok = c == ' ' || (c >= 9 && c <= 13); break;
        default: return false;
        }
        if (!ok)
            return false;
    }
    return true;
}

/* Padding and tabs, once per element type: this file includes itself
 * with STROPS_T, NAME (no suffix for code points, _u16/_u8 for narrower
 * str kinds and bytes) and TEXT (the result type). The fill character
 * must fit the element; the str type widens first when it does not. */
#define STROPS_T uint32_t
#define NAME(f) f
#define TEXT StropsText
#include "strops_pred.c"
#define STROPS_T uint16_t
#define NAME(f) f##_u16
#define TEXT StropsText16
#include "strops_pred.c"
#define STROPS_T uint8_t
#define NAME(f) f##_u8
#define TEXT StropsText8
#include "strops_pred.c"

#else /* the template */
#define T STROPS_T

static bool NAME(alloc_text)(TEXT *out, size_t n, StropsError *err)
{
    /* CPython's PyUnicode_New refuses such sizes with MemoryError */
    if (n > (size_t)INT64_MAX / sizeof(T))
        return strops_error_(err, STROPS_MEMORY_ERROR, "%s", "");
    out->s = malloc((n ? n : 1) * sizeof(T));
    out->n = n;
    if (!out->s)
        return strops_error_(err, STROPS_MEMORY_ERROR, "%s", "");
    return true;
}

static bool NAME(pad)(const T *s, size_t n, size_t left, size_t right,
                T fill, TEXT *out, StropsError *err)
{
    if (!NAME(alloc_text)(out, left + n + right, err))
        return false;
    size_t o = 0;
    for (size_t i = 0; i < left; i++)
        out->s[o++] = fill;
    for (size_t i = 0; i < n; i++)
        out->s[o++] = s[i];
    for (size_t i = 0; i < right; i++)
        out->s[o++] = fill;
    return true;
}

bool NAME(strops_pad)(const T *s, size_t n, int64_t width, T fill,
                char which, TEXT *out, StropsError *err)
{
    if (width <= (int64_t)n)
        return NAME(pad)(s, n, 0, 0, fill, out, err);
    size_t marg = (size_t)width - n, left;
    if (which == '<')
        left = 0;
    else if (which == '>')
        left = marg;
    else /* CPython's center puts the odd space left only for odd widths */
        left = marg / 2 + (marg & (size_t)width & 1);
    return NAME(pad)(s, n, left, marg - left, fill, out, err);
}

bool NAME(strops_zfill)(const T *s, size_t n, int64_t width, TEXT *out,
                  StropsError *err)
{
    size_t fill = width > (int64_t)n ? (size_t)width - n : 0;
    if (!NAME(pad)(s, n, fill, 0, '0', out, err))
        return false;
    /* n == 0 has no sign to move (and s[0] is not ours to read). */
    if (fill && n > 0 && (s[0] == '+' || s[0] == '-')) {
        out->s[0] = s[0];
        out->s[fill] = '0';
    }
    return true;
}

bool NAME(strops_expandtabs)(const T *s, size_t n, int64_t tabsize,
                       TEXT *out, StropsError *err)
{
    /* Two passes: the length (checked against PY_SSIZE_T_MAX), then the
     * text. */
    uint64_t len = 0, col = 0;
    const uint64_t max = (uint64_t)INT64_MAX;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\t') {
            if (tabsize > 0) {
                uint64_t inc = (uint64_t)tabsize - col % (uint64_t)tabsize;
                if (len > max - inc)
                    goto overflow;
                len += inc;
                col += inc;
            }
        } else {
            if (len > max - 1)
                goto overflow;
            len++;
            col = (s[i] == '\n' || s[i] == '\r') ? 0 : col + 1;
        }
    }
    if (!NAME(alloc_text)(out, (size_t)len, err))
        return false;
    size_t o = 0;
    col = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\t') {
            if (tabsize > 0) {
                uint64_t inc = (uint64_t)tabsize - col % (uint64_t)tabsize;
                for (uint64_t k = 0; k < inc; k++)
                    out->s[o++] = ' ';
                col += inc;
            }
        } else {
            out->s[o++] = s[i];
            col = (s[i] == '\n' || s[i] == '\r') ? 0 : col + 1;
        }
    }
    return true;
overflow:
    return strops_error_(err, STROPS_OVERFLOW_ERROR, "new string is too long");
}

#undef T
#undef STROPS_T
#undef NAME
#undef TEXT
#endif
