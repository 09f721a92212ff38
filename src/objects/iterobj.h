/* Iterators made by the generic protocols: iter() on a __getitem__
 * sequence, and iter(callable, sentinel). */
#ifndef FT_ITEROBJ_H
#define FT_ITEROBJ_H

#include "obj.h"

Value seqiter_new(Value seq);
Value calliter_new(Value callable, Value sentinel);

#endif
