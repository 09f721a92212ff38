/* dict: the compact ordered hash table (index slots + dense entries, as
 * CPython 3.6+), lookup, insertion, deletion and resizing, and the C API
 * of dictobj.h. The type, its methods, views and iterators are in
 * dict_methods.c, dict_views.c and dict_iter.c.
 *
 * Thread safety (DESIGN.md "Containers: locked writes, lock-free reads"):
 *  - every write runs in a critical section on the dict;
 *  - lookups take no lock: load the table (acquire), probe the index
 *    slots (acquire), read the entry, take a reference to the value;
 *  - a table replaced by a resize or clear is retired through QSBR;
 *  - a lookup that must call a key's __eq__ holds no lock during the
 *    call; afterwards it re-validates (same table, entry still holds the
 *    compared key; a writer additionally checks the dict's version) and
 *    restarts the probe if the dict changed, as CPython does.
 * Known gap, closed in a later issue (docs/vm-plan.md): a value or key
 * read without the lock may be freed by a concurrent removal between the
 * load and the incref; the fix is type-stable object memory and a
 * CAS-based incref that refuses dead objects and re-checks the slot. */
#include <string.h>

#include "dict_cache.h"
#include "dict_internal.h"
#include "floatobj.h"
#include "listobj.h"
#include "qsbr.h"
#include "tstate.h"

#define PERTURB_SHIFT 5
#define DICT_LOG_MINSIZE 3
#define LOOKUP_ERROR (-3)

/* ---- Versions --------------------------------------------------------------
 * Unique across all dicts (a cache keyed by version cannot confuse two
 * dicts): each thread takes blocks of 1024 numbers from a global counter. */
static _Atomic uint64_t version_pool = 1024;
static _Thread_local uint64_t version_next, version_end;

static uint64_t new_version(void)
{
    if (version_next == version_end) {
        version_next = atomic_fetch_add_explicit(&version_pool, 1024, memory_order_relaxed);
        version_end = version_next + 1024;
    }
    return version_next++;
}

static inline void bump_version(DictObj *d)
{
    atomic_store_explicit(&d->version, new_version(), memory_order_release);
}

uint64_t dict_version(Object *d)
{
    return atomic_load_explicit(&((DictObj *)d)->version, memory_order_acquire);
}

/* ---- Tables ------------------------------------------------------------------ */

static inline void dk_set_index(DictKeys *k, size_t i, ssize_t ix)
{
    switch (k->log2_index_bytes) {
    case 0: atomic_store_explicit(&((_Atomic int8_t *)k->indices)[i], (int8_t)ix, memory_order_release); break;
    case 1: atomic_store_explicit(&((_Atomic int16_t *)k->indices)[i], (int16_t)ix, memory_order_release); break;
    case 2: atomic_store_explicit(&((_Atomic int32_t *)k->indices)[i], (int32_t)ix, memory_order_release); break;
    default: atomic_store_explicit(&((_Atomic int64_t *)k->indices)[i], (int64_t)ix, memory_order_release); break;
    }
}

/* Two thirds of the slots may be used (CPython's USABLE_FRACTION). */
static inline ssize_t usable_fraction(size_t size) { return (ssize_t)((size << 1) / 3); }

static DictKeys *keys_new(uint8_t log2_size)
{
    size_t size = (size_t)1 << log2_size;
    uint8_t lb = log2_size < 8 ? 0 : log2_size < 16 ? 1 : log2_size < 32 ? 2 : 3;
    ssize_t cap = usable_fraction(size);
    size_t bytes = sizeof(DictKeys) + (size << lb) + (size_t)cap * sizeof(DictEntry);
    DictKeys *k = mem_alloc(bytes);
    if (!k) {
        err_no_memory();
        return NULL;
    }
    k->log2_size = log2_size;
    k->log2_index_bytes = lb;
    k->capacity = cap;
    atomic_init(&k->nentries, 0);
    memset(k->indices, 0xff, size << lb); /* DKIX_EMPTY in every width */
    return k;
}

static void keys_retire(DictKeys *k)
{
    if (!k)
        return;
    ThreadState *ts = ts_current;
    if (ts)
        qsbr_retire(ts, k, mem_free);
    else
        mem_free(k);
}

static inline ssize_t keys_nentries(DictKeys *k)
{
    return atomic_load_explicit(&k->nentries, memory_order_acquire);
}

/* The first free index slot for hash (empty or dummy). */
static size_t find_free_slot(DictKeys *k, hash_t hash)
{
    size_t mask = ((size_t)1 << k->log2_size) - 1;
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    while (dk_index(k, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* log2 of the smallest table of at least minsize slots. */
static uint8_t log2_for(size_t minsize)
{
    uint8_t lg = DICT_LOG_MINSIZE;
    while (((size_t)1 << lg) < minsize)
        lg++;
    return lg;
}

/* Rebuilds d's table with 2^log2_size slots, compacting the entries
 * (deleted ones dropped, order kept). Under d's critical section. */
static int dict_resize(DictObj *d, uint8_t log2_size)
{
    DictKeys *old = atomic_load_explicit(&d->keys, memory_order_relaxed);
    DictKeys *k = keys_new(log2_size);
    if (!k)
        return -1;
    DictEntry *dst = dk_entries(k);
    ssize_t n = 0;
    if (old) {
        DictEntry *src = dk_entries(old);
        ssize_t count = keys_nentries(old);
        size_t mask = ((size_t)1 << log2_size) - 1;
        for (ssize_t i = 0; i < count; i++) {
            Value key = atomic_load_explicit(&src[i].key, memory_order_relaxed);
            if (!key)
                continue;
            hash_t h = atomic_load_explicit(&src[i].hash, memory_order_relaxed);
            atomic_init(&dst[n].hash, h);
            atomic_init(&dst[n].key, key);
            atomic_init(&dst[n].value, atomic_load_explicit(&src[i].value, memory_order_relaxed));
            size_t perturb = (size_t)h, j = (size_t)h & mask;
            while (dk_index(k, j) != DKIX_EMPTY) {
                perturb >>= PERTURB_SHIFT;
                j = (j * 5 + perturb + 1) & mask;
            }
            dk_set_index(k, j, n);
            n++;
        }
    }
    atomic_init(&k->nentries, n);
    atomic_store_explicit(&d->keys, k, memory_order_release);
    keys_retire(old);
    return 0;
}

/* CPython's GROWTH_RATE: room for three times the live entries. */
static int dict_grow(DictObj *d)
{
    return dict_resize(d, log2_for((size_t)dict_used(d) * 3));
}

/* ---- Key comparison ------------------------------------------------------- */

/* Types whose == runs no Python code: compared while holding the lock. */
static inline bool eq_is_builtin(Value v)
{
    Type *t = val_type(v);
    return t == &Int_Type || t == &Str_Type || t == &Float_Type || t == &Bool_Type;
}

/* 1 equal, 0 not, -1 error, 2 "call __eq__ outside the lock". */
static inline int quick_eq(Value stored, Value key)
{
    if (val_is_obj(stored) && val_is_obj(key) && val_as_obj(stored)->type == &Str_Type &&
        val_as_obj(key)->type == &Str_Type)
        return str_eq(val_as_str(stored), val_as_str(key));
    if (eq_is_builtin(stored) && eq_is_builtin(key))
        return obj_richcompare_bool(stored, key, CMP_EQ);
    return 2;
}

hash_t dict_key_hash(Value key)
{
    if (val_is_int(key))
        return hash_int64(val_as_int(key));
    if (val_as_obj(key)->type == &Str_Type) {
        hash_t h = atomic_load_explicit(&val_as_str(key)->hash, memory_order_relaxed);
        if (h != -1)
            return h;
        return str_hash(val_as_str(key));
    }
    if (!val_type(key)->hash) {
        err_set(&Exc_TypeError, "cannot use '%s' as a dict key (unhashable type: '%s')",
                type_name(val_type(key)), type_name(val_type(key)));
        return -1;
    }
    return obj_hash(key);
}

/* ---- Lock-free lookup ------------------------------------------------------ */

ssize_t dict_lookup(DictObj *d, Value key, hash_t hash, Value *value)
{
restart:;
    DictKeys *k = dict_keys_acquire(d);
    if (!k)
        return DKIX_EMPTY;
    DictEntry *entries = dk_entries(k);
    size_t mask = ((size_t)1 << k->log2_size) - 1;
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        ssize_t ix = dk_index(k, i);
        if (ix == DKIX_EMPTY)
            return DKIX_EMPTY;
        if (ix >= 0) {
            DictEntry *e = &entries[ix];
            Value ek = atomic_load_explicit(&e->key, memory_order_acquire);
            int eq = 0;
            if (ek == key) {
                eq = 1;
            } else if (ek && atomic_load_explicit(&e->hash, memory_order_relaxed) == hash) {
                eq = quick_eq(ek, key);
                if (eq == 2) {
                    val_incref(ek);
                    eq = obj_richcompare_bool(ek, key, CMP_EQ);
                    val_decref(ek);
                    if (eq < 0)
                        return LOOKUP_ERROR;
                    /* The table may have been retired during the call:
                     * compare the pointer before touching the entry. */
                    if (dict_keys_acquire(d) != k ||
                        atomic_load_explicit(&e->key, memory_order_acquire) != ek)
                        goto restart;
                } else if (eq < 0) {
                    return LOOKUP_ERROR;
                }
            }
            if (eq) {
                if (value) {
                    Value v = atomic_load_explicit(&e->value, memory_order_acquire);
                    if (!v)
                        return DKIX_EMPTY; /* deleted meanwhile */
                    val_incref(v);
                    *value = v;
                }
                return ix;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* ---- Locked lookup for writers ----------------------------------------------
 * Finds key in d while holding cs (a section on d). A user __eq__ is
 * called with the section ended; when the dict's version changed
 * meanwhile the probe starts over. Returns the entry number (and its
 * index slot in *slot), DKIX_EMPTY, or LOOKUP_ERROR. */
static ssize_t find_locked(DictObj *d, CriticalSection *cs, Value key, hash_t hash, size_t *slot)
{
restart:;
    DictKeys *k = atomic_load_explicit(&d->keys, memory_order_relaxed);
    if (!k)
        return DKIX_EMPTY;
    DictEntry *entries = dk_entries(k);
    size_t mask = ((size_t)1 << k->log2_size) - 1;
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        ssize_t ix = dk_index(k, i);
        if (ix == DKIX_EMPTY)
            return DKIX_EMPTY;
        if (ix >= 0) {
            DictEntry *e = &entries[ix];
            Value ek = atomic_load_explicit(&e->key, memory_order_relaxed);
            int eq = 0;
            if (ek == key) {
                eq = 1;
            } else if (ek && atomic_load_explicit(&e->hash, memory_order_relaxed) == hash) {
                eq = quick_eq(ek, key);
                if (eq == 2) {
                    uint64_t ver = atomic_load_explicit(&d->version, memory_order_relaxed);
                    val_incref(ek);
                    cs_end(cs);
                    eq = obj_richcompare_bool(ek, key, CMP_EQ);
                    val_decref(ek);
                    cs_begin(cs, &d->base);
                    if (eq < 0)
                        return LOOKUP_ERROR;
                    if (atomic_load_explicit(&d->version, memory_order_relaxed) != ver)
                        goto restart;
                } else if (eq < 0) {
                    return LOOKUP_ERROR;
                }
            }
            if (eq) {
                *slot = i;
                return ix;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* ---- Writes ----------------------------------------------------------------- */

int dict_insert(DictObj *d, Value key, hash_t hash, Value value, int mode, Value *old)
{
    CriticalSection cs;
    cs_begin(&cs, &d->base);
    size_t slot;
    ssize_t ix = find_locked(d, &cs, key, hash, &slot);
    if (ix == LOOKUP_ERROR) {
        cs_end(&cs);
        return -1;
    }
    if (ix >= 0) {
        DictEntry *e = &dk_entries(atomic_load_explicit(&d->keys, memory_order_relaxed))[ix];
        Value prev = atomic_load_explicit(&e->value, memory_order_relaxed);
        if (mode == DICT_SETDEFAULT) {
            val_incref(prev);
            cs_end(&cs);
            *old = prev;
            return 0;
        }
        atomic_store_explicit(&e->value, val_ref(value), memory_order_release);
        bump_version(d);
        cs_end(&cs);
        val_decref(prev); /* outside the section: a __del__ may run */
        return 0;
    }
    DictKeys *k = atomic_load_explicit(&d->keys, memory_order_relaxed);
    if (!k || keys_nentries(k) >= k->capacity) {
        if (dict_grow(d) < 0) {
            cs_end(&cs);
            return -1;
        }
        k = atomic_load_explicit(&d->keys, memory_order_relaxed);
    }
    ssize_t n = keys_nentries(k);
    DictEntry *e = &dk_entries(k)[n];
    atomic_store_explicit(&e->hash, hash, memory_order_relaxed);
    atomic_store_explicit(&e->key, val_ref(key), memory_order_relaxed);
    atomic_store_explicit(&e->value, val_ref(value), memory_order_relaxed);
    atomic_store_explicit(&k->nentries, n + 1, memory_order_release);
    /* Publishing the slot makes the entry visible to readers. */
    dk_set_index(k, find_free_slot(k, hash), n);
    atomic_store_explicit(&d->used, dict_used(d) + 1, memory_order_relaxed);
    bump_version(d);
    cs_end(&cs);
    if (mode == DICT_SETDEFAULT)
        *old = val_ref(value);
    return 0;
}

int dict_pop_hashed(DictObj *d, Value key, hash_t hash, Value *value)
{
    CriticalSection cs;
    cs_begin(&cs, &d->base);
    size_t slot;
    ssize_t ix = find_locked(d, &cs, key, hash, &slot);
    if (ix < 0) {
        cs_end(&cs);
        return ix == LOOKUP_ERROR ? -1 : 0;
    }
    DictKeys *k = atomic_load_explicit(&d->keys, memory_order_relaxed);
    DictEntry *e = &dk_entries(k)[ix];
    Value oldkey = atomic_load_explicit(&e->key, memory_order_relaxed);
    Value oldval = atomic_load_explicit(&e->value, memory_order_relaxed);
    dk_set_index(k, slot, DKIX_DUMMY);
    atomic_store_explicit(&e->key, VAL_NULL, memory_order_relaxed);
    atomic_store_explicit(&e->value, VAL_NULL, memory_order_relaxed);
    atomic_store_explicit(&d->used, dict_used(d) - 1, memory_order_relaxed);
    bump_version(d);
    cs_end(&cs);
    val_decref(oldkey);
    if (value)
        *value = oldval;
    else
        val_decref(oldval);
    return 1;
}

int dict_popitem(DictObj *d, Value *key, Value *value)
{
    CriticalSection cs;
    cs_begin(&cs, &d->base);
    DictKeys *k = atomic_load_explicit(&d->keys, memory_order_relaxed);
    if (dict_used(d) == 0 || !k) {
        cs_end(&cs);
        return 0;
    }
    /* LIFO: the last live entry. Its number is not reused (entry numbers
     * never are within a table: a lock-free reader may still hold it). */
    DictEntry *entries = dk_entries(k);
    ssize_t i = keys_nentries(k) - 1;
    while (!atomic_load_explicit(&entries[i].key, memory_order_relaxed))
        i--;
    hash_t h = atomic_load_explicit(&entries[i].hash, memory_order_relaxed);
    size_t mask = ((size_t)1 << k->log2_size) - 1, perturb = (size_t)h, j = (size_t)h & mask;
    while (dk_index(k, j) != i) {
        perturb >>= PERTURB_SHIFT;
        j = (j * 5 + perturb + 1) & mask;
    }
    *key = atomic_load_explicit(&entries[i].key, memory_order_relaxed);
    *value = atomic_load_explicit(&entries[i].value, memory_order_relaxed);
    dk_set_index(k, j, DKIX_DUMMY);
    atomic_store_explicit(&entries[i].key, VAL_NULL, memory_order_relaxed);
    atomic_store_explicit(&entries[i].value, VAL_NULL, memory_order_relaxed);
    atomic_store_explicit(&d->used, dict_used(d) - 1, memory_order_relaxed);
    bump_version(d);
    cs_end(&cs);
    return 1;
}

Value *dict_snapshot(DictObj *d, ssize_t *n_out)
{
    CriticalSection cs;
    cs_begin(&cs, &d->base);
    ssize_t used = dict_used(d);
    Value *snap = mem_alloc((size_t)(used ? used : 1) * 2 * sizeof(Value));
    ssize_t n = 0;
    if (snap) {
        DictKeys *k = atomic_load_explicit(&d->keys, memory_order_relaxed);
        ssize_t count = k ? keys_nentries(k) : 0;
        DictEntry *entries = k ? dk_entries(k) : NULL;
        for (ssize_t i = 0; i < count && n < used; i++) {
            Value key = atomic_load_explicit(&entries[i].key, memory_order_relaxed);
            if (!key)
                continue;
            snap[2 * n] = val_ref(key);
            snap[2 * n + 1] = val_ref(atomic_load_explicit(&entries[i].value, memory_order_relaxed));
            n++;
        }
    }
    cs_end(&cs);
    if (!snap) {
        err_no_memory();
        return NULL;
    }
    *n_out = n;
    return snap;
}

void dict_snapshot_free(Value *snap, ssize_t n)
{
    for (ssize_t i = 0; i < 2 * n; i++)
        val_decref(snap[i]);
    mem_free(snap);
}

/* ---- C API ------------------------------------------------------------------ */

Object *dict_new_type(Type *type)
{
    DictObj *d = (DictObj *)obj_alloc(type, 0);
    if (!d)
        return NULL;
    atomic_init(&d->used, 0);
    atomic_init(&d->keys, NULL);
    atomic_init(&d->version, new_version());
    return &d->base;
}

Object *dict_new(void) { return dict_new_type(&Dict_Type); }

/* A dict presized for n entries (no resize while it is filled). */
Object *dict_new_presized(ssize_t n)
{
    Object *o = dict_new();
    if (!o || n <= 5)
        return o;
    DictObj *d = (DictObj *)o;
    DictKeys *k = keys_new(log2_for(((size_t)n * 3 + 1) / 2));
    if (!k) {
        obj_decref(o);
        return NULL;
    }
    atomic_init(&d->keys, k);
    return o;
}

ssize_t dict_len(Object *d) { return dict_used((DictObj *)d); }

int dict_get_hashed(Object *d, Value key, hash_t hash, Value *out)
{
    Value v;
    ssize_t ix = dict_lookup((DictObj *)d, key, hash, &v);
    if (ix == LOOKUP_ERROR)
        return -1;
    if (ix < 0)
        return 0;
    *out = v;
    return 1;
}

int dict_get(Object *d, Value key, Value *out)
{
    hash_t h = dict_key_hash(key);
    if (h == -1)
        return -1;
    return dict_get_hashed(d, key, h, out);
}

int dict_get_str_hashed(Object *o, Object *key, hash_t hash, Value *out)
{
    DictObj *d = (DictObj *)o;
    DictKeys *k = dict_keys_acquire(d);
    if (!k)
        return 0;
    /* Fast path for str keys: equality of two exact strs runs no Python
     * code, so the probe is a plain loop. */
    DictEntry *entries = dk_entries(k);
    size_t mask = ((size_t)1 << k->log2_size) - 1;
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    DictEntry *e;
    for (;;) {
        ssize_t ix = dk_index(k, i);
        if (ix == DKIX_EMPTY)
            return 0;
        if (ix >= 0) {
            e = &entries[ix];
            Value ek = atomic_load_explicit(&e->key, memory_order_acquire);
            if (ek == val_from_obj(key))
                break;
            if (ek && atomic_load_explicit(&e->hash, memory_order_relaxed) == hash) {
                if (!(val_is_obj(ek) && val_as_obj(ek)->type == &Str_Type))
                    return dict_get_hashed(o, val_from_obj(key), hash, out);
                if (str_eq(val_as_str(ek), (StrObj *)key))
                    break;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    Value v = atomic_load_explicit(&e->value, memory_order_acquire);
    if (!v)
        return 0;
    val_incref(v);
    *out = v;
    return 1;
}

int dict_get_str(Object *d, Object *key, Value *out)
{
    hash_t h = atomic_load_explicit(&((StrObj *)key)->hash, memory_order_relaxed);
    if (h == -1)
        h = str_hash((StrObj *)key);
    if (key->type != &Str_Type)
        return dict_get_hashed(d, val_from_obj(key), h, out);
    return dict_get_str_hashed(d, key, h, out);
}

int dict_get_cstr(Object *d, const char *key, Value *out)
{
    Value k = str_from_cstr(key);
    if (!k)
        return -1;
    int r = dict_get(d, k, out);
    val_decref(k);
    return r;
}

int dict_set(Object *d, Value key, Value v)
{
    hash_t h = dict_key_hash(key);
    if (h == -1)
        return -1;
    return dict_insert((DictObj *)d, key, h, v, DICT_SET, NULL);
}

int dict_set_str(Object *d, Object *key, Value v) { return dict_set(d, val_from_obj(key), v); }

int dict_set_cstr(Object *d, const char *key, Value v)
{
    Object *k = str_intern_cstr(key);
    if (!k)
        return -1;
    return dict_set(d, val_from_obj(k), v);
}

int dict_del(Object *d, Value key)
{
    hash_t h = dict_key_hash(key);
    if (h == -1)
        return -1;
    return dict_pop_hashed((DictObj *)d, key, h, NULL);
}

int dict_del_str(Object *d, Object *key) { return dict_del(d, val_from_obj(key)); }

void dict_clear(Object *o)
{
    DictObj *d = (DictObj *)o;
    CriticalSection cs;
    cs_begin(&cs, o);
    DictKeys *k = atomic_load_explicit(&d->keys, memory_order_relaxed);
    atomic_store_explicit(&d->keys, NULL, memory_order_release);
    atomic_store_explicit(&d->used, 0, memory_order_relaxed);
    bump_version(d);
    cs_end(&cs);
    if (!k)
        return;
    /* Nobody writes the old table any more; readers may still probe it. */
    DictEntry *entries = dk_entries(k);
    ssize_t count = keys_nentries(k);
    for (ssize_t i = 0; i < count; i++) {
        Value key = atomic_load_explicit(&entries[i].key, memory_order_relaxed);
        if (key) {
            val_decref(key);
            val_decref(atomic_load_explicit(&entries[i].value, memory_order_relaxed));
        }
    }
    keys_retire(k);
}

int dict_next(Object *o, ssize_t *pos, Value *key, Value *value)
{
    DictKeys *k = dict_keys_acquire((DictObj *)o);
    if (!k)
        return 0;
    DictEntry *entries = dk_entries(k);
    ssize_t count = keys_nentries(k);
    for (ssize_t i = *pos; i < count; i++) {
        Value kv = atomic_load_explicit(&entries[i].key, memory_order_acquire);
        if (!kv)
            continue;
        *pos = i + 1;
        if (key)
            *key = kv;
        if (value)
            *value = atomic_load_explicit(&entries[i].value, memory_order_acquire);
        return 1;
    }
    *pos = count;
    return 0;
}

/* Like dict_next, with the stored hash. */
int dict_next_hashed(Object *o, ssize_t *pos, Value *key, Value *value, hash_t *hash)
{
    DictKeys *k = dict_keys_acquire((DictObj *)o);
    if (!k)
        return 0;
    DictEntry *entries = dk_entries(k);
    ssize_t count = keys_nentries(k);
    for (ssize_t i = *pos; i < count; i++) {
        Value kv = atomic_load_explicit(&entries[i].key, memory_order_acquire);
        if (!kv)
            continue;
        *pos = i + 1;
        if (key)
            *key = kv;
        if (value)
            *value = atomic_load_explicit(&entries[i].value, memory_order_acquire);
        if (hash)
            *hash = atomic_load_explicit(&entries[i].hash, memory_order_relaxed);
        return 1;
    }
    *pos = count;
    return 0;
}

int dict_merge(Object *o, Object *other, bool override)
{
    if (o == other)
        return 0;
    ssize_t n;
    Value *snap = dict_snapshot((DictObj *)other, &n);
    if (!snap)
        return -1;
    DictObj *d = (DictObj *)o;
    /* Grow once up front, as CPython does for a merge into an empty dict. */
    if (n > 0 && dict_used(d) == 0) {
        CriticalSection cs;
        cs_begin(&cs, o);
        DictKeys *k = atomic_load_explicit(&d->keys, memory_order_relaxed);
        if (dict_used(d) == 0 && (!k || k->capacity - keys_nentries(k) < n) &&
            dict_resize(d, log2_for(((size_t)n * 3 + 1) / 2)) < 0) {
            cs_end(&cs);
            dict_snapshot_free(snap, n);
            return -1;
        }
        cs_end(&cs);
    }
    int r = 0;
    for (ssize_t i = 0; i < n && r == 0; i++) {
        Value key = snap[2 * i], v = snap[2 * i + 1];
        hash_t h = dict_key_hash(key);
        if (h == -1) {
            r = -1;
            break;
        }
        if (override) {
            r = dict_insert(d, key, h, v, DICT_SET, NULL);
        } else {
            Value prev;
            r = dict_insert(d, key, h, v, DICT_SETDEFAULT, &prev);
            if (r == 0)
                val_decref(prev);
        }
    }
    dict_snapshot_free(snap, n);
    return r;
}

Object *dict_copy(Object *o)
{
    Object *c = dict_new_presized(dict_len(o));
    if (!c)
        return NULL;
    if (dict_merge(c, o, true) < 0) {
        obj_decref(c);
        return NULL;
    }
    return c;
}

Object *dict_keys_list(Object *d)
{
    ssize_t n;
    Value *snap = dict_snapshot((DictObj *)d, &n);
    if (!snap)
        return NULL;
    Object *l = list_new(n);
    if (l)
        for (ssize_t i = 0; i < n; i++)
            list_init_item(l, i, val_ref(snap[2 * i]));
    dict_snapshot_free(snap, n);
    return l;
}

Object *dict_items_list(Object *d)
{
    ssize_t n;
    Value *snap = dict_snapshot((DictObj *)d, &n);
    if (!snap)
        return NULL;
    Object *l = list_new(n);
    for (ssize_t i = 0; l && i < n; i++) {
        Object *t = tuple_pack(2, snap[2 * i], snap[2 * i + 1]);
        if (!t) {
            obj_decref(l);
            l = NULL;
            break;
        }
        list_init_item(l, i, val_from_obj(t));
    }
    dict_snapshot_free(snap, n);
    return l;
}

/* d.update(other): a dict is merged; an object with keys() is read as a
 * mapping; anything else is an iterable of pairs. */
int dict_update(Object *d, Value other)
{
    if (val_is_dict(other) && val_type(other)->iter == Dict_Type.iter)
        return dict_merge(d, val_as_obj(other), true);
    static _Atomic(Object *) keys_name;
    Value keys_fn;
    int has = obj_lookup_attr(other, cont_name("keys", &keys_name), &keys_fn);
    if (has < 0)
        return -1;
    if (has) {
        Value keys = obj_call0(keys_fn);
        val_decref(keys_fn);
        if (!keys)
            return -1;
        Value it = obj_iter(keys);
        val_decref(keys);
        if (!it)
            return -1;
        int r = 0;
        for (;;) {
            Value k = obj_next(it);
            if (!k) {
                if (err_occurred())
                    r = -1;
                break;
            }
            Value v = obj_getitem(other, k);
            if (!v || dict_set(d, k, v) < 0) {
                val_xdecref(v);
                val_decref(k);
                r = -1;
                break;
            }
            val_decref(v);
            val_decref(k);
        }
        val_decref(it);
        return r;
    }
    Value it = obj_iter(other);
    if (!it)
        return -1;
    int r = 0;
    for (ssize_t n = 0;; n++) {
        Value item = obj_next(it);
        if (!item) {
            if (err_occurred())
                r = -1;
            break;
        }
        Object *pair = NULL;
        if (val_is_tuple(item) || val_is_list(item)) {
            pair = val_is_list(item) ? list_as_tuple(val_as_obj(item))
                                     : (obj_incref(val_as_obj(item)), val_as_obj(item));
        } else {
            Value iit = obj_iter(item);
            if (!iit) {
                if (err_matches(&Exc_TypeError)) {
                    err_clear();
                    err_set(&Exc_TypeError,
                            "cannot convert dictionary update sequence element #%zd to a sequence", n);
                }
            } else {
                val_decref(iit);
                pair = tuple_from_iterable(item);
            }
        }
        val_decref(item);
        if (!pair) {
            r = -1;
            break;
        }
        if (tuple_size(pair) != 2) {
            err_set(&Exc_ValueError,
                    "dictionary update sequence element #%zd has length %zd; 2 is required", n,
                    tuple_size(pair));
            obj_decref(pair);
            r = -1;
            break;
        }
        r = dict_set(d, tuple_items(pair)[0], tuple_items(pair)[1]);
        obj_decref(pair);
        if (r < 0)
            break;
    }
    val_decref(it);
    return r;
}

/* ---- For the VM's inline caches (dict_cache.h) --------------------------------- */

ssize_t dict_index_interned(Object *o, Object *key)
{
    hash_t h = atomic_load_explicit(&((StrObj *)key)->hash, memory_order_relaxed);
    if (h == -1)
        h = str_hash((StrObj *)key);
    DictKeys *k = dict_keys_acquire((DictObj *)o);
    if (!k)
        return -1;
    DictEntry *entries = dk_entries(k);
    size_t mask = ((size_t)1 << k->log2_size) - 1;
    size_t perturb = (size_t)h, i = (size_t)h & mask;
    for (;;) {
        ssize_t ix = dk_index(k, i);
        if (ix == DKIX_EMPTY)
            return -1;
        if (ix >= 0) {
            Value ek = atomic_load_explicit(&entries[ix].key, memory_order_relaxed);
            if (ek == val_from_obj(key))
                return atomic_load_explicit(&entries[ix].value, memory_order_relaxed) ? ix : -1;
            if (ek && atomic_load_explicit(&entries[ix].hash, memory_order_relaxed) == h)
                return -1; /* an equal str that is not this object */
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

int dict_replace_at(Object *o, uint32_t ix, Object *key, Value v)
{
    DictObj *d = (DictObj *)o;
    CriticalSection cs;
    cs_begin(&cs, &d->base);
    DictKeys *k = atomic_load_explicit(&d->keys, memory_order_relaxed);
    if (!k || (ssize_t)ix >= keys_nentries(k)) {
        cs_end(&cs);
        return 0;
    }
    DictEntry *e = &dk_entries(k)[ix];
    Value prev = atomic_load_explicit(&e->value, memory_order_relaxed);
    if (atomic_load_explicit(&e->key, memory_order_relaxed) != val_from_obj(key) || !prev) {
        cs_end(&cs);
        return 0;
    }
    atomic_store_explicit(&e->value, val_ref(v), memory_order_release);
    bump_version(d);
    cs_end(&cs);
    val_decref(prev); /* outside the section: a __del__ may run */
    return 1;
}
