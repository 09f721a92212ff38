/* list: the item array and its growth, the C API of listobj.h, and the
 * lock-free single-item read. Methods and protocol slots are in
 * list_methods.c, sorting in list_sort.c.
 *
 * Thread safety (DESIGN.md "Containers: locked writes, lock-free reads"):
 *  - every mutation runs in a critical section on the list;
 *  - list[i] and iteration read without a lock: load the array pointer
 *    (acquire), bound-check i against the array's own capacity (and the
 *    size), load the slot (acquire) and take a reference;
 *  - an array replaced by a resize is retired through QSBR, so a reader
 *    that loaded the old pointer never touches freed memory;
 *  - every slot store is a release store, so a reader that sees a pointer
 *    sees the object it points to initialised;
 *  - slots past the size are VAL_NULL (cleared when items are removed).
 * Known gap, closed in a later issue (docs/vm-plan.md): the item itself
 * may be freed by a concurrent removal between the reader's load of the
 * slot and its incref. The fix is type-stable object memory plus a
 * CAS-based incref that refuses dead objects and re-checks the slot. */
#include <string.h>

#include "dict_internal.h"
#include "list_internal.h"
#include "set_internal.h"
#include "tupleobj.h"
#include "qsbr.h"
#include "tstate.h"

ListArray *list_array_new(ssize_t capacity)
{
    if ((size_t)capacity > (SIZE_MAX - sizeof(ListArray)) / sizeof(Value)) {
        err_no_memory();
        return NULL;
    }
    ListArray *a = mem_alloc(sizeof(ListArray) + (size_t)capacity * sizeof(Value));
    if (!a) {
        err_no_memory();
        return NULL;
    }
    a->capacity = capacity;
    return a;
}

void list_array_retire(ListArray *a)
{
    if (!a || a == &list_sorting_array)
        return;
    ThreadState *ts = ts_current;
    if (ts)
        qsbr_retire(ts, a, mem_free);
    else
        mem_free(a);
}

/* A zero-capacity array installed while a sort owns the items: readers
 * see an empty list, and any mutation replaces it (which the sort
 * detects: "list modified during sort"). Never freed. */
ListArray list_sorting_array = {.capacity = 0};

int list_resize_locked(ListObj *l, ssize_t newsize)
{
    ListArray *a = list_arr(l);
    ssize_t cap = a ? a->capacity : 0;
    ssize_t size = list_len_locked(l);
    if (cap >= newsize && newsize >= (cap >> 1) && a != &list_sorting_array) {
        for (ssize_t i = newsize; i < size; i++)
            list_slot_store(a, i, VAL_NULL);
        atomic_store_explicit(&l->size, newsize, memory_order_release);
        return 0;
    }
    /* CPython's over-allocation: ~1/8 extra plus a little, rounded to 4,
     * so append is amortised O(1) and sizes (sys.getsizeof) match. */
    size_t newcap = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    if ((size_t)(newsize - size) > newcap - (size_t)newsize)
        newcap = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0)
        newcap = 0;
    ListArray *na = NULL;
    if (newcap) {
        na = list_array_new((ssize_t)newcap);
        if (!na) {
            if (newsize > size || !a)
                return -1;
            /* Shrinking without memory for a smaller array: keep this one. */
            err_clear();
            for (ssize_t i = newsize; i < size; i++)
                list_slot_store(a, i, VAL_NULL);
            atomic_store_explicit(&l->size, newsize, memory_order_release);
            return 0;
        }
        ssize_t keep = size < newsize ? size : newsize;
        for (ssize_t i = 0; i < keep; i++)
            atomic_init(&na->items[i], list_slot_load(a, i));
        for (ssize_t i = keep; i < (ssize_t)newcap; i++)
            atomic_init(&na->items[i], VAL_NULL);
    }
    /* Publish the new array before the size that may index into it:
     * a reader checks both against the array it loaded. */
    if (newsize < size)
        atomic_store_explicit(&l->size, newsize, memory_order_release);
    atomic_store_explicit(&l->array, na, memory_order_release);
    atomic_store_explicit(&l->size, newsize, memory_order_release);
    list_array_retire(a);
    return 0;
}

/* ---- Construction ------------------------------------------------------- */

Object *list_new_type(Type *type, ssize_t n)
{
    if (n < 0) {
        err_set(&Exc_SystemError, "negative list size");
        return NULL;
    }
    ListObj *l = (ListObj *)obj_alloc(type, 0);
    if (!l)
        return NULL;
    atomic_init(&l->size, 0);
    atomic_init(&l->array, NULL);
    if (n) {
        ListArray *a = list_array_new(n);
        if (!a) {
            obj_decref(&l->base);
            return NULL;
        }
        for (ssize_t i = 0; i < n; i++)
            atomic_init(&a->items[i], VAL_NULL);
        atomic_init(&l->array, a);
        atomic_init(&l->size, n);
    }
    return &l->base;
}

Object *list_new(ssize_t n) { return list_new_type(&List_Type, n); }

void list_init_item(Object *l, ssize_t i, Value v)
{
    list_slot_store(list_arr((ListObj *)l), i, v);
}

Object *list_from_array(const Value *items, ssize_t n)
{
    Object *l = list_new(n);
    if (!l)
        return NULL;
    ListArray *a = list_arr((ListObj *)l);
    for (ssize_t i = 0; i < n; i++)
        atomic_init(&a->items[i], val_ref(items[i]));
    return l;
}

Object *list_from_iterable(Value iterable)
{
    Object *l = list_new(0);
    if (!l)
        return NULL;
    if (list_extend(l, iterable) < 0) {
        obj_decref(l);
        return NULL;
    }
    return l;
}

/* ---- Reads -------------------------------------------------------------- */

Value list_get(Object *o, ssize_t i)
{
    Value v = list_try_get((ListObj *)o, i);
    if (!v)
        err_index_out_of_range("list index out of range");
    return v;
}

Object *list_as_tuple(Object *o)
{
    ListObj *l = (ListObj *)o;
    CriticalSection cs;
    cs_begin(&cs, o);
    ssize_t n = list_len_locked(l);
    Object *t = tuple_new(n);
    if (t) {
        ListArray *a = list_arr(l);
        for (ssize_t i = 0; i < n; i++)
            tuple_items(t)[i] = val_ref(list_slot_load(a, i));
    }
    cs_end(&cs);
    return t;
}

/* ---- Mutations ------------------------------------------------------------ */

int list_append(Object *o, Value v)
{
    ListObj *l = (ListObj *)o;
    CriticalSection cs;
    cs_begin(&cs, o);
    ssize_t n = list_len_locked(l);
    ListArray *a = list_arr(l);
    if (a && n < a->capacity) {
        list_slot_store(a, n, val_ref(v));
        atomic_store_explicit(&l->size, n + 1, memory_order_release);
        cs_end(&cs);
        return 0;
    }
    int r = list_resize_locked(l, n + 1);
    if (r == 0)
        list_slot_store(list_arr(l), n, val_ref(v));
    cs_end(&cs);
    return r;
}

int list_insert(Object *o, ssize_t i, Value v)
{
    ListObj *l = (ListObj *)o;
    CriticalSection cs;
    cs_begin(&cs, o);
    ssize_t n = list_len_locked(l);
    if (i < 0) {
        i += n;
        if (i < 0)
            i = 0;
    }
    if (i > n)
        i = n;
    if (list_resize_locked(l, n + 1) < 0) {
        cs_end(&cs);
        return -1;
    }
    ListArray *a = list_arr(l);
    for (ssize_t k = n; k > i; k--)
        list_slot_store(a, k, list_slot_load(a, k - 1));
    list_slot_store(a, i, val_ref(v));
    cs_end(&cs);
    return 0;
}

int list_set(Object *o, ssize_t i, Value v)
{
    ListObj *l = (ListObj *)o;
    CriticalSection cs;
    cs_begin(&cs, o);
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
    list_slot_store(a, i, val_ref(v));
    cs_end(&cs);
    /* Outside the section: a __del__ may run. */
    val_xdecref(old);
    return 0;
}

/* Appends n borrowed values in one critical section. */
int list_extend_array(ListObj *l, const Value *items, ssize_t n)
{
    if (n == 0)
        return 0;
    CriticalSection cs;
    cs_begin(&cs, &l->base);
    ssize_t size = list_len_locked(l);
    if (list_resize_locked(l, size + n) < 0) {
        cs_end(&cs);
        return -1;
    }
    ListArray *a = list_arr(l);
    for (ssize_t i = 0; i < n; i++)
        list_slot_store(a, size + i, val_ref(items[i]));
    cs_end(&cs);
    return 0;
}

/* Appends a consistent snapshot of a dict (its keys), a dict view or a
 * set, taken under the container's lock, so list(d), list(d.items()),
 * sorted(s) ... never see another thread's concurrent change half-way
 * (CPython's free-threaded build does the same). 1: done, 0: not such a
 * container, -1: error. */
static int extend_from_snapshot(ListObj *l, Value iterable)
{
    Type *t = val_type(iterable);
    if ((t == &Set_Type || t == &FrozenSet_Type) ||
        (type_is_subtype(t, &Set_Type) && t->iter == Set_Type.iter) ||
        (type_is_subtype(t, &FrozenSet_Type) && t->iter == FrozenSet_Type.iter)) {
        Object *snap = set_keys_tuple((SetObj *)val_as_obj(iterable));
        if (!snap)
            return -1;
        int r = list_extend_array(l, tuple_items(snap), tuple_size(snap));
        obj_decref(snap);
        return r < 0 ? -1 : 1;
    }
    int part; /* 0 keys, 1 values, 2 items */
    Value d;
    if (val_is_dict(iterable) && t->iter == Dict_Type.iter) {
        part = 0;
        d = iterable;
    } else if (t == &DictKeys_Type || t == &DictValues_Type || t == &DictItems_Type) {
        part = t == &DictKeys_Type ? 0 : t == &DictValues_Type ? 1 : 2;
        d = dictview_dict(iterable);
    } else {
        return 0;
    }
    ssize_t n;
    Value *snap = dict_snapshot((DictObj *)val_as_obj(d), &n);
    if (!snap)
        return -1;
    int r = 0;
    if (part < 2) {
        Value *buf = mem_alloc((size_t)(n ? n : 1) * sizeof(Value));
        if (!buf) {
            err_no_memory();
            r = -1;
        } else {
            for (ssize_t i = 0; i < n; i++)
                buf[i] = snap[2 * i + part];
            r = list_extend_array(l, buf, n);
            mem_free(buf);
        }
    } else {
        Object *pairs = tuple_new(n);
        for (ssize_t i = 0; pairs && i < n; i++) {
            Object *p = tuple_pack(2, snap[2 * i], snap[2 * i + 1]);
            if (!p) {
                obj_decref(pairs); /* the unfilled slots are VAL_NULL */
                pairs = NULL;
                break;
            }
            tuple_items(pairs)[i] = (Value)p;
        }
        r = pairs ? list_extend_array(l, tuple_items(pairs), n) : -1;
        if (pairs)
            obj_decref(pairs);
    }
    dict_snapshot_free(snap, n);
    return r < 0 ? -1 : 1;
}

int list_extend(Object *o, Value iterable)
{
    ListObj *l = (ListObj *)o;
    if (val_is_obj(iterable)) {
        int done = extend_from_snapshot(l, iterable);
        if (done)
            return done < 0 ? -1 : 0;
        Type *t = val_type(iterable);
        if (t->tflags & (TF_LIST_SUBCLASS | TF_TUPLE_SUBCLASS)) {
            /* A snapshot first: l.extend(l) doubles l once, and the other
             * list's lock is never held with ours. */
            Object *snap = (t->tflags & TF_LIST_SUBCLASS)
                               ? list_as_tuple(val_as_obj(iterable))
                               : (obj_incref(val_as_obj(iterable)), val_as_obj(iterable));
            if (!snap)
                return -1;
            int r = list_extend_array(l, tuple_items(snap), tuple_size(snap));
            obj_decref(snap);
            return r;
        }
    }
    Value it = obj_iter(iterable);
    if (!it)
        return -1;
    /* Items are gathered without the lock (next() runs Python code), then
     * appended in batches; each batch is one atomic append. */
    Value buf[64];
    ssize_t n = 0;
    int r = 0;
    for (;;) {
        Value v = obj_next(it);
        if (!v) {
            if (err_occurred())
                r = -1;
            break;
        }
        buf[n++] = v;
        if (n == 64) {
            r = list_extend_array(l, buf, n);
            for (ssize_t i = 0; i < n; i++)
                val_decref(buf[i]);
            n = 0;
            if (r < 0)
                break;
        }
    }
    if (r == 0)
        r = list_extend_array(l, buf, n);
    for (ssize_t i = 0; i < n; i++)
        val_decref(buf[i]);
    val_decref(it);
    return r;
}

int list_reverse(Object *o)
{
    ListObj *l = (ListObj *)o;
    CriticalSection cs;
    cs_begin(&cs, o);
    ListArray *a = list_arr(l);
    ssize_t n = list_len_locked(l);
    for (ssize_t i = 0, j = n - 1; i < j; i++, j--) {
        Value x = list_slot_load(a, i);
        list_slot_store(a, i, list_slot_load(a, j));
        list_slot_store(a, j, x);
    }
    cs_end(&cs);
    return 0;
}

/* Empties the list; the old items are released after the section. */
void list_clear_items(ListObj *l)
{
    CriticalSection cs;
    cs_begin(&cs, &l->base);
    ListArray *a = list_arr(l);
    ssize_t n = list_len_locked(l);
    atomic_store_explicit(&l->size, 0, memory_order_release);
    atomic_store_explicit(&l->array, NULL, memory_order_release);
    cs_end(&cs);
    if (a && a != &list_sorting_array) {
        for (ssize_t i = 0; i < n; i++)
            val_xdecref(list_slot_load(a, i));
        list_array_retire(a);
    }
}
