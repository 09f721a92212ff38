/* Thread states: creation and exit, attach/detach, safe points, and
 * stop-the-world. See docs/threads.md for the state machine.
 *
 * Stop-the-world protocol: the requester, holding stw_lock, counts every
 * other registered thread into stw_countdown. Each is then stopped exactly
 * once: a DETACHED thread by the requester's CAS to SUSPENDED (under the
 * list lock), an ATTACHED one by itself at its next safe point (CAS to
 * SUSPENDED). A thread that detaches before reaching a safe point is picked
 * up by the requester's periodic re-scan. Threads created during the stop
 * start SUSPENDED and are not counted. */
#include "tstate.h"

#include <sched.h>
#include <stdio.h>
#include <stdlib.h>

#include "critical_section.h"
#include "mem.h"
#include "mutex.h"
#include "parking_lot.h"

_Thread_local ThreadState *ts_current;
_Thread_local uint32_t ts_current_tid;

static Mutex list_lock;
static ThreadState *list_head;
static int list_count;
static _Atomic uint32_t next_tid = 1;

static Mutex stw_lock;
static _Atomic int stw_requested;
static _Atomic int32_t stw_countdown;
static _Atomic(ThreadState *) stw_requester;

void ts_list_lock(void) { mutex_lock_nodetach(&list_lock); }
void ts_list_unlock(void) { mutex_unlock(&list_lock); }
ThreadState *ts_first(void) { return list_head; }
int ts_count(void) { return list_count; }

static uint32_t new_tid(void)
{
    /* Never 0 (0 marks a merged object). Ids are not reused before the
     * 32-bit counter wraps; by then no object can still name a thread
     * that exited (exit merges every owned object). */
    uint32_t tid;
    do {
        tid = atomic_fetch_add_explicit(&next_tid, 1, memory_order_relaxed);
    } while (tid == 0);
    return tid;
}

ThreadState *ts_create(void)
{
    if (ts_current)
        return ts_current;
    ThreadState *ts = mem_calloc(1, sizeof *ts);
    if (!ts)
        return NULL;
    ts->tid = new_tid();
    atomic_init(&ts->status, TS_DETACHED);
    atomic_init(&ts->eval_breaker, 0);
    ts_current = ts;
    ts_current_tid = ts->tid;
    mem_thread_init(ts);
    qsbr_thread_init(ts);
    brc_thread_init(ts);

    ts_list_lock();
    if (atomic_load_explicit(&stw_requested, memory_order_relaxed))
        atomic_store_explicit(&ts->status, TS_SUSPENDED, memory_order_relaxed);
    ts->next = list_head;
    if (list_head)
        list_head->prev = ts;
    list_head = ts;
    list_count++;
    ts_list_unlock();
    return ts;
}

static void stw_countdown_done(void)
{
    if (atomic_fetch_sub_explicit(&stw_countdown, 1, memory_order_acq_rel) == 1)
        parking_lot_unpark_all(&stw_countdown);
}

void ts_destroy_current(void)
{
    ThreadState *ts = ts_current;
    if (!ts)
        return;
    if (atomic_load_explicit(&ts->status, memory_order_relaxed) != TS_ATTACHED)
        ts_attach(ts);
    /* Merging touches objects: it must run attached. */
    brc_thread_fini(ts);
    qsbr_thread_fini(ts);
    ts_detach(ts);

    ts_list_lock();
    /* Counted by a stop-the-world that began after our detach, but not yet
     * suspended by it: stop counting on us. */
    if (atomic_load_explicit(&stw_requested, memory_order_acquire) &&
        atomic_load_explicit(&ts->status, memory_order_acquire) == TS_DETACHED)
        stw_countdown_done();
    if (ts->prev)
        ts->prev->next = ts->next;
    else
        list_head = ts->next;
    if (ts->next)
        ts->next->prev = ts->prev;
    list_count--;
    ts_list_unlock();

    qsbr_thread_release(ts);
    mem_thread_fini(ts);
    ts_current = NULL;
    ts_current_tid = 0;
    mem_free(ts);
    mem_thread_exited();
}

void ts_attach(ThreadState *ts)
{
    for (;;) {
        int expected = TS_DETACHED;
        /* acquire: pairs with the release in stw_end / ts_detach, so what
         * the world did while we were out is visible. */
        if (atomic_compare_exchange_strong_explicit(&ts->status, &expected, TS_ATTACHED,
                                                    memory_order_acquire, memory_order_relaxed))
            break;
        if (expected == TS_ATTACHED)
            abort(); /* attached twice: a runtime bug */
        /* SUSPENDED by a stop-the-world: wait for its end. */
        int suspended = TS_SUSPENDED;
        parking_lot_park(&ts->status, &suspended, sizeof suspended, -1, NULL, false);
    }
    qsbr_online(ts);
    if (ts->cs_top & CS_TAG_INACTIVE)
        cs_resume(ts);
}

void ts_detach(ThreadState *ts)
{
    if (ts->cs_top && !(ts->cs_top & CS_TAG_INACTIVE))
        cs_suspend_all(ts);
    qsbr_offline(ts);
    atomic_store_explicit(&ts->status, TS_DETACHED, memory_order_release);
}

ThreadState *ts_block_begin(void)
{
    ThreadState *ts = ts_current;
    if (!ts || atomic_load_explicit(&ts->status, memory_order_relaxed) != TS_ATTACHED)
        return NULL;
    ts_detach(ts);
    return ts;
}

void ts_block_end(ThreadState *ts)
{
    if (ts)
        ts_attach(ts);
}

/* At a safe point with a stop requested: stop, wait, re-attach. */
static void ts_stop_for_world(ThreadState *ts)
{
    if (!atomic_load_explicit(&stw_requested, memory_order_acquire) ||
        atomic_load_explicit(&stw_requester, memory_order_relaxed) == ts)
        return;
    if (ts->cs_top && !(ts->cs_top & CS_TAG_INACTIVE))
        cs_suspend_all(ts);
    qsbr_offline(ts);
    int expected = TS_ATTACHED;
    if (!atomic_compare_exchange_strong_explicit(&ts->status, &expected, TS_SUSPENDED,
                                                 memory_order_release, memory_order_relaxed))
        abort(); /* only the owner leaves ATTACHED */
    stw_countdown_done();
    ts_attach(ts); /* waits while SUSPENDED */
}

void ts_safe_point(ThreadState *ts)
{
    uint32_t bits = atomic_exchange_explicit(&ts->eval_breaker, 0, memory_order_acquire);
    if (bits & EB_STOP_WORLD)
        ts_stop_for_world(ts);
    if (bits & EB_BRC_MERGE)
        brc_merge_queue(ts);
    if (bits & EB_QSBR) {
        qsbr_quiescent(ts);
        if (ts->qsbr.len)
            qsbr_reclaim(ts);
    }
    /* Bits this layer does not handle stay for the interpreter. */
    uint32_t rest = bits & ~(uint32_t)(EB_STOP_WORLD | EB_BRC_MERGE | EB_QSBR);
    if (rest)
        atomic_fetch_or_explicit(&ts->eval_breaker, rest, memory_order_relaxed);
}

/* Under the list lock: suspend detached threads not yet counted off. */
static void stw_park_detached(ThreadState *self)
{
    for (ThreadState *t = list_head; t; t = t->next) {
        if (t == self)
            continue;
        int expected = TS_DETACHED;
        if (atomic_compare_exchange_strong_explicit(&t->status, &expected, TS_SUSPENDED,
                                                    memory_order_acq_rel, memory_order_relaxed))
            stw_countdown_done();
        else if (expected == TS_ATTACHED)
            ts_breaker_set(t, EB_STOP_WORLD);
    }
}

void stw_begin(void)
{
    ThreadState *self = ts_current;
    mutex_lock(&stw_lock); /* detaches while waiting: another stop may take us */
    ts_list_lock();
    atomic_store_explicit(&stw_requester, self, memory_order_relaxed);
    int others = list_count - (self ? 1 : 0);
    atomic_store_explicit(&stw_countdown, others, memory_order_relaxed);
    atomic_store_explicit(&stw_requested, 1, memory_order_release);
    stw_park_detached(self);
    ts_list_unlock();

    /* Waiting, we hold no pointer into memory others may retire; going
     * offline keeps a thread that waits for reclamation (and so does not
     * reach the safe point we wait for) from waiting on us in turn. */
    if (self)
        qsbr_offline(self);
    for (;;) {
        int32_t left = atomic_load_explicit(&stw_countdown, memory_order_acquire);
        if (left == 0)
            break;
        /* Wake every millisecond to catch threads that detached before
         * reaching a safe point. */
        parking_lot_park(&stw_countdown, &left, sizeof left, 1000000, NULL, false);
        ts_list_lock();
        stw_park_detached(self);
        ts_list_unlock();
    }
    if (self)
        qsbr_online(self);
}

void stw_end(void)
{
    ts_list_lock();
    atomic_store_explicit(&stw_requested, 0, memory_order_release);
    atomic_store_explicit(&stw_requester, NULL, memory_order_relaxed);
    for (ThreadState *t = list_head; t; t = t->next) {
        int expected = TS_SUSPENDED;
        if (atomic_compare_exchange_strong_explicit(&t->status, &expected, TS_DETACHED,
                                                    memory_order_release, memory_order_relaxed))
            parking_lot_unpark_all(&t->status);
    }
    ts_list_unlock();
    mutex_unlock(&stw_lock);
}
