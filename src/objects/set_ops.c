/* The set algebra (union, intersection, difference, symmetric difference,
 * subset tests), comparisons and operators of set and frozenset, with
 * CPython's algorithms so result orders agree. Functions named *_locked
 * run with the sets' critical sections held (lock_pair). */
#include <string.h>

#include "dictobj.h"
#include "set_internal.h"

/* ---- Locking ---------------------------------------------------------- */

typedef struct Lock2 {
    CriticalSection cs;
    CriticalSection2 cs2;
    int kind;
} Lock2;

static bool lockable(Value v) { return val_is_anyset(v) || obj_type_is(v, &Dict_Type); }

static void lock_pair(Lock2 *l, SetObj *so, Value other)
{
    if (lockable(other) && val_as_obj(other) != &so->base) {
        cs_begin2(&l->cs2, &so->base, val_as_obj(other));
        l->kind = 2;
    } else {
        cs_begin(&l->cs, &so->base);
        l->kind = 1;
    }
}

static void unlock_pair(Lock2 *l)
{
    if (l->kind == 2)
        cs_end2(&l->cs2);
    else
        cs_end(&l->cs);
}

static inline SetObj *as_set(Value v) { return (SetObj *)val_as_obj(v); }

/* ---- Building blocks (locked) ------------------------------------------- */

static Value copy_locked(SetObj *so)
{
    SetObj *r = set_alloc(set_base_type(so->base.type));
    if (!r)
        return VAL_NULL;
    if (set_merge_locked(r, so) < 0) {
        obj_decref(&r->base);
        return VAL_NULL;
    }
    return val_from_obj(&r->base);
}

static Value set_copy(SetObj *so)
{
    CriticalSection cs;
    cs_begin(&cs, &so->base);
    Value r = copy_locked(so);
    cs_end(&cs);
    return r;
}

static Value intersection_locked(SetObj *so, Value other)
{
    if (val_as_obj(other) == &so->base)
        return copy_locked(so);
    SetObj *result = set_alloc(set_base_type(so->base.type));
    if (!result)
        return VAL_NULL;
    if (val_is_anyset(other)) {
        SetObj *big = so, *small = as_set(other);
        if (set_used(small) > set_used(big)) {
            SetObj *t = big;
            big = small;
            small = t;
        }
        ssize_t pos = 0;
        SetEntry *e;
        while (set_next_entry(small, &pos, &e)) {
            Value key = val_ref(e->key);
            hash_t h = e->hash;
            int rv = set_contains_entry(big, key, h);
            if (rv > 0)
                rv = set_add_entry(result, key, h);
            val_decref(key);
            if (rv < 0)
                goto error;
        }
        return val_from_obj(&result->base);
    }
    Value it = obj_iter(other);
    if (!it)
        goto error;
    for (;;) {
        Value key = obj_next(it);
        if (!key)
            break;
        hash_t h = set_key_hash(key);
        int rv = h == -1 ? -1 : set_contains_entry(so, key, h);
        if (rv > 0) {
            rv = set_add_entry(result, key, h);
            if (rv == 0 && set_used(result) >= set_used(so)) {
                val_decref(key);
                break;
            }
        }
        val_decref(key);
        if (rv < 0) {
            val_decref(it);
            goto error;
        }
    }
    val_decref(it);
    if (err_occurred())
        goto error;
    return val_from_obj(&result->base);
error:
    obj_decref(&result->base);
    return VAL_NULL;
}

static void clear_into_release(SetObj *so)
{
    SetEntry copybuf[SET_MINSIZE], *old;
    ssize_t n;
    set_clear_locked(so, &old, &n, copybuf);
    set_release_table(old, n, copybuf);
}

static int difference_update_locked(SetObj *so, Value other)
{
    if (val_as_obj(other) == &so->base) {
        clear_into_release(so);
        return 0;
    }
    if (val_is_anyset(other)) {
        Value o;
        /* A much larger other is first cut down to the common part. */
        if ((set_used(as_set(other)) >> 3) > set_used(so)) {
            o = intersection_locked(so, other);
            if (!o)
                return -1;
        } else {
            o = val_ref(other);
        }
        ssize_t pos = 0;
        SetEntry *e;
        while (set_next_entry(as_set(o), &pos, &e)) {
            Value key = val_ref(e->key);
            int rv = set_discard_entry(so, key, e->hash);
            val_decref(key);
            if (rv < 0) {
                val_decref(o);
                return -1;
            }
        }
        val_decref(o);
    } else {
        Value it = obj_iter(other);
        if (!it)
            return -1;
        for (;;) {
            Value key = obj_next(it);
            if (!key)
                break;
            hash_t h = set_key_hash(key);
            int rv = h == -1 ? -1 : set_discard_entry(so, key, h);
            val_decref(key);
            if (rv < 0) {
                val_decref(it);
                return -1;
            }
        }
        val_decref(it);
        if (err_occurred())
            return -1;
    }
    /* More than a quarter dummies: rebuild the table. */
    if ((size_t)(so->fill - set_used(so)) <= (size_t)so->mask / 4)
        return 0;
    ssize_t u = set_used(so);
    return set_table_resize(so, u > 50000 ? u * 2 : u * 4);
}

static Value copy_and_difference_locked(SetObj *so, Value other)
{
    Value r = copy_locked(so);
    if (r && difference_update_locked(as_set(r), other) < 0) {
        val_decref(r);
        return VAL_NULL;
    }
    return r;
}

static Value difference_locked(SetObj *so, Value other)
{
    ssize_t other_size;
    bool is_dict = obj_type_is(other, &Dict_Type);
    if (val_is_anyset(other))
        other_size = set_used(as_set(other));
    else if (is_dict)
        other_size = dict_len(val_as_obj(other));
    else
        return copy_and_difference_locked(so, other);
    if ((set_used(so) >> 2) > other_size)
        return copy_and_difference_locked(so, other);
    SetObj *result = set_alloc(set_base_type(so->base.type));
    if (!result)
        return VAL_NULL;
    ssize_t pos = 0;
    SetEntry *e;
    while (set_next_entry(so, &pos, &e)) {
        Value key = val_ref(e->key);
        hash_t h = e->hash;
        int rv;
        if (is_dict) {
            Value v;
            rv = dict_get_hashed(val_as_obj(other), key, h, &v);
            if (rv > 0)
                val_decref(v);
        } else {
            rv = set_contains_entry(as_set(other), key, h);
        }
        if (rv == 0)
            rv = set_add_entry(result, key, h);
        val_decref(key);
        if (rv < 0) {
            obj_decref(&result->base);
            return VAL_NULL;
        }
    }
    return val_from_obj(&result->base);
}

static int symdiff_update_set_locked(SetObj *so, SetObj *other)
{
    ssize_t pos = 0;
    SetEntry *e;
    while (set_next_entry(other, &pos, &e)) {
        Value key = val_ref(e->key);
        hash_t h = e->hash;
        int rv = set_discard_entry(so, key, h);
        if (rv == 0)
            rv = set_add_entry(so, key, h);
        val_decref(key);
        if (rv < 0)
            return -1;
    }
    return 0;
}

static int symdiff_update(SetObj *so, Value other)
{
    if (val_as_obj(other) == &so->base) {
        set_clear(&so->base);
        return 0;
    }
    Lock2 l;
    int r = 0;
    if (obj_type_is(other, &Dict_Type)) {
        lock_pair(&l, so, other);
        ssize_t pos = 0;
        Value key;
        hash_t h;
        while (r == 0 && dict_next_hashed(val_as_obj(other), &pos, &key, NULL, &h)) {
            val_incref(key);
            int rv = set_discard_entry(so, key, h);
            if (rv == 0)
                rv = set_add_entry(so, key, h);
            val_decref(key);
            r = rv < 0 ? -1 : 0;
        }
        unlock_pair(&l);
        return r;
    }
    if (val_is_anyset(other)) {
        lock_pair(&l, so, other);
        r = symdiff_update_set_locked(so, as_set(other));
        unlock_pair(&l);
        return r;
    }
    Value tmp = set_make(set_base_type(so->base.type), other);
    if (!tmp)
        return -1;
    CriticalSection cs;
    cs_begin(&cs, &so->base);
    r = symdiff_update_set_locked(so, as_set(tmp));
    cs_end(&cs);
    val_decref(tmp);
    return r;
}

int set_symmetric_difference_update(Object *s, Value other)
{
    return symdiff_update((SetObj *)s, other);
}

int set_difference_update(Object *s, Value other)
{
    Lock2 l;
    lock_pair(&l, (SetObj *)s, other);
    int r = difference_update_locked((SetObj *)s, other);
    unlock_pair(&l);
    return r;
}

static Value symdiff_locked(SetObj *so, Value other)
{
    SetObj *result = set_alloc(set_base_type(so->base.type));
    if (!result)
        return VAL_NULL;
    if (set_update_locked(result, other) < 0 || symdiff_update_set_locked(result, so) < 0) {
        obj_decref(&result->base);
        return VAL_NULL;
    }
    return val_from_obj(&result->base);
}

/* 1/0, -1 on error. */
static int issubset_locked(SetObj *so, Value other)
{
    if (!val_is_anyset(other)) {
        Value tmp = intersection_locked(so, other);
        if (!tmp)
            return -1;
        int r = set_used(as_set(tmp)) == set_used(so);
        val_decref(tmp);
        return r;
    }
    if (set_used(so) > set_used(as_set(other)))
        return 0;
    ssize_t pos = 0;
    SetEntry *e;
    while (set_next_entry(so, &pos, &e)) {
        Value key = val_ref(e->key);
        int rv = set_contains_entry(as_set(other), key, e->hash);
        val_decref(key);
        if (rv <= 0)
            return rv;
    }
    return 1;
}

static int issuperset_locked(SetObj *so, Value other)
{
    if (val_is_anyset(other))
        return issubset_locked(as_set(other), val_from_obj(&so->base));
    Value it = obj_iter(other);
    if (!it)
        return -1;
    int result = 1;
    for (;;) {
        Value key = obj_next(it);
        if (!key)
            break;
        hash_t h = set_key_hash(key);
        int rv = h == -1 ? -1 : set_contains_entry(so, key, h);
        val_decref(key);
        if (rv <= 0) {
            result = rv;
            break;
        }
    }
    val_decref(it);
    if (result == 1 && err_occurred())
        return -1;
    return result;
}

static int isdisjoint_locked(SetObj *so, Value other)
{
    if (val_as_obj(other) == &so->base)
        return set_used(so) == 0;
    if (val_is_anyset(other)) {
        SetObj *big = so, *small = as_set(other);
        if (set_used(small) > set_used(big)) {
            SetObj *t = big;
            big = small;
            small = t;
        }
        ssize_t pos = 0;
        SetEntry *e;
        while (set_next_entry(small, &pos, &e)) {
            Value key = val_ref(e->key);
            int rv = set_contains_entry(big, key, e->hash);
            val_decref(key);
            if (rv != 0)
                return rv < 0 ? -1 : 0;
        }
        return 1;
    }
    Value it = obj_iter(other);
    if (!it)
        return -1;
    int result = 1;
    for (;;) {
        Value key = obj_next(it);
        if (!key)
            break;
        hash_t h = set_key_hash(key);
        int rv = h == -1 ? -1 : set_contains_entry(so, key, h);
        val_decref(key);
        if (rv != 0) {
            result = rv < 0 ? -1 : 0;
            break;
        }
    }
    val_decref(it);
    if (result == 1 && err_occurred())
        return -1;
    return result;
}

/* Exchanges the contents of two sets (intersection_update). */
static void swap_bodies(SetObj *a, SetObj *b)
{
    ssize_t t = a->fill;
    a->fill = b->fill;
    b->fill = t;
    t = set_used(a);
    atomic_store_explicit(&a->used, set_used(b), memory_order_relaxed);
    atomic_store_explicit(&b->used, t, memory_order_relaxed);
    t = a->mask;
    a->mask = b->mask;
    b->mask = t;
    SetEntry *u = a->table == a->smalltable ? b->smalltable : a->table;
    a->table = b->table == b->smalltable ? a->smalltable : b->table;
    b->table = u;
    if (a->table == a->smalltable || b->table == b->smalltable) {
        SetEntry tab[SET_MINSIZE];
        memcpy(tab, a->smalltable, sizeof tab);
        memcpy(a->smalltable, b->smalltable, sizeof tab);
        memcpy(b->smalltable, tab, sizeof tab);
    }
    atomic_store_explicit(&a->hash, -1, memory_order_relaxed);
    atomic_store_explicit(&b->hash, -1, memory_order_relaxed);
}

/* ---- Operators -------------------------------------------------------------- */

Value set_or(Value a, Value b)
{
    if (!val_is_anyset(a) || !val_is_anyset(b))
        return val_ref(VAL_NOTIMPL);
    Value r = set_copy(as_set(a));
    if (!r || a == b)
        return r;
    if (set_update_internal(as_set(r), b) < 0) {
        val_decref(r);
        return VAL_NULL;
    }
    return r;
}

#define LOCKED_BINOP(name, body)                                             \
    Value name(Value a, Value b)                                             \
    {                                                                        \
        if (!val_is_anyset(a) || !val_is_anyset(b))                          \
            return val_ref(VAL_NOTIMPL);                                     \
        Lock2 l;                                                             \
        lock_pair(&l, as_set(a), b);                                         \
        Value r = body(as_set(a), b);                                        \
        unlock_pair(&l);                                                     \
        return r;                                                            \
    }

LOCKED_BINOP(set_and, intersection_locked)
LOCKED_BINOP(set_sub, difference_locked)
LOCKED_BINOP(set_xor, symdiff_locked)

Value set_ior(Value a, Value b)
{
    if (!val_is_anyset(b))
        return val_ref(VAL_NOTIMPL);
    if (set_update_internal(as_set(a), b) < 0)
        return VAL_NULL;
    return val_ref(a);
}

static int intersection_update(SetObj *so, Value other)
{
    Lock2 l;
    lock_pair(&l, so, other);
    Value tmp = intersection_locked(so, other);
    if (tmp)
        swap_bodies(so, as_set(tmp));
    unlock_pair(&l);
    if (!tmp)
        return -1;
    val_decref(tmp);
    return 0;
}

Value set_iand(Value a, Value b)
{
    if (!val_is_anyset(b))
        return val_ref(VAL_NOTIMPL);
    if (intersection_update(as_set(a), b) < 0)
        return VAL_NULL;
    return val_ref(a);
}

Value set_isub(Value a, Value b)
{
    if (!val_is_anyset(b))
        return val_ref(VAL_NOTIMPL);
    if (set_difference_update(val_as_obj(a), b) < 0)
        return VAL_NULL;
    return val_ref(a);
}

Value set_ixor(Value a, Value b)
{
    if (!val_is_anyset(b))
        return val_ref(VAL_NOTIMPL);
    if (symdiff_update(as_set(a), b) < 0)
        return VAL_NULL;
    return val_ref(a);
}

Value set_richcompare(Value a, Value b, int op)
{
    if (!val_is_anyset(b))
        return val_ref(VAL_NOTIMPL);
    SetObj *v = as_set(a), *w = as_set(b);
    int r;
    Lock2 l;
    switch (op) {
    case CMP_EQ:
    case CMP_NE: {
        if (set_used(v) != set_used(w)) {
            r = 0;
            break;
        }
        hash_t hv = atomic_load_explicit(&v->hash, memory_order_relaxed);
        hash_t hw = atomic_load_explicit(&w->hash, memory_order_relaxed);
        if (hv != -1 && hw != -1 && hv != hw) {
            r = 0;
            break;
        }
        lock_pair(&l, v, b);
        r = issubset_locked(v, b);
        unlock_pair(&l);
        break;
    }
    case CMP_LE:
    case CMP_LT:
        if (op == CMP_LT && set_used(v) >= set_used(w)) {
            r = 0;
            break;
        }
        lock_pair(&l, v, b);
        r = issubset_locked(v, b);
        unlock_pair(&l);
        break;
    default: /* GE, GT */
        if (op == CMP_GT && set_used(v) <= set_used(w)) {
            r = 0;
            break;
        }
        lock_pair(&l, v, b);
        r = issuperset_locked(v, b);
        unlock_pair(&l);
        break;
    }
    if (r < 0)
        return VAL_NULL;
    return val_bool(op == CMP_NE ? !r : r);
}

/* ---- Methods ---------------------------------------------------------------- */

#define NO_KW(name)                                                          \
    if (args_no_kw(name, kwnames) < 0)                                       \
        return VAL_NULL

static Value m_add(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    NO_KW("add");
    if (args_count("add", nargs, 1, 1) < 0 || set_add(val_as_obj(self), args[0]) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value m_clear(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    NO_KW("clear");
    if (args_count("clear", nargs, 0, 0) < 0)
        return VAL_NULL;
    set_clear(val_as_obj(self));
    return VAL_NONE;
}

static Value m_copy(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    NO_KW("copy");
    if (args_count("copy", nargs, 0, 0) < 0)
        return VAL_NULL;
    return set_copy(as_set(self));
}

static Value m_frozen_copy(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    NO_KW("copy");
    if (args_count("copy", nargs, 0, 0) < 0)
        return VAL_NULL;
    if (obj_type_is(self, &FrozenSet_Type))
        return val_ref(self);
    return set_copy(as_set(self));
}

static Value m_discard(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    NO_KW("discard");
    if (args_count("discard", nargs, 1, 1) < 0 || set_discard(val_as_obj(self), args[0]) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value m_remove(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    NO_KW("remove");
    if (args_count("remove", nargs, 1, 1) < 0)
        return VAL_NULL;
    int r = set_discard(val_as_obj(self), args[0]);
    if (r < 0)
        return VAL_NULL;
    if (r == 0) {
        cont_key_error(args[0]);
        return VAL_NULL;
    }
    return VAL_NONE;
}

static Value m_pop(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    NO_KW("pop");
    if (args_count("pop", nargs, 0, 0) < 0)
        return VAL_NULL;
    return set_pop(val_as_obj(self));
}

static Value m_union(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    NO_KW("union");
    Value r = set_copy(as_set(self));
    for (size_t i = 0; r && i < nargs; i++) {
        if (args[i] == self)
            continue;
        if (set_update_internal(as_set(r), args[i]) < 0) {
            val_decref(r);
            r = VAL_NULL;
        }
    }
    return r;
}

static Value m_update(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    NO_KW("update");
    for (size_t i = 0; i < nargs; i++)
        if (set_update_internal(as_set(self), args[i]) < 0)
            return VAL_NULL;
    return VAL_NONE;
}

static Value intersection_multi(Value self, const Value *args, size_t nargs)
{
    if (nargs == 0)
        return set_copy(as_set(self));
    Value result = val_ref(self);
    for (size_t i = 0; i < nargs; i++) {
        Lock2 l;
        lock_pair(&l, as_set(result), args[i]);
        Value nr = intersection_locked(as_set(result), args[i]);
        unlock_pair(&l);
        val_decref(result);
        if (!nr)
            return VAL_NULL;
        result = nr;
    }
    return result;
}

static Value m_intersection(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    NO_KW("intersection");
    return intersection_multi(self, args, nargs);
}

static Value m_intersection_update(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    NO_KW("intersection_update");
    Value tmp = intersection_multi(self, args, nargs);
    if (!tmp)
        return VAL_NULL;
    CriticalSection cs;
    cs_begin(&cs, val_as_obj(self));
    swap_bodies(as_set(self), as_set(tmp));
    cs_end(&cs);
    val_decref(tmp);
    return VAL_NONE;
}

static Value m_difference(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    NO_KW("difference");
    if (nargs == 0)
        return set_copy(as_set(self));
    Lock2 l;
    lock_pair(&l, as_set(self), args[0]);
    Value r = difference_locked(as_set(self), args[0]);
    unlock_pair(&l);
    for (size_t i = 1; r && i < nargs; i++) {
        if (set_difference_update(val_as_obj(r), args[i]) < 0) {
            val_decref(r);
            r = VAL_NULL;
        }
    }
    return r;
}

static Value m_difference_update(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    NO_KW("difference_update");
    for (size_t i = 0; i < nargs; i++)
        if (set_difference_update(val_as_obj(self), args[i]) < 0)
            return VAL_NULL;
    return VAL_NONE;
}

static Value m_symmetric_difference(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    NO_KW("symmetric_difference");
    if (args_count("symmetric_difference", nargs, 1, 1) < 0)
        return VAL_NULL;
    Lock2 l;
    lock_pair(&l, as_set(self), args[0]);
    Value r = symdiff_locked(as_set(self), args[0]);
    unlock_pair(&l);
    return r;
}

static Value m_symmetric_difference_update(Value self, const Value *args, size_t nargs,
                                           Object *kwnames)
{
    NO_KW("symmetric_difference_update");
    if (args_count("symmetric_difference_update", nargs, 1, 1) < 0 ||
        symdiff_update(as_set(self), args[0]) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value predicate(Value self, const Value *args, size_t nargs, Object *kwnames,
                       const char *name, int (*fn)(SetObj *, Value))
{
    if (args_no_kw(name, kwnames) < 0 || args_count(name, nargs, 1, 1) < 0)
        return VAL_NULL;
    Lock2 l;
    lock_pair(&l, as_set(self), args[0]);
    int r = fn(as_set(self), args[0]);
    unlock_pair(&l);
    return r < 0 ? VAL_NULL : val_bool(r);
}

static Value m_issubset(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    return predicate(self, args, nargs, kwnames, "issubset", issubset_locked);
}

static Value m_issuperset(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    return predicate(self, args, nargs, kwnames, "issuperset", issuperset_locked);
}

static Value m_isdisjoint(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    return predicate(self, args, nargs, kwnames, "isdisjoint", isdisjoint_locked);
}

static Value m_sizeof(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_count("__sizeof__", nargs, 0, 0) < 0)
        return VAL_NULL;
    SetObj *so = as_set(self);
    size_t n = val_type(self)->basicsize;
    if (so->table != so->smalltable)
        n += (size_t)(so->mask + 1) * sizeof(SetEntry);
    return val_from_int((int64_t)n);
}

const MethodDef set_methods[] = {
    {"add", m_add, 0, "Add an element to a set.\n\nThis has no effect if the element is already present."},
    {"clear", m_clear, 0, "Remove all elements from this set."},
    {"copy", m_copy, 0, "Return a shallow copy of a set."},
    {"discard", m_discard, 0, "Remove an element from a set if it is a member."},
    {"difference", m_difference, 0, "Return a new set with elements in the set that are not in the others."},
    {"difference_update", m_difference_update, 0, "Update the set, removing elements found in others."},
    {"intersection", m_intersection, 0, "Return a new set with elements common to the set and all others."},
    {"intersection_update", m_intersection_update, 0, "Update the set, keeping only elements found in it and all others."},
    {"isdisjoint", m_isdisjoint, 0, "Return True if two sets have a null intersection."},
    {"issubset", m_issubset, 0, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, 0, "Report whether this set contains another set."},
    {"pop", m_pop, 0, "Remove and return an arbitrary set element.\n\nRaises KeyError if the set is empty."},
    {"remove", m_remove, 0, "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError."},
    {"symmetric_difference", m_symmetric_difference, 0, "Return a new set with elements in either the set or other but not both."},
    {"symmetric_difference_update", m_symmetric_difference_update, 0, "Update the set, keeping only elements found in either set, but not in both."},
    {"union", m_union, 0, "Return a new set with elements from the set and all others."},
    {"update", m_update, 0, "Update the set, adding elements from all others."},
    {"__sizeof__", m_sizeof, 0, "S.__sizeof__() -> size of S in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};

const MethodDef frozenset_methods[] = {
    {"copy", m_frozen_copy, 0, "Return a shallow copy of a set."},
    {"difference", m_difference, 0, "Return a new set with elements in the set that are not in the others."},
    {"intersection", m_intersection, 0, "Return a new set with elements common to the set and all others."},
    {"isdisjoint", m_isdisjoint, 0, "Return True if two sets have a null intersection."},
    {"issubset", m_issubset, 0, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, 0, "Report whether this set contains another set."},
    {"symmetric_difference", m_symmetric_difference, 0, "Return a new set with elements in either the set or other but not both."},
    {"union", m_union, 0, "Return a new set with elements from the set and all others."},
    {"__sizeof__", m_sizeof, 0, "S.__sizeof__() -> size of S in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};
