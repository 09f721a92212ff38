/* The Unicode character database: per-code-point properties, full case
 * mappings, normalization (NFC/NFD/NFKC/NFKD) and character names, matching
 * CPython 3.14's unicodedata and str methods (Unicode 15.1). */
#ifndef FT_UNICODE_DB_H
#define FT_UNICODE_DB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* UcdRecord.flags. Each is the single-character answer of the str method or
 * property of the same name, so the str type can test one bit. */
enum {
    UCD_ALPHA = 1 << 0,           /* str.isalpha: category L* */
    UCD_DECIMAL = 1 << 1,         /* str.isdecimal: has a decimal value (Nd) */
    UCD_DIGIT = 1 << 2,           /* str.isdigit: has a digit value */
    UCD_NUMERIC = 1 << 3,         /* str.isnumeric: has a numeric value */
    UCD_SPACE = 1 << 4,           /* str.isspace: bidi WS/B/S or category Zs */
    UCD_PRINTABLE = 1 << 5,       /* str.isprintable */
    UCD_XID_START = 1 << 6,       /* may start an identifier ('_' excluded) */
    UCD_XID_CONTINUE = 1 << 7,    /* may continue an identifier */
    UCD_CASED = 1 << 8,           /* Cased: for title() and the final sigma */
    UCD_CASE_IGNORABLE = 1 << 9,  /* Case_Ignorable: for the final sigma */
    UCD_UPPER = 1 << 10,          /* str.isupper of the one character */
    UCD_LOWER = 1 << 11,          /* str.islower of the one character */
    UCD_TITLE = 1 << 12,          /* category Lt (str.istitle) */
    UCD_MIRRORED = 1 << 13,       /* unicodedata.mirrored */
    UCD_LINEBREAK = 1 << 14,      /* str.splitlines breaks here */
    UCD_NAMED_ = 1 << 15,         /* internal: has a name in the phrase table */
};

/* General categories, in the order of ucd_category_names. */
enum {
    UCD_Cn, UCD_Lu, UCD_Ll, UCD_Lt, UCD_Lm, UCD_Lo, UCD_Mn, UCD_Mc, UCD_Me,
    UCD_Nd, UCD_Nl, UCD_No, UCD_Pc, UCD_Pd, UCD_Ps, UCD_Pe, UCD_Pi, UCD_Pf,
    UCD_Po, UCD_Sm, UCD_Sc, UCD_Sk, UCD_So, UCD_Zs, UCD_Zl, UCD_Zp, UCD_Cc,
    UCD_Cf, UCD_Cs, UCD_Co,
};

typedef struct {
    uint8_t category;       /* UCD_Cn... */
    uint8_t bidi;           /* index into ucd_bidi_names ("" when none) */
    uint8_t combining;      /* canonical combining class */
    uint8_t east_asian;     /* index into ucd_east_asian_names */
    uint16_t flags;         /* UCD_ALPHA... */
    int8_t decimal;         /* decimal value, -1 if none */
    int8_t digit;           /* digit value, -1 if none */
    uint8_t numeric;        /* internal: index of the numeric value, 0 if none */
    /* internal: case mappings (upper, lower, title, casefold), each a delta
     * to add to the code point, or UCD_CASE_EXT_ | len << 16 | index into
     * the table of multi-character mappings. Read them with ucd_to_*. */
    int32_t upper_, lower_, title_, fold_;
} UcdRecord;

extern const char ucd_unicode_version[];   /* "15.1.0" */
extern const char *const ucd_category_names[30];
extern const char *const ucd_bidi_names[24];
extern const char *const ucd_east_asian_names[6];

/* The record of cp; code points past 0x10FFFF get the unassigned record. */
const UcdRecord *ucd_record(uint32_t cp);

static inline bool ucd_has(uint32_t cp, unsigned flag)
{
    return (ucd_record(cp)->flags & flag) != 0;
}

/* unicodedata.numeric: sets *has to whether cp has a numeric value. */
double ucd_numeric(uint32_t cp, bool *has);
/* Decimal and digit values, -1 if none (int() and float() use decimal). */
int ucd_decimal(uint32_t cp);
int ucd_digit(uint32_t cp);

/* Full case mappings as str.upper/lower/title/casefold give them for one
 * character (SpecialCasing's unconditional mappings, CaseFolding C+F).
 * Each writes 1 to 3 code points to out and returns how many. U+03A3 maps
 * to U+03C3 here: the final sigma (U+03C2) is the str method's decision,
 * made with UCD_CASED and UCD_CASE_IGNORABLE. */
#define UCD_MAX_CASE 3
int ucd_to_upper(uint32_t cp, uint32_t out[UCD_MAX_CASE]);
int ucd_to_lower(uint32_t cp, uint32_t out[UCD_MAX_CASE]);
int ucd_to_title(uint32_t cp, uint32_t out[UCD_MAX_CASE]);
int ucd_to_fold(uint32_t cp, uint32_t out[UCD_MAX_CASE]);

/* One-to-one mappings as CPython's Py_UNICODE_TOUPPER/TOLOWER give them
 * (the re module's IGNORECASE and _sre.unicode_iscased use these): the first
 * code point of the full mapping, so U+00DF uppers to 'S' and U+1F80 to
 * U+1F08, not to UnicodeData.txt's simple mappings. */
uint32_t ucd_simple_upper(uint32_t cp);
uint32_t ucd_simple_lower(uint32_t cp);

/* Names. ucd_name writes cp's name (NUL-terminated, at most UCD_MAX_NAME
 * bytes with the NUL) and returns true, or returns false when cp has no
 * name or buf is too small. Aliases are never returned. */
#define UCD_MAX_NAME 128
bool ucd_name(uint32_t cp, char *buf, size_t n);

/* ucd_name, and also the names CPython's unicodedata keeps at private code
 * points for its "names with aliases and named sequences" lookups (what
 * the namereplace error handler uses): the i-th alias of NameAliases.txt
 * at U+F0000+i, the i-th named sequence at U+F0200+i. */
bool ucd_name_extended(uint32_t cp, char *buf, size_t n);

/* Looks a name up (ASCII case-insensitive, except that Hangul syllable and
 * CJK unified ideograph names must be upper case, as in CPython). With
 * UCD_LOOKUP_ALIASES a formal name alias also matches ("\N{...}" and
 * unicodedata.lookup both allow them). */
#define UCD_LOOKUP_ALIASES 1
bool ucd_lookup(const char *name, size_t len, uint32_t *cp, int flags);
/* unicodedata.lookup also accepts named sequences: returns the sequence
 * (its length in *n) or NULL. */
const uint32_t *ucd_lookup_sequence(const char *name, size_t len, size_t *n);

/* Normalization. form is one of UCD_NFC...; ucd_normalize stores a
 * malloc'd result in *out (free it with free) and returns its length, or
 * returns (size_t)-1 with *out NULL when memory runs out. */
enum { UCD_NFC, UCD_NFD, UCD_NFKC, UCD_NFKD };
size_t ucd_normalize(int form, const uint32_t *in, size_t n, uint32_t **out);
/* unicodedata.is_normalized: 1 yes, 0 no, -1 out of memory. */
int ucd_is_normalized(int form, const uint32_t *in, size_t n);
/* Parses "NFC", "NFKD"...; -1 if none. */
int ucd_form_from_name(const char *name);
/* unicodedata.decomposition: writes the string ("<compat> 0020 0308", ""
 * when none) to buf; false if n is too small. */
bool ucd_decomposition(uint32_t cp, char *buf, size_t n);

/* --- Internal: shared with the generated unicode_tables.c only. ------- */
#define UCD_CASE_EXT_ 0x01000000
#define UCD_NAME_SHIFT 7
typedef struct { uint32_t first, second, composite; } UcdComposition;
typedef struct { uint32_t lo, hi; const char *prefix; } UcdNameFamily;
typedef struct { const char *name; uint32_t cp; } UcdAlias;
typedef struct { const char *name; uint8_t len; uint32_t cps[4]; } UcdSequence;

#endif
