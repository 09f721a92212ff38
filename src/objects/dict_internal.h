/* Internals of dict shared by dict.c, dict_methods.c, dict_views.c and
 * dict_iter.c: the compact table layout and its atomic accessors. */
#ifndef FT_DICT_INTERNAL_H
#define FT_DICT_INTERNAL_H

#include "cont_internal.h"
#include "critical_section.h"
#include "dictobj.h"
#include "mem.h"
#include "tupleobj.h"

/* Index slots hold an entry number, or one of these. */
#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2) /* a deleted entry: probing continues past it */

/* An entry is written once when appended (hash, key, value; then its
 * index slot is published with a release store); afterwards only the
 * value changes (release stores) and key/value become VAL_NULL when the
 * entry is deleted. Entry numbers are never reused within one table. */
typedef struct DictEntry {
    _Atomic hash_t hash;
    _Atomic Value key;
    _Atomic Value value;
} DictEntry;

/* A table: 2^log2_size index slots of 1/2/4/8 bytes, then the dense
 * entry array (insertion order, with holes for deleted entries). A table
 * replaced by a resize is retired through QSBR: lock-free readers may
 * still be probing it. */
typedef struct DictKeys {
    uint8_t log2_size;
    uint8_t log2_index_bytes;
    ssize_t capacity;            /* entries the table can hold */
    _Atomic ssize_t nentries;    /* entries appended (live or deleted) */
    char indices[];              /* index slots, then entries */
} DictKeys;

typedef struct DictObj {
    Object base;
    _Atomic ssize_t used;        /* live entries: len(d) */
    _Atomic(DictKeys *) keys;    /* NULL while empty and never grown */
    _Atomic uint64_t version;    /* unique across dicts; changes on every write */
} DictObj;

static inline DictObj *as_dict(Value v) { return (DictObj *)val_as_obj(v); }

static inline DictEntry *dk_entries(DictKeys *k)
{
    return (DictEntry *)(k->indices + ((size_t)1 << (k->log2_size + k->log2_index_bytes)));
}

static inline ssize_t dk_index(DictKeys *k, size_t i)
{
    switch (k->log2_index_bytes) {
    case 0: return atomic_load_explicit(&((_Atomic int8_t *)k->indices)[i], memory_order_acquire);
    case 1: return atomic_load_explicit(&((_Atomic int16_t *)k->indices)[i], memory_order_acquire);
    case 2: return atomic_load_explicit(&((_Atomic int32_t *)k->indices)[i], memory_order_acquire);
    default: return (ssize_t)atomic_load_explicit(&((_Atomic int64_t *)k->indices)[i], memory_order_acquire);
    }
}

static inline DictKeys *dict_keys_acquire(DictObj *d)
{
    return atomic_load_explicit(&d->keys, memory_order_acquire);
}

static inline ssize_t dict_used(DictObj *d)
{
    return atomic_load_explicit(&d->used, memory_order_relaxed);
}

/* Hash of a dict key; TypeError for unhashable keys worded as 3.14 does. */
hash_t dict_key_hash(Value key);

/* Lock-free lookup with a known hash: the entry number (>= 0) and a new
 * reference in *value when found, DKIX_EMPTY when missing, -3 on error. */
ssize_t dict_lookup(DictObj *d, Value key, hash_t hash, Value *value);

/* Insert with a known hash. mode DICT_SET replaces an existing value;
 * DICT_SETDEFAULT keeps it and returns it in *old (new reference). */
enum { DICT_SET, DICT_SETDEFAULT };
int dict_insert(DictObj *d, Value key, hash_t hash, Value value, int mode, Value *old);
/* Deletes key: 1 and the removed value in *value (new ref; may be NULL
 * to drop it), 0 missing, -1 error. */
int dict_pop_hashed(DictObj *d, Value key, hash_t hash, Value *value);

/* Removes the last entry: 1 with its key and value (references handed
 * over), 0 when d is empty. */
int dict_popitem(DictObj *d, Value *key, Value *value);

/* A consistent snapshot of the live entries (taken in a critical
 * section): 2*n values key0, value0, key1, ... each holding a reference.
 * Free with dict_snapshot_free. */
Value *dict_snapshot(DictObj *d, ssize_t *n);
void dict_snapshot_free(Value *snap, ssize_t n);

Object *dict_new_type(Type *type);
/* d.update(other) and then the keyword pairs (names in kwnames, values
 * after the positional args) for dict(...)/update(...). */
int dict_update_args(DictObj *d, const Value *args, size_t nargs, Object *kwnames, const char *fname);

extern Type DictKeys_Type, DictValues_Type, DictItems_Type;
extern Type DictKeyIter_Type, DictValueIter_Type, DictItemIter_Type;
extern Type DictRevKeyIter_Type, DictRevValueIter_Type, DictRevItemIter_Type;
Value dictiter_new(DictObj *d, Type *kind);
Value dictview_new(Value d, Type *kind);
/* The dict a keys/values/items view shows (borrowed). */
Value dictview_dict(Value view);

#endif
