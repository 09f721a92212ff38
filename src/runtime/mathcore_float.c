/* math functions of floats with CPython 3.13's results and error rules:
 * libm where CPython calls libm, CPython's own algorithms elsewhere. */
#include "mathcore.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Bit-exactness depends on plain IEEE double arithmetic: the build must not
 * contract a*b+c into fma or reassociate (no -ffast-math; -std=c11 keeps
 * -ffp-contract=off under gcc). */

static const char DOMAIN[] = "math domain error";
static const char RANGE[] = "math range error";

static bool fail(MathcError *err, MathcErrorKind kind, const char *msg)
{
    err->kind = kind;
    err->msg = msg;
    return false;
}

const char *mathc_error_name(MathcErrorKind kind)
{
    switch (kind) {
    case MATHC_OK: return "OK";
    case MATHC_VALUE_ERROR: return "ValueError";
    case MATHC_OVERFLOW_ERROR: return "OverflowError";
    case MATHC_ZERO_DIVISION_ERROR: return "ZeroDivisionError";
    case MATHC_MEMORY_ERROR: return "MemoryError";
    }
    return "Exception";
}

/* CPython's is_error: errno is set after a libm call that produced r.
 * ERANGE with a small result is underflow, which is not an error (1.5, not
 * 1.0: expm1 underflows towards -1). Returns true when err was set. */
static bool errno_error(double r, MathcError *err)
{
    if (errno == ERANGE) {
        if (fabs(r) < 1.5)
            return false;
        fail(err, MATHC_OVERFLOW_ERROR, RANGE);
        return true;
    }
    fail(err, MATHC_VALUE_ERROR, DOMAIN);
    return true;
}

/* ---- CPython's own gamma and lgamma ----------------------------------- */

/* Lanczos approximation with N = 13 and g = 6.024680040776729583740234375
 * (Boost's parameters), written as a rational function: the numerator's
 * coefficients, and the denominator x*(x+1)*...*(x+11) expanded. These
 * values and the evaluation order are what make results match CPython. */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};
static const double pi = 3.141592653589793238462643383279502884197;
static const double logpi = 1.144729885849400174143427351353058711647;

/* Gamma of 1..23 exactly (all representable). */
#define GAMMA_EXACT 23
static double gamma_exact(int n)
{
    double r = 1.0;
    for (int i = 2; i < n; i++)
        r *= i;
    return r;
}

/* The Lanczos sum for x > 0: Horner in x below 5, in 1/x above (no
 * overflow, better accuracy). */
static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi*x) for finite x, exact at integers and half-integers. */
static double sinpi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(pi * y); break;
    case 1: r = cos(pi * (y - 0.5)); break;
    case 2: r = sin(pi * (1.0 - y)); break; /* not -sin(pi*(y-1)): -0.0 */
    case 3: r = -cos(pi * (y - 1.5)); break;
    default: r = sin(pi * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* Sets errno like a C99 libm would; math_1a-style checking follows. */
static double m_tgamma(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0)
            return x;
        errno = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(INFINITY, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;
            return NAN;
        }
        if (x <= GAMMA_EXACT)
            return gamma_exact((int)x);
    }
    double absx = fabs(x), r;
    if (absx < 1e-20) {
        r = 1.0 / x;
        if (isinf(r))
            errno = ERANGE;
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0)
            return 0.0 / sinpi(x);
        errno = ERANGE;
        return HUGE_VAL;
    }
    /* y = absx + g - 1/2 rounded; z is the rounding error scaled, a cheap
     * first-order correction of pow(y, absx-0.5)/exp(y). */
    double y = absx + lanczos_g_minus_half, z;
    if (absx > lanczos_g_minus_half) {
        double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -pi / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r))
        errno = ERANGE;
    return r;
}

static double m_lgamma(double x)
{
    if (!isfinite(x))
        return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20)
        return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0)
        r = logpi - log(fabs(sinpi(absx))) - log(absx) - r;
    if (isinf(r))
        errno = ERANGE;
    return r;
}

/* ---- libm wrappers with CPython's special values ---------------------- */

/* log, log2, log10 with the special values decided here, not by libm. */
static double log_special(double x, double (*f)(double))
{
    if (isfinite(x)) {
        if (x > 0.0)
            return f(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0)
        return x;
    errno = EDOM;
    return NAN;
}

static double m_log(double x) { return log_special(x, log); }
static double m_log2(double x) { return log_special(x, log2); }
static double m_log10(double x) { return log_special(x, log10); }

/* log1p(-0.0) is -0.0 everywhere this way. */
static double m_log1p(double x)
{
    return x == 0.0 ? x : log1p(x);
}

static double m_fabs(double x) { return fabs(x); }

/* How each function's errors are judged:
 * ONE: CPython's math_1 (nan from non-nan: ValueError; inf from finite:
 *      OverflowError if it can overflow, else ValueError; then errno).
 * ONE_A: math_1a (errno alone: the function sets it properly). */
enum { ONE, ONE_OVF, ONE_A, SPECIAL };

static const struct {
    const char *name;
    double (*f)(double);
    int how;
} f1_table[MATHC_F1_COUNT] = {
    [MATHC_ACOS] = {"acos", acos, ONE},
    [MATHC_ACOSH] = {"acosh", acosh, ONE},
    [MATHC_ASIN] = {"asin", asin, ONE},
    [MATHC_ASINH] = {"asinh", asinh, ONE},
    [MATHC_ATAN] = {"atan", atan, ONE},
    [MATHC_ATANH] = {"atanh", atanh, ONE},
    [MATHC_CBRT] = {"cbrt", cbrt, ONE},
    [MATHC_COS] = {"cos", cos, ONE},
    [MATHC_COSH] = {"cosh", cosh, ONE_OVF},
    [MATHC_DEGREES] = {"degrees", NULL, SPECIAL},
    [MATHC_ERF] = {"erf", erf, ONE_A},
    [MATHC_ERFC] = {"erfc", erfc, ONE_A},
    [MATHC_EXP] = {"exp", exp, ONE_OVF},
    [MATHC_EXP2] = {"exp2", exp2, ONE_OVF},
    [MATHC_EXPM1] = {"expm1", expm1, ONE_OVF},
    [MATHC_FABS] = {"fabs", m_fabs, ONE},
    [MATHC_GAMMA] = {"gamma", m_tgamma, ONE_A},
    [MATHC_LGAMMA] = {"lgamma", m_lgamma, ONE_A},
    [MATHC_LOG] = {"log", m_log, ONE},
    [MATHC_LOG10] = {"log10", m_log10, ONE},
    [MATHC_LOG1P] = {"log1p", m_log1p, ONE},
    [MATHC_LOG2] = {"log2", m_log2, ONE},
    [MATHC_RADIANS] = {"radians", NULL, SPECIAL},
    [MATHC_SIN] = {"sin", sin, ONE},
    [MATHC_SINH] = {"sinh", sinh, ONE_OVF},
    [MATHC_SQRT] = {"sqrt", sqrt, ONE},
    [MATHC_TAN] = {"tan", tan, ONE},
    [MATHC_TANH] = {"tanh", tanh, ONE},
    [MATHC_ULP] = {"ulp", NULL, SPECIAL},
};

const char *mathc_f1_name(MathcF1 f)
{
    return (unsigned)f < MATHC_F1_COUNT ? f1_table[f].name : NULL;
}

int mathc_f1_lookup(const char *name)
{
    for (int i = 0; i < MATHC_F1_COUNT; i++)
        if (strcmp(f1_table[i].name, name) == 0)
            return i;
    return -1;
}

static double ulp(double x)
{
    if (isnan(x))
        return x;
    x = fabs(x);
    if (isinf(x))
        return x;
    double up = nextafter(x, INFINITY);
    if (isinf(up))
        return x - nextafter(x, -INFINITY); /* x is DBL_MAX */
    return up - x;
}

bool mathc_f1(MathcF1 f, double x, double *out, MathcError *err)
{
    static const double rad_to_deg = 180.0 / MATHC_PI;
    static const double deg_to_rad = MATHC_PI / 180.0;
    switch (f) {
    case MATHC_DEGREES: *out = x * rad_to_deg; return true;
    case MATHC_RADIANS: *out = x * deg_to_rad; return true;
    case MATHC_ULP: *out = ulp(x); return true;
    default: break;
    }
    int how = f1_table[f].how;
    errno = 0;
    double r = f1_table[f].f(x);
    if (how == ONE_A) {
        if (errno && errno_error(r, err))
            return false;
        *out = r;
        return true;
    }
    if (isnan(r) && !isnan(x))
        return fail(err, MATHC_VALUE_ERROR, DOMAIN);
    if (isinf(r) && isfinite(x)) {
        if (how == ONE_OVF)
            return fail(err, MATHC_OVERFLOW_ERROR, RANGE);
        return fail(err, MATHC_VALUE_ERROR, DOMAIN); /* a singularity */
    }
    if (isfinite(r) && errno && errno_error(r, err))
        return false;
    *out = r;
    return true;
}

/* ---- two- and three-argument functions -------------------------------- */

/* CPython's math_2 rule: nan from non-nans is a domain error, inf from
 * finites an overflow; a non-finite input excuses either. */
static bool check2(double x, double y, double r, double *out, MathcError *err)
{
    if (isnan(r) && !isnan(x) && !isnan(y))
        return fail(err, MATHC_VALUE_ERROR, DOMAIN);
    if (isinf(r) && isfinite(x) && isfinite(y))
        return fail(err, MATHC_OVERFLOW_ERROR, RANGE);
    *out = r;
    return true;
}

bool mathc_atan2(double y, double x, double *out, MathcError *err)
{
    double r;
    /* The special values fixed here rather than trusting libm's Annex F. */
    if (isnan(x) || isnan(y)) {
        r = NAN;
    } else if (isinf(y)) {
        if (isinf(x))
            r = copysign(copysign(1.0, x) == 1.0 ? 0.25 * MATHC_PI
                                                 : 0.75 * MATHC_PI, y);
        else
            r = copysign(0.5 * MATHC_PI, y);
    } else if (isinf(x) || y == 0.0) {
        r = copysign(copysign(1.0, x) == 1.0 ? 0.0 : MATHC_PI, y);
    } else {
        r = atan2(y, x);
    }
    return check2(y, x, r, out, err);
}

double mathc_copysign(double x, double y)
{
    return copysign(x, y);
}

/* IEEE remainder: exact, so glibc's and CPython's own agree; the special
 * values are CPython's (x finite, y infinite gives x). */
bool mathc_remainder(double x, double y, double *out, MathcError *err)
{
    double r;
    if (isfinite(x) && isfinite(y)) {
        r = y == 0.0 ? NAN : remainder(x, y);
        if (r == 0.0)
            r = copysign(0.0, x);
    } else if (isnan(x)) {
        r = x;
    } else if (isnan(y)) {
        r = y;
    } else if (isinf(x)) {
        r = NAN;
    } else {
        r = x;
    }
    return check2(x, y, r, out, err);
}

bool mathc_fmod(double x, double y, double *out, MathcError *err)
{
    if (isinf(y) && isfinite(x)) {
        *out = x;
        return true;
    }
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return fail(err, MATHC_VALUE_ERROR, DOMAIN);
    *out = r;
    return true;
}

bool mathc_pow(double x, double y, double *out, MathcError *err)
{
    double r;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) {
            r = y == 0.0 ? 1.0 : x;
        } else if (isnan(y)) {
            r = x == 1.0 ? 1.0 : y;
        } else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0)
                r = odd_y ? x : fabs(x);
            else if (y == 0.0)
                r = 1.0;
            else
                r = odd_y ? copysign(0.0, x) : 0.0;
        } else if (fabs(x) == 1.0) {
            r = 1.0;
        } else if (y > 0.0 && fabs(x) > 1.0) {
            r = y;
        } else if (y < 0.0 && fabs(x) < 1.0) {
            r = -y;
        } else {
            r = 0.0;
        }
        *out = r;
        return true;
    }
    r = pow(x, y);
    if (isnan(r))
        return fail(err, MATHC_VALUE_ERROR, DOMAIN); /* negative ** fraction */
    if (isinf(r)) {
        if (x == 0.0) /* 0 ** negative: a singularity */
            return fail(err, MATHC_VALUE_ERROR, DOMAIN);
        return fail(err, MATHC_OVERFLOW_ERROR, RANGE);
    }
    *out = r;
    return true;
}

bool mathc_fma(double x, double y, double z, double *out, MathcError *err)
{
    double r = fma(x, y, z);
    if (!isfinite(r)) {
        if (isnan(r)) {
            if (!isnan(x) && !isnan(y) && !isnan(z))
                return fail(err, MATHC_VALUE_ERROR, "invalid operation in fma");
        } else if (isfinite(x) && isfinite(y) && isfinite(z)) {
            return fail(err, MATHC_OVERFLOW_ERROR, "overflow in fma");
        }
    }
    *out = r;
    return true;
}

bool mathc_ldexp(double x, long e, double *out, MathcError *err)
{
    double r;
    if (x == 0.0 || !isfinite(x)) {
        r = x;
    } else if (e > INT32_MAX) {
        return fail(err, MATHC_OVERFLOW_ERROR, RANGE);
    } else if (e < INT32_MIN) {
        r = copysign(0.0, x);
    } else {
        r = ldexp(x, (int)e);
        if (isinf(r))
            return fail(err, MATHC_OVERFLOW_ERROR, RANGE);
    }
    *out = r;
    return true;
}

void mathc_frexp(double x, double *m, int *e)
{
    *e = 0;
    if (isnan(x) || isinf(x) || x == 0.0)
        *m = x;
    else
        *m = frexp(x, e);
}

void mathc_modf(double x, double *frac, double *whole)
{
    if (isinf(x)) {
        *frac = copysign(0.0, x);
        *whole = x;
    } else if (isnan(x)) {
        *frac = *whole = x;
    } else {
        *frac = modf(x, whole);
    }
}

bool mathc_isclose(double a, double b, double rel_tol, double abs_tol,
                   bool *out, MathcError *err)
{
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return fail(err, MATHC_VALUE_ERROR, "tolerances must be non-negative");
    if (a == b) {
        *out = true; /* also equal infinities */
        return true;
    }
    if (isinf(a) || isinf(b)) {
        *out = false;
        return true;
    }
    double diff = fabs(b - a);
    *out = diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) ||
           diff <= abs_tol;
    return true;
}

double mathc_nextafter(double x, double y)
{
    return nextafter(x, y);
}

static uint64_t bits_of(double x)
{
    uint64_t u;
    memcpy(&u, &x, sizeof u);
    return u;
}

static double double_of(uint64_t u)
{
    double x;
    memcpy(&x, &u, sizeof x);
    return x;
}

/* Steps along the doubles as integers: within one sign the bit patterns
 * are ordered by magnitude, so a step is +-1 on the pattern; crossing zero
 * costs the magnitudes of both ends (+0 and -0 count as one point). */
bool mathc_nextafter_steps(double x, double y, mpz_srcptr steps, double *out,
                           MathcError *err)
{
    if (mpz_sgn(steps) < 0)
        return fail(err, MATHC_VALUE_ERROR,
                    "steps must be a non-negative integer");
    uint64_t n = UINT64_MAX;
    if (mpz_sizeinbase(steps, 2) <= 64) {
        n = 0;
        mpz_export(&n, NULL, -1, sizeof n, 0, 0, steps);
    }
    if (n == 0 || isnan(x)) {
        *out = x;
        return true;
    }
    if (isnan(y)) {
        *out = y;
        return true;
    }
    const uint64_t sign = UINT64_C(1) << 63;
    uint64_t ux = bits_of(x), uy = bits_of(y);
    uint64_t ax = ux & ~sign, ay = uy & ~sign;
    if (ux == uy) {
        *out = x;
    } else if ((ux ^ uy) & sign) {
        if (ax + ay <= n)
            *out = y;
        else if (ax < n) /* crosses zero, lands on y's side */
            *out = double_of((uy & sign) | (n - ax));
        else
            *out = double_of(ux - n);
    } else if (ax > ay) {
        *out = ax - ay >= n ? double_of(ux - n) : y;
    } else {
        *out = ay - ax >= n ? double_of(ux + n) : y;
    }
    return true;
}

/* ---- error-free transformations (Ogita, Rump, Oishi) ------------------ */

typedef struct {
    double hi, lo;
} Double2;

/* a + b exactly as hi + lo, given |a| >= |b|. */
static Double2 fast_two_sum(double a, double b)
{
    double x = a + b;
    return (Double2){x, (a - x) + b};
}

/* a + b exactly as hi + lo, any order. */
static Double2 two_sum(double a, double b)
{
    double x = a + b;
    double z = x - a;
    return (Double2){x, (a - (x - z)) + (b - z)};
}

/* x * y exactly as hi + lo (glibc's fma is correctly rounded). */
static Double2 two_prod(double x, double y)
{
    double z = x * y;
    return (Double2){z, fma(x, y, -z)};
}

/* ---- hypot and dist ---------------------------------------------------- */

/* Coordinate i of the vector whose norm is taken: |a[i]|, or |a[i] - b[i]|
 * for dist. Recomputed on each pass instead of copied: no allocation. */
static double coord(const double *a, const double *b, size_t i)
{
    return b ? fabs(a[i] - b[i]) : fabs(a[i]);
}

/* CPython's vector_norm; max is the largest coordinate. Scales by a power
 * of two so the largest is in [0.5, 1), squares exactly, sums with a
 * compensated sum that starts at 1.0 (so the running sum always
 * dominates), then corrects the square root by one Newton step. lifted:
 * every coordinate is first divided by DBL_MIN (exact), which CPython does
 * in place when max is subnormal. */
static double vector_norm(const double *a, const double *b, size_t n,
                          double max, bool found_nan, bool lifted)
{
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) /* 2**-max_e would overflow */
        return DBL_MIN * vector_norm(a, b, n, max / DBL_MIN, found_nan, true);
    double scale = ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    Double2 pr, sm;
    for (size_t i = 0; i < n; i++) {
        double x = coord(a, b, i);
        if (lifted)
            x /= DBL_MIN;
        x *= scale;
        pr = two_prod(x, x);
        sm = fast_two_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    pr = two_prod(-h, h);
    sm = fast_two_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

static double norm_of(const double *a, const double *b, size_t n)
{
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double x = coord(a, b, i);
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    return vector_norm(a, b, n, max, found_nan, false);
}

double mathc_hypot(const double *v, size_t n)
{
    return norm_of(v, NULL, n);
}

double mathc_dist(const double *p, const double *q, size_t n)
{
    return norm_of(p, q, n);
}

/* ---- fsum ------------------------------------------------------------ */

/* Shewchuk's exact partials (msum) with Dickinson's correctly rounded
 * final sum: the partials are exact, non-overlapping and increasing in
 * magnitude; infinities and nans are summed apart. */

void mathc_fsum_init(MathcFsum *s)
{
    s->p = s->inline_p;
    s->n = 0;
    s->cap = sizeof s->inline_p / sizeof s->inline_p[0];
    s->special_sum = 0.0;
    s->inf_sum = 0.0;
    s->failed = false;
    s->error = (MathcError)MATHC_ERROR_INIT;
}

void mathc_fsum_free(MathcFsum *s)
{
    if (s->p != s->inline_p)
        free(s->p);
    s->p = s->inline_p;
}

bool mathc_fsum_add(MathcFsum *s, double x, MathcError *err)
{
    if (s->failed) {
        *err = s->error;
        return false;
    }
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < s->n; j++) {
        double y = s->p[j];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y;
            y = t;
        }
        double hi = x + y;
        double lo = y - (hi - x);
        if (lo != 0.0)
            s->p[i++] = lo;
        x = hi;
    }
    s->n = i;
    if (x == 0.0)
        return true;
    if (!isfinite(x)) {
        /* Either an overflow of finite partials, or an inf/nan summand. */
        if (isfinite(xsave)) {
            s->failed = true;
            s->error = (MathcError){MATHC_OVERFLOW_ERROR,
                                    "intermediate overflow in fsum"};
            *err = s->error;
            return false;
        }
        if (isinf(xsave))
            s->inf_sum += xsave;
        s->special_sum += xsave;
        s->n = 0;
        return true;
    }
    if (s->n == s->cap) {
        size_t cap = s->cap * 2;
        double *p = s->p == s->inline_p ? malloc(cap * sizeof *p)
                                        : realloc(s->p, cap * sizeof *p);
        if (!p) {
            s->failed = true;
            s->error = (MathcError){MATHC_MEMORY_ERROR, "math.fsum partials"};
            *err = s->error;
            return false;
        }
        if (s->p == s->inline_p)
            memcpy(p, s->inline_p, s->n * sizeof *p);
        s->p = p;
        s->cap = cap;
    }
    s->p[s->n++] = x;
    return true;
}

bool mathc_fsum_result(MathcFsum *s, double *out, MathcError *err)
{
    if (s->failed) {
        *err = s->error;
        return false;
    }
    if (s->special_sum != 0.0) {
        if (isnan(s->inf_sum))
            return fail(err, MATHC_VALUE_ERROR, "-inf + inf in fsum");
        *out = s->special_sum;
        return true;
    }
    double hi = 0.0, lo = 0.0;
    size_t n = s->n;
    if (n > 0) {
        hi = s->p[--n];
        /* Add from the top until a sum is inexact. */
        while (n > 0) {
            double x = hi, y = s->p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0)
                break;
        }
        /* Half-way case: if the next partial has lo's sign, the true sum is
         * past the tie, so round away from hi. */
        if (n > 0 && ((lo < 0.0 && s->p[n - 1] < 0.0) ||
                      (lo > 0.0 && s->p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            if (y == x - hi)
                hi = x;
        }
    }
    *out = hi;
    return true;
}

bool mathc_fsum(const double *v, size_t n, double *out, MathcError *err)
{
    MathcFsum s;
    mathc_fsum_init(&s);
    bool ok = true;
    for (size_t i = 0; i < n && ok; i++)
        ok = mathc_fsum_add(&s, v[i], err);
    if (ok)
        ok = mathc_fsum_result(&s, out, err);
    mathc_fsum_free(&s);
    return ok;
}

/* ---- sumprod --------------------------------------------------------- */

/* Algorithm 5.10 (SumKVert, K = 3) of Ogita-Rump-Oishi. */
bool mathc_tl_fma(MathcTriple *acc, double p, double q)
{
    Double2 pr = two_prod(p, q);
    Double2 sm = two_sum(acc->hi, pr.hi);
    Double2 r1 = two_sum(acc->lo, pr.lo);
    Double2 r2 = two_sum(r1.hi, sm.lo);
    if (!isfinite(sm.hi))
        return false;
    *acc = (MathcTriple){sm.hi, r2.hi, acc->tiny + r1.lo + r2.lo};
    return true;
}

double mathc_tl_value(MathcTriple acc)
{
    Double2 last = two_sum(acc.lo, acc.hi);
    return acc.tiny + last.lo + last.hi;
}

double mathc_sumprod(const double *p, const double *q, size_t n)
{
    MathcTriple acc = MATHC_TRIPLE_ZERO;
    bool used = false;
    size_t i = 0;
    for (; i < n; i++) {
        if (!mathc_tl_fma(&acc, p[i], q[i]))
            break;
        used = true;
    }
    /* CPython's total starts as int 0; adding a float to it gives 0.0 +
     * the float, then plain float arithmetic for what the fast path
     * could not take. */
    double total = 0.0;
    if (used)
        total = total + mathc_tl_value(acc);
    for (; i < n; i++)
        total = total + p[i] * q[i];
    return total;
}

/* ---- float arithmetic ------------------------------------------------ */

bool mathc_float_truediv(double x, double y, double *out, MathcError *err)
{
    if (y == 0.0)
        return fail(err, MATHC_ZERO_DIVISION_ERROR, "float division by zero");
    *out = x / y;
    return true;
}

/* CPython's float_divmod: fmod is exact, so x - mod is an exact multiple
 * of y up to rounding; the quotient is snapped to the nearest integer and
 * signs follow the divisor. */
static void divmod_core(double vx, double wx, double *floordiv, double *mod)
{
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m != 0.0) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, wx);
    }
    double fd;
    if (div != 0.0) {
        fd = floor(div);
        if (div - fd > 0.5)
            fd += 1.0;
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
}

bool mathc_float_floordiv(double x, double y, double *out, MathcError *err)
{
    if (y == 0.0)
        return fail(err, MATHC_ZERO_DIVISION_ERROR,
                    "float floor division by zero");
    double m;
    divmod_core(x, y, out, &m);
    return true;
}

bool mathc_float_mod(double x, double y, double *out, MathcError *err)
{
    if (y == 0.0)
        return fail(err, MATHC_ZERO_DIVISION_ERROR, "float modulo by zero");
    double m = fmod(x, y);
    if (m != 0.0) {
        if ((y < 0) != (m < 0))
            m += y;
    } else {
        m = copysign(0.0, y);
    }
    *out = m;
    return true;
}

bool mathc_float_divmod(double x, double y, double *q, double *r,
                        MathcError *err)
{
    if (y == 0.0)
        return fail(err, MATHC_ZERO_DIVISION_ERROR, "float divmod()");
    divmod_core(x, y, q, r);
    return true;
}

static bool is_odd_integer(double x)
{
    return fmod(fabs(x), 2.0) == 1.0;
}

bool mathc_float_pow(double x, double y, double *out, bool *complex,
                     MathcError *err)
{
    *complex = false;
    if (y == 0.0) {
        *out = 1.0;
        return true;
    }
    if (isnan(x)) {
        *out = x;
        return true;
    }
    if (isnan(y)) {
        *out = x == 1.0 ? 1.0 : y;
        return true;
    }
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0)
            *out = 1.0;
        else if ((y > 0.0) == (ax > 1.0))
            *out = fabs(y);
        else
            *out = 0.0;
        return true;
    }
    if (isinf(x)) {
        bool odd = is_odd_integer(y);
        if (y > 0.0)
            *out = odd ? x : fabs(x);
        else
            *out = odd ? copysign(0.0, x) : 0.0;
        return true;
    }
    if (x == 0.0) {
        if (y < 0.0)
            return fail(err, MATHC_ZERO_DIVISION_ERROR,
                        "0.0 cannot be raised to a negative power");
        *out = is_odd_integer(y) ? x : 0.0;
        return true;
    }
    bool negate = false;
    if (x < 0.0) {
        if (y != floor(y)) {
            *complex = true;
            return true;
        }
        x = -x;
        negate = is_odd_integer(y);
    }
    if (x == 1.0) {
        /* (-1) ** huge even or odd integer, without trusting libm. */
        *out = negate ? -1.0 : 1.0;
        return true;
    }
    errno = 0;
    double r = pow(x, y);
    if (errno == 0 && isinf(r))
        errno = ERANGE;
    else if (errno == ERANGE && r == 0.0)
        errno = 0; /* underflow is not an error */
    if (negate)
        r = -r;
    if (errno != 0) {
        /* CPython raises OverflowError(errno, strerror(errno)). */
        if (errno == ERANGE)
            return fail(err, MATHC_OVERFLOW_ERROR,
                        "(34, 'Numerical result out of range')");
        return fail(err, MATHC_VALUE_ERROR,
                    "(33, 'Numerical argument out of domain')");
    }
    *out = r;
    return true;
}
