/* str's core: allocation in the narrowest kind, the cached one-character
 * strings, construction from UTF-8/Latin-1/UCS-4, the UTF-8 cache, hashing,
 * equality, ordering, concatenation and substrings. */
#include <limits.h>
#include <stdatomic.h>

#include "str_internal.h"
#include "tstate.h"
#include "utf8.h"

/* ---- static strings ---------------------------------------------------- */

/* Every one-character Latin-1 string is a static immortal object; its data
 * holds the character, a NUL, then its UTF-8 form (so the UTF-8 cache is
 * never computed for them). */
#define STR_CHAR(c)                                                                          \
    [c] = {.s = {.base = OBJ_STATIC_HEADER(&Str_Type),                                       \
                 .length = 1,                                                                \
                 .hash = -1,                                                                 \
                 .kind = 1,                                                                  \
                 .ascii = (c) < 128,                                                         \
                 .interned = 1,                                                              \
                 .utf8 = (char *)str_latin1_chars[c].data + ((c) < 128 ? 0 : 2),             \
                 .utf8_len = (c) < 128 ? 1 : 2},                                             \
           .data = {(c), 0, (c) < 128 ? 0 : 0xC0 | ((c) >> 6), (c) < 128 ? 0 : 0x80 | ((c) & 0x3F), 0}}
#define STR_CHAR4(c) STR_CHAR(c), STR_CHAR((c) + 1), STR_CHAR((c) + 2), STR_CHAR((c) + 3)
#define STR_CHAR16(c) STR_CHAR4(c), STR_CHAR4((c) + 4), STR_CHAR4((c) + 8), STR_CHAR4((c) + 12)
#define STR_CHAR64(c) STR_CHAR16(c), STR_CHAR16((c) + 16), STR_CHAR16((c) + 32), STR_CHAR16((c) + 48)

StrChar str_latin1_chars[256] = {STR_CHAR64(0), STR_CHAR64(64), STR_CHAR64(128), STR_CHAR64(192)};

static StrChar str_empty_obj = {
    .s = {.base = OBJ_STATIC_HEADER(&Str_Type),
          .length = 0,
          .hash = 0,
          .kind = 1,
          .ascii = 1,
          .interned = 1,
          .utf8 = (char *)str_empty_obj.data,
          .utf8_len = 0},
    .data = {0},
};

Value str_empty(void) { return (Value)&str_empty_obj.s; }

/* ---- allocation -------------------------------------------------------- */

Value str_alloc(Type *type, ssize_t len, int kind, bool ascii)
{
    if (len < 0 || (size_t)len >= ((size_t)SSIZE_MAX - 4096) / (size_t)kind - 1)
        return err_no_memory();
    size_t nbytes = ((size_t)len + 1) * (size_t)kind;
    StrObj *s;
    if (type == &Str_Type) {
        /* The hottest allocation: straight from the thread's object heap,
         * as obj_alloc would for a static type without GC, minus zeroing. */
        s = mem_obj_alloc(sizeof(StrObj) + nbytes);
        if (!s)
            return err_no_memory();
        obj_init_header(&s->base, &Str_Type, ts_current_tid);
    } else {
        /* A subclass instance (itemsize 1): the core puts its instance
         * dict at the end of the block, after the data. */
        Object *o = obj_alloc(type, nbytes);
        if (!o)
            return VAL_NULL;
        s = (StrObj *)o;
    }
    s->length = len;
    atomic_init(&s->hash, -1);
    s->kind = (uint8_t)kind;
    s->ascii = ascii;
    s->interned = 0;
    char *data = str_data(s);
    memset(data + (size_t)len * (size_t)kind, 0, (size_t)kind);
    atomic_init(&s->utf8, ascii ? data : NULL);
    atomic_init(&s->utf8_len, ascii ? len : 0);
    return (Value)s;
}

Value str_new_raw(ssize_t len, uint32_t maxchar)
{
    return str_alloc(&Str_Type, len, str_kind_for(maxchar), maxchar < 128);
}

void str_dealloc(Object *o)
{
    StrObj *s = (StrObj *)o;
    char *u = atomic_load_explicit(&s->utf8, memory_order_relaxed);
    if (u && u != (char *)str_data(s))
        mem_free(u);
    if (o->type == &Str_Type)
        mem_obj_free(o);
    else
        obj_free(o);
}

/* ---- construction ------------------------------------------------------ */

Value str_from_ascii(const char *s, ssize_t len)
{
    if (len <= 1)
        return len == 0 ? str_empty() : str_from_latin1_char((uint8_t)s[0]);
    Value r = str_alloc(&Str_Type, len, 1, true);
    if (r)
        memcpy(str_data(val_as_str(r)), s, (size_t)len);
    return r;
}

/* Index of the first non-ASCII byte (len if none), eight bytes at a time. */
static size_t ascii_prefix(const unsigned char *b, size_t n)
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, b + i, 8);
        if (w & 0x8080808080808080ull)
            break;
    }
    while (i < n && b[i] < 0x80)
        i++;
    return i;
}

/* Decodes well-formed UTF-8 into dst of the given kind. */
#define DECODE_UTF8_INTO(T)                                                     \
    do {                                                                        \
        T *d = (T *)dst;                                                        \
        size_t i = 0, k = 0;                                                    \
        while (i < n) {                                                         \
            unsigned char c = b[i];                                             \
            uint32_t cp;                                                        \
            if (c < 0x80) {                                                     \
                cp = c, i += 1;                                                 \
            } else if (c < 0xE0) {                                              \
                cp = (uint32_t)(c & 0x1F) << 6 | (b[i + 1] & 0x3Fu), i += 2;    \
            } else if (c < 0xF0) {                                              \
                cp = (uint32_t)(c & 0x0F) << 12 | (uint32_t)(b[i + 1] & 0x3F) << 6 | \
                     (b[i + 2] & 0x3Fu);                                        \
                i += 3;                                                         \
            } else {                                                            \
                cp = (uint32_t)(c & 0x07) << 18 | (uint32_t)(b[i + 1] & 0x3F) << 12 | \
                     (uint32_t)(b[i + 2] & 0x3F) << 6 | (b[i + 3] & 0x3Fu);     \
                i += 4;                                                         \
            }                                                                   \
            d[k++] = (T)cp;                                                     \
        }                                                                       \
    } while (0)

static void decode_utf8(const unsigned char *b, size_t n, void *dst, int kind)
{
    if (kind == 1)
        DECODE_UTF8_INTO(uint8_t);
    else if (kind == 2)
        DECODE_UTF8_INTO(uint16_t);
    else
        DECODE_UTF8_INTO(uint32_t);
}

static Value raise_utf8_decode_error(const char *s, ssize_t len)
{
    uint32_t *out = NULL;
    size_t outlen = 0;
    CodecError e = CODEC_ERROR_INIT;
    if (codec_decode(CODEC_UTF8, (const unsigned char *)s, (size_t)len, NULL, &out, &outlen, &e)) {
        free(out);
        err_set(&Exc_SystemError, "UTF-8 validation and decoding disagree");
        return VAL_NULL;
    }
    Value bytes = bytes_from_data(s, len);
    str_raise_codec(&e, bytes);
    val_xdecref(bytes);
    return VAL_NULL;
}

Value str_from_utf8(const char *s, ssize_t len)
{
    const unsigned char *b = (const unsigned char *)s;
    size_t n = (size_t)len;
    size_t prefix = ascii_prefix(b, n);
    if (prefix == n)
        return str_from_ascii(s, len);
    if (!codec_utf8_valid(b + prefix, n - prefix))
        return raise_utf8_decode_error(s, len);
    /* The lead bytes decide the kind exactly: 0xC2/0xC3 lead U+0080..U+00FF,
     * 0xC4..0xEF lead U+0100..U+FFFF, 0xF0.. lead the rest. */
    size_t count = prefix;
    unsigned char maxlead = 0;
    for (size_t i = prefix; i < n; i++) {
        unsigned char c = b[i];
        count += (c & 0xC0) != 0x80;
        if (c > maxlead)
            maxlead = c;
    }
    int kind = maxlead >= 0xF0 ? 4 : maxlead >= 0xC4 ? 2 : 1;
    Value r = str_alloc(&Str_Type, (ssize_t)count, kind, false);
    if (!r)
        return VAL_NULL;
    StrObj *o = val_as_str(r);
    if (kind == 1) {
        memcpy(str_data(o), b, prefix);
        decode_utf8(b + prefix, n - prefix, (uint8_t *)str_data(o) + prefix, 1);
    } else {
        decode_utf8(b, n, str_data(o), kind);
    }
    /* The input is the UTF-8 form: keep it as the cache. */
    char *u = mem_alloc(n + 1);
    if (u) {
        memcpy(u, s, n);
        u[n] = 0;
        atomic_store_explicit(&o->utf8_len, len, memory_order_relaxed);
        atomic_store_explicit(&o->utf8, u, memory_order_relaxed);
    }
    return r;
}

Value str_from_cstr(const char *s) { return str_from_utf8(s, (ssize_t)strlen(s)); }

Value str_from_latin1(const uint8_t *s, ssize_t len)
{
    if (len <= 1)
        return len == 0 ? str_empty() : str_from_latin1_char(s[0]);
    bool ascii = ascii_prefix(s, (size_t)len) == (size_t)len;
    Value r = str_alloc(&Str_Type, len, 1, ascii);
    if (r)
        memcpy(str_data(val_as_str(r)), s, (size_t)len);
    return r;
}

#define MAX_OF(T)                                                               \
    static uint32_t max_of_##T(const T *p, size_t n)                            \
    {                                                                           \
        T m = 0;                                                                \
        for (size_t i = 0; i < n; i++)                                          \
            m = p[i] > m ? p[i] : m;                                            \
        return m;                                                               \
    }
MAX_OF(uint8_t)
MAX_OF(uint16_t)
MAX_OF(uint32_t)

static uint32_t max_of(int kind, const void *p, size_t n)
{
    return kind == 1 ? max_of_uint8_t(p, n) : kind == 2 ? max_of_uint16_t(p, n) : max_of_uint32_t(p, n);
}

uint32_t str_maxchar(const StrObj *s)
{
    if (s->ascii)
        return s->length ? 0x7F : 0;
    return max_of(s->kind, str_data(s), (size_t)s->length);
}

/* Copies n code points from src (kind sk) to dst (kind dk >= every value). */
static void copy_units(void *dst, int dk, const void *src, int sk, size_t n)
{
    if (dk == sk) {
        memcpy(dst, src, n * (size_t)dk);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        uint32_t c = sk == 1 ? ((const uint8_t *)src)[i] : sk == 2 ? ((const uint16_t *)src)[i]
                                                                   : ((const uint32_t *)src)[i];
        if (dk == 1)
            ((uint8_t *)dst)[i] = (uint8_t)c;
        else if (dk == 2)
            ((uint16_t *)dst)[i] = (uint16_t)c;
        else
            ((uint32_t *)dst)[i] = c;
    }
}

Value str_from_kind(int kind, const void *data, ssize_t len)
{
    uint32_t m = max_of(kind, data, (size_t)len);
    if (len == 0)
        return str_empty();
    if (len == 1 && m < 256)
        return str_from_latin1_char((uint8_t)m);
    int k = str_kind_for(m);
    Value r = str_alloc(&Str_Type, len, k, m < 128);
    if (r)
        copy_units(str_data(val_as_str(r)), k, data, kind, (size_t)len);
    return r;
}

Value str_from_ucs4(const uint32_t *s, ssize_t len) { return str_from_kind(4, s, len); }

Value str_from_text(StropsText t)
{
    Value r = str_from_ucs4(t.s, (ssize_t)t.n);
    free(t.s);
    return r;
}

Value str_from_char(uint32_t c)
{
    if (c < 256)
        return str_from_latin1_char((uint8_t)c);
    return str_from_ucs4(&c, 1);
}

Value str_substr(const StrObj *s, ssize_t start, ssize_t end)
{
    if (start < 0)
        start = 0;
    if (end > s->length)
        end = s->length;
    if (start >= end)
        return str_empty();
    if (start == 0 && end == s->length && s->base.type == &Str_Type)
        return val_ref((Value)s);
    const char *p = (const char *)str_data(s) + (size_t)start * s->kind;
    ssize_t n = end - start;
    if (s->kind == 1) {
        if (n == 1)
            return str_from_latin1_char((uint8_t)p[0]);
        if (s->ascii)
            return str_from_ascii(p, n);
        return str_from_latin1((const uint8_t *)p, n);
    }
    return str_from_kind(s->kind, p, n);
}

Value str_span(Value s, size_t start, size_t end)
{
    return str_substr(val_as_str(s), (ssize_t)start, (ssize_t)end);
}

Value str_exact(Value s)
{
    StrObj *o = val_as_str(s);
    if (o->base.type == &Str_Type)
        return val_ref(s);
    return str_from_kind(o->kind, str_data(o), o->length);
}

/* ---- views -------------------------------------------------------------- */

/* Builds the UTF-8 form of a non-ASCII str; NULL + UnicodeEncodeError on a
 * surrogate (surrogate_ok: write '?' instead). */
static char *encode_utf8(const StrObj *s, ssize_t *len_out, bool surrogate_ok)
{
    size_t n = (size_t)s->length, size = 0;
    int kind = s->kind;
    const void *d = str_data(s);
    for (size_t i = 0; i < n; i++) {
        uint32_t c = kind == 1 ? ((const uint8_t *)d)[i] : kind == 2 ? ((const uint16_t *)d)[i]
                                                                     : ((const uint32_t *)d)[i];
        if (c >= 0xD800 && c <= 0xDFFF && !surrogate_ok)
            return NULL;
        size += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    char *out = mem_alloc(size + 1);
    if (!out)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = kind == 1 ? ((const uint8_t *)d)[i] : kind == 2 ? ((const uint16_t *)d)[i]
                                                                     : ((const uint32_t *)d)[i];
        if (c < 0x80) {
            out[k++] = (char)c;
            continue;
        }
        if (c >= 0xD800 && c <= 0xDFFF)
            c = '?';
        k += (size_t)utf8_encode(c, out + k);
    }
    out[k] = 0;
    *len_out = (ssize_t)k;
    return out;
}

static void raise_utf8_encode_error(StrObj *s)
{
    uint32_t *cps = str_to_ucs4(s);
    if (!cps) {
        err_no_memory();
        return;
    }
    unsigned char *out = NULL;
    size_t outlen = 0;
    CodecError e = CODEC_ERROR_INIT;
    if (codec_encode(CODEC_UTF8, cps, (size_t)s->length, NULL, &out, &outlen, &e)) {
        free(out);
        mem_free(cps);
        err_set(&Exc_SystemError, "UTF-8 encoding unexpectedly succeeded");
        return;
    }
    mem_free(cps);
    str_raise_codec(&e, (Value)s);
}

const char *str_utf8(StrObj *s, ssize_t *len_out)
{
    /* acquire: pairs with the release CAS below, so utf8_len and the
     * buffer's bytes are visible with the pointer. */
    char *u = atomic_load_explicit(&s->utf8, memory_order_acquire);
    if (u) {
        if (len_out)
            *len_out = atomic_load_explicit(&s->utf8_len, memory_order_relaxed);
        return u;
    }
    ssize_t len;
    char *mine = encode_utf8(s, &len, false);
    if (!mine) {
        bool had_surrogate = false;
        for (ssize_t i = 0; i < s->length && !had_surrogate; i++) {
            uint32_t c = str_char_at(s, i);
            had_surrogate = c >= 0xD800 && c <= 0xDFFF;
        }
        if (had_surrogate)
            raise_utf8_encode_error(s);
        else
            err_no_memory();
        return NULL;
    }
    /* Every racer computes the same bytes and length; the first CAS wins
     * and the losers free their copies. */
    atomic_store_explicit(&s->utf8_len, len, memory_order_relaxed);
    char *expected = NULL;
    if (!atomic_compare_exchange_strong_explicit(&s->utf8, &expected, mine, memory_order_acq_rel,
                                                 memory_order_acquire)) {
        mem_free(mine);
        mine = expected;
    }
    if (len_out)
        *len_out = len;
    return mine;
}

/* A per-thread buffer for lossy views of strings with surrogates: valid
 * until the next call from the same thread. */
static _Thread_local char *lossy_buf;

const char *str_utf8_lossy(StrObj *s)
{
    char *u = atomic_load_explicit(&s->utf8, memory_order_acquire);
    if (u)
        return u;
    for (ssize_t i = 0; i < s->length; i++) {
        uint32_t c = str_char_at(s, i);
        if (c >= 0xD800 && c <= 0xDFFF) {
            ssize_t len;
            char *out = encode_utf8(s, &len, true);
            if (!out)
                return "?";
            mem_free(lossy_buf);
            lossy_buf = out;
            return out;
        }
    }
    const char *r = str_utf8(s, NULL);
    if (!r) {
        err_clear();
        return "?";
    }
    return r;
}

uint32_t *str_to_ucs4(const StrObj *s)
{
    uint32_t *out = mem_alloc(((size_t)s->length + 1) * sizeof(uint32_t));
    if (!out)
        return NULL;
    copy_units(out, 4, str_data(s), s->kind, (size_t)s->length);
    out[s->length] = 0;
    return out;
}

bool str_units(const StrObj *s, StrUnits *u)
{
    u->owned = NULL;
    if (s->kind == 4) {
        u->p = str_data(s);
        return true;
    }
    uint32_t *dst = u->small;
    if ((size_t)s->length > sizeof u->small / sizeof u->small[0]) {
        dst = u->owned = mem_alloc((size_t)s->length * sizeof(uint32_t));
        if (!dst) {
            err_no_memory();
            return false;
        }
    }
    copy_units(dst, 4, str_data(s), s->kind, (size_t)s->length);
    u->p = dst;
    return true;
}

void str_units_free(StrUnits *u)
{
    mem_free(u->owned);
    u->owned = NULL;
}

/* ---- hashing, equality, ordering ---------------------------------------- */

hash_t str_hash(StrObj *s)
{
    hash_t h = atomic_load_explicit(&s->hash, memory_order_relaxed);
    if (h != -1)
        return h;
    h = hash_units(str_data(s), (size_t)s->length, s->kind);
    atomic_store_explicit(&s->hash, h, memory_order_relaxed);
    return h;
}

bool str_eq(const StrObj *a, const StrObj *b)
{
    if (a == b)
        return true;
    if (a->length != b->length || a->kind != b->kind)
        return false;
    hash_t ha = atomic_load_explicit(&a->hash, memory_order_relaxed);
    hash_t hb = atomic_load_explicit(&b->hash, memory_order_relaxed);
    if (ha != -1 && hb != -1 && ha != hb)
        return false;
    return memcmp(str_data(a), str_data(b), (size_t)a->length * a->kind) == 0;
}

bool str_eq_cstr(const StrObj *a, const char *s)
{
    if (!a->ascii)
        return false;
    size_t n = strlen(s);
    return (size_t)a->length == n && memcmp(str_data(a), s, n) == 0;
}

int str_compare(const StrObj *a, const StrObj *b)
{
    if (a == b)
        return 0;
    ssize_t n = a->length < b->length ? a->length : b->length;
    if (a->kind == 1 && b->kind == 1) {
        int c = memcmp(str_data(a), str_data(b), (size_t)n);
        if (c)
            return c;
    } else {
        for (ssize_t i = 0; i < n; i++) {
            uint32_t x = str_char_at(a, i), y = str_char_at(b, i);
            if (x != y)
                return x < y ? -1 : 1;
        }
    }
    return a->length < b->length ? -1 : a->length > b->length;
}

/* ---- concatenation ------------------------------------------------------- */

Value str_concat(Value a, Value b)
{
    StrObj *x = val_as_str(a), *y = val_as_str(b);
    if (y->length == 0 && x->base.type == &Str_Type)
        return val_ref(a);
    if (x->length == 0 && y->base.type == &Str_Type)
        return val_ref(b);
    if (x->length > SSIZE_MAX - y->length) {
        err_set(&Exc_OverflowError, "strings are too large to concat");
        return VAL_NULL;
    }
    ssize_t n = x->length + y->length;
    int kind = x->kind > y->kind ? x->kind : y->kind;
    Value r = str_alloc(&Str_Type, n, kind, x->ascii && y->ascii);
    if (!r)
        return VAL_NULL;
    char *d = str_data(val_as_str(r));
    copy_units(d, kind, str_data(x), x->kind, (size_t)x->length);
    copy_units(d + (size_t)x->length * kind, kind, str_data(y), y->kind, (size_t)y->length);
    return r;
}

Value str_concat_many(const Value *parts, size_t n)
{
    if (n == 0)
        return str_empty();
    if (n == 1)
        return str_exact(parts[0]);
    size_t total = 0;
    int kind = 1;
    bool ascii = true;
    for (size_t i = 0; i < n; i++) {
        StrObj *p = val_as_str(parts[i]);
        if ((size_t)p->length > (size_t)SSIZE_MAX - total) {
            err_set(&Exc_OverflowError, "join() result is too long for a Python string");
            return VAL_NULL;
        }
        total += (size_t)p->length;
        if (p->kind > kind)
            kind = p->kind;
        ascii &= p->ascii;
    }
    if (total == 0)
        return str_empty();
    if (!ascii && kind == 1 && total == 1) {
        for (size_t i = 0; i < n; i++)
            if (val_as_str(parts[i])->length)
                return str_from_latin1_char(*(uint8_t *)str_data(val_as_str(parts[i])));
    }
    Value r = str_alloc(&Str_Type, (ssize_t)total, kind, ascii);
    if (!r)
        return VAL_NULL;
    char *d = str_data(val_as_str(r));
    for (size_t i = 0; i < n; i++) {
        StrObj *p = val_as_str(parts[i]);
        copy_units(d, kind, str_data(p), p->kind, (size_t)p->length);
        d += (size_t)p->length * kind;
    }
    return r;
}

Value str_repeat(Value s, ssize_t count)
{
    StrObj *o = val_as_str(s);
    if (count <= 0 || o->length == 0)
        return str_empty();
    if (count == 1 && o->base.type == &Str_Type)
        return val_ref(s);
    if (o->length > SSIZE_MAX / count) {
        err_set(&Exc_OverflowError, "repeated string is too long");
        return VAL_NULL;
    }
    ssize_t n = o->length * count;
    Value r = str_alloc(&Str_Type, n, o->kind, o->ascii);
    if (!r)
        return VAL_NULL;
    char *d = str_data(val_as_str(r));
    size_t unit = (size_t)o->length * o->kind, total = (size_t)n * o->kind;
    if (unit == 1) {
        memset(d, *(char *)str_data(o), total);
        return r;
    }
    /* Doubling copies: log(count) memcpy calls. */
    memcpy(d, str_data(o), unit);
    size_t done = unit;
    while (done < total) {
        size_t chunk = done <= total - done ? done : total - done;
        memcpy(d + done, d, chunk);
        done += chunk;
    }
    return r;
}

_Static_assert(offsetof(StrChar, data) == sizeof(StrObj), "static one-character strings keep their data at s + 1");
