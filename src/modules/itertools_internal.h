/* Shared pieces of the itertools module (itertools.c, itertools_comb.c). */
#ifndef FT_ITERTOOLS_INTERNAL_H
#define FT_ITERTOOLS_INTERNAL_H

#include <string.h>

#include "critical_section.h"
#include "modules/modutil.h"
#include "objects/listobj.h"
#include "objects/tupleobj.h"

/* Every itertools iterator advances in a critical section on itself, so
 * threads sharing one iterator may see items in any order but never
 * corrupt its state (the section is suspended if the step blocks). */
#define IT_LOCKED_NEXT(fn, locked_fn, ObjT)                                   \
    static Value fn(Value self)                                               \
    {                                                                         \
        ObjT *o_ = (ObjT *)val_as_obj(self);                                  \
        CriticalSection cs_;                                                  \
        cs_begin(&cs_, &o_->base);                                            \
        Value r_ = locked_fn(o_);                                             \
        cs_end(&cs_);                                                         \
        return r_;                                                            \
    }

static inline Value it_self(Value self) { return val_ref(self); }

/* The type's short name ("count", or the subclass's), for reprs. */
static inline const char *it_short_name(Value self)
{
    const char *n = type_name(val_type(self));
    const char *dot = strrchr(n, '.');
    return dot ? dot + 1 : n;
}

/* A StopIteration raised by a step ends the iteration quietly. */
static inline bool it_exhausted(void)
{
    if (err_matches(&Exc_StopIteration)) {
        err_clear();
        return true;
    }
    return !err_occurred();
}

/* A tuple of all of iterable's items (a new reference). */
static inline Object *it_tuple(Value iterable) { return tuple_from_iterable(iterable); }

extern Type Product_Type, Permutations_Type, Combinations_Type, CWR_Type, Tee_Type,
    TeeData_Type, GroupBy_Type, Grouper_Type;
Value itertools_tee(Value self, const Value *args, size_t nargs, Object *kw);

#endif
