/* The builtin iterator types: enumerate, zip, map, filter, reversed, the
 * sequence iterator (iter() of a __getitem__-only object) and the
 * callable iterator (iter(callable, sentinel)). */
#ifndef FT_ITEROBJ_H
#define FT_ITEROBJ_H

#include "obj.h"

extern Type Enumerate_Type, Zip_Type, Map_Type, Filter_Type, Reversed_Type;
extern Type SeqIter_Type, CallIter_Type;

/* iter(seq) for an object with __getitem__ but no __iter__: yields
 * seq[0], seq[1], ... until IndexError or StopIteration. */
Value seqiter_new(Value seq);
/* iter(callable, sentinel): calls callable() until it returns a value
 * equal to sentinel. */
Value calliter_new(Value callable, Value sentinel);

#endif
