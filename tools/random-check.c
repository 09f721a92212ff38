/* random-check: runs the random core on test lines from stdin ("OP SEED
 * args...", each case on a fresh Random(SEED)) and prints one answer line. */
#include "mt19937.h"
#include "numfmt.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Line formats (counts are how many calls; "-" is None):
 *   random S count              getrandbits S k count      randbelow S n count
 *   randrange S count start [stop|- [step]]                randint S count a b
 *   choice S n count            shuffle S n                sample S n k
 *   choices S n k               choices-weights S w,w,.. k choices-cum S c,c,.. k
 *   uniform S a b count         triangular S low high mode|- count
 *   gauss|normalvariate|lognormvariate|gammavariate|betavariate|
 *   weibullvariate|vonmisesvariate S x y count
 *   expovariate|paretovariate S x count      binomialvariate S n p count
 *   gauss-mix S count           (gauss() and random() in turn: the cache)
 *   getstate S draws            (index, a checksum and four words after draws)
 *   setstate S draws index count (setstate of that state with the index, then random())
 *   seed-os S                   ("differ" if two seed(None) give different streams)
 * Answers: space-separated values (floats as float.hex(), NaN as "nan"),
 * and on an exception "error Kind: message" after the values so far. */

#define MAXARGS 64

static char *args[MAXARGS];
static int nargs;
static bool first;

static void sep(void)
{
    if (!first)
        putchar(' ');
    first = false;
}

static void put_float(double x)
{
    sep();
    if (isnan(x)) {
        fputs("nan", stdout);
        return;
    }
    char *s = numfmt_float_hex(x);
    fputs(s, stdout);
    free(s);
}

static void put_mpz(mpz_srcptr z)
{
    sep();
    char *s = mpz_get_str(NULL, 10, z);
    fputs(s, stdout);
    free(s);
}

static void put_u64(uint64_t v)
{
    sep();
    printf("%llu", (unsigned long long)v);
}

static void put_error(RandError *err)
{
    sep();
    printf("error %s: %s", rand_error_name(err->kind), err->msg ? err->msg : "");
    rand_error_clear(err);
}

static const char *arg(int i)
{
    if (i >= nargs) {
        fprintf(stderr, "random-check: missing argument %d\n", i);
        exit(2);
    }
    return args[i];
}

static long num(int i) { return strtol(arg(i), NULL, 10); }
static double fl(int i) { return strtod(arg(i), NULL); }

/* "1,2.5,3" accumulated as itertools.accumulate would (floats). */
static double *list(const char *s, size_t *n, bool accumulate)
{
    size_t cap = 8;
    double *v = malloc(cap * sizeof *v);
    *n = 0;
    if (!*s)
        return v;
    for (;;) {
        char *end;
        double x = strtod(s, &end);
        if (*n == cap)
            v = realloc(v, (cap *= 2) * sizeof *v);
        v[*n] = accumulate && *n ? v[*n - 1] + x : x;
        (*n)++;
        if (*end != ',')
            break;
        s = end + 1;
    }
    return v;
}

typedef bool (*Dist2)(Mt19937 *, double, double, double *, RandError *);
typedef bool (*Dist1)(Mt19937 *, double, double *, RandError *);

static const struct {
    const char *name;
    Dist2 f2;
    Dist1 f1;
} dists[] = {
    {"normalvariate", rand_normalvariate, NULL},
    {"lognormvariate", rand_lognormvariate, NULL},
    {"gammavariate", rand_gammavariate, NULL},
    {"betavariate", rand_betavariate, NULL},
    {"weibullvariate", rand_weibullvariate, NULL},
    {"vonmisesvariate", rand_vonmisesvariate, NULL},
    {"expovariate", NULL, rand_expovariate},
    {"paretovariate", NULL, rand_paretovariate},
};

static void run_case(void)
{
    const char *op = arg(0);
    Mt19937 g;
    RandError err = RAND_ERROR_INIT;
    mpz_t seed, a, b, c, out;
    mpz_inits(seed, a, b, c, out, NULL);
    mpz_set_str(seed, arg(1), 10);
    mt_seed_int(&g, seed);
    first = true;

    if (strcmp(op, "random") == 0) {
        for (long i = num(2); i > 0; i--)
            put_float(mt_random(&g));
    } else if (strcmp(op, "getrandbits") == 0) {
        for (long i = num(3); i > 0; i--) {
            if (!mt_getrandbits(&g, num(2), out, &err)) {
                put_error(&err);
                break;
            }
            put_mpz(out);
        }
    } else if (strcmp(op, "randbelow") == 0) {
        mpz_set_str(a, arg(2), 10);
        for (long i = num(3); i > 0; i--) {
            rand_below(&g, a, out);
            put_mpz(out);
        }
    } else if (strcmp(op, "randrange") == 0 || strcmp(op, "randint") == 0) {
        bool ri = op[4] == 'i';
        mpz_set_str(a, arg(3), 10);
        bool has_stop = nargs > 4 && strcmp(args[4], "-") != 0;
        bool has_step = nargs > 5;
        if (has_stop)
            mpz_set_str(b, args[4], 10);
        if (has_step)
            mpz_set_str(c, args[5], 10);
        for (long i = num(2); i > 0; i--) {
            bool ok = ri ? rand_randint(&g, a, b, out, &err)
                         : rand_randrange(&g, a, has_stop ? b : NULL,
                                          has_step ? c : NULL, out, &err);
            if (!ok) {
                put_error(&err);
                break;
            }
            put_mpz(out);
        }
    } else if (strcmp(op, "choice") == 0) {
        for (long i = num(3); i > 0; i--) {
            uint64_t j;
            if (!rand_choice(&g, (uint64_t)num(2), &j, &err)) {
                put_error(&err);
                break;
            }
            put_u64(j);
        }
    } else if (strcmp(op, "shuffle") == 0) {
        size_t n = (size_t)num(2);
        size_t *perm = malloc((n + 1) * sizeof *perm);
        for (size_t i = 0; i < n; i++)
            perm[i] = i;
        rand_shuffle_indices(&g, perm, n);
        for (size_t i = 0; i < n; i++)
            put_u64(perm[i]);
        free(perm);
    } else if (strcmp(op, "sample") == 0) {
        mpz_set_str(a, arg(2), 10);
        mpz_set_str(b, arg(3), 10);
        mpz_t *v;
        if (rand_sample(&g, a, b, &v, &err)) {
            size_t k = mpz_get_ui(b);
            for (size_t i = 0; i < k; i++)
                put_mpz(v[i]);
            rand_mpz_array_free(v, k);
        } else {
            put_error(&err);
        }
    } else if (strcmp(op, "choices") == 0) {
        for (long i = num(3); i > 0; i--)
            put_u64(rand_choices_index(&g, (uint64_t)num(2)));
    } else if (strcmp(op, "choices-weights") == 0 ||
               strcmp(op, "choices-cum") == 0) {
        size_t n;
        double *cum = list(arg(2), &n, op[8] == 'w');
        if (!rand_choices_check(cum, n, &err))
            put_error(&err);
        else
            for (long i = num(3); i > 0; i--)
                put_u64(rand_choices_cum(&g, cum, n));
        free(cum);
    } else if (strcmp(op, "uniform") == 0) {
        for (long i = num(4); i > 0; i--)
            put_float(rand_uniform(&g, fl(2), fl(3)));
    } else if (strcmp(op, "triangular") == 0) {
        double mode = strcmp(arg(4), "-") ? fl(4) : 0.0;
        for (long i = num(5); i > 0; i--)
            put_float(rand_triangular(&g, fl(2), fl(3),
                                      strcmp(arg(4), "-") ? &mode : NULL));
    } else if (strcmp(op, "gauss") == 0) {
        RandGauss cache = {false, 0.0};
        for (long i = num(4); i > 0; i--)
            put_float(rand_gauss(&g, &cache, fl(2), fl(3)));
    } else if (strcmp(op, "gauss-mix") == 0) {
        RandGauss cache = {false, 0.0};
        for (long i = num(2); i > 0; i--) {
            put_float(rand_gauss(&g, &cache, 0.0, 1.0));
            put_float(mt_random(&g));
        }
    } else if (strcmp(op, "binomialvariate") == 0) {
        for (long i = num(4); i > 0; i--) {
            int64_t k;
            if (!rand_binomialvariate(&g, strtoll(arg(2), NULL, 10), fl(3), &k,
                                      &err)) {
                put_error(&err);
                break;
            }
            sep();
            printf("%lld", (long long)k);
        }
    } else if (strcmp(op, "seed-os") == 0) {
        Mt19937 h;
        mt_seed_os(&g);
        mt_seed_os(&h);
        bool same = true;
        for (int i = 0; i < 4; i++)
            same &= mt_genrand(&g) == mt_genrand(&h);
        fputs(same ? "same" : "differ", stdout);
        first = false;
    } else if (strcmp(op, "getstate") == 0 || strcmp(op, "setstate") == 0) {
        for (long i = num(2); i > 0; i--)
            mt_random(&g);
        uint32_t w[MT_N];
        int index;
        mt_getstate(&g, w, &index);
        if (op[0] == 'g') {
            uint64_t sum = 0;
            for (int i = 0; i < MT_N; i++)
                sum += (uint64_t)(i + 1) * w[i];
            printf("%d %llu %u %u %u %u", index, (unsigned long long)sum,
                   w[0], w[1], w[2], w[MT_N - 1]);
            first = false;
        } else {
            Mt19937 h;
            mt_init_genrand(&h, 5489);
            if (!mt_setstate(&h, w, strtoll(arg(3), NULL, 10), &err))
                put_error(&err);
            else
                for (long i = num(4); i > 0; i--)
                    put_float(mt_random(&h));
        }
    } else {
        size_t i = 0, nd = sizeof dists / sizeof dists[0];
        while (i < nd && strcmp(op, dists[i].name) != 0)
            i++;
        if (i == nd) {
            fprintf(stderr, "random-check: unknown op %s\n", op);
            exit(2);
        }
        bool two = dists[i].f2 != NULL;
        for (long n = num(two ? 4 : 3); n > 0; n--) {
            double x;
            bool ok = two ? dists[i].f2(&g, fl(2), fl(3), &x, &err)
                          : dists[i].f1(&g, fl(2), &x, &err);
            if (!ok) {
                put_error(&err);
                break;
            }
            put_float(x);
        }
    }
    putchar('\n');
    mpz_clears(seed, a, b, c, out, NULL);
}

int main(void)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, stdin)) >= 0) {
        nargs = 0;
        for (char *t = strtok(line, " \t\r\n"); t && nargs < MAXARGS;
             t = strtok(NULL, " \t\r\n"))
            args[nargs++] = t;
        if (nargs == 0) {
            putchar('\n');
            continue;
        }
        run_case();
    }
    free(line);
    return 0;
}
