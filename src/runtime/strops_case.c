/* str case mapping: upper/lower/casefold/title/capitalize/swapcase with the
 * full (one-to-many) mappings and lower()'s Final_Sigma rule. */
#include "strops.h"

#include "unicode_db.h"

#include <stdlib.h>

bool strops_error_(StropsError *err, StropsErrorKind kind, const char *fmt, ...);

/* Final_Sigma (Unicode 3.13, Table 3-17): U+03A3 lowers to final U+03C2
 * when a cased letter precedes it and none follows, looking past
 * case-ignorable characters both ways. */
static bool final_sigma(const uint32_t *s, size_t n, size_t i)
{
    size_t j = i;
    while (j > 0 && ucd_has(s[j - 1], UCD_CASE_IGNORABLE))
        j--;
    if (j == 0 || !ucd_has(s[j - 1], UCD_CASED))
        return false;
    j = i + 1;
    while (j < n && ucd_has(s[j], UCD_CASE_IGNORABLE))
        j++;
    return j == n || !ucd_has(s[j], UCD_CASED);
}

static int lower_at(const uint32_t *s, size_t n, size_t i, uint32_t out[UCD_MAX_CASE])
{
    if (s[i] == 0x3A3) {
        out[0] = final_sigma(s, n, i) ? 0x3C2 : 0x3C3;
        return 1;
    }
    return ucd_to_lower(s[i], out);
}

bool strops_case(int op, const uint32_t *s, size_t n, StropsText *out,
                 StropsError *err)
{
    /* A mapping yields at most UCD_MAX_CASE code points per input. */
    if (n > SIZE_MAX / sizeof(uint32_t) / UCD_MAX_CASE)
        return strops_error_(err, STROPS_OVERFLOW_ERROR, "string is too long");
    uint32_t *r = malloc((n ? n * UCD_MAX_CASE : 1) * sizeof(uint32_t));
    if (!r)
        return strops_error_(err, STROPS_MEMORY_ERROR, "out of memory");
    size_t o = 0;
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = s[i], m[UCD_MAX_CASE];
        int k;
        switch (op) {
        case STROPS_UPPER:
            k = ucd_to_upper(c, m);
            break;
        case STROPS_LOWER:
            k = lower_at(s, n, i, m);
            break;
        case STROPS_CASEFOLD:
            k = ucd_to_fold(c, m);
            break;
        case STROPS_TITLE:
            /* title case after an uncased character, lower after a cased */
            k = prev_cased ? lower_at(s, n, i, m) : ucd_to_title(c, m);
            prev_cased = ucd_has(c, UCD_CASED);
            break;
        case STROPS_CAPITALIZE:
            k = i == 0 ? ucd_to_title(c, m) : lower_at(s, n, i, m);
            break;
        default: /* STROPS_SWAPCASE */
            if (ucd_has(c, UCD_UPPER)) {
                k = lower_at(s, n, i, m);
            } else if (ucd_has(c, UCD_LOWER)) {
                k = ucd_to_upper(c, m);
            } else {
                m[0] = c;
                k = 1;
            }
            break;
        }
        for (int j = 0; j < k; j++)
            r[o++] = m[j];
    }
    out->s = r;
    out->n = o;
    return true;
}

/* bytes/bytearray: ASCII letters only, one byte for one byte. title's
 * "cased" is an ASCII letter; there is no casefold and no final sigma. */
static bool b_upper(uint8_t c)
{
    return c >= 'A' && c <= 'Z';
}

static bool b_lower(uint8_t c)
{
    return c >= 'a' && c <= 'z';
}

static uint8_t b_to_upper(uint8_t c)
{
    return b_lower(c) ? (uint8_t)(c - 32) : c;
}

static uint8_t b_to_lower(uint8_t c)
{
    return b_upper(c) ? (uint8_t)(c + 32) : c;
}

bool strops_bytes_case(int op, const uint8_t *s, size_t n, StropsText8 *out,
                       StropsError *err)
{
    uint8_t *r = malloc(n ? n : 1);
    if (!r)
        return strops_error_(err, STROPS_MEMORY_ERROR, "out of memory");
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = s[i];
        switch (op) {
        case STROPS_UPPER: r[i] = b_to_upper(c); break;
        case STROPS_LOWER: r[i] = b_to_lower(c); break;
        case STROPS_TITLE:
            r[i] = prev_cased ? b_to_lower(c) : b_to_upper(c);
            prev_cased = b_upper(c) || b_lower(c);
            break;
        case STROPS_CAPITALIZE: r[i] = i == 0 ? b_to_upper(c) : b_to_lower(c); break;
        case STROPS_SWAPCASE:
            r[i] = b_upper(c) ? b_to_lower(c) : b_to_upper(c);
            break;
        default:
            free(r);
            return strops_error_(err, STROPS_VALUE_ERROR, "no such bytes case operation");
        }
    }
    out->s = r;
    out->n = n;
    return true;
}
