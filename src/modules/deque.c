/* collections.deque: a ring buffer of values with an optional maxlen.
 * Every operation runs in a critical section on the deque, so appends and
 * pops from many threads never lose or duplicate items. Comparisons of
 * items (count, index, remove, in) run outside the section and check the
 * mutation counter afterwards, as CPython's deque does. */
#include <string.h>

#include "critical_section.h"
#include "modules/collections.h"
#include "modules/modutil.h"
#include "objects/dictobj.h"
#include "objects/listobj.h"
#include "objects/tupleobj.h"

/* Invariants: cap is 0 or a power of two; the items are
 * buf[(head + i) & (cap - 1)] for i < len, each holding a reference;
 * state changes on every mutation that moves items. */
typedef struct DequeObj {
    Object base;
    Value *buf;
    size_t cap, head;
    _Atomic ssize_t len;
    ssize_t maxlen; /* -1: unbounded */
    uint64_t state;
} DequeObj;

static inline DequeObj *as_deque(Value v) { return (DequeObj *)val_as_obj(v); }
static inline ssize_t dq_len(const DequeObj *d) { return atomic_load_explicit(&d->len, memory_order_relaxed); }
static inline void dq_set_len(DequeObj *d, ssize_t n) { atomic_store_explicit(&d->len, n, memory_order_relaxed); }
static inline Value *dq_slot(DequeObj *d, size_t i) { return &d->buf[(d->head + i) & (d->cap - 1)]; }

bool deque_check(Value v) { return val_isinstance_type(v, &Deque_Type); }

static Value it_self_ref(Value self) { return val_ref(self); }

/* Makes room for one more item (locked). */
static int dq_grow(DequeObj *d)
{
    size_t n = (size_t)dq_len(d);
    if (n < d->cap)
        return 0;
    size_t ncap = d->cap ? d->cap * 2 : 8;
    Value *nb = mem_alloc(ncap * sizeof(Value));
    if (!nb) {
        err_no_memory();
        return -1;
    }
    for (size_t i = 0; i < n; i++)
        nb[i] = *dq_slot(d, i);
    mem_free(d->buf);
    d->buf = nb;
    d->cap = ncap;
    d->head = 0;
    return 0;
}

/* Pops without locking (caller holds the section); n > 0. */
static Value dq_pop_right(DequeObj *d)
{
    ssize_t n = dq_len(d);
    Value *s = dq_slot(d, (size_t)n - 1);
    Value v = *s;
    *s = VAL_NULL;
    dq_set_len(d, n - 1);
    d->state++;
    return v;
}

static Value dq_pop_left(DequeObj *d)
{
    Value *s = dq_slot(d, 0);
    Value v = *s;
    *s = VAL_NULL;
    d->head = (d->head + 1) & (d->cap - 1);
    dq_set_len(d, dq_len(d) - 1);
    d->state++;
    return v;
}

/* Appends v (new reference stolen). *evicted receives an item pushed out
 * by maxlen (to be dropped outside the section), or VAL_NULL. */
static int dq_push_right(DequeObj *d, Value v, Value *evicted)
{
    *evicted = VAL_NULL;
    if (d->maxlen == 0) {
        *evicted = v;
        return 0;
    }
    if (d->maxlen > 0 && dq_len(d) >= d->maxlen)
        *evicted = dq_pop_left(d);
    if (dq_grow(d) < 0) {
        val_decref(v);
        return -1;
    }
    *dq_slot(d, (size_t)dq_len(d)) = v;
    dq_set_len(d, dq_len(d) + 1);
    d->state++;
    return 0;
}

static int dq_push_left(DequeObj *d, Value v, Value *evicted)
{
    *evicted = VAL_NULL;
    if (d->maxlen == 0) {
        *evicted = v;
        return 0;
    }
    if (d->maxlen > 0 && dq_len(d) >= d->maxlen)
        *evicted = dq_pop_right(d);
    if (dq_grow(d) < 0) {
        val_decref(v);
        return -1;
    }
    d->head = (d->head - 1) & (d->cap - 1);
    d->buf[d->head] = v;
    dq_set_len(d, dq_len(d) + 1);
    d->state++;
    return 0;
}

int deque_append(Value dq, Value v)
{
    DequeObj *d = as_deque(dq);
    Value ev;
    CriticalSection cs;
    cs_begin(&cs, &d->base);
    int r = dq_push_right(d, val_ref(v), &ev);
    cs_end(&cs);
    val_xdecref(ev);
    return r;
}

int deque_appendleft(Value dq, Value v)
{
    DequeObj *d = as_deque(dq);
    Value ev;
    CriticalSection cs;
    cs_begin(&cs, &d->base);
    int r = dq_push_left(d, val_ref(v), &ev);
    cs_end(&cs);
    val_xdecref(ev);
    return r;
}

Value deque_pop(Value dq, bool left)
{
    DequeObj *d = as_deque(dq);
    CriticalSection cs;
    cs_begin(&cs, &d->base);
    Value v = VAL_NULL;
    if (dq_len(d) > 0)
        v = left ? dq_pop_left(d) : dq_pop_right(d);
    cs_end(&cs);
    if (!v)
        err_set(&Exc_IndexError, "pop from an empty deque");
    return v;
}

/* The items as a new tuple (a consistent snapshot). */
static Object *dq_snapshot(DequeObj *d)
{
    CriticalSection cs;
    cs_begin(&cs, &d->base);
    ssize_t n = dq_len(d);
    Object *t = tuple_new(n);
    if (t)
        for (ssize_t i = 0; i < n; i++)
            tuple_items(t)[i] = val_ref(*dq_slot(d, (size_t)i));
    cs_end(&cs);
    return t;
}

static Value deque_tp_new(Type *type, const Value *args, size_t nargs, Object *kw);
Value deque_new(void) { return deque_tp_new(&Deque_Type, NULL, 0, NULL); }

static void dq_clear_locked(DequeObj *d, Value **out, ssize_t *nout)
{
    ssize_t n = dq_len(d);
    Value *items = n ? mem_alloc((size_t)n * sizeof(Value)) : NULL;
    for (ssize_t i = 0; i < n; i++) {
        Value *s = dq_slot(d, (size_t)i);
        if (items)
            items[i] = *s;
        else
            val_decref(*s); /* out of memory: drop in place */
        *s = VAL_NULL;
    }
    dq_set_len(d, 0);
    d->head = 0;
    d->state++;
    *out = items;
    *nout = items ? n : 0;
}

static void drop_items(Value *items, ssize_t n)
{
    for (ssize_t i = 0; i < n; i++)
        val_decref(items[i]);
    mem_free(items);
}

/* ---- construction ----------------------------------------------------------------- */

static Value deque_tp_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    DequeObj *d = (DequeObj *)obj_alloc(type, 0);
    if (!d)
        return VAL_NULL;
    d->maxlen = -1;
    return (Value)d;
}

static int dq_extend(DequeObj *d, Value iterable, bool left);

static int deque_init(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"iterable", "maxlen"};
    static const ArgSpec spec = {"deque", names, 2, 0, 0, 2};
    Value a[2];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return -1;
    ssize_t maxlen = -1;
    if (a[1] && a[1] != VAL_NONE) {
        if (!val_is_int_like(a[1])) {
            err_set(&Exc_TypeError, "an integer is required");
            return -1;
        }
        maxlen = obj_as_ssize(a[1], &Exc_OverflowError);
        if (maxlen == -1 && err_occurred())
            return -1;
        if (maxlen < 0) {
            err_set(&Exc_ValueError, "maxlen must be non-negative");
            return -1;
        }
    }
    DequeObj *d = as_deque(self);
    Value *old;
    ssize_t nold;
    CriticalSection cs;
    cs_begin(&cs, &d->base);
    d->maxlen = maxlen;
    dq_clear_locked(d, &old, &nold);
    cs_end(&cs);
    drop_items(old, nold);
    if (a[0])
        return dq_extend(d, a[0], false);
    return 0;
}

static void deque_dealloc(Object *o)
{
    DequeObj *d = (DequeObj *)o;
    ssize_t n = dq_len(d);
    for (ssize_t i = 0; i < n; i++)
        val_decref(*dq_slot(d, (size_t)i));
    mem_free(d->buf);
    obj_free(o);
}

static int deque_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    DequeObj *d = (DequeObj *)o;
    ssize_t n = dq_len(d);
    for (ssize_t i = 0; i < n; i++) {
        int r = visit(*dq_slot(d, (size_t)i), arg);
        if (r)
            return r;
    }
    return 0;
}

static void deque_clear_slot(Object *o)
{
    DequeObj *d = (DequeObj *)o;
    Value *old;
    ssize_t n;
    CriticalSection cs;
    cs_begin(&cs, &d->base);
    dq_clear_locked(d, &old, &n);
    cs_end(&cs);
    drop_items(old, n);
}

/* ---- methods ------------------------------------------------------------------------- */

static int dq_extend_items(DequeObj *d, const Value *items, ssize_t n, bool left)
{
    for (ssize_t i = 0; i < n; i++) {
        Value ev;
        CriticalSection cs;
        cs_begin(&cs, &d->base);
        int r = left ? dq_push_left(d, val_ref(items[i]), &ev) : dq_push_right(d, val_ref(items[i]), &ev);
        cs_end(&cs);
        val_xdecref(ev);
        if (r < 0)
            return -1;
    }
    return 0;
}

static int dq_extend(DequeObj *d, Value iterable, bool left)
{
    if (iterable == (Value)d || obj_type_is(iterable, &List_Type)) {
        Object *t = iterable == (Value)d ? dq_snapshot(d) : list_as_tuple(val_as_obj(iterable));
        if (!t)
            return -1;
        int r = dq_extend_items(d, tuple_items(t), tuple_size(t), left);
        obj_decref(t);
        return r;
    }
    if (obj_type_is(iterable, &Tuple_Type))
        return dq_extend_items(d, tuple_items(val_as_obj(iterable)), tuple_size(val_as_obj(iterable)), left);
    Value it = obj_iter(iterable);
    if (!it)
        return -1;
    Value item;
    while ((item = obj_next(it))) {
        Value ev;
        CriticalSection cs;
        cs_begin(&cs, &d->base);
        int r = left ? dq_push_left(d, item, &ev) : dq_push_right(d, item, &ev);
        cs_end(&cs);
        val_xdecref(ev);
        if (r < 0) {
            val_decref(it);
            return -1;
        }
    }
    val_decref(it);
    return err_occurred() ? -1 : 0;
}

static Value m_append(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("deque.append", kw) < 0 || args_count("deque.append", nargs, 1, 1) < 0)
        return VAL_NULL;
    return deque_append(self, args[0]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value m_appendleft(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("deque.appendleft", kw) < 0 || args_count("deque.appendleft", nargs, 1, 1) < 0)
        return VAL_NULL;
    return deque_appendleft(self, args[0]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value m_pop(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("deque.pop", kw) < 0 || args_count("deque.pop", nargs, 0, 0) < 0)
        return VAL_NULL;
    return deque_pop(self, false);
}

static Value m_popleft(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("deque.popleft", kw) < 0 || args_count("deque.popleft", nargs, 0, 0) < 0)
        return VAL_NULL;
    return deque_pop(self, true);
}

static Value m_extend(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("deque.extend", kw) < 0 || args_count("deque.extend", nargs, 1, 1) < 0)
        return VAL_NULL;
    return dq_extend(as_deque(self), args[0], false) < 0 ? VAL_NULL : VAL_NONE;
}

static Value m_extendleft(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("deque.extendleft", kw) < 0 || args_count("deque.extendleft", nargs, 1, 1) < 0)
        return VAL_NULL;
    return dq_extend(as_deque(self), args[0], true) < 0 ? VAL_NULL : VAL_NONE;
}

static void dq_rotate_locked(DequeObj *d, ssize_t n)
{
    ssize_t len = dq_len(d);
    if (len <= 1)
        return;
    ssize_t half = len >> 1;
    if (n > half || n < -half) {
        n %= len;
        if (n > half)
            n -= len;
        else if (n < -half)
            n += len;
    }
    if (n == 0)
        return;
    size_t mask = d->cap - 1;
    if ((size_t)len == d->cap) {
        /* Full ring: moving the head is the whole rotation. */
        d->head = (d->head - (size_t)n) & mask;
    } else if (n > 0) {
        for (ssize_t i = 0; i < n; i++) {
            size_t last = (d->head + (size_t)len - 1) & mask;
            d->head = (d->head - 1) & mask;
            d->buf[d->head] = d->buf[last];
            d->buf[last] = VAL_NULL;
        }
    } else {
        for (ssize_t i = 0; i < -n; i++) {
            size_t end = (d->head + (size_t)len) & mask;
            d->buf[end] = d->buf[d->head];
            d->buf[d->head] = VAL_NULL;
            d->head = (d->head + 1) & mask;
        }
    }
    d->state++;
}

static Value m_rotate(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("deque.rotate", kw) < 0 || args_count("deque.rotate", nargs, 0, 1) < 0)
        return VAL_NULL;
    ssize_t n = 1;
    if (nargs) {
        if (!val_is_int_like(args[0]) && !val_type(args[0])->index) {
            err_set(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                    type_name(val_type(args[0])));
            return VAL_NULL;
        }
        n = obj_as_ssize(args[0], &Exc_OverflowError);
        if (n == -1 && err_occurred())
            return VAL_NULL;
    }
    DequeObj *d = as_deque(self);
    CriticalSection cs;
    cs_begin(&cs, &d->base);
    dq_rotate_locked(d, n);
    cs_end(&cs);
    return VAL_NONE;
}

static Value m_clear(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("deque.clear", nargs, 0, 0) < 0)
        return VAL_NULL;
    deque_clear_slot(val_as_obj(self));
    return VAL_NONE;
}

static Value m_reverse(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("deque.reverse", nargs, 0, 0) < 0)
        return VAL_NULL;
    DequeObj *d = as_deque(self);
    CriticalSection cs;
    cs_begin(&cs, &d->base);
    ssize_t n = dq_len(d);
    for (ssize_t i = 0, j = n - 1; i < j; i++, j--) {
        Value *a = dq_slot(d, (size_t)i), *b = dq_slot(d, (size_t)j);
        Value t = *a;
        *a = *b;
        *b = t;
    }
    d->state++;
    cs_end(&cs);
    return VAL_NONE;
}

/* Item i with the state it was read under (locked); VAL_NULL past the end. */
static Value dq_item_state(DequeObj *d, ssize_t i, uint64_t *state)
{
    CriticalSection cs;
    cs_begin(&cs, &d->base);
    Value v = i < dq_len(d) ? val_ref(*dq_slot(d, (size_t)i)) : VAL_NULL;
    *state = d->state;
    cs_end(&cs);
    return v;
}

static bool dq_state_is(DequeObj *d, uint64_t state)
{
    CriticalSection cs;
    cs_begin(&cs, &d->base);
    bool same = d->state == state;
    cs_end(&cs);
    return same;
}

/* Index of the first item equal to x in [start, stop), -1 when none, -2
 * on error (RuntimeError when the deque changed during a comparison). */
static ssize_t dq_find(DequeObj *d, Value x, ssize_t start, ssize_t stop)
{
    for (ssize_t i = start; i < stop; i++) {
        uint64_t state;
        Value item = dq_item_state(d, i, &state);
        if (!item)
            return -1;
        int eq = item == x ? 1 : obj_richcompare_bool(item, x, CMP_EQ);
        val_decref(item);
        if (eq < 0)
            return -2;
        if (!dq_state_is(d, state)) {
            err_set(&Exc_RuntimeError, "deque mutated during iteration");
            return -2;
        }
        if (eq)
            return i;
    }
    return -1;
}

static Value m_count(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("deque.count", kw) < 0 || args_count("deque.count", nargs, 1, 1) < 0)
        return VAL_NULL;
    DequeObj *d = as_deque(self);
    int64_t count = 0;
    for (ssize_t i = 0;; i++) {
        ssize_t at = dq_find(d, args[0], i, dq_len(d));
        if (at == -2)
            return VAL_NULL;
        if (at < 0)
            break;
        count++;
        i = at;
    }
    return int_from_i64(count);
}

static int dq_contains(Value self, Value x)
{
    DequeObj *d = as_deque(self);
    ssize_t at = dq_find(d, x, 0, dq_len(d));
    return at == -2 ? -1 : at >= 0;
}

/* A slice-style bound for index(): negative counts from the end, then
 * clamped to [0, len]. */
static int dq_bound(Value v, ssize_t len, ssize_t *out)
{
    if (!val_is_int_like(v) && !val_type(v)->index) {
        err_set(&Exc_TypeError, "slice indices must be integers or have an __index__ method");
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
    if (i > len)
        i = len;
    *out = i;
    return 0;
}

static Value m_index(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("deque.index", kw) < 0 || args_count("index", nargs, 1, 3) < 0)
        return VAL_NULL;
    DequeObj *d = as_deque(self);
    ssize_t len = dq_len(d), start = 0, stop = len;
    if ((nargs > 1 && dq_bound(args[1], len, &start) < 0) ||
        (nargs > 2 && dq_bound(args[2], len, &stop) < 0))
        return VAL_NULL;
    ssize_t at = dq_find(d, args[0], start, stop);
    if (at == -2)
        return VAL_NULL;
    if (at < 0) {
        err_set(&Exc_ValueError, "%R is not in deque", args[0]);
        return VAL_NULL;
    }
    return int_from_i64(at);
}

/* Deletes item i (locked), returning it. */
static Value dq_del_locked(DequeObj *d, ssize_t i)
{
    ssize_t n = dq_len(d);
    Value v = *dq_slot(d, (size_t)i);
    if (i < n / 2) {
        for (ssize_t k = i; k > 0; k--)
            *dq_slot(d, (size_t)k) = *dq_slot(d, (size_t)k - 1);
        *dq_slot(d, 0) = VAL_NULL;
        d->head = (d->head + 1) & (d->cap - 1);
    } else {
        for (ssize_t k = i; k < n - 1; k++)
            *dq_slot(d, (size_t)k) = *dq_slot(d, (size_t)k + 1);
        *dq_slot(d, (size_t)n - 1) = VAL_NULL;
    }
    dq_set_len(d, n - 1);
    d->state++;
    return v;
}

static Value m_remove(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("deque.remove", kw) < 0 || args_count("deque.remove", nargs, 1, 1) < 0)
        return VAL_NULL;
    DequeObj *d = as_deque(self);
    for (ssize_t i = 0;; i++) {
        uint64_t state;
        Value item = dq_item_state(d, i, &state);
        if (!item)
            break;
        int eq = item == args[0] ? 1 : obj_richcompare_bool(item, args[0], CMP_EQ);
        val_decref(item);
        if (eq < 0)
            return VAL_NULL;
        CriticalSection cs;
        cs_begin(&cs, &d->base);
        if (d->state != state) {
            cs_end(&cs);
            err_set(&Exc_IndexError, "deque mutated during remove().");
            return VAL_NULL;
        }
        if (eq) {
            Value v = dq_del_locked(d, i);
            cs_end(&cs);
            val_decref(v);
            return VAL_NONE;
        }
        cs_end(&cs);
    }
    err_set(&Exc_ValueError, "%R is not in deque", args[0]);
    return VAL_NULL;
}

static Value m_insert(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("deque.insert", kw) < 0 || args_count("insert", nargs, 2, 2) < 0)
        return VAL_NULL;
    ssize_t i = obj_as_ssize(args[0], &Exc_OverflowError);
    if (i == -1 && err_occurred())
        return VAL_NULL;
    DequeObj *d = as_deque(self);
    CriticalSection cs;
    cs_begin(&cs, &d->base);
    ssize_t n = dq_len(d);
    if (d->maxlen >= 0 && n >= d->maxlen) {
        cs_end(&cs);
        err_set(&Exc_IndexError, "deque already at its maximum size");
        return VAL_NULL;
    }
    if (i < 0) {
        i += n;
        if (i < 0)
            i = 0;
    }
    if (i > n)
        i = n;
    if (dq_grow(d) < 0) {
        cs_end(&cs);
        return VAL_NULL;
    }
    for (ssize_t k = n; k > i; k--)
        *dq_slot(d, (size_t)k) = *dq_slot(d, (size_t)k - 1);
    *dq_slot(d, (size_t)i) = val_ref(args[1]);
    dq_set_len(d, n + 1);
    d->state++;
    cs_end(&cs);
    return VAL_NONE;
}

/* A new deque of type(self) with self's items and maxlen. */
static Value dq_copy(Value self)
{
    DequeObj *d = as_deque(self);
    Object *items = dq_snapshot(d);
    if (!items)
        return VAL_NULL;
    Value r;
    if (val_type(self) == &Deque_Type) {
        r = deque_tp_new(&Deque_Type, NULL, 0, NULL);
        if (r) {
            as_deque(r)->maxlen = d->maxlen;
            if (dq_extend_items(as_deque(r), tuple_items(items), tuple_size(items), false) < 0)
                val_clear(&r);
        }
    } else {
        Value ml = d->maxlen < 0 ? VAL_NONE : int_from_i64(d->maxlen);
        Value a[2] = {(Value)items, ml};
        r = obj_call((Value)val_type(self), a, d->maxlen < 0 ? 1 : 2, NULL);
        val_decref(ml);
    }
    obj_decref(items);
    return r;
}

static Value m_copy(Value self, const Value *args, size_t nargs, Object *kw)
{
    return dq_copy(self);
}

static Value m_reduce(Value self, const Value *args, size_t nargs, Object *kw)
{
    DequeObj *d = as_deque(self);
    Object *items = dq_snapshot(d);
    if (!items)
        return VAL_NULL;
    Object *lst = list_from_array(tuple_items(items), tuple_size(items));
    obj_decref(items);
    if (!lst)
        return VAL_NULL;
    Value ml = d->maxlen < 0 ? VAL_NONE : int_from_i64(d->maxlen);
    Object *ctor = tuple_pack(2, (Value)lst, ml);
    obj_decref(lst);
    val_decref(ml);
    if (!ctor)
        return VAL_NULL;
    Value state;
    Object *dict = obj_instance_dict(self, false);
    state = dict && dict_len(dict) ? (Value)dict : VAL_NONE;
    Object *r = tuple_pack(3, (Value)val_type(self), (Value)ctor, state);
    obj_decref(ctor);
    return r ? (Value)r : VAL_NULL;
}

static Value m_class_getitem(Value cls, const Value *args, size_t nargs, Object *kw)
{
    return val_ref(cls);
}

static Value deque_iter_new(Value dq, bool reverse);

static Value m_reversed(Value self, const Value *args, size_t nargs, Object *kw)
{
    return deque_iter_new(self, true);
}

static Value m_sizeof(Value self, const Value *args, size_t nargs, Object *kw)
{
    DequeObj *d = as_deque(self);
    return int_from_i64((int64_t)(sizeof(DequeObj) + d->cap * sizeof(Value)));
}

static const MethodDef deque_methods[] = {
    {"append", m_append, 0, "Add an element to the right side of the deque."},
    {"appendleft", m_appendleft, 0, "Add an element to the left side of the deque."},
    {"clear", m_clear, 0, "Remove all elements from the deque."},
    {"copy", m_copy, 0, "Return a shallow copy of a deque."},
    {"__copy__", m_copy, 0, "Return a shallow copy of a deque."},
    {"count", m_count, 0, "Return number of occurrences of value."},
    {"extend", m_extend, 0, "Extend the right side of the deque with elements from the iterable."},
    {"extendleft", m_extendleft, 0, "Extend the left side of the deque with elements from the iterable."},
    {"index", m_index, 0, "Return first index of value."},
    {"insert", m_insert, 0, "Insert value before index."},
    {"pop", m_pop, 0, "Remove and return the rightmost element."},
    {"popleft", m_popleft, 0, "Remove and return the leftmost element."},
    {"remove", m_remove, 0, "Remove first occurrence of value."},
    {"reverse", m_reverse, 0, "Reverse *IN PLACE*."},
    {"rotate", m_rotate, 0, "Rotate the deque n steps to the right.  If n is negative, rotates left."},
    {"__reduce__", m_reduce, 0, "Return state information for pickling."},
    {"__reversed__", m_reversed, 0, "Return a reverse iterator over the deque."},
    {"__sizeof__", m_sizeof, 0, "Size of the deque in memory, in bytes."},
    {"__class_getitem__", m_class_getitem, METH_CLASS, "See PEP 585"},
    {0},
};

static Value get_maxlen(Value self, void *c)
{
    ssize_t m = as_deque(self)->maxlen;
    return m < 0 ? VAL_NONE : int_from_i64(m);
}

static const GetSetDef deque_getsets[] = {
    {"maxlen", get_maxlen, NULL, NULL, "maximum size of a deque or None if unbounded"},
    {0},
};

/* ---- slots ------------------------------------------------------------------------------ */

static ssize_t deque_len(Value self) { return dq_len(as_deque(self)); }

static int dq_index_arg(Value key, ssize_t *out)
{
    if (val_is_int(key)) {
        *out = (ssize_t)val_as_int(key);
        return 0;
    }
    if (!val_is_int_like(key) && !val_type(key)->index) {
        err_set(&Exc_TypeError, "sequence index must be integer, not '%s'", type_name(val_type(key)));
        return -1;
    }
    *out = obj_as_ssize(key, &Exc_IndexError);
    return *out == -1 && err_occurred() ? -1 : 0;
}

static Value deque_getitem(Value self, Value key)
{
    ssize_t i;
    if (dq_index_arg(key, &i) < 0)
        return VAL_NULL;
    DequeObj *d = as_deque(self);
    CriticalSection cs;
    cs_begin(&cs, &d->base);
    ssize_t n = dq_len(d);
    if (i < 0)
        i += n;
    Value v = i >= 0 && i < n ? val_ref(*dq_slot(d, (size_t)i)) : VAL_NULL;
    cs_end(&cs);
    if (!v)
        err_set(&Exc_IndexError, "deque index out of range");
    return v;
}

static int deque_setitem(Value self, Value key, Value v)
{
    ssize_t i;
    if (dq_index_arg(key, &i) < 0)
        return -1;
    DequeObj *d = as_deque(self);
    CriticalSection cs;
    cs_begin(&cs, &d->base);
    ssize_t n = dq_len(d);
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        cs_end(&cs);
        err_set(&Exc_IndexError, "deque index out of range");
        return -1;
    }
    Value old;
    if (v) {
        Value *s = dq_slot(d, (size_t)i);
        old = *s;
        *s = val_ref(v);
    } else {
        old = dq_del_locked(d, i);
    }
    cs_end(&cs);
    val_decref(old);
    return 0;
}

static Value deque_repr(Value self)
{
    int rec = obj_repr_enter(self);
    if (rec < 0)
        return VAL_NULL;
    if (rec)
        return str_from_cstr("[...]");
    DequeObj *d = as_deque(self);
    Object *items = dq_snapshot(d);
    Object *lst = items ? list_from_array(tuple_items(items), tuple_size(items)) : NULL;
    if (items)
        obj_decref(items);
    Value r = VAL_NULL;
    if (lst) {
        const char *tn = type_name(val_type(self));
        const char *dot = strrchr(tn, '.');
        const char *name = dot ? dot + 1 : tn;
        if (d->maxlen >= 0)
            r = str_printf("%s(%R, maxlen=%zd)", name, (Value)lst, d->maxlen);
        else
            r = str_printf("%s(%R)", name, (Value)lst);
        obj_decref(lst);
    }
    obj_repr_leave(self);
    return r;
}

static Value deque_richcompare(Value a, Value b, int op)
{
    if (!deque_check(b))
        return val_ref(VAL_NOTIMPL);
    Object *ta = dq_snapshot(as_deque(a));
    Object *tb = ta ? dq_snapshot(as_deque(b)) : NULL;
    Value r = VAL_NULL;
    if (ta && tb)
        r = obj_richcompare((Value)ta, (Value)tb, op);
    if (ta)
        obj_decref(ta);
    if (tb)
        obj_decref(tb);
    return r;
}

static Value deque_add(Value a, Value b)
{
    if (!deque_check(a))
        return val_ref(VAL_NOTIMPL);
    if (!deque_check(b)) {
        err_set(&Exc_TypeError, "can only concatenate deque (not \"%s\") to deque", type_name(val_type(b)));
        return VAL_NULL;
    }
    Value r = dq_copy(a);
    if (r && dq_extend(as_deque(r), b, false) < 0)
        val_clear(&r);
    return r;
}

static Value deque_inplace_add(Value a, Value b)
{
    if (!deque_check(a))
        return val_ref(VAL_NOTIMPL);
    if (dq_extend(as_deque(a), b, false) < 0)
        return VAL_NULL;
    return val_ref(a);
}

/* Repeats the items n times in place (keeping the last maxlen). */
static int dq_repeat_inplace(DequeObj *d, Value nv)
{
    if (!val_is_int_like(nv) && !val_type(nv)->index) {
        err_set(&Exc_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(val_type(nv)));
        return -1;
    }
    ssize_t n = obj_as_ssize(nv, &Exc_OverflowError);
    if (n == -1 && err_occurred())
        return -1;
    Object *items = dq_snapshot(d);
    if (!items)
        return -1;
    if (n <= 0) {
        deque_clear_slot(&d->base);
    } else {
        ssize_t len = tuple_size(items);
        if (len && n > 1 && (d->maxlen < 0 ? (PTRDIFF_MAX / (ssize_t)sizeof(Value)) / len < n : false)) {
            obj_decref(items);
            err_no_memory();
            return -1;
        }
        /* With a maxlen, once k copies hold at least maxlen items the
         * window (the last maxlen of the repetition) no longer changes. */
        for (ssize_t k = 1; k < n && len > 0; k++) {
            if (d->maxlen >= 0 && k * len >= d->maxlen)
                break;
            if (dq_extend_items(d, tuple_items(items), len, false) < 0) {
                obj_decref(items);
                return -1;
            }
        }
    }
    obj_decref(items);
    return 0;
}

static Value deque_mul(Value a, Value b)
{
    Value dq = deque_check(a) ? a : b, n = deque_check(a) ? b : a;
    if (!deque_check(dq))
        return val_ref(VAL_NOTIMPL);
    if (!val_is_int_like(n) && !val_type(n)->index)
        return val_ref(VAL_NOTIMPL);
    Value r = dq_copy(dq);
    if (r && dq_repeat_inplace(as_deque(r), n) < 0)
        val_clear(&r);
    return r;
}

static Value deque_inplace_mul(Value a, Value b)
{
    if (!deque_check(a))
        return val_ref(VAL_NOTIMPL);
    if (dq_repeat_inplace(as_deque(a), b) < 0)
        return VAL_NULL;
    return val_ref(a);
}

static int deque_bool(Value self) { return dq_len(as_deque(self)) > 0; }

static Value deque_iter(Value self) { return deque_iter_new(self, false); }

Type Deque_Type = {
    TYPE_HEADER("collections.deque", deque_dealloc),
    .tflags = TF_BASETYPE | TF_HAS_GC,
    .basicsize = sizeof(DequeObj),
    .doc = "A list-like sequence optimized for data accesses near its endpoints.",
    .methods = deque_methods,
    .getsets = deque_getsets,
    .repr = deque_repr,
    .richcompare = deque_richcompare,
    .iter = deque_iter,
    .tp_new = deque_tp_new,
    .init = deque_init,
    .traverse = deque_traverse,
    .clear = deque_clear_slot,
    .binop[OP_ADD] = deque_add,
    .binop[OP_MUL] = deque_mul,
    .inplace[OP_ADD] = deque_inplace_add,
    .inplace[OP_MUL] = deque_inplace_mul,
    .boolean = deque_bool,
    .len = deque_len,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .contains = dq_contains,
};

/* ---- iterators --------------------------------------------------------------------------- */

typedef struct {
    Object base;
    Value deque;
    ssize_t index;   /* items already produced */
    uint64_t state;  /* the deque's state when the iterator was made */
    bool reverse;
} DequeIterObj;

static void dqiter_dealloc(Object *o)
{
    val_xdecref(((DequeIterObj *)o)->deque);
    obj_free(o);
}

static int dqiter_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    DequeIterObj *it = (DequeIterObj *)o;
    return it->deque ? visit(it->deque, arg) : 0;
}

static Value deque_iter_new(Value dq, bool reverse)
{
    DequeIterObj *it = (DequeIterObj *)obj_alloc(reverse ? &DequeRevIter_Type : &DequeIter_Type, 0);
    if (!it)
        return VAL_NULL;
    DequeObj *d = as_deque(dq);
    CriticalSection cs;
    cs_begin(&cs, &d->base);
    it->state = d->state;
    cs_end(&cs);
    it->deque = val_ref(dq);
    it->reverse = reverse;
    return (Value)it;
}

static Value dqiter_next(Value self)
{
    DequeIterObj *it = (DequeIterObj *)val_as_obj(self);
    DequeObj *d = as_deque(it->deque);
    CriticalSection2 cs;
    cs_begin2(&cs, &it->base, &d->base);
    Value v = VAL_NULL;
    ssize_t n = dq_len(d);
    if (d->state != it->state) {
        err_set(&Exc_RuntimeError, "deque mutated during iteration");
        it->index = PTRDIFF_MAX;
    } else if (it->index < n) {
        ssize_t i = it->reverse ? n - 1 - it->index : it->index;
        v = val_ref(*dq_slot(d, (size_t)i));
        it->index++;
    }
    cs_end2(&cs);
    return v;
}

static Value dqiter_length_hint(Value self, const Value *args, size_t nargs, Object *kw)
{
    DequeIterObj *it = (DequeIterObj *)val_as_obj(self);
    ssize_t left = dq_len(as_deque(it->deque)) - it->index;
    return int_from_i64(left > 0 ? left : 0);
}

static const MethodDef dqiter_methods[] = {
    {"__length_hint__", dqiter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {0},
};

Type DequeIter_Type = {
    TYPE_HEADER("collections._deque_iterator", dqiter_dealloc),
    .tflags = TF_HAS_GC,
    .basicsize = sizeof(DequeIterObj),
    .methods = dqiter_methods,
    .iter = it_self_ref,
    .iternext = dqiter_next,
    .traverse = dqiter_traverse,
};

Type DequeRevIter_Type = {
    TYPE_HEADER("collections._deque_reverse_iterator", dqiter_dealloc),
    .tflags = TF_HAS_GC,
    .basicsize = sizeof(DequeIterObj),
    .methods = dqiter_methods,
    .iter = it_self_ref,
    .iternext = dqiter_next,
    .traverse = dqiter_traverse,
};
