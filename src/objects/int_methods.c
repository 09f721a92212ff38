/* int's methods and attributes: bit_length, bit_count, to_bytes,
 * from_bytes, as_integer_ratio, __round__, __format__, real/imag, ... */
#include <stdlib.h>
#include <string.h>

#include "num_internal.h"
#include "strobj.h"
#include "tupleobj.h"

/* "int.bit_length() takes no arguments (1 given)" and its keyword twin. */
int num_no_args(const char *qualname, size_t nargs, Object *kwnames)
{
    if (kwnames && tuple_size(kwnames) > 0) {
        err_set(&Exc_TypeError, "%s() takes no keyword arguments", qualname);
        return -1;
    }
    if (nargs != 0) {
        err_set(&Exc_TypeError, "%s() takes no arguments (%zu given)", qualname, nargs);
        return -1;
    }
    return 0;
}

static Value pack2(Value a, Value b)
{
    if (!a || !b) {
        val_xdecref(a);
        val_xdecref(b);
        return VAL_NULL;
    }
    Object *t = tuple_pack(2, a, b);
    val_decref(a);
    val_decref(b);
    return t ? val_from_obj(t) : VAL_NULL;
}

static Value int_conjugate(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (num_no_args("int.conjugate", nargs, kw) < 0)
        return VAL_NULL;
    return int_exact(self);
}

static Value int_bit_length(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (num_no_args("int.bit_length", nargs, kw) < 0)
        return VAL_NULL;
    if (val_is_int(self)) {
        int64_t i = val_as_int(self);
        uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        return val_from_int(m ? 64 - __builtin_clzll(m) : 0);
    }
    return int_from_u64(mathc_bit_length(int_obj(self)->z));
}

static Value int_bit_count(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (num_no_args("int.bit_count", nargs, kw) < 0)
        return VAL_NULL;
    if (val_is_int(self)) {
        int64_t i = val_as_int(self);
        uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        return val_from_int(__builtin_popcountll(m));
    }
    return int_from_u64(mathc_bit_count(int_obj(self)->z));
}

static Value int_as_integer_ratio(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (num_no_args("int.as_integer_ratio", nargs, kw) < 0)
        return VAL_NULL;
    return pack2(int_exact(self), val_from_int(1));
}

static Value int_is_integer(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (num_no_args("int.is_integer", nargs, kw) < 0)
        return VAL_NULL;
    return VAL_TRUE;
}

static Value int_exact_noargs(const char *name, Value self, size_t nargs, Object *kw)
{
    if (num_no_args(name, nargs, kw) < 0)
        return VAL_NULL;
    return int_exact(self);
}

static Value int_trunc(Value self, const Value *args, size_t nargs, Object *kw)
{
    return int_exact_noargs("int.__trunc__", self, nargs, kw);
}

static Value int_floor(Value self, const Value *args, size_t nargs, Object *kw)
{
    return int_exact_noargs("int.__floor__", self, nargs, kw);
}

static Value int_ceil(Value self, const Value *args, size_t nargs, Object *kw)
{
    return int_exact_noargs("int.__ceil__", self, nargs, kw);
}

/* round(self, ndigits) for ndigits < 0: half to even at 10**-ndigits. */
static Value int_round_negative(Value self, Value ndigits)
{
    IntView ts, tn;
    mpz_srcptr x = int_view(self, &ts), nd = int_view(ndigits, &tn);
    /* 10**k > 2|x| rounds to 0: true once k exceeds x's decimal digits */
    if (mpz_cmpabs_ui(nd, (unsigned long)mpz_sizeinbase(x, 10) + 1) > 0)
        return val_from_int(0);
    unsigned long k = mpz_get_ui(nd); /* |ndigits| */
    mpz_t p, q, r;
    mpz_inits(p, q, r, NULL);
    mpz_ui_pow_ui(p, 10, k);
    mpz_fdiv_qr(q, r, x, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    mpz_clears(p, r, NULL);
    return int_steal_mpz(q);
}

static Value int_round(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("__round__", kw) < 0 || args_count("__round__", nargs, 0, 1) < 0)
        return VAL_NULL;
    if (nargs == 0 || args[0] == VAL_NONE)
        return int_exact(self);
    Value nd = obj_index(args[0]);
    if (!nd)
        return VAL_NULL;
    Value r = int_sign(nd) >= 0 ? int_exact(self) : int_round_negative(self, nd);
    val_decref(nd);
    return r;
}

static Value int_getnewargs(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (num_no_args("int.__getnewargs__", nargs, kw) < 0)
        return VAL_NULL;
    Value v = int_exact(self);
    if (!v)
        return VAL_NULL;
    Object *t = tuple_pack(1, v);
    val_decref(v);
    return t ? val_from_obj(t) : VAL_NULL;
}

static Value int_format(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("__format__", kw) < 0 || args_count("__format__", nargs, 1, 1) < 0)
        return VAL_NULL;
    size_t len;
    const char *spec = num_spec_utf8(args[0], &len);
    if (!spec)
        return VAL_NULL;
    if (len == 0)
        return obj_str(self); /* bool and subclasses keep their str() */
    IntView t;
    size_t outlen;
    NumfmtError e = NUMFMT_ERROR_INIT;
    char *s = numfmt_format_int(int_view(self, &t), spec, len, type_name(val_type(self)),
                                int_get_max_str_digits(), &outlen, &e);
    if (!s) {
        num_raise_numfmt(&e);
        return VAL_NULL;
    }
    return num_str_from_malloced(s, outlen);
}

static Value int_sizeof(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (num_no_args("int.__sizeof__", nargs, kw) < 0)
        return VAL_NULL;
    /* CPython's figure (30-bit digits after a 24-byte header), so that
     * programs that print sys.getsizeof() agree. */
    IntView t;
    size_t bits = mpz_sizeinbase(int_view(self, &t), 2);
    size_t digits = (bits + 29) / 30;
    if (digits == 0)
        digits = 1;
    return int_from_u64(24 + 4 * digits);
}

/* int.to_bytes / int.from_bytes: need the bytes type (int_bytes.c). */
extern Value int_to_bytes(Value self, const Value *args, size_t nargs, Object *kw);
extern Value int_from_bytes(Value cls, const Value *args, size_t nargs, Object *kw);

const MethodDef int_methods[] = {
    {"conjugate", int_conjugate, 0, "Returns self, the complex conjugate of any int."},
    {"bit_length", int_bit_length, 0, "Number of bits necessary to represent self in binary."},
    {"bit_count", int_bit_count, 0,
     "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes", int_to_bytes, 0, "Return an array of bytes representing an integer."},
    {"from_bytes", int_from_bytes, METH_CLASS,
     "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", int_as_integer_ratio, 0,
     "Return a pair of integers, whose ratio is equal to the original int."},
    {"is_integer", int_is_integer, 0, "Returns True. Exists for duck type compatibility with float.is_integer."},
    {"__trunc__", int_trunc, 0, "Truncating an Integral returns itself."},
    {"__floor__", int_floor, 0, "Flooring an Integral returns itself."},
    {"__ceil__", int_ceil, 0, "Ceiling of an Integral returns itself."},
    {"__round__", int_round, 0, "Rounding an Integral returns itself."},
    {"__getnewargs__", int_getnewargs, 0, NULL},
    {"__format__", int_format, 0, "Convert to a string according to format_spec."},
    {"__sizeof__", int_sizeof, 0, "Returns size in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};

static Value int_get_self(Value self, void *closure)
{
    return int_exact(self);
}

static Value int_get_zero(Value self, void *closure)
{
    return val_from_int(0);
}

static Value int_get_one(Value self, void *closure)
{
    return val_from_int(1);
}

const GetSetDef int_getsets[] = {
    {"real", int_get_self, NULL, NULL, "the real part of a complex number"},
    {"imag", int_get_zero, NULL, NULL, "the imaginary part of a complex number"},
    {"numerator", int_get_self, NULL, NULL, "the numerator of a rational number in lowest terms"},
    {"denominator", int_get_one, NULL, NULL,
     "the denominator of a rational number in lowest terms"},
    {NULL, NULL, NULL, NULL, NULL},
};
