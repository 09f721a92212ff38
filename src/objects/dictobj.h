/* dict: insertion-ordered hash table (a compact entry array plus an index
 * table). Writes run in a critical section on the dict; lookups read the
 * table without locking (tables replaced by a resize are freed through
 * QSBR). Also the namespace of modules, classes and instances. */
#ifndef FT_DICTOBJ_H
#define FT_DICTOBJ_H

#include "obj.h"

extern Type Dict_Type;
/* Views and iterators (readied at startup with Dict_Type). */
extern Type DictKeys_Type, DictValues_Type, DictItems_Type;
extern Type DictKeyIter_Type, DictValueIter_Type, DictItemIter_Type;
extern Type DictRevKeyIter_Type, DictRevValueIter_Type, DictRevItemIter_Type;

static inline bool val_is_dict(Value v)
{
    return val_is_obj(v) && (val_as_obj(v)->type->tflags & TF_DICT_SUBCLASS) != 0;
}

Object *dict_new(void);
ssize_t dict_len(Object *d);
/* Lookup: 1 and a new reference in *out when found, 0 when missing, -1 on
 * error (the key's __hash__/__eq__ raised, or the key is unhashable). */
int dict_get(Object *d, Value key, Value *out);
/* Lookup with a str key (any str; interned ones are fastest). */
int dict_get_str(Object *d, Object *key, Value *out);
int dict_get_cstr(Object *d, const char *key, Value *out);
/* Lookup with a precomputed hash. */
int dict_get_hashed(Object *d, Value key, hash_t hash, Value *out);
int dict_set(Object *d, Value key, Value v); /* neither is stolen */
int dict_set_str(Object *d, Object *key, Value v);
int dict_set_cstr(Object *d, const char *key, Value v);
/* 1 deleted, 0 missing (no exception), -1 error. */
int dict_del(Object *d, Value key);
int dict_del_str(Object *d, Object *key);
void dict_clear(Object *d);
/* d.update(other): other a mapping or an iterable of pairs. */
int dict_update(Object *d, Value other);
/* d |= other for a dict other, without hashing errors. */
int dict_merge(Object *d, Object *other, bool override);
Object *dict_copy(Object *d);
/* Iteration for C code: start with *pos = 0; 1 and borrowed key/value
 * while items remain (valid only while the dict is not modified and no
 * Python code runs), 0 at the end. Hold a reference to d. */
int dict_next(Object *d, ssize_t *pos, Value *key, Value *value);
Object *dict_keys_list(Object *d);
Object *dict_items_list(Object *d); /* list of (key, value) tuples */
/* A dict version that changes on every modification (for caches); unique
 * across dicts, so (version) alone identifies a dict state. */
uint64_t dict_version(Object *d);

/* For the VM's global and attribute loads: lookup of a str key with its
 * hash already known (interned keys are found by pointer comparison).
 * 1 + new reference, 0 missing, -1 error. No lock is taken. */
int dict_get_str_hashed(Object *d, Object *key, hash_t hash, Value *out);
/* dict_next with the stored hash (for set(d), copying between tables). */
int dict_next_hashed(Object *d, ssize_t *pos, Value *key, Value *value, hash_t *hash);
/* A dict with room for n entries before it resizes. */
Object *dict_new_presized(ssize_t n);

#endif
