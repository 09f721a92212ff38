/* slice objects (start:stop:step) and the index arithmetic every
 * sequence uses for them. */
#ifndef FT_SLICEOBJ_H
#define FT_SLICEOBJ_H

#include "obj.h"

typedef struct SliceObj {
    Object base;
    Value start, stop, step; /* never VAL_NULL: None when omitted */
} SliceObj;

extern Type Slice_Type;

static inline bool val_is_slice(Value v)
{
    return val_is_obj(v) && val_as_obj(v)->type == &Slice_Type;
}

/* slice(start, stop, step); VAL_NULL arguments mean None. */
Value slice_new(Value start, Value stop, Value step);

/* The indices a slice selects from a sequence of length len, clamped as
 * CPython does (PySlice_Unpack + PySlice_AdjustIndices): *slicelen items
 * start, start+step, ... Indices that do not fit are clamped; step 0 is
 * "ValueError: slice step cannot be zero"; a non-index bound is
 * "TypeError: slice indices must be integers or None or have an
 * __index__ method". 0 on success, -1 on error. */
int slice_unpack(Value slice, ssize_t len, ssize_t *start, ssize_t *stop,
                 ssize_t *step, ssize_t *slicelen);

/* The two halves of slice_unpack, for callers that read the bounds before
 * the length is known (list slice assignment). */
int slice_unpack_raw(Value slice, ssize_t *start, ssize_t *stop, ssize_t *step);
ssize_t slice_adjust(ssize_t len, ssize_t *start, ssize_t *stop, ssize_t step);

#endif
