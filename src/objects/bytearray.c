/* bytearray: a mutable byte buffer. Every mutation runs in a critical
 * section on the object; a buffer replaced by a resize is retired through
 * QSBR so readers that loaded it without the lock stay in bounds. A
 * bytearray with exported memoryviews refuses to resize. */
#include <stdatomic.h>
#include <stdio.h>

#include "bytes_internal.h"
#include "critical_section.h"
#include "intobj.h"
#include "tstate.h"
#include "tupleobj.h"

static uint8_t empty_data[1];

uint8_t *bytearray_data(ByteArrayObj *a, ssize_t *len)
{
    /* acquire: the buffer's contents were written before it was published. */
    ByteArrayBuf *b = atomic_load_explicit(&a->buf, memory_order_acquire);
    ssize_t n = atomic_load_explicit(&a->size, memory_order_relaxed);
    if (!b) {
        if (len)
            *len = 0;
        return empty_data;
    }
    if (len)
        *len = n < b->cap ? n : b->cap;
    return b->data;
}

static ssize_t ba_size(ByteArrayObj *a) { return atomic_load_explicit(&a->size, memory_order_relaxed); }

static void retire_buf(ByteArrayBuf *b)
{
    if (!b)
        return;
    if (ts_current)
        qsbr_retire(ts_current, b, mem_free);
    else
        mem_free(b);
}

/* Sets the size to n (caller holds the critical section), growing the
 * buffer when needed; new bytes are uninitialised. -1 + BufferError while
 * exported, MemoryError. */
static int ba_resize(ByteArrayObj *a, ssize_t n)
{
    ssize_t old = ba_size(a);
    if (n != old && atomic_load_explicit(&a->exports, memory_order_relaxed) > 0) {
        err_set(&Exc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    if (n < 0) {
        err_no_memory();
        return -1;
    }
    ByteArrayBuf *b = atomic_load_explicit(&a->buf, memory_order_relaxed);
    ssize_t cap = b ? b->cap : 0;
    if (n + 1 > cap || (n + 1) * 4 < cap / 2) {
        /* Over-allocate like CPython (~1/8 extra) when growing; shrink
         * when less than an eighth is in use. */
        ssize_t want = n + 1 > cap ? n + 1 + (n >> 3) + 8 : n + 1;
        if (want < n + 1) {
            err_no_memory();
            return -1;
        }
        ByteArrayBuf *nb = mem_alloc(sizeof(ByteArrayBuf) + (size_t)want);
        if (!nb) {
            err_no_memory();
            return -1;
        }
        nb->cap = want;
        ssize_t keep = old < n ? old : n;
        if (keep > 0)
            memcpy(nb->data, b->data, (size_t)keep);
        nb->data[n] = 0;
        /* release: the copy is visible before the pointer. */
        atomic_store_explicit(&a->buf, nb, memory_order_release);
        retire_buf(b);
        b = nb;
    }
    b->data[n] = 0;
    atomic_store_explicit(&a->size, n, memory_order_relaxed);
    return 0;
}

static uint8_t *ba_buf(ByteArrayObj *a)
{
    ByteArrayBuf *b = atomic_load_explicit(&a->buf, memory_order_relaxed);
    return b ? b->data : empty_data;
}

void bytearray_export(ByteArrayObj *a, int delta)
{
    atomic_fetch_add_explicit(&a->exports, delta, memory_order_relaxed);
}

static Value ba_alloc(Type *type)
{
    Object *o = obj_alloc(type, 0);
    if (!o)
        return VAL_NULL;
    ByteArrayObj *a = (ByteArrayObj *)o;
    atomic_init(&a->size, 0);
    atomic_init(&a->buf, NULL);
    atomic_init(&a->exports, 0);
    return (Value)o;
}

Value bytearray_from_data(const void *data, ssize_t len)
{
    Value r = ba_alloc(&ByteArray_Type);
    if (!r)
        return VAL_NULL;
    ByteArrayObj *a = (ByteArrayObj *)val_as_obj(r);
    if (len > 0) {
        if (ba_resize(a, len) < 0) {
            val_decref(r);
            return VAL_NULL;
        }
        if (data)
            memcpy(ba_buf(a), data, (size_t)len);
        else
            memset(ba_buf(a), 0, (size_t)len);
    }
    return r;
}

/* Replaces a[lo:hi] with n bytes from src (src may alias a's buffer: it
 * is copied first). Caller holds the critical section. */
static int ba_splice(ByteArrayObj *a, ssize_t lo, ssize_t hi, const uint8_t *src, ssize_t n)
{
    ssize_t size = ba_size(a);
    uint8_t tmp[64], *copy = NULL;
    if (n > 0 && src >= ba_buf(a) && src < ba_buf(a) + size + 1) {
        copy = n <= 64 ? tmp : mem_alloc((size_t)n);
        if (!copy) {
            err_no_memory();
            return -1;
        }
        memcpy(copy, src, (size_t)n);
        src = copy;
    }
    ssize_t delta = n - (hi - lo);
    int rc = 0;
    if (delta != 0 && atomic_load_explicit(&a->exports, memory_order_relaxed) > 0) {
        err_set(&Exc_BufferError, "Existing exports of data: object cannot be re-sized");
        rc = -1;
    } else if (delta > 0) {
        rc = ba_resize(a, size + delta);
        if (rc == 0)
            memmove(ba_buf(a) + hi + delta, ba_buf(a) + hi, (size_t)(size - hi));
    } else if (delta < 0) {
        memmove(ba_buf(a) + hi + delta, ba_buf(a) + hi, (size_t)(size - hi));
        rc = ba_resize(a, size + delta);
    }
    if (rc == 0 && n > 0)
        memcpy(ba_buf(a) + lo, src, (size_t)n);
    if (copy && copy != tmp)
        mem_free(copy);
    return rc;
}

/* ---- construction ----------------------------------------------------------------- */

static Value ba_tp_new(Type *type, const Value *args, size_t nargs, Object *kwnames)
{
    return ba_alloc(type);
}

static int ba_init(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors"};
    static const ArgSpec spec = {"bytearray", names, 3, 0, 0, 3};
    Value a[3];
    if (args_parse(&spec, args, nargs, kwnames, a) < 0)
        return -1;
    const uint8_t *data;
    ssize_t len;
    bool owned;
    Value keep;
    if (bytes_args_data("bytearray", a[0], a[1], a[2], &data, &len, &owned, &keep) < 0)
        return -1;
    ByteArrayObj *ba = (ByteArrayObj *)val_as_obj(self);
    CriticalSection cs;
    cs_begin(&cs, &ba->base);
    int rc = ba_splice(ba, 0, ba_size(ba), data, len);
    cs_end(&cs);
    if (owned)
        mem_free((void *)data);
    val_xdecref(keep);
    return rc;
}

static void ba_dealloc(Object *o)
{
    ByteArrayObj *a = (ByteArrayObj *)o;
    mem_free(atomic_load_explicit(&a->buf, memory_order_relaxed));
    obj_free(o);
}

/* ---- slots -------------------------------------------------------------------------- */

static Value ba_repr(Value self)
{
    ByteArrayObj *a = (ByteArrayObj *)val_as_obj(self);
    CriticalSection cs;
    cs_begin(&cs, &a->base);
    const char *tn = val_type(self)->core.name;
    const char *dot = strrchr(tn, '.');
    char prefix[128];
    snprintf(prefix, sizeof prefix, "%s(", dot ? dot + 1 : tn);
    Value r = bytes_repr_data(ba_buf(a), ba_size(a), prefix, ")");
    cs_end(&cs);
    return r;
}

static Value ba_richcompare(Value a, Value b, int op)
{
    if (!buffer_check(a) || !buffer_check(b))
        return val_ref(VAL_NOTIMPL);
    CriticalSection2 cs;
    cs_begin2(&cs, val_as_obj(a), val_as_obj(b));
    const uint8_t *da, *db;
    ssize_t na, nb;
    Value r;
    if (buffer_get(a, &da, &na) < 0 || buffer_get(b, &db, &nb) < 0)
        r = VAL_NULL;
    else
        r = bytes_compare_result(bytes_cmp_data(da, na, db, nb), op);
    cs_end2(&cs);
    return r;
}

static ssize_t ba_len(Value self) { return ba_size((ByteArrayObj *)val_as_obj(self)); }

static Value ba_getitem(Value self, Value key)
{
    ByteArrayObj *a = (ByteArrayObj *)val_as_obj(self);
    CriticalSection cs;
    cs_begin(&cs, &a->base);
    Value r = bytes_subscript(&ByteArray_Type, ba_buf(a), ba_size(a), key);
    cs_end(&cs);
    return r;
}

static int ba_setitem_locked(ByteArrayObj *a, Value key, Value v)
{
    ssize_t size = ba_size(a);
    if (val_is_int(key) || (!val_is_slice(key) && val_type(key)->index && !val_is_float(key))) {
        ssize_t i = val_is_int(key) ? (ssize_t)val_as_int(key) : obj_as_ssize(key, &Exc_IndexError);
        if (i == -1 && err_occurred())
            return -1;
        if (i < 0)
            i += size;
        if (i < 0 || i >= size) {
            err_set(&Exc_IndexError, "bytearray index out of range");
            return -1;
        }
        if (!v)
            return ba_splice(a, i, i + 1, NULL, 0);
        int byte = bytes_byte_value(v);
        if (byte < 0)
            return -1;
        ba_buf(a)[i] = (uint8_t)byte;
        return 0;
    }
    if (!val_is_slice(key)) {
        err_set(&Exc_TypeError, "bytearray indices must be integers or slices, not %s",
                type_name(val_type(key)));
        return -1;
    }
    /* The new contents: a buffer, or an iterable of ints (not an int or str). */
    const uint8_t *src = NULL;
    ssize_t n = 0;
    uint8_t *owned = NULL;
    if (v) {
        if (buffer_check(v)) {
            if (buffer_get(v, &src, &n) < 0)
                return -1;
        } else if (val_is_int_like(v) || val_is_str(v) || !(val_type(v)->iter || val_type(v)->getitem)) {
            err_set(&Exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            return -1;
        } else {
            if (bytes_collect_ints(v, &owned, &n, false) < 0)
                return -1;
            src = owned;
        }
    }
    ssize_t start, stop, step, len;
    int rc = slice_unpack(key, ba_size(a), &start, &stop, &step, &len);
    if (rc == 0) {
        if (step == 1) {
            rc = ba_splice(a, start, start + len, src, n);
        } else if (!v) {
            /* Delete an extended slice: compact the survivors. */
            if (len > 0) {
                if (step < 0) {
                    start = start + step * (len - 1);
                    step = -step;
                }
                uint8_t *d = ba_buf(a);
                ssize_t size2 = ba_size(a), w = start;
                for (ssize_t r = start, k = 0; r < size2; r++) {
                    if (k < len && r == start + k * step) {
                        k++;
                        continue;
                    }
                    d[w++] = d[r];
                }
                rc = atomic_load_explicit(&a->exports, memory_order_relaxed) > 0
                         ? (err_set(&Exc_BufferError, "Existing exports of data: object cannot be re-sized"), -1)
                         : ba_resize(a, w);
            }
        } else if (n != len) {
            err_set(&Exc_ValueError, "attempt to assign bytes of size %zd to extended slice of size %zd", n, len);
            rc = -1;
        } else {
            uint8_t *d = ba_buf(a);
            for (ssize_t i = 0, j = start; i < len; i++, j += step)
                d[j] = src[i];
        }
    }
    mem_free(owned);
    return rc;
}

static int ba_setitem(Value self, Value key, Value v)
{
    ByteArrayObj *a = (ByteArrayObj *)val_as_obj(self);
    CriticalSection cs;
    cs_begin(&cs, &a->base);
    int rc = ba_setitem_locked(a, key, v);
    cs_end(&cs);
    return rc;
}

static int ba_contains(Value self, Value item)
{
    ByteArrayObj *a = (ByteArrayObj *)val_as_obj(self);
    CriticalSection cs;
    cs_begin(&cs, &a->base);
    int r = bytes_contains_data(ba_buf(a), ba_size(a), item);
    cs_end(&cs);
    return r;
}

static Value ba_add(Value a, Value b)
{
    if (!buffer_check(a) || !buffer_check(b)) {
        if (val_is_bytearray(a)) {
            err_set(&Exc_TypeError, "can't concat %s to %s", type_name(val_type(b)), type_name(val_type(a)));
            return VAL_NULL;
        }
        return val_ref(VAL_NOTIMPL);
    }
    CriticalSection2 cs;
    cs_begin2(&cs, val_as_obj(a), val_as_obj(b));
    const uint8_t *da, *db;
    ssize_t na, nb;
    Value r = VAL_NULL;
    if (buffer_get(a, &da, &na) == 0 && buffer_get(b, &db, &nb) == 0) {
        r = bytearray_from_data(NULL, na + nb);
        if (r) {
            uint8_t *d = bytearray_data((ByteArrayObj *)val_as_obj(r), NULL);
            memcpy(d, da, (size_t)na);
            memcpy(d + na, db, (size_t)nb);
        }
    }
    cs_end2(&cs);
    return r;
}

static int ba_extend_buffer(ByteArrayObj *a, Value b)
{
    CriticalSection2 cs;
    cs_begin2(&cs, &a->base, val_as_obj(b));
    const uint8_t *db;
    ssize_t nb;
    int rc = buffer_get(b, &db, &nb);
    if (rc == 0) {
        ssize_t n = ba_size(a);
        rc = ba_splice(a, n, n, db, nb);
    }
    cs_end2(&cs);
    return rc;
}

static Value ba_iadd(Value a, Value b)
{
    if (!val_is_bytearray(a))
        return val_ref(VAL_NOTIMPL);
    if (!buffer_check(b)) {
        err_set(&Exc_TypeError, "can't concat %s to %s", type_name(val_type(b)), type_name(val_type(a)));
        return VAL_NULL;
    }
    if (ba_extend_buffer((ByteArrayObj *)val_as_obj(a), b) < 0)
        return VAL_NULL;
    return val_ref(a);
}

static bool has_index(Value v) { return val_is_int(v) || (val_type(v)->index && !val_is_float(v)); }

static Value ba_mul(Value a, Value b)
{
    Value s = val_is_bytearray(a) ? a : b, n = val_is_bytearray(a) ? b : a;
    if (!has_index(n)) {
        err_set(&Exc_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(val_type(n)));
        return VAL_NULL;
    }
    ssize_t count;
    if (!bytes_repeat_count(n, &count))
        return VAL_NULL;
    ByteArrayObj *o = (ByteArrayObj *)val_as_obj(s);
    CriticalSection cs;
    cs_begin(&cs, &o->base);
    Value r = bytes_repeat_data(&ByteArray_Type, ba_buf(o), ba_size(o), count);
    cs_end(&cs);
    return r;
}

static Value ba_imul(Value a, Value b)
{
    if (!val_is_bytearray(a))
        return val_ref(VAL_NOTIMPL);
    if (!has_index(b)) {
        err_set(&Exc_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(val_type(b)));
        return VAL_NULL;
    }
    ssize_t count;
    if (!bytes_repeat_count(b, &count))
        return VAL_NULL;
    ByteArrayObj *o = (ByteArrayObj *)val_as_obj(a);
    CriticalSection cs;
    cs_begin(&cs, &o->base);
    ssize_t n = ba_size(o);
    int rc = 0;
    if (count == 0 || n == 0) {
        rc = ba_resize(o, 0);
    } else if (count > 1) {
        if (n > SSIZE_MAX / count) {
            err_no_memory();
            rc = -1;
        } else if ((rc = ba_resize(o, n * count)) == 0) {
            uint8_t *d = ba_buf(o);
            for (ssize_t done = n, total = n * count; done < total;) {
                ssize_t chunk = done <= total - done ? done : total - done;
                memcpy(d + done, d, (size_t)chunk);
                done += chunk;
            }
        }
    }
    cs_end(&cs);
    return rc < 0 ? VAL_NULL : val_ref(a);
}

static Value ba_mod(Value a, Value b)
{
    if (!val_is_bytearray(a))
        return val_ref(VAL_NOTIMPL);
    ByteArrayObj *o = (ByteArrayObj *)val_as_obj(a);
    /* Snapshot the template: formatting calls Python code. */
    ssize_t n;
    CriticalSection cs;
    cs_begin(&cs, &o->base);
    n = ba_size(o);
    Value tmpl = bytes_from_data(ba_buf(o), n);
    cs_end(&cs);
    if (!tmpl)
        return VAL_NULL;
    Value r = bytes_percent_data(&ByteArray_Type, bytes_data(val_as_bytes(tmpl)), n, b);
    val_decref(tmpl);
    return r;
}

/* ---- iteration -------------------------------------------------------------------------- */

typedef struct {
    Object base;
    Value seq;
    _Atomic ssize_t index;
} ByteArrayIterObj;

static Value ba_iter(Value self)
{
    ByteArrayIterObj *it = (ByteArrayIterObj *)obj_alloc(&ByteArrayIter_Type, 0);
    if (!it)
        return VAL_NULL;
    it->seq = val_ref(self);
    atomic_init(&it->index, 0);
    return (Value)it;
}

static Value ba_iter_next(Value self)
{
    ByteArrayIterObj *it = (ByteArrayIterObj *)val_as_obj(self);
    ByteArrayObj *a = (ByteArrayObj *)val_as_obj(it->seq);
    ssize_t i = atomic_load_explicit(&it->index, memory_order_relaxed);
    CriticalSection cs;
    cs_begin(&cs, &a->base);
    Value r = VAL_NULL;
    if (i < ba_size(a)) {
        r = val_from_int(ba_buf(a)[i]);
        atomic_store_explicit(&it->index, i + 1, memory_order_relaxed);
    }
    cs_end(&cs);
    return r;
}

static Value iter_self(Value self) { return val_ref(self); }

static void ba_iter_dealloc(Object *o)
{
    val_decref(((ByteArrayIterObj *)o)->seq);
    obj_free(o);
}

static int ba_iter_traverse(Object *o, int (*visit)(Value v, void *arg), void *arg)
{
    return visit(((ByteArrayIterObj *)o)->seq, arg);
}

static Value ba_iter_length_hint(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    ByteArrayIterObj *it = (ByteArrayIterObj *)val_as_obj(self);
    ssize_t n = ba_size((ByteArrayObj *)val_as_obj(it->seq)) - atomic_load_explicit(&it->index, memory_order_relaxed);
    return val_from_int(n < 0 ? 0 : n);
}

static const MethodDef ba_iter_methods[] = {
    {"__length_hint__", ba_iter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

Type ByteArrayIter_Type = {
    TYPE_HEADER("bytearray_iterator", ba_iter_dealloc),
    .tflags = TF_IMMUTABLE | TF_HAS_GC,
    .basicsize = sizeof(ByteArrayIterObj),
    .iter = iter_self,
    .iternext = ba_iter_next,
    .traverse = ba_iter_traverse,
    .methods = ba_iter_methods,
};

/* ---- mutating methods --------------------------------------------------------------------- */

#define BA_METHOD(name) static Value name(Value self, const Value *args, size_t nargs, Object *kwnames)
#define BA(self) ((ByteArrayObj *)val_as_obj(self))

static bool no_args(const char *qualname, size_t nargs, Object *kwnames)
{
    if (kwnames && tuple_size(kwnames)) {
        err_set(&Exc_TypeError, "%s() takes no keyword arguments", qualname);
        return false;
    }
    if (nargs) {
        err_set(&Exc_TypeError, "%s() takes no arguments (%zd given)", qualname, (ssize_t)nargs);
        return false;
    }
    return true;
}

BA_METHOD(ba_append)
{
    if (args_no_kw("bytearray.append", kwnames) < 0 || args_count("bytearray.append", nargs, 1, 1) < 0)
        return VAL_NULL;
    int byte = bytes_byte_value(args[0]);
    if (byte < 0)
        return VAL_NULL;
    CriticalSection cs;
    cs_begin(&cs, val_as_obj(self));
    ssize_t n = ba_size(BA(self));
    int rc = ba_resize(BA(self), n + 1);
    if (rc == 0)
        ba_buf(BA(self))[n] = (uint8_t)byte;
    cs_end(&cs);
    return rc < 0 ? VAL_NULL : val_ref(VAL_NONE);
}

BA_METHOD(ba_extend)
{
    if (args_no_kw("bytearray.extend", kwnames) < 0 || args_count("bytearray.extend", nargs, 1, 1) < 0)
        return VAL_NULL;
    Value v = args[0];
    if (buffer_check(v))
        return ba_extend_buffer(BA(self), v) < 0 ? VAL_NULL : val_ref(VAL_NONE);
    if (val_is_str(v) || val_is_int_like(v) || !(val_type(v)->iter || val_type(v)->getitem)) {
        err_set(&Exc_TypeError, val_is_str(v) ? "expected iterable of integers; got: 'str'"
                                               : "can't extend bytearray with %s",
                type_name(val_type(v)));
        return VAL_NULL;
    }
    uint8_t *data;
    ssize_t n;
    if (bytes_collect_ints(v, &data, &n, false) < 0)
        return VAL_NULL;
    CriticalSection cs;
    cs_begin(&cs, val_as_obj(self));
    ssize_t size = ba_size(BA(self));
    int rc = ba_splice(BA(self), size, size, data, n);
    cs_end(&cs);
    mem_free(data);
    return rc < 0 ? VAL_NULL : val_ref(VAL_NONE);
}

BA_METHOD(ba_insert)
{
    if (args_no_kw("insert", kwnames) < 0 || args_count("insert", nargs, 2, 2) < 0)
        return VAL_NULL;
    ssize_t i;
    if (val_is_int(args[0])) {
        i = (ssize_t)val_as_int(args[0]);
    } else {
        i = obj_as_ssize(args[0], &Exc_OverflowError);
        if (i == -1 && err_occurred())
            return VAL_NULL;
    }
    int byte = bytes_byte_value(args[1]);
    if (byte < 0)
        return VAL_NULL;
    CriticalSection cs;
    cs_begin(&cs, val_as_obj(self));
    ssize_t n = ba_size(BA(self));
    if (i < 0)
        i = i + n < 0 ? 0 : i + n;
    if (i > n)
        i = n;
    uint8_t c = (uint8_t)byte;
    int rc = ba_splice(BA(self), i, i, &c, 1);
    cs_end(&cs);
    return rc < 0 ? VAL_NULL : val_ref(VAL_NONE);
}

BA_METHOD(ba_pop)
{
    if (args_no_kw("pop", kwnames) < 0 || args_count("pop", nargs, 0, 1) < 0)
        return VAL_NULL;
    ssize_t i = -1;
    if (nargs) {
        if (val_is_int(args[0])) {
            i = (ssize_t)val_as_int(args[0]);
        } else {
            i = obj_as_ssize(args[0], &Exc_OverflowError);
            if (i == -1 && err_occurred())
                return VAL_NULL;
        }
    }
    CriticalSection cs;
    cs_begin(&cs, val_as_obj(self));
    ssize_t n = ba_size(BA(self));
    Value r = VAL_NULL;
    if (n == 0) {
        err_set(&Exc_IndexError, "pop from empty bytearray");
    } else {
        if (i < 0)
            i += n;
        if (i < 0 || i >= n) {
            err_set(&Exc_IndexError, "pop index out of range");
        } else {
            uint8_t c = ba_buf(BA(self))[i];
            if (ba_splice(BA(self), i, i + 1, NULL, 0) == 0)
                r = val_from_int(c);
        }
    }
    cs_end(&cs);
    return r;
}

BA_METHOD(ba_remove)
{
    if (args_no_kw("bytearray.remove", kwnames) < 0 || args_count("bytearray.remove", nargs, 1, 1) < 0)
        return VAL_NULL;
    int byte = bytes_byte_value(args[0]);
    if (byte < 0)
        return VAL_NULL;
    CriticalSection cs;
    cs_begin(&cs, val_as_obj(self));
    ssize_t n = ba_size(BA(self));
    uint8_t *d = ba_buf(BA(self));
    uint8_t *p = n ? memchr(d, byte, (size_t)n) : NULL;
    int rc;
    if (!p) {
        err_set(&Exc_ValueError, "value not found in bytearray");
        rc = -1;
    } else {
        rc = ba_splice(BA(self), p - d, p - d + 1, NULL, 0);
    }
    cs_end(&cs);
    return rc < 0 ? VAL_NULL : val_ref(VAL_NONE);
}

BA_METHOD(ba_reverse)
{
    if (!no_args("bytearray.reverse", nargs, kwnames))
        return VAL_NULL;
    CriticalSection cs;
    cs_begin(&cs, val_as_obj(self));
    ssize_t n = ba_size(BA(self));
    uint8_t *d = ba_buf(BA(self));
    for (ssize_t i = 0, j = n - 1; i < j; i++, j--) {
        uint8_t t = d[i];
        d[i] = d[j];
        d[j] = t;
    }
    cs_end(&cs);
    return val_ref(VAL_NONE);
}

BA_METHOD(ba_clear)
{
    if (!no_args("bytearray.clear", nargs, kwnames))
        return VAL_NULL;
    CriticalSection cs;
    cs_begin(&cs, val_as_obj(self));
    int rc = ba_resize(BA(self), 0);
    cs_end(&cs);
    return rc < 0 ? VAL_NULL : val_ref(VAL_NONE);
}

BA_METHOD(ba_copy)
{
    if (!no_args("bytearray.copy", nargs, kwnames))
        return VAL_NULL;
    CriticalSection cs;
    cs_begin(&cs, val_as_obj(self));
    Value r = bytearray_from_data(ba_buf(BA(self)), ba_size(BA(self)));
    cs_end(&cs);
    return r;
}

BA_METHOD(ba_alloc_m)
{
    if (!no_args("bytearray.__alloc__", nargs, kwnames))
        return VAL_NULL;
    ByteArrayBuf *b = atomic_load_explicit(&BA(self)->buf, memory_order_relaxed);
    return val_from_int(b ? b->cap : 0);
}

BA_METHOD(ba_sizeof)
{
    if (!no_args("bytearray.__sizeof__", nargs, kwnames))
        return VAL_NULL;
    ByteArrayBuf *b = atomic_load_explicit(&BA(self)->buf, memory_order_relaxed);
    /* CPython's figure: its object (56 bytes) plus the allocation. */
    return val_from_int(56 + (b ? b->cap : 0));
}

BA_METHOD(ba_reduce)
{
    if (!no_args("bytearray.__reduce__", nargs, kwnames))
        return VAL_NULL;
    CriticalSection cs;
    cs_begin(&cs, val_as_obj(self));
    Value data = str_from_latin1(ba_buf(BA(self)), ba_size(BA(self)));
    cs_end(&cs);
    if (!data)
        return VAL_NULL;
    Value enc = str_from_cstr("latin-1");
    Object *inner = tuple_pack(2, data, enc);
    Object *d = obj_instance_dict(self, false);
    Object *t = inner ? tuple_pack(3, (Value)val_type(self), (Value)inner, d ? (Value)d : VAL_NONE) : NULL;
    val_decref(data);
    val_xdecref(enc);
    obj_xdecref(inner);
    return (Value)t;
}

static Value ba_fromhex(Value cls, const Value *args, size_t nargs, Object *kwnames)
{
    return bytes_fromhex_for(&ByteArray_Type, cls, args, nargs, kwnames);
}

#define ENTRY_BYTEARRAY(name) {#name, bytearray_m_##name, 0, NULL},

const MethodDef bytearray_methods[] = {
    BYTES_SHARED_LIST(ENTRY_BYTEARRAY)
    {"fromhex", ba_fromhex, METH_CLASS, "Create a bytearray object from a string of hexadecimal numbers."},
    {"maketrans", bytes_maketrans_m, METH_STATIC, "Return a translation table usable for the bytes or bytearray translate method."},
    {"append", ba_append, 0, "Append a single item to the end of the bytearray."},
    {"extend", ba_extend, 0, "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"insert", ba_insert, 0, "Insert a single item into the bytearray before the given index."},
    {"pop", ba_pop, 0, "Remove and return a single item from B."},
    {"remove", ba_remove, 0, "Remove the first occurrence of a value in the bytearray."},
    {"reverse", ba_reverse, 0, "Reverse the order of the values in B in place."},
    {"clear", ba_clear, 0, "Remove all items from the bytearray."},
    {"copy", ba_copy, 0, "Return a copy of B."},
    {"__alloc__", ba_alloc_m, 0, "B.__alloc__() -> int"},
    {"__sizeof__", ba_sizeof, 0, "Returns the size of the bytearray object in memory, in bytes."},
    {"__reduce__", ba_reduce, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

/* The shared (bytes-like) methods call this to read a bytearray's data
 * under its lock. */
Value bytearray_call_shared(BytesSharedFn fn, Value self, const Value *args, size_t nargs, Object *kwnames)
{
    ByteArrayObj *a = BA(self);
    CriticalSection cs;
    cs_begin(&cs, &a->base);
    Value r = fn(self, &ByteArray_Type, ba_buf(a), ba_size(a), args, nargs, kwnames);
    cs_end(&cs);
    return r;
}

static const char bytearray_doc[] =
    "bytearray(iterable_of_ints) -> bytearray\n"
    "bytearray(string, encoding[, errors]) -> bytearray\n"
    "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
    "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
    "bytearray() -> empty bytes array\n\n"
    "Construct a mutable bytearray object from:\n"
    "  - an iterable yielding integers in range(256)\n"
    "  - a text string encoded using the specified encoding\n"
    "  - a bytes or a buffer object\n"
    "  - any object implementing the buffer API.\n"
    "  - an integer";

Type ByteArray_Type = {
    TYPE_HEADER("bytearray", ba_dealloc),
    .tflags = TF_BASETYPE,
    .basicsize = sizeof(ByteArrayObj),
    .doc = bytearray_doc,
    .methods = bytearray_methods,
    .repr = ba_repr,
    /* no hash: with richcompare set, the core makes __hash__ None */
    .richcompare = ba_richcompare,
    .iter = ba_iter,
    .tp_new = ba_tp_new,
    .init = ba_init,
    .binop[OP_ADD] = ba_add,
    .binop[OP_MUL] = ba_mul,
    .binop[OP_MOD] = ba_mod,
    .inplace[OP_ADD] = ba_iadd,
    .inplace[OP_MUL] = ba_imul,
    .len = ba_len,
    .getitem = ba_getitem,
    .setitem = ba_setitem,
    .contains = ba_contains,
};
