/* QSBR: readers dereference a shared buffer without locks while writers
 * replace and retire it; every retired buffer is freed exactly once, never
 * while a reader may still hold it (ASan/TSan builds check the "never"). */
#include <sched.h>

#include "unit.h"
#include "tobj.h"
#include "qsbr.h"

#define WORDS 32

typedef struct {
    uint64_t gen;
    uint64_t words[WORDS];
} Buffer;

static _Atomic(Buffer *) shared_buf;
static Mutex writer_lock;
static _Atomic long retired_count, freed_count;
static _Atomic int stop_readers;
static _Atomic long reads, torn;

static void buffer_free(void *p)
{
    Buffer *b = p;
    /* Poison before freeing: a reader seeing this value read freed memory. */
    for (int i = 0; i < WORDS; i++)
        b->words[i] = 0xdeadbeef;
    atomic_fetch_add(&freed_count, 1);
    mem_free(b);
}

static Buffer *buffer_new(uint64_t gen)
{
    Buffer *b = mem_alloc(sizeof *b);
    b->gen = gen;
    for (int i = 0; i < WORDS; i++)
        b->words[i] = gen;
    return b;
}

static void *reader(void *arg)
{
    ThreadState *ts = tobj_thread_begin();
    long n = 0;
    while (!atomic_load_explicit(&stop_readers, memory_order_relaxed)) {
        Buffer *b = atomic_load_explicit(&shared_buf, memory_order_acquire);
        uint64_t g = b->gen;
        for (int i = 0; i < WORDS; i++)
            if (b->words[i] != g)
                atomic_fetch_add(&torn, 1);
        n++;
        if ((n & 63) == 0) {
            qsbr_quiescent(ts);
            tobj_safe_point(ts);
        }
        if ((n & 4095) == 0) { /* sometimes block, as I/O would */
            ThreadState *b2 = ts_block_begin();
            sched_yield();
            ts_block_end(b2);
        }
    }
    atomic_fetch_add(&reads, n);
    ts_destroy_current();
    return arg;
}

static void *writer(void *arg)
{
    ThreadState *ts = tobj_thread_begin();
    for (int i = 0; i < 20000; i++) {
        Buffer *nb = buffer_new((uint64_t)(uintptr_t)arg * 1000000 + i);
        mutex_lock(&writer_lock);
        Buffer *old = atomic_exchange_explicit(&shared_buf, nb, memory_order_acq_rel);
        mutex_unlock(&writer_lock);
        qsbr_retire(ts, old, buffer_free);
        atomic_fetch_add(&retired_count, 1);
        tobj_safe_point(ts);
    }
    ts_destroy_current(); /* leftovers go to the orphan list */
    return arg;
}

static void *reader_or_writer(void *arg)
{
    return ((uintptr_t)arg & 1) ? writer(arg) : reader(arg);
}

static void run(int nthreads)
{
    atomic_store(&retired_count, 0);
    atomic_store(&freed_count, 0);
    atomic_store(&stop_readers, 0);
    atomic_store(&torn, 0);
    atomic_store(&shared_buf, buffer_new(0));
    pthread_t th[8];
    int writers = 0;
    for (int i = 0; i < nthreads; i++) {
        uintptr_t role = (i % 2 == 1) ? 1 : 0;
        writers += role;
        pthread_create(&th[i], NULL, reader_or_writer, (void *)(role | ((uintptr_t)i << 1)));
    }
    /* Writers finish first; then stop readers. */
    while (atomic_load(&retired_count) < 20000L * writers)
        sched_yield();
    atomic_store(&stop_readers, 1);
    for (int i = 0; i < nthreads; i++)
        tobj_join(th[i]);
    ThreadState *ts = tobj_thread_begin();
    qsbr_barrier(ts); /* frees the orphans of exited writers */
    ts_destroy_current();
    CHECK_EQ_LL(atomic_load(&torn), 0);
    CHECK_EQ_LL(atomic_load(&freed_count), atomic_load(&retired_count));
    mem_free(atomic_load(&shared_buf));
}

TEST(readers_writers_2_threads) { run(2); }
TEST(readers_writers_4_threads) { run(4); }
TEST(readers_writers_8_threads) { run(8); }

static _Atomic int detached_ready, detached_done;

static void *stays_detached(void *arg)
{
    ThreadState *ts = ts_create(); /* registered but never attached */
    atomic_store(&detached_ready, 1);
    while (!atomic_load(&detached_done))
        sched_yield();
    (void)ts;
    ts_destroy_current();
    return arg;
}

TEST(detached_threads_do_not_block_reclamation)
{
    atomic_store(&detached_ready, 0);
    atomic_store(&detached_done, 0);
    atomic_store(&freed_count, 0);
    pthread_t th;
    pthread_create(&th, NULL, stays_detached, NULL);
    while (!atomic_load(&detached_ready))
        sched_yield();
    ThreadState *ts = tobj_thread_begin();
    for (int i = 0; i < 100; i++)
        qsbr_retire(ts, buffer_new(i), buffer_free);
    qsbr_barrier(ts);
    CHECK_EQ_LL(atomic_load(&freed_count), 100);
    ts_destroy_current();
    atomic_store(&detached_done, 1);
    tobj_join(th);
}

/* A thread waiting in qsbr_barrier must still stop for the world, or a
 * thread exiting (which stops the world) and the barrier wait on each
 * other forever. */
static _Atomic int churn_stop;

static void *barrier_loop(void *arg)
{
    ThreadState *ts = tobj_thread_begin();
    for (int i = 0; i < 2000; i++) {
        qsbr_retire(ts, buffer_new(i), buffer_free);
        if (i % 10 == 0)
            qsbr_barrier(ts);
    }
    qsbr_barrier(ts);
    ts_destroy_current();
    return arg;
}

static void *short_lived(void *arg)
{
    while (!atomic_load(&churn_stop)) {
        ThreadState *ts = tobj_thread_begin();
        qsbr_retire(ts, buffer_new(7), buffer_free);
        tobj_safe_point(ts);
        ts_destroy_current(); /* stops the world */
    }
    return arg;
}

TEST(barrier_and_thread_exits_do_not_deadlock)
{
    atomic_store(&freed_count, 0);
    atomic_store(&churn_stop, 0);
    pthread_t churn[2], waiters[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&churn[i], NULL, short_lived, NULL);
    for (int i = 0; i < 2; i++)
        pthread_create(&waiters[i], NULL, barrier_loop, NULL);
    for (int i = 0; i < 2; i++)
        pthread_join(waiters[i], NULL);
    atomic_store(&churn_stop, 1);
    for (int i = 0; i < 2; i++)
        pthread_join(churn[i], NULL);
    ThreadState *ts = tobj_thread_begin();
    qsbr_barrier(ts);
    ts_destroy_current();
    CHECK(atomic_load(&freed_count) >= 4000);
}

UNIT_MAIN(barrier_and_thread_exits_do_not_deadlock, readers_writers_2_threads, readers_writers_4_threads, readers_writers_8_threads,
          detached_threads_do_not_block_reclamation)
