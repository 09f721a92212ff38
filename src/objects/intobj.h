/* int and bool: tagged small ints (value.h) in the common case; an IntObj
 * (a GMP integer) for exact ints outside the small range and ALWAYS for
 * bool and for instances of int subclasses, whatever their value. */
#ifndef FT_INTOBJ_H
#define FT_INTOBJ_H

#include <gmp.h>

#include "obj.h"

typedef struct IntObj {
    Object base;
    mpz_t z;
} IntObj;

/* True for every int (exact, tagged or boxed, bool, subclasses). */
static inline bool val_is_int_like(Value v)
{
    return val_is_int(v) || (val_as_obj(v)->type->tflags & TF_INT_SUBCLASS) != 0;
}

Value int_from_i64(int64_t i);
Value int_from_u64(uint64_t u);
/* Normalises: a small value comes back tagged. */
Value int_from_mpz(mpz_srcptr z);
Value int_from_double(double d); /* int(d): ValueError/OverflowError for nan/inf */
/* int(s, base) over UTF-8/ASCII text with CPython's rules and messages
 * (whitespace, underscores, base 0, the 4300-digit limit). */
Value int_from_text(const char *s, size_t len, int base);
/* Reads any int-like value. 0 on success; -1 + OverflowError
 * ("Python int too large to convert to C long") when it does not fit. */
int int_as_i64(Value v, int64_t *out);
/* Copies the value of an int-like v into z (initialised by the caller). */
void int_to_mpz(Value v, mpz_ptr z);
/* The sign (-1, 0, 1) of an int-like value. */
int int_sign(Value v);
/* float(v) with OverflowError "int too large to convert to float". */
int int_as_double(Value v, double *out);
/* The exact int value of an int-like (bool/subclass -> plain int). */
Value int_exact(Value v);
/* Startup: GMP's allocator and the True/False objects. */
int numbers_init(void);
/* sys.get_int_max_str_digits() / set_int_max_str_digits() (0: no limit). */
int int_get_max_str_digits(void);
void int_set_max_str_digits(int digits);

#endif
