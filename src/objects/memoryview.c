/* memoryview over bytes and bytearray: one-dimensional views of unsigned
 * bytes (format 'B'), with slicing (steps included), item access,
 * tobytes/tolist/hex, release and the context manager protocol. A view of
 * a bytearray counts as an export, which keeps the bytearray from resizing. */
#include <stdatomic.h>
#include <stdio.h>

#include "bytes_internal.h"
#include "critical_section.h"
#include "intobj.h"
#include "listobj.h"
#include "tupleobj.h"

#define MV(v) ((MemoryViewObj *)val_as_obj(v))

static bool mv_released(MemoryViewObj *m)
{
    return atomic_load_explicit(&m->released, memory_order_acquire);
}

static bool check_released(MemoryViewObj *m)
{
    if (mv_released(m)) {
        err_set(&Exc_ValueError, "operation forbidden on released memoryview object");
        return false;
    }
    return true;
}

/* The exporter's whole data. */
static const uint8_t *base_data(MemoryViewObj *m, ssize_t *len)
{
    const uint8_t *d;
    if (buffer_get(m->obj, &d, len) < 0)
        return NULL;
    return d;
}

int memoryview_buffer(Value v, const uint8_t **data, ssize_t *len)
{
    MemoryViewObj *m = MV(v);
    if (!check_released(m))
        return -1;
    if (m->step != 1 && m->length > 1) {
        err_set(&Exc_BufferError, "memoryview: underlying buffer is not C-contiguous");
        return -1;
    }
    ssize_t n;
    const uint8_t *d = base_data(m, &n);
    if (!d)
        return -1;
    *data = d + m->start;
    *len = m->length;
    return 0;
}

static Value mv_make(Type *type, Value obj, ssize_t start, ssize_t step, ssize_t length, bool readonly)
{
    MemoryViewObj *m = (MemoryViewObj *)obj_alloc(type, 0);
    if (!m)
        return VAL_NULL;
    m->obj = val_ref(obj);
    m->start = start;
    m->step = step;
    m->length = length;
    m->readonly = readonly;
    atomic_init(&m->released, false);
    atomic_init(&m->hash, -1);
    if (val_is_bytearray(obj))
        bytearray_export((ByteArrayObj *)val_as_obj(obj), 1);
    return (Value)m;
}

Value memoryview_new(Value o)
{
    if (val_is_obj(o) && type_is_subtype(val_type(o), &MemoryView_Type)) {
        MemoryViewObj *src = MV(o);
        if (!check_released(src))
            return VAL_NULL;
        return mv_make(&MemoryView_Type, src->obj, src->start, src->step, src->length, src->readonly);
    }
    if (val_is_bytes(o))
        return mv_make(&MemoryView_Type, o, 0, 1, val_as_bytes(o)->size, true);
    if (val_is_bytearray(o)) {
        ssize_t n;
        bytearray_data((ByteArrayObj *)val_as_obj(o), &n);
        return mv_make(&MemoryView_Type, o, 0, 1, n, false);
    }
    err_set(&Exc_TypeError, "memoryview: a bytes-like object is required, not '%s'", type_name(val_type(o)));
    return VAL_NULL;
}

static Value mv_tp_new(Type *type, const Value *args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"object"};
    static const ArgSpec spec = {"memoryview", names, 1, 0, 1, 1};
    Value a[1];
    if (args_parse(&spec, args, nargs, kwnames, a) < 0)
        return VAL_NULL;
    return memoryview_new(a[0]);
}

static void mv_do_release(MemoryViewObj *m)
{
    bool expected = false;
    if (atomic_compare_exchange_strong_explicit(&m->released, &expected, true, memory_order_acq_rel,
                                                memory_order_relaxed)) {
        if (val_is_bytearray(m->obj))
            bytearray_export((ByteArrayObj *)val_as_obj(m->obj), -1);
    }
}

static void mv_dealloc(Object *o)
{
    MemoryViewObj *m = (MemoryViewObj *)o;
    mv_do_release(m);
    val_xdecref(m->obj);
    obj_free(o);
}

static int mv_traverse(Object *o, int (*visit)(Value v, void *arg), void *arg)
{
    MemoryViewObj *m = (MemoryViewObj *)o;
    return m->obj ? visit(m->obj, arg) : 0;
}

/* Copies the view's bytes into out (m->length bytes). */
static bool mv_copy(MemoryViewObj *m, uint8_t *out)
{
    ssize_t n;
    const uint8_t *d = base_data(m, &n);
    if (!d)
        return false;
    for (ssize_t i = 0; i < m->length; i++) {
        ssize_t j = m->start + i * m->step;
        out[i] = j >= 0 && j < n ? d[j] : 0;
    }
    return true;
}

static Value mv_tobytes_value(MemoryViewObj *m)
{
    Value r = bytes_new_raw(m->length);
    if (!r)
        return VAL_NULL;
    CriticalSection cs;
    cs_begin(&cs, val_as_obj(m->obj));
    bool ok = mv_copy(m, bytes_data(val_as_bytes(r)));
    cs_end(&cs);
    if (!ok) {
        val_decref(r);
        return VAL_NULL;
    }
    return r;
}

static Value mv_repr(Value self)
{
    char buf[64];
    snprintf(buf, sizeof buf, mv_released(MV(self)) ? "<released memory at %p>" : "<memory at %p>",
             (void *)val_as_obj(self));
    return str_from_cstr(buf);
}

static ssize_t mv_len(Value self)
{
    if (!check_released(MV(self)))
        return -1;
    return MV(self)->length;
}

static hash_t mv_hash(Value self)
{
    MemoryViewObj *m = MV(self);
    hash_t h = atomic_load_explicit(&m->hash, memory_order_relaxed);
    if (h != -1)
        return h;
    if (!m->readonly) {
        err_set(&Exc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    if (!check_released(m))
        return -1;
    Value b = mv_tobytes_value(m);
    if (!b)
        return -1;
    h = bytes_hash(val_as_bytes(b));
    val_decref(b);
    atomic_store_explicit(&m->hash, h, memory_order_relaxed);
    return h;
}

static Value mv_richcompare(Value a, Value b, int op)
{
    if (op != CMP_EQ && op != CMP_NE)
        return val_ref(VAL_NOTIMPL);
    if (a == b && !mv_released(MV(a)))
        return val_ref(val_bool(op == CMP_EQ));
    bool a_mv = type_is_subtype(val_type(a), &MemoryView_Type);
    bool b_mv = val_is_obj(b) && type_is_subtype(val_type(b), &MemoryView_Type);
    if ((a_mv && mv_released(MV(a))) || (b_mv && mv_released(MV(b))))
        return val_ref(val_bool(op == CMP_NE ? a != b : a == b));
    if (!buffer_check(b) || !buffer_check(a))
        return val_ref(VAL_NOTIMPL);
    Value x = a_mv ? mv_tobytes_value(MV(a)) : bytes_from_object(a);
    Value y = x ? (b_mv ? mv_tobytes_value(MV(b)) : bytes_from_object(b)) : VAL_NULL;
    Value r = VAL_NULL;
    if (x && y) {
        BytesObj *p = val_as_bytes(x), *q = val_as_bytes(y);
        bool eq = p->size == q->size && memcmp(bytes_data(p), bytes_data(q), (size_t)p->size) == 0;
        r = val_ref(val_bool(eq == (op == CMP_EQ)));
    }
    val_xdecref(x);
    val_xdecref(y);
    return r;
}

static Value mv_getitem(Value self, Value key)
{
    MemoryViewObj *m = MV(self);
    if (!check_released(m))
        return VAL_NULL;
    if (val_is_slice(key)) {
        ssize_t start, stop, step, len;
        if (slice_unpack(key, m->length, &start, &stop, &step, &len) < 0)
            return VAL_NULL;
        return mv_make(&MemoryView_Type, m->obj, m->start + start * m->step, m->step * step, len, m->readonly);
    }
    if (val_is_int(key) || (val_type(key)->index && !val_is_float(key))) {
        ssize_t i = val_is_int(key) ? (ssize_t)val_as_int(key) : obj_as_ssize(key, &Exc_IndexError);
        if (i == -1 && err_occurred())
            return VAL_NULL;
        if (i < 0)
            i += m->length;
        if (i < 0 || i >= m->length) {
            err_set(&Exc_IndexError, "index out of bounds on dimension 1");
            return VAL_NULL;
        }
        ssize_t n;
        CriticalSection cs;
        cs_begin(&cs, val_as_obj(m->obj));
        const uint8_t *d = base_data(m, &n);
        ssize_t j = m->start + i * m->step;
        Value r = d && j < n ? val_from_int(d[j]) : VAL_NULL;
        cs_end(&cs);
        if (!r && !err_occurred())
            err_set(&Exc_IndexError, "index out of bounds on dimension 1");
        return r;
    }
    if (val_is_tuple(key)) {
        err_set(&Exc_TypeError, "memoryview: invalid slice key");
        return VAL_NULL;
    }
    err_set(&Exc_TypeError, "memoryview: invalid slice key");
    return VAL_NULL;
}

static int mv_setitem(Value self, Value key, Value v)
{
    MemoryViewObj *m = MV(self);
    if (!check_released(m))
        return -1;
    if (m->readonly) {
        err_set(&Exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!v) {
        err_set(&Exc_TypeError, "cannot delete memory");
        return -1;
    }
    ByteArrayObj *a = (ByteArrayObj *)val_as_obj(m->obj);
    if (val_is_slice(key)) {
        ssize_t start, stop, step, len;
        if (slice_unpack(key, m->length, &start, &stop, &step, &len) < 0)
            return -1;
        const uint8_t *src;
        ssize_t n;
        if (buffer_get(v, &src, &n) < 0)
            return -1;
        if (n != len) {
            err_set(&Exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        uint8_t tmp[256], *copy = n <= 256 ? tmp : mem_alloc((size_t)n);
        if (!copy) {
            err_no_memory();
            return -1;
        }
        memcpy(copy, src, (size_t)n);
        CriticalSection cs;
        cs_begin(&cs, &a->base);
        ssize_t size;
        uint8_t *d = bytearray_data(a, &size);
        for (ssize_t i = 0; i < len; i++) {
            ssize_t j = m->start + (start + i * step) * m->step;
            if (j >= 0 && j < size)
                d[j] = copy[i];
        }
        cs_end(&cs);
        if (copy != tmp)
            mem_free(copy);
        return 0;
    }
    if (!(val_is_int(key) || (val_type(key)->index && !val_is_float(key)))) {
        err_set(&Exc_TypeError, "memoryview: invalid slice key");
        return -1;
    }
    ssize_t i = val_is_int(key) ? (ssize_t)val_as_int(key) : obj_as_ssize(key, &Exc_IndexError);
    if (i == -1 && err_occurred())
        return -1;
    if (i < 0)
        i += m->length;
    if (i < 0 || i >= m->length) {
        err_set(&Exc_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    if (!val_is_int_like(v)) {
        err_set(&Exc_TypeError, "memoryview: invalid type for format 'B'");
        return -1;
    }
    int64_t x;
    if (int_as_i64(v, &x) < 0 || x < 0 || x > 255) {
        err_clear();
        err_set(&Exc_ValueError, "memoryview: invalid value for format 'B'");
        return -1;
    }
    CriticalSection cs;
    cs_begin(&cs, &a->base);
    ssize_t size;
    uint8_t *d = bytearray_data(a, &size);
    ssize_t j = m->start + i * m->step;
    if (j < size)
        d[j] = (uint8_t)x;
    cs_end(&cs);
    return 0;
}

/* ---- iteration ------------------------------------------------------------------------------ */

static Value mv_iter(Value self)
{
    MemoryViewObj *m = MV(self);
    if (!check_released(m))
        return VAL_NULL;
    Value b = mv_tobytes_value(m);
    if (!b)
        return VAL_NULL;
    Value it = obj_iter(b);
    val_decref(b);
    return it;
}

/* ---- methods -------------------------------------------------------------------------------- */

#define MV_METHOD(name) static Value name(Value self, const Value *args, size_t nargs, Object *kwnames)

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

MV_METHOD(mv_tobytes)
{
    static const char *const names[] = {"order"};
    static const ArgSpec spec = {"tobytes", names, 1, 0, 0, 1};
    Value a[1];
    if (args_parse(&spec, args, nargs, kwnames, a) < 0 || !check_released(MV(self)))
        return VAL_NULL;
    return mv_tobytes_value(MV(self));
}

MV_METHOD(mv_tolist)
{
    if (!no_args("memoryview.tolist", nargs, kwnames) || !check_released(MV(self)))
        return VAL_NULL;
    Value b = mv_tobytes_value(MV(self));
    if (!b)
        return VAL_NULL;
    BytesObj *o = val_as_bytes(b);
    Object *l = list_new(o->size);
    if (l)
        for (ssize_t i = 0; i < o->size; i++)
            list_init_item(l, i, val_from_int(bytes_data(o)[i]));
    val_decref(b);
    return (Value)l;
}

MV_METHOD(mv_toreadonly)
{
    if (!no_args("memoryview.toreadonly", nargs, kwnames) || !check_released(MV(self)))
        return VAL_NULL;
    MemoryViewObj *m = MV(self);
    return mv_make(&MemoryView_Type, m->obj, m->start, m->step, m->length, true);
}

MV_METHOD(mv_release)
{
    if (!no_args("memoryview.release", nargs, kwnames))
        return VAL_NULL;
    mv_do_release(MV(self));
    return val_ref(VAL_NONE);
}

MV_METHOD(mv_enter)
{
    if (!no_args("memoryview.__enter__", nargs, kwnames) || !check_released(MV(self)))
        return VAL_NULL;
    return val_ref(self);
}

MV_METHOD(mv_exit)
{
    mv_do_release(MV(self));
    return val_ref(VAL_NONE);
}


MV_METHOD(mv_hex)
{
    if (!check_released(MV(self)))
        return VAL_NULL;
    Value b = mv_tobytes_value(MV(self));
    if (!b)
        return VAL_NULL;
    Value r = bytes_hex_data(bytes_data(val_as_bytes(b)), val_as_bytes(b)->size, args, nargs, kwnames);
    val_decref(b);
    return r;
}

static const MethodDef mv_methods[] = {
    {"tobytes", mv_tobytes, 0, "Return the data in the buffer as a byte string."},
    {"tolist", mv_tolist, 0, "Return the data in the buffer as a list of elements."},
    {"toreadonly", mv_toreadonly, 0, "Return a readonly version of the memoryview."},
    {"release", mv_release, 0, "Release the underlying buffer exposed by the memoryview object."},
    {"hex", mv_hex, 0, "Return the data in the buffer as a str of hexadecimal numbers."},
    {"__enter__", mv_enter, 0, NULL},
    {"__exit__", mv_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- attributes -------------------------------------------------------------------------------- */

static Value mv_get_obj(Value self, void *c)
{
    return check_released(MV(self)) ? val_ref(MV(self)->obj) : VAL_NULL;
}
static Value mv_get_nbytes(Value self, void *c)
{
    return check_released(MV(self)) ? val_from_int(MV(self)->length) : VAL_NULL;
}
static Value mv_get_readonly(Value self, void *c)
{
    return check_released(MV(self)) ? val_ref(val_bool(MV(self)->readonly)) : VAL_NULL;
}
static Value mv_get_itemsize(Value self, void *c)
{
    return check_released(MV(self)) ? val_from_int(1) : VAL_NULL;
}
static Value mv_get_format(Value self, void *c)
{
    return check_released(MV(self)) ? str_from_latin1_char('B') : VAL_NULL;
}
static Value mv_get_ndim(Value self, void *c)
{
    return check_released(MV(self)) ? val_from_int(1) : VAL_NULL;
}
static Value mv_get_shape(Value self, void *c)
{
    if (!check_released(MV(self)))
        return VAL_NULL;
    return (Value)tuple_pack(1, val_from_int(MV(self)->length));
}
static Value mv_get_strides(Value self, void *c)
{
    if (!check_released(MV(self)))
        return VAL_NULL;
    return (Value)tuple_pack(1, val_from_int(MV(self)->step));
}
static Value mv_get_contiguous(Value self, void *c)
{
    if (!check_released(MV(self)))
        return VAL_NULL;
    return val_ref(val_bool(MV(self)->step == 1 || MV(self)->length <= 1));
}
static Value mv_get_suboffsets(Value self, void *c)
{
    return check_released(MV(self)) ? (Value)tuple_empty() : VAL_NULL;
}

static const GetSetDef mv_getsets[] = {
    {"obj", mv_get_obj, NULL, NULL, "The underlying object of the memoryview."},
    {"nbytes", mv_get_nbytes, NULL, NULL, "The amount of space in bytes that the array would use in a contiguous representation."},
    {"readonly", mv_get_readonly, NULL, NULL, "A bool indicating whether the memory is read only."},
    {"itemsize", mv_get_itemsize, NULL, NULL, "The size in bytes of each element of the memoryview."},
    {"format", mv_get_format, NULL, NULL, "A string containing the format (in struct module style) for each element in the view."},
    {"ndim", mv_get_ndim, NULL, NULL, "An integer indicating how many dimensions of a multi-dimensional array the memory represents."},
    {"shape", mv_get_shape, NULL, NULL, "A tuple of ndim integers giving the shape of the memory as an N-dimensional array."},
    {"strides", mv_get_strides, NULL, NULL, "A tuple of ndim integers giving the size in bytes to access each element for each dimension of the array."},
    {"suboffsets", mv_get_suboffsets, NULL, NULL, "A tuple of integers used internally for PIL-style arrays."},
    {"c_contiguous", mv_get_contiguous, NULL, NULL, "A bool indicating whether the memory is C contiguous."},
    {"f_contiguous", mv_get_contiguous, NULL, NULL, "A bool indicating whether the memory is Fortran contiguous."},
    {"contiguous", mv_get_contiguous, NULL, NULL, "A bool indicating whether the memory is contiguous."},
    {NULL, NULL, NULL, NULL, NULL},
};

Type MemoryView_Type = {
    TYPE_HEADER("memoryview", mv_dealloc),
    .tflags = TF_HAS_GC,
    .basicsize = sizeof(MemoryViewObj),
    .doc = "Create a new memoryview object which references the given object.",
    .methods = mv_methods,
    .getsets = mv_getsets,
    .traverse = mv_traverse,
    .repr = mv_repr,
    .hash = mv_hash,
    .richcompare = mv_richcompare,
    .iter = mv_iter,
    .tp_new = mv_tp_new,
    .len = mv_len,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
};
