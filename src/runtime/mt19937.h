/* The type-independent core of the random module: the MT19937 generator with
 * CPython's seeding and output, and random.py's algorithms over it (docs/random.md). */
#ifndef FT_MT19937_H
#define FT_MT19937_H

#include <gmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define MT_N 624

/* The generator: 624 words and the index of the next word to temper
 * (MT_N: the next call regenerates all of them). Not thread-safe: the
 * Random object holds its critical section around each call, as CPython's
 * C methods do; random.py's algorithms (rand_*) run several calls and
 * CPython does not make them atomic either. */
typedef struct {
    uint32_t mt[MT_N];
    int index;
} Mt19937;

/* An exception for the caller to raise: kind and CPython 3.13's message
 * (malloc'd; NULL when kind is RAND_OK; rand_error_clear frees it). */
typedef enum {
    RAND_OK = 0,
    RAND_VALUE_ERROR,
    RAND_TYPE_ERROR,
    RAND_INDEX_ERROR,
    RAND_OVERFLOW_ERROR,
    RAND_ZERO_DIVISION_ERROR,
    RAND_MEMORY_ERROR,
} RandErrorKind;

typedef struct {
    RandErrorKind kind;
    char *msg;
} RandError;

#define RAND_ERROR_INIT {RAND_OK, NULL}

const char *rand_error_name(RandErrorKind kind); /* "ValueError", ... */
void rand_error_clear(RandError *err);

/* ---- the generator ---------------------------------------------------- */

/* The reference init_genrand and init_by_array (len 0 acts as key [0]). */
void mt_init_genrand(Mt19937 *g, uint32_t s);
void mt_init_by_array(Mt19937 *g, const uint32_t *key, size_t len);
/* The next tempered 32-bit word. */
uint32_t mt_genrand(Mt19937 *g);

/* random.seed(n) for an int: |n| as 32-bit words, least significant
 * first, through init_by_array (n == 0: key [0]). */
void mt_seed_int(Mt19937 *g, mpz_srcptr n);
/* random.seed(None): 624 words from getrandom(); if the OS has none,
 * time, pid and a counter (CPython's fallback). */
void mt_seed_os(Mt19937 *g);

/* random(): a 53-bit float in [0, 1) from two words. */
double mt_random(Mt19937 *g);
/* getrandbits(k) into out: 32-bit words least significant first, the last
 * one keeping its top k % 32 bits; k == 0 gives 0 and draws nothing.
 * ValueError for k < 0, MemoryError. (CPython takes k as a C int: the
 * caller raises its OverflowError above INT_MAX.) */
bool mt_getrandbits(Mt19937 *g, int64_t k, mpz_ptr out, RandError *err);
/* getrandbits(k) for 0 <= k <= 64, without GMP. */
uint64_t mt_getrandbits64(Mt19937 *g, int k);

/* getstate()/setstate(): the words and the index, which is the tuple's
 * last item. setstate takes each word modulo 2**32 (the caller converts
 * with CPython's unsigned long rules) and refuses an index outside
 * 0..624: ValueError "invalid state", g unchanged. The version and
 * gauss_next around the tuple are the Python layer's. */
void mt_getstate(const Mt19937 *g, uint32_t words[MT_N], int *index);
bool mt_setstate(Mt19937 *g, const uint32_t words[MT_N], int64_t index,
                 RandError *err);

/* ---- random.py over the generator ------------------------------------- */

/* _randbelow(n) for n > 0: k = n.bit_length(), getrandbits(k) until below
 * n. The u64 form is the same draw sequence for lengths. */
void rand_below(Mt19937 *g, mpz_srcptr n, mpz_ptr out);
uint64_t rand_below_u64(Mt19937 *g, uint64_t n);

/* randrange(start[, stop[, step]]) on ints (the caller has applied
 * operator.index). stop NULL: randrange(start); step NULL: step omitted.
 * CPython tells an omitted step by identity with the int 1, so the caller
 * passes NULL for an int 1 too (not for True). The messages print the
 * values in decimal: for an int subclass with its own __str__ (bool) the
 * caller rebuilds them. Errors: ValueError "empty range for randrange()",
 * "empty range in randrange(a, b)", "empty range in randrange(a, b, c)",
 * "zero step for randrange()"; TypeError "Missing a non-None stop argument". */
bool rand_randrange(Mt19937 *g, mpz_srcptr start, mpz_srcptr stop,
                    mpz_srcptr step, mpz_ptr out, RandError *err);
/* randint(a, b) == randrange(a, b + 1). */
bool rand_randint(Mt19937 *g, mpz_srcptr a, mpz_srcptr b, mpz_ptr out,
                  RandError *err);

/* choice(seq): the index for a sequence of length n; IndexError "Cannot
 * choose from an empty sequence" for n == 0. */
bool rand_choice(Mt19937 *g, uint64_t n, uint64_t *out, RandError *err);

/* shuffle(x) for len(x) == n: calls swap(i, j, ctx) for i from n-1 down to
 * 1 with j = _randbelow(i + 1) (j may equal i; CPython swaps anyway). */
void rand_shuffle(Mt19937 *g, size_t n, void (*swap)(size_t i, size_t j,
                  void *ctx), void *ctx);
/* shuffle of the permutation perm[0..n) in place (perm may start as
 * 0..n-1: then perm[i] is the index the shuffled list holds at i). */
void rand_shuffle_indices(Mt19937 *g, size_t *perm, size_t n);

/* sample(population, k) for len(population) == n: the k chosen indices in
 * selection order, into out (k mpz_t that this initializes; free with
 * rand_mpz_array_free). Both of CPython's strategies: a pool when n is at
 * most its set-size estimate, else rejection against a set. Errors:
 * ValueError "Sample larger than population or is negative", OverflowError
 * "cannot fit 'int' into an index-sized integer" (k >= 2**63, from
 * [None] * k), MemoryError. sample(..., counts=) is sample(range(total))
 * followed by the caller's bisect_right into the cumulative counts. */
bool rand_sample(Mt19937 *g, mpz_srcptr n, mpz_srcptr k, mpz_t **out,
                 RandError *err);
void rand_mpz_array_free(mpz_t *v, size_t n);

/* choices(population, k=...) without weights: floor(random() * n) per
 * pick (n == 0 gives 0 after drawing, and the caller's indexing raises
 * its IndexError, as CPython does). */
uint64_t rand_choices_index(Mt19937 *g, uint64_t n);
/* choices with cumulative weights (weights= accumulated by the caller):
 * checks once, then each pick is bisect_right(cum, random() * total, 0,
 * n - 1). cum holds floats; ints accumulate exactly in Python, so they
 * agree while the sums stay below 2**53. rand_choices_check gives
 * ValueError "Total of weights must be greater than zero" or "... must be
 * finite", and IndexError "list index out of range" for n == 0; the
 * length mismatch and weights/cum_weights TypeErrors are the caller's. */
bool rand_choices_check(const double *cum, size_t n, RandError *err);
size_t rand_choices_cum(Mt19937 *g, const double *cum, size_t n);

/* ---- distributions ---------------------------------------------------- */

/* gauss() caches its second value: the Random object keeps this, and
 * seed() and setstate() reset or restore it (getstate reports it). */
typedef struct {
    bool has_next;
    double next;
} RandGauss;

/* Each takes CPython's float arguments as doubles (ints converted by the
 * caller) and computes as random.py does, with the same libm calls,
 * CPython's own lgamma and CPython's float ** and %; math and arithmetic
 * errors come back as CPython raises them. */
double rand_uniform(Mt19937 *g, double a, double b);
/* mode NULL: mode=None. */
double rand_triangular(Mt19937 *g, double low, double high,
                       const double *mode);
bool rand_normalvariate(Mt19937 *g, double mu, double sigma, double *out,
                        RandError *err);
double rand_gauss(Mt19937 *g, RandGauss *cache, double mu, double sigma);
bool rand_lognormvariate(Mt19937 *g, double mu, double sigma, double *out,
                         RandError *err);
bool rand_expovariate(Mt19937 *g, double lambd, double *out,
                      RandError *err);
bool rand_vonmisesvariate(Mt19937 *g, double mu, double kappa, double *out,
                          RandError *err);
bool rand_gammavariate(Mt19937 *g, double alpha, double beta, double *out,
                       RandError *err);
bool rand_betavariate(Mt19937 *g, double alpha, double beta, double *out,
                      RandError *err);
bool rand_paretovariate(Mt19937 *g, double alpha, double *out, RandError *err);
bool rand_weibullvariate(Mt19937 *g, double alpha, double beta, double *out,
                         RandError *err);
/* binomialvariate(n, p) for n that fits in int64_t. */
bool rand_binomialvariate(Mt19937 *g, int64_t n, double p, int64_t *out,
                          RandError *err);

#endif
