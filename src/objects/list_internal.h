/* Internals shared by list.c, list_methods.c and list_sort.c. */
#ifndef FT_LIST_INTERNAL_H
#define FT_LIST_INTERNAL_H

#include "cont_internal.h"
#include "critical_section.h"
#include "listobj.h"
#include "mem.h"
#include "tupleobj.h"

extern ListArray list_sorting_array;

/* Under the list's critical section (or before it escapes). */
static inline ListArray *list_arr(ListObj *l)
{
    return atomic_load_explicit(&l->array, memory_order_relaxed);
}
static inline ssize_t list_len_locked(ListObj *l)
{
    return atomic_load_explicit(&l->size, memory_order_relaxed);
}
static inline Value list_slot_load(ListArray *a, ssize_t i)
{
    return atomic_load_explicit(&a->items[i], memory_order_relaxed);
}
/* Release: a lock-free reader that loads v sees the object initialised. */
static inline void list_slot_store(ListArray *a, ssize_t i, Value v)
{
    atomic_store_explicit(&a->items[i], v, memory_order_release);
}

/* The lock-free read of l[i] (0 <= i): a new reference, or VAL_NULL
 * without an exception when i is out of range. See list.c for the
 * protocol and its known gap. */
static inline Value list_try_get(ListObj *l, ssize_t i)
{
    ListArray *a = atomic_load_explicit(&l->array, memory_order_acquire);
    if (!a || (size_t)i >= (size_t)a->capacity ||
        i >= atomic_load_explicit(&l->size, memory_order_relaxed))
        return VAL_NULL;
    Value v = atomic_load_explicit(&a->items[i], memory_order_acquire);
    if (v)
        val_incref(v);
    return v;
}

Object *list_new_type(Type *type, ssize_t n);
ListArray *list_array_new(ssize_t capacity);
void list_array_retire(ListArray *a);
int list_resize_locked(ListObj *l, ssize_t newsize);
int list_extend_array(ListObj *l, const Value *items, ssize_t n);
void list_clear_items(ListObj *l);

#endif
