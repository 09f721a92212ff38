/* Internals shared by set.c and set_ops.c. Functions named *_locked, and
 * the entry-level ones, expect the caller to hold the set's critical
 * section (a frozenset needs none). */
#ifndef FT_SET_INTERNAL_H
#define FT_SET_INTERNAL_H

#include "cont_internal.h"
#include "critical_section.h"
#include "setobj.h"

static inline ssize_t set_used(SetObj *so)
{
    return atomic_load_explicit(&so->used, memory_order_relaxed);
}

hash_t set_key_hash(Value key);
SetEntry *set_lookkey(SetObj *so, Value key, hash_t hash);
int set_add_entry(SetObj *so, Value key, hash_t hash);
int set_discard_entry(SetObj *so, Value key, hash_t hash);
int set_contains_entry(SetObj *so, Value key, hash_t hash);
int set_next_entry(SetObj *so, ssize_t *pos, SetEntry **out);
int set_table_resize(SetObj *so, ssize_t minused);
int set_merge_locked(SetObj *so, SetObj *other);
int set_update_locked(SetObj *so, Value other);
int set_update_internal(SetObj *so, Value other);
void set_clear_locked(SetObj *so, SetEntry **old_table, ssize_t *old_n, SetEntry *copybuf);
void set_release_table(SetEntry *table, ssize_t n, SetEntry *copybuf);
hash_t frozenset_hash_of(SetObj *so);
SetObj *set_alloc(Type *type);
Value set_make(Type *type, Value iterable);
Type *set_base_type(Type *t);
Object *set_keys_tuple(SetObj *so);
/* Takes so's section unless so is an exact frozenset: 1 when taken. */
int set_lock(SetObj *so, CriticalSection *cs);

extern const MethodDef set_methods[], frozenset_methods[];
Value set_richcompare(Value a, Value b, int op);
Value set_sub(Value a, Value b);
Value set_and(Value a, Value b);
Value set_or(Value a, Value b);
Value set_xor(Value a, Value b);
Value set_isub(Value a, Value b);
Value set_iand(Value a, Value b);
Value set_ior(Value a, Value b);
Value set_ixor(Value a, Value b);

#endif
