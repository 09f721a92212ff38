/* Numeric formatting and parsing exactly as CPython 3.14 does it, over plain
 * C values: format() specs, '%', float()/int(), float.hex/fromhex, round(). */
#ifndef FT_NUMFMT_H
#define FT_NUMFMT_H

#include <gmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Results are malloc'd UTF-8; an error comes back as a NumfmtError.
 * An exception for the caller to raise: kind and CPython's exact message. */
typedef enum {
    NUMFMT_OK = 0,
    NUMFMT_VALUE_ERROR,
    NUMFMT_OVERFLOW_ERROR,
    NUMFMT_TYPE_ERROR,
    NUMFMT_MEMORY_ERROR,
} NumfmtErrorKind;

typedef struct {
    NumfmtErrorKind kind;
    char *msg; /* malloc'd, NULL when kind is NUMFMT_OK */
} NumfmtError;

#define NUMFMT_ERROR_INIT {NUMFMT_OK, NULL}

/* "ValueError", "OverflowError", ... */
const char *numfmt_error_name(NumfmtErrorKind kind);
void numfmt_error_clear(NumfmtError *err);

/* ---- the format-spec mini-language ---------------------------------- */

/* A parsed spec:
 *   [[fill]align][sign]['z']['#']['0'][width][grouping][.[precision][grouping]][type]
 * (3.14 allows grouping of a float's fraction digits after the precision). */
typedef struct {
    uint32_t fill;      /* code point, ' ' by default */
    char align;         /* '<' '>' '=' '^' */
    char sign;          /* 0, '+', '-', ' ' */
    bool no_neg_0;      /* 'z' */
    bool alt;           /* '#' */
    int64_t width;      /* -1 when absent */
    char sep;           /* grouping separator: 0, ',' or '_' */
    int group;          /* digits per group: 3, or 4 for '_' with b/o/x/X */
    int64_t precision;  /* -1 when absent */
    char frac_sep;      /* separator every 3 fraction digits: 0, ',' or '_' */
    uint32_t type;      /* presentation type code point, 0 when absent */
} NumfmtSpec;

/* Parses spec (UTF-8, len bytes) as CPython's parse_internal_render_format_spec
 * does with the given defaults; type_name names the object in messages. */
bool numfmt_parse_spec(const char *spec, size_t len, uint32_t default_type,
                       char default_align, const char *type_name,
                       NumfmtSpec *out, NumfmtError *err);

/* The format functions return NUL-terminated UTF-8 and its byte length in
 * *outlen (may be NULL): a fill character or %c may put NULs inside.
 * format(v, spec) for an int; type_name is "int" (or "bool", ...) for the
 * messages. max_str_digits: sys.get_int_max_str_digits() (0: no limit). */
char *numfmt_format_int(mpz_srcptr v, const char *spec, size_t len,
                        const char *type_name, long max_str_digits,
                        size_t *outlen, NumfmtError *err);
char *numfmt_format_float(double x, const char *spec, size_t len,
                          size_t *outlen, NumfmtError *err);
char *numfmt_format_complex(double re, double im, const char *spec,
                            size_t len, size_t *outlen, NumfmtError *err);
/* format(s, spec) for a str given as UTF-8 (widths count code points). */
char *numfmt_format_str(const char *s, size_t slen, const char *spec,
                        size_t len, size_t *outlen, NumfmtError *err);

/* ---- doubles to text ------------------------------------------------- */

enum {
    NUMFMT_SIGN = 1,       /* always write a sign */
    NUMFMT_ADD_DOT_0 = 2,  /* end an integral non-exponent result in ".0" */
    NUMFMT_ALT = 4,        /* '#': keep the point and trailing zeros */
    NUMFMT_NO_NEG_0 = 8,   /* 'z': a result that rounds to zero loses its '-' */
};

/* What a double formats as. */
enum { NUMFMT_FINITE, NUMFMT_INFINITE, NUMFMT_NAN };

/* PyOS_double_to_string: type is one of e E f F g G r ('r': shortest
 * round-tripping digits, precision ignored). Returns malloc'd ASCII;
 * *kind (may be NULL) receives NUMFMT_FINITE/INFINITE/NAN. */
char *numfmt_float_format(double x, char type, int precision, int flags,
                          int *kind);

/* float.hex(x) and float.fromhex(s). */
char *numfmt_float_hex(double x);
bool numfmt_float_fromhex(const char *s, size_t len, double *out,
                          NumfmtError *err);

/* round(x, ndigits), correctly rounded half-even through the exact decimal
 * value; OverflowError "rounded value too large to represent". */
bool numfmt_round(double x, int64_t ndigits, double *out, NumfmtError *err);
/* round(x) with no ndigits: the nearest integer, ties to even. */
bool numfmt_round_to_int(double x, mpz_ptr out, NumfmtError *err);
/* float.as_integer_ratio() and float.is_integer(). */
bool numfmt_as_integer_ratio(double x, mpz_ptr num, mpz_ptr den,
                             NumfmtError *err);
bool numfmt_is_integer(double x);
/* float(v) for an int: correctly rounded, OverflowError when too large. */
bool numfmt_int_to_double(mpz_srcptr v, double *out, NumfmtError *err);

/* ---- printf-style '%' ------------------------------------------------ */

/* The flags, width and precision of one conversion ('*' already resolved
 * by the caller; -1 when absent). */
typedef struct {
    bool ljust, sign, blank, alt, zero; /* '-' '+' ' ' '#' '0' */
    int64_t width, precision;
} NumfmtPercent;

/* conv: d i u o x X c for an int (max_str_digits as for format). */
char *numfmt_percent_int(mpz_srcptr v, char conv, const NumfmtPercent *f,
                         long max_str_digits, size_t *outlen, NumfmtError *err);
/* conv: e E f F g G. */
char *numfmt_percent_float(double x, char conv, const NumfmtPercent *f,
                           NumfmtError *err);
/* %s %r %a %c once the caller has the text (UTF-8): precision truncates
 * (not for 'c'), width pads with spaces. */
char *numfmt_percent_text(const char *s, size_t len, char conv,
                          const NumfmtPercent *f, size_t *outlen);

/* ---- parsing and int to text ----------------------------------------- */

/* float(s) for a str given as UTF-8. */
bool numfmt_parse_float(const char *s, size_t len, double *out,
                        NumfmtError *err);
/* int(s, base) for a str given as UTF-8; base 0 or 2..36. */
bool numfmt_parse_int(mpz_ptr out, const char *s, size_t len, int base,
                      long max_str_digits, NumfmtError *err);
/* str(v) for base 10 (with the digit limit), else the digits in base
 * 2..36, lower case; prefix adds "0b"/"0o"/"0x" for bases 2, 8, 16. */
char *numfmt_int_to_str(mpz_srcptr v, int base, bool prefix,
                        long max_str_digits, NumfmtError *err);

/* repr() of a str given as UTF-8; max_chars > 0 truncates the result to
 * that many code points as '%.200R' does. */
char *numfmt_str_repr(const char *s, size_t len, size_t max_chars);

#endif
