/* slice objects and the index arithmetic of sequences: slice_unpack with
 * CPython's clamping, and slice.indices() over arbitrary-size ints. */
#include <gmp.h>

#include "cont_internal.h"
#include "intobj.h"
#include "sliceobj.h"
#include "tupleobj.h"

Value slice_new(Value start, Value stop, Value step)
{
    SliceObj *s = (SliceObj *)obj_alloc(&Slice_Type, 0);
    if (!s)
        return VAL_NULL;
    s->start = val_ref(start ? start : VAL_NONE);
    s->stop = val_ref(stop ? stop : VAL_NONE);
    s->step = val_ref(step ? step : VAL_NONE);
    return val_from_obj(&s->base);
}

static void slice_dealloc(Object *o)
{
    SliceObj *s = (SliceObj *)o;
    val_decref(s->start);
    val_decref(s->stop);
    val_decref(s->step);
    obj_free(o);
}

static int slice_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    SliceObj *s = (SliceObj *)o;
    int r = visit(s->start, arg);
    if (!r)
        r = visit(s->stop, arg);
    if (!r)
        r = visit(s->step, arg);
    return r;
}

/* CPython's _PyEval_SliceIndex: None leaves *out alone; an __index__
 * value is clamped to the ssize_t range. */
static int slice_index(Value v, ssize_t *out)
{
    if (v == VAL_NONE)
        return 0;
    if (val_is_int(v)) {
        *out = (ssize_t)val_as_int(v);
        return 0;
    }
    if (!val_type(v)->index) {
        err_set(&Exc_TypeError,
                "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    ssize_t x = obj_as_ssize(v, NULL);
    if (x == -1 && err_occurred())
        return -1;
    *out = x;
    return 0;
}

int slice_unpack_raw(Value slice, ssize_t *start, ssize_t *stop, ssize_t *step)
{
    SliceObj *s = (SliceObj *)val_as_obj(slice);
    *step = 1;
    if (s->step != VAL_NONE) {
        if (slice_index(s->step, step) < 0)
            return -1;
        if (*step == 0) {
            err_set(&Exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        /* -step must not overflow when a reversed slice is normalised. */
        if (*step < -PTRDIFF_MAX)
            *step = -PTRDIFF_MAX;
    }
    *start = *step < 0 ? PTRDIFF_MAX : 0;
    if (slice_index(s->start, start) < 0)
        return -1;
    *stop = *step < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
    if (slice_index(s->stop, stop) < 0)
        return -1;
    return 0;
}

ssize_t slice_adjust(ssize_t len, ssize_t *start, ssize_t *stop, ssize_t step)
{
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = step < 0 ? -1 : 0;
    } else if (*start >= len) {
        *start = step < 0 ? len - 1 : len;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0)
            *stop = step < 0 ? -1 : 0;
    } else if (*stop >= len) {
        *stop = step < 0 ? len - 1 : len;
    }
    if (step < 0) {
        if (*stop < *start)
            return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

int slice_unpack(Value slice, ssize_t len, ssize_t *start, ssize_t *stop, ssize_t *step,
                 ssize_t *slicelen)
{
    if (slice_unpack_raw(slice, start, stop, step) < 0)
        return -1;
    *slicelen = slice_adjust(len, start, stop, *step);
    return 0;
}

/* ---- slice.indices(length), exact for any int sizes --------------------- */

static int index_mpz(Value v, mpz_t out)
{
    Value i = obj_index(v);
    if (!i)
        return -1;
    int_to_mpz(i, out);
    val_decref(i);
    return 0;
}

static void clamp_bound(mpz_t x, const mpz_t length, const mpz_t lower, const mpz_t upper)
{
    if (mpz_sgn(x) < 0) {
        mpz_add(x, x, length);
        if (mpz_cmp(x, lower) < 0)
            mpz_set(x, lower);
    } else if (mpz_cmp(x, upper) > 0) {
        mpz_set(x, upper);
    }
}

/* The (start, stop, step) of s for a sequence of the given length (an
 * int Value >= 0), as new int values. */
int slice_indices_values(SliceObj *s, Value length_v, Value out[3])
{
    mpz_t length, step, start, stop, lower, upper;
    mpz_inits(length, step, start, stop, lower, upper, NULL);
    int r = -1;
    int_to_mpz(length_v, length);
    if (s->step == VAL_NONE) {
        mpz_set_ui(step, 1);
    } else {
        if (index_mpz(s->step, step) < 0)
            goto done;
        if (mpz_sgn(step) == 0) {
            err_set(&Exc_ValueError, "slice step cannot be zero");
            goto done;
        }
    }
    bool neg = mpz_sgn(step) < 0;
    if (neg) {
        mpz_set_si(lower, -1);
        mpz_add(upper, length, lower);
    } else {
        mpz_set_ui(lower, 0);
        mpz_set(upper, length);
    }
    if (s->start == VAL_NONE) {
        mpz_set(start, neg ? upper : lower);
    } else {
        if (index_mpz(s->start, start) < 0)
            goto done;
        clamp_bound(start, length, lower, upper);
    }
    if (s->stop == VAL_NONE) {
        mpz_set(stop, neg ? lower : upper);
    } else {
        if (index_mpz(s->stop, stop) < 0)
            goto done;
        clamp_bound(stop, length, lower, upper);
    }
    out[0] = int_from_mpz(start);
    out[1] = int_from_mpz(stop);
    out[2] = int_from_mpz(step);
    r = 0;
done:
    mpz_clears(length, step, start, stop, lower, upper, NULL);
    return r;
}

static Value m_indices(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("indices", kwnames) < 0 || args_count("indices", nargs, 1, 1) < 0)
        return VAL_NULL;
    Value len = obj_index(args[0]);
    if (!len)
        return VAL_NULL;
    if (int_sign(len) < 0) {
        val_decref(len);
        err_set(&Exc_ValueError, "length should not be negative");
        return VAL_NULL;
    }
    Value out[3];
    int r = slice_indices_values((SliceObj *)val_as_obj(self), len, out);
    val_decref(len);
    if (r < 0)
        return VAL_NULL;
    Object *t = tuple_new(3);
    if (!t) {
        for (int i = 0; i < 3; i++)
            val_decref(out[i]);
        return VAL_NULL;
    }
    for (int i = 0; i < 3; i++)
        tuple_items(t)[i] = out[i];
    return val_from_obj(t);
}

static Value m_reduce(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    SliceObj *s = (SliceObj *)val_as_obj(self);
    Object *a = tuple_pack(3, s->start, s->stop, s->step);
    if (!a)
        return VAL_NULL;
    Object *t = tuple_pack(2, val_from_obj(&Slice_Type.core.base), val_from_obj(a));
    obj_decref(a);
    return t ? val_from_obj(t) : VAL_NULL;
}

static const MethodDef slice_methods[] = {
    {"indices", m_indices, 0, "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\nindices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in a manner consistent with the\nhandling of normal slices."},
    {"__reduce__", m_reduce, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

static const MemberDef slice_members[] = {
    {"start", offsetof(SliceObj, start), MEMBER_READONLY, NULL},
    {"stop", offsetof(SliceObj, stop), MEMBER_READONLY, NULL},
    {"step", offsetof(SliceObj, step), MEMBER_READONLY, NULL},
    {NULL, 0, 0, NULL},
};

static Value slice_repr(Value self)
{
    SliceObj *s = (SliceObj *)val_as_obj(self);
    return str_printf("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static hash_t slice_hash(Value self)
{
    SliceObj *s = (SliceObj *)val_as_obj(self);
    Value parts[3] = {s->start, s->stop, s->step};
    uint64_t acc = XXPRIME_5;
    for (int i = 0; i < 3; i++) {
        hash_t lane = obj_hash(parts[i]);
        if (lane == -1)
            return -1;
        acc = xx_lane(acc, (uint64_t)lane);
    }
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (hash_t)acc;
}

static Value slice_richcompare(Value a, Value b, int op)
{
    if (!val_is_slice(b))
        return val_ref(VAL_NOTIMPL);
    if (a == b && (op == CMP_EQ || op == CMP_NE))
        return val_bool(op == CMP_EQ);
    SliceObj *x = (SliceObj *)val_as_obj(a), *y = (SliceObj *)val_as_obj(b);
    Value xs[3] = {x->start, x->stop, x->step}, ys[3] = {y->start, y->stop, y->step};
    return cont_seq_compare(xs, 3, ys, 3, op);
}

static Value slice_tp_new(Type *type, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("slice", kwnames) < 0 || args_count("slice", nargs, 1, 3) < 0)
        return VAL_NULL;
    if (nargs == 1)
        return slice_new(VAL_NONE, args[0], VAL_NONE);
    return slice_new(args[0], args[1], nargs > 2 ? args[2] : VAL_NONE);
}

Type Slice_Type = {
    TYPE_HEADER("slice", slice_dealloc),
    .tflags = TF_HAS_GC | TF_IMMUTABLE,
    .basicsize = sizeof(SliceObj),
    .doc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for extended slicing (e.g. a[0:10:2]).",
    .methods = slice_methods,
    .members = slice_members,
    .repr = slice_repr,
    .hash = slice_hash,
    .richcompare = slice_richcompare,
    .tp_new = slice_tp_new,
    .traverse = slice_traverse,
};
