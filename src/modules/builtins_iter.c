/* builtins over iterables and numbers: min, max, sum, sorted, bin, oct,
 * hex; and the list of types the builtins module exposes. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "modules/builtins.h"
#include "objects/descr.h"
#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/floatobj.h"
#include "objects/intobj.h"
#include "objects/listobj.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "numfmt.h"

static Value min_max(const Value *args, size_t nargs, Object *kw, int op, const char *name)
{
    Value key = VAL_NULL, dflt = VAL_NULL;
    ssize_t nkw = kw ? tuple_size(kw) : 0;
    for (ssize_t i = 0; i < nkw; i++) {
        StrObj *k = val_as_str(tuple_get(kw, i));
        if (str_eq_cstr(k, "key"))
            key = args[nargs + (size_t)i];
        else if (str_eq_cstr(k, "default"))
            dflt = args[nargs + (size_t)i];
        else {
            err_set(&Exc_TypeError, "%s() got an unexpected keyword argument '%U'", name, (Object *)k);
            return VAL_NULL;
        }
    }
    if (key == VAL_NONE)
        key = VAL_NULL;
    if (nargs == 0) {
        err_set(&Exc_TypeError, "%s expected at least 1 argument, got 0", name);
        return VAL_NULL;
    }
    if (nargs > 1 && dflt) {
        err_set(&Exc_TypeError,
                "Cannot specify a default for %s() with multiple positional arguments", name);
        return VAL_NULL;
    }
    Value it = nargs == 1 ? obj_iter(args[0]) : (Value)tuple_from_array(args, (ssize_t)nargs);
    if (nargs > 1 && it) {
        Value t = it;
        it = obj_iter(t);
        val_decref(t);
    }
    if (!it)
        return VAL_NULL;
    Value best = VAL_NULL, best_key = VAL_NULL;
    for (;;) {
        Value x = obj_next(it);
        if (!x)
            break;
        Value k = key ? obj_call1(key, x) : val_ref(x);
        if (!k) {
            val_decref(x);
            goto fail;
        }
        if (!best) {
            best = x;
            best_key = k;
            continue;
        }
        int better = obj_richcompare_bool(k, best_key, op);
        if (better < 0) {
            val_decref(x);
            val_decref(k);
            goto fail;
        }
        if (better) {
            val_decref(best);
            val_decref(best_key);
            best = x;
            best_key = k;
        } else {
            val_decref(x);
            val_decref(k);
        }
    }
    if (err_occurred())
        goto fail;
    val_decref(it);
    if (!best) {
        if (dflt)
            return val_ref(dflt);
        err_set(&Exc_ValueError, "%s() iterable argument is empty", name);
        return VAL_NULL;
    }
    val_decref(best_key);
    return best;
fail:
    val_decref(it);
    val_xdecref(best);
    val_xdecref(best_key);
    return VAL_NULL;
}

static Value b_min(Value self, const Value *args, size_t nargs, Object *kw)
{
    return min_max(args, nargs, kw, CMP_LT, "min");
}

static Value b_max(Value self, const Value *args, size_t nargs, Object *kw)
{
    return min_max(args, nargs, kw, CMP_GT, "max");
}

static Value b_sum(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"iterable", "start"};
    static const ArgSpec spec = {"sum", names, 2, 1, 1, 2};
    Value a[2];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    Value acc = a[1] ? a[1] : val_from_int(0);
    if (val_is_str(acc)) {
        err_set(&Exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        return VAL_NULL;
    }
    if (val_type_has(acc, TF_BYTES_SUBCLASS)) {
        err_set(&Exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
        return VAL_NULL;
    }
    Value it = obj_iter(a[0]);
    if (!it)
        return VAL_NULL;
    val_incref(acc);
    Value x = VAL_NULL;
    /* Exact ints: tagged arithmetic until it overflows or a non-int comes. */
    while (val_is_int(acc)) {
        x = obj_next(it);
        if (!x)
            goto end;
        int64_t s;
        if (val_is_int(x) && !__builtin_add_overflow(val_as_int(acc), val_as_int(x), &s) &&
            val_fits_int(s)) {
            acc = val_from_int(s);
            x = VAL_NULL;
            continue;
        }
        if (x == VAL_TRUE || x == VAL_FALSE) {
            acc = val_from_int(val_as_int(acc) + (x == VAL_TRUE));
            x = VAL_NULL;
            continue;
        }
        break;
    }
    if (x) {
        Value n = obj_binop(acc, x, OP_ADD);
        val_decref(x);
        val_decref(acc);
        x = VAL_NULL;
        if (!n)
            goto fail;
        acc = n;
    }
    /* Exact floats: Neumaier's compensated sum, as CPython 3.12+. */
    if (val_is_exact_float(acc)) {
        double f = float_value(acc), c = 0.0;
        for (;;) {
            x = obj_next(it);
            if (!x)
                break;
            double v;
            if (val_is_exact_float(x)) {
                v = float_value(x);
            } else if (val_is_int(x)) {
                v = (double)val_as_int(x);
            } else if (x == VAL_TRUE || x == VAL_FALSE) {
                v = x == VAL_TRUE;
            } else {
                break;
            }
            double t = f + v;
            if (fabs(f) >= fabs(v))
                c += (f - t) + v;
            else
                c += (v - t) + f;
            f = t;
            val_decref(x);
            x = VAL_NULL;
        }
        if (c != 0.0 && isfinite(c))
            f += c;
        Value nf = float_new(f);
        val_decref(acc);
        if (!nf) {
            val_xdecref(x);
            goto fail;
        }
        acc = nf;
        if (!x)
            goto end;
        Value n = obj_binop(acc, x, OP_ADD);
        val_decref(x);
        val_decref(acc);
        if (!n)
            goto fail;
        acc = n;
    }
    for (;;) {
        x = obj_next(it);
        if (!x)
            break;
        Value n = obj_binop(acc, x, OP_ADD);
        val_decref(x);
        val_decref(acc);
        if (!n)
            goto fail;
        acc = n;
    }
end:
    val_decref(it);
    if (err_occurred()) {
        val_decref(acc);
        return VAL_NULL;
    }
    return acc;
fail:
    val_decref(it);
    return VAL_NULL;
}

static Value b_sorted(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (nargs != 1) {
        if (nargs == 0)
            err_set(&Exc_TypeError, "sorted expected 1 argument, got 0");
        else
            err_set(&Exc_TypeError, "sorted expected 1 argument, got %zu", nargs);
        return VAL_NULL;
    }
    Value key = VAL_NULL;
    bool reverse = false;
    ssize_t nkw = kw ? tuple_size(kw) : 0;
    for (ssize_t i = 0; i < nkw; i++) {
        StrObj *k = val_as_str(tuple_get(kw, i));
        Value v = args[nargs + (size_t)i];
        if (str_eq_cstr(k, "key"))
            key = v == VAL_NONE ? VAL_NULL : v;
        else if (str_eq_cstr(k, "reverse")) {
            int t = obj_is_true(v);
            if (t < 0)
                return VAL_NULL;
            reverse = t;
        } else {
            err_set(&Exc_TypeError, "sort() got an unexpected keyword argument '%U'", (Object *)k);
            return VAL_NULL;
        }
    }
    Object *l = list_from_iterable(args[0]);
    if (!l)
        return VAL_NULL;
    if (list_sort(l, key, reverse) < 0) {
        obj_decref(l);
        return VAL_NULL;
    }
    return (Value)l;
}

static Value int_to_base(Value v, int base, const char *name)
{
    Value i = obj_index(v);
    if (!i)
        return VAL_NULL;
    mpz_t z;
    mpz_init(z);
    int_to_mpz(i, z);
    val_decref(i);
    NumfmtError e = {0};
    char *s = numfmt_int_to_str(z, base, true, 0, &e);
    mpz_clear(z);
    if (!s) {
        err_set(&Exc_ValueError, "%s", e.msg ? e.msg : "conversion failed");
        numfmt_error_clear(&e);
        return VAL_NULL;
    }
    Value r = str_from_cstr(s);
    free(s);
    (void)name;
    return r;
}

static Value b_bin(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("bin", kw) < 0 || args_count("bin", nargs, 1, 1) < 0)
        return VAL_NULL;
    return int_to_base(args[0], 2, "bin");
}

static Value b_oct(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("oct", kw) < 0 || args_count("oct", nargs, 1, 1) < 0)
        return VAL_NULL;
    return int_to_base(args[0], 8, "oct");
}

static Value b_hex(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("hex", kw) < 0 || args_count("hex", nargs, 1, 1) < 0)
        return VAL_NULL;
    return int_to_base(args[0], 16, "hex");
}

const MethodDef builtin_functions_iter[] = {
    {"bin", b_bin, 0, NULL},
    {"hex", b_hex, 0, NULL},
    {"max", b_max, 0, NULL},
    {"min", b_min, 0, NULL},
    {"oct", b_oct, 0, NULL},
    {"sorted", b_sorted, 0, NULL},
    {"sum", b_sum, 0, NULL},
    {0},
};
