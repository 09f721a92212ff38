/* range: construction, length, indexing and slicing, membership, index and
 * count, equality and hash, and its iterators. Bounds are exact ints of
 * any size (arithmetic through intobj.h and GMP); ranges whose values fit
 * in small ints iterate with tagged ints and no allocation. */
#include <gmp.h>

#include "cont_internal.h"
#include "intobj.h"
#include "rangeobj.h"
#include "sliceobj.h"
#include "tupleobj.h"

int slice_indices_values(SliceObj *s, Value length_v, Value out[3]);

/* The number of items of range(start, stop, step), into len. */
static void range_length_mpz(mpz_t len, const mpz_t start, const mpz_t stop, const mpz_t step)
{
    mpz_t t;
    mpz_init(t);
    int sgn = mpz_sgn(step);
    if ((sgn > 0 && mpz_cmp(start, stop) < 0) || (sgn < 0 && mpz_cmp(stop, start) < 0)) {
        /* (|stop - start| - 1) / |step| + 1 */
        mpz_sub(t, stop, start);
        mpz_abs(t, t);
        mpz_sub_ui(t, t, 1);
        mpz_abs(len, step);
        mpz_tdiv_q(len, t, len);
        mpz_add_ui(len, len, 1);
    } else {
        mpz_set_ui(len, 0);
    }
    mpz_clear(t);
}

/* Steals nothing; start/stop/step are exact ints. */
Value range_new(Value start, Value stop, Value step)
{
    RangeObj *r = (RangeObj *)obj_alloc(&Range_Type, 0);
    if (!r)
        return VAL_NULL;
    r->start = val_ref(start);
    r->stop = val_ref(stop);
    r->step = val_ref(step);
    if (val_is_int(start) && val_is_int(stop) && val_is_int(step)) {
        int64_t a = val_as_int(start), b = val_as_int(stop), s = val_as_int(step), n = 0;
        /* 62-bit payloads: differences fit in int64. */
        if (s > 0 && a < b)
            n = (b - a - 1) / s + 1;
        else if (s < 0 && b < a)
            n = (a - b - 1) / -s + 1;
        r->length = val_from_int(n);
    } else {
        mpz_t za, zb, zs, zn;
        mpz_inits(za, zb, zs, zn, NULL);
        int_to_mpz(start, za);
        int_to_mpz(stop, zb);
        int_to_mpz(step, zs);
        range_length_mpz(zn, za, zb, zs);
        r->length = int_from_mpz(zn);
        mpz_clears(za, zb, zs, zn, NULL);
        if (!r->length) {
            obj_decref(&r->base);
            return VAL_NULL;
        }
    }
    return val_from_obj(&r->base);
}

static void range_dealloc(Object *o)
{
    RangeObj *r = (RangeObj *)o;
    val_xdecref(r->start);
    val_xdecref(r->stop);
    val_xdecref(r->step);
    val_xdecref(r->length);
    obj_free(o);
}

static Value range_tp_new(Type *type, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("range", kwnames) < 0 || args_count("range", nargs, 1, 3) < 0)
        return VAL_NULL;
    Value v[3] = {VAL_NULL, VAL_NULL, VAL_NULL};
    for (size_t i = 0; i < nargs; i++) {
        v[i] = obj_index(args[i]);
        if (!v[i])
            goto fail;
        Value exact = int_exact(v[i]);
        val_decref(v[i]);
        v[i] = exact;
        if (!v[i])
            goto fail;
    }
    Value start, stop, step;
    if (nargs == 1) {
        start = val_from_int(0);
        stop = v[0];
        step = val_from_int(1);
    } else {
        start = v[0];
        stop = v[1];
        step = nargs == 3 ? v[2] : val_from_int(1);
        if (int_sign(step) == 0) {
            err_set(&Exc_ValueError, "range() arg 3 must not be zero");
            goto fail;
        }
    }
    Value r = range_new(start, stop, step);
    for (int i = 0; i < 3; i++)
        val_xdecref(v[i]);
    return r;
fail:
    for (int i = 0; i < 3; i++)
        val_xdecref(v[i]);
    return VAL_NULL;
}

static ssize_t range_len(Value self)
{
    RangeObj *r = (RangeObj *)val_as_obj(self);
    if (val_is_int(r->length))
        return (ssize_t)val_as_int(r->length);
    err_set(&Exc_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
}

static int range_bool(Value self)
{
    return int_sign(((RangeObj *)val_as_obj(self))->length) != 0;
}

/* start + i * step for an exact int i (0 <= i < len). */
static Value range_item(RangeObj *r, Value i)
{
    if (val_is_int(i) && val_is_int(r->start) && val_is_int(r->step)) {
        __int128 v = (__int128)val_as_int(r->start) + (__int128)val_as_int(i) * val_as_int(r->step);
        if (v >= VAL_INT_MIN && v <= VAL_INT_MAX)
            return val_from_int((int64_t)v);
    }
    mpz_t a, b, c;
    mpz_inits(a, b, c, NULL);
    int_to_mpz(r->start, a);
    int_to_mpz(i, b);
    int_to_mpz(r->step, c);
    mpz_addmul(a, b, c);
    Value out = int_from_mpz(a);
    mpz_clears(a, b, c, NULL);
    return out;
}

static Value range_getitem(Value self, Value key)
{
    RangeObj *r = (RangeObj *)val_as_obj(self);
    if (val_is_slice(key)) {
        Value ind[3];
        if (slice_indices_values((SliceObj *)val_as_obj(key), r->length, ind) < 0)
            return VAL_NULL;
        Value start = range_item(r, ind[0]), stop = range_item(r, ind[1]);
        Value step = VAL_NULL;
        if (start && stop) {
            Value prod = obj_binop(r->step, ind[2], OP_MUL);
            step = prod;
        }
        Value res = start && stop && step ? range_new(start, stop, step) : VAL_NULL;
        val_xdecref(start);
        val_xdecref(stop);
        val_xdecref(step);
        for (int i = 0; i < 3; i++)
            val_decref(ind[i]);
        return res;
    }
    if (!val_is_int(key) && !val_type(key)->index) {
        err_set(&Exc_TypeError, "range indices must be integers or slices, not %s",
                type_name(val_type(key)));
        return VAL_NULL;
    }
    Value i = obj_index(key);
    if (!i)
        return VAL_NULL;
    Value idx = int_exact(i);
    val_decref(i);
    if (!idx)
        return VAL_NULL;
    /* Negative indices count from the end. */
    if (int_sign(idx) < 0) {
        Value t = obj_binop(idx, r->length, OP_ADD);
        val_decref(idx);
        if (!t)
            return VAL_NULL;
        idx = t;
    }
    int ok;
    if (val_is_int(idx) && val_is_int(r->length)) {
        ok = val_as_int(idx) >= 0 && val_as_int(idx) < val_as_int(r->length);
    } else {
        mpz_t a, b;
        mpz_inits(a, b, NULL);
        int_to_mpz(idx, a);
        int_to_mpz(r->length, b);
        ok = mpz_sgn(a) >= 0 && mpz_cmp(a, b) < 0;
        mpz_clears(a, b, NULL);
    }
    if (!ok) {
        val_decref(idx);
        err_set(&Exc_IndexError, "range object index out of range");
        return VAL_NULL;
    }
    Value v = range_item(r, idx);
    val_decref(idx);
    return v;
}

/* For an int-like x: its index in r (>= 0) into *pos_out as an mpz
 * result; returns 1 when x is in r. */
static int range_int_position(RangeObj *r, Value x, mpz_t pos)
{
    mpz_t a, s, n, v;
    mpz_inits(a, s, n, v, NULL);
    int_to_mpz(r->start, a);
    int_to_mpz(r->step, s);
    int_to_mpz(r->length, n);
    int_to_mpz(x, v);
    int in = 0;
    mpz_sub(v, v, a);
    if (mpz_divisible_p(v, s)) {
        mpz_divexact(pos, v, s);
        in = mpz_sgn(pos) >= 0 && mpz_cmp(pos, n) < 0;
    }
    mpz_clears(a, s, n, v, NULL);
    return in;
}

static bool is_exact_int(Value x)
{
    return val_is_int(x) || val_type(x) == &Int_Type || val_type(x) == &Bool_Type;
}

static int range_contains(Value self, Value x)
{
    RangeObj *r = (RangeObj *)val_as_obj(self);
    if (is_exact_int(x)) {
        mpz_t pos;
        mpz_init(pos);
        int in = range_int_position(r, x, pos);
        mpz_clear(pos);
        return in;
    }
    /* Anything else: compare with every item (CPython's sequence search). */
    Value it = obj_iter(self);
    if (!it)
        return -1;
    int found = 0;
    for (;;) {
        Value v = obj_next(it);
        if (!v)
            break;
        found = obj_richcompare_bool(v, x, CMP_EQ);
        val_decref(v);
        if (found)
            break;
    }
    val_decref(it);
    if (found == 0 && err_occurred())
        return -1;
    return found;
}

static Value m_count(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("count", kwnames) < 0 || args_count("count", nargs, 1, 1) < 0)
        return VAL_NULL;
    if (is_exact_int(args[0])) {
        int in = range_contains(self, args[0]);
        return val_from_int(in);
    }
    Value it = obj_iter(self);
    if (!it)
        return VAL_NULL;
    int64_t count = 0;
    for (;;) {
        Value v = obj_next(it);
        if (!v)
            break;
        int eq = obj_richcompare_bool(v, args[0], CMP_EQ);
        val_decref(v);
        if (eq < 0)
            break;
        count += eq;
    }
    val_decref(it);
    return err_occurred() ? VAL_NULL : val_from_int(count);
}

static Value m_index(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("index", kwnames) < 0 || args_count("index", nargs, 1, 1) < 0)
        return VAL_NULL;
    RangeObj *r = (RangeObj *)val_as_obj(self);
    Value x = args[0];
    if (is_exact_int(x)) {
        mpz_t pos;
        mpz_init(pos);
        int in = range_int_position(r, x, pos);
        Value out = in ? int_from_mpz(pos) : VAL_NULL;
        mpz_clear(pos);
        if (in)
            return out;
    } else {
        Value it = obj_iter(self);
        if (!it)
            return VAL_NULL;
        for (int64_t i = 0;; i++) {
            Value v = obj_next(it);
            if (!v)
                break;
            int eq = obj_richcompare_bool(v, x, CMP_EQ);
            val_decref(v);
            if (eq < 0) {
                val_decref(it);
                return VAL_NULL;
            }
            if (eq) {
                val_decref(it);
                return val_from_int(i);
            }
        }
        val_decref(it);
        if (err_occurred())
            return VAL_NULL;
    }
    err_set(&Exc_ValueError, "%R is not in range", x);
    return VAL_NULL;
}

static Value range_repr(Value self)
{
    RangeObj *r = (RangeObj *)val_as_obj(self);
    if (val_is_int(r->step) && val_as_int(r->step) == 1)
        return str_printf("range(%R, %R)", r->start, r->stop);
    return str_printf("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static int int_eq(Value a, Value b)
{
    if (val_is_int(a) && val_is_int(b))
        return a == b;
    return obj_richcompare_bool(a, b, CMP_EQ);
}

/* Ranges are equal when they describe the same sequence. */
static Value range_richcompare(Value a, Value b, int op)
{
    if (!val_is_range(b) || (op != CMP_EQ && op != CMP_NE))
        return val_ref(VAL_NOTIMPL);
    RangeObj *x = (RangeObj *)val_as_obj(a), *y = (RangeObj *)val_as_obj(b);
    int eq;
    if (x == y) {
        eq = 1;
    } else if ((eq = int_eq(x->length, y->length)) == 1 && int_sign(x->length) != 0) {
        eq = int_eq(x->start, y->start);
        if (eq == 1 && !(val_is_int(x->length) && val_as_int(x->length) == 1))
            eq = int_eq(x->step, y->step);
    }
    if (eq < 0)
        return VAL_NULL;
    return val_bool(op == CMP_EQ ? eq : !eq);
}

/* hash((len, start, step)) with None for what does not matter. */
static hash_t range_hash(Value self)
{
    RangeObj *r = (RangeObj *)val_as_obj(self);
    Value parts[3] = {r->length, VAL_NONE, VAL_NONE};
    if (int_sign(r->length) != 0) {
        parts[1] = r->start;
        if (!(val_is_int(r->length) && val_as_int(r->length) == 1))
            parts[2] = r->step;
    }
    Object *t = tuple_from_array(parts, 3);
    if (!t)
        return -1;
    hash_t h = obj_hash(val_from_obj(t));
    obj_decref(t);
    return h;
}

/* ---- Iterators --------------------------------------------------------- */

typedef struct RangeIterObj {
    Object base;
    _Atomic int64_t next; /* the next value */
    int64_t step;
    _Atomic int64_t left; /* values left */
} RangeIterObj;

typedef struct LongRangeIterObj {
    Object base;
    Value start, step, len; /* yields start + i*step for i < len */
    Value index;            /* exact int */
} LongRangeIterObj;

/* An iterator over start, start+step, ... (len values). */
static Value range_iter_make(Value start, Value step, Value len)
{
    if (val_is_int(start) && val_is_int(step) && val_is_int(len)) {
        __int128 last = (__int128)val_as_int(start) +
                        (__int128)(val_as_int(len) ? val_as_int(len) - 1 : 0) * val_as_int(step);
        if (last >= VAL_INT_MIN && last <= VAL_INT_MAX) {
            RangeIterObj *it = (RangeIterObj *)obj_alloc(&RangeIter_Type, 0);
            if (!it)
                return VAL_NULL;
            atomic_init(&it->next, val_as_int(start));
            it->step = val_as_int(step);
            atomic_init(&it->left, val_as_int(len));
            return val_from_obj(&it->base);
        }
    }
    LongRangeIterObj *it = (LongRangeIterObj *)obj_alloc(&LongRangeIter_Type, 0);
    if (!it)
        return VAL_NULL;
    it->start = val_ref(start);
    it->step = val_ref(step);
    it->len = val_ref(len);
    it->index = val_from_int(0);
    return val_from_obj(&it->base);
}

static Value range_iter(Value self)
{
    RangeObj *r = (RangeObj *)val_as_obj(self);
    return range_iter_make(r->start, r->step, r->length);
}

static Value m_reversed(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_count("__reversed__", nargs, 0, 0) < 0)
        return VAL_NULL;
    RangeObj *r = (RangeObj *)val_as_obj(self);
    /* last = start + (len - 1) * step, stepping by -step */
    if (int_sign(r->length) == 0)
        return range_iter_make(r->start, r->step, r->length);
    Value lenm1 = obj_binop(r->length, val_from_int(1), OP_SUB);
    Value last = lenm1 ? range_item(r, lenm1) : VAL_NULL;
    Value negstep = obj_neg(r->step);
    Value it = last && negstep ? range_iter_make(last, negstep, r->length) : VAL_NULL;
    val_xdecref(lenm1);
    val_xdecref(last);
    val_xdecref(negstep);
    return it;
}

static Value iter_self(Value self) { return val_ref(self); }

static Value rangeiter_next(Value self)
{
    RangeIterObj *it = (RangeIterObj *)val_as_obj(self);
    int64_t left = atomic_load_explicit(&it->left, memory_order_relaxed);
    if (left <= 0)
        return VAL_NULL;
    int64_t v = atomic_load_explicit(&it->next, memory_order_relaxed);
    atomic_store_explicit(&it->left, left - 1, memory_order_relaxed);
    atomic_store_explicit(&it->next, v + it->step, memory_order_relaxed);
    return val_from_int(v);
}

static Value rangeiter_length_hint(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    int64_t left = atomic_load_explicit(&((RangeIterObj *)val_as_obj(self))->left,
                                        memory_order_relaxed);
    return val_from_int(left > 0 ? left : 0);
}

static void longrangeiter_dealloc(Object *o)
{
    LongRangeIterObj *it = (LongRangeIterObj *)o;
    val_decref(it->start);
    val_decref(it->step);
    val_decref(it->len);
    val_decref(it->index);
    obj_free(o);
}

static Value longrangeiter_next(Value self)
{
    LongRangeIterObj *it = (LongRangeIterObj *)val_as_obj(self);
    int lt = obj_richcompare_bool(it->index, it->len, CMP_LT);
    if (lt <= 0)
        return VAL_NULL;
    Value prod = obj_binop(it->index, it->step, OP_MUL);
    if (!prod)
        return VAL_NULL;
    Value v = obj_binop(it->start, prod, OP_ADD);
    val_decref(prod);
    if (!v)
        return VAL_NULL;
    Value next = obj_binop(it->index, val_from_int(1), OP_ADD);
    if (!next) {
        val_decref(v);
        return VAL_NULL;
    }
    Value old = it->index;
    it->index = next;
    val_decref(old);
    return v;
}

static Value longrangeiter_length_hint(Value self, const Value *args, size_t nargs,
                                       Object *kwnames)
{
    LongRangeIterObj *it = (LongRangeIterObj *)val_as_obj(self);
    return obj_binop(it->len, it->index, OP_SUB);
}

static const MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

static const MethodDef longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

static void plain_dealloc(Object *o) { obj_free(o); }

Type RangeIter_Type = {
    TYPE_HEADER("range_iterator", plain_dealloc),
    .tflags = TF_IMMUTABLE,
    .basicsize = sizeof(RangeIterObj),
    .methods = rangeiter_methods,
    .iter = iter_self,
    .iternext = rangeiter_next,
};

Type LongRangeIter_Type = {
    TYPE_HEADER("longrange_iterator", longrangeiter_dealloc),
    .tflags = TF_IMMUTABLE,
    .basicsize = sizeof(LongRangeIterObj),
    .methods = longrangeiter_methods,
    .iter = iter_self,
    .iternext = longrangeiter_next,
};

static Value m_reduce(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    RangeObj *r = (RangeObj *)val_as_obj(self);
    Object *a = tuple_pack(3, r->start, r->stop, r->step);
    if (!a)
        return VAL_NULL;
    Object *t = tuple_pack(2, val_from_obj(&Range_Type.core.base), val_from_obj(a));
    obj_decref(a);
    return t ? val_from_obj(t) : VAL_NULL;
}

static const MethodDef range_methods[] = {
    {"count", m_count, 0, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", m_index, 0, "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present."},
    {"__reversed__", m_reversed, 0, "Return a reverse iterator."},
    {"__reduce__", m_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const MemberDef range_members[] = {
    {"start", offsetof(RangeObj, start), MEMBER_READONLY, NULL},
    {"stop", offsetof(RangeObj, stop), MEMBER_READONLY, NULL},
    {"step", offsetof(RangeObj, step), MEMBER_READONLY, NULL},
    {NULL, 0, 0, NULL},
};

Type Range_Type = {
    TYPE_HEADER("range", range_dealloc),
    .tflags = TF_IMMUTABLE,
    .basicsize = sizeof(RangeObj),
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n"
           "Return an object that produces a sequence of integers from start (inclusive)\n"
           "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
           "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
           "These are exactly the valid indices for a list of 4 elements.\n"
           "When step is given, it specifies the increment (or decrement).",
    .methods = range_methods,
    .members = range_members,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .tp_new = range_tp_new,
    .boolean = range_bool,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
};
