/* range: an immutable arithmetic sequence with arbitrary-precision bounds
 * (int values: tagged small ints or big ints). Iteration over small
 * bounds yields tagged ints without allocating. */
#ifndef FT_RANGEOBJ_H
#define FT_RANGEOBJ_H

#include "obj.h"

typedef struct RangeObj {
    Object base;
    Value start, stop, step, length; /* exact ints; step != 0 */
} RangeObj;

extern Type Range_Type, RangeIter_Type, LongRangeIter_Type;

static inline bool val_is_range(Value v)
{
    return val_is_obj(v) && val_as_obj(v)->type == &Range_Type;
}

/* range(start, stop, step) from exact ints (step != 0). */
Value range_new(Value start, Value stop, Value step);

#endif
