/* str: immutable text of code points, stored 1, 2 or 4 bytes per code
 * point (the narrowest that fits, as CPython) for O(1) indexing and
 * CPython-identical hashes; the UTF-8 form is cached. */
#ifndef FT_STROBJ_H
#define FT_STROBJ_H

#include "obj.h"

typedef struct StrObj {
    Object base;
    ssize_t length;          /* code points */
    _Atomic hash_t hash;     /* -1 until computed */
    uint8_t kind;            /* 1, 2 or 4 bytes per code point */
    uint8_t ascii;           /* every code point < 128 (then data is the UTF-8) */
    uint8_t interned;
    _Atomic(char *) utf8;    /* NUL-terminated UTF-8 (== data when ascii), made on demand */
    ssize_t utf8_len;
    /* kind * (length + 1) bytes of data follow, NUL-terminated */
} StrObj;

extern Type Str_Type;

static inline bool val_is_str(Value v)
{
    return val_is_obj(v) && (val_as_obj(v)->type->tflags & TF_STR_SUBCLASS) != 0;
}
static inline StrObj *val_as_str(Value v) { return (StrObj *)val_as_obj(v); }
static inline void *str_data(const StrObj *s) { return (void *)(s + 1); }
static inline ssize_t str_len(const StrObj *s) { return s->length; }
static inline uint32_t str_char_at(const StrObj *s, ssize_t i)
{
    switch (s->kind) {
    case 1: return ((const uint8_t *)str_data(s))[i];
    case 2: return ((const uint16_t *)str_data(s))[i];
    default: return ((const uint32_t *)str_data(s))[i];
    }
}

/* Construction. str_from_utf8 raises UnicodeDecodeError on invalid input
 * (surrogates encoded in UTF-8 are rejected too). */
Value str_from_utf8(const char *s, ssize_t len);
Value str_from_cstr(const char *s);
Value str_from_ascii(const char *s, ssize_t len); /* caller guarantees ASCII */
Value str_from_ucs4(const uint32_t *s, ssize_t len);
Value str_from_latin1(const uint8_t *s, ssize_t len);
Value str_from_char(uint32_t c);
Value str_printf(const char *fmt, ...); /* err_set's format language (err.c) */
Value str_vprintf(const char *fmt, va_list ap);
/* An uninitialised str of len code points, all < maxchar + 1; fill
 * str_data() then use it. */
Value str_new_raw(ssize_t len, uint32_t maxchar);
/* The empty string (immortal). */
Value str_empty(void);

/* Views. str_utf8 returns the cached UTF-8 (valid while s lives); a lone
 * surrogate makes it fail with UnicodeEncodeError (returns NULL). */
const char *str_utf8(StrObj *s, ssize_t *len_out);
/* Like str_utf8 but lone surrogates become '?' (for messages). */
const char *str_utf8_lossy(StrObj *s);
/* Copies the code points into a malloc'd array (free with mem_free). */
uint32_t *str_to_ucs4(const StrObj *s);

/* Interning: the unique immortal str with this text. */
Object *str_intern_cstr(const char *s);
/* Interns s (steals the reference) and returns the interned object. */
Object *str_intern(Object *s);

hash_t str_hash(StrObj *s);
bool str_eq(const StrObj *a, const StrObj *b);
bool str_eq_cstr(const StrObj *a, const char *s); /* s is ASCII */
int str_compare(const StrObj *a, const StrObj *b); /* <0, 0, >0 */
Value str_concat(Value a, Value b);
Value str_substr(const StrObj *s, ssize_t start, ssize_t end);
Value str_repr(Value s);
/* Joins items (a list/tuple/iterable of str) with sep. */
Value str_join(Value sep, Value items);

/* A growable buffer that becomes a str (for repr of containers, format).
 * Errors are sticky: sb_finish returns VAL_NULL if any append failed. */
typedef struct StrBuilder {
    uint32_t *buf;
    size_t len, cap;
    uint32_t maxchar;
    bool failed;
} StrBuilder;
void sb_init(StrBuilder *b);
void sb_add_char(StrBuilder *b, uint32_t c);
void sb_add_ascii(StrBuilder *b, const char *s);
void sb_add_utf8(StrBuilder *b, const char *s, size_t len);
void sb_add_str(StrBuilder *b, Value s);       /* s must be a str */
int sb_add_repr(StrBuilder *b, Value v);       /* repr(v); -1 on error */
int sb_add_strof(StrBuilder *b, Value v);      /* str(v); -1 on error */
Value sb_finish(StrBuilder *b);                /* frees the buffer */
void sb_discard(StrBuilder *b);

#endif
