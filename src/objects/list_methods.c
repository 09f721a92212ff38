/* list: protocol slots (repr, comparison, indexing and slicing, operators),
 * the Python-level methods, and the list iterators. */
#include <string.h>

#include "intobj.h"
#include "list_internal.h"
#include "sliceobj.h"

static inline ListObj *as_list(Value v) { return (ListObj *)val_as_obj(v); }

static void list_dealloc(Object *o)
{
    ListObj *l = (ListObj *)o;
    ListArray *a = list_arr(l);
    ssize_t n = list_len_locked(l);
    if (a && a != &list_sorting_array) {
        for (ssize_t i = 0; i < n; i++)
            val_xdecref(list_slot_load(a, i));
        /* Nobody else can reach the list any more: free at once. */
        mem_free(a);
    }
    obj_free(o);
}

static int list_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    ListObj *l = (ListObj *)o;
    ListArray *a = list_arr(l);
    ssize_t n = list_len_locked(l);
    for (ssize_t i = 0; i < n && a && i < a->capacity; i++) {
        Value v = list_slot_load(a, i);
        if (v) {
            int r = visit(v, arg);
            if (r)
                return r;
        }
    }
    return 0;
}

static void list_tp_clear(Object *o) { list_clear_items((ListObj *)o); }

static Value list_repr(Value self)
{
    Object *snap = list_as_tuple(val_as_obj(self));
    if (!snap)
        return VAL_NULL;
    Value r = tuple_size(snap) == 0
                  ? str_from_ascii("[]", 2)
                  : cont_repr_items(self, "[", tuple_items(snap), tuple_size(snap), "]", "[...]");
    obj_decref(snap);
    return r;
}

static Value list_richcompare(Value a, Value b, int op)
{
    if (!val_is_list(b))
        return val_ref(VAL_NOTIMPL);
    ListObj *x = as_list(a), *y = as_list(b);
    if ((op == CMP_EQ || op == CMP_NE) && list_size(&x->base) != list_size(&y->base))
        return val_bool(op == CMP_NE);
    Value vx = VAL_NULL, vy = VAL_NULL;
    for (ssize_t i = 0;; i++) {
        vx = list_try_get(x, i);
        vy = list_try_get(y, i);
        if (!vx || !vy)
            break;
        if (vx != vy) {
            int k = obj_richcompare_bool(vx, vy, CMP_EQ);
            if (k < 0) {
                val_decref(vx);
                val_decref(vy);
                return VAL_NULL;
            }
            if (!k)
                break; /* the first difference decides */
        }
        val_decref(vx);
        val_decref(vy);
    }
    if (!vx || !vy) {
        val_xdecref(vx);
        val_xdecref(vy);
        ssize_t nx = list_size(&x->base), ny = list_size(&y->base);
        bool r;
        switch (op) {
        case CMP_LT: r = nx < ny; break;
        case CMP_LE: r = nx <= ny; break;
        case CMP_EQ: r = nx == ny; break;
        case CMP_NE: r = nx != ny; break;
        case CMP_GT: r = nx > ny; break;
        default: r = nx >= ny; break;
        }
        return val_bool(r);
    }
    Value r;
    if (op == CMP_EQ)
        r = VAL_FALSE;
    else if (op == CMP_NE)
        r = VAL_TRUE;
    else
        r = obj_richcompare(vx, vy, op);
    val_decref(vx);
    val_decref(vy);
    return r;
}

static ssize_t list_len(Value self) { return list_size(val_as_obj(self)); }

static Object *list_slice_copy(ListObj *l, ssize_t start, ssize_t stop, ssize_t step,
                               const Value *slice)
{
    CriticalSection cs;
    cs_begin(&cs, &l->base);
    ssize_t n = list_len_locked(l);
    if (slice)
        n = slice_adjust(n, &start, &stop, step);
    else {
        if (start < 0) start = 0;
        if (stop > n) stop = n;
        n = stop > start ? stop - start : 0;
    }
    Object *res = list_new(n);
    if (res) {
        ListArray *src = list_arr(l), *dst = list_arr((ListObj *)res);
        for (ssize_t k = 0, j = start; k < n; k++, j += step)
            atomic_init(&dst->items[k], val_ref(list_slot_load(src, j)));
    }
    cs_end(&cs);
    return res;
}

static Value list_getitem(Value self, Value key)
{
    ListObj *l = as_list(self);
    ssize_t i;
    if (val_is_int(key)) {
        i = (ssize_t)val_as_int(key);
    } else {
        int r = cont_index_value(key, &i);
        if (r < 0)
            return VAL_NULL;
        if (r == 0) {
            if (val_is_slice(key)) {
                ssize_t start, stop, step;
                if (slice_unpack_raw(key, &start, &stop, &step) < 0)
                    return VAL_NULL;
                Object *res = list_slice_copy(l, start, stop, step, &key);
                return res ? val_from_obj(res) : VAL_NULL;
            }
            cont_bad_index("list", key);
            return VAL_NULL;
        }
    }
    if (i < 0)
        i += list_size(&l->base);
    Value v = i >= 0 ? list_try_get(l, i) : VAL_NULL;
    if (!v)
        err_index_out_of_range("list index out of range");
    return v;
}

/* The items of a value about to be assigned to a slice, as a tuple
 * snapshot (a list is copied, so a[:] = a works). */
static Object *assign_source(Value v, const char *msg)
{
    if (val_is_list(v))
        return list_as_tuple(val_as_obj(v));
    if (val_is_tuple(v)) {
        obj_incref(val_as_obj(v));
        return val_as_obj(v);
    }
    Value it = obj_iter(v);
    if (!it) {
        if (err_matches(&Exc_TypeError)) {
            err_clear();
            err_set(&Exc_TypeError, "%s", msg);
        }
        return NULL;
    }
    val_decref(it);
    return tuple_from_iterable(v);
}

/* Releases the references a slice operation removed (after the lock). */
static void release_values(Value *vals, ssize_t n, Value *stackbuf)
{
    for (ssize_t i = 0; i < n; i++)
        val_xdecref(vals[i]);
    if (vals != stackbuf)
        mem_free(vals);
}

static Value *recycle_buffer(ssize_t n, Value *stackbuf, ssize_t stackn)
{
    if (n <= stackn)
        return stackbuf;
    Value *p = mem_alloc((size_t)n * sizeof(Value));
    if (!p)
        err_no_memory();
    return p;
}

/* l[ilow:ihigh] = items (n of them, borrowed); items NULL with n 0 deletes. */
static int assign_simple_slice(ListObj *l, ssize_t ilow, ssize_t ihigh, const Value *items,
                               ssize_t n)
{
    Value stackbuf[16];
    CriticalSection cs;
    cs_begin(&cs, &l->base);
    ssize_t size = list_len_locked(l);
    if (ilow < 0) ilow = 0;
    else if (ilow > size) ilow = size;
    if (ihigh < ilow) ihigh = ilow;
    else if (ihigh > size) ihigh = size;
    ssize_t norig = ihigh - ilow, d = n - norig;
    Value *recycle = recycle_buffer(norig, stackbuf, 16);
    if (!recycle) {
        cs_end(&cs);
        return -1;
    }
    ListArray *a = list_arr(l);
    for (ssize_t k = 0; k < norig; k++)
        recycle[k] = list_slot_load(a, ilow + k);
    if (d < 0) {
        for (ssize_t k = ihigh; k < size; k++)
            list_slot_store(a, k + d, list_slot_load(a, k));
        list_resize_locked(l, size + d); /* shrinking cannot fail */
    } else if (d > 0) {
        if (list_resize_locked(l, size + d) < 0) {
            cs_end(&cs);
            if (recycle != stackbuf)
                mem_free(recycle);
            return -1;
        }
        a = list_arr(l);
        for (ssize_t k = size - 1; k >= ihigh; k--)
            list_slot_store(a, k + d, list_slot_load(a, k));
    }
    a = list_arr(l);
    for (ssize_t k = 0; k < n; k++)
        list_slot_store(a, ilow + k, val_ref(items[k]));
    cs_end(&cs);
    release_values(recycle, norig, stackbuf);
    return 0;
}

static int assign_extended_slice(ListObj *l, Value slice, Value v)
{
    ssize_t start, stop, step;
    if (slice_unpack_raw(slice, &start, &stop, &step) < 0)
        return -1;
    if (step == 1) {
        /* Simple slices keep CPython's list_ass_slice semantics. */
        Object *src = NULL;
        if (v && !(src = assign_source(v, "must assign iterable to extended slice")))
            return -1;
        CriticalSection cs;
        cs_begin(&cs, &l->base);
        slice_adjust(list_len_locked(l), &start, &stop, step);
        cs_end(&cs);
        /* The section is re-entered inside; a concurrent change of length
         * in between only moves the clamp, as if it ran first. */
        int r = assign_simple_slice(l, start, stop, src ? tuple_items(src) : NULL,
                                    src ? tuple_size(src) : 0);
        obj_xdecref(src);
        return r;
    }
    Object *src = NULL;
    if (v && !(src = assign_source(v, "must assign iterable to extended slice")))
        return -1;
    Value stackbuf[16];
    CriticalSection cs;
    cs_begin(&cs, &l->base);
    ssize_t size = list_len_locked(l);
    ssize_t slicelen = slice_adjust(size, &start, &stop, step);
    ListArray *a = list_arr(l);
    int r = 0;
    Value *recycle = NULL;
    if (src) {
        if (tuple_size(src) != slicelen) {
            cs_end(&cs);
            err_set(&Exc_ValueError,
                    "attempt to assign sequence of size %zd to extended slice of size %zd",
                    tuple_size(src), slicelen);
            obj_decref(src);
            return -1;
        }
        recycle = recycle_buffer(slicelen, stackbuf, 16);
        if (!recycle) {
            r = -1;
        } else {
            for (ssize_t k = 0, j = start; k < slicelen; k++, j += step) {
                recycle[k] = list_slot_load(a, j);
                list_slot_store(a, j, val_ref(tuple_items(src)[k]));
            }
        }
    } else if (slicelen > 0) {
        /* Delete: walk the slice in increasing index order. */
        if (step < 0) {
            stop = start + 1;
            start = stop + step * (slicelen - 1) - 1;
            step = -step;
        }
        recycle = recycle_buffer(slicelen, stackbuf, 16);
        if (!recycle) {
            r = -1;
        } else {
            ssize_t w = start, removed = 0;
            for (ssize_t i = start; i < size; i++) {
                if (removed < slicelen && i == start + removed * step) {
                    recycle[removed++] = list_slot_load(a, i);
                    continue;
                }
                list_slot_store(a, w++, list_slot_load(a, i));
            }
            list_resize_locked(l, size - slicelen);
        }
    }
    cs_end(&cs);
    if (recycle)
        release_values(recycle, slicelen, stackbuf);
    obj_xdecref(src);
    return r;
}

static int list_delete_index(ListObj *l, ssize_t i)
{
    CriticalSection cs;
    cs_begin(&cs, &l->base);
    ssize_t n = list_len_locked(l);
    if (i < 0)
        i += n;
    if ((size_t)i >= (size_t)n) {
        cs_end(&cs);
        err_index_out_of_range("list assignment index out of range");
        return -1;
    }
    ListArray *a = list_arr(l);
    Value old = list_slot_load(a, i);
    for (ssize_t k = i + 1; k < n; k++)
        list_slot_store(a, k - 1, list_slot_load(a, k));
    list_resize_locked(l, n - 1);
    cs_end(&cs);
    val_decref(old);
    return 0;
}

static int list_setitem(Value self, Value key, Value v)
{
    ListObj *l = as_list(self);
    ssize_t i;
    int r = cont_index_value(key, &i);
    if (r < 0)
        return -1;
    if (r > 0)
        return v ? list_set(&l->base, i, v) : list_delete_index(l, i);
    if (val_is_slice(key))
        return assign_extended_slice(l, key, v);
    cont_bad_index("list", key);
    return -1;
}

static int list_contains(Value self, Value item)
{
    ListObj *l = as_list(self);
    for (ssize_t i = 0;; i++) {
        Value v = list_try_get(l, i);
        if (!v)
            return 0;
        int r = obj_richcompare_bool(v, item, CMP_EQ);
        val_decref(v);
        if (r != 0)
            return r;
    }
}

static Value list_iter(Value self) { return listiter_new(val_as_obj(self)); }

static Value list_concat(Value a, Value b)
{
    if (!val_is_list(a))
        return val_ref(VAL_NOTIMPL);
    if (!val_is_list(b)) {
        Value r = cont_seq_reflected(a, b, OP_ADD, &List_Type);
        if (!r && !err_occurred())
            err_set(&Exc_TypeError, "can only concatenate list (not \"%s\") to list",
                    type_name(val_type(b)));
        return r;
    }
    Object *x = list_as_tuple(val_as_obj(a));
    if (!x)
        return VAL_NULL;
    Object *y = list_as_tuple(val_as_obj(b));
    if (!y) {
        obj_decref(x);
        return VAL_NULL;
    }
    ssize_t nx = tuple_size(x), ny = tuple_size(y);
    Object *res = list_new(nx + ny);
    if (res) {
        ListArray *d = list_arr((ListObj *)res);
        for (ssize_t i = 0; i < nx; i++)
            atomic_init(&d->items[i], val_ref(tuple_items(x)[i]));
        for (ssize_t i = 0; i < ny; i++)
            atomic_init(&d->items[nx + i], val_ref(tuple_items(y)[i]));
    }
    obj_decref(x);
    obj_decref(y);
    return res ? val_from_obj(res) : VAL_NULL;
}

static Value list_repeat(Value a, Value b)
{
    bool left = val_is_list(a);
    Value seq = left ? a : b, count = left ? b : a;
    ssize_t n;
    int r = cont_repeat_count(count, &n);
    if (r < 0)
        return VAL_NULL;
    if (r == 0)
        return cont_seq_repeat_fallback(a, b, left, &List_Type);
    Object *snap = list_as_tuple(val_as_obj(seq));
    if (!snap)
        return VAL_NULL;
    ssize_t m = tuple_size(snap);
    if (m && n > PTRDIFF_MAX / (ssize_t)sizeof(Value) / m) {
        obj_decref(snap);
        return err_no_memory();
    }
    Object *res = list_new(m * n);
    if (res) {
        ListArray *d = list_arr((ListObj *)res);
        for (ssize_t k = 0; k < n; k++)
            for (ssize_t i = 0; i < m; i++)
                atomic_init(&d->items[k * m + i], val_ref(tuple_items(snap)[i]));
    }
    obj_decref(snap);
    return res ? val_from_obj(res) : VAL_NULL;
}

static Value list_inplace_concat(Value a, Value b)
{
    if (list_extend(val_as_obj(a), b) < 0)
        return VAL_NULL;
    return val_ref(a);
}

static Value list_inplace_repeat(Value a, Value b)
{
    ssize_t n;
    int r = cont_repeat_count(b, &n);
    if (r < 0)
        return VAL_NULL;
    if (r == 0)
        return val_ref(VAL_NOTIMPL);
    ListObj *l = as_list(a);
    if (n == 0) {
        list_clear_items(l);
        return val_ref(a);
    }
    CriticalSection cs;
    cs_begin(&cs, &l->base);
    ssize_t m = list_len_locked(l);
    if (m && n > 1) {
        if (n > PTRDIFF_MAX / (ssize_t)sizeof(Value) / m) {
            cs_end(&cs);
            return err_no_memory();
        }
        if (list_resize_locked(l, m * n) < 0) {
            cs_end(&cs);
            return VAL_NULL;
        }
        ListArray *d = list_arr(l);
        for (ssize_t k = 1; k < n; k++)
            for (ssize_t i = 0; i < m; i++)
                list_slot_store(d, k * m + i, val_ref(list_slot_load(d, i)));
    }
    cs_end(&cs);
    return val_ref(a);
}

static Value list_tp_new(Type *type, const Value *args, size_t nargs, Object *kwnames)
{
    Object *l = list_new_type(type, 0);
    return l ? val_from_obj(l) : VAL_NULL;
}

static int list_init(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (val_type(self) == &List_Type && args_no_kw("list", kwnames) < 0)
        return -1;
    if (args_count("list", nargs, 0, 1) < 0)
        return -1;
    ListObj *l = as_list(self);
    if (list_size(&l->base))
        list_clear_items(l);
    return nargs ? list_extend(&l->base, args[0]) : 0;
}

/* ---- Methods ------------------------------------------------------------- */

static Value m_append(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("append", kwnames) < 0 || args_count("append", nargs, 1, 1) < 0)
        return VAL_NULL;
    if (list_append(val_as_obj(self), args[0]) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value m_extend(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("extend", kwnames) < 0 || args_count("extend", nargs, 1, 1) < 0)
        return VAL_NULL;
    if (list_extend(val_as_obj(self), args[0]) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static int ssize_arg(Value v, ssize_t *out)
{
    if (val_is_int(v)) {
        *out = (ssize_t)val_as_int(v);
        return 0;
    }
    if (!val_type(v)->index) {
        err_set(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                type_name(val_type(v)));
        return -1;
    }
    ssize_t i = obj_as_ssize(v, &Exc_OverflowError);
    if (i == -1 && err_occurred())
        return -1;
    *out = i;
    return 0;
}

static Value m_insert(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("insert", kwnames) < 0 || args_count("insert", nargs, 2, 2) < 0)
        return VAL_NULL;
    ssize_t i;
    if (ssize_arg(args[0], &i) < 0)
        return VAL_NULL;
    if (list_insert(val_as_obj(self), i, args[1]) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value m_pop(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("pop", kwnames) < 0 || args_count("pop", nargs, 0, 1) < 0)
        return VAL_NULL;
    ssize_t i = -1;
    if (nargs && ssize_arg(args[0], &i) < 0)
        return VAL_NULL;
    ListObj *l = as_list(self);
    CriticalSection cs;
    cs_begin(&cs, &l->base);
    ssize_t n = list_len_locked(l);
    if (n == 0) {
        cs_end(&cs);
        err_set(&Exc_IndexError, "pop from empty list");
        return VAL_NULL;
    }
    if (i < 0)
        i += n;
    if ((size_t)i >= (size_t)n) {
        cs_end(&cs);
        err_set(&Exc_IndexError, "pop index out of range");
        return VAL_NULL;
    }
    ListArray *a = list_arr(l);
    Value v = list_slot_load(a, i);
    for (ssize_t k = i + 1; k < n; k++)
        list_slot_store(a, k - 1, list_slot_load(a, k));
    list_resize_locked(l, n - 1);
    cs_end(&cs);
    return v; /* the list's reference becomes the caller's */
}

/* Removes the first item equal to x; 1 removed, 0 absent, -1 error. The
 * comparisons run without the lock; the removal re-checks that the slot
 * still holds the compared item and rescans when the list changed. */
static int remove_first(ListObj *l, Value x)
{
restart:
    for (ssize_t i = 0;; i++) {
        Value v = list_try_get(l, i);
        if (!v)
            return 0;
        int r = obj_richcompare_bool(v, x, CMP_EQ);
        if (r <= 0) {
            val_decref(v);
            if (r < 0)
                return -1;
            continue;
        }
        CriticalSection cs;
        cs_begin(&cs, &l->base);
        ssize_t n = list_len_locked(l);
        ListArray *a = list_arr(l);
        if (i >= n || list_slot_load(a, i) != v) {
            cs_end(&cs);
            val_decref(v);
            goto restart;
        }
        for (ssize_t k = i + 1; k < n; k++)
            list_slot_store(a, k - 1, list_slot_load(a, k));
        list_resize_locked(l, n - 1);
        cs_end(&cs);
        val_decref(v); /* ours */
        val_decref(v); /* the list's */
        return 1;
    }
}

static Value m_remove(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("remove", kwnames) < 0 || args_count("remove", nargs, 1, 1) < 0)
        return VAL_NULL;
    int r = remove_first(as_list(self), args[0]);
    if (r < 0)
        return VAL_NULL;
    if (r == 0) {
        err_set(&Exc_ValueError, "list.remove(x): x not in list");
        return VAL_NULL;
    }
    return VAL_NONE;
}

static int index_bound(Value v, ssize_t len, ssize_t *out)
{
    if (!val_is_int(v) && !val_type(v)->index) {
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
    *out = i;
    return 0;
}

static Value m_index(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("index", kwnames) < 0 || args_count("index", nargs, 1, 3) < 0)
        return VAL_NULL;
    ListObj *l = as_list(self);
    ssize_t len = list_size(&l->base), start = 0, stop = PTRDIFF_MAX;
    if ((nargs > 1 && index_bound(args[1], len, &start) < 0) ||
        (nargs > 2 && index_bound(args[2], len, &stop) < 0))
        return VAL_NULL;
    for (ssize_t i = start; i < stop; i++) {
        Value v = list_try_get(l, i);
        if (!v)
            break;
        int r = obj_richcompare_bool(v, args[0], CMP_EQ);
        val_decref(v);
        if (r < 0)
            return VAL_NULL;
        if (r)
            return val_from_int(i);
    }
    err_set(&Exc_ValueError, "list.index(x): x not in list");
    return VAL_NULL;
}

static Value m_count(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("count", kwnames) < 0 || args_count("count", nargs, 1, 1) < 0)
        return VAL_NULL;
    ListObj *l = as_list(self);
    int64_t count = 0;
    for (ssize_t i = 0;; i++) {
        Value v = list_try_get(l, i);
        if (!v)
            break;
        int r = obj_richcompare_bool(v, args[0], CMP_EQ);
        val_decref(v);
        if (r < 0)
            return VAL_NULL;
        count += r;
    }
    return val_from_int(count);
}

static Value m_clear(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("clear", kwnames) < 0 || args_count("clear", nargs, 0, 0) < 0)
        return VAL_NULL;
    list_clear_items(as_list(self));
    return VAL_NONE;
}

static Value m_copy(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("copy", kwnames) < 0 || args_count("copy", nargs, 0, 0) < 0)
        return VAL_NULL;
    Object *res = list_slice_copy(as_list(self), 0, PTRDIFF_MAX, 1, NULL);
    return res ? val_from_obj(res) : VAL_NULL;
}

static Value m_reverse(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("reverse", kwnames) < 0 || args_count("reverse", nargs, 0, 0) < 0)
        return VAL_NULL;
    list_reverse(val_as_obj(self));
    return VAL_NONE;
}

static Value m_sort(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"key", "reverse"};
    static const ArgSpec spec = {"sort", names, 2, 0, 0, 0};
    Value out[2];
    if (args_parse(&spec, args, nargs, kwnames, out) < 0)
        return VAL_NULL;
    bool reverse = false;
    if (out[1]) {
        int t = obj_is_true(out[1]);
        if (t < 0)
            return VAL_NULL;
        reverse = t;
    }
    Value key = out[0] && out[0] != VAL_NONE ? out[0] : VAL_NULL;
    if (list_sort(val_as_obj(self), key, reverse) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value m_reversed(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_count("__reversed__", nargs, 0, 0) < 0)
        return VAL_NULL;
    return listreviter_new(val_as_obj(self));
}

static Value m_sizeof(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_count("__sizeof__", nargs, 0, 0) < 0)
        return VAL_NULL;
    ListArray *a = atomic_load_explicit(&as_list(self)->array, memory_order_acquire);
    size_t cap = a && a != &list_sorting_array ? (size_t)a->capacity : 0;
    return val_from_int((int64_t)(val_type(self)->basicsize + cap * sizeof(Value)));
}

static const MethodDef list_methods[] = {
    {"append", m_append, 0, "Append object to the end of the list."},
    {"extend", m_extend, 0, "Extend list by appending elements from the iterable."},
    {"insert", m_insert, 0, "Insert object before index."},
    {"pop", m_pop, 0, "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range."},
    {"remove", m_remove, 0, "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."},
    {"index", m_index, 0, "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", m_count, 0, "Return number of occurrences of value."},
    {"clear", m_clear, 0, "Remove all items from list."},
    {"copy", m_copy, 0, "Return a shallow copy of the list."},
    {"reverse", m_reverse, 0, "Reverse *IN PLACE*."},
    {"sort", m_sort, 0, "Sort the list in ascending order and return None."},
    {"__reversed__", m_reversed, 0, "Return a reverse iterator over the list."},
    {"__sizeof__", m_sizeof, 0, "Return the size of the list in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};

Type List_Type = {
    TYPE_HEADER("list", list_dealloc),
    .tflags = TF_BASETYPE | TF_LIST_SUBCLASS | TF_HAS_GC | TF_IMMUTABLE,
    .basicsize = sizeof(ListObj),
    .doc = "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\n"
           "The argument must be an iterable if specified.",
    .methods = list_methods,
    .repr = list_repr,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .tp_new = list_tp_new,
    .init = list_init,
    .traverse = list_traverse,
    .clear = list_tp_clear,
    .binop[OP_ADD] = list_concat,
    .binop[OP_MUL] = list_repeat,
    .inplace[OP_ADD] = list_inplace_concat,
    .inplace[OP_MUL] = list_inplace_repeat,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
};

/* ---- Iterators -------------------------------------------------------------
 * Forward and reverse. Several threads may advance one iterator: the index
 * is an atomic word (a racy step may repeat or skip an item, never crash),
 * and the list stays referenced until the iterator dies. */

typedef struct ListIterObj {
    Object base;
    ListObj *list;
    _Atomic ssize_t index; /* forward: PTRDIFF_MAX once exhausted; reverse: -1 */
} ListIterObj;

static Value listiter_make(Type *t, Object *l, ssize_t start)
{
    ListIterObj *it = (ListIterObj *)obj_alloc(t, 0);
    if (!it)
        return VAL_NULL;
    obj_incref(l);
    it->list = (ListObj *)l;
    atomic_init(&it->index, start);
    return val_from_obj(&it->base);
}

Value listiter_new(Object *l) { return listiter_make(&ListIter_Type, l, 0); }

Value listreviter_new(Object *l)
{
    return listiter_make(&ListRevIter_Type, l, list_size(l) - 1);
}

static void listiter_dealloc(Object *o)
{
    obj_decref(&((ListIterObj *)o)->list->base);
    obj_free(o);
}

static int listiter_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    return visit(val_from_obj(&((ListIterObj *)o)->list->base), arg);
}

static Value iter_self(Value self) { return val_ref(self); }

static Value listiter_next(Value self)
{
    ListIterObj *it = (ListIterObj *)val_as_obj(self);
    ssize_t i = atomic_load_explicit(&it->index, memory_order_relaxed);
    Value v = list_try_get(it->list, i);
    atomic_store_explicit(&it->index, v ? i + 1 : PTRDIFF_MAX, memory_order_relaxed);
    return v;
}

static Value listreviter_next(Value self)
{
    ListIterObj *it = (ListIterObj *)val_as_obj(self);
    ssize_t i = atomic_load_explicit(&it->index, memory_order_relaxed);
    Value v = i >= 0 ? list_try_get(it->list, i) : VAL_NULL;
    atomic_store_explicit(&it->index, v ? i - 1 : -1, memory_order_relaxed);
    return v;
}

static Value listiter_length_hint(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    ListIterObj *it = (ListIterObj *)val_as_obj(self);
    ssize_t i = atomic_load_explicit(&it->index, memory_order_relaxed);
    ssize_t n = list_size(&it->list->base);
    return val_from_int(i < n ? n - i : 0);
}

static Value listreviter_length_hint(Value self, const Value *args, size_t nargs,
                                     Object *kwnames)
{
    ListIterObj *it = (ListIterObj *)val_as_obj(self);
    ssize_t i = atomic_load_explicit(&it->index, memory_order_relaxed);
    ssize_t n = list_size(&it->list->base);
    return val_from_int(i >= 0 && i < n ? i + 1 : 0);
}

static const MethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

static const MethodDef listreviter_methods[] = {
    {"__length_hint__", listreviter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

Type ListIter_Type = {
    TYPE_HEADER("list_iterator", listiter_dealloc),
    .tflags = TF_HAS_GC | TF_IMMUTABLE,
    .basicsize = sizeof(ListIterObj),
    .methods = listiter_methods,
    .iter = iter_self,
    .iternext = listiter_next,
    .traverse = listiter_traverse,
};

Type ListRevIter_Type = {
    TYPE_HEADER("list_reverseiterator", listiter_dealloc),
    .tflags = TF_HAS_GC | TF_IMMUTABLE,
    .basicsize = sizeof(ListIterObj),
    .methods = listreviter_methods,
    .iter = iter_self,
    .iternext = listreviter_next,
    .traverse = listiter_traverse,
};
