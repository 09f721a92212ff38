/* str: immutable text of code points, stored 1, 2 or 4 bytes per code
 * point (the narrowest that fits, as CPython) for O(1) indexing and
 * CPython-identical hashes; the UTF-8 form is cached. */
#ifndef FT_STROBJ_H
#define FT_STROBJ_H

#include "obj.h"

/* Invariants: kind is the narrowest that holds the widest code point (so
 * equal strings have equal kinds and bytes, and hashes match CPython's);
 * ascii is exact. The data follows the StrObj, also in instances of str
 * subclasses (the core keeps their instance dict at the end of the block).
 * The UTF-8 cache is published with a release CAS after utf8_len was
 * stored (every racer stores the same length), so a reader that loads
 * utf8 with acquire may read utf8_len. */
typedef struct StrObj {
    Object base;
    ssize_t length;          /* code points */
    _Atomic hash_t hash;     /* -1 until computed (relaxed: any racer stores the same value) */
    uint8_t kind;            /* 1, 2 or 4 bytes per code point */
    uint8_t ascii;           /* every code point < 128 (then data is the UTF-8) */
    uint8_t interned;
    _Atomic(char *) utf8;    /* NUL-terminated UTF-8 (== data when ascii), made on demand */
    _Atomic ssize_t utf8_len;
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
/* The 256 one-character strings of Latin-1 (immortal, interned). */
typedef struct StrChar {
    StrObj s;
    uint8_t data[8];
} StrChar;
extern StrChar str_latin1_chars[256];
/* Borrowed or new: immortal, so no reference counting is needed. */
static inline Value str_from_latin1_char(uint8_t c) { return (Value)&str_latin1_chars[c].s; }
Value str_printf(const char *fmt, ...); /* err_set's format language (err.c) */
Value str_vprintf(const char *fmt, va_list ap);
/* An uninitialised str of len code points whose widest is exactly maxchar
 * (it decides the kind, which must be the narrowest); fill str_data()
 * then use it. */
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
/* parts[0] + parts[1] + ... (every part a str): the VM's BUILD_STRING. */
Value str_concat_many(const Value *parts, size_t n);
/* s * n */
Value str_repeat(Value s, ssize_t n);
/* A str from code points of any width, given the exact widest one. */
Value str_from_kind(int kind, const void *data, ssize_t len);
/* find(s, sub) over the whole string: index or -1. */
ssize_t str_find(const StrObj *s, const StrObj *sub, ssize_t start, ssize_t end, int direction);
/* sub in s */
bool str_contains(const StrObj *s, const StrObj *sub);
/* s.encode(encoding, errors) with encoding/errors C strings (NULL: utf-8 /
 * strict): a bytes object. */
Value str_encode(Value s, const char *encoding, const char *errors);
/* bytes.decode for raw data: a str. */
Value str_decode(const char *data, ssize_t len, const char *encoding, const char *errors);
/* template % args for a str template. */
Value str_percent(Value template_, Value args);

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
