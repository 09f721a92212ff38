/* list: a resizable array. Mutations run in a critical section on the
 * list; single-item reads load the item array without locking (arrays
 * replaced by a resize are freed through QSBR). */
#ifndef FT_LISTOBJ_H
#define FT_LISTOBJ_H

#include "obj.h"

/* The item array; replaced (never resized in place) when it grows. */
typedef struct ListArray {
    ssize_t capacity;
    _Atomic Value items[];
} ListArray;

typedef struct ListObj {
    Object base;
    _Atomic ssize_t size;
    _Atomic(ListArray *) array; /* NULL when capacity is 0 */
} ListObj;

extern Type List_Type, ListIter_Type, ListRevIter_Type;

static inline bool val_is_list(Value v)
{
    return val_is_obj(v) && (val_as_obj(v)->type->tflags & TF_LIST_SUBCLASS) != 0;
}
static inline ssize_t list_size(const Object *l)
{
    return atomic_load_explicit(&((const ListObj *)l)->size, memory_order_relaxed);
}

/* A list of n items, each VAL_NULL until set with list_init_item (before
 * the list escapes the creating code). */
Object *list_new(ssize_t n);
void list_init_item(Object *l, ssize_t i, Value v); /* steals v */
Object *list_from_array(const Value *items, ssize_t n);
Object *list_from_iterable(Value iterable);
int list_append(Object *l, Value v);   /* -1 on MemoryError */
int list_extend(Object *l, Value iterable);
/* l[i] for 0 <= i (new reference), VAL_NULL + IndexError when out of range. */
Value list_get(Object *l, ssize_t i);
int list_set(Object *l, ssize_t i, Value v); /* IndexError when out of range */
int list_insert(Object *l, ssize_t i, Value v);
/* A snapshot of the items as a new tuple (for iteration in C code that
 * calls back into Python). */
Object *list_as_tuple(Object *l);
int list_sort(Object *l, Value key, bool reverse);
int list_reverse(Object *l);

#endif
