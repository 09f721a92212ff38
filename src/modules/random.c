/* The _random module: the Random base class over the MT19937 generator of
 * src/runtime/mt19937.h. lib/random.py builds the random module on it.
 * Each method runs in a critical section on the object, as CPython's
 * free-threaded build does, so concurrent calls never corrupt the state. */
#include <limits.h>

#include "critical_section.h"
#include "modules/modutil.h"
#include "mt19937.h"
#include "objects/bytesobj.h"
#include "objects/module.h"
#include "objects/tupleobj.h"
#include "sha512.h"

typedef struct RandomObj {
    Object base;
    Mt19937 g;
} RandomObj;

extern Type Random_Type;

static inline RandomObj *as_random(Value v) { return (RandomObj *)val_as_obj(v); }

static bool check_self(Value self, const char *name)
{
    if (val_isinstance_type(self, &Random_Type))
        return true;
    err_set(&Exc_TypeError, "descriptor '%s' requires a '_random.Random' object but received a '%s'",
            name, type_name(val_type(self)));
    return false;
}

/* seed(n): None seeds from the OS; ints use abs(n); anything else its hash. */
static int seed_with(RandomObj *r, Value arg)
{
    if (!arg || arg == VAL_NONE) {
        Mt19937 fresh;
        mt_seed_os(&fresh);
        CriticalSection cs;
        cs_begin(&cs, &r->base);
        r->g = fresh;
        cs_end(&cs);
        return 0;
    }
    mpz_t n;
    mpz_init(n);
    if (val_is_int_like(arg)) {
        int_to_mpz(arg, n);
    } else {
        hash_t h = obj_hash(arg);
        if (h == -1 && err_occurred()) {
            mpz_clear(n);
            return -1;
        }
        mpz_set_si(n, (long)h);
    }
    mpz_abs(n, n);
    CriticalSection cs;
    cs_begin(&cs, &r->base);
    mt_seed_int(&r->g, n);
    cs_end(&cs);
    mpz_clear(n);
    return 0;
}

static Value random_tp_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    if (type == &Random_Type && args_no_kw("Random", kw) < 0)
        return VAL_NULL;
    if (nargs > 1) {
        err_set(&Exc_TypeError, "Random() expected at most 1 argument, got %zu", nargs);
        return VAL_NULL;
    }
    RandomObj *r = (RandomObj *)obj_alloc(type, 0);
    if (!r)
        return VAL_NULL;
    if (seed_with(r, nargs ? args[0] : VAL_NULL) < 0) {
        obj_decref(&r->base);
        return VAL_NULL;
    }
    return (Value)r;
}

static int random_init(Value self, const Value *args, size_t nargs, Object *kw)
{
    return 0; /* __new__ seeded it (subclasses reseed in their __init__) */
}

static void random_dealloc(Object *o) { obj_free(o); }

static Value r_random(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (!check_self(self, "random") || args_no_kw("random", kw) < 0 ||
        args_count("random", nargs, 0, 0) < 0)
        return VAL_NULL;
    RandomObj *r = as_random(self);
    CriticalSection cs;
    cs_begin(&cs, &r->base);
    double x = mt_random(&r->g);
    cs_end(&cs);
    return float_new(x);
}

static Value r_seed(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (!check_self(self, "seed") || args_no_kw("seed", kw) < 0 ||
        args_count("seed", nargs, 0, 1) < 0)
        return VAL_NULL;
    if (seed_with(as_random(self), nargs ? args[0] : VAL_NULL) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value r_getrandbits(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (!check_self(self, "getrandbits") || args_no_kw("getrandbits", kw) < 0 ||
        args_count("getrandbits", nargs, 1, 1) < 0)
        return VAL_NULL;
    int64_t k;
    if (val_is_float(args[0])) {
        err_set(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
        return VAL_NULL;
    }
    if (mod_arg_i64(args[0], &k) < 0)
        return VAL_NULL;
    if (k < 0) {
        err_set(&Exc_ValueError, "number of bits must be non-negative");
        return VAL_NULL;
    }
    if (k > INT_MAX) {
        err_set(&Exc_OverflowError, "Python int too large to convert to C int");
        return VAL_NULL;
    }
    RandomObj *r = as_random(self);
    CriticalSection cs;
    if (k <= 64) {
        cs_begin(&cs, &r->base);
        uint64_t u = mt_getrandbits64(&r->g, (int)k);
        cs_end(&cs);
        return int_from_u64(u);
    }
    mpz_t z;
    mpz_init(z);
    RandError e = RAND_ERROR_INIT;
    cs_begin(&cs, &r->base);
    bool ok = mt_getrandbits(&r->g, k, z, &e);
    cs_end(&cs);
    Value out = ok ? int_from_mpz(z) : err_no_memory();
    rand_error_clear(&e);
    mpz_clear(z);
    return out;
}

/* _randbelow(n): the draws of random.py's _randbelow_with_getrandbits on
 * the object's own generator; random.py uses it unless a subclass
 * overrides random() or getrandbits(). */
static Value r_randbelow(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (!check_self(self, "_randbelow") || args_no_kw("_randbelow", kw) < 0 ||
        args_count("_randbelow", nargs, 1, 1) < 0)
        return VAL_NULL;
    RandomObj *r = as_random(self);
    CriticalSection cs;
    Value n = args[0];
    if (val_is_int(n)) {
        int64_t v = val_as_int(n);
        if (v <= 0)
            return val_from_int(0);
        cs_begin(&cs, &r->base);
        uint64_t x = rand_below_u64(&r->g, (uint64_t)v);
        cs_end(&cs);
        return int_from_u64(x);
    }
    if (!val_is_int_like(n)) {
        err_set(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(val_type(n)));
        return VAL_NULL;
    }
    if (int_sign(n) <= 0)
        return val_from_int(0);
    mpz_t z, out;
    mpz_inits(z, out, NULL);
    int_to_mpz(n, z);
    cs_begin(&cs, &r->base);
    rand_below(&r->g, z, out);
    cs_end(&cs);
    Value res = int_from_mpz(out);
    mpz_clears(z, out, NULL);
    return res;
}

static Value r_getstate(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (!check_self(self, "getstate") || args_count("getstate", nargs, 0, 0) < 0)
        return VAL_NULL;
    uint32_t words[MT_N];
    int index;
    RandomObj *r = as_random(self);
    CriticalSection cs;
    cs_begin(&cs, &r->base);
    mt_getstate(&r->g, words, &index);
    cs_end(&cs);
    Object *t = tuple_new(MT_N + 1);
    if (!t)
        return VAL_NULL;
    for (int i = 0; i < MT_N; i++)
        tuple_items(t)[i] = val_from_int(words[i]);
    tuple_items(t)[MT_N] = val_from_int(index);
    return (Value)t;
}

static Value r_setstate(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (!check_self(self, "setstate") || args_count("setstate", nargs, 1, 1) < 0)
        return VAL_NULL;
    Value state = args[0];
    if (!val_is_tuple(state)) {
        err_set(&Exc_TypeError, "state vector must be a tuple");
        return VAL_NULL;
    }
    if (tuple_size(val_as_obj(state)) != MT_N + 1) {
        err_set(&Exc_ValueError, "state vector is the wrong size");
        return VAL_NULL;
    }
    uint32_t words[MT_N];
    mpz_t z;
    mpz_init(z);
    for (int i = 0; i < MT_N; i++) {
        Value item = tuple_get(val_as_obj(state), i);
        if (!val_is_int_like(item)) {
            mpz_clear(z);
            err_set(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                    type_name(val_type(item)));
            return VAL_NULL;
        }
        int_to_mpz(item, z);
        if (mpz_sgn(z) < 0) {
            mpz_clear(z);
            err_set(&Exc_OverflowError, "can't convert negative int to unsigned");
            return VAL_NULL;
        }
        if (mpz_sizeinbase(z, 2) > 64) {
            mpz_clear(z);
            err_set(&Exc_OverflowError, "Python int too large to convert to C unsigned long");
            return VAL_NULL;
        }
        words[i] = (uint32_t)mpz_get_ui(z);
    }
    mpz_clear(z);
    int64_t index;
    Value iv = tuple_get(val_as_obj(state), MT_N);
    if (!val_is_int_like(iv)) {
        err_set(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(val_type(iv)));
        return VAL_NULL;
    }
    if (int_as_i64(iv, &index) < 0)
        return VAL_NULL;
    RandomObj *r = as_random(self);
    RandError e = RAND_ERROR_INIT;
    CriticalSection cs;
    cs_begin(&cs, &r->base);
    bool ok = mt_setstate(&r->g, words, index, &e);
    cs_end(&cs);
    if (!ok) {
        err_set(&Exc_ValueError, "%s", e.msg ? e.msg : "invalid state");
        rand_error_clear(&e);
        return VAL_NULL;
    }
    return VAL_NONE;
}

static const MethodDef random_methods[] = {
    {"random", r_random, 0, "random() -> x in the interval [0, 1)."},
    {"seed", r_seed, 0, "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier."},
    {"getstate", r_getstate, 0, "getstate() -> tuple containing the current state."},
    {"setstate", r_setstate, 0, "setstate(state) -> None.  Restores generator state."},
    {"getrandbits", r_getrandbits, 0, "getrandbits(k) -> x.  Generates an int with k random bits."},
    {"_randbelow", r_randbelow, 0, NULL},
    {0},
};

Type Random_Type = {
    TYPE_HEADER("_random.Random", random_dealloc),
    .tflags = TF_BASETYPE,
    .basicsize = sizeof(RandomObj),
    .doc = "Random() -> create a random number generator with its own internal state.",
    .methods = random_methods,
    .tp_new = random_tp_new,
    .init = random_init,
};

/* _sha512(data) -> the 64-byte digest (for random.seed of str/bytes). */
static Value m_sha512(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("_sha512", nargs, 1, 1) < 0)
        return VAL_NULL;
    const uint8_t *data;
    ssize_t len;
    if (buffer_get(args[0], &data, &len) < 0)
        return VAL_NULL;
    unsigned char d[64];
    sha512(data, (size_t)len, d);
    return bytes_from_data(d, 64);
}

static const MethodDef random_functions[] = {
    {"_sha512", m_sha512, 0, NULL},
    {0},
};

int _random_module_init(Value m)
{
    if (module_add_type(m, &Random_Type) < 0 || module_add_functions(m, random_functions) < 0)
        return -1;
    return 0;
}
