/* Lock-free dict reads for the VM's inline caches (src/vm/specialize.c):
 * an attribute or global load remembers the entry number of its key and
 * re-validates it on every execution. Nothing here runs Python code or
 * takes a lock; writes go through dict_replace_at (dict.c). */
#ifndef FT_DICT_CACHE_H
#define FT_DICT_CACHE_H

#include "dict_internal.h"
#include "strobj.h"

/* The value of entry ix of d's current table when that entry's key is key
 * (identity): borrowed (take a reference before running any code), or
 * VAL_NULL. Valid for any ix: a stale or torn cache only misses. The
 * entry is published before nentries (release), so a reader that sees
 * ix < nentries sees its key and value. */
static inline Value dict_value_at(Object *o, uint32_t ix, Object *key)
{
    DictKeys *k = dict_keys_acquire((DictObj *)o);
    if (!k || (ssize_t)ix >= atomic_load_explicit(&k->nentries, memory_order_acquire))
        return VAL_NULL;
    DictEntry *e = &dk_entries(k)[ix];
    if (atomic_load_explicit(&e->key, memory_order_relaxed) != val_from_obj(key))
        return VAL_NULL;
    return atomic_load_explicit(&e->value, memory_order_acquire);
}

/* False only when d certainly has no key equal to the str key (hash h):
 * probes for an entry with the same hash. */
static inline bool dict_may_have_str(Object *o, Object *key, hash_t h)
{
    DictKeys *k = dict_keys_acquire((DictObj *)o);
    if (!k)
        return false;
    DictEntry *entries = dk_entries(k);
    size_t mask = ((size_t)1 << k->log2_size) - 1;
    size_t perturb = (size_t)h, i = (size_t)h & mask;
    for (;;) {
        ssize_t ix = dk_index(k, i);
        if (ix == DKIX_EMPTY)
            return false;
        if (ix >= 0) {
            DictEntry *e = &entries[ix];
            Value ek = atomic_load_explicit(&e->key, memory_order_relaxed);
            if (ek == val_from_obj(key) ||
                (ek && atomic_load_explicit(&e->hash, memory_order_relaxed) == h))
                return true;
        }
        perturb >>= 5; /* dict.c's PERTURB_SHIFT */
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* The entry number of key (an interned str, matched by identity) in d's
 * current table, or -1 (also when an equal but distinct str is the key). */
ssize_t dict_index_interned(Object *d, Object *key);

/* Replaces the value of entry ix when that entry still holds key
 * (identity), in a critical section, bumping the version: 1; 0 when it
 * does not (nothing changed). v is not stolen. */
int dict_replace_at(Object *d, uint32_t ix, Object *key, Value v);

#endif
