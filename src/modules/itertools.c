/* The itertools module: the simple iterators (count, cycle, repeat,
 * accumulate, batched, chain, compress, dropwhile, takewhile,
 * filterfalse, islice, pairwise, starmap, zip_longest) and the module
 * table; the combinatoric ones, tee and groupby are in itertools_comb.c. */
#include "modules/itertools_internal.h"
#include "objects/module.h"

/* "pairwise expected 1 argument, got 0" */
static int exact_args(const char *name, size_t nargs, size_t n)
{
    if (nargs == n)
        return 0;
    err_set(&Exc_TypeError, "%s expected %zu argument%s, got %zu", name, n, n == 1 ? "" : "s", nargs);
    return -1;
}

/* Generic dealloc/traverse for objects whose fields after the header are
 * all Values (VAL_NULL allowed). */
#define VALUES_OBJ(ObjT, n_values)                                                \
    static void ObjT##_dealloc(Object *o)                                         \
    {                                                                             \
        Value *v = (Value *)((char *)o + sizeof(Object));                         \
        for (int i = 0; i < (n_values); i++)                                      \
            val_xdecref(v[i]);                                                    \
        obj_free(o);                                                              \
    }                                                                             \
    static int ObjT##_traverse(Object *o, int (*visit)(Value, void *), void *arg) \
    {                                                                             \
        Value *v = (Value *)((char *)o + sizeof(Object));                         \
        for (int i = 0; i < (n_values); i++)                                      \
            if (v[i]) {                                                           \
                int r = visit(v[i], arg);                                         \
                if (r)                                                            \
                    return r;                                                     \
            }                                                                     \
        return 0;                                                                 \
    }

#define ITER_TYPE(var, pyname, ObjT, next_fn, ...)                                \
    Type var = {                                                                  \
        TYPE_HEADER("itertools." pyname, ObjT##_dealloc),                         \
        .tflags = TF_BASETYPE | TF_HAS_GC,                                        \
        .basicsize = sizeof(ObjT),                                                \
        .iter = it_self,                                                          \
        .iternext = next_fn,                                                      \
        .traverse = ObjT##_traverse,                                              \
        __VA_ARGS__};

/* ---- count ----------------------------------------------------------------- */

typedef struct {
    Object base;
    Value cnt, step; /* slow mode (VAL_NULL in fast mode) */
    int64_t fcnt, fstep;
    bool fast;
} CountObj;
VALUES_OBJ(CountObj, 2)

static bool is_number(Value v)
{
    Type *t = val_type(v);
    return val_is_int(v) || t->index || t->to_int || t->to_float || val_is_complex(v);
}

static Value count_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"start", "step"};
    static const ArgSpec spec = {"count", names, 2, 0, 0, 2};
    Value a[2];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    Value start = a[0] ? a[0] : val_from_int(0), step = a[1] ? a[1] : val_from_int(1);
    if (!is_number(start) || !is_number(step)) {
        err_set(&Exc_TypeError, "a number is required");
        return VAL_NULL;
    }
    CountObj *c = (CountObj *)obj_alloc(type, 0);
    if (!c)
        return VAL_NULL;
    if (val_is_int(start) && val_is_int(step)) {
        c->fast = true;
        c->fcnt = val_as_int(start);
        c->fstep = val_as_int(step);
    } else {
        c->cnt = val_ref(start);
        c->step = val_ref(step);
    }
    return (Value)c;
}

static Value count_next_locked(CountObj *c)
{
    if (c->fast) {
        int64_t r = c->fcnt, n;
        if (!__builtin_add_overflow(r, c->fstep, &n) && val_fits_int(n)) {
            c->fcnt = n;
            return val_from_int(r);
        }
        c->fast = false;
        c->cnt = val_from_int(r);
        c->step = val_from_int(c->fstep);
    }
    Value next = obj_binop(c->cnt, c->step, OP_ADD);
    if (!next)
        return VAL_NULL;
    Value r = c->cnt;
    c->cnt = next;
    return r;
}
IT_LOCKED_NEXT(count_next, count_next_locked, CountObj)

static Value count_repr(Value self)
{
    CountObj *c = (CountObj *)val_as_obj(self);
    CriticalSection cs;
    cs_begin(&cs, &c->base);
    Value cnt = c->fast ? val_from_int(c->fcnt) : val_ref(c->cnt);
    Value step = c->fast ? val_from_int(c->fstep) : val_ref(c->step);
    cs_end(&cs);
    Value r;
    if (val_is_int(step) && val_as_int(step) == 1)
        r = str_printf("%s(%R)", it_short_name(self), cnt);
    else
        r = str_printf("%s(%R, %R)", it_short_name(self), cnt, step);
    val_decref(cnt);
    val_decref(step);
    return r;
}

ITER_TYPE(Count_Type, "count", CountObj, count_next, .repr = count_repr, .tp_new = count_new,
          .doc = "Return a count object whose .__next__() method returns consecutive values.")

/* ---- cycle ------------------------------------------------------------------ */

typedef struct {
    Object base;
    Value it;
    Value saved; /* list */
    ssize_t index;
    bool firstpass_done;
} CycleObj;
VALUES_OBJ(CycleObj, 2)

static Value cycle_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("cycle", kw) < 0 || exact_args("cycle", nargs, 1) < 0)
        return VAL_NULL;
    Value it = obj_iter(args[0]);
    if (!it)
        return VAL_NULL;
    Object *saved = list_new(0);
    CycleObj *c = saved ? (CycleObj *)obj_alloc(type, 0) : NULL;
    if (!c) {
        val_decref(it);
        if (saved)
            obj_decref(saved);
        return VAL_NULL;
    }
    c->it = it;
    c->saved = (Value)saved;
    return (Value)c;
}

static Value cycle_next_locked(CycleObj *c)
{
    Object *saved = val_as_obj(c->saved);
    if (!c->firstpass_done) {
        Value item = obj_next(c->it);
        if (item) {
            if (list_append(saved, item) < 0) {
                val_decref(item);
                return VAL_NULL;
            }
            return item;
        }
        if (!it_exhausted())
            return VAL_NULL;
        c->firstpass_done = true;
        c->index = 0;
    }
    ssize_t n = list_size(saved);
    if (n == 0)
        return VAL_NULL;
    if (c->index >= n)
        c->index = 0;
    return list_get(saved, c->index++);
}
IT_LOCKED_NEXT(cycle_next, cycle_next_locked, CycleObj)

ITER_TYPE(Cycle_Type, "cycle", CycleObj, cycle_next, .tp_new = cycle_new,
          .doc = "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.")

/* ---- repeat ------------------------------------------------------------------ */

typedef struct {
    Object base;
    Value element;
    _Atomic int64_t remaining; /* -1: forever */
} RepeatObj;
VALUES_OBJ(RepeatObj, 1)

static Value repeat_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"object", "times"};
    static const ArgSpec spec = {"repeat", names, 2, 0, 1, 2};
    Value a[2];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    int64_t times = -1;
    if (a[1]) {
        if (val_is_float(a[1])) {
            err_set(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
            return VAL_NULL;
        }
        if (mod_arg_i64(a[1], &times) < 0)
            return VAL_NULL;
        if (times < 0)
            times = 0;
    }
    RepeatObj *r = (RepeatObj *)obj_alloc(type, 0);
    if (!r)
        return VAL_NULL;
    r->element = val_ref(a[0]);
    r->remaining = times;
    return (Value)r;
}

/* Lock-free: a CAS on the remaining count. */
static Value repeat_next(Value self)
{
    RepeatObj *r = (RepeatObj *)val_as_obj(self);
    int64_t n = atomic_load_explicit(&r->remaining, memory_order_relaxed);
    while (n != -1) {
        if (n == 0)
            return VAL_NULL;
        if (atomic_compare_exchange_weak_explicit(&r->remaining, &n, n - 1, memory_order_relaxed,
                                                  memory_order_relaxed))
            break;
    }
    return val_ref(r->element);
}

static Value repeat_repr(Value self)
{
    RepeatObj *r = (RepeatObj *)val_as_obj(self);
    int64_t n = atomic_load_explicit(&r->remaining, memory_order_relaxed);
    if (n == -1)
        return str_printf("%s(%R)", it_short_name(self), r->element);
    return str_printf("%s(%R, %lld)", it_short_name(self), r->element, (long long)n);
}

static Value repeat_length_hint(Value self, const Value *args, size_t nargs, Object *kw)
{
    RepeatObj *r = (RepeatObj *)val_as_obj(self);
    int64_t n = atomic_load_explicit(&r->remaining, memory_order_relaxed);
    if (n == -1) {
        err_set(&Exc_TypeError, "len() of unsized object");
        return VAL_NULL;
    }
    return int_from_i64(n);
}

static const MethodDef repeat_methods[] = {
    {"__length_hint__", repeat_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {0},
};

ITER_TYPE(Repeat_Type, "repeat", RepeatObj, repeat_next, .repr = repeat_repr,
          .tp_new = repeat_new, .methods = repeat_methods,
          .doc = "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.")

/* ---- accumulate -------------------------------------------------------------- */

typedef struct {
    Object base;
    Value it, func, total, initial;
} AccumulateObj;
VALUES_OBJ(AccumulateObj, 4)

static Value accumulate_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"iterable", "func", "initial"};
    static const ArgSpec spec = {"accumulate", names, 3, 0, 1, 2};
    Value a[3];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    Value it = obj_iter(a[0]);
    if (!it)
        return VAL_NULL;
    AccumulateObj *o = (AccumulateObj *)obj_alloc(type, 0);
    if (!o) {
        val_decref(it);
        return VAL_NULL;
    }
    o->it = it;
    o->func = a[1] && a[1] != VAL_NONE ? val_ref(a[1]) : VAL_NULL;
    o->initial = a[2] && a[2] != VAL_NONE ? val_ref(a[2]) : VAL_NULL;
    return (Value)o;
}

static Value accumulate_next_locked(AccumulateObj *o)
{
    if (o->initial) {
        o->total = o->initial;
        o->initial = VAL_NULL;
        return val_ref(o->total);
    }
    Value item = obj_next(o->it);
    if (!item)
        return VAL_NULL;
    if (!o->total) {
        o->total = val_ref(item);
        return item;
    }
    Value r;
    if (o->func)
        r = obj_call2(o->func, o->total, item);
    else if (!int_add_tagged(o->total, item, &r))
        r = obj_binop(o->total, item, OP_ADD);
    val_decref(item);
    if (!r)
        return VAL_NULL;
    val_replace(&o->total, val_ref(r));
    return r;
}
IT_LOCKED_NEXT(accumulate_next, accumulate_next_locked, AccumulateObj)

ITER_TYPE(Accumulate_Type, "accumulate", AccumulateObj, accumulate_next, .tp_new = accumulate_new,
          .doc = "Return series of accumulated sums (or other binary function results).")

/* ---- batched ------------------------------------------------------------------ */

typedef struct {
    Object base;
    Value it;
    ssize_t n;
    bool strict;
} BatchedObj;
VALUES_OBJ(BatchedObj, 1)

static Value batched_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"iterable", "n", "strict"};
    static const ArgSpec spec = {"batched", names, 3, 0, 2, 2};
    Value a[3];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    ssize_t n = obj_as_ssize(a[1], &Exc_OverflowError);
    if (n == -1 && err_occurred())
        return VAL_NULL;
    if (n < 1) {
        err_set(&Exc_ValueError, "n must be at least one");
        return VAL_NULL;
    }
    int strict = a[2] ? obj_is_true(a[2]) : 0;
    if (strict < 0)
        return VAL_NULL;
    Value it = obj_iter(a[0]);
    if (!it)
        return VAL_NULL;
    BatchedObj *o = (BatchedObj *)obj_alloc(type, 0);
    if (!o) {
        val_decref(it);
        return VAL_NULL;
    }
    o->it = it;
    o->n = n;
    o->strict = strict;
    return (Value)o;
}

static Value batched_next_locked(BatchedObj *o)
{
    if (!o->it)
        return VAL_NULL;
    ssize_t cap = o->n < 64 ? o->n : 64, len = 0;
    Value small[64];
    Value *buf = small;
    for (;;) {
        if (len == o->n)
            break;
        Value item = obj_next(o->it);
        if (!item) {
            if (!it_exhausted())
                goto fail;
            val_clear(&o->it);
            break;
        }
        if (len == cap) {
            ssize_t ncap = cap * 2 < o->n ? cap * 2 : o->n;
            Value *nb = mem_alloc((size_t)ncap * sizeof(Value));
            if (!nb) {
                val_decref(item);
                err_no_memory();
                goto fail;
            }
            memcpy(nb, buf, (size_t)len * sizeof(Value));
            if (buf != small)
                mem_free(buf);
            buf = nb;
            cap = ncap;
        }
        buf[len++] = item;
    }
    if (len == 0) {
        if (buf != small)
            mem_free(buf);
        return VAL_NULL;
    }
    if (o->strict && len < o->n) {
        err_set(&Exc_ValueError, "batched(): incomplete batch");
        goto fail;
    }
    Object *t = tuple_new(len);
    if (!t)
        goto fail;
    memcpy(tuple_items(t), buf, (size_t)len * sizeof(Value));
    if (buf != small)
        mem_free(buf);
    return (Value)t;
fail:
    for (ssize_t i = 0; i < len; i++)
        val_decref(buf[i]);
    if (buf != small)
        mem_free(buf);
    return VAL_NULL;
}
IT_LOCKED_NEXT(batched_next, batched_next_locked, BatchedObj)

ITER_TYPE(Batched_Type, "batched", BatchedObj, batched_next, .tp_new = batched_new,
          .doc = "Batch data into tuples of length n. The last batch may be shorter than n.")

/* ---- chain -------------------------------------------------------------------- */

typedef struct {
    Object base;
    Value source; /* iterator over the iterables */
    Value active; /* the current iterator */
} ChainObj;
VALUES_OBJ(ChainObj, 2)

static Value chain_make(Type *type, Value source)
{
    ChainObj *c = (ChainObj *)obj_alloc(type, 0);
    if (!c) {
        val_decref(source);
        return VAL_NULL;
    }
    c->source = source;
    return (Value)c;
}

static Value chain_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("chain", kw) < 0)
        return VAL_NULL;
    Object *t = tuple_from_array(args, (ssize_t)nargs);
    if (!t)
        return VAL_NULL;
    Value src = obj_iter((Value)t);
    obj_decref(t);
    return src ? chain_make(type, src) : VAL_NULL;
}

static Value chain_from_iterable(Value cls, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("chain.from_iterable", kw) < 0 ||
        args_count("chain.from_iterable", nargs, 1, 1) < 0)
        return VAL_NULL;
    Value src = obj_iter(args[0]);
    return src ? chain_make((Type *)val_as_obj(cls), src) : VAL_NULL;
}

static Value chain_next_locked(ChainObj *c)
{
    for (;;) {
        if (!c->active) {
            if (!c->source)
                return VAL_NULL;
            Value iterable = obj_next(c->source);
            if (!iterable) {
                if (!err_occurred())
                    val_clear(&c->source);
                return VAL_NULL;
            }
            c->active = obj_iter(iterable);
            val_decref(iterable);
            if (!c->active)
                return VAL_NULL;
        }
        Value item = obj_next(c->active);
        if (item)
            return item;
        if (!it_exhausted())
            return VAL_NULL;
        val_clear(&c->active);
    }
}
IT_LOCKED_NEXT(chain_next, chain_next_locked, ChainObj)

static const MethodDef chain_methods[] = {
    {"from_iterable", chain_from_iterable, METH_CLASS,
     "Alternative chain() constructor taking a single iterable argument that evaluates lazily."},
    {0},
};

ITER_TYPE(Chain_Type, "chain", ChainObj, chain_next, .tp_new = chain_new, .methods = chain_methods,
          .doc = "Return a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.")

/* ---- compress --------------------------------------------------------------------- */

typedef struct {
    Object base;
    Value data, selectors;
} CompressObj;
VALUES_OBJ(CompressObj, 2)

static Value compress_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"data", "selectors"};
    static const ArgSpec spec = {"compress", names, 2, 0, 2, 2};
    Value a[2];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    Value d = obj_iter(a[0]);
    if (!d)
        return VAL_NULL;
    Value s = obj_iter(a[1]);
    if (!s) {
        val_decref(d);
        return VAL_NULL;
    }
    CompressObj *o = (CompressObj *)obj_alloc(type, 0);
    if (!o) {
        val_decref(d);
        val_decref(s);
        return VAL_NULL;
    }
    o->data = d;
    o->selectors = s;
    return (Value)o;
}

static Value compress_next_locked(CompressObj *o)
{
    for (;;) {
        Value d = obj_next(o->data);
        if (!d)
            return VAL_NULL;
        Value s = obj_next(o->selectors);
        if (!s) {
            val_decref(d);
            return VAL_NULL;
        }
        int t = obj_is_true(s);
        val_decref(s);
        if (t > 0)
            return d;
        val_decref(d);
        if (t < 0)
            return VAL_NULL;
    }
}
IT_LOCKED_NEXT(compress_next, compress_next_locked, CompressObj)

ITER_TYPE(Compress_Type, "compress", CompressObj, compress_next, .tp_new = compress_new,
          .doc = "Return data elements corresponding to true selector elements.")

/* ---- dropwhile, takewhile, filterfalse, starmap ------------------------------------- */

typedef struct {
    Object base;
    Value func, it;
    int state; /* dropwhile: done dropping; takewhile: stopped */
} PredObj;
VALUES_OBJ(PredObj, 2)

static Value pred_new(Type *type, const char *name, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw(name, kw) < 0 || exact_args(name, nargs, 2) < 0)
        return VAL_NULL;
    Value it = obj_iter(args[1]);
    if (!it)
        return VAL_NULL;
    PredObj *o = (PredObj *)obj_alloc(type, 0);
    if (!o) {
        val_decref(it);
        return VAL_NULL;
    }
    o->func = val_ref(args[0]);
    o->it = it;
    return (Value)o;
}

static Value dropwhile_new(Type *t, const Value *a, size_t n, Object *kw) { return pred_new(t, "dropwhile", a, n, kw); }
static Value takewhile_new(Type *t, const Value *a, size_t n, Object *kw) { return pred_new(t, "takewhile", a, n, kw); }
static Value filterfalse_new(Type *t, const Value *a, size_t n, Object *kw) { return pred_new(t, "filterfalse", a, n, kw); }
static Value starmap_new(Type *t, const Value *a, size_t n, Object *kw) { return pred_new(t, "starmap", a, n, kw); }

/* func(item) as a truth value: 0/1, -1 on error. func None: item itself. */
static int pred_test(Value func, Value item)
{
    if (func == VAL_NONE)
        return obj_is_true(item);
    Value r = obj_call1(func, item);
    if (!r)
        return -1;
    int t = obj_is_true(r);
    val_decref(r);
    return t;
}

static Value dropwhile_next_locked(PredObj *o)
{
    for (;;) {
        Value item = obj_next(o->it);
        if (!item || o->state)
            return item;
        int t = pred_test(o->func, item);
        if (t == 0) {
            o->state = 1;
            return item;
        }
        val_decref(item);
        if (t < 0)
            return VAL_NULL;
    }
}
IT_LOCKED_NEXT(dropwhile_next, dropwhile_next_locked, PredObj)

static Value takewhile_next_locked(PredObj *o)
{
    if (o->state)
        return VAL_NULL;
    Value item = obj_next(o->it);
    if (!item)
        return VAL_NULL;
    int t = pred_test(o->func, item);
    if (t > 0)
        return item;
    val_decref(item);
    if (t == 0)
        o->state = 1;
    return VAL_NULL;
}
IT_LOCKED_NEXT(takewhile_next, takewhile_next_locked, PredObj)

static Value filterfalse_next_locked(PredObj *o)
{
    for (;;) {
        Value item = obj_next(o->it);
        if (!item)
            return VAL_NULL;
        int t = pred_test(o->func, item);
        if (t == 0)
            return item;
        val_decref(item);
        if (t < 0)
            return VAL_NULL;
    }
}
IT_LOCKED_NEXT(filterfalse_next, filterfalse_next_locked, PredObj)

static Value starmap_next_locked(PredObj *o)
{
    Value item = obj_next(o->it);
    if (!item)
        return VAL_NULL;
    Value t = val_is_tuple(item) && val_type(item) == &Tuple_Type ? val_ref(item) : VAL_NULL;
    if (!t) {
        Object *tt = tuple_from_iterable(item);
        t = tt ? (Value)tt : VAL_NULL;
    }
    val_decref(item);
    if (!t)
        return VAL_NULL;
    Value r = obj_call(o->func, tuple_items(val_as_obj(t)), (size_t)tuple_size(val_as_obj(t)), NULL);
    val_decref(t);
    return r;
}
IT_LOCKED_NEXT(starmap_next, starmap_next_locked, PredObj)

ITER_TYPE(DropWhile_Type, "dropwhile", PredObj, dropwhile_next, .tp_new = dropwhile_new,
          .doc = "Drop items from the iterable while predicate(item) is true.")
ITER_TYPE(TakeWhile_Type, "takewhile", PredObj, takewhile_next, .tp_new = takewhile_new,
          .doc = "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.")
ITER_TYPE(FilterFalse_Type, "filterfalse", PredObj, filterfalse_next, .tp_new = filterfalse_new,
          .doc = "Return those items of iterable for which function(item) is false.")
ITER_TYPE(StarMap_Type, "starmap", PredObj, starmap_next, .tp_new = starmap_new,
          .doc = "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.")

/* ---- islice -------------------------------------------------------------------- */

typedef struct {
    Object base;
    Value it;
    ssize_t next, stop, step, cnt; /* stop -1: none */
} ISliceObj;
VALUES_OBJ(ISliceObj, 1)

/* An islice bound: 0 and *out (dflt for None), 1 when not an integer
 * that fits, 2 when negative. */
static int islice_bound(Value v, ssize_t dflt, ssize_t *out)
{
    if (v == VAL_NONE) {
        *out = dflt;
        return 0;
    }
    if (!val_is_int_like(v) && !val_type(v)->index)
        return 1;
    ssize_t n = obj_as_ssize(v, &Exc_OverflowError);
    if (n == -1 && err_occurred()) {
        err_clear();
        return 1;
    }
    if (n < 0)
        return 2;
    *out = n;
    return 0;
}

static Value islice_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    static const char stop_msg[] = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    static const char idx_msg[] = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    if (args_no_kw("islice", kw) < 0 || args_count("islice", nargs, 2, 4) < 0)
        return VAL_NULL;
    ssize_t start = 0, stop = -1, step = 1;
    if (nargs == 2) {
        if (islice_bound(args[1], -1, &stop) != 0) {
            err_set(&Exc_ValueError, stop_msg);
            return VAL_NULL;
        }
    } else {
        int rstop = islice_bound(args[2], -1, &stop);
        if (rstop == 1) {
            err_set(&Exc_ValueError, stop_msg);
            return VAL_NULL;
        }
        if (islice_bound(args[1], 0, &start) != 0 || rstop != 0) {
            err_set(&Exc_ValueError, idx_msg);
            return VAL_NULL;
        }
        if (nargs == 4 && (islice_bound(args[3], 1, &step) != 0 || step < 1)) {
            err_set(&Exc_ValueError, "Step for islice() must be a positive integer or None.");
            return VAL_NULL;
        }
    }
    Value it = obj_iter(args[0]);
    if (!it)
        return VAL_NULL;
    ISliceObj *o = (ISliceObj *)obj_alloc(type, 0);
    if (!o) {
        val_decref(it);
        return VAL_NULL;
    }
    o->it = it;
    o->next = start;
    o->stop = stop;
    o->step = step;
    return (Value)o;
}

static Value islice_next_locked(ISliceObj *o)
{
    if (!o->it)
        return VAL_NULL;
    while (o->cnt < o->next) {
        Value item = obj_next(o->it);
        if (!item)
            goto empty;
        val_decref(item);
        o->cnt++;
    }
    if (o->stop != -1 && o->cnt >= o->stop)
        goto empty;
    Value item = obj_next(o->it);
    if (!item)
        goto empty;
    o->cnt++;
    ssize_t old = o->next;
    o->next += o->step;
    if (o->next < old || (o->stop != -1 && o->next > o->stop))
        o->next = o->stop;
    return item;
empty:
    if (!err_occurred())
        val_clear(&o->it);
    return VAL_NULL;
}
IT_LOCKED_NEXT(islice_next, islice_next_locked, ISliceObj)

ITER_TYPE(ISlice_Type, "islice", ISliceObj, islice_next, .tp_new = islice_new,
          .doc = "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object")

/* ---- pairwise ----------------------------------------------------------------- */

typedef struct {
    Object base;
    Value it, old;
} PairwiseObj;
VALUES_OBJ(PairwiseObj, 2)

static Value pairwise_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("pairwise", kw) < 0 || exact_args("pairwise", nargs, 1) < 0)
        return VAL_NULL;
    Value it = obj_iter(args[0]);
    if (!it)
        return VAL_NULL;
    PairwiseObj *o = (PairwiseObj *)obj_alloc(type, 0);
    if (!o) {
        val_decref(it);
        return VAL_NULL;
    }
    o->it = it;
    return (Value)o;
}

static Value pairwise_next_locked(PairwiseObj *o)
{
    if (!o->it)
        return VAL_NULL;
    if (!o->old) {
        o->old = obj_next(o->it);
        if (!o->old) {
            if (!err_occurred())
                val_clear(&o->it);
            return VAL_NULL;
        }
    }
    Value item = obj_next(o->it);
    if (!item) {
        if (!err_occurred()) {
            val_clear(&o->it);
            val_clear(&o->old);
        }
        return VAL_NULL;
    }
    Object *t = tuple_pack(2, o->old, item);
    val_replace(&o->old, item);
    return t ? (Value)t : VAL_NULL;
}
IT_LOCKED_NEXT(pairwise_next, pairwise_next_locked, PairwiseObj)

ITER_TYPE(Pairwise_Type, "pairwise", PairwiseObj, pairwise_next, .tp_new = pairwise_new,
          .doc = "Return an iterator of overlapping pairs taken from the input iterator.")

/* ---- zip_longest ----------------------------------------------------------------- */

typedef struct {
    Object base;
    Value iters;     /* tuple; exhausted ones replaced by None */
    Value fillvalue;
    ssize_t active;
} ZipLongestObj;
VALUES_OBJ(ZipLongestObj, 2)

static Value zip_longest_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    Value fill = VAL_NONE;
    for (ssize_t i = 0; kw && i < tuple_size(kw); i++) {
        if (!str_eq_cstr(val_as_str(tuple_get(kw, i)), "fillvalue")) {
            err_set(&Exc_TypeError, "zip_longest() got an unexpected keyword argument");
            return VAL_NULL;
        }
        fill = args[nargs + (size_t)i];
    }
    Object *iters = tuple_new((ssize_t)nargs);
    if (!iters)
        return VAL_NULL;
    for (size_t i = 0; i < nargs; i++) {
        Value it = obj_iter(args[i]);
        if (!it) {
            obj_decref(iters);
            return VAL_NULL;
        }
        tuple_items(iters)[i] = it;
    }
    ZipLongestObj *o = (ZipLongestObj *)obj_alloc(type, 0);
    if (!o) {
        obj_decref(iters);
        return VAL_NULL;
    }
    o->iters = (Value)iters;
    o->fillvalue = val_ref(fill);
    o->active = (ssize_t)nargs;
    return (Value)o;
}

static Value zip_longest_next_locked(ZipLongestObj *o)
{
    Object *iters = val_as_obj(o->iters);
    ssize_t n = tuple_size(iters);
    if (n == 0 || o->active == 0)
        return VAL_NULL;
    Object *t = tuple_new(n);
    if (!t)
        return VAL_NULL;
    for (ssize_t i = 0; i < n; i++) {
        Value it = tuple_items(iters)[i];
        Value item;
        if (it == VAL_NONE) {
            item = val_ref(o->fillvalue);
        } else {
            item = obj_next(it);
            if (!item) {
                if (!it_exhausted() || --o->active == 0) {
                    if (!err_occurred())
                        o->active = 0;
                    obj_decref(t);
                    return VAL_NULL;
                }
                tuple_items(iters)[i] = VAL_NONE;
                val_decref(it);
                item = val_ref(o->fillvalue);
            }
        }
        tuple_items(t)[i] = item;
    }
    return (Value)t;
}
IT_LOCKED_NEXT(zip_longest_next, zip_longest_next_locked, ZipLongestObj)

ITER_TYPE(ZipLongest_Type, "zip_longest", ZipLongestObj, zip_longest_next, .tp_new = zip_longest_new,
          .doc = "Return a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.")

/* ---- the module ------------------------------------------------------------------ */

static const MethodDef itertools_functions[] = {
    {"tee", itertools_tee, 0, "Returns a tuple of n independent iterators."},
    {0},
};

int itertools_module_init(Value m)
{
    Type *types[] = {
        &Accumulate_Type, &Batched_Type, &Chain_Type, &Combinations_Type, &CWR_Type,
        &Compress_Type, &Count_Type, &Cycle_Type, &DropWhile_Type, &FilterFalse_Type,
        &GroupBy_Type, &ISlice_Type, &Pairwise_Type, &Permutations_Type, &Product_Type,
        &Repeat_Type, &StarMap_Type, &TakeWhile_Type, &ZipLongest_Type, &Grouper_Type,
        &Tee_Type, &TeeData_Type,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (module_add_type(m, types[i]) < 0)
            return -1;
    return module_add_functions(m, itertools_functions);
}
