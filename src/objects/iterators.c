/* The builtin iterator types: enumerate, zip, map, filter, reversed, and
 * the sequence and callable iterators behind iter(). An iterator keeps
 * what it references until it dies (never dropped at exhaustion), so two
 * threads advancing one iterator cannot free it under each other. */
#include "cont_internal.h"
#include "intobj.h"
#include "iterobj.h"
#include "mem.h"
#include "tupleobj.h"

static Value iter_self(Value self) { return val_ref(self); }

/* A StopIteration raised inside a step ends the iteration quietly. */
static bool end_of_iteration(void)
{
    if (err_matches(&Exc_StopIteration)) {
        err_clear();
        return true;
    }
    return !err_occurred();
}

/* ---- enumerate ------------------------------------------------------------ */

typedef struct EnumerateObj {
    Object base;
    Value it;
    int64_t index;  /* the next count while it fits */
    Value big;      /* the next count once it no longer fits (or VAL_NULL) */
} EnumerateObj;

static Value enumerate_new(Type *type, const Value *args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"iterable", "start"};
    static const ArgSpec spec = {"enumerate", names, 2, 0, 1, 2};
    Value a[2];
    if (args_parse(&spec, args, nargs, kwnames, a) < 0)
        return VAL_NULL;
    Value start = VAL_NULL;
    if (a[1]) {
        start = obj_index(a[1]);
        if (!start)
            return VAL_NULL;
    }
    Value it = obj_iter(a[0]);
    if (!it) {
        val_xdecref(start);
        return VAL_NULL;
    }
    EnumerateObj *e = (EnumerateObj *)obj_alloc(type, 0);
    if (!e) {
        val_decref(it);
        val_xdecref(start);
        return VAL_NULL;
    }
    e->it = it;
    e->index = 0;
    e->big = VAL_NULL;
    if (start) {
        int64_t i;
        if (val_is_int(start) && int_as_i64(start, &i) == 0 && i < VAL_INT_MAX) {
            e->index = i;
            val_decref(start);
        } else {
            err_clear();
            e->big = int_exact(start);
            val_decref(start);
            if (!e->big) {
                obj_decref(&e->base);
                return VAL_NULL;
            }
        }
    }
    return val_from_obj(&e->base);
}

static void enumerate_dealloc(Object *o)
{
    EnumerateObj *e = (EnumerateObj *)o;
    val_xdecref(e->it);
    val_xdecref(e->big);
    obj_free(o);
}

static int enumerate_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    EnumerateObj *e = (EnumerateObj *)o;
    int r = visit(e->it, arg);
    return r ? r : e->big ? visit(e->big, arg) : 0;
}

static Value enumerate_next(Value self)
{
    EnumerateObj *e = (EnumerateObj *)val_as_obj(self);
    Value item = obj_next(e->it);
    if (!item)
        return VAL_NULL;
    Value count;
    if (!e->big) {
        count = val_from_int(e->index);
        if (e->index + 1 > VAL_INT_MAX)
            e->big = int_from_i64(e->index + 1);
        else
            e->index++;
    } else {
        count = e->big;
        e->big = obj_binop(count, val_from_int(1), OP_ADD);
        if (!e->big) {
            e->big = count;
            val_decref(item);
            return VAL_NULL;
        }
    }
    Object *t = tuple_new(2);
    if (!t) {
        val_decref(count);
        val_decref(item);
        return VAL_NULL;
    }
    tuple_items(t)[0] = count;
    tuple_items(t)[1] = item;
    return val_from_obj(t);
}

Type Enumerate_Type = {
    TYPE_HEADER("enumerate", enumerate_dealloc),
    .tflags = TF_BASETYPE | TF_HAS_GC | TF_IMMUTABLE,
    .basicsize = sizeof(EnumerateObj),
    .doc = "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\n"
           "The enumerate object yields pairs containing a count (from start, which\n"
           "defaults to zero) and a value yielded by the iterable argument.\n\n"
           "enumerate is useful for obtaining an indexed list:\n"
           "    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...",
    .iter = iter_self,
    .iternext = enumerate_next,
    .tp_new = enumerate_new,
    .traverse = enumerate_traverse,
};

/* ---- zip and map ------------------------------------------------------------ */

typedef struct ZipObj {
    Object base;
    Object *iters; /* tuple of iterators */
    Value func;    /* map's function; VAL_NULL for zip */
    bool strict;
} ZipObj;

/* Splits off a trailing strict= keyword. */
static int parse_strict(const char *fname, size_t nargs, Object *kwnames, const Value *args,
                        bool *strict)
{
    *strict = false;
    if (!kwnames)
        return 0;
    for (ssize_t i = 0; i < tuple_size(kwnames); i++) {
        Value k = tuple_items(kwnames)[i];
        if (!str_eq_cstr(val_as_str(k), "strict")) {
            err_set(&Exc_TypeError, "%s() got an unexpected keyword argument '%U'", fname,
                    val_as_obj(k));
            return -1;
        }
        int t = obj_is_true(args[nargs + i]);
        if (t < 0)
            return -1;
        *strict = t;
    }
    return 0;
}

static Value zipmap_make(Type *type, Value func, const Value *iterables, size_t n, bool strict)
{
    Object *iters = tuple_new((ssize_t)n);
    if (!iters)
        return VAL_NULL;
    for (size_t i = 0; i < n; i++) {
        Value it = obj_iter(iterables[i]);
        if (!it) {
            obj_decref(iters);
            return VAL_NULL;
        }
        tuple_items(iters)[i] = it;
    }
    ZipObj *z = (ZipObj *)obj_alloc(type, 0);
    if (!z) {
        obj_decref(iters);
        return VAL_NULL;
    }
    z->iters = iters;
    z->func = func ? val_ref(func) : VAL_NULL;
    z->strict = strict;
    return val_from_obj(&z->base);
}

static Value zip_new(Type *type, const Value *args, size_t nargs, Object *kwnames)
{
    bool strict;
    if (parse_strict("zip", nargs, kwnames, args, &strict) < 0)
        return VAL_NULL;
    return zipmap_make(type, VAL_NULL, args, nargs, strict);
}

static Value map_new(Type *type, const Value *args, size_t nargs, Object *kwnames)
{
    bool strict;
    if (parse_strict("map", nargs, kwnames, args, &strict) < 0)
        return VAL_NULL;
    if (nargs < 2) {
        err_set(&Exc_TypeError, "map() must have at least two arguments.");
        return VAL_NULL;
    }
    return zipmap_make(type, args[0], args + 1, nargs - 1, strict);
}

static void zip_dealloc(Object *o)
{
    ZipObj *z = (ZipObj *)o;
    obj_xdecref(z->iters);
    val_xdecref(z->func);
    obj_free(o);
}

static int zip_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    ZipObj *z = (ZipObj *)o;
    int r = visit(val_from_obj(z->iters), arg);
    return r ? r : z->func ? visit(z->func, arg) : 0;
}

/* Argument i (0-based) ended first: with strict, CPython's ValueError
 * when the others do not end too; VAL_NULL either way. */
static Value strict_check(ZipObj *z, ssize_t i, const char *fname)
{
    if (!z->strict || !end_of_iteration())
        return VAL_NULL;
    const char *plural = i == 1 ? " " : "s 1-";
    if (i) {
        err_set(&Exc_ValueError, "%s() argument %zd is shorter than argument%s%zd", fname,
                i + 1, plural, i);
        return VAL_NULL;
    }
    ssize_t n = tuple_size(z->iters);
    for (i = 1; i < n; i++) {
        Value v = obj_next(tuple_items(z->iters)[i]);
        if (v) {
            val_decref(v);
            plural = i == 1 ? " " : "s 1-";
            err_set(&Exc_ValueError, "%s() argument %zd is longer than argument%s%zd", fname,
                    i + 1, plural, i);
            return VAL_NULL;
        }
        if (!end_of_iteration())
            return VAL_NULL;
    }
    return VAL_NULL;
}

/* The next item of every iterator into out (n of them), or VAL_NULL. */
static int zip_step(ZipObj *z, Value *out, const char *fname)
{
    ssize_t n = tuple_size(z->iters);
    for (ssize_t i = 0; i < n; i++) {
        Value v = obj_next(tuple_items(z->iters)[i]);
        if (!v) {
            for (ssize_t k = 0; k < i; k++)
                val_decref(out[k]);
            strict_check(z, i, fname);
            return -1;
        }
        out[i] = v;
    }
    return 0;
}

static Value zip_next(Value self)
{
    ZipObj *z = (ZipObj *)val_as_obj(self);
    ssize_t n = tuple_size(z->iters);
    if (n == 0)
        return VAL_NULL;
    Object *t = tuple_new(n);
    if (!t)
        return VAL_NULL;
    if (zip_step(z, tuple_items(t), "zip") < 0) {
        for (ssize_t i = 0; i < n; i++)
            tuple_items(t)[i] = VAL_NULL;
        obj_decref(t);
        return VAL_NULL;
    }
    return val_from_obj(t);
}

static Value map_next(Value self)
{
    ZipObj *z = (ZipObj *)val_as_obj(self);
    ssize_t n = tuple_size(z->iters);
    Value small[8];
    Value *args = n <= 8 ? small : mem_alloc((size_t)n * sizeof(Value));
    if (!args)
        return err_no_memory();
    Value r = VAL_NULL;
    if (zip_step(z, args, "map") == 0) {
        r = obj_call(z->func, args, (size_t)n, NULL);
        for (ssize_t i = 0; i < n; i++)
            val_decref(args[i]);
    }
    if (args != small)
        mem_free(args);
    return r;
}

Type Zip_Type = {
    TYPE_HEADER("zip", zip_dealloc),
    .tflags = TF_BASETYPE | TF_HAS_GC | TF_IMMUTABLE,
    .basicsize = sizeof(ZipObj),
    .doc = "The zip object yields n-length tuples, where n is the number of iterables\n"
           "passed as positional arguments to zip().  The i-th element in every tuple\n"
           "comes from the i-th iterable argument to zip().  This continues until the\n"
           "shortest argument is exhausted.\n\n"
           "If strict is true and one of the arguments is exhausted before the others,\n"
           "raise a ValueError.",
    .iter = iter_self,
    .iternext = zip_next,
    .tp_new = zip_new,
    .traverse = zip_traverse,
};

Type Map_Type = {
    TYPE_HEADER("map", zip_dealloc),
    .tflags = TF_BASETYPE | TF_HAS_GC | TF_IMMUTABLE,
    .basicsize = sizeof(ZipObj),
    .doc = "Make an iterator that computes the function using arguments from\n"
           "each of the iterables.  Stops when the shortest iterable is exhausted.\n\n"
           "If strict is true and one of the arguments is exhausted before the others,\n"
           "raise a ValueError.",
    .iter = iter_self,
    .iternext = map_next,
    .tp_new = map_new,
    .traverse = zip_traverse,
};

/* ---- filter ------------------------------------------------------------------- */

typedef struct FilterObj {
    Object base;
    Value func; /* None: truth of the item */
    Value it;
} FilterObj;

static Value filter_new(Type *type, const Value *args, size_t nargs, Object *kwnames)
{
    if ((type == &Filter_Type && args_no_kw("filter", kwnames) < 0) ||
        args_count("filter", nargs, 2, 2) < 0)
        return VAL_NULL;
    Value it = obj_iter(args[1]);
    if (!it)
        return VAL_NULL;
    FilterObj *f = (FilterObj *)obj_alloc(type, 0);
    if (!f) {
        val_decref(it);
        return VAL_NULL;
    }
    f->func = val_ref(args[0]);
    f->it = it;
    return val_from_obj(&f->base);
}

static void filter_dealloc(Object *o)
{
    FilterObj *f = (FilterObj *)o;
    val_decref(f->func);
    val_decref(f->it);
    obj_free(o);
}

static int filter_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    FilterObj *f = (FilterObj *)o;
    int r = visit(f->func, arg);
    return r ? r : visit(f->it, arg);
}

static Value filter_next(Value self)
{
    FilterObj *f = (FilterObj *)val_as_obj(self);
    bool by_truth = f->func == VAL_NONE || f->func == val_from_obj(&Bool_Type.core.base);
    for (;;) {
        Value item = obj_next(f->it);
        if (!item)
            return VAL_NULL;
        int ok;
        if (by_truth) {
            ok = obj_is_true(item);
        } else {
            Value r = obj_call1(f->func, item);
            ok = r ? obj_is_true(r) : -1;
            val_xdecref(r);
        }
        if (ok > 0)
            return item;
        val_decref(item);
        if (ok < 0)
            return VAL_NULL;
    }
}

Type Filter_Type = {
    TYPE_HEADER("filter", filter_dealloc),
    .tflags = TF_BASETYPE | TF_HAS_GC | TF_IMMUTABLE,
    .basicsize = sizeof(FilterObj),
    .doc = "Return an iterator yielding those items of iterable for which function(item)\n"
           "is true. If function is None, return the items that are true.",
    .iter = iter_self,
    .iternext = filter_next,
    .tp_new = filter_new,
    .traverse = filter_traverse,
};

/* ---- reversed and the sequence iterator ---------------------------------------- */

typedef struct SeqIterObj {
    Object base;
    Value seq;
    _Atomic ssize_t index; /* reversed: next index down, -1 when done; seqiter: -1 when done */
} SeqIterObj;

static Value seq_make(Type *type, Value seq, ssize_t index)
{
    SeqIterObj *it = (SeqIterObj *)obj_alloc(type, 0);
    if (!it)
        return VAL_NULL;
    it->seq = val_ref(seq);
    atomic_init(&it->index, index);
    return val_from_obj(&it->base);
}

static Value reversed_new(Type *type, const Value *args, size_t nargs, Object *kwnames)
{
    if ((type == &Reversed_Type && args_no_kw("reversed", kwnames) < 0) ||
        args_count("reversed", nargs, 1, 1) < 0)
        return VAL_NULL;
    Value seq = args[0];
    static _Atomic(Object *) reversed_name;
    Value meth = type_lookup(val_type(seq), cont_name("__reversed__", &reversed_name));
    if (meth == VAL_NONE) {
        err_set(&Exc_TypeError, "'%s' object is not reversible", type_name(val_type(seq)));
        return VAL_NULL;
    }
    if (meth) {
        bool missing;
        return obj_call_special(seq, cont_name("__reversed__", &reversed_name), NULL, 0, NULL, &missing);
    }
    Type *t = val_type(seq);
    /* CPython's PySequence_Check: __getitem__ (not a dict); then the length
     * is asked for, with len()'s error when there is none. */
    if (!t->getitem || (t->tflags & TF_DICT_SUBCLASS)) {
        err_set(&Exc_TypeError, "'%s' object is not reversible", type_name(t));
        return VAL_NULL;
    }
    ssize_t n = obj_len(seq);
    if (n < 0)
        return VAL_NULL;
    return seq_make(type, seq, n - 1);
}

static void seqiter_dealloc(Object *o)
{
    val_decref(((SeqIterObj *)o)->seq);
    obj_free(o);
}

static int seqiter_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    return visit(((SeqIterObj *)o)->seq, arg);
}

static Value reversed_next(Value self)
{
    SeqIterObj *it = (SeqIterObj *)val_as_obj(self);
    ssize_t i = atomic_load_explicit(&it->index, memory_order_relaxed);
    if (i < 0)
        return VAL_NULL;
    Value v = obj_getitem(it->seq, val_from_int(i));
    if (v) {
        atomic_store_explicit(&it->index, i - 1, memory_order_relaxed);
        return v;
    }
    if (err_matches(&Exc_IndexError) || err_matches(&Exc_StopIteration))
        err_clear();
    atomic_store_explicit(&it->index, -1, memory_order_relaxed);
    return VAL_NULL;
}

static Value reversed_length_hint(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    SeqIterObj *it = (SeqIterObj *)val_as_obj(self);
    ssize_t i = atomic_load_explicit(&it->index, memory_order_relaxed);
    if (i < 0)
        return val_from_int(0);
    ssize_t n = obj_len(it->seq);
    if (n < 0)
        return VAL_NULL;
    return val_from_int(i < n ? i + 1 : 0);
}

static const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

Type Reversed_Type = {
    TYPE_HEADER("reversed", seqiter_dealloc),
    .tflags = TF_BASETYPE | TF_HAS_GC | TF_IMMUTABLE,
    .basicsize = sizeof(SeqIterObj),
    .doc = "Return a reverse iterator over the values of the given sequence.",
    .methods = reversed_methods,
    .iter = iter_self,
    .iternext = reversed_next,
    .tp_new = reversed_new,
    .traverse = seqiter_traverse,
};

Value seqiter_new(Value seq) { return seq_make(&SeqIter_Type, seq, 0); }

static Value seqiter_next(Value self)
{
    SeqIterObj *it = (SeqIterObj *)val_as_obj(self);
    ssize_t i = atomic_load_explicit(&it->index, memory_order_relaxed);
    if (i < 0)
        return VAL_NULL;
    Value v = obj_getitem(it->seq, val_from_int(i));
    if (v) {
        atomic_store_explicit(&it->index, i + 1, memory_order_relaxed);
        return v;
    }
    if (err_matches(&Exc_IndexError) || err_matches(&Exc_StopIteration))
        err_clear();
    atomic_store_explicit(&it->index, -1, memory_order_relaxed);
    return VAL_NULL;
}

static Value seqiter_length_hint(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    SeqIterObj *it = (SeqIterObj *)val_as_obj(self);
    ssize_t i = atomic_load_explicit(&it->index, memory_order_relaxed);
    if (i < 0)
        return val_from_int(0);
    if (!val_type(it->seq)->len)
        return val_ref(VAL_NOTIMPL);
    ssize_t n = obj_len(it->seq);
    if (n < 0) {
        err_clear();
        return val_ref(VAL_NOTIMPL);
    }
    return val_from_int(i < n ? n - i : 0);
}

static const MethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

Type SeqIter_Type = {
    TYPE_HEADER("iterator", seqiter_dealloc),
    .tflags = TF_HAS_GC | TF_IMMUTABLE,
    .basicsize = sizeof(SeqIterObj),
    .methods = seqiter_methods,
    .iter = iter_self,
    .iternext = seqiter_next,
    .traverse = seqiter_traverse,
};

/* ---- The callable iterator ------------------------------------------------------- */

typedef struct CallIterObj {
    Object base;
    Value callable, sentinel;
    _Atomic bool done;
} CallIterObj;

Value calliter_new(Value callable, Value sentinel)
{
    CallIterObj *it = (CallIterObj *)obj_alloc(&CallIter_Type, 0);
    if (!it)
        return VAL_NULL;
    it->callable = val_ref(callable);
    it->sentinel = val_ref(sentinel);
    atomic_init(&it->done, false);
    return val_from_obj(&it->base);
}

static void calliter_dealloc(Object *o)
{
    CallIterObj *it = (CallIterObj *)o;
    val_decref(it->callable);
    val_decref(it->sentinel);
    obj_free(o);
}

static int calliter_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    CallIterObj *it = (CallIterObj *)o;
    int r = visit(it->callable, arg);
    return r ? r : visit(it->sentinel, arg);
}

static Value calliter_next(Value self)
{
    CallIterObj *it = (CallIterObj *)val_as_obj(self);
    if (atomic_load_explicit(&it->done, memory_order_relaxed))
        return VAL_NULL;
    Value v = obj_call0(it->callable);
    if (!v) {
        if (err_matches(&Exc_StopIteration)) {
            err_clear();
            atomic_store_explicit(&it->done, true, memory_order_relaxed);
        }
        return VAL_NULL;
    }
    int eq = obj_richcompare_bool(it->sentinel, v, CMP_EQ);
    if (eq == 0)
        return v;
    val_decref(v);
    if (eq > 0)
        atomic_store_explicit(&it->done, true, memory_order_relaxed);
    return VAL_NULL;
}

Type CallIter_Type = {
    TYPE_HEADER("callable_iterator", calliter_dealloc),
    .tflags = TF_HAS_GC | TF_IMMUTABLE,
    .basicsize = sizeof(CallIterObj),
    .iter = iter_self,
    .iternext = calliter_next,
    .traverse = calliter_traverse,
};
