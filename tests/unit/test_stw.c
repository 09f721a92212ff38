/* Thread states and stop-the-world: while the world is stopped no other
 * thread runs attached code; threads that block, attach, detach, are
 * created or exit during stops are all handled; two requesters serialise;
 * the eval breaker reaches a spinning thread. */
#include <sched.h>

#include "unit.h"
#include "tobj.h"

#define WORKERS 6
static _Atomic long progress[WORKERS]; /* changed only while attached */
static _Atomic int stop_workers;

static void *worker(void *arg)
{
    uintptr_t me = (uintptr_t)arg;
    unsigned seed = (unsigned)me * 7919u + 1;
    while (!atomic_load(&stop_workers)) {
        ThreadState *ts = tobj_thread_begin();
        for (int i = 0; i < 20000 && !atomic_load(&stop_workers); i++) {
            atomic_fetch_add_explicit(&progress[me], 1, memory_order_relaxed);
            tobj_safe_point(ts);
            seed = seed * 1103515245u + 12345u;
            if ((seed >> 16) % 1000 == 0) { /* block for a moment */
                ThreadState *b = ts_block_begin();
                sched_yield();
                ts_block_end(b);
            }
        }
        ts_destroy_current(); /* threads come and go during stops */
    }
    return arg;
}

static _Atomic long violations, stops_done;

static void *requester(void *arg)
{
    tobj_thread_begin();
    for (int s = 0; s < 200; s++) {
        stw_begin();
        long before[WORKERS];
        for (int w = 0; w < WORKERS; w++)
            before[w] = atomic_load(&progress[w]);
        for (int spin = 0; spin < 2000; spin++)
            sched_yield();
        for (int w = 0; w < WORKERS; w++)
            if (atomic_load(&progress[w]) != before[w])
                atomic_fetch_add(&violations, 1);
        stw_end();
        atomic_fetch_add(&stops_done, 1);
        for (int spin = 0; spin < 20; spin++)
            sched_yield();
    }
    ts_destroy_current();
    return arg;
}

TEST(stopped_world_does_not_move)
{
    atomic_store(&stop_workers, 0);
    atomic_store(&violations, 0);
    atomic_store(&stops_done, 0);
    pthread_t w[WORKERS], r[2];
    for (uintptr_t i = 0; i < WORKERS; i++)
        pthread_create(&w[i], NULL, worker, (void *)i);
    for (int i = 0; i < 2; i++) /* two requesters at once serialise */
        pthread_create(&r[i], NULL, requester, NULL);
    for (int i = 0; i < 2; i++)
        tobj_join(r[i]);
    atomic_store(&stop_workers, 1);
    for (int i = 0; i < WORKERS; i++)
        tobj_join(w[i]);
    CHECK_EQ_LL(atomic_load(&stops_done), 400);
    CHECK_EQ_LL(atomic_load(&violations), 0);
    long total = 0;
    for (int i = 0; i < WORKERS; i++)
        total += atomic_load(&progress[i]);
    CHECK(total > 0);
}

static _Atomic int created_stage;

static void *created_during_stop(void *arg)
{
    ThreadState *ts = ts_create();
    CHECK_EQ_LL(atomic_load(&ts->status), TS_SUSPENDED);
    atomic_store(&created_stage, 1);
    ts_attach(ts); /* must wait for stw_end */
    CHECK_EQ_LL(atomic_load(&created_stage), 2);
    ts_destroy_current();
    return arg;
}

TEST(thread_created_during_stop_waits)
{
    atomic_store(&created_stage, 0);
    tobj_thread_begin();
    stw_begin();
    pthread_t th;
    pthread_create(&th, NULL, created_during_stop, NULL);
    tobj_wait_for(&created_stage, 1);
    for (int i = 0; i < 1000; i++)
        sched_yield();
    atomic_store(&created_stage, 2);
    stw_end();
    tobj_join(th);
    ts_destroy_current();
}

static _Atomic int spin_stop;

static void *spinner(void *arg)
{
    ThreadState *ts = tobj_thread_begin();
    long n = 0;
    while (!atomic_load(&spin_stop)) {
        n++;
        tobj_safe_point(ts);
    }
    ts_destroy_current();
    return (void *)(uintptr_t)(n > 0);
}

TEST(eval_breaker_reaches_spinning_threads)
{
    atomic_store(&spin_stop, 0);
    tobj_thread_begin();
    pthread_t th[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&th[i], NULL, spinner, NULL);
    for (int s = 0; s < 100; s++) {
        stw_begin();
        int suspended = 0;
        ts_list_lock();
        for (ThreadState *t = ts_first(); t; t = t->next)
            suspended += atomic_load(&t->status) != TS_ATTACHED;
        int others = ts_count() - 1;
        ts_list_unlock();
        CHECK_EQ_LL(suspended, others);
        stw_end();
    }
    atomic_store(&spin_stop, 1);
    for (int i = 0; i < 3; i++)
        tobj_join(th[i]);
    ts_destroy_current();
}

UNIT_MAIN(stopped_world_does_not_move, thread_created_during_stop_waits,
          eval_breaker_reaches_spinning_threads)
