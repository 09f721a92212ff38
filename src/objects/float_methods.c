/* float's methods and attributes: hex/fromhex, as_integer_ratio,
 * is_integer, __round__, __trunc__/__floor__/__ceil__, __format__, ... */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "num_internal.h"
#include "strobj.h"
#include "tupleobj.h"

int num_no_args(const char *qualname, size_t nargs, Object *kwnames);

static Value float_conjugate(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (num_no_args("float.conjugate", nargs, kw) < 0)
        return VAL_NULL;
    if (val_type(self) == &Float_Type)
        return val_ref(self);
    return float_new(float_value(self));
}

static Value float_is_integer(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (num_no_args("float.is_integer", nargs, kw) < 0)
        return VAL_NULL;
    return val_bool(numfmt_is_integer(float_value(self)));
}

static Value float_as_integer_ratio(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (num_no_args("float.as_integer_ratio", nargs, kw) < 0)
        return VAL_NULL;
    mpz_t n, d;
    mpz_inits(n, d, NULL);
    NumfmtError e = NUMFMT_ERROR_INIT;
    if (!numfmt_as_integer_ratio(float_value(self), n, d, &e)) {
        mpz_clears(n, d, NULL);
        num_raise_numfmt(&e);
        return VAL_NULL;
    }
    Value vn = int_steal_mpz(n), vd = int_steal_mpz(d);
    Object *t = vn && vd ? tuple_pack(2, vn, vd) : NULL;
    val_xdecref(vn);
    val_xdecref(vd);
    return t ? val_from_obj(t) : VAL_NULL;
}

static Value float_hex(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (num_no_args("float.hex", nargs, kw) < 0)
        return VAL_NULL;
    char *s = numfmt_float_hex(float_value(self));
    if (!s)
        return err_no_memory();
    Value r = str_from_ascii(s, (ssize_t)strlen(s));
    free(s);
    return r;
}

static Value float_fromhex(Value cls, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("fromhex", kw) < 0)
        return VAL_NULL;
    if (nargs != 1) {
        err_set(&Exc_TypeError, "float.fromhex() takes exactly one argument (%zu given)", nargs);
        return VAL_NULL;
    }
    if (!val_is_str(args[0])) {
        err_set(&Exc_TypeError, "fromhex() argument must be str, not %T", args[0]);
        return VAL_NULL;
    }
    ssize_t n;
    const char *s = str_utf8(val_as_str(args[0]), &n);
    if (!s)
        return VAL_NULL;
    double d;
    NumfmtError e = NUMFMT_ERROR_INIT;
    if (!numfmt_float_fromhex(s, (size_t)n, &d, &e)) {
        num_raise_numfmt(&e);
        return VAL_NULL;
    }
    Value f = float_new(d);
    if (!f || cls == val_from_obj(&Float_Type.core.base))
        return f;
    Value r = obj_call1(cls, f); /* a subclass builds its own instance */
    val_decref(f);
    return r;
}

static Value float_getformat(Value cls, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("__getformat__", kw) < 0 || args_count("__getformat__", nargs, 1, 1) < 0)
        return VAL_NULL;
    if (!val_is_str(args[0])) {
        err_set(&Exc_TypeError, "__getformat__() argument must be str, not %T", args[0]);
        return VAL_NULL;
    }
    StrObj *s = val_as_str(args[0]);
    if (!str_eq_cstr(s, "double") && !str_eq_cstr(s, "float")) {
        err_set(&Exc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
        return VAL_NULL;
    }
    return str_from_cstr("IEEE, little-endian");
}

static Value float_to_int_with(Value self, size_t nargs, Object *kw, const char *name,
                               bool (*fn)(double, mpz_ptr, MathcError *))
{
    if (num_no_args(name, nargs, kw) < 0)
        return VAL_NULL;
    double x = float_value(self);
    if (x > -4.6e18 && x < 4.6e18) { /* fits the tagged range after rounding */
        double r = fn == mathc_floor ? floor(x) : fn == mathc_ceil ? ceil(x) : trunc(x);
        return int_from_i64((int64_t)r);
    }
    mpz_t z;
    mpz_init(z);
    MathcError e = MATHC_ERROR_INIT;
    if (!fn(x, z, &e)) {
        mpz_clear(z);
        num_raise_mathc(&e);
        return VAL_NULL;
    }
    return int_steal_mpz(z);
}

static Value float_trunc(Value self, const Value *args, size_t nargs, Object *kw)
{
    return float_to_int_with(self, nargs, kw, "float.__trunc__", mathc_float_to_int);
}

static Value float_floor(Value self, const Value *args, size_t nargs, Object *kw)
{
    return float_to_int_with(self, nargs, kw, "float.__floor__", mathc_floor);
}

static Value float_ceil(Value self, const Value *args, size_t nargs, Object *kw)
{
    return float_to_int_with(self, nargs, kw, "float.__ceil__", mathc_ceil);
}

static Value float_round(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("__round__", kw) < 0 || args_count("__round__", nargs, 0, 1) < 0)
        return VAL_NULL;
    double x = float_value(self);
    NumfmtError e = NUMFMT_ERROR_INIT;
    if (nargs == 0 || args[0] == VAL_NONE) {
        mpz_t z;
        mpz_init(z);
        if (!numfmt_round_to_int(x, z, &e)) {
            mpz_clear(z);
            num_raise_numfmt(&e);
            return VAL_NULL;
        }
        return int_steal_mpz(z);
    }
    Value nd = obj_index(args[0]);
    if (!nd)
        return VAL_NULL;
    int64_t n;
    if (int_as_i64(nd, &n) < 0) { /* beyond any precision: clamp */
        err_clear();
        n = int_sign(nd) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    val_decref(nd);
    double r;
    if (!numfmt_round(x, n, &r, &e)) {
        num_raise_numfmt(&e);
        return VAL_NULL;
    }
    return float_new(r);
}

static Value float_getnewargs(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (num_no_args("float.__getnewargs__", nargs, kw) < 0)
        return VAL_NULL;
    Value f = float_new(float_value(self));
    if (!f)
        return VAL_NULL;
    Object *t = tuple_pack(1, f);
    val_decref(f);
    return t ? val_from_obj(t) : VAL_NULL;
}

static Value float_format(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("__format__", kw) < 0 || args_count("__format__", nargs, 1, 1) < 0)
        return VAL_NULL;
    size_t len;
    const char *spec = num_spec_utf8(args[0], &len);
    if (!spec)
        return VAL_NULL;
    if (len == 0)
        return obj_str(self);
    size_t outlen;
    NumfmtError e = NUMFMT_ERROR_INIT;
    char *s = numfmt_format_float(float_value(self), spec, len, &outlen, &e);
    if (!s) {
        num_raise_numfmt(&e);
        return VAL_NULL;
    }
    return num_str_from_malloced(s, outlen);
}

/* CPython's figure (a 16-byte header and the double), so that programs
 * that print sys.getsizeof() agree; subclasses report the same, as
 * CPython's do (their dict is not counted). */
static Value float_sizeof(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (num_no_args("float.__sizeof__", nargs, kw) < 0)
        return VAL_NULL;
    return val_from_int(24);
}

const MethodDef float_methods[] = {
    {"conjugate", float_conjugate, 0, "Return self, the complex conjugate of any float."},
    {"is_integer", float_is_integer, 0, "Return True if the float is an integer."},
    {"as_integer_ratio", float_as_integer_ratio, 0,
     "Return a pair of integers, whose ratio is exactly equal to the original float."},
    {"hex", float_hex, 0, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", float_fromhex, METH_CLASS,
     "Create a floating-point number from a hexadecimal string."},
    {"__getformat__", float_getformat, METH_CLASS,
     "You probably don't want to use this function."},
    {"__trunc__", float_trunc, 0, "Return the Integral closest to x between 0 and x."},
    {"__floor__", float_floor, 0, "Return the floor as an Integral."},
    {"__ceil__", float_ceil, 0, "Return the ceiling as an Integral."},
    {"__round__", float_round, 0, "Return the Integral closest to x, rounding half toward even."},
    {"__getnewargs__", float_getnewargs, 0, NULL},
    {"__format__", float_format, 0, "Formats the float according to format_spec."},
    {"__sizeof__", float_sizeof, 0, "Size of object in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};

static Value float_get_real(Value self, void *closure)
{
    if (val_type(self) == &Float_Type)
        return val_ref(self);
    return float_new(float_value(self));
}

static Value float_get_imag(Value self, void *closure)
{
    return float_new(0.0);
}

const GetSetDef float_getsets[] = {
    {"real", float_get_real, NULL, NULL, "the real part of a complex number"},
    {"imag", float_get_imag, NULL, NULL, "the imaginary part of a complex number"},
    {NULL, NULL, NULL, NULL, NULL},
};
