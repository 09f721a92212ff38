/* tuple: an immutable array of values, allocated inline. */
#ifndef FT_TUPLEOBJ_H
#define FT_TUPLEOBJ_H

#include "obj.h"

typedef struct TupleObj {
    Object base;
    ssize_t size;
    Value items[];
} TupleObj;

extern Type Tuple_Type, TupleIter_Type;

static inline bool val_is_tuple(Value v)
{
    return val_is_obj(v) && (val_as_obj(v)->type->tflags & TF_TUPLE_SUBCLASS) != 0;
}
static inline TupleObj *val_as_tuple(Value v) { return (TupleObj *)val_as_obj(v); }
static inline ssize_t tuple_size(const Object *t) { return ((const TupleObj *)t)->size; }
static inline Value *tuple_items(Object *t) { return ((TupleObj *)t)->items; }
static inline Value tuple_get(const Object *t, ssize_t i) { return ((const TupleObj *)t)->items[i]; } /* borrowed */

/* A tuple of n slots set to VAL_NULL; fill them (each slot takes a
 * reference) before the tuple escapes. n == 0 gives the immortal (). */
Object *tuple_new(ssize_t n);
/* A tuple of n borrowed values (each gains a reference). */
Object *tuple_from_array(const Value *items, ssize_t n);
Object *tuple_pack(ssize_t n, ...); /* n borrowed Values */
Value tuple_empty(void);
/* tuple(iterable) */
Object *tuple_from_iterable(Value iterable);
/* t[start:end] */
Object *tuple_slice(Object *t, ssize_t start, ssize_t end);

#endif
