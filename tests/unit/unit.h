/* A tiny harness for the runtime's C unit tests: one binary per file, each
 * TEST() a case; prints "PASS name" / "FAIL name: where" lines that
 * tests/run.sh counts, and exits non-zero when a case failed. */
#ifndef FT_UNIT_H
#define FT_UNIT_H

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef void (*unit_fn)(void);
typedef struct { const char *name; unit_fn fn; } unit_case;

extern int unit_failed_checks; /* checks failed in the running case */

/* CHECK records a failure and continues; REQUIRE stops the case. */
#define CHECK(cond)                                                         \
    do {                                                                    \
        if (!(cond)) {                                                      \
            fprintf(stderr, "  check failed at %s:%d: %s\n", __FILE__,      \
                    __LINE__, #cond);                                       \
            __atomic_fetch_add(&unit_failed_checks, 1, __ATOMIC_RELAXED);   \
        }                                                                   \
    } while (0)

#define CHECK_EQ_LL(a, b)                                                   \
    do {                                                                    \
        long long va_ = (long long)(a), vb_ = (long long)(b);               \
        if (va_ != vb_) {                                                   \
            fprintf(stderr, "  check failed at %s:%d: %s == %s (%lld != %lld)\n", \
                    __FILE__, __LINE__, #a, #b, va_, vb_);                  \
            __atomic_fetch_add(&unit_failed_checks, 1, __ATOMIC_RELAXED);   \
        }                                                                   \
    } while (0)

#define TEST(name) static void name(void)

/* UNIT_MAIN(case1, case2, ...) runs every case (or those named in argv). */
#define UNIT_MAIN(...)                                                      \
    int unit_failed_checks;                                                 \
    int main(int argc, char **argv)                                         \
    {                                                                       \
        unit_fn fns[] = {__VA_ARGS__};                                      \
        const char *names = #__VA_ARGS__;                                   \
        return unit_run(fns, sizeof fns / sizeof fns[0], names, argc, argv); \
    }

static inline int unit_run(unit_fn *fns, size_t n, const char *names,
                           int argc, char **argv)
{
    int failed = 0;
    const char *p = names;
    for (size_t i = 0; i < n; i++) {
        char name[128];
        size_t len = 0;
        while (*p == ' ' || *p == ',' || *p == '\n' || *p == '\t') p++;
        while (*p && *p != ',' && len + 1 < sizeof name) name[len++] = *p++;
        while (len > 0 && (name[len - 1] == ' ' || name[len - 1] == '\n')) len--;
        name[len] = 0;
        if (argc > 1) {
            int wanted = 0;
            for (int a = 1; a < argc; a++)
                if (strcmp(argv[a], name) == 0) wanted = 1;
            if (!wanted) continue;
        }
        unit_failed_checks = 0;
        fns[i]();
        if (unit_failed_checks) {
            printf("FAIL %s\n", name);
            failed++;
        } else {
            printf("PASS %s\n", name);
        }
        fflush(stdout);
    }
    return failed ? 1 : 0;
}

/* Runs fn(arg_i) on n threads at once and joins them. */
static inline void unit_run_threads(int n, void *(*fn)(void *), void **args)
{
    pthread_t th[64];
    if (n > 64) abort();
    for (int i = 0; i < n; i++)
        if (pthread_create(&th[i], NULL, fn, args ? args[i] : NULL) != 0) abort();
    for (int i = 0; i < n; i++) pthread_join(th[i], NULL);
}

static inline double unit_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

#endif
