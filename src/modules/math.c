/* The math module: argument conversion and results around mathcore
 * (src/runtime/mathcore.h), which holds all of the numerics. */
#include <limits.h>
#include <math.h>

#include "mathcore.h"
#include "modules/modutil.h"
#include "objects/module.h"
#include "objects/tupleobj.h"

static Value raise_mathc(const MathcError *e)
{
    switch (e->kind) {
    case MATHC_VALUE_ERROR: err_set(&Exc_ValueError, "%s", e->msg); break;
    case MATHC_OVERFLOW_ERROR: err_set(&Exc_OverflowError, "%s", e->msg); break;
    case MATHC_ZERO_DIVISION_ERROR: err_set(&Exc_ZeroDivisionError, "%s", e->msg); break;
    case MATHC_MEMORY_ERROR: return err_no_memory();
    default: err_set(&Exc_SystemError, "math: unknown error"); break;
    }
    return VAL_NULL;
}

static Value float_result(bool ok, double x, const MathcError *e)
{
    return ok ? float_new(x) : raise_mathc(e);
}

static Value mpz_result(bool ok, mpz_t z, const MathcError *e)
{
    Value r = ok ? int_from_mpz(z) : raise_mathc(e);
    mpz_clear(z);
    return r;
}

/* One-argument functions: "math.sqrt() takes exactly one argument". */
static int one_arg(const char *qualname, size_t nargs, Object *kw)
{
    if (kw && tuple_size(kw) > 0)
        return args_no_kw(qualname, kw);
    return args_count(qualname, nargs, 1, 1);
}

/* Positional-only functions of fixed arity: "atan2 expected 2 arguments". */
static int n_args(const char *qualname, const char *name, size_t nargs, Object *kw, size_t n)
{
    if (kw && tuple_size(kw) > 0)
        return args_no_kw(qualname, kw);
    return args_count(name, nargs, n, n);
}

static Value math_1(MathcF1 f, const char *qualname, const Value *args, size_t nargs, Object *kw)
{
    double x, r;
    if (one_arg(qualname, nargs, kw) < 0 || mod_arg_double(args[0], &x) < 0)
        return VAL_NULL;
    MathcError e = MATHC_ERROR_INIT;
    bool ok_ = mathc_f1(f, x, &r, &e);
    return float_result(ok_, r, &e);
}

#define F1(name, code)                                                                 \
    static Value m_##name(Value self, const Value *args, size_t nargs, Object *kw)     \
    {                                                                                  \
        return math_1(code, "math." #name, args, nargs, kw);                           \
    }
F1(acos, MATHC_ACOS) F1(acosh, MATHC_ACOSH) F1(asin, MATHC_ASIN) F1(asinh, MATHC_ASINH)
F1(atan, MATHC_ATAN) F1(atanh, MATHC_ATANH) F1(cbrt, MATHC_CBRT) F1(cos, MATHC_COS)
F1(cosh, MATHC_COSH) F1(degrees, MATHC_DEGREES) F1(erf, MATHC_ERF) F1(erfc, MATHC_ERFC)
F1(exp, MATHC_EXP) F1(exp2, MATHC_EXP2) F1(expm1, MATHC_EXPM1) F1(fabs, MATHC_FABS)
F1(gamma, MATHC_GAMMA) F1(lgamma, MATHC_LGAMMA) F1(log1p, MATHC_LOG1P)
F1(radians, MATHC_RADIANS) F1(sin, MATHC_SIN) F1(sinh, MATHC_SINH) F1(sqrt, MATHC_SQRT)
F1(tan, MATHC_TAN) F1(tanh, MATHC_TANH) F1(ulp, MATHC_ULP)
#undef F1

/* log, log2, log10 of one value: ints (bools included) take the exact
 * path, so huge ints work. */
static bool log_of(MathcF1 f, Value v, double *out)
{
    MathcError e = MATHC_ERROR_INIT;
    bool ok;
    if (val_is_int_like(v)) {
        mpz_t z;
        mpz_init(z);
        int_to_mpz(v, z);
        ok = mathc_log_int(f, z, out, &e);
        mpz_clear(z);
    } else {
        double x;
        if (mod_arg_double(v, &x) < 0)
            return false;
        ok = mathc_f1(f, x, out, &e);
    }
    if (!ok)
        raise_mathc(&e);
    return ok;
}

static Value m_log(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("math.log", kw) < 0 || args_count("log", nargs, 1, 2) < 0)
        return VAL_NULL;
    double num, den;
    if (!log_of(MATHC_LOG, args[0], &num))
        return VAL_NULL;
    if (nargs == 1)
        return float_new(num);
    if (!log_of(MATHC_LOG, args[1], &den))
        return VAL_NULL;
    if (den == 0.0) {
        err_set(&Exc_ZeroDivisionError, "float division by zero");
        return VAL_NULL;
    }
    return float_new(num / den);
}

static Value m_log2(Value self, const Value *args, size_t nargs, Object *kw)
{
    double r;
    if (one_arg("math.log2", nargs, kw) < 0 || !log_of(MATHC_LOG2, args[0], &r))
        return VAL_NULL;
    return float_new(r);
}

static Value m_log10(Value self, const Value *args, size_t nargs, Object *kw)
{
    double r;
    if (one_arg("math.log10", nargs, kw) < 0 || !log_of(MATHC_LOG10, args[0], &r))
        return VAL_NULL;
    return float_new(r);
}

/* ---- two- and three-argument float functions ------------------------- */

static int two_doubles(const char *qual, const char *name, const Value *args, size_t nargs,
                       Object *kw, double *x, double *y)
{
    if (n_args(qual, name, nargs, kw, 2) < 0 || mod_arg_double(args[0], x) < 0 ||
        mod_arg_double(args[1], y) < 0)
        return -1;
    return 0;
}

static Value m_atan2(Value self, const Value *args, size_t nargs, Object *kw)
{
    double x, y, r;
    MathcError e = MATHC_ERROR_INIT;
    if (two_doubles("math.atan2", "atan2", args, nargs, kw, &y, &x) < 0)
        return VAL_NULL;
    bool ok_ = mathc_atan2(y, x, &r, &e);
    return float_result(ok_, r, &e);
}

static Value m_copysign(Value self, const Value *args, size_t nargs, Object *kw)
{
    double x, y;
    if (two_doubles("math.copysign", "copysign", args, nargs, kw, &x, &y) < 0)
        return VAL_NULL;
    return float_new(mathc_copysign(x, y));
}

static Value m_fmod(Value self, const Value *args, size_t nargs, Object *kw)
{
    double x, y, r;
    MathcError e = MATHC_ERROR_INIT;
    if (two_doubles("math.fmod", "fmod", args, nargs, kw, &x, &y) < 0)
        return VAL_NULL;
    bool ok_ = mathc_fmod(x, y, &r, &e);
    return float_result(ok_, r, &e);
}

static Value m_remainder(Value self, const Value *args, size_t nargs, Object *kw)
{
    double x, y, r;
    MathcError e = MATHC_ERROR_INIT;
    if (two_doubles("math.remainder", "remainder", args, nargs, kw, &x, &y) < 0)
        return VAL_NULL;
    bool ok_ = mathc_remainder(x, y, &r, &e);
    return float_result(ok_, r, &e);
}

static Value m_pow(Value self, const Value *args, size_t nargs, Object *kw)
{
    double x, y, r;
    MathcError e = MATHC_ERROR_INIT;
    if (two_doubles("math.pow", "pow", args, nargs, kw, &x, &y) < 0)
        return VAL_NULL;
    bool ok_ = mathc_pow(x, y, &r, &e);
    return float_result(ok_, r, &e);
}

static Value m_fma(Value self, const Value *args, size_t nargs, Object *kw)
{
    double x, y, z, r;
    MathcError e = MATHC_ERROR_INIT;
    if (n_args("math.fma", "fma", nargs, kw, 3) < 0 || mod_arg_double(args[0], &x) < 0 ||
        mod_arg_double(args[1], &y) < 0 || mod_arg_double(args[2], &z) < 0)
        return VAL_NULL;
    bool ok_ = mathc_fma(x, y, z, &r, &e);
    return float_result(ok_, r, &e);
}

static Value m_ldexp(Value self, const Value *args, size_t nargs, Object *kw)
{
    double x, r;
    if (n_args("math.ldexp", "ldexp", nargs, kw, 2) < 0 || mod_arg_double(args[0], &x) < 0)
        return VAL_NULL;
    if (!val_is_int_like(args[1])) {
        err_set(&Exc_TypeError, "Expected an int as second argument to ldexp.");
        return VAL_NULL;
    }
    long exp;
    int64_t i;
    if (int_as_i64(args[1], &i) < 0) {
        err_clear();
        exp = int_sign(args[1]) < 0 ? LONG_MIN : LONG_MAX;
    } else {
        exp = (long)i;
    }
    MathcError e = MATHC_ERROR_INIT;
    bool ok_ = mathc_ldexp(x, exp, &r, &e);
    return float_result(ok_, r, &e);
}

static Value m_frexp(Value self, const Value *args, size_t nargs, Object *kw)
{
    double x, m;
    int e;
    if (one_arg("math.frexp", nargs, kw) < 0 || mod_arg_double(args[0], &x) < 0)
        return VAL_NULL;
    mathc_frexp(x, &m, &e);
    Value mf = float_new(m);
    if (!mf)
        return VAL_NULL;
    Object *t = tuple_pack(2, mf, val_from_int(e));
    val_decref(mf);
    return t ? (Value)t : VAL_NULL;
}

static Value m_modf(Value self, const Value *args, size_t nargs, Object *kw)
{
    double x, frac, whole;
    if (one_arg("math.modf", nargs, kw) < 0 || mod_arg_double(args[0], &x) < 0)
        return VAL_NULL;
    mathc_modf(x, &frac, &whole);
    Value a = float_new(frac), b = float_new(whole);
    Object *t = a && b ? tuple_pack(2, a, b) : NULL;
    val_xdecref(a);
    val_xdecref(b);
    return t ? (Value)t : VAL_NULL;
}

static Value m_isfinite(Value self, const Value *args, size_t nargs, Object *kw)
{
    double x;
    if (one_arg("math.isfinite", nargs, kw) < 0 || mod_arg_double(args[0], &x) < 0)
        return VAL_NULL;
    return val_bool(isfinite(x));
}

static Value m_isinf(Value self, const Value *args, size_t nargs, Object *kw)
{
    double x;
    if (one_arg("math.isinf", nargs, kw) < 0 || mod_arg_double(args[0], &x) < 0)
        return VAL_NULL;
    return val_bool(isinf(x));
}

static Value m_isnan(Value self, const Value *args, size_t nargs, Object *kw)
{
    double x;
    if (one_arg("math.isnan", nargs, kw) < 0 || mod_arg_double(args[0], &x) < 0)
        return VAL_NULL;
    return val_bool(isnan(x));
}

static Value m_isclose(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    static const ArgSpec spec = {"isclose", names, 4, 0, 2, 2};
    Value a[4];
    double x, y, rel = 1e-09, abs_tol = 0.0;
    if (args_parse(&spec, args, nargs, kw, a) < 0 || mod_arg_double(a[0], &x) < 0 ||
        mod_arg_double(a[1], &y) < 0 || (a[2] && mod_arg_double(a[2], &rel) < 0) ||
        (a[3] && mod_arg_double(a[3], &abs_tol) < 0))
        return VAL_NULL;
    bool r;
    MathcError e = MATHC_ERROR_INIT;
    if (!mathc_isclose(x, y, rel, abs_tol, &r, &e))
        return raise_mathc(&e);
    return val_bool(r);
}

static Value m_nextafter(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"", "", "steps"};
    static const ArgSpec spec = {"nextafter", names, 3, 2, 2, 2};
    Value a[3];
    double x, y;
    if (nargs < 2) {
        err_set(&Exc_TypeError, "nextafter() takes exactly 2 positional arguments (%zu given)", nargs);
        return VAL_NULL;
    }
    if (args_parse(&spec, args, nargs, kw, a) < 0 || mod_arg_double(a[0], &x) < 0 ||
        mod_arg_double(a[1], &y) < 0)
        return VAL_NULL;
    if (!a[2] || a[2] == VAL_NONE)
        return float_new(mathc_nextafter(x, y));
    mpz_t steps;
    mpz_init(steps);
    if (mod_arg_mpz(a[2], steps) < 0) {
        mpz_clear(steps);
        return VAL_NULL;
    }
    double r;
    MathcError e = MATHC_ERROR_INIT;
    bool ok = mathc_nextafter_steps(x, y, steps, &r, &e);
    mpz_clear(steps);
    return float_result(ok, r, &e);
}

/* ---- vectors ----------------------------------------------------------- */

static Value m_hypot(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("math.hypot", kw) < 0)
        return VAL_NULL;
    double small[16];
    double *v = nargs <= 16 ? small : mem_alloc(nargs * sizeof(double));
    if (!v)
        return err_no_memory();
    for (size_t i = 0; i < nargs; i++)
        if (mod_arg_double(args[i], &v[i]) < 0) {
            if (v != small)
                mem_free(v);
            return VAL_NULL;
        }
    double r = mathc_hypot(v, nargs);
    if (v != small)
        mem_free(v);
    return float_new(r);
}

/* The items of a point as doubles (malloc'd). */
static double *point_coords(Value p, ssize_t *n)
{
    Value holder;
    Value *items;
    if (mod_sequence_items(p, &holder, &items, n) < 0)
        return NULL;
    double *v = mem_alloc((size_t)(*n ? *n : 1) * sizeof(double));
    if (!v) {
        val_decref(holder);
        err_no_memory();
        return NULL;
    }
    for (ssize_t i = 0; i < *n; i++)
        if (mod_arg_double(items[i], &v[i]) < 0) {
            val_decref(holder);
            mem_free(v);
            return NULL;
        }
    val_decref(holder);
    return v;
}

static Value m_dist(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (n_args("math.dist", "dist", nargs, kw, 2) < 0)
        return VAL_NULL;
    ssize_t np, nq;
    double *p = point_coords(args[0], &np);
    if (!p)
        return VAL_NULL;
    double *q = point_coords(args[1], &nq);
    if (!q) {
        mem_free(p);
        return VAL_NULL;
    }
    Value r;
    if (np != nq) {
        err_set(&Exc_ValueError, "both points must have the same number of dimensions");
        r = VAL_NULL;
    } else {
        r = float_new(mathc_dist(p, q, (size_t)np));
    }
    mem_free(p);
    mem_free(q);
    return r;
}

static Value m_fsum(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (one_arg("math.fsum", nargs, kw) < 0)
        return VAL_NULL;
    Value it = obj_iter(args[0]);
    if (!it)
        return VAL_NULL;
    MathcFsum s;
    mathc_fsum_init(&s);
    MathcError e = MATHC_ERROR_INIT;
    bool ok = true;
    Value item;
    while ((item = obj_next(it))) {
        double x;
        int r = mod_arg_double(item, &x);
        val_decref(item);
        if (r < 0) {
            mathc_fsum_free(&s);
            val_decref(it);
            return VAL_NULL;
        }
        if (ok)
            ok = mathc_fsum_add(&s, x, &e);
    }
    val_decref(it);
    if (err_occurred()) {
        mathc_fsum_free(&s);
        return VAL_NULL;
    }
    double out = 0;
    if (ok)
        ok = mathc_fsum_result(&s, &out, &e);
    mathc_fsum_free(&s);
    return float_result(ok, out, &e);
}

static Value m_prod(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"", "start"};
    static const ArgSpec spec = {"prod", names, 2, 1, 1, 1};
    Value a[2];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    Value it = obj_iter(a[0]);
    if (!it)
        return VAL_NULL;
    Value acc = a[1] ? val_ref(a[1]) : val_from_int(1);
    Value item;
    while ((item = obj_next(it))) {
        Value r;
        if (int_mul_tagged(acc, item, &r)) {
            /* both small: no reference to drop */
        } else if (val_is_exact_float(acc) && val_is_exact_float(item)) {
            r = float_new(float_value(acc) * float_value(item));
        } else {
            r = obj_binop(acc, item, OP_MUL);
        }
        val_decref(item);
        val_decref(acc);
        if (!r) {
            val_decref(it);
            return VAL_NULL;
        }
        acc = r;
    }
    val_decref(it);
    if (err_occurred()) {
        val_decref(acc);
        return VAL_NULL;
    }
    return acc;
}

static bool real_of(Value v, MathcReal *r, mpz_ptr z)
{
    if (val_is_exact_float(v)) {
        r->is_float = true;
        r->is_bool = false;
        r->f = float_value(v);
        r->i = NULL;
        return true;
    }
    if (val_is_int(v) || (val_is_obj(v) && (val_type(v) == &Int_Type || val_type(v) == &Bool_Type))) {
        r->is_float = false;
        r->is_bool = val_type(v) == &Bool_Type;
        int_to_mpz(v, z);
        r->i = z;
        return true;
    }
    return false;
}

static Value m_sumprod(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (n_args("math.sumprod", "sumprod", nargs, kw, 2) < 0)
        return VAL_NULL;
    Value hp, hq;
    Value *p, *q;
    ssize_t np, nq;
    if (mod_sequence_items(args[0], &hp, &p, &np) < 0)
        return VAL_NULL;
    if (mod_sequence_items(args[1], &hq, &q, &nq) < 0) {
        val_decref(hp);
        return VAL_NULL;
    }
    Value result = VAL_NULL;
    ssize_t n = np > nq ? np : nq;
    bool all_real = true;
    for (ssize_t i = 0; i < n && all_real; i++) {
        Value a = i < np ? p[i] : VAL_NULL, b = i < nq ? q[i] : VAL_NULL;
        if ((a && !(val_is_int(a) || val_is_exact_float(a) || val_type(a) == &Int_Type ||
                    val_type(a) == &Bool_Type)) ||
            (b && !(val_is_int(b) || val_is_exact_float(b) || val_type(b) == &Int_Type ||
                    val_type(b) == &Bool_Type)))
            all_real = false;
    }
    if (all_real) {
        MathcReal *rp = mem_alloc((size_t)(np + nq + 1) * sizeof(MathcReal));
        mpz_t *zs = mem_alloc((size_t)(np + nq + 1) * sizeof(mpz_t));
        if (!rp || !zs) {
            mem_free(rp);
            mem_free(zs);
            err_no_memory();
            goto done;
        }
        for (ssize_t i = 0; i < np + nq; i++) {
            mpz_init(zs[i]);
            real_of(i < np ? p[i] : q[i - np], &rp[i], zs[i]);
        }
        bool is_float;
        double f;
        mpz_t zi;
        mpz_init(zi);
        MathcError e = MATHC_ERROR_INIT;
        if (mathc_sumprod_mixed(rp, (size_t)np, rp + np, (size_t)nq, &is_float, &f, zi, &e))
            result = is_float ? float_new(f) : int_from_mpz(zi);
        else
            raise_mathc(&e);
        mpz_clear(zi);
        for (ssize_t i = 0; i < np + nq; i++)
            mpz_clear(zs[i]);
        mem_free(rp);
        mem_free(zs);
        goto done;
    }
    if (np != nq) {
        err_set(&Exc_ValueError, "Inputs are not the same length");
        goto done;
    }
    /* Other number types: Python arithmetic, total = total + p * q. */
    Value total = val_from_int(0);
    for (ssize_t i = 0; i < np; i++) {
        Value prod = obj_binop(p[i], q[i], OP_MUL);
        if (!prod) {
            val_decref(total);
            goto done;
        }
        Value t = obj_binop(total, prod, OP_ADD);
        val_decref(prod);
        val_decref(total);
        if (!t)
            goto done;
        total = t;
    }
    result = total;
done:
    val_decref(hp);
    val_decref(hq);
    return result;
}

/* ---- float <-> int ------------------------------------------------------- */

static Value int_of_double(bool (*conv)(double, mpz_ptr, MathcError *), double x)
{
    if (x > -4e18 && x < 4e18) {
        double t = conv == mathc_floor ? floor(x) : conv == mathc_ceil ? ceil(x) : trunc(x);
        return int_from_i64((int64_t)t);
    }
    mpz_t z;
    mpz_init(z);
    MathcError e = MATHC_ERROR_INIT;
    return mpz_result(conv(x, z, &e), z, &e);
}

static Value rounding(const char *qual, const char *dunder, bool (*conv)(double, mpz_ptr, MathcError *),
                      const Value *args, size_t nargs, Object *kw)
{
    if (one_arg(qual, nargs, kw) < 0)
        return VAL_NULL;
    Value v = args[0];
    if (val_is_exact_float(v))
        return int_of_double(conv, float_value(v));
    if (val_is_exact_int(v))
        return val_ref(v);
    bool found;
    Value r = mod_call_special(v, dunder, NULL, 0, &found);
    if (found || err_occurred())
        return r;
    double x;
    if (mod_arg_double(v, &x) < 0)
        return VAL_NULL;
    return int_of_double(conv, x);
}

static Value m_floor(Value self, const Value *args, size_t nargs, Object *kw)
{
    return rounding("math.floor", "__floor__", mathc_floor, args, nargs, kw);
}

static Value m_ceil(Value self, const Value *args, size_t nargs, Object *kw)
{
    return rounding("math.ceil", "__ceil__", mathc_ceil, args, nargs, kw);
}

static Value m_trunc(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (one_arg("math.trunc", nargs, kw) < 0)
        return VAL_NULL;
    Value v = args[0];
    if (val_is_exact_float(v))
        return int_of_double(mathc_float_to_int, float_value(v));
    if (val_is_exact_int(v))
        return val_ref(v);
    bool found;
    Value r = mod_call_special(v, "__trunc__", NULL, 0, &found);
    if (!found && !err_occurred())
        err_set(&Exc_TypeError, "type %s doesn't define __trunc__ method",
                type_name(val_type(v)));
    return r;
}

/* ---- integer functions ----------------------------------------------------- */

static Value m_factorial(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (one_arg("math.factorial", nargs, kw) < 0)
        return VAL_NULL;
    mpz_t n, r;
    mpz_init(n);
    if (mod_arg_mpz(args[0], n) < 0) {
        mpz_clear(n);
        return VAL_NULL;
    }
    mpz_init(r);
    MathcError e = MATHC_ERROR_INIT;
    bool ok = mathc_factorial(r, n, &e);
    mpz_clear(n);
    return mpz_result(ok, r, &e);
}

static Value m_isqrt(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (one_arg("math.isqrt", nargs, kw) < 0)
        return VAL_NULL;
    mpz_t n, r;
    mpz_init(n);
    if (mod_arg_mpz(args[0], n) < 0) {
        mpz_clear(n);
        return VAL_NULL;
    }
    mpz_init(r);
    MathcError e = MATHC_ERROR_INIT;
    bool ok = mathc_isqrt(r, n, &e);
    mpz_clear(n);
    return mpz_result(ok, r, &e);
}

static Value comb_perm(bool perm, const char *qual, const char *name, const Value *args,
                       size_t nargs, Object *kw)
{
    if (kw && tuple_size(kw) > 0)
        return args_no_kw(qual, kw), VAL_NULL;
    if (args_count(name, nargs, perm ? 1 : 2, 2) < 0)
        return VAL_NULL;
    mpz_t n, k, r;
    mpz_inits(n, k, r, NULL);
    bool has_k = nargs == 2 && args[1] != VAL_NONE;
    Value out = VAL_NULL;
    if (mod_arg_mpz(args[0], n) < 0 || (has_k && mod_arg_mpz(args[1], k) < 0))
        goto done;
    MathcError e = MATHC_ERROR_INIT;
    bool ok = perm ? mathc_perm(r, n, has_k ? k : NULL, &e) : mathc_comb(r, n, k, &e);
    out = ok ? int_from_mpz(r) : raise_mathc(&e);
done:
    mpz_clears(n, k, r, NULL);
    return out;
}

static Value m_comb(Value self, const Value *args, size_t nargs, Object *kw)
{
    return comb_perm(false, "math.comb", "comb", args, nargs, kw);
}

static Value m_perm(Value self, const Value *args, size_t nargs, Object *kw)
{
    return comb_perm(true, "math.perm", "perm", args, nargs, kw);
}

static int64_t gcd_i64(int64_t a, int64_t b)
{
    uint64_t x = a < 0 ? -(uint64_t)a : (uint64_t)a, y = b < 0 ? -(uint64_t)b : (uint64_t)b;
    while (y) {
        uint64_t t = x % y;
        x = y;
        y = t;
    }
    return (int64_t)x;
}

static Value gcd_lcm(bool lcm, const char *qual, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw(qual, kw) < 0)
        return VAL_NULL;
    if (nargs == 0)
        return val_from_int(lcm ? 1 : 0);
    if (!lcm && nargs == 2 && val_is_int(args[0]) && val_is_int(args[1]))
        return int_from_i64(gcd_i64(val_as_int(args[0]), val_as_int(args[1])));
    mpz_t *z = mem_alloc(nargs * sizeof(mpz_t));
    mpz_srcptr *zp = mem_alloc(nargs * sizeof(mpz_srcptr));
    if (!z || !zp) {
        mem_free(z);
        mem_free(zp);
        return err_no_memory();
    }
    size_t done = 0;
    Value out = VAL_NULL;
    for (; done < nargs; done++) {
        mpz_init(z[done]);
        zp[done] = z[done];
        if (mod_arg_mpz(args[done], z[done]) < 0) {
            done++;
            goto end;
        }
    }
    mpz_t r;
    mpz_init(r);
    if (lcm)
        mathc_lcm(r, zp, nargs);
    else
        mathc_gcd(r, zp, nargs);
    out = int_from_mpz(r);
    mpz_clear(r);
end:
    for (size_t i = 0; i < done; i++)
        mpz_clear(z[i]);
    mem_free(z);
    mem_free(zp);
    return out;
}

static Value m_gcd(Value self, const Value *args, size_t nargs, Object *kw)
{
    return gcd_lcm(false, "math.gcd", args, nargs, kw);
}

static Value m_lcm(Value self, const Value *args, size_t nargs, Object *kw)
{
    return gcd_lcm(true, "math.lcm", args, nargs, kw);
}

static const MethodDef math_functions[] = {
    {"acos", m_acos, 0, "Return the arc cosine (measured in radians) of x."},
    {"acosh", m_acosh, 0, "Return the inverse hyperbolic cosine of x."},
    {"asin", m_asin, 0, "Return the arc sine (measured in radians) of x."},
    {"asinh", m_asinh, 0, "Return the inverse hyperbolic sine of x."},
    {"atan", m_atan, 0, "Return the arc tangent (measured in radians) of x."},
    {"atan2", m_atan2, 0, "Return the arc tangent (measured in radians) of y/x."},
    {"atanh", m_atanh, 0, "Return the inverse hyperbolic tangent of x."},
    {"cbrt", m_cbrt, 0, "Return the cube root of x."},
    {"ceil", m_ceil, 0, "Return the ceiling of x as an Integral."},
    {"comb", m_comb, 0, "Number of ways to choose k items from n items without repetition and without order."},
    {"copysign", m_copysign, 0, "Return a float with the magnitude (absolute value) of x but the sign of y."},
    {"cos", m_cos, 0, "Return the cosine of x (measured in radians)."},
    {"cosh", m_cosh, 0, "Return the hyperbolic cosine of x."},
    {"degrees", m_degrees, 0, "Convert angle x from radians to degrees."},
    {"dist", m_dist, 0, "Return the Euclidean distance between two points p and q."},
    {"erf", m_erf, 0, "Error function at x."},
    {"erfc", m_erfc, 0, "Complementary error function at x."},
    {"exp", m_exp, 0, "Return e raised to the power of x."},
    {"exp2", m_exp2, 0, "Return 2 raised to the power of x."},
    {"expm1", m_expm1, 0, "Return exp(x)-1."},
    {"fabs", m_fabs, 0, "Return the absolute value of the float x."},
    {"factorial", m_factorial, 0, "Find n!."},
    {"floor", m_floor, 0, "Return the floor of x as an Integral."},
    {"fma", m_fma, 0, "Fused multiply-add operation."},
    {"fmod", m_fmod, 0, "Return fmod(x, y), according to platform C."},
    {"frexp", m_frexp, 0, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"fsum", m_fsum, 0, "Return an accurate floating-point sum of values in the iterable seq."},
    {"gamma", m_gamma, 0, "Gamma function at x."},
    {"gcd", m_gcd, 0, "Greatest Common Divisor."},
    {"hypot", m_hypot, 0, "Multidimensional Euclidean distance from origin to a point."},
    {"isclose", m_isclose, 0, "Determine whether two floating-point numbers are close in value."},
    {"isfinite", m_isfinite, 0, "Return True if x is neither an infinity nor a NaN, and False otherwise."},
    {"isinf", m_isinf, 0, "Return True if x is a positive or negative infinity, and False otherwise."},
    {"isnan", m_isnan, 0, "Return True if x is a NaN (not a number), and False otherwise."},
    {"isqrt", m_isqrt, 0, "Return the integer part of the square root of the input."},
    {"lcm", m_lcm, 0, "Least Common Multiple."},
    {"ldexp", m_ldexp, 0, "Return x * (2**i)."},
    {"lgamma", m_lgamma, 0, "Natural logarithm of absolute value of Gamma function at x."},
    {"log", m_log, 0, "log(x, [base=math.e])\nReturn the logarithm of x to the given base."},
    {"log10", m_log10, 0, "Return the base 10 logarithm of x."},
    {"log1p", m_log1p, 0, "Return the natural logarithm of 1+x (base e)."},
    {"log2", m_log2, 0, "Return the base 2 logarithm of x."},
    {"modf", m_modf, 0, "Return the fractional and integer parts of x."},
    {"nextafter", m_nextafter, 0, "Return the floating-point value the given number of steps after x towards y."},
    {"perm", m_perm, 0, "Number of ways to choose k items from n items without repetition and with order."},
    {"pow", m_pow, 0, "Return x**y (x to the power of y)."},
    {"prod", m_prod, 0, "Calculate the product of all the elements in the input iterable."},
    {"radians", m_radians, 0, "Convert angle x from degrees to radians."},
    {"remainder", m_remainder, 0, "Difference between x and the closest integer multiple of y."},
    {"sin", m_sin, 0, "Return the sine of x (measured in radians)."},
    {"sinh", m_sinh, 0, "Return the hyperbolic sine of x."},
    {"sqrt", m_sqrt, 0, "Return the square root of x."},
    {"sumprod", m_sumprod, 0, "Return the sum of products of values from two iterables p and q."},
    {"tan", m_tan, 0, "Return the tangent of x (measured in radians)."},
    {"tanh", m_tanh, 0, "Return the hyperbolic tangent of x."},
    {"trunc", m_trunc, 0, "Truncates the Real x to the nearest Integral toward 0."},
    {"ulp", m_ulp, 0, "Return the value of the least significant bit of the float x."},
    {0},
};

static int add_float(Value m, const char *name, double x)
{
    Value f = float_new(x);
    if (!f)
        return -1;
    int r = module_add(m, name, f);
    val_decref(f);
    return r;
}

int math_module_init(Value m)
{
    if (module_add_functions(m, math_functions) < 0 || add_float(m, "pi", MATHC_PI) < 0 ||
        add_float(m, "e", MATHC_E) < 0 || add_float(m, "tau", MATHC_TAU) < 0 ||
        add_float(m, "inf", INFINITY) < 0 || add_float(m, "nan", fabs(NAN)) < 0)
        return -1;
    Value doc = str_from_cstr("This module provides access to the mathematical functions\n"
                              "defined by the C standard.");
    if (!doc)
        return -1;
    int r = module_add(m, "__doc__", doc);
    val_decref(doc);
    return r;
}
