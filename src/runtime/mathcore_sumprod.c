/* math.sumprod over ints, bools and floats: CPython's C-long path, its
 * triple-length float path and its generic fallback, in CPython's order. */
#include "mathcore.h"

#include <limits.h>
#include <math.h>

/* The running total is an int or a float, like CPython's object total. */
typedef struct {
    bool is_float;
    double f;
    mpz_t i;
} Total;

static bool to_double(const MathcReal *x, double *out, MathcError *err)
{
    if (x->is_float) {
        *out = x->f;
        return true;
    }
    return mathc_int_to_double(x->i, out, err);
}

/* total += (the product, already an int or a float) with int/float
 * promotion: int + float converts the int (which may overflow). */
static bool add_int(Total *t, mpz_srcptr v, MathcError *err)
{
    if (!t->is_float) {
        mpz_add(t->i, t->i, v);
        return true;
    }
    double d;
    if (!mathc_int_to_double(v, &d, err))
        return false;
    t->f = t->f + d;
    return true;
}

static bool add_float(Total *t, double d, MathcError *err)
{
    if (!t->is_float) {
        double base;
        if (!mathc_int_to_double(t->i, &base, err))
            return false;
        t->is_float = true;
        t->f = base + d;
        return true;
    }
    t->f = t->f + d;
    return true;
}

/* CPython's _check_long_mult_overflow: compares the wrapped C product with
 * the double product. Its exact answers matter, since a refused product
 * also ends the float path. */
static bool long_mul_overflows(long a, long b)
{
    long longprod = (long)((unsigned long)a * (unsigned long)b);
    double doubleprod = (double)a * (double)b;
    double doubled_longprod = (double)longprod;
    if (doubled_longprod == doubleprod)
        return false;
    double diff = doubled_longprod - doubleprod;
    double absdiff = diff >= 0.0 ? diff : -diff;
    double absprod = doubleprod >= 0.0 ? doubleprod : -doubleprod;
    return !(32.0 * absdiff <= absprod);
}

static bool long_add_overflows(long a, long b)
{
    return a > 0 ? b > LONG_MAX - a : b < LONG_MIN - a;
}

/* The generic step, p * q then total + product, as Python objects would. */
static bool generic_step(Total *t, const MathcReal *p, const MathcReal *q,
                         MathcError *err)
{
    if (!p->is_float && !q->is_float) {
        mpz_t prod;
        mpz_init(prod);
        mpz_mul(prod, p->i, q->i);
        bool ok = add_int(t, prod, err);
        mpz_clear(prod);
        return ok;
    }
    double a, b;
    if (!to_double(p, &a, err) || !to_double(q, &b, err))
        return false;
    return add_float(t, a * b, err);
}

bool mathc_sumprod_mixed(const MathcReal *p, size_t np, const MathcReal *q,
                         size_t nq, bool *is_float, double *f, mpz_ptr i,
                         MathcError *err)
{
    Total t;
    t.is_float = false;
    t.f = 0.0;
    mpz_init(t.i);
    bool int_path = true, int_in_use = false;
    bool flt_path = true, flt_in_use = false;
    long int_total = 0;
    MathcTriple flt_total = MATHC_TRIPLE_ZERO;
    bool ok = true;
    size_t n = np < nq ? np : nq;
    mpz_t tmp;
    mpz_init(tmp);

    for (size_t k = 0;; k++) {
        bool finished = k == n;
        if (finished && np != nq) {
            /* CPython notices only when one iterator runs out. */
            ok = false;
            err->kind = MATHC_VALUE_ERROR;
            err->msg = "Inputs are not the same length";
            break;
        }
        const MathcReal *pi = finished ? NULL : &p[k];
        const MathcReal *qi = finished ? NULL : &q[k];

        if (int_path) {
            /* bools are not exact ints: they leave the int path. */
            if (!finished && !pi->is_float && !qi->is_float && !pi->is_bool &&
                !qi->is_bool && mpz_fits_slong_p(pi->i) &&
                mpz_fits_slong_p(qi->i)) {
                long a = mpz_get_si(pi->i), b = mpz_get_si(qi->i);
                if (!long_mul_overflows(a, b) &&
                    !long_add_overflows(int_total, a * b)) {
                    int_total += a * b;
                    int_in_use = true;
                    continue;
                }
            }
            int_path = false;
            if (int_in_use) {
                mpz_set_si(tmp, int_total);
                if (!(ok = add_int(&t, tmp, err)))
                    break;
                int_in_use = false;
            }
        }

        if (flt_path) {
            if (!finished) {
                double a = 0.0, b = 0.0;
                bool take = false;
                MathcError ignore = MATHC_ERROR_INIT;
                if (pi->is_float && qi->is_float) {
                    a = pi->f;
                    b = qi->f;
                    take = true;
                } else if (pi->is_float) {
                    a = pi->f;
                    take = mathc_int_to_double(qi->i, &b, &ignore);
                } else if (qi->is_float) {
                    b = qi->f;
                    take = mathc_int_to_double(pi->i, &a, &ignore);
                }
                if (take && mathc_tl_fma(&flt_total, a, b)) {
                    flt_in_use = true;
                    continue;
                }
            }
            flt_path = false;
            if (flt_in_use) {
                if (!(ok = add_float(&t, mathc_tl_value(flt_total), err)))
                    break;
                flt_in_use = false;
            }
        }

        if (finished)
            break;
        if (!(ok = generic_step(&t, pi, qi, err)))
            break;
    }
    if (ok) {
        *is_float = t.is_float;
        *f = t.f;
        mpz_set(i, t.i);
    }
    mpz_clear(tmp);
    mpz_clear(t.i);
    return ok;
}
