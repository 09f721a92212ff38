/* The runtime self-check behind `ftpy -X selfcheck` (and `make demo` until
 * the interpreter runs Python): each thread does the same CPU-bound work --
 * allocating objects, counting references, trading objects with other
 * threads through a locked ring, updating shared objects in critical
 * sections and retiring buffers through QSBR -- and the run is timed with
 * 1, 2, ... threads. Work per thread is fixed, so perfect scaling keeps the
 * time flat and the speed-up is N * T(1) / T(N). */
#include "selfcheck.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "critical_section.h"
#include "mem.h"
#include "object.h"
#include "qsbr.h"
#include "tstate.h"

typedef struct Node {
    Object base;
    struct Node *next;
    int64_t value;
} Node;

/* Live-node accounting, per thread so that it costs no shared writes;
 * folded into nodes_alive when a thread finishes. */
static _Atomic long nodes_alive;
static _Thread_local long nodes_delta;
static _Atomic long errors;

static void node_dealloc(Object *o)
{
    Node *n = (Node *)o;
    if (n->next)
        obj_decref(&n->next->base);
    nodes_delta--;
    mem_obj_free(n);
}

static TypeCore node_type = {
    .base = {.ref_local = REF_IMMORTAL, .flags = OBJ_F_STATIC},
    .name = "node",
    .dealloc = node_dealloc,
};

static Node *node_new(int64_t value, Node *next)
{
    Node *n = mem_obj_alloc(sizeof *n);
    if (!n)
        abort();
    obj_init_header(&n->base, (struct Type *)&node_type, ts_current_tid);
    n->next = next; /* steals the reference */
    n->value = value;
    nodes_delta++;
    return n;
}

/* A ring through which threads trade objects: whoever takes an object
 * drops a reference that another thread owns. */
#define RING 64
static Mutex ring_lock;
static Node *ring[RING];
static unsigned ring_pos;

static Node *ring_swap(Node *n)
{
    mutex_lock(&ring_lock);
    unsigned i = ring_pos++ % RING;
    Node *old = ring[i];
    ring[i] = n;
    mutex_unlock(&ring_lock);
    return old;
}

/* Shared counters updated in critical sections. */
typedef struct {
    Object base;
    int64_t total;
} Counter;

static Counter counters[2];

typedef struct {
    int rounds;
    int64_t checksum;
} Work;

static void *worker(void *arg)
{
    Work *w = arg;
    ThreadState *ts = ts_create();
    ts_attach(ts);
    int64_t sum = 0;
    for (int r = 0; r < w->rounds; r++) {
        /* Build a list, walk it while counting references, free it. */
        Node *head = NULL;
        for (int i = 0; i < 64; i++)
            head = node_new(r + i, head);
        for (Node *n = head; n; n = n->next) {
            obj_incref(&n->base);
            sum += n->value;
            obj_decref(&n->base);
        }
        /* Now and then, trade the list with another thread's: its nodes
         * are then freed by a thread that does not own them. */
        Node *other = head;
        if (r % 32 == 0)
            other = ring_swap(head);
        else
            head = NULL;
        if (other) {
            for (Node *n = other; n; n = n->next)
                sum -= n->value & 1;
            obj_decref(&other->base);
        }
        (void)head;
        if (r % 16 == 0) {
            CriticalSection2 cs;
            cs_begin2(&cs, &counters[0].base, &counters[1].base);
            counters[0].total += 1;
            counters[1].total -= 1;
            cs_end2(&cs);
            qsbr_retire(ts, mem_alloc(256), NULL);
        }
        if (ts_breaker_pending(ts))
            ts_safe_point(ts);
    }
    w->checksum = sum;
    ts_destroy_current();
    atomic_fetch_add(&nodes_alive, nodes_delta);
    nodes_delta = 0;
    return NULL;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static double run_threads(int n, int rounds)
{
    pthread_t th[64];
    Work w[64];
    double t0 = now();
    for (int i = 0; i < n; i++) {
        w[i] = (Work){.rounds = rounds};
        pthread_create(&th[i], NULL, worker, &w[i]);
    }
    for (int i = 0; i < n; i++)
        pthread_join(th[i], NULL);
    double t = now() - t0;
    /* Empty the ring so every node is accounted for. */
    ThreadState *ts = ts_create();
    ts_attach(ts);
    for (int i = 0; i < RING; i++) {
        Node *old = ring_swap(NULL);
        if (old)
            obj_decref(&old->base);
    }
    qsbr_barrier(ts);
    ts_destroy_current();
    atomic_fetch_add(&nodes_alive, nodes_delta);
    nodes_delta = 0;
    if (atomic_load(&nodes_alive) != 0) {
        fprintf(stderr, "selfcheck: %ld objects leaked\n", atomic_load(&nodes_alive));
        atomic_fetch_add(&errors, 1);
    }
    int64_t expect = 0;
    if (counters[0].total + counters[1].total != expect) {
        fprintf(stderr, "selfcheck: critical-section counters diverged\n");
        atomic_fetch_add(&errors, 1);
    }
    return t;
}

int selfcheck_run(int max_threads)
{
    if (max_threads <= 0) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        max_threads = n < 2 ? 2 : n > 16 ? 16 : (int)n;
    }
    for (int i = 0; i < 2; i++) {
        obj_init_header(&counters[i].base, (struct Type *)&node_type, 0);
        obj_set_immortal(&counters[i].base);
    }
    const int rounds = 300000;
    printf("ftpy runtime self-check: the same CPU-bound work on each thread\n");
    printf("(allocation, biased refcounting, cross-thread frees, critical sections, QSBR)\n");
    printf("%8s %10s %10s   (best of 3 runs)\n", "threads", "time (s)", "speed-up");
    run_threads(1, rounds / 4); /* warm up the allocator */
    double t1 = 0;
    for (int n = 1; n <= max_threads; n *= 2) {
        /* Best of three: the figure is about the runtime, not about what
         * else the machine did meanwhile. */
        double t = run_threads(n, rounds);
        for (int rep = 0; rep < 2; rep++) {
            double again = run_threads(n, rounds);
            if (again < t)
                t = again;
        }
        if (n == 1)
            t1 = t;
        printf("%8d %10.3f %9.2fx\n", n, t, n * t1 / t);
        fflush(stdout);
    }
    long e = atomic_load(&errors);
    printf("checks: %s\n", e ? "FAILED" : "every object freed exactly once, counters exact");
    return e ? 1 : 0;
}
