/* repr() of str exactly as CPython writes it, the StrBuilder and raising the runtime libraries' errors. */
#include <stdarg.h>
#include <stdio.h>

#include "intobj.h"
#include "str_internal.h"
#include "unicode_db.h"

/* ---- repr ---------------------------------------------------------------- */

static const char hexdigits[] = "0123456789abcdef";

/* Width of c's escape in a repr quoted with quote, and the widest code
 * point it writes. */
static size_t repr_width(uint32_t c, uint32_t quote, uint32_t *maxc)
{
    if (c == quote || c == '\\' || c == '\t' || c == '\n' || c == '\r')
        return 2;
    if (c < ' ' || c == 0x7F)
        return 4;
    if (c < 0x7F)
        return 1;
    if (ucd_has(c, UCD_PRINTABLE)) {
        if (c > *maxc)
            *maxc = c;
        return 1;
    }
    return c <= 0xFF ? 4 : c <= 0xFFFF ? 6 : 10;
}

static inline void put(void *d, int kind, size_t *k, uint32_t c)
{
    if (kind == 1)
        ((uint8_t *)d)[(*k)++] = (uint8_t)c;
    else if (kind == 2)
        ((uint16_t *)d)[(*k)++] = (uint16_t)c;
    else
        ((uint32_t *)d)[(*k)++] = c;
}

static void put_hex(void *d, int kind, size_t *k, uint32_t c, int digits)
{
    for (int i = digits - 1; i >= 0; i--)
        put(d, kind, k, (uint32_t)hexdigits[(c >> (4 * i)) & 0xF]);
}

Value str_repr(Value v)
{
    StrObj *s = val_as_str(v);
    size_t n = (size_t)s->length;
    bool has_single = false, has_double = false;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = str_char_at(s, (ssize_t)i);
        has_single |= c == '\'';
        has_double |= c == '"';
    }
    uint32_t quote = has_single && !has_double ? '"' : '\'';
    uint32_t maxc = 0x7F;
    size_t outlen = 2;
    for (size_t i = 0; i < n; i++)
        outlen += repr_width(str_char_at(s, (ssize_t)i), quote, &maxc);
    Value r = str_new_raw((ssize_t)outlen, maxc);
    if (!r)
        return VAL_NULL;
    StrObj *o = val_as_str(r);
    void *d = str_data(o);
    int kind = o->kind;
    size_t k = 0;
    put(d, kind, &k, quote);
    for (size_t i = 0; i < n; i++) {
        uint32_t c = str_char_at(s, (ssize_t)i);
        if (c == quote || c == '\\') {
            put(d, kind, &k, '\\');
            put(d, kind, &k, c);
        } else if (c == '\t' || c == '\n' || c == '\r') {
            put(d, kind, &k, '\\');
            put(d, kind, &k, c == '\t' ? 't' : c == '\n' ? 'n' : 'r');
        } else if (c < ' ' || c == 0x7F) {
            put(d, kind, &k, '\\');
            put(d, kind, &k, 'x');
            put_hex(d, kind, &k, c, 2);
        } else if (c < 0x7F || ucd_has(c, UCD_PRINTABLE)) {
            put(d, kind, &k, c);
        } else {
            put(d, kind, &k, '\\');
            if (c <= 0xFF) {
                put(d, kind, &k, 'x');
                put_hex(d, kind, &k, c, 2);
            } else if (c <= 0xFFFF) {
                put(d, kind, &k, 'u');
                put_hex(d, kind, &k, c, 4);
            } else {
                put(d, kind, &k, 'U');
                put_hex(d, kind, &k, c, 8);
            }
        }
    }
    put(d, kind, &k, quote);
    return r;
}

/* ---- StrBuilder ------------------------------------------------------------ */

void sb_init(StrBuilder *b)
{
    b->buf = NULL;
    b->len = b->cap = 0;
    b->maxchar = 0;
    b->failed = false;
}

static bool sb_reserve(StrBuilder *b, size_t extra)
{
    if (b->failed)
        return false;
    if (b->len + extra <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->len + extra)
        cap *= 2;
    uint32_t *nb = mem_realloc(b->buf, cap * sizeof(uint32_t));
    if (!nb) {
        b->failed = true;
        err_no_memory();
        return false;
    }
    b->buf = nb;
    b->cap = cap;
    return true;
}

void sb_add_char(StrBuilder *b, uint32_t c)
{
    if (!sb_reserve(b, 1))
        return;
    b->buf[b->len++] = c;
    if (c > b->maxchar)
        b->maxchar = c;
}

void sb_add_ascii(StrBuilder *b, const char *s)
{
    size_t n = strlen(s);
    if (!sb_reserve(b, n))
        return;
    for (size_t i = 0; i < n; i++)
        b->buf[b->len++] = (unsigned char)s[i];
    if (n && b->maxchar < 0x7F)
        b->maxchar = 0x7F; /* an upper bound; sb_finish recomputes */
}

void sb_add_utf8(StrBuilder *b, const char *s, size_t len)
{
    if (!sb_reserve(b, len))
        return;
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        unsigned char c = p[i];
        uint32_t cp;
        int need = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (i + (size_t)need > len) {
            cp = 0xFFFD;
            i = len;
        } else if (need == 1) {
            cp = c, i++;
        } else if (need == 2) {
            cp = (uint32_t)(c & 0x1F) << 6 | (p[i + 1] & 0x3Fu), i += 2;
        } else if (need == 3) {
            cp = (uint32_t)(c & 0x0F) << 12 | (uint32_t)(p[i + 1] & 0x3F) << 6 | (p[i + 2] & 0x3Fu);
            i += 3;
        } else {
            cp = (uint32_t)(c & 0x07) << 18 | (uint32_t)(p[i + 1] & 0x3F) << 12 |
                 (uint32_t)(p[i + 2] & 0x3F) << 6 | (p[i + 3] & 0x3Fu);
            i += 4;
        }
        b->buf[b->len++] = cp;
        if (cp > b->maxchar)
            b->maxchar = cp;
    }
}

void sb_add_str(StrBuilder *b, Value v)
{
    StrObj *s = val_as_str(v);
    if (s->length == 0)
        return; /* the buffer may still be NULL */
    if (!sb_reserve(b, (size_t)s->length))
        return;
    const void *d = str_data(s);
    size_t n = (size_t)s->length;
    uint32_t *out = b->buf + b->len;
    if (s->kind == 1)
        for (size_t i = 0; i < n; i++)
            out[i] = ((const uint8_t *)d)[i];
    else if (s->kind == 2)
        for (size_t i = 0; i < n; i++)
            out[i] = ((const uint16_t *)d)[i];
    else
        memcpy(out, d, n * 4);
    b->len += n;
    uint32_t m = s->ascii ? 0x7F : s->kind == 1 ? 0xFF : s->kind == 2 ? 0xFFFF : 0x10FFFF;
    if (n && m > b->maxchar)
        b->maxchar = m; /* an upper bound; sb_finish recomputes */
}

int sb_add_repr(StrBuilder *b, Value v)
{
    Value r = obj_repr(v);
    if (!r) {
        b->failed = true;
        return -1;
    }
    sb_add_str(b, r);
    val_decref(r);
    return b->failed ? -1 : 0;
}

int sb_add_strof(StrBuilder *b, Value v)
{
    Value r = obj_str(v);
    if (!r) {
        b->failed = true;
        return -1;
    }
    sb_add_str(b, r);
    val_decref(r);
    return b->failed ? -1 : 0;
}

Value sb_finish(StrBuilder *b)
{
    if (b->failed) {
        sb_discard(b);
        return VAL_NULL;
    }
    Value r = str_from_ucs4(b->buf, (ssize_t)b->len);
    sb_discard(b);
    return r;
}

void sb_discard(StrBuilder *b)
{
    mem_free(b->buf);
    sb_init(b);
}

/* ---- raising library errors ------------------------------------------------ */

static Type *exc_for_strops(StropsErrorKind k)
{
    switch (k) {
    case STROPS_TYPE_ERROR: return &Exc_TypeError;
    case STROPS_OVERFLOW_ERROR: return &Exc_OverflowError;
    case STROPS_MEMORY_ERROR: return &Exc_MemoryError;
    default: return &Exc_ValueError;
    }
}

void str_raise_strops(StropsError *e)
{
    if (e->kind == STROPS_MEMORY_ERROR)
        err_no_memory();
    else
        err_set(exc_for_strops(e->kind), "%s", e->msg ? e->msg : "");
    strops_error_clear(e);
}

void str_raise_numfmt(NumfmtError *e)
{
    Type *t = e->kind == NUMFMT_OVERFLOW_ERROR ? &Exc_OverflowError
            : e->kind == NUMFMT_TYPE_ERROR     ? &Exc_TypeError
            : e->kind == NUMFMT_MEMORY_ERROR   ? &Exc_MemoryError
                                               : &Exc_ValueError;
    if (e->kind == NUMFMT_MEMORY_ERROR)
        err_no_memory();
    else
        err_set(t, "%s", e->msg ? e->msg : "");
    numfmt_error_clear(e);
}

void str_raise_codec(CodecError *e, Value object)
{
    switch (e->kind) {
    case CODEC_UNICODE_DECODE_ERROR:
    case CODEC_UNICODE_ENCODE_ERROR: {
        Type *t = e->kind == CODEC_UNICODE_DECODE_ERROR ? &Exc_UnicodeDecodeError
                                                        : &Exc_UnicodeEncodeError;
        Value args[5] = {str_from_cstr(e->encoding), object, int_from_i64((int64_t)e->start),
                         int_from_i64((int64_t)e->end), str_from_cstr(e->reason ? e->reason : "")};
        if (!args[0] || !args[2] || !args[3] || !args[4] || !object) {
            err_set(t, "%s", e->msg ? e->msg : "");
        } else {
            Value exc = exc_new(t, args, 5);
            if (exc) {
                err_set_object(exc);
                val_decref(exc);
            }
        }
        val_xdecref(args[0]);
        val_xdecref(args[2]);
        val_xdecref(args[3]);
        val_xdecref(args[4]);
        break;
    }
    case CODEC_LOOKUP_ERROR: err_set(&Exc_LookupError, "%s", e->msg ? e->msg : ""); break;
    case CODEC_TYPE_ERROR: err_set(&Exc_TypeError, "%s", e->msg ? e->msg : ""); break;
    case CODEC_MEMORY_ERROR: err_no_memory(); break;
    default: err_set(&Exc_SystemError, "codec failed without an error"); break;
    }
    codec_error_clear(e);
}
