/* The type-independent numeric core of the math module and of int/float
 * arithmetic, with CPython 3.13's exact results and exceptions (docs/mathcore.md). */
#ifndef FT_MATHCORE_H
#define FT_MATHCORE_H

#include <gmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* An exception for the caller to raise. msg is always a static string, so
 * a MathcError needs no clearing. */
typedef enum {
    MATHC_OK = 0,
    MATHC_VALUE_ERROR,
    MATHC_OVERFLOW_ERROR,
    MATHC_ZERO_DIVISION_ERROR,
    MATHC_MEMORY_ERROR,
} MathcErrorKind;

typedef struct {
    MathcErrorKind kind;
    const char *msg;
} MathcError;

#define MATHC_ERROR_INIT {MATHC_OK, NULL}

/* "ValueError", "OverflowError", ... */
const char *mathc_error_name(MathcErrorKind kind);

/* math.pi, e, tau; math.inf and math.nan are INFINITY and fabs(NAN). */
#define MATHC_PI 3.141592653589793238462643383279502884
#define MATHC_E 2.718281828459045235360287471352662498
#define MATHC_TAU 6.283185307179586476925286766559005768

/* ---- one-argument float functions ------------------------------------ */

/* Every math function of one float argument that returns a float. The
 * log family here is the float path; ints go through mathc_log_int. */
typedef enum {
    MATHC_ACOS, MATHC_ACOSH, MATHC_ASIN, MATHC_ASINH, MATHC_ATAN,
    MATHC_ATANH, MATHC_CBRT, MATHC_COS, MATHC_COSH, MATHC_DEGREES,
    MATHC_ERF, MATHC_ERFC, MATHC_EXP, MATHC_EXP2, MATHC_EXPM1, MATHC_FABS,
    MATHC_GAMMA, MATHC_LGAMMA, MATHC_LOG, MATHC_LOG10, MATHC_LOG1P,
    MATHC_LOG2, MATHC_RADIANS, MATHC_SIN, MATHC_SINH, MATHC_SQRT, MATHC_TAN,
    MATHC_TANH, MATHC_ULP,
    MATHC_F1_COUNT
} MathcF1;

/* The Python name ("acos", ...) of f, and f by name (-1 if unknown). */
const char *mathc_f1_name(MathcF1 f);
int mathc_f1_lookup(const char *name);
bool mathc_f1(MathcF1 f, double x, double *out, MathcError *err);

/* ---- other float functions ------------------------------------------- */

bool mathc_atan2(double y, double x, double *out, MathcError *err);
double mathc_copysign(double x, double y);
bool mathc_remainder(double x, double y, double *out, MathcError *err);
bool mathc_fmod(double x, double y, double *out, MathcError *err);
/* math.pow (ValueError/OverflowError; compare mathc_float_pow). */
bool mathc_pow(double x, double y, double *out, MathcError *err);
bool mathc_fma(double x, double y, double z, double *out, MathcError *err);
/* e: the int exponent, already clamped to LONG_MIN/LONG_MAX when larger. */
bool mathc_ldexp(double x, long e, double *out, MathcError *err);
void mathc_frexp(double x, double *m, int *e);
void mathc_modf(double x, double *frac, double *whole);
bool mathc_isclose(double a, double b, double rel_tol, double abs_tol,
                   bool *out, MathcError *err);
/* nextafter(x, y) and nextafter(x, y, steps=steps) for an int steps. */
double mathc_nextafter(double x, double y);
bool mathc_nextafter_steps(double x, double y, mpz_srcptr steps, double *out,
                           MathcError *err);

/* hypot(*v) and dist(p, q) over n coordinates (the caller checks that p
 * and q have the same length: ValueError "both points must have the same
 * number of dimensions"). Never fail; v is not modified. */
double mathc_hypot(const double *v, size_t n);
double mathc_dist(const double *p, const double *q, size_t n);

/* fsum, fed one float at a time (ints arrive converted by the caller). */
typedef struct {
    double *p;            /* partials: non-overlapping, increasing magnitude */
    size_t n, cap;
    double special_sum;   /* sum of the inf and nan summands */
    double inf_sum;       /* sum of the inf summands: nan for inf + -inf */
    bool failed;          /* an error was reported; result repeats it */
    MathcError error;
    double inline_p[32];
} MathcFsum;

void mathc_fsum_init(MathcFsum *s);
bool mathc_fsum_add(MathcFsum *s, double x, MathcError *err);
bool mathc_fsum_result(MathcFsum *s, double *out, MathcError *err);
void mathc_fsum_free(MathcFsum *s);
bool mathc_fsum(const double *v, size_t n, double *out, MathcError *err);

/* sumprod's float path: a triple-length accumulator of products.
 * mathc_tl_fma adds p*q and returns false, leaving *acc as it was, when
 * the new leading part is not finite: then CPython adds the value so far
 * (mathc_tl_value) to its object total and continues with plain float
 * arithmetic. */
typedef struct {
    double hi, lo, tiny;
} MathcTriple;

#define MATHC_TRIPLE_ZERO {0.0, 0.0, 0.0}
bool mathc_tl_fma(MathcTriple *acc, double p, double q);
double mathc_tl_value(MathcTriple acc);
/* sumprod(p, q) for n >= 1 pairs of floats, as CPython computes it. */
double mathc_sumprod(const double *p, const double *q, size_t n);

/* An int, bool or float argument (i holds ints and bools, as 0 or 1). */
typedef struct {
    bool is_float;
    bool is_bool;
    double f;
    mpz_srcptr i;
} MathcReal;

/* sumprod(p, q) over ints, bools and floats with CPython's three paths
 * (C longs, the triple-length float path, generic int/float arithmetic),
 * whose order decides the rounding. The result is an int (*is_float false,
 * in i) or a float (in *f). Errors: ValueError "Inputs are not the same
 * length"; OverflowError "int too large to convert to float". */
bool mathc_sumprod_mixed(const MathcReal *p, size_t np, const MathcReal *q,
                         size_t nq, bool *is_float, double *f, mpz_ptr i,
                         MathcError *err);

/* ---- float <-> int --------------------------------------------------- */

/* int(x) / math.trunc(x), math.floor(x), math.ceil(x) for a float:
 * OverflowError "cannot convert float infinity to integer",
 * ValueError "cannot convert float NaN to integer". */
bool mathc_float_to_int(double x, mpz_ptr out, MathcError *err);
bool mathc_floor(double x, mpz_ptr out, MathcError *err);
bool mathc_ceil(double x, mpz_ptr out, MathcError *err);
/* float(v): correctly rounded (ties to even); OverflowError "int too large
 * to convert to float". */
bool mathc_int_to_double(mpz_srcptr v, double *out, MathcError *err);
/* v != 0 as m * 2**e with 0.5 <= |m| < 1, m correctly rounded to 53 bits. */
double mathc_int_frexp(mpz_srcptr v, int64_t *e);
/* math.log, log2, log10 of an int (f is MATHC_LOG, MATHC_LOG2 or
 * MATHC_LOG10); huge ints go through mathc_int_frexp. */
bool mathc_log_int(MathcF1 f, mpz_srcptr v, double *out, MathcError *err);

/* ---- float arithmetic ------------------------------------------------ */

/* x / y, x // y, x % y, divmod(x, y) for floats (ZeroDivisionError with
 * CPython's message for each). */
bool mathc_float_truediv(double x, double y, double *out, MathcError *err);
bool mathc_float_floordiv(double x, double y, double *out, MathcError *err);
bool mathc_float_mod(double x, double y, double *out, MathcError *err);
bool mathc_float_divmod(double x, double y, double *q, double *r,
                        MathcError *err);
/* x ** y for floats. A negative x with a non-integral y has a complex
 * result: *complex is set and nothing else is done (the caller computes
 * it as complex ** complex). */
bool mathc_float_pow(double x, double y, double *out, bool *complex,
                     MathcError *err);

/* ---- int functions over GMP ------------------------------------------ */

bool mathc_factorial(mpz_ptr out, mpz_srcptr n, MathcError *err);
bool mathc_comb(mpz_ptr out, mpz_srcptr n, mpz_srcptr k, MathcError *err);
/* k NULL: perm(n) == factorial(n). */
bool mathc_perm(mpz_ptr out, mpz_srcptr n, mpz_srcptr k, MathcError *err);
void mathc_gcd(mpz_ptr out, const mpz_srcptr *v, size_t n);
void mathc_lcm(mpz_ptr out, const mpz_srcptr *v, size_t n);
bool mathc_isqrt(mpz_ptr out, mpz_srcptr n, MathcError *err);

/* int.bit_length() and int.bit_count(). */
uint64_t mathc_bit_length(mpz_srcptr v);
uint64_t mathc_bit_count(mpz_srcptr v);

/* byteorder "big" or "little" to *little, else ValueError. */
bool mathc_byteorder(const char *s, bool *little, MathcError *err);
/* int.to_bytes(length, byteorder, signed=...): writes length bytes to buf. */
bool mathc_to_bytes(mpz_srcptr v, int64_t length, bool little,
                    bool is_signed, unsigned char *buf, MathcError *err);
void mathc_from_bytes(mpz_ptr out, const unsigned char *buf, size_t len,
                      bool little, bool is_signed);

/* pow(b, e, m); a negative e takes the modular inverse. */
bool mathc_powmod(mpz_ptr out, mpz_srcptr b, mpz_srcptr e, mpz_srcptr m,
                  MathcError *err);
/* a // b, a % b, divmod(a, b) with Python's floor rounding. */
bool mathc_int_floordiv(mpz_ptr q, mpz_srcptr a, mpz_srcptr b,
                        MathcError *err);
bool mathc_int_mod(mpz_ptr r, mpz_srcptr a, mpz_srcptr b, MathcError *err);
bool mathc_int_divmod(mpz_ptr q, mpz_ptr r, mpz_srcptr a, mpz_srcptr b,
                      MathcError *err);
/* a / b: correctly rounded; OverflowError "integer division result too
 * large for a float". */
bool mathc_int_truediv(mpz_srcptr a, mpz_srcptr b, double *out,
                       MathcError *err);

#endif
