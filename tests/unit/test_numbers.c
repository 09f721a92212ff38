/* The number types (int, bool, float, complex) through the object layer's
 * C API: the conformance cases of tests/numbers (CPython's answers, made by
 * tools/gen-numbers-expected.sh) and checks of the C helpers. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"

#include "objects/bytesobj.h"
#include "objects/err.h"
#include "objects/floatobj.h"
#include "objects/intobj.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"

#include "tstate.h"

#define REQUIRE(c)                                                             \
    do {                                                                       \
        if (!(c)) {                                                            \
            CHECK(c);                                                          \
            return;                                                            \
        }                                                                      \
    } while (0)

int types_init(void); /* the object layer's start-up (types_init.c) */

/* The runtime's start-up for these tests: the hash secret of
 * PYTHONHASHSEED=0, an attached thread state, every type readied (which
 * runs numbers_init). */
static int setup_runtime(void)
{
    static int state; /* 0 not yet, 1 ok, -1 failed */
    if (state == 0) {
        ts_attach(ts_create());
        state = hash_init_secret("0") == 0 && types_init() == 0 ? 1 : -1;
    }
    return state;
}
#define REQUIRE_SETUP() REQUIRE(setup_runtime() == 1)

/* ---- values from case text ---------------------------------------------- */

static Value call_new(Type *t, Value arg)
{
    return t->tp_new(t, &arg, 1, NULL);
}

/* An int, bool, float, complex or 'str' from its repr. */
static Value parse_value(const char *s)
{
    size_t n = strlen(s);
    if (strcmp(s, "True") == 0)
        return VAL_TRUE;
    if (strcmp(s, "False") == 0)
        return VAL_FALSE;
    if (s[0] == '\'')
        return str_from_utf8(s + 1, (ssize_t)n - 2);
    if (s[0] == 's' && s[1] == ':') { /* any text as hex UTF-8 */
        size_t len = (n - 2) / 2;
        char *buf = malloc(len + 1);
        for (size_t i = 0; i < len; i++) {
            unsigned byte;
            sscanf(s + 2 + 2 * i, "%2x", &byte);
            buf[i] = (char)byte;
        }
        Value r = str_from_utf8(buf, (ssize_t)len);
        free(buf);
        return r;
    }
    Value text = str_from_utf8(s, (ssize_t)n);
    Value r;
    if (strchr(s, 'j'))
        r = call_new(&Complex_Type, text);
    else if (strpbrk(s, ".en"))
        r = call_new(&Float_Type, text);
    else
        r = int_from_text(s, n, 10);
    val_decref(text);
    return r;
}

/* ---- operations -------------------------------------------------------- */

static Value call_method(Value self, const char *name, const Value *args, size_t n)
{
    return obj_call_method_cstr(self, name, args, n);
}

/* math.trunc / floor / ceil and round(): the dunder, else (floor, ceil)
 * the float path, as the math module does. */
static Value do_dunder(Value a, const char *dunder, const Value *args, size_t n)
{
    static const char *const has_float_path[] = {"__floor__", "__ceil__"};
    Type *t = val_type(a);
    bool found = false;
    for (Type *k = t; k && !found; k = k->base)
        for (const MethodDef *m = k->methods; m && m->name; m++)
            if (strcmp(m->name, dunder) == 0)
                found = true;
    if (found)
        return call_method(a, dunder, args, n);
    for (int i = 0; i < 2; i++)
        if (strcmp(dunder, has_float_path[i]) == 0) {
            double d;
            if (float_as_double(a, &d) < 0)
                return VAL_NULL;
            return int_from_double(i == 0 ? floor(d) : ceil(d));
        }
    err_set(&Exc_TypeError, "type %s doesn't define %s method", type_name(t), dunder);
    return VAL_NULL;
}

static Value run_case(const char *op, Value *v, int nv)
{
    static const struct { const char *name; BinOp op; } binops[] = {
        {"add", OP_ADD}, {"sub", OP_SUB}, {"mul", OP_MUL}, {"truediv", OP_TRUEDIV},
        {"floordiv", OP_FLOORDIV}, {"mod", OP_MOD}, {"pow", OP_POW}, {"lshift", OP_LSHIFT},
        {"rshift", OP_RSHIFT}, {"and", OP_AND}, {"or", OP_OR}, {"xor", OP_XOR},
    };
    static const char *const cmps[] = {"lt", "le", "eq", "ne", "gt", "ge"};
    for (size_t i = 0; i < sizeof binops / sizeof binops[0]; i++)
        if (strcmp(op, binops[i].name) == 0)
            return obj_binop(v[0], v[1], binops[i].op);
    for (int i = 0; i < 6; i++)
        if (strcmp(op, cmps[i]) == 0)
            return obj_richcompare(v[0], v[1], i);
    if (!strcmp(op, "divmod"))
        return number_divmod(v[0], v[1]);
    if (!strcmp(op, "pow3"))
        return obj_pow3(v[0], v[1], v[2]);
    if (!strcmp(op, "neg"))
        return obj_neg(v[0]);
    if (!strcmp(op, "pos"))
        return obj_pos(v[0]);
    if (!strcmp(op, "abs"))
        return obj_abs(v[0]);
    if (!strcmp(op, "invert"))
        return obj_invert(v[0]);
    if (!strcmp(op, "bool")) {
        int t = obj_is_true(v[0]);
        return t < 0 ? VAL_NULL : val_bool(t);
    }
    if (!strcmp(op, "repr"))
        return obj_repr(v[0]);
    if (!strcmp(op, "hash")) {
        if (val_is_float(v[0]) && isnan(float_value(v[0])))
            return VAL_ELLIPSIS; /* identity-based: answer() prints "<nan hash>" */
        hash_t h = obj_hash(v[0]);
        return h == -1 && err_occurred() ? VAL_NULL : int_from_i64(h);
    }
    if (!strcmp(op, "int"))
        return call_new(&Int_Type, v[0]);
    if (!strcmp(op, "float"))
        return call_new(&Float_Type, v[0]);
    if (!strcmp(op, "complex"))
        return call_new(&Complex_Type, v[0]);
    if (!strcmp(op, "round"))
        return do_dunder(v[0], "__round__", NULL, 0);
    if (!strcmp(op, "roundn"))
        return do_dunder(v[0], "__round__", &v[1], 1);
    if (!strcmp(op, "trunc"))
        return do_dunder(v[0], "__trunc__", NULL, 0);
    if (!strcmp(op, "floor"))
        return do_dunder(v[0], "__floor__", NULL, 0);
    if (!strcmp(op, "ceil"))
        return do_dunder(v[0], "__ceil__", NULL, 0);
    if (!strcmp(op, "real") || !strcmp(op, "imag"))
        return obj_getattr_cstr(v[0], op);
    if (!strcmp(op, "format"))
        return obj_format(v[0], v[1]);
    if (!strcmp(op, "int_s"))
        return call_new(&Int_Type, v[0]);
    if (!strcmp(op, "int_sb"))
        return Int_Type.tp_new(&Int_Type, v, 2, NULL);
    if (!strcmp(op, "float_s"))
        return call_new(&Float_Type, v[0]);
    if (!strcmp(op, "complex_s"))
        return call_new(&Complex_Type, v[0]);
    if (!strcmp(op, "complex2"))
        return Complex_Type.tp_new(&Complex_Type, v, 2, NULL);
    if (!strcmp(op, "fromhex")) {
        const MethodDef *m = Float_Type.methods;
        while (strcmp(m->name, "fromhex") != 0)
            m++;
        return m->fn(val_from_obj(&Float_Type.core.base), v, 1, NULL);
    }
    return call_method(v[0], op, v + 1, (size_t)(nv - 1));
}

/* The answer in the .exp form: repr, or "!Type: message". */
static char *answer(Value r)
{
    char *out;
    if (!r) {
        Value exc = err_fetch();
        Value msg = obj_str(exc);
        const char *m = msg ? str_utf8_lossy(val_as_str(msg)) : "?";
        size_t n = strlen(m) + 64;
        out = malloc(n);
        snprintf(out, n, "!%s: %s", type_name(val_type(exc)), m);
        val_xdecref(msg);
        val_decref(exc);
        return out;
    }
    if (r == VAL_ELLIPSIS)
        return strdup("<nan hash>");
    Value s = obj_repr(r);
    val_decref(r);
    if (!s)
        return answer(VAL_NULL);
    out = strdup(str_utf8_lossy(val_as_str(s)));
    val_decref(s);
    return out;
}

static FILE *open_case_file(const char *name)
{
    char path[256];
    snprintf(path, sizeof path, "tests/numbers/%s", name);
    FILE *f = fopen(path, "r");
    if (!f)
        fprintf(stderr, "  cannot open %s (run from the repository root)\n", path);
    return f;
}

TEST(conformance_cases)
{
    REQUIRE_SETUP();
    FILE *in = open_case_file("cases.txt"), *exp = open_case_file("cases.exp");
    REQUIRE(in && exp);
    char line[32768], want[32768];
    long n = 0, bad = 0;
    while (fgets(line, sizeof line, in)) {
        if (!fgets(want, sizeof want, exp)) {
            CHECK(!"cases.exp is shorter than cases.txt");
            break;
        }
        line[strcspn(line, "\n")] = 0;
        want[strcspn(want, "\n")] = 0;
        char *words[4];
        int nw = 0;
        for (char *w = strtok(line, " "); w && nw < 4; w = strtok(NULL, " "))
            words[nw++] = w;
        Value v[3] = {0, 0, 0};
        int nv = 0;
        for (int i = 1; i < nw; i++)
            v[nv++] = parse_value(words[i]);
        bool parsed = true;
        for (int i = 0; i < nv; i++)
            parsed &= v[i] != VAL_NULL;
        char *got = parsed ? answer(run_case(words[0], v, nv)) : answer(VAL_NULL);
        n++;
        if (strcmp(got, want) != 0) {
            if (bad++ < 40) {
                fprintf(stderr, "  %s", words[0]);
                for (int i = 1; i < nw; i++)
                    fprintf(stderr, " %s", words[i]);
                fprintf(stderr, "\n    want: %.300s\n    got:  %.300s\n", want, got);
            }
        }
        free(got);
        for (int i = 0; i < nv; i++)
            val_xdecref(v[i]);
    }
    if (bad)
        fprintf(stderr, "  %ld of %ld cases differ\n", bad, n);
    CHECK_EQ_LL(bad, 0);
    CHECK(n > 30000);
    fclose(in);
    fclose(exp);
}

/* ---- the C helpers ------------------------------------------------------- */

TEST(tagged_fast_paths)
{
    REQUIRE_SETUP();
    Value r;
    CHECK(int_add_tagged(val_from_int(2), val_from_int(3), &r) && val_as_int(r) == 5);
    CHECK(int_sub_tagged(val_from_int(2), val_from_int(3), &r) && val_as_int(r) == -1);
    CHECK(int_mul_tagged(val_from_int(-4), val_from_int(3), &r) && val_as_int(r) == -12);
    CHECK(!int_add_tagged(val_from_int(VAL_INT_MAX), val_from_int(1), &r));
    CHECK(!int_sub_tagged(val_from_int(VAL_INT_MIN), val_from_int(1), &r));
    CHECK(!int_mul_tagged(val_from_int(VAL_INT_MAX), val_from_int(2), &r));
    /* overflow falls to GMP and comes back when it fits again */
    Value big = int_add(val_from_int(VAL_INT_MAX), val_from_int(1));
    CHECK(val_is_obj(big) && val_type(big) == &Int_Type);
    Value back = int_sub(big, val_from_int(1));
    CHECK(val_is_int(back) && val_as_int(back) == VAL_INT_MAX);
    CHECK(int_compare(big, val_from_int(VAL_INT_MAX)) > 0);
    CHECK(int_compare(val_from_int(-3), val_from_int(2)) < 0);
    CHECK(int_compare(VAL_TRUE, val_from_int(1)) == 0);
    Value n = int_neg(val_from_int(VAL_INT_MIN));
    CHECK(val_is_obj(n) && int_compare(n, big) == 0);
    val_decref(n);
    val_decref(big);
    /* floor division and modulo signs */
    r = int_floordiv(val_from_int(-7), val_from_int(2));
    CHECK(val_as_int(r) == -4);
    r = int_mod(val_from_int(-7), val_from_int(2));
    CHECK(val_as_int(r) == 1);
    r = int_mod(val_from_int(7), val_from_int(-2));
    CHECK(val_as_int(r) == -1);
    r = int_floordiv(val_from_int(VAL_INT_MIN), val_from_int(-1));
    CHECK(val_is_obj(r) && int_compare(r, val_from_int(VAL_INT_MAX)) > 0);
    val_decref(r);
    CHECK(int_floordiv(val_from_int(1), val_from_int(0)) == VAL_NULL);
    CHECK(err_matches(&Exc_ZeroDivisionError));
    err_clear();
}

TEST(conversions)
{
    REQUIRE_SETUP();
    int64_t i;
    CHECK(int_as_i64(int_from_i64(INT64_MIN), &i) == 0 && i == INT64_MIN);
    Value u = int_from_u64(UINT64_MAX);
    CHECK(int_as_i64(u, &i) == -1 && err_matches(&Exc_OverflowError));
    err_clear();
    mpz_t z;
    mpz_init(z);
    int_to_mpz(u, z);
    CHECK(mpz_cmp_ui(z, 0) > 0 && mpz_sizeinbase(z, 2) == 64);
    Value back = int_from_mpz(z);
    CHECK(int_compare(back, u) == 0);
    val_decref(back);
    val_decref(u);
    mpz_set_si(z, 12345);
    back = int_from_mpz(z);
    CHECK(val_is_int(back) && val_as_int(back) == 12345);
    mpz_clear(z);
    double d;
    CHECK(int_as_double(val_from_int(3), &d) == 0 && d == 3.0);
    Value huge = int_from_text("1" "000000000000000000000000000000000000000000000000000000000000"
                               "000000000000000000000000000000000000000000000000000000000000"
                               "000000000000000000000000000000000000000000000000000000000000"
                               "000000000000000000000000000000000000000000000000000000000000"
                               "000000000000000000000000000000000000000000000000000000000000"
                               "000000000000000000000000000000000000000000000000000000000000",
                               361, 10);
    CHECK(huge && int_as_double(huge, &d) == -1 && err_matches(&Exc_OverflowError));
    err_clear();
    val_xdecref(huge);
    CHECK(int_sign(val_from_int(-5)) == -1 && int_sign(VAL_FALSE) == 0 && int_sign(VAL_TRUE) == 1);
    Value e = int_exact(VAL_TRUE);
    CHECK(val_is_int(e) && val_as_int(e) == 1);
    CHECK(int_from_double(NAN) == VAL_NULL && err_matches(&Exc_ValueError));
    err_clear();
    Value f = int_from_double(-1e20);
    CHECK(f && int_sign(f) < 0 && val_is_obj(f));
    val_xdecref(f);
    CHECK(float_as_double(val_from_int(7), &d) == 0 && d == 7.0);
    CHECK(float_as_double(VAL_NONE, &d) == -1 && err_matches(&Exc_TypeError));
    err_clear();
    Value fl = float_new(2.5);
    CHECK(val_is_float(fl) && float_value(fl) == 2.5);
    val_decref(fl);
    Value c = complex_new(1.0, -2.0);
    Value cr = obj_repr(c);
    CHECK(cr && str_eq_cstr(val_as_str(cr), "(1-2j)"));
    val_xdecref(cr);
    val_decref(c);
}

TEST(hashes_agree_across_types)
{
    REQUIRE_SETUP();
    Value f = float_new(1.0), c = complex_new(1.0, 0.0);
    hash_t h = obj_hash(val_from_int(1));
    CHECK(h == 1 && obj_hash(f) == h && obj_hash(VAL_TRUE) == h && obj_hash(c) == h);
    CHECK(obj_hash(val_from_int(-1)) == -2);
    val_decref(f);
    val_decref(c);
    Value big = int_from_text("2305843009213693951", 19, 10); /* 2**61 - 1 */
    CHECK(obj_hash(big) == 0);
    val_decref(big);
}

TEST(str_digit_limit)
{
    REQUIRE_SETUP();
    CHECK(int_get_max_str_digits() == INT_MAX_STR_DIGITS_DEFAULT);
    Value big = int_lshift(val_from_int(1), val_from_int(20000)); /* 6021 digits */
    CHECK(big != VAL_NULL);
    Value r = obj_repr(big);
    CHECK(r == VAL_NULL && err_matches(&Exc_ValueError));
    err_clear();
    int_set_max_str_digits(0);
    r = obj_repr(big);
    CHECK(r && str_len(val_as_str(r)) == 6021);
    val_xdecref(r);
    int_set_max_str_digits(INT_MAX_STR_DIGITS_DEFAULT);
    val_decref(big);
}

TEST(huge_results_raise_memory_error)
{
    REQUIRE_SETUP();
    Value big = int_lshift(val_from_int(1), val_from_int((int64_t)1 << 40));
    CHECK(big == VAL_NULL && err_matches(&Exc_MemoryError));
    err_clear();
    Value p = int_pow(val_from_int(3), val_from_int((int64_t)1 << 40));
    CHECK(p == VAL_NULL && err_matches(&Exc_MemoryError));
    err_clear();
    Value z = int_lshift(val_from_int(0), val_from_int((int64_t)1 << 40));
    CHECK(z == val_from_int(0));
}

static bool repr_is(Value v, const char *want)
{
    if (!v) {
        Value e = err_fetch();
        Value m = e ? obj_str(e) : VAL_NULL;
        fprintf(stderr, "  error %s: %s (wanted %s)\n", e ? type_name(val_type(e)) : "?",
                m ? str_utf8_lossy(val_as_str(m)) : "?", want);
        val_xdecref(m);
        val_xdecref(e);
        return false;
    }
    Value r = obj_repr(v);
    bool ok = r && strcmp(str_utf8_lossy(val_as_str(r)), want) == 0;
    if (!ok)
        fprintf(stderr, "  got %s, wanted %s\n", r ? str_utf8_lossy(val_as_str(r)) : "?", want);
    val_xdecref(r);
    val_decref(v);
    return ok;
}

/* Expected values from python3.13. */
TEST(bytes_conversions)
{
    REQUIRE_SETUP();
    Value big = int_from_text("-2503155504993241601315571986085849", 35, 10);
    Value little = str_from_cstr("little"), bigorder = str_from_cstr("big");
    Value meth = obj_getattr_cstr(big, "to_bytes");
    REQUIRE(meth);
    Value kwn = val_from_obj(tuple_pack(1, val_from_obj(str_intern_cstr("signed"))));
    Value args[3] = {val_from_int(16), bigorder, VAL_TRUE};
    CHECK(repr_is(obj_call(meth, args, 2, (Object *)kwn),
                  "b\"\\xff\\xff\\x84\\x95\\xbcX\\x10o\\xe0-`\\xfa\\x06\\x17\\xc8'\""));
    CHECK(obj_call(meth, args, 2, NULL) == VAL_NULL && err_matches(&Exc_OverflowError));
    err_clear();
    val_decref(kwn);
    val_decref(meth);
    Value five = val_from_int(5);
    Value a2[2] = {val_from_int(2), little};
    CHECK(repr_is(obj_call_method_cstr(five, "to_bytes", a2, 2), "b'\\x05\\x00'"));
    Value data = bytes_from_data("\xff\x00", 2);
    Value fb[2] = {data, little};
    CHECK(repr_is(obj_call_method_cstr(val_from_obj(&Int_Type.core.base), "from_bytes", fb, 2), "255"));
    Value twelve = bytes_from_data(" 12 ", 4);
    CHECK(repr_is(call_new(&Int_Type, twelve), "12"));
    Value bad = bytes_from_data("1x", 2);
    Value r = call_new(&Int_Type, bad);
    CHECK(r == VAL_NULL && err_matches(&Exc_ValueError));
    err_clear();
    Value fl = bytes_from_data("1.5", 3);
    CHECK(repr_is(call_new(&Float_Type, fl), "1.5"));
    Value ib[2] = {bytes_from_data("ff", 2), val_from_int(16)};
    CHECK(repr_is(Int_Type.tp_new(&Int_Type, ib, 2, NULL), "255"));
    val_decref(ib[0]);
    val_decref(fl);
    val_decref(bad);
    val_decref(twelve);
    val_decref(data);
    val_decref(big);
    val_decref(little);
    val_decref(bigorder);
}

/* ---- threads: shared immutable numbers used and dropped everywhere ------ */

#define NUM_THREADS 4
#define THREAD_ROUNDS 20000
static Value shared_big, shared_float, shared_big_repr;

static void *number_worker(void *arg)
{
    (void)arg;
    ts_attach(ts_create());
    for (int i = 0; i < THREAD_ROUNDS; i++) {
        Value a = int_add(shared_big, val_from_int(i));
        Value b = int_mul(a, a);
        Value c = int_floordiv(b, a);
        CHECK(c && int_compare(c, a) == 0);
        Value d = int_sub(c, shared_big);
        CHECK(d == val_from_int(i));
        val_xdecref(a);
        val_xdecref(b);
        val_xdecref(c);
        Value f = obj_binop(shared_float, val_from_int(i), OP_MUL);
        CHECK(f && float_value(f) == 0.5 * i);
        val_xdecref(f);
        if (i % 64 == 0) {
            Value r = obj_repr(shared_big);
            CHECK(r && str_eq(val_as_str(r), val_as_str(shared_big_repr)));
            val_xdecref(r);
        }
    }
    ts_destroy_current();
    return NULL;
}

TEST(threads_share_numbers)
{
    REQUIRE_SETUP();
    shared_big = int_lshift(val_from_int(3), val_from_int(200));
    shared_float = float_new(0.5);
    shared_big_repr = obj_repr(shared_big);
    REQUIRE(shared_big && shared_float && shared_big_repr);
    pthread_t th[NUM_THREADS];
    ThreadState *me = ts_block_begin(); /* let the workers stop the world at exit */
    for (int i = 0; i < NUM_THREADS; i++)
        pthread_create(&th[i], NULL, number_worker, NULL);
    for (int i = 0; i < NUM_THREADS; i++)
        pthread_join(th[i], NULL);
    ts_block_end(me);
    val_decref(shared_big);
    val_decref(shared_float);
    val_decref(shared_big_repr);
}

UNIT_MAIN(threads_share_numbers, bytes_conversions, tagged_fast_paths, conversions, hashes_agree_across_types, str_digit_limit,
          huge_results_raise_memory_error, conformance_cases)
