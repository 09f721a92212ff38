/* types.GenericAlias (list[int]) and types.UnionType (int | str). */
#ifndef FT_GENERICALIAS_H
#define FT_GENERICALIAS_H

#include "obj.h"

extern Type GenericAlias_Type, Union_Type;

/* origin[args]: args is a tuple or a single value. */
Value genericalias_new(Value origin, Value args);
/* a | b for types, None, aliases and unions; NotImplemented otherwise. */
Value union_or(Value a, Value b);
/* Adds __class_getitem__ (returning a GenericAlias) to a built-in type. */
int genericalias_enable(Type *t);

#endif
