/* Small helpers shared by the standard-library modules written in C
 * (math, time, _random, operator, itertools, _functools, _collections,
 * posix): argument conversion and special-method calls. */
#ifndef FT_MODUTIL_H
#define FT_MODUTIL_H

#include <gmp.h>

#include "objects/err.h"
#include "objects/floatobj.h"
#include "objects/intobj.h"
#include "objects/obj.h"
#include "objects/strobj.h"

/* A float argument: fast paths for exact floats and small ints, else
 * float_as_double ("must be real number, not X"). */
static inline int mod_arg_double(Value v, double *out)
{
    if (val_is_int(v)) {
        *out = (double)val_as_int(v);
        return 0;
    }
    if (val_is_exact_float(v)) {
        *out = float_value(v);
        return 0;
    }
    return float_as_double(v, out);
}

/* An integer argument through __index__ into z (initialised by the
 * caller). -1 with CPython's TypeError when v is not an integer. */
static inline int mod_arg_mpz(Value v, mpz_ptr z)
{
    Value i = obj_index(v);
    if (!i)
        return -1;
    int_to_mpz(i, z);
    val_decref(i);
    return 0;
}

/* An integer argument as int64 (OverflowError when too big). */
static inline int mod_arg_i64(Value v, int64_t *out)
{
    if (val_is_int(v)) {
        *out = val_as_int(v);
        return 0;
    }
    Value i = obj_index(v);
    if (!i)
        return -1;
    int r = int_as_i64(i, out);
    val_decref(i);
    return r;
}

/* Looks up a special method (on the type, as CPython's
 * _PyObject_LookupSpecial) and calls it with v bound and the given
 * arguments. *found is set to false (and VAL_NULL returned without an
 * exception) when the type has no such method. */
Value mod_call_special(Value v, const char *name, const Value *args, size_t nargs, bool *found);

/* The interned str for a C name (cached by str_intern_cstr). */
static inline Object *mod_name(const char *s) { return str_intern_cstr(s); }

/* A new tuple or list from any iterable, as a C array view: *items and
 * *n stay valid while *holder lives (drop it with val_decref). */
int mod_sequence_items(Value iterable, Value *holder, Value **items, ssize_t *n);

#endif
