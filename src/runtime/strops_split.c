/* str splitting and stripping: split/rsplit (whitespace or a separator),
 * splitlines, partition/rpartition, strip, and join's size. Results are
 * spans into the input. */
#ifndef STROPS_T
#include "strops.h"

#include "unicode_db.h"

#include <stdlib.h>
#include <string.h>

bool strops_error_(StropsError *err, StropsErrorKind kind, const char *fmt, ...);

/* str.isspace; bytes use ASCII whitespace only (no \x1c-\x1f, \x85). */
static bool uni_space(uint32_t c)
{
    return c < 128 ? (c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f))
                   : ucd_has(c, UCD_SPACE);
}

static bool ascii_space(uint32_t c)
{
    return c == ' ' || (c >= 9 && c <= 13);
}

/* str.splitlines' boundaries; bytes break at \n and \r only. */
static bool uni_linebreak(uint32_t c)
{
    return ucd_has(c, UCD_LINEBREAK);
}

static bool ascii_linebreak(uint32_t c)
{
    return c == '\n' || c == '\r';
}

/* A growing span list; on failure it frees itself. */
typedef struct {
    StropsSpans *l;
    size_t cap;
} Builder;

static bool push(Builder *b, size_t start, size_t end, StropsError *err)
{
    if (b->l->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 8;
        StropsSpan *p = realloc(b->l->items, cap * sizeof(StropsSpan));
        if (!p) {
            free(b->l->items);
            b->l->items = NULL;
            b->l->n = 0;
            return strops_error_(err, STROPS_MEMORY_ERROR, "out of memory");
        }
        b->l->items = p;
        b->cap = cap;
    }
    b->l->items[b->l->n++] = (StropsSpan){start, end};
    return true;
}

static void reverse(StropsSpans *l)
{
    for (size_t i = 0, j = l->n; i + 1 < j; i++, j--) {
        StropsSpan t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
}

static bool empty_sep(StropsError *err)
{
    return strops_error_(err, STROPS_VALUE_ERROR, "empty separator");
}

/* The methods, once per element type and whitespace rule: this file
 * includes itself with STROPS_T (the element), NAME (the public name: no
 * suffix for code points, _u16/_u8 for narrower str kinds, _bytes for
 * bytes/bytearray), RAW (the raw search), IS_SPACE and IS_LINEBREAK. */
#define STROPS_T uint32_t
#define NAME(f) f
#define RAW strops_search_u32
#define IS_SPACE uni_space
#define IS_LINEBREAK uni_linebreak
#include "strops_split.c"
#define STROPS_T uint16_t
#define NAME(f) f##_u16
#define RAW strops_search_u16
#define IS_SPACE uni_space
#define IS_LINEBREAK uni_linebreak
#include "strops_split.c"
#define STROPS_T uint8_t
#define NAME(f) f##_u8
#define RAW strops_search_u8
#define IS_SPACE uni_space
#define IS_LINEBREAK uni_linebreak
#include "strops_split.c"
#define STROPS_T uint8_t
#define NAME(f) f##_bytes
#define RAW strops_search_u8
#define IS_SPACE ascii_space
#define IS_LINEBREAK ascii_linebreak
#include "strops_split.c"

bool strops_join_size(const size_t *lens, size_t k, size_t seplen,
                      size_t *total, StropsError *err)
{
    /* PY_SSIZE_T_MAX bounds a str's length. */
    const size_t max = (size_t)INT64_MAX;
    size_t t = 0;
    for (size_t i = 0; i < k; i++) {
        size_t add = lens[i] + (i ? seplen : 0);
        if (add < lens[i] || add > max - t)
            return strops_error_(err, STROPS_OVERFLOW_ERROR,
                                 "join() result is too long for a Python string");
        t += add;
    }
    *total = t;
    return true;
}

#else /* the template */
#define T STROPS_T

bool NAME(strops_split)(const T *s, size_t n, const T *sep, size_t m,
                  int64_t maxsplit, StropsSpans *out, StropsError *err)
{
    out->items = NULL;
    out->n = 0;
    Builder b = {out, 0};
    uint64_t left = maxsplit < 0 ? UINT64_MAX : (uint64_t)maxsplit;
    if (!sep) {
        size_t i = 0;
        while (i < n) {
            while (i < n && IS_SPACE(s[i]))
                i++;
            if (i == n)
                break;
            if (left == 0) {
                /* the rest, leading space gone, trailing space kept */
                return push(&b, i, n, err);
            }
            size_t j = i;
            while (j < n && !IS_SPACE(s[j]))
                j++;
            if (!push(&b, i, j, err))
                return false;
            left--;
            i = j;
        }
        return true;
    }
    if (m == 0)
        return empty_sep(err);
    size_t i = 0;
    while (left > 0) {
        int64_t r = RAW(s + i, n - i, sep, m, false);
        if (r < 0)
            break;
        if (!push(&b, i, i + (size_t)r, err))
            return false;
        i += (size_t)r + m;
        left--;
    }
    return push(&b, i, n, err);
}

bool NAME(strops_rsplit)(const T *s, size_t n, const T *sep, size_t m,
                   int64_t maxsplit, StropsSpans *out, StropsError *err)
{
    out->items = NULL;
    out->n = 0;
    Builder b = {out, 0};
    uint64_t left = maxsplit < 0 ? UINT64_MAX : (uint64_t)maxsplit;
    if (!sep) {
        size_t j = n;
        while (j > 0) {
            while (j > 0 && IS_SPACE(s[j - 1]))
                j--;
            if (j == 0)
                break;
            if (left == 0) {
                if (!push(&b, 0, j, err))
                    return false;
                break;
            }
            size_t i = j;
            while (i > 0 && !IS_SPACE(s[i - 1]))
                i--;
            if (!push(&b, i, j, err))
                return false;
            left--;
            j = i;
        }
        reverse(out);
        return true;
    }
    if (m == 0)
        return empty_sep(err);
    size_t j = n;
    while (left > 0) {
        int64_t r = RAW(s, j, sep, m, true);
        if (r < 0)
            break;
        if (!push(&b, (size_t)r + m, j, err))
            return false;
        j = (size_t)r;
        left--;
    }
    if (!push(&b, 0, j, err))
        return false;
    reverse(out);
    return true;
}

bool NAME(strops_splitlines)(const T *s, size_t n, bool keepends,
                       StropsSpans *out, StropsError *err)
{
    out->items = NULL;
    out->n = 0;
    Builder b = {out, 0};
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && !IS_LINEBREAK(s[j]))
            j++;
        size_t eol = j;
        if (j < n) {
            if (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n')
                j += 2;
            else
                j++;
            if (keepends)
                eol = j;
        }
        if (!push(&b, i, eol, err))
            return false;
        i = j;
    }
    return true;
}

bool NAME(strops_partition)(const T *s, size_t n, const T *sep,
                      size_t m, StropsSpan out[3], StropsError *err)
{
    if (m == 0)
        return empty_sep(err);
    int64_t r = RAW(s, n, sep, m, false);
    if (r < 0) {
        out[0] = (StropsSpan){0, n};
        out[1] = out[2] = (StropsSpan){n, n};
    } else {
        size_t p = (size_t)r;
        out[0] = (StropsSpan){0, p};
        out[1] = (StropsSpan){p, p + m};
        out[2] = (StropsSpan){p + m, n};
    }
    return true;
}

bool NAME(strops_rpartition)(const T *s, size_t n, const T *sep,
                       size_t m, StropsSpan out[3], StropsError *err)
{
    if (m == 0)
        return empty_sep(err);
    int64_t r = RAW(s, n, sep, m, true);
    if (r < 0) {
        out[0] = out[1] = (StropsSpan){0, 0};
        out[2] = (StropsSpan){0, n};
    } else {
        size_t p = (size_t)r;
        out[0] = (StropsSpan){0, p};
        out[1] = (StropsSpan){p, p + m};
        out[2] = (StropsSpan){p + m, n};
    }
    return true;
}

static bool NAME(in_set)(T c, const T *chars, size_t m)
{
    if (!chars)
        return IS_SPACE(c);
    for (size_t i = 0; i < m; i++)
        if (chars[i] == c)
            return true;
    return false;
}

StropsSpan NAME(strops_strip)(const T *s, size_t n, const T *chars,
                        size_t m, int which)
{
    size_t i = 0, j = n;
    if (which & 1)
        while (i < j && NAME(in_set)(s[i], chars, m))
            i++;
    if (which & 2)
        while (j > i && NAME(in_set)(s[j - 1], chars, m))
            j--;
    return (StropsSpan){i, j};
}

#undef T
#undef STROPS_T
#undef NAME
#undef RAW
#undef IS_SPACE
#undef IS_LINEBREAK
#endif
