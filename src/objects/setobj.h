/* set and frozenset: open-addressing hash tables with CPython's layout,
 * probe sequence (linear probes, then perturbation), dummies and growth
 * policy, so iteration order matches CPython's for deterministic hashes.
 * Every operation on a mutable set runs in a critical section on it;
 * frozensets are immutable once built and read without locking. */
#ifndef FT_SETOBJ_H
#define FT_SETOBJ_H

#include "obj.h"

#define SET_MINSIZE 8

typedef struct SetEntry {
    Value key;  /* VAL_NULL unused, the dummy after a deletion */
    hash_t hash;
} SetEntry;

typedef struct SetObj {
    Object base;
    ssize_t fill;         /* active + dummy entries */
    _Atomic ssize_t used; /* active entries: len(s) */
    ssize_t mask;         /* table size - 1 */
    SetEntry *table;      /* smalltable or a malloc'd table */
    _Atomic hash_t hash;  /* frozenset's cached hash, -1 until computed */
    ssize_t finger;       /* where set.pop() resumes */
    SetEntry smalltable[SET_MINSIZE];
} SetObj;

extern Type Set_Type, FrozenSet_Type, SetIter_Type;

static inline bool val_is_anyset(Value v)
{
    if (!val_is_obj(v))
        return false;
    Type *t = val_as_obj(v)->type;
    return t == &Set_Type || t == &FrozenSet_Type || type_is_subtype(t, &Set_Type) ||
           type_is_subtype(t, &FrozenSet_Type);
}
static inline bool val_is_set(Value v) /* set or a subclass, not frozenset */
{
    return val_is_obj(v) && (val_as_obj(v)->type == &Set_Type ||
                             type_is_subtype(val_as_obj(v)->type, &Set_Type));
}
static inline bool val_is_frozenset(Value v)
{
    return val_is_obj(v) && (val_as_obj(v)->type == &FrozenSet_Type ||
                             type_is_subtype(val_as_obj(v)->type, &FrozenSet_Type));
}

/* set(iterable) / frozenset(iterable); iterable may be VAL_NULL. */
Value set_new(Value iterable);
Value frozenset_new(Value iterable);
ssize_t set_size(Object *s);
int set_add(Object *s, Value key);        /* -1 on error */
int set_discard(Object *s, Value key);    /* 1 removed, 0 absent, -1 error */
int set_contains(Object *s, Value key);   /* 0/1, -1 on error */
int set_update(Object *s, Value iterable);
int set_difference_update(Object *s, Value other);
int set_symmetric_difference_update(Object *s, Value other);
Value set_pop(Object *s);                 /* KeyError when empty */
void set_clear(Object *s);
/* Iteration for C code over a frozenset, or a set no other thread
 * mutates: *pos starts at 0; borrowed key and its hash. */
int set_next(Object *s, ssize_t *pos, Value *key, hash_t *hash);

#endif
