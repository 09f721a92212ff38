/* set and frozenset: the hash table (probing, insertion, deletion,
 * resizing exactly as CPython's setobject so iteration orders agree),
 * the frozenset hash, construction, repr, and the set iterator. The set
 * algebra is in set_ops.c. Callers hold the set's critical section
 * (set_internal.h says which functions expect it). */
#include <string.h>

#include "critical_section.h"
#include "dictobj.h"
#include "listobj.h"
#include "mem.h"
#include "set_internal.h"
#include "tupleobj.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

/* Marks a deleted entry (with hash -1); never a real key. */
static Object set_dummy_obj = OBJ_STATIC_HEADER(&Object_Type);
#define DUMMY val_from_obj(&set_dummy_obj)

static inline bool live(Value k) { return k && k != DUMMY; }

hash_t set_key_hash(Value key)
{
    if (val_is_int(key))
        return hash_int64(val_as_int(key));
    if (val_as_obj(key)->type == &Str_Type) {
        hash_t h = atomic_load_explicit(&val_as_str(key)->hash, memory_order_relaxed);
        return h != -1 ? h : str_hash(val_as_str(key));
    }
    if (!val_type(key)->hash) {
        err_set(&Exc_TypeError, "cannot use '%s' as a set element (unhashable type: '%s')",
                type_name(val_type(key)), type_name(val_type(key)));
        return -1;
    }
    return obj_hash(key);
}

static inline int str_exact_eq(Value a, Value b)
{
    return val_is_obj(a) && val_is_obj(b) && val_as_obj(a)->type == &Str_Type &&
           val_as_obj(b)->type == &Str_Type && str_eq(val_as_str(a), val_as_str(b));
}

/* The entry holding key, or the unused entry where the probe ended;
 * NULL on a comparison error. */
SetEntry *set_lookkey(SetObj *so, Value key, hash_t hash)
{
restart:;
    size_t mask = (size_t)so->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == VAL_NULL)
                return entry;
            if (entry->hash == hash) {
                Value startkey = entry->key;
                if (startkey == key || str_exact_eq(startkey, key))
                    return entry;
                SetEntry *table = so->table;
                val_incref(startkey);
                int cmp = obj_richcompare_bool(startkey, key, CMP_EQ);
                val_decref(startkey);
                if (cmp < 0)
                    return NULL;
                if (table != so->table || entry->key != startkey)
                    goto restart;
                if (cmp > 0)
                    return entry;
                mask = (size_t)so->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Places a key known to be absent into a table without dummies. */
static void insert_clean(SetEntry *table, size_t mask, Value key, hash_t hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &table[i];
        if (entry->key == VAL_NULL)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == VAL_NULL)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

int set_table_resize(SetObj *so, ssize_t minused)
{
    size_t newsize = SET_MINSIZE;
    while (newsize <= (size_t)minused)
        newsize <<= 1;
    SetEntry *oldtable = so->table, *newtable;
    ssize_t oldmask = so->mask;
    bool old_malloced = oldtable != so->smalltable;
    SetEntry small_copy[SET_MINSIZE];
    if (newsize == SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == set_used(so))
                return 0;
            memcpy(small_copy, oldtable, sizeof small_copy);
            oldtable = small_copy;
        }
    } else {
        newtable = mem_alloc(newsize * sizeof(SetEntry));
        if (!newtable) {
            err_no_memory();
            return -1;
        }
    }
    memset(newtable, 0, newsize * sizeof(SetEntry));
    so->mask = (ssize_t)newsize - 1;
    so->table = newtable;
    so->fill = set_used(so);
    for (SetEntry *e = oldtable; e <= oldtable + oldmask; e++)
        if (live(e->key))
            insert_clean(newtable, newsize - 1, e->key, e->hash);
    if (old_malloced)
        mem_free(oldtable);
    return 0;
}

/* Adds key (a new reference is taken) with its hash. */
int set_add_entry(SetObj *so, Value key, hash_t hash)
{
restart:;
    size_t mask = (size_t)so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    SetEntry *freeslot = NULL, *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == VAL_NULL)
                goto found_unused_or_dummy;
            if (entry->hash == hash) {
                Value startkey = entry->key;
                if (startkey == key || str_exact_eq(startkey, key))
                    return 0;
                SetEntry *table = so->table;
                val_incref(startkey);
                int cmp = obj_richcompare_bool(startkey, key, CMP_EQ);
                val_decref(startkey);
                if (cmp > 0)
                    return 0;
                if (cmp < 0)
                    return -1;
                if (table != so->table || entry->key != startkey)
                    goto restart;
                mask = (size_t)so->mask;
            } else if (entry->hash == -1) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        if (freeslot->hash != -1)
            goto restart;
        atomic_store_explicit(&so->used, set_used(so) + 1, memory_order_relaxed);
        freeslot->key = val_ref(key);
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    atomic_store_explicit(&so->used, set_used(so) + 1, memory_order_relaxed);
    entry->key = val_ref(key);
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3)
        return 0;
    ssize_t u = set_used(so);
    return set_table_resize(so, u > 50000 ? u * 2 : u * 4);
}

int set_discard_entry(SetObj *so, Value key, hash_t hash)
{
    SetEntry *entry = set_lookkey(so, key, hash);
    if (!entry)
        return -1;
    if (entry->key == VAL_NULL)
        return 0;
    Value old = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    atomic_store_explicit(&so->used, set_used(so) - 1, memory_order_relaxed);
    val_decref(old);
    return 1;
}

int set_contains_entry(SetObj *so, Value key, hash_t hash)
{
    SetEntry *entry = set_lookkey(so, key, hash);
    if (!entry)
        return -1;
    return entry->key != VAL_NULL;
}

int set_next_entry(SetObj *so, ssize_t *pos, SetEntry **out)
{
    ssize_t i = *pos;
    while (i <= so->mask && !live(so->table[i].key))
        i++;
    *pos = i + 1;
    if (i > so->mask)
        return 0;
    *out = &so->table[i];
    return 1;
}

int set_next(Object *s, ssize_t *pos, Value *key, hash_t *hash)
{
    SetEntry *e;
    if (!set_next_entry((SetObj *)s, pos, &e))
        return 0;
    *key = e->key;
    if (hash)
        *hash = e->hash;
    return 1;
}

/* Empties the set; the keys are released after the table is detached. */
void set_clear_locked(SetObj *so, SetEntry **old_table, ssize_t *old_n, SetEntry *copybuf)
{
    SetEntry *table = so->table;
    ssize_t n = so->mask + 1;
    if (table == so->smalltable) {
        memcpy(copybuf, table, sizeof(SetEntry) * SET_MINSIZE);
        table = copybuf;
    }
    memset(so->smalltable, 0, sizeof so->smalltable);
    so->fill = 0;
    atomic_store_explicit(&so->used, 0, memory_order_relaxed);
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    atomic_store_explicit(&so->hash, -1, memory_order_relaxed);
    *old_table = table;
    *old_n = n;
}

void set_release_table(SetEntry *table, ssize_t n, SetEntry *copybuf)
{
    for (ssize_t i = 0; i < n; i++)
        if (live(table[i].key))
            val_decref(table[i].key);
    if (table != copybuf)
        mem_free(table);
}

void set_clear(Object *s)
{
    SetObj *so = (SetObj *)s;
    SetEntry copybuf[SET_MINSIZE], *old;
    ssize_t n;
    CriticalSection cs;
    cs_begin(&cs, s);
    set_clear_locked(so, &old, &n, copybuf);
    cs_end(&cs);
    set_release_table(old, n, copybuf);
}

/* Copies other's entries into so (a.update(b) for sets), CPython's
 * set_merge: one resize up front, then the cheapest insertion. */
int set_merge_locked(SetObj *so, SetObj *other)
{
    if (so == other || set_used(other) == 0)
        return 0;
    if ((so->fill + set_used(other)) * 5 >= so->mask * 3) {
        if (set_table_resize(so, (set_used(so) + set_used(other)) * 2) != 0)
            return -1;
    }
    SetEntry *so_entry = so->table, *other_entry = other->table;
    if (so->fill == 0 && so->mask == other->mask && other->fill == set_used(other)) {
        for (ssize_t i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
            if (other_entry->key != VAL_NULL) {
                so_entry->key = val_ref(other_entry->key);
                so_entry->hash = other_entry->hash;
            }
        }
        so->fill = other->fill;
        atomic_store_explicit(&so->used, set_used(other), memory_order_relaxed);
        return 0;
    }
    if (so->fill == 0) {
        so->fill = set_used(other);
        atomic_store_explicit(&so->used, set_used(other), memory_order_relaxed);
        for (ssize_t i = 0; i <= other->mask; i++, other_entry++)
            if (live(other_entry->key))
                insert_clean(so->table, (size_t)so->mask, val_ref(other_entry->key),
                             other_entry->hash);
        return 0;
    }
    for (ssize_t i = 0; i <= other->mask; i++) {
        other_entry = &other->table[i];
        if (live(other_entry->key) &&
            set_add_entry(so, other_entry->key, other_entry->hash) < 0)
            return -1;
    }
    return 0;
}

static int set_update_dict_locked(SetObj *so, Object *d)
{
    ssize_t dictsize = dict_len(d);
    if ((so->fill + dictsize) * 5 >= so->mask * 3) {
        if (set_table_resize(so, (set_used(so) + dictsize) * 2) != 0)
            return -1;
    }
    ssize_t pos = 0;
    Value key;
    hash_t hash;
    while (dict_next_hashed(d, &pos, &key, NULL, &hash)) {
        val_incref(key);
        int r = set_add_entry(so, key, hash);
        val_decref(key);
        if (r < 0)
            return -1;
    }
    return 0;
}

/* so.update(other) with so's section held (and other's, for a set or
 * dict other). */
int set_update_locked(SetObj *so, Value other)
{
    if (val_is_anyset(other))
        return set_merge_locked(so, (SetObj *)val_as_obj(other));
    if (obj_type_is(other, &Dict_Type))
        return set_update_dict_locked(so, val_as_obj(other));
    Value it = obj_iter(other);
    if (!it)
        return -1;
    for (;;) {
        Value key = obj_next(it);
        if (!key)
            break;
        hash_t h = set_key_hash(key);
        int r = h == -1 ? -1 : set_add_entry(so, key, h);
        val_decref(key);
        if (r < 0) {
            val_decref(it);
            return -1;
        }
    }
    val_decref(it);
    return err_occurred() ? -1 : 0;
}

int set_update_internal(SetObj *so, Value other)
{
    int r;
    if (val_is_anyset(other) || obj_type_is(other, &Dict_Type)) {
        if (val_as_obj(other) == &so->base)
            return 0;
        CriticalSection2 cs;
        cs_begin2(&cs, &so->base, val_as_obj(other));
        r = set_update_locked(so, other);
        cs_end2(&cs);
    } else {
        CriticalSection cs;
        cs_begin(&cs, &so->base);
        r = set_update_locked(so, other);
        cs_end(&cs);
    }
    return r;
}

SetObj *set_alloc(Type *type)
{
    SetObj *so = (SetObj *)obj_alloc(type, 0);
    if (!so)
        return NULL;
    so->fill = 0;
    atomic_init(&so->used, 0);
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    atomic_init(&so->hash, -1);
    so->finger = 0;
    return so;
}

Value set_make(Type *type, Value iterable)
{
    SetObj *so = set_alloc(type);
    if (!so)
        return VAL_NULL;
    if (iterable && set_update_internal(so, iterable) < 0) {
        obj_decref(&so->base);
        return VAL_NULL;
    }
    return val_from_obj(&so->base);
}

Type *set_base_type(Type *t)
{
    if (t == &Set_Type || t == &FrozenSet_Type)
        return t;
    return type_is_subtype(t, &Set_Type) ? &Set_Type : &FrozenSet_Type;
}

Value set_new(Value iterable) { return set_make(&Set_Type, iterable); }

Value frozenset_new(Value iterable)
{
    if (iterable && obj_type_is(iterable, &FrozenSet_Type))
        return val_ref(iterable);
    return set_make(&FrozenSet_Type, iterable);
}

ssize_t set_size(Object *s) { return set_used((SetObj *)s); }

static bool is_frozen_exact(SetObj *so) { return so->base.type == &FrozenSet_Type; }

int set_lock(SetObj *so, CriticalSection *cs)
{
    if (is_frozen_exact(so))
        return 0;
    cs_begin(cs, &so->base);
    return 1;
}

int set_add(Object *s, Value key)
{
    hash_t h = set_key_hash(key);
    if (h == -1)
        return -1;
    CriticalSection cs;
    cs_begin(&cs, s);
    int r = set_add_entry((SetObj *)s, key, h);
    cs_end(&cs);
    return r;
}

/* Hash of key for lookups: a set key is looked up as the equal frozenset
 * (CPython's rule for `set() in s`, s.remove(set()), s.discard(set())). */
static hash_t lookup_hash(Value key)
{
    hash_t h = set_key_hash(key);
    if (h == -1 && val_is_set(key) && err_matches(&Exc_TypeError)) {
        err_clear();
        CriticalSection cs;
        cs_begin(&cs, val_as_obj(key));
        h = frozenset_hash_of((SetObj *)val_as_obj(key));
        cs_end(&cs);
    }
    return h;
}

int set_discard(Object *s, Value key)
{
    hash_t h = lookup_hash(key);
    if (h == -1)
        return -1;
    CriticalSection cs;
    cs_begin(&cs, s);
    int r = set_discard_entry((SetObj *)s, key, h);
    cs_end(&cs);
    return r;
}

int set_contains(Object *s, Value key)
{
    hash_t h = lookup_hash(key);
    if (h == -1)
        return -1;
    CriticalSection cs;
    int locked = set_lock((SetObj *)s, &cs);
    int r = set_contains_entry((SetObj *)s, key, h);
    if (locked)
        cs_end(&cs);
    return r;
}

int set_update(Object *s, Value iterable) { return set_update_internal((SetObj *)s, iterable); }

Value set_pop(Object *s)
{
    SetObj *so = (SetObj *)s;
    CriticalSection cs;
    cs_begin(&cs, s);
    if (set_used(so) == 0) {
        cs_end(&cs);
        err_set(&Exc_KeyError, "pop from an empty set");
        return VAL_NULL;
    }
    SetEntry *entry = so->table + (so->finger & so->mask), *limit = so->table + so->mask;
    while (!live(entry->key)) {
        entry++;
        if (entry > limit)
            entry = so->table;
    }
    Value key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    atomic_store_explicit(&so->used, set_used(so) - 1, memory_order_relaxed);
    so->finger = entry - so->table + 1;
    cs_end(&cs);
    return key;
}

/* ---- frozenset hash ----------------------------------------------------- */

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

hash_t frozenset_hash_of(SetObj *so)
{
    /* XOR of every active entry's shuffled hash: order-independent. */
    uint64_t hash = 0;
    for (ssize_t i = 0; i <= so->mask; i++)
        if (live(so->table[i].key))
            hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    hash ^= ((uint64_t)set_used(so) + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == (uint64_t)-1)
        hash = 590923713ULL;
    return (hash_t)hash;
}

static hash_t frozenset_hash(Value self)
{
    SetObj *so = (SetObj *)val_as_obj(self);
    hash_t h = atomic_load_explicit(&so->hash, memory_order_relaxed);
    if (h != -1)
        return h;
    h = frozenset_hash_of(so);
    atomic_store_explicit(&so->hash, h, memory_order_relaxed);
    return h;
}

/* ---- Type slots ----------------------------------------------------------- */

static void set_dealloc(Object *o)
{
    SetObj *so = (SetObj *)o;
    for (ssize_t i = 0; i <= so->mask; i++)
        if (live(so->table[i].key))
            val_decref(so->table[i].key);
    if (so->table != so->smalltable)
        mem_free(so->table);
    obj_free(o);
}

static int set_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    SetObj *so = (SetObj *)o;
    for (ssize_t i = 0; i <= so->mask; i++)
        if (live(so->table[i].key)) {
            int r = visit(so->table[i].key, arg);
            if (r)
                return r;
        }
    return 0;
}

static void set_tp_clear(Object *o) { set_clear(o); }

/* A snapshot of the keys in table order, as a tuple. */
Object *set_keys_tuple(SetObj *so)
{
    CriticalSection cs;
    int locked = set_lock(so, &cs);
    Object *t = tuple_new(set_used(so));
    if (t) {
        ssize_t n = 0;
        for (ssize_t i = 0; i <= so->mask; i++)
            if (live(so->table[i].key))
                tuple_items(t)[n++] = val_ref(so->table[i].key);
    }
    if (locked)
        cs_end(&cs);
    return t;
}

static Value set_repr(Value self)
{
    SetObj *so = (SetObj *)val_as_obj(self);
    Type *t = so->base.type;
    const char *name = type_name(t);
    int rec = obj_repr_enter(self);
    if (rec < 0)
        return VAL_NULL;
    if (rec > 0)
        return str_printf("%s(...)", name);
    Value r;
    Object *keys = set_keys_tuple(so);
    if (!keys) {
        r = VAL_NULL;
    } else if (tuple_size(keys) == 0) {
        r = str_printf("%s()", name);
    } else {
        StrBuilder b;
        sb_init(&b);
        if (t != &Set_Type) {
            sb_add_ascii(&b, name);
            sb_add_char(&b, '(');
        }
        sb_add_char(&b, '{');
        int err = 0;
        for (ssize_t i = 0; i < tuple_size(keys) && !err; i++) {
            if (i)
                sb_add_ascii(&b, ", ");
            err = sb_add_repr(&b, tuple_items(keys)[i]) < 0;
        }
        sb_add_char(&b, '}');
        if (t != &Set_Type)
            sb_add_char(&b, ')');
        if (err) {
            sb_discard(&b);
            r = VAL_NULL;
        } else {
            r = sb_finish(&b);
        }
    }
    obj_xdecref(keys);
    obj_repr_leave(self);
    return r;
}

static ssize_t set_len(Value self) { return set_used((SetObj *)val_as_obj(self)); }

static int set_contains_slot(Value self, Value key) { return set_contains(val_as_obj(self), key); }

static Value set_tp_new(Type *type, const Value *args, size_t nargs, Object *kwnames)
{
    SetObj *so = set_alloc(type);
    return so ? val_from_obj(&so->base) : VAL_NULL;
}

static int set_init(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (val_type(self) == &Set_Type && args_no_kw("set", kwnames) < 0)
        return -1;
    if (args_count("set", nargs, 0, 1) < 0)
        return -1;
    SetObj *so = (SetObj *)val_as_obj(self);
    if (set_used(so))
        set_clear(&so->base);
    return nargs ? set_update_internal(so, args[0]) : 0;
}

static Value frozenset_tp_new(Type *type, const Value *args, size_t nargs, Object *kwnames)
{
    if (type == &FrozenSet_Type && args_no_kw("frozenset", kwnames) < 0)
        return VAL_NULL;
    if (args_count(type_name(type), nargs, 0, 1) < 0)
        return VAL_NULL;
    Value iterable = nargs ? args[0] : VAL_NULL;
    if (type == &FrozenSet_Type)
        return frozenset_new(iterable);
    return set_make(type, iterable);
}

static Value iter_self(Value self) { return val_ref(self); }

static Value set_iter(Value self);

Type Set_Type = {
    TYPE_HEADER("set", set_dealloc),
    .tflags = TF_BASETYPE | TF_HAS_GC | TF_IMMUTABLE,
    .basicsize = sizeof(SetObj),
    .doc = "Build an unordered collection of unique elements.",
    .methods = set_methods,
    .repr = set_repr,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .tp_new = set_tp_new,
    .init = set_init,
    .traverse = set_traverse,
    .clear = set_tp_clear,
    .binop[OP_SUB] = set_sub,
    .binop[OP_AND] = set_and,
    .binop[OP_OR] = set_or,
    .binop[OP_XOR] = set_xor,
    .inplace[OP_SUB] = set_isub,
    .inplace[OP_AND] = set_iand,
    .inplace[OP_OR] = set_ior,
    .inplace[OP_XOR] = set_ixor,
    .len = set_len,
    .contains = set_contains_slot,
};

Type FrozenSet_Type = {
    TYPE_HEADER("frozenset", set_dealloc),
    .tflags = TF_BASETYPE | TF_HAS_GC | TF_IMMUTABLE,
    .basicsize = sizeof(SetObj),
    .doc = "Build an immutable unordered collection of unique elements.",
    .methods = frozenset_methods,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .tp_new = frozenset_tp_new,
    .traverse = set_traverse,
    .binop[OP_SUB] = set_sub,
    .binop[OP_AND] = set_and,
    .binop[OP_OR] = set_or,
    .binop[OP_XOR] = set_xor,
    .len = set_len,
    .contains = set_contains_slot,
};

/* ---- Iterator -------------------------------------------------------------
 * A step of a mutable set's iterator runs in the set's critical section
 * (the table may be resized and freed at once: sets use no QSBR). */

typedef struct SetIterObj {
    Object base;
    SetObj *set;
    _Atomic ssize_t used; /* len at creation; -1 after a reported change */
    _Atomic ssize_t pos;  /* next table slot; PTRDIFF_MAX once exhausted */
    _Atomic ssize_t len;
} SetIterObj;

static Value set_iter(Value self)
{
    SetObj *so = (SetObj *)val_as_obj(self);
    SetIterObj *it = (SetIterObj *)obj_alloc(&SetIter_Type, 0);
    if (!it)
        return VAL_NULL;
    obj_incref(&so->base);
    it->set = so;
    ssize_t n = set_used(so);
    atomic_init(&it->used, n);
    atomic_init(&it->len, n);
    atomic_init(&it->pos, 0);
    return val_from_obj(&it->base);
}

static void setiter_dealloc(Object *o)
{
    obj_decref(&((SetIterObj *)o)->set->base);
    obj_free(o);
}

static int setiter_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    return visit(val_from_obj(&((SetIterObj *)o)->set->base), arg);
}

static Value setiter_next(Value self)
{
    SetIterObj *it = (SetIterObj *)val_as_obj(self);
    SetObj *so = it->set;
    ssize_t pos = atomic_load_explicit(&it->pos, memory_order_relaxed);
    if (pos == PTRDIFF_MAX)
        return VAL_NULL;
    if (atomic_load_explicit(&it->used, memory_order_relaxed) != set_used(so)) {
        err_set(&Exc_RuntimeError, "Set changed size during iteration");
        atomic_store_explicit(&it->used, -1, memory_order_relaxed);
        return VAL_NULL;
    }
    CriticalSection cs;
    int locked = set_lock(so, &cs);
    Value key = VAL_NULL;
    ssize_t i = pos;
    while (i <= so->mask && !live(so->table[i].key))
        i++;
    if (i <= so->mask)
        key = val_ref(so->table[i].key);
    if (locked)
        cs_end(&cs);
    if (!key) {
        atomic_store_explicit(&it->pos, PTRDIFF_MAX, memory_order_relaxed);
        return VAL_NULL;
    }
    atomic_store_explicit(&it->pos, i + 1, memory_order_relaxed);
    atomic_store_explicit(&it->len, atomic_load_explicit(&it->len, memory_order_relaxed) - 1,
                          memory_order_relaxed);
    return key;
}

static Value setiter_length_hint(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    SetIterObj *it = (SetIterObj *)val_as_obj(self);
    ssize_t n = 0;
    if (atomic_load_explicit(&it->pos, memory_order_relaxed) != PTRDIFF_MAX &&
        atomic_load_explicit(&it->used, memory_order_relaxed) == set_used(it->set))
        n = atomic_load_explicit(&it->len, memory_order_relaxed);
    return val_from_int(n);
}

static const MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

Type SetIter_Type = {
    TYPE_HEADER("set_iterator", setiter_dealloc),
    .tflags = TF_HAS_GC | TF_IMMUTABLE,
    .basicsize = sizeof(SetIterObj),
    .methods = setiter_methods,
    .iter = iter_self,
    .iternext = setiter_next,
    .traverse = setiter_traverse,
};
