/* Micro-benchmarks of the runtime's primitives (not a test): the cost of
 * the single-owner fast paths, of the shared paths, and of the same
 * operations with 2 threads contending. Run by `make bench`. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "mem.h"
#include "mutex.h"
#include "object.h"
#include "qsbr.h"
#include "tstate.h"

#define N 20000000L

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

/* Keeps the compiler from folding loop iterations together. */
#define BARRIER() __asm__ volatile("" ::: "memory")

static void bench_dealloc(Object *o) { mem_obj_free(o); }

static TypeCore bench_type = {
    .base = {.ref_local = REF_IMMORTAL, .flags = OBJ_F_STATIC},
    .name = "bench",
    .dealloc = bench_dealloc,
};

static Object *new_object(void)
{
    Object *o = mem_obj_alloc(sizeof *o);
    obj_init_header(o, (struct Type *)&bench_type, ts_current_tid);
    return o;
}

static Mutex shared_mutex;
static Object *shared_obj;
static _Atomic int go;
static long plain; /* global: the barrier forces a load and store per step */

typedef struct {
    const char *what;
    double ns;
} Result;

static double mutex_loop(long n)
{
    double t0 = now();
    for (long i = 0; i < n; i++) {
        mutex_lock(&shared_mutex);
        BARRIER();
        mutex_unlock(&shared_mutex);
    }
    return (now() - t0) * 1e9 / n;
}

static double shared_ref_loop(long n)
{
    double t0 = now();
    for (long i = 0; i < n; i++) {
        obj_incref(shared_obj);
        BARRIER();
        obj_decref(shared_obj);
    }
    return (now() - t0) * 1e9 / n;
}

static double retire_loop(ThreadState *ts, long n)
{
    double t0 = now();
    for (long i = 0; i < n; i++) {
        qsbr_retire(ts, mem_alloc(64), NULL);
        if (ts_breaker_pending(ts))
            ts_safe_point(ts);
    }
    qsbr_barrier(ts);
    return (now() - t0) * 1e9 / n;
}

typedef struct {
    int which;
    double ns;
} Job;

static void *contender(void *arg)
{
    Job *j = arg;
    ThreadState *ts = ts_create();
    ts_attach(ts);
    while (!atomic_load(&go))
        ;
    switch (j->which) {
    case 0: j->ns = mutex_loop(N / 8); break;
    case 1: j->ns = shared_ref_loop(N / 8); break;
    case 2: j->ns = retire_loop(ts, N / 40); break;
    }
    ts_destroy_current();
    return NULL;
}

static double two_threads(int which)
{
    pthread_t th[2];
    Job jobs[2] = {{which, 0}, {which, 0}};
    atomic_store(&go, 0);
    for (int i = 0; i < 2; i++)
        pthread_create(&th[i], NULL, contender, &jobs[i]);
    atomic_store(&go, 1);
    for (int i = 0; i < 2; i++)
        pthread_join(th[i], NULL);
    return (jobs[0].ns + jobs[1].ns) / 2;
}

int main(void)
{
    ThreadState *ts = ts_create();
    ts_attach(ts);

    /* A plain increment of memory, the floor for any counting. */
    double t0 = now();
    for (long i = 0; i < N; i++) {
        plain++;
        BARRIER();
    }
    double plain_ns = (now() - t0) * 1e9 / N;
    if (plain != N)
        abort();

    Object *mine = new_object();
    t0 = now();
    for (long i = 0; i < N; i++) {
        obj_incref(mine);
        BARRIER();
        obj_decref(mine);
    }
    double owner_ns = (now() - t0) * 1e9 / N;

    double mutex_ns = mutex_loop(N);

    /* Shared path: an object owned by no thread (as after a merge). */
    shared_obj = new_object();
    obj_incref(shared_obj);
    brc_merge_object(shared_obj, 0);
    double shared_ns = shared_ref_loop(N);

    double retire_ns = retire_loop(ts, N / 20);

    ts_detach(ts); /* the contenders' exits stop the world */
    double mutex2_ns = two_threads(0);
    double shared2_ns = two_threads(1);
    double retire2_ns = two_threads(2);
    ts_attach(ts);

    printf("runtime micro-benchmarks (ns per operation)\n");
    printf("  %-48s %7.2f\n", "plain memory increment", plain_ns);
    printf("  %-48s %7.2f\n", "owner incref+decref (biased, no atomic RMW)", owner_ns);
    printf("  %-48s %7.2f\n", "shared-path incref+decref (atomic)", shared_ns);
    printf("  %-48s %7.2f\n", "uncontended mutex lock+unlock", mutex_ns);
    printf("  %-48s %7.2f\n", "QSBR retire+reclaim (64-byte block)", retire_ns);
    printf("  2 threads contending:\n");
    printf("  %-48s %7.2f\n", "mutex lock+unlock, one mutex", mutex2_ns);
    printf("  %-48s %7.2f\n", "shared incref+decref, one object", shared2_ns);
    printf("  %-48s %7.2f\n", "QSBR retire+reclaim, each thread", retire2_ns);

    obj_decref(shared_obj);
    obj_decref(shared_obj);
    obj_decref(mine);
    ts_destroy_current();
    return 0;
}
