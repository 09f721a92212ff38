/* float: boxed doubles. Construction and conversion, repr, hash, exact
 * comparison with ints, arithmetic with int operands, the type object. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "num_internal.h"
#include "strobj.h"
#include "tupleobj.h"

#if __has_include("bytesobj.h")
#include "bytesobj.h"
#define NUM_HAVE_BYTES 1
#endif

/* ---- allocation: a per-thread free list -----------------------------------
 * Floats are allocated and dropped at a high rate (each arithmetic result
 * is a new one), so each thread keeps up to FLOAT_FREELIST_MAX dead exact
 * floats to reuse. Invariants:
 *  - a block on thread T's list was allocated by T from T's object heap:
 *    only a dealloc by the owner (tid == ts_current_tid, never 0) pushes;
 *  - a listed block looks immortal and unowned (obj_set_immortal), so heap
 *    walks (heapcheck, the exit merge of brc.c, a collector) skip it;
 *  - the list belongs to one thread state (fl_tid): a new thread state on
 *    the same OS thread drains the old list first, and a pthread key
 *    destructor drains it when the OS thread ends.
 * ASan builds keep no list, so a use after free of a float is caught. */
#if !defined(FT_ASAN)
#include <pthread.h>
#define FLOAT_FREELIST_MAX 128
static _Thread_local FloatObj *fl_head;
static _Thread_local int fl_count;
static _Thread_local uint32_t fl_tid;
static _Thread_local bool fl_key_set;
static pthread_key_t fl_key;
static pthread_once_t fl_once = PTHREAD_ONCE_INIT;

static FloatObj *fl_next(FloatObj *f)
{
    FloatObj *n;
    memcpy(&n, &f->v, sizeof n); /* the link lives in the dead double */
    return n;
}

static void fl_drain(void)
{
    while (fl_head) {
        FloatObj *f = fl_head;
        fl_head = fl_next(f);
        mem_obj_free(f);
    }
    fl_count = 0;
}

static void fl_thread_exit(void *unused)
{
    (void)unused;
    fl_drain();
}

static void fl_make_key(void)
{
    pthread_key_create(&fl_key, fl_thread_exit);
}

/* Pushes a dead exact float; false when it must be freed instead. */
static bool fl_push(FloatObj *f)
{
    uint32_t tid = ts_current_tid;
    if (tid == 0 || atomic_load_explicit(&f->base.tid, memory_order_relaxed) != tid)
        return false;
    if (fl_tid != tid) {
        fl_drain(); /* a previous thread state's blocks */
        fl_tid = tid;
    }
    if (fl_count >= FLOAT_FREELIST_MAX)
        return false;
    if (!fl_key_set) {
        pthread_once(&fl_once, fl_make_key);
        pthread_setspecific(fl_key, &fl_head);
        fl_key_set = true;
    }
    obj_set_immortal(&f->base);
    memcpy(&f->v, &fl_head, sizeof fl_head);
    fl_head = f;
    fl_count++;
    return true;
}

static FloatObj *fl_pop(void)
{
    FloatObj *f = fl_head;
    if (!f || fl_tid != ts_current_tid)
        return NULL;
    fl_head = fl_next(f);
    fl_count--;
    return f;
}
#else
static bool fl_push(FloatObj *f)
{
    (void)f;
    return false;
}
static FloatObj *fl_pop(void)
{
    return NULL;
}
#endif

/* ---- construction and conversion ---------------------------------------- */

Value float_new(double v)
{
    /* Float_Type is static with no dict and no GC: the header and the
     * double are the whole initialisation (no obj_alloc zeroing). */
    FloatObj *f = fl_pop();
    if (!f) {
        f = mem_obj_alloc(sizeof(FloatObj));
        if (!f)
            return err_no_memory();
    }
    obj_init_header(&f->base, &Float_Type, ts_current_tid);
    f->v = v;
    return val_from_obj(&f->base);
}

static Value float_new_of_type(Type *t, double v)
{
    if (t == &Float_Type)
        return float_new(v);
    FloatObj *f = (FloatObj *)obj_alloc(t, 0);
    if (!f)
        return VAL_NULL;
    f->v = v;
    return val_from_obj(&f->base);
}

/* The double of a __float__ result, which must be a float. */
static int float_from_dunder(Value v, Value r, double *out)
{
    if (!r)
        return -1;
    if (!val_is_float(r)) {
        err_set(&Exc_TypeError, "%s.__float__ returned non-float (type %T)",
                type_name(val_type(v)), r);
        val_decref(r);
        return -1;
    }
    *out = float_value(r);
    val_decref(r);
    return 0;
}

int float_as_double(Value v, double *out)
{
    if (val_is_float(v) && val_type(v) == &Float_Type) {
        *out = float_value(v);
        return 0;
    }
    if (val_is_int(v))
        return int_as_double(v, out);
    Type *t = val_type(v);
    if (t->to_float)
        return float_from_dunder(v, t->to_float(v), out);
    if (t->index) {
        Value i = t->index(v);
        if (!i)
            return -1;
        int r = int_as_double(i, out);
        val_decref(i);
        return r;
    }
    err_set(&Exc_TypeError, "must be real number, not %T", v);
    return -1;
}

int float_operand(Value v, double *out)
{
    if (val_is_float(v)) {
        *out = float_value(v);
        return 1;
    }
    if (val_is_int_like(v))
        return int_as_double(v, out) < 0 ? -1 : 1;
    return 0;
}

static Value float_parse_text(const char *s, size_t len)
{
    double d;
    NumfmtError e = NUMFMT_ERROR_INIT;
    if (!numfmt_parse_float(s, len, &d, &e)) {
        num_raise_numfmt(&e);
        return VAL_NULL;
    }
    return float_new(d);
}

/* float(x) for one argument. */
static Value float_from_object(Value x)
{
    if (val_is_float(x) && val_type(x) == &Float_Type)
        return val_ref(x);
    double d;
    Type *t = val_type(x);
    if (t->to_float) {
        if (float_from_dunder(x, t->to_float(x), &d) < 0)
            return VAL_NULL;
        return float_new(d);
    }
    if (t->index) {
        if (float_as_double(x, &d) < 0)
            return VAL_NULL;
        return float_new(d);
    }
    if (val_is_str(x)) {
        ssize_t n;
        const char *u = str_utf8(val_as_str(x), &n);
        return u ? float_parse_text(u, (size_t)n) : VAL_NULL;
    }
#ifdef NUM_HAVE_BYTES
    if (buffer_check(x)) {
        const uint8_t *data;
        ssize_t n;
        if (buffer_get(x, &data, &n) < 0)
            return VAL_NULL;
        /* Only ASCII can be a float; anything else gets the bytes' repr. */
        bool ascii = true;
        for (ssize_t i = 0; i < n; i++)
            ascii &= data[i] < 128;
        if (ascii) {
            double dv;
            NumfmtError e = NUMFMT_ERROR_INIT;
            if (numfmt_parse_float((const char *)data, (size_t)n, &dv, &e))
                return float_new(dv);
            numfmt_error_clear(&e);
        }
        Value r = obj_repr(x);
        if (r) {
            err_set(&Exc_ValueError, "could not convert string to float: %U", val_as_obj(r));
            val_decref(r);
        }
        return VAL_NULL;
    }
#endif
    err_set(&Exc_TypeError, "float() argument must be a string or a real number, not '%s'",
            type_name(t));
    return VAL_NULL;
}

static Value float_tp_new(Type *type, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("float", kwnames) < 0 || args_count("float", nargs, 0, 1) < 0)
        return VAL_NULL;
    Value r = nargs ? float_from_object(args[0]) : float_new(0.0);
    if (!r || type == &Float_Type)
        return r;
    Value o = float_new_of_type(type, float_value(r));
    val_decref(r);
    return o;
}

static void float_dealloc(Object *o)
{
    if (o->type == &Float_Type) {
        if (!fl_push((FloatObj *)o))
            mem_obj_free(o);
        return;
    }
    obj_free(o); /* a subclass instance (its type may be a heap type) */
}

/* ---- repr, hash ---------------------------------------------------------- */

Value float_repr_double(double x)
{
    char *s = numfmt_float_format(x, 'r', 0, NUMFMT_ADD_DOT_0, NULL);
    if (!s)
        return err_no_memory();
    Value r = str_from_ascii(s, (ssize_t)strlen(s));
    free(s);
    return r;
}

static Value float_repr(Value v)
{
    return float_repr_double(float_value(v));
}

static hash_t float_hash(Value v)
{
    return hash_double(float_value(v), val_as_obj(v));
}

/* ---- comparison ----------------------------------------------------------- */

/* Compares the double x with the int n exactly: <0, 0, >0, or 2 when x is a
 * NaN (unordered). */
static int float_int_cmp(double x, Value n)
{
    if (isnan(x))
        return 2;
    if (isinf(x))
        return x > 0 ? 1 : -1;
    const int64_t exact = (int64_t)1 << 53;
    if (val_is_int(n) && val_as_int(n) >= -exact && val_as_int(n) <= exact) {
        double y = (double)val_as_int(n);
        return (x > y) - (x < y);
    }
    /* floor(x) is an integer held exactly by GMP; x is above it iff it has
     * a fraction. */
    double f = floor(x);
    IntView t;
    mpz_t zf;
    mpz_init_set_d(zf, f);
    int c = mpz_cmp(zf, int_view(n, &t));
    mpz_clear(zf);
    if (c != 0)
        return c > 0 ? 1 : -1;
    return x != f ? 1 : 0;
}

static Value cmp_value(int c, int op)
{
    if (c == 2) /* NaN: only != holds */
        return val_bool(op == CMP_NE);
    switch (op) {
    case CMP_LT: return val_bool(c < 0);
    case CMP_LE: return val_bool(c <= 0);
    case CMP_EQ: return val_bool(c == 0);
    case CMP_NE: return val_bool(c != 0);
    case CMP_GT: return val_bool(c > 0);
    default: return val_bool(c >= 0);
    }
}

static Value float_richcompare(Value a, Value b, int op)
{
    double x = float_value(a);
    if (val_is_float(b)) {
        double y = float_value(b);
        switch (op) {
        case CMP_LT: return val_bool(x < y);
        case CMP_LE: return val_bool(x <= y);
        case CMP_EQ: return val_bool(x == y);
        case CMP_NE: return val_bool(x != y);
        case CMP_GT: return val_bool(x > y);
        default: return val_bool(x >= y);
        }
    }
    if (val_is_int_like(b))
        return cmp_value(float_int_cmp(x, b), op);
    return num_notimpl();
}

/* Exact comparison of a double with an int-like, for complex == int. */
bool float_equals_int(double x, Value n)
{
    return float_int_cmp(x, n) == 0;
}

/* ---- arithmetic ------------------------------------------------------------ */

/* Reads both operands or returns NotImplemented / the error. */
#define FLOAT_OPERANDS(a, b, x, y)                                             \
    double x, y;                                                               \
    do {                                                                       \
        int ra_ = float_operand(a, &x);                                        \
        if (ra_ <= 0)                                                          \
            return ra_ < 0 ? VAL_NULL : num_notimpl();                         \
        int rb_ = float_operand(b, &y);                                        \
        if (rb_ <= 0)                                                          \
            return rb_ < 0 ? VAL_NULL : num_notimpl();                         \
    } while (0)

static Value float_add(Value a, Value b)
{
    FLOAT_OPERANDS(a, b, x, y);
    return float_new(x + y);
}

static Value float_sub(Value a, Value b)
{
    FLOAT_OPERANDS(a, b, x, y);
    return float_new(x - y);
}

static Value float_mul(Value a, Value b)
{
    FLOAT_OPERANDS(a, b, x, y);
    return float_new(x * y);
}

static Value zero_division(void)
{
    err_set(&Exc_ZeroDivisionError, MSG_DIV_ZERO);
    return VAL_NULL;
}

static Value float_truediv(Value a, Value b)
{
    FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0)
        return zero_division();
    return float_new(x / y);
}

static Value float_floordiv(Value a, Value b)
{
    FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0)
        return zero_division();
    double r;
    MathcError e = MATHC_ERROR_INIT;
    if (!mathc_float_floordiv(x, y, &r, &e)) {
        num_raise_mathc(&e);
        return VAL_NULL;
    }
    return float_new(r);
}

static Value float_mod(Value a, Value b)
{
    FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0)
        return zero_division();
    double r;
    MathcError e = MATHC_ERROR_INIT;
    if (!mathc_float_mod(x, y, &r, &e)) {
        num_raise_mathc(&e);
        return VAL_NULL;
    }
    return float_new(r);
}

static Value float_divmod(Value a, Value b)
{
    FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0)
        return zero_division();
    double q, r;
    MathcError e = MATHC_ERROR_INIT;
    if (!mathc_float_divmod(x, y, &q, &r, &e)) {
        num_raise_mathc(&e);
        return VAL_NULL;
    }
    Value vq = float_new(q), vr = float_new(r);
    Object *t = vq && vr ? tuple_pack(2, vq, vr) : NULL;
    val_xdecref(vq);
    val_xdecref(vr);
    return t ? val_from_obj(t) : VAL_NULL;
}

static Value float_pow(Value a, Value b)
{
    FLOAT_OPERANDS(a, b, x, y);
    double r;
    bool cplx = false;
    MathcError e = MATHC_ERROR_INIT;
    if (!mathc_float_pow(x, y, &r, &cplx, &e)) {
        if (e.kind == MATHC_ZERO_DIVISION_ERROR)
            e.msg = MSG_ZERO_NEG_POW;
        num_raise_mathc(&e);
        return VAL_NULL;
    }
    if (cplx) /* a negative base to a fractional power */
        return complex_pow_values(x, 0.0, y, 0.0);
    return float_new(r);
}

static Value float_pow3(Value a, Value b, Value m)
{
    if (m != VAL_NONE) {
        double t;
        if (float_operand(a, &t) == 0 || float_operand(b, &t) == 0)
            return num_notimpl();
        err_clear();
        err_set(&Exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        return VAL_NULL;
    }
    return float_pow(a, b);
}

static Value float_neg(Value v)
{
    return float_new(-float_value(v));
}

static Value float_pos(Value v)
{
    if (val_type(v) == &Float_Type)
        return val_ref(v);
    return float_new(float_value(v));
}

static Value float_abs(Value v)
{
    return float_new(fabs(float_value(v)));
}

static int float_bool(Value v)
{
    return float_value(v) != 0.0;
}

static Value float_to_int(Value v)
{
    return int_from_double(float_value(v));
}

static Value float_to_float(Value v)
{
    return float_pos(v);
}

extern const MethodDef float_methods[];
extern const GetSetDef float_getsets[];

Type Float_Type = {
    TYPE_HEADER("float", float_dealloc),
    .tflags = TF_BASETYPE | TF_IMMUTABLE | TF_FLOAT_SUBCLASS,
    .basicsize = sizeof(FloatObj),
    .doc = "Convert a string or number to a floating-point number, if possible.",
    .methods = float_methods,
    .getsets = float_getsets,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .tp_new = float_tp_new,
    .binop = {
        [OP_ADD] = float_add,
        [OP_SUB] = float_sub,
        [OP_MUL] = float_mul,
        [OP_TRUEDIV] = float_truediv,
        [OP_FLOORDIV] = float_floordiv,
        [OP_MOD] = float_mod,
        [OP_POW] = float_pow,
        [OP_DIVMOD] = float_divmod,
    },
    .pow3 = float_pow3,
    .neg = float_neg,
    .pos = float_pos,
    .absolute = float_abs,
    .boolean = float_bool,
    .to_int = float_to_int,
    .to_float = float_to_float,
};
