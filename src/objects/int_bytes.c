/* int and bytes: int.to_bytes, int.from_bytes and int(b'12'). Built only
 * against the bytes type's header (bytesobj.h, branch str); without it the
 * methods raise NotImplementedError. */
#include <string.h>

#include "num_internal.h"
#include "strobj.h"

#if __has_include("bytesobj.h")
#include "bytesobj.h"

int num_bytes_to_int(Value x, int base, Value *out)
{
    if (!buffer_check(x))
        return 0;
    const uint8_t *data;
    ssize_t n;
    if (buffer_get(x, &data, &n) < 0)
        return -1;
    bool ascii = true;
    for (ssize_t i = 0; i < n; i++)
        ascii &= data[i] > 0 && data[i] < 128;
    if (ascii) {
        mpz_t z;
        mpz_init(z);
        NumfmtError e = NUMFMT_ERROR_INIT;
        if (numfmt_parse_int(z, (const char *)data, (size_t)n, base, int_get_max_str_digits(),
                             &e)) {
            *out = int_steal_mpz(z);
            return *out ? 1 : -1;
        }
        mpz_clear(z);
        if (e.kind != NUMFMT_VALUE_ERROR || strncmp(e.msg, "invalid literal", 15) != 0) {
            num_raise_numfmt(&e);
            return -1;
        }
        numfmt_error_clear(&e);
    } else if (base != 0 && (base < 2 || base > 36)) {
        err_set(&Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return -1;
    }
    /* The message shows the bytes object's repr, b'...' */
    Value r = val_is_bytes(x) ? obj_repr(x) : bytes_repr_data(data, n, "b'", "'");
    if (r) {
        err_set(&Exc_ValueError, "invalid literal for int() with base %d: %U", base,
                val_as_obj(r));
        val_decref(r);
    }
    return -1;
}

static int parse_byteorder(const char *fname, Value v, bool *little)
{
    if (!v) {
        *little = false;
        return 0;
    }
    if (!val_is_str(v)) {
        err_set(&Exc_TypeError, "%s() argument 'byteorder' must be str, not %T", fname, v);
        return -1;
    }
    const char *s = str_utf8_lossy(val_as_str(v));
    MathcError e = MATHC_ERROR_INIT;
    if (!mathc_byteorder(s, little, &e)) {
        num_raise_mathc(&e);
        return -1;
    }
    return 0;
}

Value int_to_bytes(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"length", "byteorder", "signed"};
    static const ArgSpec spec = {"to_bytes", names, 3, 0, 0, 2};
    Value a[3];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    ssize_t length = 1;
    if (a[0]) {
        length = obj_as_ssize(a[0], &Exc_OverflowError);
        if (length == -1 && err_occurred())
            return VAL_NULL;
        if (length < 0) {
            err_set(&Exc_ValueError, "length argument must be non-negative");
            return VAL_NULL;
        }
    }
    bool little, is_signed = false;
    if (parse_byteorder("to_bytes", a[1], &little) < 0)
        return VAL_NULL;
    if (a[2]) {
        int t = obj_is_true(a[2]);
        if (t < 0)
            return VAL_NULL;
        is_signed = t;
    }
    /* Fails before allocating when the value cannot fit. */
    IntView tv;
    mpz_srcptr z = int_view(self, &tv);
    if (length < ((ssize_t)1 << 56) && mpz_sizeinbase(z, 2) > (uint64_t)length * 8 + 1) {
        err_set(&Exc_OverflowError, "int too big to convert");
        return VAL_NULL;
    }
    Value b = bytes_new_raw(length);
    if (!b)
        return VAL_NULL;
    MathcError e = MATHC_ERROR_INIT;
    if (!mathc_to_bytes(z, length, little, is_signed, bytes_data(val_as_bytes(b)), &e)) {
        val_decref(b);
        num_raise_mathc(&e);
        return VAL_NULL;
    }
    return b;
}

Value int_from_bytes(Value cls, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"bytes", "byteorder", "signed"};
    static const ArgSpec spec = {"from_bytes", names, 3, 0, 1, 2};
    Value a[3];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    bool little, is_signed = false;
    if (parse_byteorder("from_bytes", a[1], &little) < 0)
        return VAL_NULL;
    if (a[2]) {
        int t = obj_is_true(a[2]);
        if (t < 0)
            return VAL_NULL;
        is_signed = t;
    }
    Value owned = VAL_NULL;
    const uint8_t *data;
    ssize_t n;
    if (!buffer_check(a[0])) {
        if (val_is_int_like(a[0]) || val_is_str(a[0])) {
            err_set(&Exc_TypeError, "cannot convert '%s' object to bytes",
                    type_name(val_type(a[0])));
            return VAL_NULL;
        }
        owned = bytes_from_object(a[0]); /* a list or other iterable of ints */
        if (!owned)
            return VAL_NULL;
    }
    if (buffer_get(owned ? owned : a[0], &data, &n) < 0) {
        val_xdecref(owned);
        return VAL_NULL;
    }
    mpz_t z;
    mpz_init(z);
    mathc_from_bytes(z, data, (size_t)n, little, is_signed);
    val_xdecref(owned);
    Value r = int_steal_mpz(z);
    if (!r || cls == val_from_obj(&Int_Type.core.base))
        return r;
    Value o = obj_call1(cls, r); /* subclasses (and bool) build their own */
    val_decref(r);
    return o;
}

#else /* no bytes type yet */

int num_bytes_to_int(Value x, int base, Value *out)
{
    (void)x, (void)base, (void)out;
    return 0;
}

Value int_to_bytes(Value self, const Value *args, size_t nargs, Object *kw)
{
    err_set(&Exc_NotImplementedError, "int.to_bytes needs the bytes type");
    return VAL_NULL;
}

Value int_from_bytes(Value cls, const Value *args, size_t nargs, Object *kw)
{
    err_set(&Exc_NotImplementedError, "int.from_bytes needs the bytes type");
    return VAL_NULL;
}

#endif
