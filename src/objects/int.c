/* int: construction and conversion of tagged and boxed (GMP) ints, repr,
 * hash, comparison, int(x, base), the type object and numbers_init. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "num_internal.h"
#include "strobj.h"
#include "tupleobj.h"

/* ---- startup ------------------------------------------------------------ */

IntObj True_Obj = {.base = OBJ_STATIC_HEADER(&Bool_Type)};
IntObj False_Obj = {.base = OBJ_STATIC_HEADER(&Bool_Type)};

static _Atomic int max_str_digits = INT_MAX_STR_DIGITS_DEFAULT;

/* GMP cannot recover from a failed allocation (it has no error return), so
 * running out of memory inside GMP ends the process. Sizes that could be
 * requested by user code are checked against NUM_MAX_BITS first. */
static void gmp_oom(void)
{
    fputs("ftpy: out of memory in GMP\n", stderr);
    abort();
}

static void *gmp_alloc(size_t n)
{
    void *p = mem_alloc(n);
    if (!p)
        gmp_oom();
    return p;
}

static void *gmp_realloc(void *p, size_t old, size_t n)
{
    (void)old;
    void *q = mem_realloc(p, n);
    if (!q)
        gmp_oom();
    return q;
}

static void gmp_free(void *p, size_t n)
{
    (void)n;
    mem_free(p);
}

int numbers_init(void)
{
    static bool done;
    if (done)
        return 0;
    done = true;
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
    mpz_init_set_ui(True_Obj.z, 1);
    mpz_init(False_Obj.z);
    return 0;
}

int int_get_max_str_digits(void)
{
    return atomic_load_explicit(&max_str_digits, memory_order_relaxed);
}

void int_set_max_str_digits(int digits)
{
    atomic_store_explicit(&max_str_digits, digits < 0 ? 0 : digits, memory_order_relaxed);
}

/* ---- errors and small shared helpers ------------------------------------ */

static Type *mathc_exc(MathcErrorKind k)
{
    switch (k) {
    case MATHC_VALUE_ERROR: return &Exc_ValueError;
    case MATHC_OVERFLOW_ERROR: return &Exc_OverflowError;
    case MATHC_ZERO_DIVISION_ERROR: return &Exc_ZeroDivisionError;
    default: return &Exc_MemoryError;
    }
}

void num_raise_mathc(const MathcError *e)
{
    if (e->kind == MATHC_MEMORY_ERROR) {
        err_no_memory();
        return;
    }
    err_set(mathc_exc(e->kind), "%s", e->msg ? e->msg : "");
}

void num_raise_numfmt(NumfmtError *e)
{
    Type *t;
    switch (e->kind) {
    case NUMFMT_VALUE_ERROR: t = &Exc_ValueError; break;
    case NUMFMT_OVERFLOW_ERROR: t = &Exc_OverflowError; break;
    case NUMFMT_TYPE_ERROR: t = &Exc_TypeError; break;
    default: t = NULL; break;
    }
    if (t)
        err_set(t, "%s", e->msg ? e->msg : "");
    else
        err_no_memory();
    numfmt_error_clear(e);
}

Value num_notimpl(void)
{
    return VAL_NOTIMPL; /* immortal: no count to take */
}

Value num_str_from_malloced(char *s, size_t len)
{
    if (!s)
        return err_no_memory();
    Value r = str_from_utf8(s, (ssize_t)len);
    free(s);
    return r;
}

const char *num_spec_utf8(Value spec, size_t *len)
{
    if (!val_is_str(spec)) {
        err_set(&Exc_TypeError, "__format__() argument must be str, not %T", spec);
        return NULL;
    }
    ssize_t n;
    const char *s = str_utf8(val_as_str(spec), &n);
    if (s)
        *len = (size_t)n;
    return s;
}

/* ---- construction ------------------------------------------------------- */

Value int_new_of_type(Type *t, mpz_srcptr v)
{
    IntObj *o = (IntObj *)obj_alloc(t, 0);
    if (!o)
        return VAL_NULL;
    mpz_init_set(o->z, v);
    return val_from_obj(&o->base);
}

static Value int_box_i64(int64_t i)
{
    IntObj *o = (IntObj *)obj_alloc(&Int_Type, 0);
    if (!o)
        return VAL_NULL;
    mpz_init_set_si(o->z, i);
    return val_from_obj(&o->base);
}

Value int_from_i64(int64_t i)
{
    return val_fits_int(i) ? val_from_int(i) : int_box_i64(i);
}

Value int_from_u64(uint64_t u)
{
    if (u <= (uint64_t)VAL_INT_MAX)
        return val_from_int((int64_t)u);
    IntObj *o = (IntObj *)obj_alloc(&Int_Type, 0);
    if (!o)
        return VAL_NULL;
    mpz_init(o->z);
    mpz_import(o->z, 1, 1, sizeof u, 0, 0, &u);
    return val_from_obj(&o->base);
}

static bool mpz_small(mpz_srcptr z, int64_t *out)
{
    if (!mpz_fits_slong_p(z))
        return false;
    long v = mpz_get_si(z);
    if (!val_fits_int(v))
        return false;
    *out = v;
    return true;
}

Value int_from_mpz(mpz_srcptr z)
{
    int64_t i;
    if (mpz_small(z, &i))
        return val_from_int(i);
    return int_new_of_type(&Int_Type, z);
}

Value int_steal_mpz(mpz_ptr z)
{
    int64_t i;
    if (mpz_small(z, &i)) {
        mpz_clear(z);
        return val_from_int(i);
    }
    IntObj *o = (IntObj *)obj_alloc(&Int_Type, 0);
    if (!o) {
        mpz_clear(z);
        return VAL_NULL;
    }
    o->z[0] = z[0]; /* the limbs move to the object */
    return val_from_obj(&o->base);
}

Value int_from_double(double d)
{
    if (d > -9.2e18 && d < 9.2e18) { /* |trunc(d)| < 2**63 */
        int64_t i = (int64_t)d;
        return int_from_i64(i);
    }
    mpz_t z;
    mpz_init(z);
    MathcError e = MATHC_ERROR_INIT;
    if (!mathc_float_to_int(d, z, &e)) {
        mpz_clear(z);
        num_raise_mathc(&e);
        return VAL_NULL;
    }
    return int_steal_mpz(z);
}

Value int_from_text(const char *s, size_t len, int base)
{
    mpz_t z;
    mpz_init(z);
    NumfmtError e = NUMFMT_ERROR_INIT;
    if (!numfmt_parse_int(z, s, len, base, int_get_max_str_digits(), &e)) {
        mpz_clear(z);
        num_raise_numfmt(&e);
        return VAL_NULL;
    }
    return int_steal_mpz(z);
}

/* ---- reading ints -------------------------------------------------------- */

int int_as_i64(Value v, int64_t *out)
{
    if (val_is_int(v)) {
        *out = val_as_int(v);
        return 0;
    }
    mpz_srcptr z = int_obj(v)->z;
    if (!mpz_fits_slong_p(z)) {
        err_set(&Exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    *out = mpz_get_si(z);
    return 0;
}

void int_to_mpz(Value v, mpz_ptr z)
{
    IntView t;
    mpz_set(z, int_view(v, &t));
}

int int_sign(Value v)
{
    if (val_is_int(v)) {
        int64_t i = val_as_int(v);
        return (i > 0) - (i < 0);
    }
    return mpz_sgn(int_obj(v)->z);
}

bool int_is_zero(Value v)
{
    return int_sign(v) == 0;
}

int int_as_double(Value v, double *out)
{
    if (val_is_int(v)) {
        *out = (double)val_as_int(v); /* rounds to nearest, ties to even */
        return 0;
    }
    MathcError e = MATHC_ERROR_INIT;
    if (!mathc_int_to_double(int_obj(v)->z, out, &e)) {
        num_raise_mathc(&e);
        return -1;
    }
    return 0;
}

Value int_exact(Value v)
{
    if (val_is_exact_int(v))
        return val_ref(v);
    return int_from_mpz(int_obj(v)->z);
}

/* ---- repr, hash, compare ------------------------------------------------ */

static Value int_mpz_repr(mpz_srcptr z)
{
    NumfmtError e = NUMFMT_ERROR_INIT;
    char *s = numfmt_int_to_str(z, 10, false, int_get_max_str_digits(), &e);
    if (!s) {
        num_raise_numfmt(&e);
        return VAL_NULL;
    }
    Value r = str_from_ascii(s, (ssize_t)strlen(s));
    free(s);
    return r;
}

/* Decimal digits of a machine int, right-aligned in buf[0..24): returns
 * the start. Cheaper than snprintf on the str(int) hot path. */
static char *i64_to_dec(int64_t i, char buf[24])
{
    char *p = buf + 24;
    uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    do {
        *--p = (char)('0' + m % 10);
        m /= 10;
    } while (m);
    if (i < 0)
        *--p = '-';
    return p;
}

Value int_repr(Value v)
{
    if (val_is_int(v)) {
        char buf[24];
        char *p = i64_to_dec(val_as_int(v), buf);
        return str_from_ascii(p, buf + 24 - p);
    }
    IntObj *o = int_obj(v);
    if (mpz_sizeinbase(o->z, 2) < 63) {
        char buf[24];
        int n = snprintf(buf, sizeof buf, "%ld", mpz_get_si(o->z));
        return str_from_ascii(buf, n);
    }
    return int_mpz_repr(o->z);
}

hash_t int_hash(Value v)
{
    if (val_is_int(v))
        return hash_int64(val_as_int(v));
    return hash_mpz(int_obj(v)->z);
}

int int_compare(Value a, Value b)
{
    if (val_is_int(a) && val_is_int(b)) {
        int64_t x = val_as_int(a), y = val_as_int(b);
        return (x > y) - (x < y);
    }
    IntView ta, tb;
    int c = mpz_cmp(int_view(a, &ta), int_view(b, &tb));
    return (c > 0) - (c < 0);
}

static bool cmp_result(int c, int op)
{
    switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

static Value int_richcompare(Value a, Value b, int op)
{
    if (!val_is_int_like(a) || !val_is_int_like(b))
        return num_notimpl();
    return val_bool(cmp_result(int_compare(a, b), op));
}

/* ---- int(x), int(x, base) ------------------------------------------------ */

/* The result of __int__/__index__: must be an int; an int subclass is
 * reduced to its exact value (CPython warns about it, then does the same). */
static Value checked_int_result(Value r, const char *dunder)
{
    if (!r)
        return VAL_NULL;
    if (val_is_exact_int(r))
        return r;
    if (!val_is_int_like(r)) {
        err_set(&Exc_TypeError, "%s returned non-int (type %T)", dunder, r);
        val_decref(r);
        return VAL_NULL;
    }
    Value e = int_exact(r);
    val_decref(r);
    return e;
}

static Value int_parse_str(Value s, int base)
{
    ssize_t n;
    const char *u = str_utf8(val_as_str(s), &n);
    if (!u)
        return VAL_NULL;
    return int_from_text(u, (size_t)n, base);
}

/* int(x) with one argument. */
static Value int_from_object(Value x)
{
    if (val_is_exact_int(x))
        return val_ref(x);
    Type *t = val_type(x);
    if (t->to_int)
        return checked_int_result(t->to_int(x), "__int__");
    if (t->index)
        return checked_int_result(t->index(x), "__index__");
    if (val_is_str(x))
        return int_parse_str(x, 10);
    Value r;
    int got = num_bytes_to_int(x, 10, &r);
    if (got)
        return got > 0 ? r : VAL_NULL;
    err_set(&Exc_TypeError,
            "int() argument must be a string, a bytes-like object or a real number, not '%s'",
            type_name(t));
    return VAL_NULL;
}

static Value int_tp_new(Type *type, const Value *args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"x", "base"};
    static const ArgSpec spec = {"int", names, 2, 1, 0, 2};
    Value a[2];
    if (args_parse(&spec, args, nargs, kwnames, a) < 0)
        return VAL_NULL;
    Value r;
    if (!a[1]) {
        r = a[0] ? int_from_object(a[0]) : val_from_int(0);
    } else if (!a[0]) {
        err_set(&Exc_TypeError, "int() missing string argument");
        return VAL_NULL;
    } else {
        ssize_t base = obj_as_ssize(a[1], NULL);
        if (base == -1 && err_occurred())
            return VAL_NULL;
        if (base != 0 && (base < 2 || base > 36)) {
            err_set(&Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
            return VAL_NULL;
        }
        if (val_is_str(a[0])) {
            r = int_parse_str(a[0], (int)base);
        } else {
            int got = num_bytes_to_int(a[0], (int)base, &r);
            if (got < 0)
                return VAL_NULL;
            if (got == 0) {
                err_set(&Exc_TypeError, "int() can't convert non-string with explicit base");
                return VAL_NULL;
            }
        }
    }
    if (!r || type == &Int_Type)
        return r;
    /* A subclass: a boxed instance of type with the same value. */
    IntView t;
    Value o = int_new_of_type(type, int_view(r, &t));
    val_decref(r);
    return o;
}

static void int_dealloc(Object *o)
{
    mpz_clear(((IntObj *)o)->z);
    obj_free(o);
}

/* ---- slots of the number protocol that are not arithmetic ---------------- */

static int int_bool(Value v)
{
    return int_sign(v) != 0;
}

static Value int_to_int(Value v)
{
    return int_exact(v);
}

static Value int_to_float(Value v)
{
    double d;
    if (int_as_double(v, &d) < 0)
        return VAL_NULL;
    return float_new(d);
}

/* Defined in int_ops.c and int_methods.c. */
extern Value int_binop_add(Value, Value), int_binop_sub(Value, Value),
    int_binop_mul(Value, Value), int_binop_floordiv(Value, Value),
    int_binop_mod(Value, Value), int_binop_truediv(Value, Value),
    int_binop_pow(Value, Value), int_binop_lshift(Value, Value),
    int_binop_rshift(Value, Value), int_binop_and(Value, Value),
    int_binop_or(Value, Value), int_binop_xor(Value, Value),
    int_binop_divmod(Value, Value), int_pow3(Value, Value, Value),
    int_slot_neg(Value), int_slot_pos(Value), int_slot_invert(Value),
    int_slot_abs(Value);
extern const MethodDef int_methods[];
extern const GetSetDef int_getsets[];

Type Int_Type = {
    TYPE_HEADER("int", int_dealloc),
    .tflags = TF_BASETYPE | TF_IMMUTABLE | TF_INT_SUBCLASS,
    .basicsize = sizeof(IntObj),
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
           "Convert a number or string to an integer, or return 0 if no arguments\n"
           "are given.",
    .methods = int_methods,
    .getsets = int_getsets,
    .repr = int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .tp_new = int_tp_new,
    .binop = {
        [OP_ADD] = int_binop_add,
        [OP_SUB] = int_binop_sub,
        [OP_MUL] = int_binop_mul,
        [OP_FLOORDIV] = int_binop_floordiv,
        [OP_MOD] = int_binop_mod,
        [OP_TRUEDIV] = int_binop_truediv,
        [OP_POW] = int_binop_pow,
        [OP_LSHIFT] = int_binop_lshift,
        [OP_RSHIFT] = int_binop_rshift,
        [OP_AND] = int_binop_and,
        [OP_OR] = int_binop_or,
        [OP_XOR] = int_binop_xor,
        [OP_DIVMOD] = int_binop_divmod,
    },
    .pow3 = int_pow3,
    .neg = int_slot_neg,
    .pos = int_slot_pos,
    .invert = int_slot_invert,
    .absolute = int_slot_abs,
    .boolean = int_bool,
    .to_int = int_to_int,
    .to_float = int_to_float,
    .index = int_to_int,
};
