/* bytes: immutable byte strings with inline data. Construction, repr with
 * CPython's escaping, hashing, comparison, concatenation, repetition,
 * indexing/slicing, iteration (ints), and the simple buffer protocol. */
#include <limits.h>
#include <stdatomic.h>

#include "bytes_internal.h"
#include "critical_section.h"
#include "intobj.h"
#include "listobj.h"
#include "tstate.h"
#include "tupleobj.h"

/* ---- static objects -------------------------------------------------------- */

typedef struct {
    BytesObj b;
    uint8_t data[8];
} BytesStatic;

#define BYTES_CHAR(c)                                                          \
    [c] = {.b = {.base = OBJ_STATIC_HEADER(&Bytes_Type), .size = 1, .hash = -1}, \
           .data = {(c), 0}}
#define BYTES_CHAR4(c) BYTES_CHAR(c), BYTES_CHAR((c) + 1), BYTES_CHAR((c) + 2), BYTES_CHAR((c) + 3)
#define BYTES_CHAR16(c) BYTES_CHAR4(c), BYTES_CHAR4((c) + 4), BYTES_CHAR4((c) + 8), BYTES_CHAR4((c) + 12)
#define BYTES_CHAR64(c) BYTES_CHAR16(c), BYTES_CHAR16((c) + 16), BYTES_CHAR16((c) + 32), BYTES_CHAR16((c) + 48)

/* The 256 one-byte bytes objects (immortal): b[i:i+1] and friends never
 * allocate. */
static BytesStatic bytes_chars[256] = {BYTES_CHAR64(0), BYTES_CHAR64(64), BYTES_CHAR64(128),
                                       BYTES_CHAR64(192)};

static BytesStatic bytes_empty_obj = {
    .b = {.base = OBJ_STATIC_HEADER(&Bytes_Type), .size = 0, .hash = 0},
    .data = {0},
};

Value bytes_empty(void) { return (Value)&bytes_empty_obj.b; }

/* ---- allocation -------------------------------------------------------------- */

Value bytes_alloc(Type *type, ssize_t len)
{
    if (len < 0 || (size_t)len > (size_t)SSIZE_MAX - 4096)
        return err_no_memory();
    BytesObj *b;
    if (type == &Bytes_Type) {
        b = mem_obj_alloc(sizeof(BytesObj) + (size_t)len + 1);
        if (!b)
            return err_no_memory();
        obj_init_header(&b->base, &Bytes_Type, ts_current_tid);
    } else {
        /* A subclass instance (itemsize 1): its dict goes at the end. */
        Object *o = obj_alloc(type, (size_t)len + 1);
        if (!o)
            return VAL_NULL;
        b = (BytesObj *)o;
    }
    b->size = len;
    atomic_init(&b->hash, -1);
    bytes_data(b)[len] = 0;
    return (Value)b;
}

Value bytes_new_raw(ssize_t len) { return bytes_alloc(&Bytes_Type, len); }

Value bytes_from_data(const void *data, ssize_t len)
{
    if (len <= 1)
        return len == 0 ? bytes_empty() : (Value)&bytes_chars[*(const uint8_t *)data].b;
    Value r = bytes_alloc(&Bytes_Type, len);
    if (r)
        memcpy(bytes_data(val_as_bytes(r)), data, (size_t)len);
    return r;
}

Value bytes_exact(Value b)
{
    if (obj_type_is(b, &Bytes_Type))
        return val_ref(b);
    return bytes_from_data(bytes_data(val_as_bytes(b)), val_as_bytes(b)->size);
}

static void bytes_dealloc(Object *o)
{
    if (o->type == &Bytes_Type)
        mem_obj_free(o);
    else
        obj_free(o);
}

/* ---- the buffer protocol --------------------------------------------------------- */

int buffer_check(Value o)
{
    if (!val_is_obj(o))
        return 0;
    Type *t = val_as_obj(o)->type;
    return (t->tflags & TF_BYTES_SUBCLASS) || type_is_subtype(t, &ByteArray_Type) ||
           type_is_subtype(t, &MemoryView_Type);
}

int buffer_get(Value o, const uint8_t **data, ssize_t *len)
{
    if (val_is_bytes(o)) {
        *data = bytes_data(val_as_bytes(o));
        *len = val_as_bytes(o)->size;
        return 0;
    }
    if (val_is_bytearray(o)) {
        *data = bytearray_data((ByteArrayObj *)val_as_obj(o), len);
        return 0;
    }
    if (val_is_obj(o) && type_is_subtype(val_as_obj(o)->type, &MemoryView_Type))
        return memoryview_buffer(o, data, len);
    err_set(&Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(val_type(o)));
    return -1;
}

int buffer_get_simple(Value o, const uint8_t **data, ssize_t *len) { return buffer_get(o, data, len); }

/* ---- construction --------------------------------------------------------------------- */

/* The bytes of an iterable of ints in 0..255, into a malloc'd buffer. */
int bytes_collect_ints(Value iterable, uint8_t **out, ssize_t *outlen, bool bytes_msg)
{
    Value it = obj_iter(iterable);
    if (!it)
        return -1;
    size_t cap = 16, n = 0;
    uint8_t *buf = mem_alloc(cap);
    if (!buf) {
        val_decref(it);
        err_no_memory();
        return -1;
    }
    for (;;) {
        Value v = obj_next(it);
        if (!v) {
            if (err_occurred())
                goto fail;
            break;
        }
        int byte = bytes_byte_value(v);
        val_decref(v);
        if (byte < 0) {
            if (bytes_msg && err_matches(&Exc_ValueError)) {
                err_clear();
                err_set(&Exc_ValueError, "bytes must be in range(0, 256)");
            }
            goto fail;
        }
        if (n == cap) {
            uint8_t *nb = mem_realloc(buf, cap * 2);
            if (!nb) {
                err_no_memory();
                goto fail;
            }
            buf = nb;
            cap *= 2;
        }
        buf[n++] = (uint8_t)byte;
    }
    val_decref(it);
    *out = buf;
    *outlen = (ssize_t)n;
    return 0;
fail:
    val_decref(it);
    mem_free(buf);
    return -1;
}

int bytes_byte_value(Value v)
{
    if (val_is_int(v)) {
        int64_t i = val_as_int(v);
        if (i < 0 || i > 255) {
            err_set(&Exc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        return (int)i;
    }
    if (!val_type(v)->index || val_is_float(v)) {
        err_set(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(val_type(v)));
        return -1;
    }
    Value i = obj_index(v);
    if (!i)
        return -1;
    int64_t x;
    int rc = int_as_i64(i, &x);
    val_decref(i);
    if (rc < 0 || x < 0 || x > 255) {
        err_clear();
        err_set(&Exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    return (int)x;
}

/* bytes(x) / bytearray(x) contents: an int size, a buffer, or an
 * iterable of ints. *owned tells whether *data must be mem_free'd. */
int bytes_source(Value x, const char *tname, const uint8_t **data, ssize_t *len, bool *owned)
{
    *owned = false;
    if (val_is_str(x)) {
        err_set(&Exc_TypeError, "string argument without an encoding");
        return -1;
    }
    if (buffer_check(x))
        return buffer_get(x, data, len);
    if (val_is_int_like(x) || (val_type(x)->index && !val_is_float(x))) {
        ssize_t n = obj_as_ssize(x, &Exc_OverflowError);
        if (n == -1 && err_occurred()) {
            if (err_matches(&Exc_OverflowError)) {
                err_clear();
                err_set(&Exc_OverflowError, "cannot fit 'int' into an index-sized integer");
            }
            return -1;
        }
        if (n < 0) {
            err_set(&Exc_ValueError, "negative count");
            return -1;
        }
        uint8_t *z = mem_calloc((size_t)n + 1, 1);
        if (!z) {
            err_no_memory();
            return -1;
        }
        *data = z;
        *len = n;
        *owned = true;
        return 0;
    }
    if (!val_type(x)->iter && !val_type(x)->getitem) {
        err_set(&Exc_TypeError, "cannot convert '%s' object to %s", type_name(val_type(x)), tname);
        return -1;
    }
    uint8_t *buf;
    if (bytes_collect_ints(x, &buf, len, strcmp(tname, "bytes") == 0) < 0)
        return -1;
    *data = buf;
    *owned = true;
    return 0;
}

Value bytes_from_object(Value x)
{
    if (obj_type_is(x, &Bytes_Type))
        return val_ref(x);
    /* __bytes__ first, as CPython. */
    if (val_is_obj(x) && !val_is_bytes(x)) {
        Value m;
        static Object *name;
        if (!name)
            name = str_intern_cstr("__bytes__");
        int found = obj_lookup_attr((Value)val_type(x), name, &m);
        if (found < 0)
            return VAL_NULL;
        if (found) {
            Value r = obj_call1(m, x);
            val_decref(m);
            if (r && !val_is_bytes(r)) {
                err_set(&Exc_TypeError, "__bytes__ returned non-bytes (type %s)", type_name(val_type(r)));
                val_decref(r);
                return VAL_NULL;
            }
            return r;
        }
    }
    const uint8_t *data;
    ssize_t len;
    bool owned;
    if (bytes_source(x, "bytes", &data, &len, &owned) < 0)
        return VAL_NULL;
    Value r = bytes_from_data(data, len);
    if (owned)
        mem_free((void *)data);
    return r;
}

/* The (source, encoding, errors) triple of bytes() and bytearray(). */
int bytes_args_data(const char *tname, Value src, Value enc, Value errs, const uint8_t **data,
                    ssize_t *len, bool *owned, Value *keep)
{
    *keep = VAL_NULL;
    *owned = false;
    if (enc || errs) {
        if (!src || !val_is_str(src)) {
            err_set(&Exc_TypeError, src ? "encoding without a string argument"
                                        : "encoding without a string argument");
            return -1;
        }
        const char *e = NULL, *er = NULL;
        if (enc) {
            if (!val_is_str(enc)) {
                err_set(&Exc_TypeError, "%s() argument 'encoding' must be str, not %s", tname,
                        type_name(val_type(enc)));
                return -1;
            }
            if (!(e = str_utf8(val_as_str(enc), NULL)))
                return -1;
        }
        if (errs) {
            if (!val_is_str(errs)) {
                err_set(&Exc_TypeError, "%s() argument 'errors' must be str, not %s", tname,
                        type_name(val_type(errs)));
                return -1;
            }
            if (!(er = str_utf8(val_as_str(errs), NULL)))
                return -1;
        }
        Value b = str_encode(src, e, er);
        if (!b)
            return -1;
        *keep = b;
        *data = bytes_data(val_as_bytes(b));
        *len = val_as_bytes(b)->size;
        return 0;
    }
    if (!src) {
        *data = (const uint8_t *)"";
        *len = 0;
        return 0;
    }
    return bytes_source(src, tname, data, len, owned);
}

static Value bytes_tp_new(Type *type, const Value *args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors"};
    static const ArgSpec spec = {"bytes", names, 3, 0, 0, 3};
    Value a[3];
    if (args_parse(&spec, args, nargs, kwnames, a) < 0)
        return VAL_NULL;
    Value r;
    if (a[0] && !a[1] && !a[2]) {
        r = bytes_from_object(a[0]);
    } else {
        const uint8_t *data;
        ssize_t len;
        bool owned;
        Value keep;
        if (bytes_args_data("bytes", a[0], a[1], a[2], &data, &len, &owned, &keep) < 0)
            return VAL_NULL;
        r = bytes_from_data(data, len);
        if (owned)
            mem_free((void *)data);
        val_xdecref(keep);
    }
    if (!r || type == &Bytes_Type)
        return r;
    BytesObj *b = val_as_bytes(r);
    Value sub = bytes_alloc(type, b->size);
    if (sub)
        memcpy(bytes_data(val_as_bytes(sub)), bytes_data(b), (size_t)b->size);
    val_decref(r);
    return sub;
}

/* ---- repr --------------------------------------------------------------------------- */

Value bytes_repr_data(const uint8_t *d, ssize_t len, const char *prefix, const char *suffix)
{
    bool has_single = memchr(d, '\'', (size_t)len) != NULL;
    bool has_double = memchr(d, '"', (size_t)len) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    size_t plen = strlen(prefix), slen = strlen(suffix);
    size_t out = plen + slen + 3;
    /* CPython's bytearray repr escapes a single quote even inside double
     * quotes. */
    bool esc_single = plen > 0;
    for (ssize_t i = 0; i < len; i++) {
        uint8_t c = d[i];
        if (c == quote || c == '\\' || (esc_single && c == '\'') || c == '\t' || c == '\n' || c == '\r')
            out += 2;
        else if (c < ' ' || c >= 0x7F)
            out += 4;
        else
            out += 1;
    }
    Value r = str_alloc(&Str_Type, (ssize_t)out, 1, true);
    if (!r)
        return VAL_NULL;
    char *p = str_data(val_as_str(r));
    memcpy(p, prefix, plen);
    p += plen;
    *p++ = 'b';
    *p++ = quote;
    static const char hex[] = "0123456789abcdef";
    for (ssize_t i = 0; i < len; i++) {
        uint8_t c = d[i];
        if (c == quote || c == '\\' || (esc_single && c == '\'')) {
            *p++ = '\\';
            *p++ = (char)c;
        } else if (c == '\t' || c == '\n' || c == '\r') {
            *p++ = '\\';
            *p++ = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
        } else if (c < ' ' || c >= 0x7F) {
            *p++ = '\\';
            *p++ = 'x';
            *p++ = hex[c >> 4];
            *p++ = hex[c & 15];
        } else {
            *p++ = (char)c;
        }
    }
    *p++ = quote;
    memcpy(p, suffix, slen);
    return r;
}

static Value bytes_repr(Value self)
{
    BytesObj *b = val_as_bytes(self);
    return bytes_repr_data(bytes_data(b), b->size, "", "");
}

/* str(b) is repr(b) (with -b warnings ignored). */

/* ---- hashing, comparison ------------------------------------------------------------ */

hash_t bytes_hash(BytesObj *b)
{
    hash_t h = atomic_load_explicit(&b->hash, memory_order_relaxed);
    if (h != -1)
        return h;
    h = hash_bytes(bytes_data(b), (size_t)b->size);
    atomic_store_explicit(&b->hash, h, memory_order_relaxed);
    return h;
}

static hash_t bytes_hash_slot(Value self) { return bytes_hash(val_as_bytes(self)); }

int bytes_cmp_data(const uint8_t *a, ssize_t na, const uint8_t *b, ssize_t nb)
{
    ssize_t n = na < nb ? na : nb;
    int c = n ? memcmp(a, b, (size_t)n) : 0;
    if (c)
        return c < 0 ? -1 : 1;
    return na < nb ? -1 : na > nb;
}

Value bytes_compare_result(int c, int op)
{
    bool r;
    switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return val_ref(val_bool(r));
}

static Value bytes_richcompare(Value a, Value b, int op)
{
    if (!val_is_bytes(a) || !val_is_bytes(b))
        return val_ref(VAL_NOTIMPL);
    BytesObj *x = val_as_bytes(a), *y = val_as_bytes(b);
    if ((op == CMP_EQ || op == CMP_NE)) {
        bool eq = x == y || (x->size == y->size && memcmp(bytes_data(x), bytes_data(y), (size_t)x->size) == 0);
        return val_ref(val_bool(eq == (op == CMP_EQ)));
    }
    return bytes_compare_result(bytes_cmp_data(bytes_data(x), x->size, bytes_data(y), y->size), op);
}

/* ---- sequence operations --------------------------------------------------------------- */

static ssize_t bytes_len(Value self) { return val_as_bytes(self)->size; }

Value bytes_concat(Value a, Value b)
{
    const uint8_t *da, *db;
    ssize_t na, nb;
    if (buffer_get(a, &da, &na) < 0)
        return VAL_NULL;
    if (!buffer_check(b)) {
        err_set(&Exc_TypeError, "can't concat %s to %s", type_name(val_type(b)), type_name(val_type(a)));
        return VAL_NULL;
    }
    if (buffer_get(b, &db, &nb) < 0)
        return VAL_NULL;
    if (nb == 0 && obj_type_is(a, &Bytes_Type))
        return val_ref(a);
    if (na == 0 && obj_type_is(b, &Bytes_Type))
        return val_ref(b);
    if (na > SSIZE_MAX - nb)
        return err_no_memory();
    Value r = bytes_alloc(&Bytes_Type, na + nb);
    if (!r)
        return VAL_NULL;
    memcpy(bytes_data(val_as_bytes(r)), da, (size_t)na);
    memcpy(bytes_data(val_as_bytes(r)) + na, db, (size_t)nb);
    return r;
}

static Value bytes_add(Value a, Value b)
{
    if (!val_is_bytes(a)) {
        /* memoryview/bytearray + bytes: theirs to handle. */
        return val_ref(VAL_NOTIMPL);
    }
    if (!buffer_check(b)) {
        Value (*fn)(Value, Value) = val_type(b)->binop[OP_ADD];
        if (fn && fn != bytes_add) {
            Value r = fn(a, b);
            if (r != VAL_NOTIMPL)
                return r;
            val_decref(r);
        }
    }
    return bytes_concat(a, b);
}

/* n of a repetition count operand; false with *notint when it is no int. */
bool bytes_repeat_count(Value n, ssize_t *count)
{
    if (val_is_int(n)) {
        int64_t i = val_as_int(n);
        *count = i < 0 ? 0 : i > SSIZE_MAX ? SSIZE_MAX : (ssize_t)i;
        return true;
    }
    ssize_t c = obj_as_ssize(n, &Exc_OverflowError);
    if (c == -1 && err_occurred())
        return false;
    *count = c < 0 ? 0 : c;
    return true;
}

Value bytes_repeat_data(Type *type, const uint8_t *d, ssize_t n, ssize_t count)
{
    if (count <= 0 || n == 0)
        return type == &Bytes_Type ? bytes_empty() : bytearray_from_data("", 0);
    if (n > SSIZE_MAX / count)
        return err_no_memory();
    ssize_t total = n * count;
    Value r = type == &Bytes_Type ? bytes_alloc(&Bytes_Type, total) : bytearray_from_data(NULL, total);
    if (!r)
        return VAL_NULL;
    uint8_t *out = type == &Bytes_Type ? bytes_data(val_as_bytes(r))
                                       : bytearray_data((ByteArrayObj *)val_as_obj(r), NULL);
    if (n == 1) {
        memset(out, d[0], (size_t)total);
        return r;
    }
    memcpy(out, d, (size_t)n);
    ssize_t done = n;
    while (done < total) {
        ssize_t chunk = done <= total - done ? done : total - done;
        memcpy(out + done, out, (size_t)chunk);
        done += chunk;
    }
    return r;
}

static bool has_index(Value v) { return val_is_int(v) || (val_type(v)->index && !val_is_float(v)); }

static Value bytes_mul(Value a, Value b)
{
    Value s = val_is_bytes(a) ? a : b, n = val_is_bytes(a) ? b : a;
    if (!has_index(n)) {
        if (s == a) {
            Value (*fn)(Value, Value) = val_type(b)->binop[OP_MUL];
            if (fn && fn != bytes_mul) {
                Value r = fn(a, b);
                if (r != VAL_NOTIMPL)
                    return r;
                val_decref(r);
            }
        }
        err_set(&Exc_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(val_type(n)));
        return VAL_NULL;
    }
    ssize_t count;
    if (!bytes_repeat_count(n, &count))
        return VAL_NULL;
    BytesObj *o = val_as_bytes(s);
    if (count == 1 && obj_type_is(s, &Bytes_Type))
        return val_ref(s);
    return bytes_repeat_data(&Bytes_Type, bytes_data(o), o->size, count);
}

static Value bytes_mod(Value a, Value b)
{
    if (!val_is_bytes(a))
        return val_ref(VAL_NOTIMPL);
    return bytes_percent(a, b);
}

/* data[key] for bytes-like sequences: an int for an index, a new object of
 * kind result_type for a slice. */
Value bytes_subscript(Type *result_type, const uint8_t *d, ssize_t n, Value key)
{
    if (val_is_int(key) || (!val_is_slice(key) && has_index(key))) {
        ssize_t i;
        if (val_is_int(key)) {
            int64_t k = val_as_int(key);
            i = k < -SSIZE_MAX ? -SSIZE_MAX : k > SSIZE_MAX ? SSIZE_MAX : (ssize_t)k;
        } else {
            i = obj_as_ssize(key, &Exc_IndexError);
            if (i == -1 && err_occurred())
                return VAL_NULL;
        }
        if (i < 0)
            i += n;
        if (i < 0 || i >= n) {
            err_set(&Exc_IndexError, result_type == &Bytes_Type ? "index out of range" : "bytearray index out of range");
            return VAL_NULL;
        }
        return val_from_int(d[i]);
    }
    if (val_is_slice(key)) {
        ssize_t start, stop, step, len;
        if (slice_unpack(key, n, &start, &stop, &step, &len) < 0)
            return VAL_NULL;
        if (step == 1)
            return result_type == &Bytes_Type ? bytes_from_data(d + start, len)
                                              : bytearray_from_data(d + start, len);
        Value r = result_type == &Bytes_Type ? bytes_alloc(&Bytes_Type, len < 0 ? 0 : len)
                                             : bytearray_from_data(NULL, len < 0 ? 0 : len);
        if (!r)
            return VAL_NULL;
        uint8_t *out = result_type == &Bytes_Type ? bytes_data(val_as_bytes(r))
                                                  : bytearray_data((ByteArrayObj *)val_as_obj(r), NULL);
        for (ssize_t i = 0, j = start; i < len; i++, j += step)
            out[i] = d[j];
        return r;
    }
    err_set(&Exc_TypeError, "%s indices must be integers or slices, not %s",
            result_type == &Bytes_Type ? "byte" : "bytearray", type_name(val_type(key)));
    return VAL_NULL;
}

static Value bytes_getitem(Value self, Value key)
{
    BytesObj *b = val_as_bytes(self);
    return bytes_subscript(&Bytes_Type, bytes_data(b), b->size, key);
}

/* `x in data` for bytes-like containers: an int byte or a bytes-like needle. */
int bytes_contains_data(const uint8_t *d, ssize_t n, Value item)
{
    if (val_is_int_like(item) || (val_is_obj(item) && val_type(item)->index && !buffer_check(item) &&
                                  !val_is_float(item))) {
        int byte = bytes_byte_value(item);
        if (byte < 0)
            return -1;
        return n > 0 && memchr(d, byte, (size_t)n) != NULL;
    }
    const uint8_t *sub;
    ssize_t m;
    if (!buffer_check(item)) {
        err_set(&Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(val_type(item)));
        return -1;
    }
    if (buffer_get(item, &sub, &m) < 0)
        return -1;
    return strops_search_u8(d, (size_t)n, sub, (size_t)m, false) >= 0;
}

static int bytes_contains(Value self, Value item)
{
    BytesObj *b = val_as_bytes(self);
    return bytes_contains_data(bytes_data(b), b->size, item);
}

/* ---- iteration ---------------------------------------------------------------------- */

typedef struct {
    Object base;
    Value seq;
    _Atomic ssize_t index;
} BytesIterObj;

static Value bytes_iter(Value self)
{
    BytesIterObj *it = (BytesIterObj *)obj_alloc(&BytesIter_Type, 0);
    if (!it)
        return VAL_NULL;
    it->seq = val_ref(self);
    atomic_init(&it->index, 0);
    return (Value)it;
}

static Value bytes_iter_next(Value self)
{
    BytesIterObj *it = (BytesIterObj *)val_as_obj(self);
    BytesObj *b = val_as_bytes(it->seq);
    ssize_t i = atomic_load_explicit(&it->index, memory_order_relaxed);
    if (i >= b->size)
        return VAL_NULL;
    atomic_store_explicit(&it->index, i + 1, memory_order_relaxed);
    return val_from_int(bytes_data(b)[i]);
}

static Value iter_self(Value self) { return val_ref(self); }

static void bytes_iter_dealloc(Object *o)
{
    val_decref(((BytesIterObj *)o)->seq);
    obj_free(o);
}

static int bytes_iter_traverse(Object *o, int (*visit)(Value v, void *arg), void *arg)
{
    return visit(((BytesIterObj *)o)->seq, arg);
}

static Value bytes_iter_length_hint(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    BytesIterObj *it = (BytesIterObj *)val_as_obj(self);
    ssize_t n = val_as_bytes(it->seq)->size - atomic_load_explicit(&it->index, memory_order_relaxed);
    return val_from_int(n < 0 ? 0 : n);
}

static const MethodDef bytes_iter_methods[] = {
    {"__length_hint__", bytes_iter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

Type BytesIter_Type = {
    TYPE_HEADER("bytes_iterator", bytes_iter_dealloc),
    .tflags = TF_IMMUTABLE | TF_HAS_GC,
    .basicsize = sizeof(BytesIterObj),
    .iter = iter_self,
    .iternext = bytes_iter_next,
    .traverse = bytes_iter_traverse,
    .methods = bytes_iter_methods,
};

/* ---- the type ------------------------------------------------------------------------ */

static const char bytes_doc[] =
    "bytes(iterable_of_ints) -> bytes\n"
    "bytes(string, encoding[, errors]) -> bytes\n"
    "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
    "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
    "bytes() -> empty bytes object\n\n"
    "Construct an immutable array of bytes from:\n"
    "  - an iterable yielding integers in range(256)\n"
    "  - a text string encoded using the specified encoding\n"
    "  - any object implementing the buffer API.\n"
    "  - an integer";

Type Bytes_Type = {
    TYPE_HEADER("bytes", bytes_dealloc),
    .tflags = TF_BASETYPE | TF_IMMUTABLE | TF_BYTES_SUBCLASS,
    .basicsize = sizeof(BytesObj),
    .itemsize = 1,
    .doc = bytes_doc,
    .methods = bytes_methods,
    .repr = bytes_repr,
    .hash = bytes_hash_slot,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .tp_new = bytes_tp_new,
    .binop[OP_ADD] = bytes_add,
    .binop[OP_MUL] = bytes_mul,
    .binop[OP_MOD] = bytes_mod,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
};
