/* int arithmetic: the operators with a tagged fast path (overflow-checked
 * machine arithmetic) and a GMP path, results normalised back to tagged
 * ints when they fit; the binop slots that check operand types. */
#include <math.h>

#include "num_internal.h"
#include "tupleobj.h"

/* Runs `op(r, a, b)` over GMP views of a and b and returns the result. */
#define GMP_BINARY(op, a, b)                                                   \
    do {                                                                       \
        IntView ta_, tb_;                                                      \
        mpz_t r_;                                                              \
        mpz_init(r_);                                                          \
        op(r_, int_view(a, &ta_), int_view(b, &tb_));                          \
        return int_steal_mpz(r_);                                              \
    } while (0)

static Value memory_error(void)
{
    return err_no_memory();
}

Value int_add(Value a, Value b)
{
    Value r;
    if (int_add_tagged(a, b, &r))
        return r;
    GMP_BINARY(mpz_add, a, b);
}

Value int_sub(Value a, Value b)
{
    Value r;
    if (int_sub_tagged(a, b, &r))
        return r;
    GMP_BINARY(mpz_sub, a, b);
}

Value int_mul(Value a, Value b)
{
    Value r;
    if (int_mul_tagged(a, b, &r))
        return r;
    IntView ta, tb;
    mpz_srcptr x = int_view(a, &ta), y = int_view(b, &tb);
    if (mpz_sizeinbase(x, 2) + mpz_sizeinbase(y, 2) > NUM_MAX_BITS)
        return memory_error();
    mpz_t z;
    mpz_init(z);
    mpz_mul(z, x, y);
    return int_steal_mpz(z);
}

/* Floor division and modulo of machine ints (y != 0). */
static inline int64_t floordiv_i64(int64_t x, int64_t y)
{
    int64_t q = x / y, r = x % y;
    if (r != 0 && ((r ^ y) < 0))
        q--;
    return q;
}

static inline int64_t mod_i64(int64_t x, int64_t y)
{
    int64_t r = x % y;
    if (r != 0 && ((r ^ y) < 0))
        r += y;
    return r;
}

Value int_floordiv(Value a, Value b)
{
    if (int_is_zero(b)) {
        err_set(&Exc_ZeroDivisionError, MSG_DIV_ZERO);
        return VAL_NULL;
    }
    if (val_is_int(a) && val_is_int(b))
        /* VAL_INT_MIN // -1 is VAL_INT_MAX + 1: still an int64, maybe boxed */
        return int_from_i64(floordiv_i64(val_as_int(a), val_as_int(b)));
    GMP_BINARY(mpz_fdiv_q, a, b);
}

Value int_mod(Value a, Value b)
{
    if (int_is_zero(b)) {
        err_set(&Exc_ZeroDivisionError, MSG_MOD_ZERO);
        return VAL_NULL;
    }
    if (val_is_int(a) && val_is_int(b))
        return val_from_int(mod_i64(val_as_int(a), val_as_int(b)));
    GMP_BINARY(mpz_fdiv_r, a, b);
}

/* divmod(a, b) as a 2-tuple. */
static Value int_divmod(Value a, Value b)
{
    if (int_is_zero(b)) {
        err_set(&Exc_ZeroDivisionError, MSG_DIV_ZERO);
        return VAL_NULL;
    }
    Value q, r;
    if (val_is_int(a) && val_is_int(b)) {
        int64_t x = val_as_int(a), y = val_as_int(b);
        q = int_from_i64(floordiv_i64(x, y));
        r = val_from_int(mod_i64(x, y));
    } else {
        IntView ta, tb;
        mpz_t zq, zr;
        mpz_init(zq);
        mpz_init(zr);
        mpz_fdiv_qr(zq, zr, int_view(a, &ta), int_view(b, &tb));
        q = int_steal_mpz(zq);
        r = int_steal_mpz(zr);
    }
    if (!q || !r) {
        val_xdecref(q);
        val_xdecref(r);
        return VAL_NULL;
    }
    Object *t = tuple_pack(2, q, r);
    val_decref(q);
    val_decref(r);
    return t ? val_from_obj(t) : VAL_NULL;
}

Value int_truediv(Value a, Value b)
{
    if (int_is_zero(b)) {
        err_set(&Exc_ZeroDivisionError, MSG_DIV_ZERO);
        return VAL_NULL;
    }
    if (val_is_int(a) && val_is_int(b)) {
        int64_t x = val_as_int(a), y = val_as_int(b);
        const int64_t exact = (int64_t)1 << 53; /* both convert exactly */
        if (x >= -exact && x <= exact && y >= -exact && y <= exact)
            return float_new((double)x / (double)y);
    }
    IntView ta, tb;
    double d;
    MathcError e = MATHC_ERROR_INIT;
    if (!mathc_int_truediv(int_view(a, &ta), int_view(b, &tb), &d, &e)) {
        num_raise_mathc(&e);
        return VAL_NULL;
    }
    return float_new(d);
}

/* a ** b for b < 0: a float (CPython converts both and uses float pow). */
static Value int_pow_negative(Value a, Value b)
{
    double x, y;
    if (int_as_double(a, &x) < 0 || int_as_double(b, &y) < 0)
        return VAL_NULL;
    if (x == 0.0) {
        err_set(&Exc_ZeroDivisionError, MSG_ZERO_NEG_POW);
        return VAL_NULL;
    }
    double r;
    bool cplx = false;
    MathcError e = MATHC_ERROR_INIT;
    if (!mathc_float_pow(x, y, &r, &cplx, &e)) {
        num_raise_mathc(&e);
        return VAL_NULL;
    }
    return float_new(r); /* an integral exponent never needs complex */
}

/* x ** n in machine ints; false on overflow of the tagged range. */
static bool pow_i64(int64_t x, uint64_t n, int64_t *out)
{
    int64_t r = 1;
    for (;;) {
        if (n & 1) {
            if (__builtin_mul_overflow(r, x, &r))
                return false;
        }
        n >>= 1;
        if (!n)
            break;
        if (__builtin_mul_overflow(x, x, &x))
            return false;
    }
    if (!val_fits_int(r))
        return false;
    *out = r;
    return true;
}

Value int_pow(Value a, Value b)
{
    if (int_sign(b) < 0)
        return int_pow_negative(a, b);
    IntView ta, tb;
    mpz_srcptr x = int_view(a, &ta), n = int_view(b, &tb);
    /* Bases whose powers never grow: 0, 1, -1. */
    if (mpz_cmpabs_ui(x, 1) <= 0) {
        if (mpz_sgn(x) == 0)
            return val_from_int(mpz_sgn(n) == 0 ? 1 : 0);
        return val_from_int(mpz_sgn(x) > 0 || mpz_even_p(n) ? 1 : -1);
    }
    if (!mpz_fits_ulong_p(n))
        return memory_error();
    unsigned long e = mpz_get_ui(n);
    if (e == 0)
        return val_from_int(1);
    if (val_is_int(a)) {
        int64_t r;
        if (pow_i64(val_as_int(a), e, &r))
            return val_from_int(r);
    }
    /* |x| >= 2: the result has more than e * (bits(x) - 1) bits. */
    uint64_t bits = mpz_sizeinbase(x, 2);
    if ((bits - 1) > NUM_MAX_BITS / e)
        return memory_error();
    mpz_t z;
    mpz_init(z);
    mpz_pow_ui(z, x, e);
    return int_steal_mpz(z);
}

/* The shift count of b: ValueError for a negative count; *huge when it
 * does not fit a uint64_t. */
static int shift_count(Value b, uint64_t *out, bool *huge)
{
    if (int_sign(b) < 0) {
        err_set(&Exc_ValueError, "negative shift count");
        return -1;
    }
    *huge = false;
    if (val_is_int(b)) {
        *out = (uint64_t)val_as_int(b);
        return 0;
    }
    mpz_srcptr z = int_obj(b)->z;
    if (mpz_sizeinbase(z, 2) > 64) {
        *huge = true;
        *out = UINT64_MAX;
        return 0;
    }
    *out = mpz_get_ui(z); /* the low 64 bits: all of them here */
    return 0;
}

Value int_lshift(Value a, Value b)
{
    uint64_t n;
    bool huge;
    if (shift_count(b, &n, &huge) < 0)
        return VAL_NULL;
    if (int_is_zero(a))
        return val_from_int(0);
    if (val_is_int(a) && n < 62) {
        int64_t x = val_as_int(a);
        /* fits when x keeps its value through the round trip */
        int64_t shifted = (int64_t)((uint64_t)x << n);
        if ((shifted >> n) == x && val_fits_int(shifted))
            return val_from_int(shifted);
    }
    IntView ta;
    mpz_srcptr x = int_view(a, &ta);
    if (huge || n > NUM_MAX_BITS || mpz_sizeinbase(x, 2) + n > NUM_MAX_BITS)
        return memory_error();
    mpz_t z;
    mpz_init(z);
    mpz_mul_2exp(z, x, n);
    return int_steal_mpz(z);
}

Value int_rshift(Value a, Value b)
{
    uint64_t n;
    bool huge;
    if (shift_count(b, &n, &huge) < 0)
        return VAL_NULL;
    if (val_is_int(a)) {
        int64_t x = val_as_int(a);
        return val_from_int(n >= 63 ? (x < 0 ? -1 : 0) : x >> n);
    }
    IntView ta;
    mpz_srcptr x = int_view(a, &ta);
    if (huge || n >= mpz_sizeinbase(x, 2))
        return val_from_int(mpz_sgn(x) < 0 ? -1 : 0);
    mpz_t z;
    mpz_init(z);
    mpz_fdiv_q_2exp(z, x, n); /* floor: -1 >> 1 == -1 */
    return int_steal_mpz(z);
}

/* GMP's logical operations work on the infinite two's complement form,
 * which is Python's semantics for negative ints. */
Value int_and(Value a, Value b)
{
    if (val_is_int(a) && val_is_int(b))
        return a & b; /* the tag bit survives */
    GMP_BINARY(mpz_and, a, b);
}

Value int_or(Value a, Value b)
{
    if (val_is_int(a) && val_is_int(b))
        return a | b;
    GMP_BINARY(mpz_ior, a, b);
}

Value int_xor(Value a, Value b)
{
    if (val_is_int(a) && val_is_int(b))
        return (a ^ b) | VAL_INT_TAG;
    GMP_BINARY(mpz_xor, a, b);
}

Value int_neg(Value a)
{
    if (val_is_int(a)) {
        int64_t x = val_as_int(a);
        return int_from_i64(-x); /* -VAL_INT_MIN does not fit the tag */
    }
    mpz_t z;
    mpz_init(z);
    mpz_neg(z, int_obj(a)->z);
    return int_steal_mpz(z);
}

/* ---- slots --------------------------------------------------------------- */

#define INT_BINOP_SLOT(slot, fn)                                               \
    Value slot(Value a, Value b)                                               \
    {                                                                          \
        if (!val_is_int_like(a) || !val_is_int_like(b))                        \
            return num_notimpl();                                              \
        return fn(a, b);                                                       \
    }

INT_BINOP_SLOT(int_binop_add, int_add)
INT_BINOP_SLOT(int_binop_sub, int_sub)
INT_BINOP_SLOT(int_binop_mul, int_mul)
INT_BINOP_SLOT(int_binop_floordiv, int_floordiv)
INT_BINOP_SLOT(int_binop_mod, int_mod)
INT_BINOP_SLOT(int_binop_truediv, int_truediv)
INT_BINOP_SLOT(int_binop_pow, int_pow)
INT_BINOP_SLOT(int_binop_lshift, int_lshift)
INT_BINOP_SLOT(int_binop_rshift, int_rshift)
INT_BINOP_SLOT(int_binop_and, int_and)
INT_BINOP_SLOT(int_binop_or, int_or)
INT_BINOP_SLOT(int_binop_xor, int_xor)
INT_BINOP_SLOT(int_binop_divmod, int_divmod)

Value int_pow3(Value a, Value b, Value m)
{
    if (m == VAL_NONE)
        return int_binop_pow(a, b);
    if (!val_is_int_like(a) || !val_is_int_like(b) || !val_is_int_like(m))
        return num_notimpl();
    if (int_is_zero(m)) {
        err_set(&Exc_ValueError, "pow() 3rd argument cannot be 0");
        return VAL_NULL;
    }
    IntView ta, tb, tm;
    mpz_t z;
    mpz_init(z);
    MathcError e = MATHC_ERROR_INIT;
    if (!mathc_powmod(z, int_view(a, &ta), int_view(b, &tb), int_view(m, &tm), &e)) {
        mpz_clear(z);
        num_raise_mathc(&e);
        return VAL_NULL;
    }
    return int_steal_mpz(z);
}

Value int_slot_neg(Value a)
{
    return int_neg(a);
}

Value int_slot_pos(Value a)
{
    return int_exact(a);
}

Value int_slot_invert(Value a)
{
    if (val_is_int(a))
        return val_from_int(~val_as_int(a)); /* ~x stays in range */
    mpz_t z;
    mpz_init(z);
    mpz_com(z, int_obj(a)->z);
    return int_steal_mpz(z);
}

Value int_slot_abs(Value a)
{
    if (int_sign(a) < 0)
        return int_neg(a);
    return int_exact(a);
}
