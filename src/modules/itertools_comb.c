/* itertools: the combinatoric iterators (product, permutations,
 * combinations, combinations_with_replacement), tee and groupby. */
#include "modules/itertools_internal.h"

/* ---- product, permutations, combinations, combinations_with_replacement --------
 * One layout for all four: the pools, an index array (and cycles for
 * permutations), the last result, and a state. */

enum { COMB_FIRST, COMB_RUNNING, COMB_DONE };

typedef struct {
    Object base;
    Value pools;     /* product: tuple of tuples; others: one tuple */
    Value result;    /* the last tuple produced, or VAL_NULL */
    ssize_t *indices;
    ssize_t *cycles; /* permutations only */
    ssize_t n, r;    /* product: r is the number of pools */
    int state;
} CombObj;

static void comb_dealloc(Object *o)
{
    CombObj *c = (CombObj *)o;
    val_xdecref(c->pools);
    val_xdecref(c->result);
    mem_free(c->indices);
    mem_free(c->cycles);
    obj_free(o);
}

static int comb_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    CombObj *c = (CombObj *)o;
    int r = c->pools ? visit(c->pools, arg) : 0;
    return r ? r : c->result ? visit(c->result, arg) : 0;
}

static CombObj *comb_alloc(Type *type, Value pools, ssize_t n, ssize_t r, bool cycles)
{
    CombObj *c = (CombObj *)obj_alloc(type, 0);
    if (!c) {
        val_decref(pools);
        return NULL;
    }
    c->pools = pools;
    c->n = n;
    c->r = r;
    size_t cnt = (size_t)(r > 0 ? r : 1);
    c->indices = mem_calloc(cnt, sizeof(ssize_t));
    c->cycles = cycles ? mem_calloc(cnt, sizeof(ssize_t)) : NULL;
    if (!c->indices || (cycles && !c->cycles)) {
        obj_decref(&c->base);
        err_no_memory();
        return NULL;
    }
    return c;
}

/* A tuple of pool[indices[i]] for i < r. */
static Value comb_result(Object *pool, const ssize_t *indices, ssize_t r)
{
    Object *t = tuple_new(r);
    if (!t)
        return VAL_NULL;
    for (ssize_t i = 0; i < r; i++)
        tuple_items(t)[i] = val_ref(tuple_get(pool, indices[i]));
    return (Value)t;
}

static Value comb_emit(CombObj *c, Value t)
{
    if (!t)
        return VAL_NULL;
    val_replace(&c->result, val_ref(t));
    return t;
}

/* product(*iterables, repeat=1) */
static Value product_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    ssize_t repeat = 1;
    for (ssize_t i = 0; kw && i < tuple_size(kw); i++) {
        if (!str_eq_cstr(val_as_str(tuple_get(kw, i)), "repeat")) {
            err_set(&Exc_TypeError, "product() got an unexpected keyword argument '%U'",
                    val_as_obj(tuple_get(kw, i)));
            return VAL_NULL;
        }
        repeat = obj_as_ssize(args[nargs + (size_t)i], &Exc_OverflowError);
        if (repeat == -1 && err_occurred())
            return VAL_NULL;
        if (repeat < 0) {
            err_set(&Exc_ValueError, "repeat argument cannot be negative");
            return VAL_NULL;
        }
    }
    if (nargs && repeat > PTRDIFF_MAX / (ssize_t)nargs / (ssize_t)sizeof(Value)) {
        err_set(&Exc_OverflowError, "repeat argument too large");
        return VAL_NULL;
    }
    ssize_t npools = (ssize_t)nargs * repeat;
    Object *pools = tuple_new(npools);
    if (!pools)
        return VAL_NULL;
    for (size_t i = 0; i < nargs; i++) {
        Object *p = it_tuple(args[i]);
        if (!p) {
            obj_decref(pools);
            return VAL_NULL;
        }
        for (ssize_t k = 0; k < repeat; k++)
            tuple_items(pools)[k * (ssize_t)nargs + (ssize_t)i] = val_ref((Value)p);
        obj_decref(p);
    }
    CombObj *c = comb_alloc(type, (Value)pools, 0, npools, false);
    return c ? (Value)c : VAL_NULL;
}

static Value product_next_locked(CombObj *c)
{
    Object *pools = val_as_obj(c->pools);
    ssize_t np = c->r;
    if (c->state == COMB_DONE)
        return VAL_NULL;
    if (c->state == COMB_FIRST) {
        c->state = COMB_RUNNING;
        for (ssize_t i = 0; i < np; i++)
            if (tuple_size(val_as_obj(tuple_get(pools, i))) == 0) {
                c->state = COMB_DONE;
                return VAL_NULL;
            }
        Object *t = tuple_new(np);
        if (!t)
            return VAL_NULL;
        for (ssize_t i = 0; i < np; i++)
            tuple_items(t)[i] = val_ref(tuple_get(val_as_obj(tuple_get(pools, i)), 0));
        return comb_emit(c, (Value)t);
    }
    ssize_t i = np - 1;
    for (; i >= 0; i--) {
        Object *pool = val_as_obj(tuple_get(pools, i));
        if (++c->indices[i] < tuple_size(pool))
            break;
        c->indices[i] = 0;
    }
    if (i < 0) {
        c->state = COMB_DONE;
        return VAL_NULL;
    }
    Object *t = tuple_new(np);
    if (!t)
        return VAL_NULL;
    for (ssize_t k = 0; k < np; k++)
        tuple_items(t)[k] = val_ref(tuple_get(val_as_obj(tuple_get(pools, k)), c->indices[k]));
    return comb_emit(c, (Value)t);
}
IT_LOCKED_NEXT(product_next, product_next_locked, CombObj)

/* The pool and r of permutations/combinations: r < 0 is a ValueError. */
static int pool_and_r(Value iterable, Value rv, bool r_optional, Object **pool, ssize_t *r)
{
    *pool = it_tuple(iterable);
    if (!*pool)
        return -1;
    *r = tuple_size(*pool);
    if (rv && !(r_optional && rv == VAL_NONE)) {
        *r = obj_as_ssize(rv, &Exc_OverflowError);
        if (*r == -1 && err_occurred()) {
            obj_decref(*pool);
            return -1;
        }
        if (*r < 0) {
            obj_decref(*pool);
            err_set(&Exc_ValueError, "r must be non-negative");
            return -1;
        }
    }
    return 0;
}

static Value permutations_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"iterable", "r"};
    static const ArgSpec spec = {"permutations", names, 2, 0, 1, 2};
    Value a[2];
    Object *pool;
    ssize_t r;
    if (args_parse(&spec, args, nargs, kw, a) < 0 || pool_and_r(a[0], a[1], true, &pool, &r) < 0)
        return VAL_NULL;
    ssize_t n = tuple_size(pool);
    CombObj *c = comb_alloc(type, (Value)pool, n, r, true);
    if (!c)
        return VAL_NULL;
    if (n > 0) {
        mem_free(c->indices);
        c->indices = mem_calloc((size_t)n, sizeof(ssize_t));
        if (!c->indices) {
            obj_decref(&c->base);
            return err_no_memory();
        }
    }
    for (ssize_t i = 0; i < n; i++)
        c->indices[i] = i;
    for (ssize_t i = 0; i < r && i < n; i++)
        c->cycles[i] = n - i;
    if (r > n)
        c->state = COMB_DONE;
    return (Value)c;
}

static Value permutations_next_locked(CombObj *c)
{
    Object *pool = val_as_obj(c->pools);
    ssize_t n = c->n, r = c->r;
    if (c->state == COMB_DONE)
        return VAL_NULL;
    if (c->state == COMB_FIRST) {
        c->state = COMB_RUNNING;
        return comb_emit(c, comb_result(pool, c->indices, r));
    }
    if (n == 0 || r == 0) {
        c->state = COMB_DONE;
        return VAL_NULL;
    }
    for (ssize_t i = r - 1; i >= 0; i--) {
        if (--c->cycles[i] == 0) {
            /* rotate indices[i:] left by one */
            ssize_t first = c->indices[i];
            memmove(&c->indices[i], &c->indices[i + 1], (size_t)(n - i - 1) * sizeof(ssize_t));
            c->indices[n - 1] = first;
            c->cycles[i] = n - i;
        } else {
            ssize_t j = c->cycles[i];
            ssize_t tmp = c->indices[i];
            c->indices[i] = c->indices[n - j];
            c->indices[n - j] = tmp;
            return comb_emit(c, comb_result(pool, c->indices, r));
        }
    }
    c->state = COMB_DONE;
    return VAL_NULL;
}
IT_LOCKED_NEXT(permutations_next, permutations_next_locked, CombObj)

static Value combinations_common(Type *type, const char *name, bool cwr, const Value *args,
                                 size_t nargs, Object *kw)
{
    static const char *const names[] = {"iterable", "r"};
    ArgSpec spec = {name, names, 2, 0, 2, 2};
    Value a[2];
    Object *pool;
    ssize_t r;
    if (args_parse(&spec, args, nargs, kw, a) < 0 || pool_and_r(a[0], a[1], false, &pool, &r) < 0)
        return VAL_NULL;
    ssize_t n = tuple_size(pool);
    CombObj *c = comb_alloc(type, (Value)pool, n, r, false);
    if (!c)
        return VAL_NULL;
    if (cwr) {
        if (n == 0 && r > 0)
            c->state = COMB_DONE;
    } else {
        if (r > n)
            c->state = COMB_DONE;
        for (ssize_t i = 0; i < r; i++)
            c->indices[i] = i;
    }
    return (Value)c;
}

static Value combinations_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    return combinations_common(type, "combinations", false, args, nargs, kw);
}

static Value cwr_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    return combinations_common(type, "combinations_with_replacement", true, args, nargs, kw);
}

static Value combinations_next_locked(CombObj *c)
{
    Object *pool = val_as_obj(c->pools);
    ssize_t n = c->n, r = c->r;
    if (c->state == COMB_DONE)
        return VAL_NULL;
    if (c->state == COMB_FIRST) {
        c->state = COMB_RUNNING;
        return comb_emit(c, comb_result(pool, c->indices, r));
    }
    ssize_t i = r - 1;
    while (i >= 0 && c->indices[i] == i + n - r)
        i--;
    if (i < 0) {
        c->state = COMB_DONE;
        return VAL_NULL;
    }
    c->indices[i]++;
    for (ssize_t j = i + 1; j < r; j++)
        c->indices[j] = c->indices[j - 1] + 1;
    return comb_emit(c, comb_result(pool, c->indices, r));
}
IT_LOCKED_NEXT(combinations_next, combinations_next_locked, CombObj)

static Value cwr_next_locked(CombObj *c)
{
    Object *pool = val_as_obj(c->pools);
    ssize_t n = c->n, r = c->r;
    if (c->state == COMB_DONE)
        return VAL_NULL;
    if (c->state == COMB_FIRST) {
        c->state = COMB_RUNNING;
        return comb_emit(c, comb_result(pool, c->indices, r));
    }
    ssize_t i = r - 1;
    while (i >= 0 && c->indices[i] == n - 1)
        i--;
    if (i < 0) {
        c->state = COMB_DONE;
        return VAL_NULL;
    }
    ssize_t v = c->indices[i] + 1;
    for (ssize_t j = i; j < r; j++)
        c->indices[j] = v;
    return comb_emit(c, comb_result(pool, c->indices, r));
}
IT_LOCKED_NEXT(cwr_next, cwr_next_locked, CombObj)

#define COMB_TYPE(var, pyname, next_fn, new_fn, docstr)                               \
    Type var = {                                                                       \
        TYPE_HEADER("itertools." pyname, comb_dealloc),                                \
        .tflags = TF_BASETYPE | TF_HAS_GC,                                             \
        .basicsize = sizeof(CombObj),                                                  \
        .iter = it_self,                                                               \
        .iternext = next_fn,                                                           \
        .traverse = comb_traverse,                                                     \
        .tp_new = new_fn,                                                              \
        .doc = docstr,                                                                 \
    };
COMB_TYPE(Product_Type, "product", product_next, product_new,
          "Cartesian product of input iterables.  Equivalent to nested for-loops.")
COMB_TYPE(Permutations_Type, "permutations", permutations_next, permutations_new,
          "Return successive r-length permutations of elements in the iterable.")
COMB_TYPE(Combinations_Type, "combinations", combinations_next, combinations_new,
          "Return successive r-length combinations of elements in the iterable.")
COMB_TYPE(CWR_Type, "combinations_with_replacement", cwr_next, cwr_new,
          "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.")

/* ---- tee ------------------------------------------------------------------------
 * The tees of one group share a chain of TeeData cells of TEE_CELLS items;
 * the last cell reads from the shared iterator. A tee steps in a critical
 * section on the cell it reads, so tees of one group in several threads
 * serialise exactly where they share state. */

#define TEE_CELLS 57

typedef struct TeeDataObj {
    Object base;
    Value it;
    Value nextlink;
    Value values[TEE_CELLS];
    int numread;
    bool running;
} TeeDataObj;

typedef struct {
    Object base;
    Value data; /* TeeDataObj */
    int index;
} TeeObj;

static void teedata_dealloc(Object *o)
{
    TeeDataObj *d = (TeeDataObj *)o;
    for (int i = 0; i < d->numread; i++)
        val_xdecref(d->values[i]);
    val_xdecref(d->it);
    val_xdecref(d->nextlink);
    obj_free(o);
}

static int teedata_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    TeeDataObj *d = (TeeDataObj *)o;
    int r;
    for (int i = 0; i < d->numread; i++)
        if (d->values[i] && (r = visit(d->values[i], arg)))
            return r;
    if (d->it && (r = visit(d->it, arg)))
        return r;
    return d->nextlink ? visit(d->nextlink, arg) : 0;
}

Type TeeData_Type = {
    TYPE_HEADER("itertools._tee_dataobject", teedata_dealloc),
    .tflags = TF_HAS_GC,
    .basicsize = sizeof(TeeDataObj),
    .traverse = teedata_traverse,
};

static Value teedata_new(Value it)
{
    TeeDataObj *d = (TeeDataObj *)obj_alloc(&TeeData_Type, 0);
    if (!d)
        return VAL_NULL;
    d->it = val_ref(it);
    return (Value)d;
}

/* Item i of cell d (read from the iterator when i == numread). Called in
 * a critical section on d. */
static Value teedata_get(TeeDataObj *d, int i)
{
    if (i < d->numread)
        return val_ref(d->values[i]);
    if (d->running) {
        err_set(&Exc_RuntimeError, "cannot re-enter the tee iterator");
        return VAL_NULL;
    }
    d->running = true;
    Value v = obj_next(d->it);
    d->running = false;
    if (!v)
        return VAL_NULL;
    d->values[d->numread++] = v;
    return val_ref(v);
}

static void tee_dealloc(Object *o)
{
    val_xdecref(((TeeObj *)o)->data);
    obj_free(o);
}

static int tee_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    TeeObj *t = (TeeObj *)o;
    return t->data ? visit(t->data, arg) : 0;
}

static Value tee_make(Type *type, Value data, int index)
{
    TeeObj *t = (TeeObj *)obj_alloc(type, 0);
    if (!t)
        return VAL_NULL;
    t->data = val_ref(data);
    t->index = index;
    return (Value)t;
}

static Value tee_from_iterable(Value iterable)
{
    Value it = obj_iter(iterable);
    if (!it)
        return VAL_NULL;
    if (val_type(it) == &Tee_Type)
        return it; /* already a tee: share it */
    Value d = teedata_new(it);
    val_decref(it);
    if (!d)
        return VAL_NULL;
    Value t = tee_make(&Tee_Type, d, 0);
    val_decref(d);
    return t;
}

static Value tee_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("_tee", kw) < 0 || args_count("_tee", nargs, 1, 1) < 0)
        return VAL_NULL;
    return tee_from_iterable(args[0]);
}

static Value tee_next_locked(TeeObj *t)
{
    TeeDataObj *d = (TeeDataObj *)val_as_obj(t->data);
    CriticalSection cs;
    cs_begin(&cs, &d->base);
    if (t->index >= TEE_CELLS) {
        if (!d->nextlink) {
            d->nextlink = teedata_new(d->it);
            if (!d->nextlink) {
                cs_end(&cs);
                return VAL_NULL;
            }
        }
        Value next = val_ref(d->nextlink);
        cs_end(&cs);
        val_replace(&t->data, next);
        t->index = 0;
        d = (TeeDataObj *)val_as_obj(next);
        cs_begin(&cs, &d->base);
    }
    Value v = teedata_get(d, t->index);
    cs_end(&cs);
    if (v)
        t->index++;
    return v;
}
IT_LOCKED_NEXT(tee_next, tee_next_locked, TeeObj)

static Value tee_copy(Value self, const Value *args, size_t nargs, Object *kw)
{
    TeeObj *t = (TeeObj *)val_as_obj(self);
    CriticalSection cs;
    cs_begin(&cs, &t->base);
    Value d = val_ref(t->data);
    int index = t->index;
    cs_end(&cs);
    Value r = tee_make(val_type(self), d, index);
    val_decref(d);
    return r;
}

static const MethodDef tee_methods[] = {
    {"__copy__", tee_copy, 0, "Returns an independent iterator."},
    {0},
};

Type Tee_Type = {
    TYPE_HEADER("itertools._tee", tee_dealloc),
    .tflags = TF_HAS_GC,
    .basicsize = sizeof(TeeObj),
    .iter = it_self,
    .iternext = tee_next,
    .traverse = tee_traverse,
    .tp_new = tee_new,
    .methods = tee_methods,
    .doc = "Iterator wrapped to make it copyable.",
};

Value itertools_tee(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("tee", kw) < 0 || args_count("tee", nargs, 1, 2) < 0)
        return VAL_NULL;
    ssize_t n = 2;
    if (nargs == 2) {
        n = obj_as_ssize(args[1], &Exc_OverflowError);
        if (n == -1 && err_occurred())
            return VAL_NULL;
    }
    if (n < 0) {
        err_set(&Exc_ValueError, "n must be >= 0");
        return VAL_NULL;
    }
    Object *result = tuple_new(n);
    if (!result || n == 0)
        return result ? (Value)result : VAL_NULL;
    Value it = obj_iter(args[0]);
    if (!it) {
        obj_decref(result);
        return VAL_NULL;
    }
    Value copyfunc;
    Object *copy_name = mod_name("__copy__");
    int found = obj_lookup_attr(it, copy_name, &copyfunc);
    if (found < 0) {
        val_decref(it);
        obj_decref(result);
        return VAL_NULL;
    }
    Value copyable;
    if (found) {
        copyable = it;
    } else {
        copyable = tee_from_iterable(it);
        val_decref(it);
        if (!copyable) {
            obj_decref(result);
            return VAL_NULL;
        }
        copyfunc = obj_getattr(copyable, copy_name);
        if (!copyfunc) {
            val_decref(copyable);
            obj_decref(result);
            return VAL_NULL;
        }
    }
    tuple_items(result)[0] = copyable;
    for (ssize_t i = 1; i < n; i++) {
        Value c = obj_call0(copyfunc);
        if (!c) {
            val_decref(copyfunc);
            obj_decref(result);
            return VAL_NULL;
        }
        tuple_items(result)[i] = c;
    }
    val_decref(copyfunc);
    return (Value)result;
}

/* ---- groupby ------------------------------------------------------------------- */

typedef struct {
    Object base;
    Value it, keyfunc, tgtkey, currkey, currvalue;
    Object *currgrouper; /* not counted: only compared with a grouper's address */
} GroupByObj;

typedef struct {
    Object base;
    Value parent, tgtkey;
} GrouperObj;

static void groupby_dealloc(Object *o)
{
    GroupByObj *g = (GroupByObj *)o;
    val_xdecref(g->it);
    val_xdecref(g->keyfunc);
    val_xdecref(g->tgtkey);
    val_xdecref(g->currkey);
    val_xdecref(g->currvalue);
    obj_free(o);
}

static int groupby_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    GroupByObj *g = (GroupByObj *)o;
    Value vs[] = {g->it, g->keyfunc, g->tgtkey, g->currkey, g->currvalue};
    for (int i = 0; i < 5; i++) {
        int r = vs[i] ? visit(vs[i], arg) : 0;
        if (r)
            return r;
    }
    return 0;
}

static Value groupby_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"iterable", "key"};
    static const ArgSpec spec = {"groupby", names, 2, 0, 1, 2};
    Value a[2];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    Value it = obj_iter(a[0]);
    if (!it)
        return VAL_NULL;
    GroupByObj *g = (GroupByObj *)obj_alloc(type, 0);
    if (!g) {
        val_decref(it);
        return VAL_NULL;
    }
    g->it = it;
    g->keyfunc = a[1] && a[1] != VAL_NONE ? val_ref(a[1]) : VAL_NULL;
    return (Value)g;
}

static int groupby_step(GroupByObj *g)
{
    Value v = obj_next(g->it);
    if (!v)
        return -1;
    Value k = v;
    if (g->keyfunc) {
        k = obj_call1(g->keyfunc, v);
        if (!k) {
            val_decref(v);
            return -1;
        }
    } else {
        val_incref(k);
    }
    val_replace(&g->currvalue, v);
    val_replace(&g->currkey, k);
    return 0;
}

static Value grouper_create(GroupByObj *g, Value tgtkey);

static Value groupby_next_locked(GroupByObj *g)
{
    g->currgrouper = NULL;
    for (;;) {
        if (g->currkey) {
            if (!g->tgtkey)
                break;
            int eq = obj_richcompare_bool(g->tgtkey, g->currkey, CMP_EQ);
            if (eq < 0)
                return VAL_NULL;
            if (!eq)
                break;
        }
        if (groupby_step(g) < 0)
            return VAL_NULL;
    }
    val_replace(&g->tgtkey, val_ref(g->currkey));
    Value grouper = grouper_create(g, g->tgtkey);
    if (!grouper)
        return VAL_NULL;
    Object *t = tuple_pack(2, g->currkey, grouper);
    val_decref(grouper);
    return t ? (Value)t : VAL_NULL;
}
IT_LOCKED_NEXT(groupby_next, groupby_next_locked, GroupByObj)

Type GroupBy_Type = {
    TYPE_HEADER("itertools.groupby", groupby_dealloc),
    .tflags = TF_BASETYPE | TF_HAS_GC,
    .basicsize = sizeof(GroupByObj),
    .iter = it_self,
    .iternext = groupby_next,
    .traverse = groupby_traverse,
    .tp_new = groupby_new,
    .doc = "make an iterator that returns consecutive keys and groups from the iterable",
};

static void grouper_dealloc(Object *o)
{
    GrouperObj *g = (GrouperObj *)o;
    val_xdecref(g->parent);
    val_xdecref(g->tgtkey);
    obj_free(o);
}

static int grouper_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    GrouperObj *g = (GrouperObj *)o;
    int r = g->parent ? visit(g->parent, arg) : 0;
    return r ? r : g->tgtkey ? visit(g->tgtkey, arg) : 0;
}

static Value grouper_create(GroupByObj *parent, Value tgtkey)
{
    GrouperObj *g = (GrouperObj *)obj_alloc(&Grouper_Type, 0);
    if (!g)
        return VAL_NULL;
    g->parent = val_ref((Value)parent);
    g->tgtkey = val_ref(tgtkey);
    parent->currgrouper = &g->base;
    return (Value)g;
}

static Value grouper_next(Value self)
{
    GrouperObj *go = (GrouperObj *)val_as_obj(self);
    GroupByObj *g = (GroupByObj *)val_as_obj(go->parent);
    CriticalSection cs;
    cs_begin(&cs, &g->base);
    Value r = VAL_NULL;
    if (g->currgrouper != &go->base)
        goto done;
    if (!g->currvalue && groupby_step(g) < 0)
        goto done;
    int eq = obj_richcompare_bool(go->tgtkey, g->currkey, CMP_EQ);
    if (eq <= 0)
        goto done;
    r = g->currvalue;
    g->currvalue = VAL_NULL;
done:
    cs_end(&cs);
    return r;
}

Type Grouper_Type = {
    TYPE_HEADER("itertools._grouper", grouper_dealloc),
    .tflags = TF_HAS_GC,
    .basicsize = sizeof(GrouperObj),
    .iter = it_self,
    .iternext = grouper_next,
    .traverse = grouper_traverse,
};
