/* The algorithms behind str's methods (and bytes/bytearray's where they
 * agree), over arrays of code points, with CPython 3.14's exact semantics. */
#ifndef FT_STROPS_H
#define FT_STROPS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Representation. Functions take a string as (const uint32_t *s, size_t n).
 * Results that are pieces of the input (split, partition, strip,
 * splitlines) come back as spans of indices, never copies, so the str type
 * builds the substrings in its own representation; new text (replace, case
 * mappings, padding) comes back malloc'd. Searching, splitting and padding
 * are written once as templates over the element type and also
 * instantiated for 2- and 1-byte elements (suffixes _u16, _u8: str's
 * narrower kinds and bytes, same semantics) and, for the whitespace- and
 * line-dependent splits, bytes/bytearray (_bytes: ASCII whitespace, only
 * \n \r as line boundaries); see STROPS_DECLARE_SEARCH/SPLIT/PAD below and
 * docs/strops.md. */

/* An exception for the caller to raise: CPython's kind and exact message
 * (the same convention as NumfmtError). */
typedef enum {
    STROPS_OK = 0,
    STROPS_VALUE_ERROR,
    STROPS_TYPE_ERROR,
    STROPS_OVERFLOW_ERROR,
    STROPS_MEMORY_ERROR,
} StropsErrorKind;

typedef struct {
    StropsErrorKind kind;
    char *msg; /* malloc'd, NULL when kind is STROPS_OK */
} StropsError;

#define STROPS_ERROR_INIT {STROPS_OK, NULL}

const char *strops_error_name(StropsErrorKind kind);
void strops_error_clear(StropsError *err);

/* A piece [start, end) of the input. */
typedef struct {
    size_t start, end;
} StropsSpan;

/* A list of spans (malloc'd items; free with free(list.items)). */
typedef struct {
    StropsSpan *items;
    size_t n;
} StropsSpans;

/* New text: malloc'd code points (never NULL on success, even when n is 0);
 * the 2- and 1-byte instances return 2- and 1-byte elements. */
typedef struct {
    uint32_t *s;
    size_t n;
} StropsText;
typedef struct {
    uint16_t *s;
    size_t n;
} StropsText16;
typedef struct {
    uint8_t *s;
    size_t n;
} StropsText8;

/* ---- slices and searching (strops_search.c) ------------------------- */

/* A slice bound as the caller got it: STROPS_NONE stands for None, and a
 * Python int outside (INT64_MIN, INT64_MAX] is clamped to -INT64_MAX or
 * INT64_MAX first (CPython's _PyEval_SliceIndex clamps to PY_SSIZE_T_MIN/
 * MAX; one less on the negative side gives the same results, since no
 * string is that long, and keeps INT64_MIN free for None). */
#define STROPS_NONE INT64_MIN
/* CPython's ADJUST_INDICES: negative bounds count from the end, then both
 * clamp to [0, n] (start may exceed end; callers check). */
void strops_adjust(int64_t start, int64_t end, size_t n, int64_t *ostart,
                   int64_t *oend);

/* str.find / str.rfind over s[start:end]: an index into s, or -1. An empty
 * needle is found at start (find) or end (rfind) if start <= end <= n after
 * adjusting. index/rindex are these plus "substring not found". */
int64_t strops_find(const uint32_t *s, size_t n, const uint32_t *sub,
                    size_t m, int64_t start, int64_t end);
int64_t strops_rfind(const uint32_t *s, size_t n, const uint32_t *sub,
                     size_t m, int64_t start, int64_t end);
/* str.count: non-overlapping occurrences (an empty needle: end-start+1). */
int64_t strops_count(const uint32_t *s, size_t n, const uint32_t *sub,
                     size_t m, int64_t start, int64_t end);
/* str.startswith/endswith for one prefix (a tuple is the caller's loop). */
bool strops_startswith(const uint32_t *s, size_t n, const uint32_t *sub,
                       size_t m, int64_t start, int64_t end);
bool strops_endswith(const uint32_t *s, size_t n, const uint32_t *sub,
                     size_t m, int64_t start, int64_t end);

/* The raw searches, generic over the element width: first/last index of
 * sub in s, or -1 (m may be 0). Two-way/Horspool-style skipping for long
 * needles, a direct scan for short ones. */
int64_t strops_search_u8(const uint8_t *s, size_t n, const uint8_t *sub,
                         size_t m, bool reverse);
int64_t strops_search_u16(const uint16_t *s, size_t n, const uint16_t *sub,
                          size_t m, bool reverse);
int64_t strops_search_u32(const uint32_t *s, size_t n, const uint32_t *sub,
                          size_t m, bool reverse);

/* str.replace(old, new, count); count < 0: all. */
bool strops_replace(const uint32_t *s, size_t n, const uint32_t *old,
                    size_t om, const uint32_t *rep, size_t rm, int64_t count,
                    StropsText *out, StropsError *err);

/* ---- splitting and stripping (strops_split.c) ------------------------ */

/* str.split / rsplit: sep NULL for None (runs of str.isspace characters).
 * maxsplit < 0: no limit. ValueError "empty separator" for sep of length 0.
 * rsplit's spans come back in left-to-right order, as the list is. */
bool strops_split(const uint32_t *s, size_t n, const uint32_t *sep, size_t m,
                  int64_t maxsplit, StropsSpans *out, StropsError *err);
bool strops_rsplit(const uint32_t *s, size_t n, const uint32_t *sep, size_t m,
                   int64_t maxsplit, StropsSpans *out, StropsError *err);
/* str.splitlines: boundaries are \n \r \r\n \v \f \x1c \x1d \x1e \x85
 * \u2028 \u2029; with keepends the spans include them. */
bool strops_splitlines(const uint32_t *s, size_t n, bool keepends,
                       StropsSpans *out, StropsError *err);
/* str.partition / rpartition: out[0..2] are the three parts; the separator
 * part is empty (start == end) when not found. */
bool strops_partition(const uint32_t *s, size_t n, const uint32_t *sep,
                      size_t m, StropsSpan out[3], StropsError *err);
bool strops_rpartition(const uint32_t *s, size_t n, const uint32_t *sep,
                       size_t m, StropsSpan out[3], StropsError *err);
/* str.strip/lstrip/rstrip: chars NULL for whitespace. which: 1 left,
 * 2 right, 3 both. */
StropsSpan strops_strip(const uint32_t *s, size_t n, const uint32_t *chars,
                        size_t m, int which);
/* The length of sep.join(items): sum of lengths plus (k-1)*seplen, or
 * false with OverflowError "join() result is too long..." on overflow. */
bool strops_join_size(const size_t *lens, size_t k, size_t seplen,
                      size_t *total, StropsError *err);

/* The same searching and splitting functions over narrower elements:
 * strops_find_u16, strops_split_u8, strops_strip_bytes, ... with the
 * documentation above. For bytes, use the _u8 search functions and the
 * _bytes split/strip/splitlines. */
#define STROPS_DECLARE_SEARCH(SFX, T, TEXT)                                    \
    int64_t strops_find##SFX(const T *s, size_t n, const T *sub, size_t m,    \
                             int64_t start, int64_t end);                     \
    int64_t strops_rfind##SFX(const T *s, size_t n, const T *sub, size_t m,   \
                              int64_t start, int64_t end);                    \
    int64_t strops_count##SFX(const T *s, size_t n, const T *sub, size_t m,   \
                              int64_t start, int64_t end);                    \
    bool strops_startswith##SFX(const T *s, size_t n, const T *sub, size_t m, \
                                int64_t start, int64_t end);                  \
    bool strops_endswith##SFX(const T *s, size_t n, const T *sub, size_t m,   \
                              int64_t start, int64_t end);                    \
    bool strops_replace##SFX(const T *s, size_t n, const T *old, size_t om,   \
                             const T *rep, size_t rm, int64_t count,          \
                             TEXT *out, StropsError *err);
#define STROPS_DECLARE_SPLIT(SFX, T)                                           \
    bool strops_split##SFX(const T *s, size_t n, const T *sep, size_t m,      \
                           int64_t maxsplit, StropsSpans *out,                \
                           StropsError *err);                                 \
    bool strops_rsplit##SFX(const T *s, size_t n, const T *sep, size_t m,     \
                            int64_t maxsplit, StropsSpans *out,               \
                            StropsError *err);                                \
    bool strops_splitlines##SFX(const T *s, size_t n, bool keepends,          \
                                StropsSpans *out, StropsError *err);          \
    bool strops_partition##SFX(const T *s, size_t n, const T *sep, size_t m,  \
                               StropsSpan out[3], StropsError *err);          \
    bool strops_rpartition##SFX(const T *s, size_t n, const T *sep, size_t m, \
                                StropsSpan out[3], StropsError *err);         \
    StropsSpan strops_strip##SFX(const T *s, size_t n, const T *chars,        \
                                 size_t m, int which);
STROPS_DECLARE_SEARCH(_u16, uint16_t, StropsText16)
STROPS_DECLARE_SEARCH(_u8, uint8_t, StropsText8)
STROPS_DECLARE_SPLIT(_u16, uint16_t)
STROPS_DECLARE_SPLIT(_u8, uint8_t)
STROPS_DECLARE_SPLIT(_bytes, uint8_t)

/* ---- case mapping (strops_case.c) ----------------------------------- */

enum {
    STROPS_UPPER, STROPS_LOWER, STROPS_CASEFOLD, STROPS_TITLE,
    STROPS_CAPITALIZE, STROPS_SWAPCASE,
};
/* Full mappings (SpecialCasing), with the Final_Sigma rule wherever
 * CPython lowers (lower, title, capitalize, swapcase). */
bool strops_case(int op, const uint32_t *s, size_t n, StropsText *out,
                 StropsError *err);

/* bytes/bytearray upper/lower/title/capitalize/swapcase: ASCII only. */
bool strops_bytes_case(int op, const uint8_t *s, size_t n, StropsText8 *out,
                       StropsError *err);

/* ---- predicates and padding (strops_pred.c) ------------------------- */

enum {
    STROPS_ISALPHA, STROPS_ISDECIMAL, STROPS_ISDIGIT, STROPS_ISNUMERIC,
    STROPS_ISALNUM, STROPS_ISSPACE, STROPS_ISPRINTABLE, STROPS_ISIDENTIFIER,
    STROPS_ISUPPER, STROPS_ISLOWER, STROPS_ISTITLE, STROPS_ISASCII,
};
bool strops_is(int pred, const uint32_t *s, size_t n);
/* bytes/bytearray: ISALPHA ISDIGIT ISALNUM ISSPACE ISUPPER ISLOWER ISTITLE
 * ISASCII over ASCII classes. */
bool strops_bytes_is(int pred, const uint8_t *s, size_t n);

/* center/ljust/rjust(width, fill); which: '^' '<' '>'. */
bool strops_pad(const uint32_t *s, size_t n, int64_t width, uint32_t fill,
                char which, StropsText *out, StropsError *err);
/* str.zfill(width): zeros after a leading '+'/'-'. */
bool strops_zfill(const uint32_t *s, size_t n, int64_t width, StropsText *out,
                  StropsError *err);
/* str.expandtabs(tabsize): columns restart after \n and \r; tabsize <= 0
 * drops tabs. OverflowError "new string is too long" as CPython. */
bool strops_expandtabs(const uint32_t *s, size_t n, int64_t tabsize,
                       StropsText *out, StropsError *err);

/* The padding functions over narrower elements (2-byte str, 1-byte str
 * and bytes/bytearray, whose semantics are the same): strops_pad_u16,
 * strops_zfill_u8, strops_expandtabs_u8, ... */
#define STROPS_DECLARE_PAD(SFX, T, TEXT)                                       \
    bool strops_pad##SFX(const T *s, size_t n, int64_t width, T fill,         \
                         char which, TEXT *out, StropsError *err);            \
    bool strops_zfill##SFX(const T *s, size_t n, int64_t width, TEXT *out,    \
                           StropsError *err);                                 \
    bool strops_expandtabs##SFX(const T *s, size_t n, int64_t tabsize,        \
                                TEXT *out, StropsError *err);
STROPS_DECLARE_PAD(_u16, uint16_t, StropsText16)
STROPS_DECLARE_PAD(_u8, uint8_t, StropsText8)

/* ---- str.format templates (strops_format.c) -------------------------- */

/* One step of a format string, as CPython's markup iterator yields it:
 * literal text, then (when has_field) one replacement field
 * "{name!conv:spec}". The VM evaluates fields as it goes, so errors in a
 * later part never hide an error from evaluating an earlier field. */
typedef struct {
    StropsSpan literal;
    bool has_field;
    StropsSpan name;       /* field name: "a.b[0]" */
    uint32_t conversion;   /* 0, or the character after '!' (unchecked) */
    StropsSpan spec;       /* the format spec, still to be expanded */
    bool spec_has_fields;  /* spec contains '{': format it first, at depth-1 */
} StropsFmtItem;

typedef struct {
    const uint32_t *s;
    size_t n, pos;
} StropsFmtIter;

/* CPython starts at depth 2; a spec is expanded at depth-1, and depth 0
 * fails with "Max string recursion exceeded": strops_fmt_begin checks it. */
#define STROPS_FMT_DEPTH 2
bool strops_fmt_begin(StropsFmtIter *it, const uint32_t *s, size_t n,
                      int depth, StropsError *err);
/* 1: an item; 0: the end; -1: an error (ValueError). */
int strops_fmt_next(StropsFmtIter *it, StropsFmtItem *item, StropsError *err);

/* The field name's first part: an index (arg_index >= 0), an empty name
 * (auto-numbered: arg_index == -1, first empty) or a keyword. */
typedef struct {
    StropsSpan first;
    int64_t arg_index;     /* >= 0 for a decimal first part, else -1 */
    size_t pos;            /* iteration state over the rest */
    const uint32_t *s;
    size_t end;
} StropsFieldName;
/* Splits a field name (the span of a StropsFmtItem); ValueError
 * "Too many decimal digits in format string". */
bool strops_field_begin(const uint32_t *s, StropsSpan name,
                        StropsFieldName *f, StropsError *err);
/* The next ".attr" or "[key]": 1 with *is_attr, the key's span and
 * *index (>= 0 when the key is all decimal digits, else -1); 0 at the end;
 * -1 on error ("Empty attribute in format string", "Missing ']' in format
 * string", "Only '.' or '[' may follow ']' in format field specifier"). */
int strops_field_next(StropsFieldName *f, bool *is_attr, StropsSpan *key,
                      int64_t *index, StropsError *err);

/* Auto vs manual numbering, shared across one format() call and its
 * nested specs. */
typedef struct {
    int mode;          /* 0 unknown, 1 auto, 2 manual */
    int64_t next;      /* the next automatic index */
} StropsAutoNumber;
/* For a field whose first part is empty (automatic) or an index (manual):
 * *index gets the argument index to use, or the errors "cannot switch from
 * manual field specification to automatic field numbering" and the
 * reverse. Keyword fields do not call this. */
bool strops_autonumber(StropsAutoNumber *a, bool is_auto, int64_t *index,
                       StropsError *err);
/* ValueError "Unknown conversion specifier X" (or \xNN) for a conversion
 * other than r, s, a; the VM checks after fetching the object, as CPython. */
bool strops_fmt_check_conversion(uint32_t conv, StropsError *err);

/* ---- '%' templates (strops_percent.c) -------------------------------- */

typedef struct {
    StropsSpan literal;  /* text before the '%' */
    bool has_conv;       /* false: trailing literal only */
    bool escape;         /* "%%": write one '%', take no argument */
    bool has_key;
    StropsSpan key;      /* "%(key)s": parentheses inside nest */
    bool ljust, sign, blank, alt, zero;  /* '-' '+' ' ' '#' '0' */
    bool width_star, prec_star;          /* '*': taken from the arguments */
    int64_t width, precision;            /* -1 when absent; a '*' value as
                                          * fetched (caller applies signs) */
    uint32_t conv;       /* the conversion character, unchecked */
    size_t conv_index;   /* its index (for "at index N" messages) */
} StropsPercentItem;

typedef struct {
    const uint32_t *s;
    size_t n, pos;
    bool mapping;        /* the right operand is a mapping (keys allowed) */
    /* When set, called for each '*' as the parser meets it (CPython fetches
     * the argument then, so "not enough arguments" or "* wanted int" come
     * before a later parse error); it stores the value in *v or returns
     * false with err set (or its own exception pending: the iterator then
     * returns -1 and leaves err alone). NULL: only width_star/prec_star
     * are set. key, likewise, is called as soon as a key is parsed
     * (CPython looks it up before parsing the flags: a KeyError wins). */
    bool (*star)(void *ctx, int64_t *v, StropsError *err);
    bool (*key)(void *ctx, StropsSpan key, StropsError *err);
    void *ctx;
} StropsPercentIter;

void strops_percent_begin(StropsPercentIter *it, const uint32_t *s, size_t n,
                          bool mapping);
/* 1: an item; 0: the end; -1: an error: ValueError "incomplete format",
 * "incomplete format key", "width too big", "precision too big", or
 * TypeError "format requires a mapping" (a key without a mapping). Only
 * one length modifier (h l L) is skipped, as in CPython. */
int strops_percent_next(StropsPercentIter *it, StropsPercentItem *item,
                        StropsError *err);
/* ValueError "unsupported format character 'y' (0x79) at index 3" unless
 * the conversion is one of s r a c d i u o x X e E f F g G. CPython checks
 * this after fetching the conversion's argument, so the caller fetches
 * first ("not enough arguments for format string" wins) and then calls
 * this. */
bool strops_percent_check_conv(const StropsPercentItem *item, StropsError *err);
/* The whole template at once: arguments the positional conversions take
 * (including '*' widths and precisions) and whether any uses a key; false
 * on the first parse error (conversion characters checked as met). */
bool strops_percent_counts(const uint32_t *s, size_t n, bool mapping,
                           size_t *args, bool *uses_keys, StropsError *err);

#endif
