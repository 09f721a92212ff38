/* tuple: construction, hashing (CPython's xxHash-based combination),
 * comparison, indexing and slicing, concatenation and repetition, and
 * the tuple iterator. */
#include <string.h>

#include "cont_internal.h"
#include "intobj.h"
#include "listobj.h"
#include "sliceobj.h"
#include "tupleobj.h"

static TupleObj empty_tuple = {.base = OBJ_STATIC_HEADER(&Tuple_Type), .size = 0};

Value tuple_empty(void) { return val_from_obj(&empty_tuple.base); }

static Object *tuple_alloc(Type *type, ssize_t n)
{
    if (n < 0) {
        err_set(&Exc_SystemError, "negative tuple size");
        return NULL;
    }
    if ((size_t)n > (SIZE_MAX - sizeof(TupleObj)) / sizeof(Value)) {
        err_no_memory();
        return NULL;
    }
    TupleObj *t = (TupleObj *)obj_alloc(type, (size_t)n);
    if (!t)
        return NULL;
    t->size = n; /* items are zeroed (VAL_NULL) by obj_alloc */
    return &t->base;
}

Object *tuple_new(ssize_t n)
{
    if (n == 0)
        return &empty_tuple.base;
    return tuple_alloc(&Tuple_Type, n);
}

Object *tuple_from_array(const Value *items, ssize_t n)
{
    if (n == 0)
        return &empty_tuple.base;
    Object *t = tuple_alloc(&Tuple_Type, n);
    if (!t)
        return NULL;
    Value *dst = tuple_items(t);
    for (ssize_t i = 0; i < n; i++)
        dst[i] = val_ref(items[i]);
    return t;
}

Object *tuple_pack(ssize_t n, ...)
{
    if (n == 0)
        return &empty_tuple.base;
    Object *t = tuple_alloc(&Tuple_Type, n);
    if (!t)
        return NULL;
    va_list ap;
    va_start(ap, n);
    for (ssize_t i = 0; i < n; i++)
        tuple_items(t)[i] = val_ref(va_arg(ap, Value));
    va_end(ap);
    return t;
}

Object *tuple_slice(Object *t, ssize_t start, ssize_t end)
{
    ssize_t n = tuple_size(t);
    if (start < 0)
        start = 0;
    if (end > n)
        end = n;
    if (end < start)
        end = start;
    if (start == 0 && end == n && t->type == &Tuple_Type) {
        obj_incref(t);
        return t;
    }
    return tuple_from_array(tuple_items(t) + start, end - start);
}

Object *tuple_from_iterable(Value iterable)
{
    if (val_is_obj(iterable) && val_as_obj(iterable)->type == &Tuple_Type) {
        obj_incref(val_as_obj(iterable));
        return val_as_obj(iterable);
    }
    if (val_is_list(iterable))
        return list_as_tuple(val_as_obj(iterable));
    /* Collect into a list, then copy: the list grows amortised. */
    Object *l = list_from_iterable(iterable);
    if (!l)
        return NULL;
    Object *t = list_as_tuple(l);
    obj_decref(l);
    return t;
}

static void tuple_dealloc(Object *o)
{
    TupleObj *t = (TupleObj *)o;
    for (ssize_t i = 0; i < t->size; i++)
        val_xdecref(t->items[i]);
    obj_free(o);
}

static int tuple_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    TupleObj *t = (TupleObj *)o;
    for (ssize_t i = 0; i < t->size; i++)
        if (t->items[i]) {
            int r = visit(t->items[i], arg);
            if (r)
                return r;
        }
    return 0;
}

/* ---- Protocol slots ------------------------------------------------------ */

static Value tuple_repr(Value self)
{
    TupleObj *t = val_as_tuple(self);
    if (t->size == 0)
        return str_from_ascii("()", 2);
    if (t->size == 1) {
        /* "(x,)": the trailing comma distinguishes it from parentheses. */
        int rec = obj_repr_enter(self);
        if (rec < 0)
            return VAL_NULL;
        if (rec > 0)
            return str_from_ascii("(...)", 5);
        StrBuilder b;
        sb_init(&b);
        sb_add_char(&b, '(');
        if (sb_add_repr(&b, t->items[0]) < 0) {
            sb_discard(&b);
            obj_repr_leave(self);
            return VAL_NULL;
        }
        sb_add_ascii(&b, ",)");
        obj_repr_leave(self);
        return sb_finish(&b);
    }
    return cont_repr_items(self, "(", t->items, t->size, ")", "(...)");
}

static hash_t tuple_hash(Value self)
{
    TupleObj *t = val_as_tuple(self);
    uint64_t acc = XXPRIME_5;
    for (ssize_t i = 0; i < t->size; i++) {
        hash_t lane = obj_hash(t->items[i]);
        if (lane == -1)
            return -1;
        acc = xx_lane(acc, (uint64_t)lane);
    }
    acc += (uint64_t)t->size ^ (XXPRIME_5 ^ 3527539ULL);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (hash_t)acc;
}

static Value tuple_richcompare(Value a, Value b, int op)
{
    if (!val_is_tuple(b))
        return val_ref(VAL_NOTIMPL);
    TupleObj *x = val_as_tuple(a), *y = val_as_tuple(b);
    return cont_seq_compare(x->items, x->size, y->items, y->size, op);
}

static ssize_t tuple_len(Value self) { return val_as_tuple(self)->size; }

static Value tuple_getitem(Value self, Value key)
{
    TupleObj *t = val_as_tuple(self);
    ssize_t i;
    int r = cont_index_value(key, &i);
    if (r < 0)
        return VAL_NULL;
    if (r > 0) {
        if (i < 0)
            i += t->size;
        if ((size_t)i >= (size_t)t->size) {
            err_index_out_of_range("tuple index out of range");
            return VAL_NULL;
        }
        return val_ref(t->items[i]);
    }
    if (val_is_slice(key)) {
        ssize_t start, stop, step, n;
        if (slice_unpack(key, t->size, &start, &stop, &step, &n) < 0)
            return VAL_NULL;
        if (step == 1)
            return val_from_obj(tuple_slice(&t->base, start, stop));
        if (n == 0)
            return tuple_empty();
        Object *res = tuple_new(n);
        if (!res)
            return VAL_NULL;
        for (ssize_t k = 0, j = start; k < n; k++, j += step)
            tuple_items(res)[k] = val_ref(t->items[j]);
        return val_from_obj(res);
    }
    cont_bad_index("tuple", key);
    return VAL_NULL;
}

static int tuple_contains(Value self, Value item)
{
    TupleObj *t = val_as_tuple(self);
    for (ssize_t i = 0; i < t->size; i++) {
        int r = obj_richcompare_bool(t->items[i], item, CMP_EQ);
        if (r != 0)
            return r;
    }
    return 0;
}

static Value tuple_iter(Value self) { return tupleiter_new(val_as_obj(self)); }

static Value tuple_concat(Value a, Value b)
{
    if (!val_is_tuple(a))
        return val_ref(VAL_NOTIMPL);
    if (!val_is_tuple(b)) {
        Value r = cont_seq_reflected(a, b, OP_ADD, &Tuple_Type);
        if (!r && !err_occurred())
            err_set(&Exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                    type_name(val_type(b)));
        return r;
    }
    TupleObj *x = val_as_tuple(a), *y = val_as_tuple(b);
    if (y->size == 0 && x->base.type == &Tuple_Type)
        return val_ref(a);
    if (x->size == 0 && y->base.type == &Tuple_Type)
        return val_ref(b);
    if (x->size > PTRDIFF_MAX / 2 - y->size)
        return err_no_memory();
    Object *t = tuple_new(x->size + y->size);
    if (!t)
        return VAL_NULL;
    Value *dst = tuple_items(t);
    for (ssize_t i = 0; i < x->size; i++)
        dst[i] = val_ref(x->items[i]);
    for (ssize_t i = 0; i < y->size; i++)
        dst[x->size + i] = val_ref(y->items[i]);
    return val_from_obj(t);
}

static Value tuple_repeat(Value a, Value b)
{
    bool left = val_is_tuple(a);
    Value seq = left ? a : b, count = left ? b : a;
    ssize_t n;
    int r = cont_repeat_count(count, &n);
    if (r < 0)
        return VAL_NULL;
    if (r == 0)
        return cont_seq_repeat_fallback(a, b, left, &Tuple_Type);
    TupleObj *t = val_as_tuple(seq);
    if (t->size == 0 || n == 0)
        return tuple_empty();
    if (n == 1 && t->base.type == &Tuple_Type)
        return val_ref(seq);
    if (t->size > PTRDIFF_MAX / (ssize_t)sizeof(Value) / n)
        return err_no_memory();
    Object *res = tuple_new(t->size * n);
    if (!res)
        return VAL_NULL;
    Value *dst = tuple_items(res);
    for (ssize_t k = 0; k < n; k++)
        for (ssize_t i = 0; i < t->size; i++)
            *dst++ = val_ref(t->items[i]);
    return val_from_obj(res);
}

static Value tuple_tp_new(Type *type, const Value *args, size_t nargs, Object *kwnames)
{
    if (type == &Tuple_Type && args_no_kw("tuple", kwnames) < 0)
        return VAL_NULL;
    if (args_count("tuple", nargs, 0, 1) < 0)
        return VAL_NULL;
    if (type == &Tuple_Type)
        return nargs ? val_from_obj(tuple_from_iterable(args[0])) : tuple_empty();
    /* Subclass: build a plain tuple, then copy into an instance of type. */
    Object *tmp = nargs ? tuple_from_iterable(args[0]) : tuple_new(0);
    if (!tmp)
        return VAL_NULL;
    ssize_t n = tuple_size(tmp);
    Object *t = tuple_alloc(type, n);
    if (t)
        for (ssize_t i = 0; i < n; i++)
            tuple_items(t)[i] = val_ref(tuple_items(tmp)[i]);
    obj_decref(tmp);
    return t ? val_from_obj(t) : VAL_NULL;
}

/* ---- Methods ------------------------------------------------------------- */

static Value tuple_count(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("count", kwnames) < 0 || args_count("count", nargs, 1, 1) < 0)
        return VAL_NULL;
    TupleObj *t = val_as_tuple(self);
    int64_t count = 0;
    for (ssize_t i = 0; i < t->size; i++) {
        int r = obj_richcompare_bool(t->items[i], args[0], CMP_EQ);
        if (r < 0)
            return VAL_NULL;
        count += r;
    }
    return val_from_int(count);
}

/* start/stop arguments of index(): __index__ values clamped (CPython's
 * _PyEval_SliceIndexNotNone), negative ones relative to len. */
static int clamp_bound(Value v, ssize_t len, ssize_t *out)
{
    if (!v)
        return 0;
    if (!val_is_int(v) && !val_type(v)->index) {
        err_set(&Exc_TypeError,
                "slice indices must be integers or have an __index__ method");
        return -1;
    }
    ssize_t i = obj_as_ssize(v, NULL);
    if (i == -1 && err_occurred())
        return -1;
    if (i < 0) {
        i += len;
        if (i < 0)
            i = 0;
    }
    *out = i;
    return 0;
}

static Value tuple_index(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("index", kwnames) < 0 || args_count("index", nargs, 1, 3) < 0)
        return VAL_NULL;
    TupleObj *t = val_as_tuple(self);
    ssize_t start = 0, stop = PTRDIFF_MAX;
    if (clamp_bound(nargs > 1 ? args[1] : VAL_NULL, t->size, &start) < 0 ||
        clamp_bound(nargs > 2 ? args[2] : VAL_NULL, t->size, &stop) < 0)
        return VAL_NULL;
    for (ssize_t i = start; i < stop && i < t->size; i++) {
        int r = obj_richcompare_bool(t->items[i], args[0], CMP_EQ);
        if (r < 0)
            return VAL_NULL;
        if (r)
            return val_from_int(i);
    }
    err_set(&Exc_ValueError, "tuple.index(x): x not in tuple");
    return VAL_NULL;
}

static Value tuple_getnewargs(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("__getnewargs__", kwnames) < 0 || args_count("__getnewargs__", nargs, 0, 0) < 0)
        return VAL_NULL;
    TupleObj *t = val_as_tuple(self);
    Object *copy = tuple_from_array(t->items, t->size);
    if (!copy)
        return VAL_NULL;
    Object *res = tuple_pack(1, val_from_obj(copy));
    obj_decref(copy);
    return res ? val_from_obj(res) : VAL_NULL;
}

static Value tuple_sizeof(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_count("__sizeof__", nargs, 0, 0) < 0)
        return VAL_NULL;
    return val_from_int((int64_t)(val_type(self)->basicsize +
                                  (size_t)val_as_tuple(self)->size * sizeof(Value)));
}

static const MethodDef tuple_methods[] = {
    {"count", tuple_count, 0, "Return number of occurrences of value."},
    {"index", tuple_index, 0, "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"__getnewargs__", tuple_getnewargs, 0, NULL},
    {"__sizeof__", tuple_sizeof, 0, "Return the size of the tuple in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};

Type Tuple_Type = {
    TYPE_HEADER("tuple", tuple_dealloc),
    .tflags = TF_BASETYPE | TF_TUPLE_SUBCLASS | TF_HAS_GC | TF_IMMUTABLE,
    .basicsize = sizeof(TupleObj),
    .itemsize = sizeof(Value),
    .doc = "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\n"
           "If iterable is specified the tuple is initialized from iterable's items.\n\n"
           "If the argument is a tuple, the return value is the same object.",
    .methods = tuple_methods,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .tp_new = tuple_tp_new,
    .traverse = tuple_traverse,
    .binop[OP_ADD] = tuple_concat,
    .binop[OP_MUL] = tuple_repeat,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
};

/* ---- Iterator ------------------------------------------------------------ */

/* A shared iterator may be advanced by several threads: the index is an
 * atomic word (a racy step may repeat or skip an item, never crash), and
 * the tuple stays referenced until the iterator dies. */
typedef struct TupleIterObj {
    Object base;
    Object *tuple;
    _Atomic ssize_t index; /* PTRDIFF_MAX once exhausted */
} TupleIterObj;

Value tupleiter_new(Object *t)
{
    TupleIterObj *it = (TupleIterObj *)obj_alloc(&TupleIter_Type, 0);
    if (!it)
        return VAL_NULL;
    obj_incref(t);
    it->tuple = t;
    atomic_init(&it->index, 0);
    return val_from_obj(&it->base);
}

static void tupleiter_dealloc(Object *o)
{
    obj_decref(((TupleIterObj *)o)->tuple);
    obj_free(o);
}

static int tupleiter_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    return visit(val_from_obj(((TupleIterObj *)o)->tuple), arg);
}

static Value iter_self(Value self) { return val_ref(self); }

static Value tupleiter_next(Value self)
{
    TupleIterObj *it = (TupleIterObj *)val_as_obj(self);
    ssize_t i = atomic_load_explicit(&it->index, memory_order_relaxed);
    if (i < tuple_size(it->tuple)) {
        atomic_store_explicit(&it->index, i + 1, memory_order_relaxed);
        return val_ref(tuple_items(it->tuple)[i]);
    }
    atomic_store_explicit(&it->index, PTRDIFF_MAX, memory_order_relaxed);
    return VAL_NULL;
}

static Value tupleiter_length_hint(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    TupleIterObj *it = (TupleIterObj *)val_as_obj(self);
    ssize_t i = atomic_load_explicit(&it->index, memory_order_relaxed);
    return val_from_int(i < tuple_size(it->tuple) ? tuple_size(it->tuple) - i : 0);
}

static const MethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

Type TupleIter_Type = {
    TYPE_HEADER("tuple_iterator", tupleiter_dealloc),
    .tflags = TF_HAS_GC | TF_IMMUTABLE,
    .basicsize = sizeof(TupleIterObj),
    .methods = tupleiter_methods,
    .iter = iter_self,
    .iternext = tupleiter_next,
    .traverse = tupleiter_traverse,
};
