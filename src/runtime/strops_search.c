/* str searching: slice-index adjustment, find/rfind/count, startswith/
 * endswith, replace, and the raw search generic over element widths. */
#ifndef STROPS_T
#include "strops.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *strops_error_name(StropsErrorKind kind)
{
    switch (kind) {
    case STROPS_OK: return "OK";
    case STROPS_VALUE_ERROR: return "ValueError";
    case STROPS_TYPE_ERROR: return "TypeError";
    case STROPS_OVERFLOW_ERROR: return "OverflowError";
    case STROPS_MEMORY_ERROR: return "MemoryError";
    }
    return "?";
}

void strops_error_clear(StropsError *err)
{
    free(err->msg);
    err->msg = NULL;
    err->kind = STROPS_OK;
}

/* Shared by the strops_*.c files (declared in each as needed). */
bool strops_error_(StropsError *err, StropsErrorKind kind, const char *fmt, ...);
bool strops_error_(StropsError *err, StropsErrorKind kind, const char *fmt, ...)
{
    if (!err)
        return false;
    free(err->msg);
    err->kind = kind;
    va_list ap;
    va_start(ap, fmt);
    if (vasprintf(&err->msg, fmt, ap) < 0)
        err->msg = NULL; /* the kind alone still tells the caller */
    va_end(ap);
    return false;
}

void strops_adjust(int64_t start, int64_t end, size_t n, int64_t *ostart,
                   int64_t *oend)
{
    int64_t len = (int64_t)n;
    if (start == STROPS_NONE)
        start = 0;
    if (end == STROPS_NONE)
        end = len;
    if (end > len) {
        end = len;
    } else if (end < 0) {
        end += len;
        if (end < 0)
            end = 0;
    }
    if (start < 0) {
        start += len;
        if (start < 0)
            start = 0;
    }
    /* start may stay above len: the callers' "end - start < m" tests
     * reject it, which is what makes 'abc'.find('', 5) -1. */
    *ostart = start;
    *oend = end;
}

/* The raw search, once per element type. Needles of up to 2 elements scan
 * directly; longer ones use Horspool's bad-character skip keyed on the low
 * 8 bits (a shared slot keeps the smallest shift, so skipping stays safe
 * for any width). Reverse search mirrors it with the window's first
 * element. Horspool is quadratic on adversarial input ("aaa...a" against
 * "aa..ab..aa"), so it runs on a work budget of a few times the text; past
 * it the rest of the text goes to Knuth-Morris-Pratt, which is linear. Both
 * find the leftmost (rightmost) match of what remains, so the switch never
 * changes the answer. */
#define STROPS_SEARCH_DEFINE(NAME, T)                                          \
    static int64_t NAME##_kmp(const T *s, size_t n, const T *sub, size_t m,   \
                              bool reverse)                                    \
    {                                                                          \
        /* over the reversed strings when reverse: element k is [len-1-k] */ \
        size_t *pi = malloc(m * sizeof(size_t));                               \
        if (!pi)                                                               \
            return -2;                                                         \
        pi[0] = 0;                                                             \
        for (size_t i = 1, q = 0; i < m; i++) {                                \
            T c = reverse ? sub[m - 1 - i] : sub[i];                           \
            while (q > 0 && c != (reverse ? sub[m - 1 - q] : sub[q]))          \
                q = pi[q - 1];                                                 \
            if (c == (reverse ? sub[m - 1 - q] : sub[q]))                      \
                q++;                                                           \
            pi[i] = q;                                                         \
        }                                                                      \
        int64_t found = -1;                                                    \
        for (size_t i = 0, q = 0; i < n; i++) {                                \
            T c = reverse ? s[n - 1 - i] : s[i];                               \
            while (q > 0 && c != (reverse ? sub[m - 1 - q] : sub[q]))          \
                q = pi[q - 1];                                                 \
            if (c == (reverse ? sub[m - 1 - q] : sub[q]))                      \
                q++;                                                           \
            if (q == m) {                                                      \
                found = reverse ? (int64_t)(n - 1 - i) : (int64_t)(i + 1 - m); \
                break;                                                         \
            }                                                                  \
        }                                                                      \
        free(pi);                                                              \
        return found;                                                          \
    }                                                                          \
                                                                               \
    int64_t NAME(const T *s, size_t n, const T *sub, size_t m, bool reverse)  \
    {                                                                          \
        if (m == 0)                                                            \
            return reverse ? (int64_t)n : 0;                                   \
        if (m > n)                                                             \
            return -1;                                                         \
        if (m <= 2) {                                                          \
            if (!reverse) {                                                    \
                for (size_t i = 0; i + m <= n; i++)                            \
                    if (s[i] == sub[0] && (m == 1 || s[i + 1] == sub[1]))      \
                        return (int64_t)i;                                     \
            } else {                                                           \
                for (size_t i = n - m + 1; i-- > 0;)                           \
                    if (s[i] == sub[0] && (m == 1 || s[i + 1] == sub[1]))      \
                        return (int64_t)i;                                     \
            }                                                                  \
            return -1;                                                         \
        }                                                                      \
        size_t skip[256];                                                      \
        for (int k = 0; k < 256; k++)                                          \
            skip[k] = m;                                                       \
        /* element comparisons allowed before switching to KMP */             \
        size_t budget = 4 * n + 4 * m + 256, work = 0;                         \
        if (!reverse) {                                                        \
            for (size_t i = 0; i + 1 < m; i++)                                 \
                skip[sub[i] & 0xff] = m - 1 - i;                               \
            for (size_t pos = 0; pos + m <= n;) {                              \
                T last = s[pos + m - 1];                                       \
                if (last == sub[m - 1]) {                                      \
                    if (memcmp(s + pos, sub, (m - 1) * sizeof(T)) == 0)        \
                        return (int64_t)pos;                                   \
                    work += m;                                                 \
                    if (work > budget) {                                       \
                        int64_t r = NAME##_kmp(s + pos, n - pos, sub, m, false); \
                        if (r != -2)                                           \
                            return r < 0 ? -1 : r + (int64_t)pos;              \
                        budget = SIZE_MAX; /* no memory: finish slowly */      \
                    }                                                          \
                }                                                              \
                pos += skip[last & 0xff];                                      \
            }                                                                  \
        } else {                                                               \
            for (size_t i = m - 1; i >= 1; i--)                                \
                skip[sub[i] & 0xff] = i;                                       \
            for (size_t pos = n - m;;) {                                       \
                T first = s[pos];                                              \
                if (first == sub[0]) {                                         \
                    if (memcmp(s + pos + 1, sub + 1, (m - 1) * sizeof(T)) == 0) \
                        return (int64_t)pos;                                   \
                    work += m;                                                 \
                    if (work > budget) {                                       \
                        int64_t r = NAME##_kmp(s, pos + m, sub, m, true);      \
                        if (r != -2)                                           \
                            return r;                                          \
                        budget = SIZE_MAX;                                     \
                    }                                                          \
                }                                                              \
                size_t k = skip[first & 0xff];                                 \
                if (k > pos)                                                   \
                    break;                                                     \
                pos -= k;                                                      \
            }                                                                  \
        }                                                                      \
        return -1;                                                             \
    }

STROPS_SEARCH_DEFINE(strops_search_u8, uint8_t)
STROPS_SEARCH_DEFINE(strops_search_u16, uint16_t)
STROPS_SEARCH_DEFINE(strops_search_u32, uint32_t)

static bool too_long(StropsError *err)
{
    return strops_error_(err, STROPS_OVERFLOW_ERROR,
                         "replace string is too long");
}

/* The methods, once per element type: this file includes itself with
 * STROPS_T (the element), NAME (the public name of an instance: no suffix
 * for code points, _u16/_u8 for narrower str kinds and bytes), RAW (its
 * raw search) and STROPS_TEXT_T (the matching result type). */
#define STROPS_T uint32_t
#define NAME(f) f
#define RAW strops_search_u32
#define STROPS_TEXT_T StropsText
#include "strops_search.c"
#define STROPS_T uint16_t
#define NAME(f) f##_u16
#define RAW strops_search_u16
#define STROPS_TEXT_T StropsText16
#include "strops_search.c"
#define STROPS_T uint8_t
#define NAME(f) f##_u8
#define RAW strops_search_u8
#define STROPS_TEXT_T StropsText8
#include "strops_search.c"

#else /* the template */
#define T STROPS_T


int64_t NAME(strops_find)(const T *s, size_t n, const T *sub,
                    size_t m, int64_t start, int64_t end)
{
    int64_t a, b;
    strops_adjust(start, end, n, &a, &b);
    if (b - a < (int64_t)m)
        return -1;
    int64_t r = RAW(s + a, (size_t)(b - a), sub, m, false);
    return r < 0 ? -1 : r + a;
}

int64_t NAME(strops_rfind)(const T *s, size_t n, const T *sub,
                     size_t m, int64_t start, int64_t end)
{
    int64_t a, b;
    strops_adjust(start, end, n, &a, &b);
    if (b - a < (int64_t)m)
        return -1;
    int64_t r = RAW(s + a, (size_t)(b - a), sub, m, true);
    return r < 0 ? -1 : r + a;
}

int64_t NAME(strops_count)(const T *s, size_t n, const T *sub,
                     size_t m, int64_t start, int64_t end)
{
    int64_t a, b;
    strops_adjust(start, end, n, &a, &b);
    if (b - a < (int64_t)m)
        return 0;
    if (m == 0)
        return b - a + 1;
    int64_t c = 0;
    while (b - a >= (int64_t)m) {
        int64_t r = RAW(s + a, (size_t)(b - a), sub, m, false);
        if (r < 0)
            break;
        c++;
        a += r + (int64_t)m;
    }
    return c;
}

/* CPython's tailmatch: the slice must be at least as long as the affix. */
static bool NAME(tailmatch)(const T *s, size_t n, const T *sub,
                      size_t m, int64_t start, int64_t end, bool at_end)
{
    int64_t a, b;
    strops_adjust(start, end, n, &a, &b);
    b -= (int64_t)m;
    if (b < a)
        return false;
    if (m == 0)
        return true;
    const T *p = s + (at_end ? b : a);
    return memcmp(p, sub, m * sizeof(T)) == 0;
}

bool NAME(strops_startswith)(const T *s, size_t n, const T *sub,
                       size_t m, int64_t start, int64_t end)
{
    return NAME(tailmatch)(s, n, sub, m, start, end, false);
}

bool NAME(strops_endswith)(const T *s, size_t n, const T *sub,
                     size_t m, int64_t start, int64_t end)
{
    return NAME(tailmatch)(s, n, sub, m, start, end, true);
}

bool NAME(strops_replace)(const T *s, size_t n, const T *old,
                    size_t om, const T *rep, size_t rm, int64_t count,
                    STROPS_TEXT_T *out, StropsError *err)
{
    /* First count the replacements so the result is sized once. */
    size_t k;
    if (om == 0) {
        k = n + 1;
    } else {
        k = (size_t)NAME(strops_count)(s, n, old, om, 0, STROPS_NONE);
    }
    if (count >= 0 && (uint64_t)count < k)
        k = (size_t)count;
    size_t total = n;
    if (rm > om) {
        if (k && (rm - om) > (SIZE_MAX / sizeof(T) - n) / k)
            return too_long(err);
        total = n + k * (rm - om);
    } else {
        total = n - k * (om - rm);
    }
    T *r = malloc((total ? total : 1) * sizeof(T));
    if (!r)
        return strops_error_(err, STROPS_MEMORY_ERROR, "out of memory");
    size_t o = 0, i = 0;
    for (size_t done = 0; done < k; done++) {
        size_t at;
        if (om == 0) {
            at = i;
        } else {
            at = i + (size_t)RAW(s + i, n - i, old, om, false);
        }
        memcpy(r + o, s + i, (at - i) * sizeof(T));
        o += at - i;
        memcpy(r + o, rep, rm * sizeof(T));
        o += rm;
        if (om == 0) {
            /* an empty old matches before every character: copy one */
            if (at < n)
                r[o++] = s[at];
            i = at + 1;
        } else {
            i = at + om;
        }
    }
    if (i < n) {
        memcpy(r + o, s + i, (n - i) * sizeof(T));
        o += n - i;
    }
    out->s = r;
    out->n = o;
    return true;
}

#undef T
#undef STROPS_T
#undef NAME
#undef RAW
#undef STROPS_TEXT_T
#endif
