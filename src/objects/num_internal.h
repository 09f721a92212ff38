/* Helpers shared by the number types' files (int, bool, float, complex):
 * read-only GMP views of ints, raising the numeric libraries' errors. */
#ifndef FT_NUM_INTERNAL_H
#define FT_NUM_INTERNAL_H

#include <gmp.h>

#include "err.h"
#include "floatobj.h"
#include "intobj.h"
#include "mathcore.h"
#include "numfmt.h"

_Static_assert(GMP_NUMB_BITS == 64, "tagged int views assume 64-bit GMP limbs");

/* A read-only mpz for any int-like value without allocating: a boxed int
 * lends its own mpz; a tagged one is wrapped around one stack limb. The
 * view lives as long as the IntView and the value. */
typedef struct {
    mpz_t z;
    mp_limb_t limb;
} IntView;

static inline mpz_srcptr int_view(Value v, IntView *t)
{
    if (val_is_int(v)) {
        int64_t i = val_as_int(v);
        t->limb = i < 0 ? (mp_limb_t)0 - (mp_limb_t)i : (mp_limb_t)i;
        return mpz_roinit_n(t->z, &t->limb, i < 0 ? -1 : i > 0);
    }
    return ((IntObj *)val_as_obj(v))->z;
}

/* Results larger than this many bits raise MemoryError before GMP is asked
 * (GMP aborts on sizes it cannot represent; 2**36 bits is 8 GiB). */
#define NUM_MAX_BITS ((uint64_t)1 << 36)

/* Raise what the libraries reported (numfmt's message is freed). */
void num_raise_mathc(const MathcError *e);
void num_raise_numfmt(NumfmtError *e);

/* Messages: CPython 3.14's wording. */
#define MSG_DIV_ZERO "division by zero"
#define MSG_MOD_ZERO "integer modulo by zero"
#define MSG_ZERO_NEG_POW "zero to a negative power"

/* The IntObj of a boxed int and the double of a float (no checks). */
static inline IntObj *int_obj(Value v) { return (IntObj *)val_as_obj(v); }

/* True when the int-like v is zero. */
bool int_is_zero(Value v);

/* int results: steals z (the caller must not clear it). */
Value int_steal_mpz(mpz_ptr z);
/* A new IntObj of type t (Int_Type, Bool_Type or a subclass) with value v. */
Value int_new_of_type(Type *t, mpz_srcptr v);

/* int(x, base) for a bytes-like x: 1 with *out set, 0 when x is not
 * bytes-like, -1 on error (int_bytes.c). */
int num_bytes_to_int(Value x, int base, Value *out);

/* Type checks for binary operators: both int-like, or NotImplemented. */
Value num_notimpl(void);

/* Converts a number operand of a float operation: 1 when done, 0 when v is
 * not a float or int (NotImplemented), -1 on error (an int too large). */
int float_operand(Value v, double *out);

/* str objects from library results: takes a malloc'd UTF-8 buffer. */
Value num_str_from_malloced(char *s, size_t len);

/* __format__ helpers: the spec as UTF-8. */
const char *num_spec_utf8(Value spec, size_t *len);

/* The complex type's entry points used by float (float ** float with a
 * negative base and a fractional exponent). */
Value complex_pow_values(double ar, double ai, double br, double bi);


#endif
