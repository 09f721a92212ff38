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

/* ---- Additions of the number types (int.c, int_ops.c) ------------------ */

extern IntObj True_Obj, False_Obj;

/* numbers_init() runs before the types are readied: it routes GMP's
 * allocator to mimalloc (mem_alloc/mem_realloc/mem_free) and initialises
 * the values of True and False. The digit limit of int <-> decimal str
 * conversions defaults to 4300; int_set_max_str_digits stores what
 * sys.set_int_max_str_digits validated (0: no limit). */
#define INT_MAX_STR_DIGITS_DEFAULT 4300
#define INT_MAX_STR_DIGITS_THRESHOLD 640

/* True for a tagged int or a boxed int of exactly Int_Type (no bool, no
 * subclass): what the VM's int specializations guard on. */
static inline bool val_is_exact_int(Value v)
{
    return val_is_int(v) || val_as_obj(v)->type == &Int_Type;
}

/* Fast paths for the VM: both a and b tagged and the result fits a tagged
 * int. Return false (nothing written) otherwise; then call int_add etc.
 * (Two tagged ints compare as their words: (int64_t)a < (int64_t)b, and
 * are equal exactly when a == b.) */
static inline bool int_add_tagged(Value a, Value b, Value *out)
{
    int64_t r;
    /* (2x+1) + (2y+1) - 1 == 2(x+y) + 1: the sum stays tagged. */
    if (!(a & b & VAL_INT_TAG) || __builtin_add_overflow((int64_t)a, (int64_t)b - 1, &r))
        return false;
    *out = (Value)r;
    return true;
}
static inline bool int_sub_tagged(Value a, Value b, Value *out)
{
    int64_t r;
    /* (2x+1) - (2y+1) + 1 == 2(x-y) + 1 */
    if (!(a & b & VAL_INT_TAG) || __builtin_sub_overflow((int64_t)a, (int64_t)b - 1, &r))
        return false;
    *out = (Value)r;
    return true;
}
static inline bool int_mul_tagged(Value a, Value b, Value *out)
{
    int64_t r;
    if (!(a & b & VAL_INT_TAG) || __builtin_mul_overflow(val_as_int(a), val_as_int(b), &r) ||
        !val_fits_int(r))
        return false;
    *out = val_from_int(r);
    return true;
}

/* Operators on two int-like values (tagged, boxed, bool, subclasses; the
 * caller checks val_is_int_like): the exact int result (a tagged int when
 * it fits), or VAL_NULL with CPython's exception (ZeroDivisionError
 * "division by zero" / "integer modulo by zero", ValueError "negative shift
 * count", MemoryError). Tagged operands take an inline path. */
Value int_add(Value a, Value b);
Value int_sub(Value a, Value b);
Value int_mul(Value a, Value b);
Value int_floordiv(Value a, Value b);
Value int_mod(Value a, Value b);
Value int_truediv(Value a, Value b); /* a float, correctly rounded */
Value int_pow(Value a, Value b);     /* a float for a negative b */
Value int_lshift(Value a, Value b);
Value int_rshift(Value a, Value b);
Value int_and(Value a, Value b);
Value int_or(Value a, Value b);
Value int_xor(Value a, Value b);
Value int_neg(Value a);
/* <0, 0, >0 as a < b, a == b, a > b; never fails. */
int int_compare(Value a, Value b);
hash_t int_hash(Value v);
/* repr(int) / str(int): decimal, with the digit limit. */
Value int_repr(Value v);

#endif
