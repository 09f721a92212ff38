/* Int functions over GMP with CPython 3.13's results and errors: math's
 * integer functions, int methods and operators, and int <-> float. */
#include "mathcore.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static bool fail(MathcError *err, MathcErrorKind kind, const char *msg)
{
    err->kind = kind;
    err->msg = msg;
    return false;
}

/* ---- correctly rounded conversion to double -------------------------- */

/* The double nearest (ties to even) to (m + s) * 2**shift, m > 0, where s
 * is in [0, 1) and only known to be nonzero when sticky is set. Correct
 * whenever m carries at least two bits below the result's last place or
 * sticky is false. Subnormal results round once, at their own precision.
 * Returns false on overflow. */
static bool scaled_to_double(mpz_srcptr m, bool sticky, int64_t shift,
                             double *out)
{
    int64_t len = (int64_t)mpz_sizeinbase(m, 2);
    int64_t top = len - 1 + shift; /* exponent of the leading bit */
    if (top > 1024)
        return false;
    int64_t keep = top < -1022 ? top + 1075 : 53;
    int64_t drop = len - keep;
    double r;
    if (drop <= 0) {
        r = ldexp(mpz_get_d(m), (int)shift); /* exact: fits in 53 bits */
    } else {
        mpz_t q;
        mpz_init(q);
        mpz_fdiv_q_2exp(q, m, (mp_bitcnt_t)drop);
        /* Round up when above half, or at half and (inexact below or q
         * odd); bit indices past the top read as 0. */
        bool half = mpz_tstbit(m, (mp_bitcnt_t)(drop - 1));
        bool below = sticky ||
                     (drop >= 2 && mpz_scan1(m, 0) < (mp_bitcnt_t)(drop - 1));
        if (half && (below || mpz_odd_p(q)))
            mpz_add_ui(q, q, 1);
        r = ldexp(mpz_get_d(q), (int)(drop + shift));
        mpz_clear(q);
    }
    if (isinf(r))
        return false;
    *out = r;
    return true;
}

bool mathc_int_to_double(mpz_srcptr v, double *out, MathcError *err)
{
    if (mpz_sgn(v) == 0) {
        *out = 0.0;
        return true;
    }
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, v);
    bool ok = scaled_to_double(a, false, 0, out);
    mpz_clear(a);
    if (!ok)
        return fail(err, MATHC_OVERFLOW_ERROR,
                    "int too large to convert to float");
    if (mpz_sgn(v) < 0)
        *out = -*out;
    return true;
}

double mathc_int_frexp(mpz_srcptr v, int64_t *e)
{
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, v);
    int64_t len = (int64_t)mpz_sizeinbase(a, 2);
    double m = 0.0;
    scaled_to_double(a, false, -len, &m); /* in [0.5, 1]: no overflow */
    mpz_clear(a);
    *e = len;
    if (m == 1.0) { /* rounded up to the next power of two */
        m = 0.5;
        *e = len + 1;
    }
    return mpz_sgn(v) < 0 ? -m : m;
}

bool mathc_float_to_int(double x, mpz_ptr out, MathcError *err)
{
    if (isinf(x))
        return fail(err, MATHC_OVERFLOW_ERROR,
                    "cannot convert float infinity to integer");
    if (isnan(x))
        return fail(err, MATHC_VALUE_ERROR, "cannot convert float NaN to integer");
    mpz_set_d(out, x); /* truncates */
    return true;
}

bool mathc_floor(double x, mpz_ptr out, MathcError *err)
{
    return mathc_float_to_int(floor(x), out, err);
}

bool mathc_ceil(double x, mpz_ptr out, MathcError *err)
{
    return mathc_float_to_int(ceil(x), out, err);
}

bool mathc_log_int(MathcF1 f, mpz_srcptr v, double *out, MathcError *err)
{
    if (mpz_sgn(v) <= 0)
        return fail(err, MATHC_VALUE_ERROR, "math domain error");
    double (*fn)(double) = f == MATHC_LOG2 ? log2 : f == MATHC_LOG10 ? log10 : log;
    double x;
    MathcError ignore = MATHC_ERROR_INIT;
    if (mathc_int_to_double(v, &x, &ignore)) {
        *out = fn(x);
        return true;
    }
    /* Too large for a double: v ~= x * 2**e, log v ~= log x + e log 2. */
    int64_t e;
    x = mathc_int_frexp(v, &e);
    *out = fn(x) + fn(2.0) * (double)e;
    return true;
}

bool mathc_int_truediv(mpz_srcptr a, mpz_srcptr b, double *out,
                       MathcError *err)
{
    if (mpz_sgn(b) == 0)
        return fail(err, MATHC_ZERO_DIVISION_ERROR, "division by zero");
    bool negate = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    if (mpz_sgn(a) == 0) {
        *out = negate ? -0.0 : 0.0;
        return true;
    }
    int64_t diff = (int64_t)mpz_sizeinbase(a, 2) -
                   (int64_t)mpz_sizeinbase(b, 2);
    /* |a/b| lies in [2**(diff-1), 2**(diff+1)). */
    if (diff > 1025)
        return fail(err, MATHC_OVERFLOW_ERROR,
                    "integer division result too large for a float");
    if (diff < -1077) {
        *out = negate ? -0.0 : 0.0;
        return true;
    }
    /* Scale so the integer quotient has at least 55 bits: two below the
     * last place even for a normal result; the remainder is the sticky. */
    int64_t k = 55 - diff;
    mpz_t num, den, q, r;
    mpz_inits(num, den, q, r, NULL);
    mpz_abs(num, a);
    mpz_abs(den, b);
    if (k >= 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)k);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-k);
    mpz_tdiv_qr(q, r, num, den);
    double x = 0.0;
    bool ok = scaled_to_double(q, mpz_sgn(r) != 0, -k, &x);
    mpz_clears(num, den, q, r, NULL);
    if (!ok)
        return fail(err, MATHC_OVERFLOW_ERROR,
                    "integer division result too large for a float");
    *out = negate ? -x : x;
    return true;
}

/* ---- math's integer functions ---------------------------------------- */

bool mathc_factorial(mpz_ptr out, mpz_srcptr n, MathcError *err)
{
    if (mpz_sgn(n) < 0)
        return fail(err, MATHC_VALUE_ERROR,
                    "factorial() not defined for negative values");
    if (mpz_sizeinbase(n, 2) > 63)
        return fail(err, MATHC_OVERFLOW_ERROR,
                    "factorial() argument should not exceed 9223372036854775807");
    mpz_fac_ui(out, mpz_get_ui(n));
    return true;
}

static bool check_nk(mpz_srcptr n, mpz_srcptr k, MathcError *err)
{
    if (mpz_sgn(n) < 0)
        return fail(err, MATHC_VALUE_ERROR, "n must be a non-negative integer");
    if (mpz_sgn(k) < 0)
        return fail(err, MATHC_VALUE_ERROR, "k must be a non-negative integer");
    return true;
}

bool mathc_comb(mpz_ptr out, mpz_srcptr n, mpz_srcptr k, MathcError *err)
{
    if (!check_nk(n, k, err))
        return false;
    if (mpz_cmp(k, n) > 0) {
        mpz_set_ui(out, 0);
        return true;
    }
    mpz_t kk;
    mpz_init(kk);
    mpz_sub(kk, n, k);
    if (mpz_cmp(k, kk) < 0)
        mpz_set(kk, k);
    /* comb(n, k) == comb(n, n-k); only the smaller must fit. */
    if (mpz_sizeinbase(kk, 2) > 63) {
        mpz_clear(kk);
        return fail(err, MATHC_OVERFLOW_ERROR,
                    "min(n - k, k) must not exceed 9223372036854775807");
    }
    mpz_bin_ui(out, n, mpz_get_ui(kk));
    mpz_clear(kk);
    return true;
}

bool mathc_perm(mpz_ptr out, mpz_srcptr n, mpz_srcptr k, MathcError *err)
{
    if (!k)
        return mathc_factorial(out, n, err);
    if (!check_nk(n, k, err))
        return false;
    if (mpz_cmp(n, k) < 0) {
        mpz_set_ui(out, 0);
        return true;
    }
    if (mpz_sizeinbase(k, 2) > 63)
        return fail(err, MATHC_OVERFLOW_ERROR,
                    "k must not exceed 9223372036854775807");
    /* n! / (n-k)! == comb(n, k) * k! */
    unsigned long kv = mpz_get_ui(k);
    mpz_t f;
    mpz_init(f);
    mpz_bin_ui(out, n, kv);
    mpz_fac_ui(f, kv);
    mpz_mul(out, out, f);
    mpz_clear(f);
    return true;
}

void mathc_gcd(mpz_ptr out, const mpz_srcptr *v, size_t n)
{
    mpz_set_ui(out, 0);
    for (size_t i = 0; i < n; i++)
        mpz_gcd(out, out, v[i]); /* gcd(0, x) == |x| */
}

void mathc_lcm(mpz_ptr out, const mpz_srcptr *v, size_t n)
{
    mpz_set_ui(out, 1);
    for (size_t i = 0; i < n; i++)
        mpz_lcm(out, out, v[i]); /* non-negative; 0 absorbs */
}

bool mathc_isqrt(mpz_ptr out, mpz_srcptr n, MathcError *err)
{
    if (mpz_sgn(n) < 0)
        return fail(err, MATHC_VALUE_ERROR, "isqrt() argument must be nonnegative");
    mpz_sqrt(out, n);
    return true;
}

/* ---- int methods ------------------------------------------------------ */

uint64_t mathc_bit_length(mpz_srcptr v)
{
    return mpz_sgn(v) == 0 ? 0 : (uint64_t)mpz_sizeinbase(v, 2);
}

uint64_t mathc_bit_count(mpz_srcptr v)
{
    if (mpz_sgn(v) >= 0)
        return (uint64_t)mpz_popcount(v);
    mpz_t a;
    mpz_init(a);
    mpz_neg(a, v);
    uint64_t c = (uint64_t)mpz_popcount(a);
    mpz_clear(a);
    return c;
}

bool mathc_byteorder(const char *s, bool *little, MathcError *err)
{
    if (strcmp(s, "little") == 0)
        *little = true;
    else if (strcmp(s, "big") == 0)
        *little = false;
    else
        return fail(err, MATHC_VALUE_ERROR,
                    "byteorder must be either 'little' or 'big'");
    return true;
}

bool mathc_to_bytes(mpz_srcptr v, int64_t length, bool little,
                    bool is_signed, unsigned char *buf, MathcError *err)
{
    if (length < 0)
        return fail(err, MATHC_VALUE_ERROR,
                    "length argument must be non-negative");
    if (!is_signed && mpz_sgn(v) < 0)
        return fail(err, MATHC_OVERFLOW_ERROR,
                    "can't convert negative int to unsigned");
    /* Two's complement in 8*length bits: v + 2**(8*length) if negative. */
    mpz_t u;
    mpz_init(u);
    bool fits;
    if (mpz_sgn(v) >= 0) {
        uint64_t bits = mathc_bit_length(v) + (is_signed ? 1 : 0);
        fits = bits <= (uint64_t)length * 8 || mpz_sgn(v) == 0;
        mpz_set(u, v);
    } else {
        /* -2**(8L-1) <= v: bit_length(-v - 1) <= 8L - 1. CPython also
         * lets -1 into zero bytes (all of its bytes are sign extension). */
        mpz_add_ui(u, v, 1);
        mpz_neg(u, u);
        fits = mpz_sgn(u) == 0 ||
               (length > 0 && mathc_bit_length(u) <= (uint64_t)length * 8 - 1);
        if (fits) {
            mpz_set_ui(u, 1);
            mpz_mul_2exp(u, u, (mp_bitcnt_t)length * 8);
            mpz_add(u, u, v);
        }
    }
    if (!fits) {
        mpz_clear(u);
        return fail(err, MATHC_OVERFLOW_ERROR, "int too big to convert");
    }
    memset(buf, 0, (size_t)length);
    size_t count = 0;
    size_t need = (mpz_sizeinbase(u, 2) + 7) / 8;
    unsigned char *tmp = need ? malloc(need) : NULL;
    if (need && !tmp) {
        mpz_clear(u);
        return fail(err, MATHC_MEMORY_ERROR, "");
    }
    if (mpz_sgn(u) != 0)
        mpz_export(tmp, &count, -1, 1, 0, 0, u); /* least significant first */
    for (size_t i = 0; i < count; i++)
        buf[little ? i : (size_t)length - 1 - i] = tmp[i];
    free(tmp);
    mpz_clear(u);
    return true;
}

void mathc_from_bytes(mpz_ptr out, const unsigned char *buf, size_t len,
                      bool little, bool is_signed)
{
    mpz_set_ui(out, 0);
    if (len == 0)
        return;
    mpz_import(out, len, little ? -1 : 1, 1, 0, 0, buf);
    unsigned char top = little ? buf[len - 1] : buf[0];
    if (is_signed && (top & 0x80)) {
        mpz_t m;
        mpz_init_set_ui(m, 1);
        mpz_mul_2exp(m, m, (mp_bitcnt_t)len * 8);
        mpz_sub(out, out, m);
        mpz_clear(m);
    }
}

/* ---- int operators ---------------------------------------------------- */

bool mathc_powmod(mpz_ptr out, mpz_srcptr b, mpz_srcptr e, mpz_srcptr m,
                  MathcError *err)
{
    if (mpz_sgn(m) == 0)
        return fail(err, MATHC_VALUE_ERROR, "pow() 3rd argument cannot be 0");
    mpz_t am, base, ex;
    mpz_inits(am, base, ex, NULL);
    mpz_abs(am, m);
    bool ok = true;
    if (mpz_cmp_ui(am, 1) == 0) {
        mpz_set_ui(out, 0); /* anything mod 1, before any inverse check */
        goto done;
    }
    mpz_mod(base, b, am);
    mpz_set(ex, e);
    if (mpz_sgn(ex) < 0) {
        if (!mpz_invert(base, base, am)) {
            ok = fail(err, MATHC_VALUE_ERROR,
                      "base is not invertible for the given modulus");
            goto done;
        }
        mpz_neg(ex, ex);
    }
    mpz_powm(out, base, ex, am);
    /* The result takes the modulus's sign. */
    if (mpz_sgn(m) < 0 && mpz_sgn(out) != 0)
        mpz_sub(out, out, am);
done:
    mpz_clears(am, base, ex, NULL);
    return ok;
}

bool mathc_int_floordiv(mpz_ptr q, mpz_srcptr a, mpz_srcptr b,
                        MathcError *err)
{
    if (mpz_sgn(b) == 0)
        return fail(err, MATHC_ZERO_DIVISION_ERROR,
                    "integer division or modulo by zero");
    mpz_fdiv_q(q, a, b);
    return true;
}

bool mathc_int_mod(mpz_ptr r, mpz_srcptr a, mpz_srcptr b, MathcError *err)
{
    if (mpz_sgn(b) == 0)
        return fail(err, MATHC_ZERO_DIVISION_ERROR, "integer modulo by zero");
    mpz_fdiv_r(r, a, b);
    return true;
}

bool mathc_int_divmod(mpz_ptr q, mpz_ptr r, mpz_srcptr a, mpz_srcptr b,
                      MathcError *err)
{
    if (mpz_sgn(b) == 0)
        return fail(err, MATHC_ZERO_DIVISION_ERROR,
                    "integer division or modulo by zero");
    mpz_fdiv_qr(q, r, a, b);
    return true;
}
