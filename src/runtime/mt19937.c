/* MT19937 (Matsumoto & Nishimura) with CPython's seeding and output, and the
 * algorithms of random.py over it, draw for draw (docs/random.md). */
#include "mt19937.h"
#include "mathcore.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

/* Python's float arithmetic rounds every operation: no contraction into fma. */
#ifdef __clang__
#pragma STDC FP_CONTRACT OFF
#endif

#define MT_M 397
#define MATRIX_A 0x9908b0dfu
#define UPPER_MASK 0x80000000u
#define LOWER_MASK 0x7fffffffu

/* random.py's constants, as python3.13 computes them. */
#define NV_MAGICCONST 0x1.b72cd3f331398p+0 /* 4 * exp(-0.5) / sqrt(2.0) */
#define LOG4 0x1.62e42fefa39efp+0          /* log(4.0) */
#define SG_MAGICCONST 0x1.40859baee748fp+1 /* 1.0 + log(4.5) */
#define TWOPI 0x1.921fb54442d18p+2         /* 2.0 * pi */

/* ---- errors ------------------------------------------------------------ */

const char *rand_error_name(RandErrorKind kind)
{
    switch (kind) {
    case RAND_OK: return "OK";
    case RAND_VALUE_ERROR: return "ValueError";
    case RAND_TYPE_ERROR: return "TypeError";
    case RAND_INDEX_ERROR: return "IndexError";
    case RAND_OVERFLOW_ERROR: return "OverflowError";
    case RAND_ZERO_DIVISION_ERROR: return "ZeroDivisionError";
    case RAND_MEMORY_ERROR: return "MemoryError";
    }
    return "?";
}

void rand_error_clear(RandError *err)
{
    free(err->msg);
    err->kind = RAND_OK;
    err->msg = NULL;
}

/* A failed message allocation leaves msg NULL: the kind alone still says
 * what to raise. */
static bool fail(RandError *err, RandErrorKind kind, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    free(err->msg);
    err->kind = kind;
    if (vasprintf(&err->msg, fmt, ap) < 0)
        err->msg = NULL;
    va_end(ap);
    return false;
}

static bool fail_math(RandError *err, const MathcError *m)
{
    RandErrorKind k = RAND_VALUE_ERROR;
    switch (m->kind) {
    case MATHC_OVERFLOW_ERROR: k = RAND_OVERFLOW_ERROR; break;
    case MATHC_ZERO_DIVISION_ERROR: k = RAND_ZERO_DIVISION_ERROR; break;
    case MATHC_MEMORY_ERROR: k = RAND_MEMORY_ERROR; break;
    default: break;
    }
    return fail(err, k, "%s", m->msg ? m->msg : "");
}

/* ---- the generator ------------------------------------------------------ */

void mt_init_genrand(Mt19937 *g, uint32_t s)
{
    g->mt[0] = s;
    for (uint32_t i = 1; i < MT_N; i++)
        g->mt[i] = 1812433253u * (g->mt[i - 1] ^ (g->mt[i - 1] >> 30)) + i;
    g->index = MT_N;
}

void mt_init_by_array(Mt19937 *g, const uint32_t *key, size_t len)
{
    static const uint32_t zero = 0;
    if (len == 0) {
        key = &zero;
        len = 1;
    }
    uint32_t *mt = g->mt;
    mt_init_genrand(g, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = len > MT_N ? len : MT_N; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) +
                key[j] + (uint32_t)j;
        if (++i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (++j >= len)
            j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) -
                (uint32_t)i;
        if (++i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u; /* the state is never all zeros */
    g->index = MT_N;
}

static inline uint32_t twist(uint32_t a, uint32_t b, uint32_t m)
{
    uint32_t y = (a & UPPER_MASK) | (b & LOWER_MASK);
    return m ^ (y >> 1) ^ ((y & 1u) ? MATRIX_A : 0u);
}

uint32_t mt_genrand(Mt19937 *g)
{
    uint32_t *mt = g->mt;
    if (g->index >= MT_N) {
        int k = 0;
        for (; k < MT_N - MT_M; k++)
            mt[k] = twist(mt[k], mt[k + 1], mt[k + MT_M]);
        for (; k < MT_N - 1; k++)
            mt[k] = twist(mt[k], mt[k + 1], mt[k + MT_M - MT_N]);
        mt[MT_N - 1] = twist(mt[MT_N - 1], mt[0], mt[MT_M - 1]);
        g->index = 0;
    }
    uint32_t y = mt[g->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

void mt_seed_int(Mt19937 *g, mpz_srcptr n)
{
    size_t words = mpz_sizeinbase(n, 2) / 32 + 1;
    uint32_t small[8];
    uint32_t *key = words <= 8 ? small : malloc(words * sizeof *key);
    if (!key) { /* no memory for the key: seed with its low word alone */
        uint32_t low = (uint32_t)mpz_getlimbn(n, 0);
        mt_init_by_array(g, &low, 1);
        return;
    }
    size_t count = 0;
    /* order -1: least significant word first; sign ignored: |n|. */
    mpz_export(key, &count, -1, sizeof *key, 0, 0, n);
    mt_init_by_array(g, key, count); /* count 0 (n == 0) acts as [0] */
    if (key != small)
        free(key);
}

void mt_seed_os(Mt19937 *g)
{
    uint32_t key[MT_N];
    unsigned char *p = (unsigned char *)key;
    size_t got = 0;
    while (got < sizeof key) {
        ssize_t r = getrandom(p + got, sizeof key - got, 0);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        got += (size_t)r;
    }
    if (got == sizeof key) {
        mt_init_by_array(g, key, MT_N);
        return;
    }
    /* No OS randomness: wall clock, pid and monotonic clock, as CPython's
     * random_seed_time_pid (distinct per process and per call). */
    struct timespec ts, mono;
    clock_gettime(CLOCK_REALTIME, &ts);
    clock_gettime(CLOCK_MONOTONIC, &mono);
    uint64_t now = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
    uint64_t m = (uint64_t)mono.tv_sec * 1000000000u + (uint64_t)mono.tv_nsec;
    uint32_t k5[5] = {(uint32_t)now, (uint32_t)(now >> 32),
                      (uint32_t)getpid(), (uint32_t)m, (uint32_t)(m >> 32)};
    mt_init_by_array(g, k5, 5);
}

double mt_random(Mt19937 *g)
{
    uint32_t a = mt_genrand(g) >> 5, b = mt_genrand(g) >> 6;
    return ((double)a * 67108864.0 + (double)b) * (1.0 / 9007199254740992.0);
}

uint64_t mt_getrandbits64(Mt19937 *g, int k)
{
    if (k <= 0)
        return 0;
    if (k <= 32)
        return mt_genrand(g) >> (32 - k);
    uint64_t lo = mt_genrand(g);
    uint64_t hi = mt_genrand(g) >> (64 - k);
    return hi << 32 | lo;
}

bool mt_getrandbits(Mt19937 *g, int64_t k, mpz_ptr out, RandError *err)
{
    if (k < 0)
        return fail(err, RAND_VALUE_ERROR, "number of bits must be non-negative");
    if (k <= 64) {
        uint64_t v = mt_getrandbits64(g, (int)k);
        mpz_import(out, 1, -1, sizeof v, 0, 0, &v);
        return true;
    }
    uint64_t words = (uint64_t)(k - 1) / 32 + 1;
    if (words > SIZE_MAX / sizeof(uint32_t))
        return fail(err, RAND_MEMORY_ERROR, "%s", "");
    uint32_t *w = malloc((size_t)words * sizeof *w);
    if (!w)
        return fail(err, RAND_MEMORY_ERROR, "%s", "");
    /* Least significant word first; the most significant keeps the top
     * bits of its draw, as CPython's loop does. */
    for (uint64_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = mt_genrand(g);
        if (k < 32)
            r >>= 32 - k;
        w[i] = r;
    }
    mpz_import(out, (size_t)words, -1, sizeof *w, 0, 0, w);
    free(w);
    return true;
}

void mt_getstate(const Mt19937 *g, uint32_t words[MT_N], int *index)
{
    memcpy(words, g->mt, sizeof g->mt);
    *index = g->index;
}

bool mt_setstate(Mt19937 *g, const uint32_t words[MT_N], int64_t index,
                 RandError *err)
{
    if (index < 0 || index > MT_N)
        return fail(err, RAND_VALUE_ERROR, "invalid state");
    memcpy(g->mt, words, sizeof g->mt);
    g->index = (int)index;
    return true;
}

/* ---- integers ----------------------------------------------------------- */

void rand_below(Mt19937 *g, mpz_srcptr n, mpz_ptr out)
{
    if (mpz_sgn(n) <= 0) { /* not defined; CPython would draw getrandbits(0) */
        mpz_set_ui(out, 0);
        return;
    }
    if (mpz_sizeinbase(n, 2) <= 64) {
        uint64_t v = 0;
        mpz_export(&v, NULL, -1, sizeof v, 0, 0, n);
        v = rand_below_u64(g, v);
        mpz_import(out, 1, -1, sizeof v, 0, 0, &v);
        return;
    }
    int64_t k = (int64_t)mpz_sizeinbase(n, 2);
    RandError err = RAND_ERROR_INIT;
    do {
        if (!mt_getrandbits(g, k, out, &err)) { /* only MemoryError: give up */
            rand_error_clear(&err);
            mpz_set_ui(out, 0);
            return;
        }
    } while (mpz_cmp(out, n) >= 0);
}

uint64_t rand_below_u64(Mt19937 *g, uint64_t n)
{
    if (n == 0)
        return 0;
    int k = 64 - __builtin_clzll(n);
    uint64_t r = mt_getrandbits64(g, k);
    while (r >= n)
        r = mt_getrandbits64(g, k);
    return r;
}

static bool empty_range(RandError *err, mpz_srcptr a, mpz_srcptr b,
                        mpz_srcptr c)
{
    char *sa = mpz_get_str(NULL, 10, a), *sb = mpz_get_str(NULL, 10, b);
    char *sc = c ? mpz_get_str(NULL, 10, c) : NULL;
    if (c)
        fail(err, RAND_VALUE_ERROR, "empty range in randrange(%s, %s, %s)",
             sa, sb, sc);
    else
        fail(err, RAND_VALUE_ERROR, "empty range in randrange(%s, %s)", sa, sb);
    free(sa);
    free(sb);
    free(sc);
    return false;
}

bool rand_randrange(Mt19937 *g, mpz_srcptr start, mpz_srcptr stop,
                    mpz_srcptr step, mpz_ptr out, RandError *err)
{
    if (!stop) {
        if (step)
            return fail(err, RAND_TYPE_ERROR, "Missing a non-None stop argument");
        if (mpz_sgn(start) > 0) {
            rand_below(g, start, out);
            return true;
        }
        return fail(err, RAND_VALUE_ERROR, "empty range for randrange()");
    }
    mpz_t width, n;
    mpz_init(width);
    mpz_sub(width, stop, start);
    bool ok = true;
    if (!step || mpz_cmp_ui(step, 1) == 0) {
        if (mpz_sgn(width) > 0) {
            mpz_init(n);
            rand_below(g, width, n);
            mpz_add(out, start, n);
            mpz_clear(n);
        } else {
            ok = empty_range(err, start, stop, NULL); /* (start, stop) even for step 1 */
        }
        mpz_clear(width);
        return ok;
    }
    if (mpz_sgn(step) == 0) {
        mpz_clear(width);
        return fail(err, RAND_VALUE_ERROR, "zero step for randrange()");
    }
    /* n = (width + step -/+ 1) // step: the count, rounded away from zero. */
    mpz_init(n);
    mpz_add(n, width, step);
    if (mpz_sgn(step) > 0)
        mpz_sub_ui(n, n, 1);
    else
        mpz_add_ui(n, n, 1);
    mpz_fdiv_q(n, n, step);
    if (mpz_sgn(n) <= 0) {
        ok = empty_range(err, start, stop, step);
    } else {
        rand_below(g, n, width);
        mpz_mul(width, width, step);
        mpz_add(out, start, width);
    }
    mpz_clear(n);
    mpz_clear(width);
    return ok;
}

bool rand_randint(Mt19937 *g, mpz_srcptr a, mpz_srcptr b, mpz_ptr out,
                  RandError *err)
{
    mpz_t b1;
    mpz_init(b1);
    mpz_add_ui(b1, b, 1);
    bool ok = rand_randrange(g, a, b1, NULL, out, err);
    mpz_clear(b1);
    return ok;
}

bool rand_choice(Mt19937 *g, uint64_t n, uint64_t *out, RandError *err)
{
    if (n == 0)
        return fail(err, RAND_INDEX_ERROR, "Cannot choose from an empty sequence");
    *out = rand_below_u64(g, n);
    return true;
}

void rand_shuffle(Mt19937 *g, size_t n,
                  void (*swap)(size_t i, size_t j, void *ctx), void *ctx)
{
    for (size_t i = n ? n - 1 : 0; i >= 1; i--)
        swap(i, (size_t)rand_below_u64(g, (uint64_t)i + 1), ctx);
}

void rand_shuffle_indices(Mt19937 *g, size_t *perm, size_t n)
{
    for (size_t i = n ? n - 1 : 0; i >= 1; i--) {
        size_t j = (size_t)rand_below_u64(g, (uint64_t)i + 1);
        size_t t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
    }
}

void rand_mpz_array_free(mpz_t *v, size_t n)
{
    if (!v)
        return;
    for (size_t i = 0; i < n; i++)
        mpz_clear(v[i]);
    free(v);
}

/* The set of chosen indices for sample's rejection strategy: open
 * addressing over positions in the result array (the indices themselves
 * may exceed 64 bits, so the table holds positions, keyed by low limbs). */
static uint64_t hash_index(mpz_srcptr z)
{
    uint64_t h = (uint64_t)mpz_getlimbn(z, 0) ^ (uint64_t)mpz_size(z) << 56;
    h *= 0x9e3779b97f4a7c15u;
    return h ^ h >> 29;
}

static bool set_has(const size_t *tab, size_t mask, mpz_t *v, mpz_srcptr z)
{
    for (size_t h = (size_t)hash_index(z) & mask; tab[h]; h = (h + 1) & mask)
        if (mpz_cmp(v[tab[h] - 1], z) == 0)
            return true;
    return false;
}

static void set_add(size_t *tab, size_t mask, size_t pos, mpz_srcptr z)
{
    size_t h = (size_t)hash_index(z) & mask;
    while (tab[h])
        h = (h + 1) & mask;
    tab[h] = pos + 1;
}

bool rand_sample(Mt19937 *g, mpz_srcptr n, mpz_srcptr k, mpz_t **out,
                 RandError *err)
{
    *out = NULL;
    if (mpz_sgn(k) < 0 || mpz_cmp(k, n) > 0)
        return fail(err, RAND_VALUE_ERROR,
                    "Sample larger than population or is negative");
    if (!mpz_fits_slong_p(k))
        return fail(err, RAND_OVERFLOW_ERROR,
                    "cannot fit 'int' into an index-sized integer");
    size_t kk = (size_t)mpz_get_si(k);
    if (kk > SIZE_MAX / sizeof(mpz_t) - 1)
        return fail(err, RAND_MEMORY_ERROR, "%s", "");
    mpz_t *v = malloc((kk + 1) * sizeof *v);
    if (!v)
        return fail(err, RAND_MEMORY_ERROR, "%s", "");
    /* setsize = 21 + (k > 5 ? 4 ** ceil(log(3k, 4)) : 0): the point where
     * random.py judges a set cheaper than copying the population. math.log
     * with a base is log(x) / log(base), both through libm. */
    mpz_t setsize;
    mpz_init_set_ui(setsize, 21);
    if (kk > 5) {
        double e = ceil(log((double)((uint64_t)kk * 3)) / log(4.0));
        mpz_t p;
        mpz_init(p);
        mpz_ui_pow_ui(p, 4, (unsigned long)e);
        mpz_add(setsize, setsize, p);
        mpz_clear(p);
    }
    bool use_pool = mpz_cmp(n, setsize) <= 0;
    mpz_clear(setsize);
    for (size_t i = 0; i < kk; i++)
        mpz_init(v[i]);
    if (use_pool) {
        /* pool[j] = pool[n - i - 1] after each pick: the pool holds indices. */
        size_t nn = (size_t)mpz_get_ui(n);
        size_t *pool = malloc((nn + 1) * sizeof *pool);
        if (!pool) {
            rand_mpz_array_free(v, kk);
            return fail(err, RAND_MEMORY_ERROR, "%s", "");
        }
        for (size_t i = 0; i < nn; i++)
            pool[i] = i;
        for (size_t i = 0; i < kk; i++) {
            size_t j = (size_t)rand_below_u64(g, nn - i);
            mpz_set_ui(v[i], pool[j]);
            pool[j] = pool[nn - i - 1];
        }
        free(pool);
    } else {
        size_t cap = 16;
        while (cap < 2 * kk + 2)
            cap *= 2;
        size_t *tab = calloc(cap, sizeof *tab);
        if (!tab) {
            rand_mpz_array_free(v, kk);
            return fail(err, RAND_MEMORY_ERROR, "%s", "");
        }
        for (size_t i = 0; i < kk; i++) {
            do
                rand_below(g, n, v[i]);
            while (set_has(tab, cap - 1, v, v[i]));
            set_add(tab, cap - 1, i, v[i]);
        }
        free(tab);
    }
    *out = v;
    return true;
}

uint64_t rand_choices_index(Mt19937 *g, uint64_t n)
{
    return (uint64_t)floor(mt_random(g) * (double)n);
}

bool rand_choices_check(const double *cum, size_t n, RandError *err)
{
    if (n == 0)
        return fail(err, RAND_INDEX_ERROR, "list index out of range");
    double total = cum[n - 1] + 0.0;
    if (total <= 0.0)
        return fail(err, RAND_VALUE_ERROR,
                    "Total of weights must be greater than zero");
    if (!isfinite(total))
        return fail(err, RAND_VALUE_ERROR, "Total of weights must be finite");
    return true;
}

size_t rand_choices_cum(Mt19937 *g, const double *cum, size_t n)
{
    if (n == 0) /* rand_choices_check refuses it first */
        return 0;
    double x = mt_random(g) * (cum[n - 1] + 0.0);
    size_t lo = 0, hi = n - 1; /* bisect_right(cum, x, 0, n - 1) */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (x < cum[mid])
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

/* ---- distributions ------------------------------------------------------ */

/* math.log and friends and float ** / %, with their exceptions. */
static bool m1(MathcF1 f, double x, double *out, RandError *err)
{
    MathcError me = MATHC_ERROR_INIT;
    return mathc_f1(f, x, out, &me) || fail_math(err, &me);
}

static bool fl_pow(double x, double y, double *out, RandError *err)
{
    MathcError me = MATHC_ERROR_INIT;
    bool complex = false;
    if (!mathc_float_pow(x, y, out, &complex, &me))
        return fail_math(err, &me);
    if (complex) /* not reachable: every base here is >= 0 */
        return fail(err, RAND_VALUE_ERROR, "complex result");
    return true;
}

static bool fl_div(double x, double y, double *out, RandError *err)
{
    MathcError me = MATHC_ERROR_INIT;
    return mathc_float_truediv(x, y, out, &me) || fail_math(err, &me);
}

double rand_uniform(Mt19937 *g, double a, double b)
{
    return a + (b - a) * mt_random(g);
}

double rand_triangular(Mt19937 *g, double low, double high,
                       const double *mode)
{
    double u = mt_random(g);
    double c = 0.5;
    if (mode) {
        if (high - low == 0.0) /* ZeroDivisionError, caught by random.py */
            return low;
        c = (*mode - low) / (high - low);
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        double t = low;
        low = high;
        high = t;
    }
    return low + (high - low) * sqrt(u * c);
}

bool rand_normalvariate(Mt19937 *g, double mu, double sigma, double *out,
                        RandError *err)
{
    double z;
    for (;;) { /* Kinderman and Monahan */
        double u1 = mt_random(g);
        double u2 = 1.0 - mt_random(g);
        z = NV_MAGICCONST * (u1 - 0.5) / u2;
        double zz = z * z / 4.0, l;
        if (!m1(MATHC_LOG, u2, &l, err))
            return false;
        if (zz <= -l)
            break;
    }
    *out = mu + z * sigma;
    return true;
}

double rand_gauss(Mt19937 *g, RandGauss *cache, double mu, double sigma)
{
    double z = cache->next;
    bool had = cache->has_next;
    cache->has_next = false;
    if (!had) {
        /* log(1.0 - random()) and the trig functions cannot fail here:
         * their arguments are finite and the log's is in (0, 1]. */
        double x2pi = mt_random(g) * TWOPI;
        double g2rad = sqrt(-2.0 * log(1.0 - mt_random(g)));
        z = cos(x2pi) * g2rad;
        cache->next = sin(x2pi) * g2rad;
        cache->has_next = true;
    }
    return mu + z * sigma;
}

bool rand_lognormvariate(Mt19937 *g, double mu, double sigma, double *out,
                         RandError *err)
{
    double x;
    return rand_normalvariate(g, mu, sigma, &x, err) &&
           m1(MATHC_EXP, x, out, err);
}

bool rand_expovariate(Mt19937 *g, double lambd, double *out, RandError *err)
{
    double l;
    if (!m1(MATHC_LOG, 1.0 - mt_random(g), &l, err))
        return false;
    return fl_div(-l, lambd, out, err);
}

bool rand_vonmisesvariate(Mt19937 *g, double mu, double kappa, double *out,
                          RandError *err)
{
    if (kappa <= 1e-6) {
        *out = TWOPI * mt_random(g);
        return true;
    }
    double s = 0.5 / kappa;
    double r = s + sqrt(1.0 + s * s);
    double z;
    for (;;) {
        double u1 = mt_random(g);
        if (!m1(MATHC_COS, MATHC_PI * u1, &z, err))
            return false;
        double d = z / (r + z);
        double u2 = mt_random(g);
        if (u2 < 1.0 - d * d)
            break;
        double e;
        if (!m1(MATHC_EXP, d, &e, err))
            return false;
        if (u2 <= (1.0 - d) * e)
            break;
    }
    double q = 1.0 / r;
    double f = (q + z) / (1.0 + q * z);
    double u3 = mt_random(g);
    double a;
    if (!m1(MATHC_ACOS, f, &a, err))
        return false;
    MathcError me = MATHC_ERROR_INIT;
    if (!mathc_float_mod(u3 > 0.5 ? mu + a : mu - a, TWOPI, out, &me))
        return fail_math(err, &me);
    return true;
}

bool rand_gammavariate(Mt19937 *g, double alpha, double beta, double *out,
                       RandError *err)
{
    if (alpha <= 0.0 || beta <= 0.0)
        return fail(err, RAND_VALUE_ERROR,
                    "gammavariate: alpha and beta must be > 0.0");
    if (alpha > 1.0) {
        /* Cheng's GB algorithm (R.C.H. Cheng, 1977) */
        double ainv = sqrt(2.0 * alpha - 1.0);
        double bbb = alpha - LOG4;
        double ccc = alpha + ainv;
        for (;;) {
            double u1 = mt_random(g);
            if (!(1e-7 < u1 && u1 < 0.9999999))
                continue;
            double u2 = 1.0 - mt_random(g);
            double l, e, lz;
            if (!m1(MATHC_LOG, u1 / (1.0 - u1), &l, err))
                return false;
            double v = l / ainv;
            if (!m1(MATHC_EXP, v, &e, err))
                return false;
            double x = alpha * e;
            double z = u1 * u1 * u2;
            double r = bbb + ccc * v - x;
            if (r + SG_MAGICCONST - 4.5 * z >= 0.0) {
                *out = x * beta;
                return true;
            }
            if (!m1(MATHC_LOG, z, &lz, err))
                return false;
            if (r >= lz) {
                *out = x * beta;
                return true;
            }
        }
    }
    if (alpha == 1.0) {
        double l;
        if (!m1(MATHC_LOG, 1.0 - mt_random(g), &l, err))
            return false;
        *out = -l * beta;
        return true;
    }
    /* alpha < 1: Ahrens and Dieter's GS algorithm */
    double x;
    for (;;) {
        double u = mt_random(g);
        double b = (MATHC_E + alpha) / MATHC_E;
        double p = b * u;
        if (p <= 1.0) {
            if (!fl_pow(p, 1.0 / alpha, &x, err))
                return false;
        } else {
            double l;
            if (!m1(MATHC_LOG, (b - p) / alpha, &l, err))
                return false;
            x = -l;
        }
        double u1 = mt_random(g);
        double t;
        if (p > 1.0) {
            if (!fl_pow(x, alpha - 1.0, &t, err))
                return false;
        } else if (!m1(MATHC_EXP, -x, &t, err)) {
            return false;
        }
        if (u1 <= t)
            break;
    }
    *out = x * beta;
    return true;
}

bool rand_betavariate(Mt19937 *g, double alpha, double beta, double *out,
                      RandError *err)
{
    double y, y2;
    if (!rand_gammavariate(g, alpha, 1.0, &y, err))
        return false;
    if (y == 0.0) {
        *out = 0.0;
        return true;
    }
    if (!rand_gammavariate(g, beta, 1.0, &y2, err))
        return false;
    *out = y / (y + y2);
    return true;
}

bool rand_paretovariate(Mt19937 *g, double alpha, double *out, RandError *err)
{
    double u = 1.0 - mt_random(g), e;
    return fl_div(-1.0, alpha, &e, err) && fl_pow(u, e, out, err);
}

bool rand_weibullvariate(Mt19937 *g, double alpha, double beta, double *out,
                         RandError *err)
{
    double u = 1.0 - mt_random(g), l, e, p;
    if (!m1(MATHC_LOG, u, &l, err) || !fl_div(1.0, beta, &e, err) ||
        !fl_pow(-l, e, &p, err))
        return false;
    *out = alpha * p;
    return true;
}

/* floor(x) of a float as Python does before comparing it with ints:
 * inf and nan are errors. */
static bool floor_checked(double x, double *out, RandError *err)
{
    if (isnan(x))
        return fail(err, RAND_VALUE_ERROR, "cannot convert float NaN to integer");
    if (isinf(x))
        return fail(err, RAND_OVERFLOW_ERROR,
                    "cannot convert float infinity to integer");
    *out = floor(x);
    return true;
}

/* Exact comparisons of an integral double with an int64 (Python compares
 * int and float exactly). */
static bool dgt(double d, int64_t n)
{
    if (d >= 0x1p63)
        return true;
    if (d < -0x1p63)
        return false;
    return (int64_t)d > n;
}

bool rand_binomialvariate(Mt19937 *g, int64_t n, double p, int64_t *out,
                          RandError *err)
{
    if (n < 0)
        return fail(err, RAND_VALUE_ERROR, "n must be non-negative");
    if (p <= 0.0 || p >= 1.0) {
        if (p == 0.0) {
            *out = 0;
            return true;
        }
        if (p == 1.0) {
            *out = n;
            return true;
        }
        return fail(err, RAND_VALUE_ERROR,
                    "p must be in the range 0.0 <= p <= 1.0");
    }
    if (n == 1) {
        *out = mt_random(g) < p;
        return true;
    }
    if (p > 0.5) {
        int64_t k;
        if (!rand_binomialvariate(g, n, 1.0 - p, &k, err))
            return false;
        *out = n - k;
        return true;
    }
    double dn = (double)n;
    if (dn * p < 10.0) {
        /* Geometric skips: y counts trials, x successes (y <= n). */
        int64_t x = 0, y = 0;
        double c, l, t = 0.0;
        if (!m1(MATHC_LOG2, 1.0 - p, &c, err))
            return false;
        if (c == 0.0) {
            *out = x;
            return true;
        }
        for (;;) {
            if (!m1(MATHC_LOG2, mt_random(g), &l, err) ||
                !floor_checked(l / c, &t, err))
                return false;
            /* y += t + 1; if y > n: return x */
            if (dgt(t, n - y - 1)) {
                *out = x;
                return true;
            }
            y += (int64_t)t + 1;
            x++;
        }
    }
    /* BTRS (Hörmann 1993), with the setup done on the first slow check. */
    bool setup = false;
    double spq = sqrt(dn * p * (1.0 - p));
    double b = 1.15 + 2.53 * spq;
    double a = -0.0873 + 0.0248 * b + 0.01 * p;
    double c = dn * p + 0.5;
    double vr = 0.92 - 4.2 / b;
    double alpha = 0, lpq = 0, h = 0, dm = 0;
    for (;;) {
        double u = mt_random(g);
        u -= 0.5;
        double us = 0.5 - fabs(u), q, kd = 0.0;
        if (!fl_div(2.0 * a, us, &q, err) || !floor_checked((q + b) * u + c, &kd, err))
            return false;
        if (kd < 0 || dgt(kd, n))
            continue;
        int64_t k = (int64_t)kd;
        double v = mt_random(g);
        if (us >= 0.07 && v <= vr) {
            *out = k;
            return true;
        }
        if (!setup) {
            double l1, l2, lp;
            alpha = (2.83 + 5.1 / b) * spq;
            if (!m1(MATHC_LOG, p / (1.0 - p), &lp, err))
                return false;
            lpq = lp;
            /* m = floor((n + 1) * p): n + 1 is an int, made a float. */
            double np1 = n == INT64_MAX ? 0x1p63 : (double)(n + 1);
            dm = floor(np1 * p);
            int64_t m = (int64_t)dm;
            if (!m1(MATHC_LGAMMA, (double)(m + 1), &l1, err) ||
                !m1(MATHC_LGAMMA, (double)(n - m + 1), &l2, err))
                return false;
            h = l1 + l2;
            setup = true;
        }
        v *= alpha / (a / (us * us) + b);
        double lv, g1, g2;
        if (!m1(MATHC_LOG, v, &lv, err) ||
            !m1(MATHC_LGAMMA, (double)(k + 1), &g1, err) ||
            !m1(MATHC_LGAMMA, (double)(n - k + 1), &g2, err))
            return false;
        if (lv <= h - g1 - g2 + (double)(k - (int64_t)dm) * lpq) {
            *out = k;
            return true;
        }
    }
}
