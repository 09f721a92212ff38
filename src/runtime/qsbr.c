/* QSBR. A global write sequence advances when memory is retired; each
 * attached thread copies it into its own slot at quiescent points. Memory
 * retired with goal G is freed once every online slot holds >= G.
 *
 * Ordering: retiring code unlinks the memory before it reads/advances the
 * sequence, and a reader's quiescent report loads the sequence with acquire
 * and publishes it with release; so a reader whose slot holds >= G cannot
 * reach memory unlinked before G, and the reclaimer's acquire load of that
 * slot orders the reader's earlier accesses before the free. A thread that
 * comes online publishes its slot with a seq_cst store and fence, so either
 * a concurrent poll sees it, or the thread sees every unlink before the
 * poll's goal. */
#include "qsbr.h"

#include <sched.h>
#include <string.h>

#include "mem.h"
#include "mutex.h"
#include "tstate.h"

/* Deferred advance: most retirements reuse the next, not yet reached,
 * sequence, so retiring threads do not all hammer the shared counter. */
#define QSBR_ADVANCE_EVERY 16
#define QSBR_RECLAIM_EVERY 32

static _Atomic uint64_t qsbr_wr_seq = 1;
static _Atomic uint64_t qsbr_rd_seq = 1; /* every online slot is >= this */
static _Atomic uint64_t qsbr_freed;

/* Retirements of exited threads, freed by whoever reclaims next. */
static Mutex orphan_lock;
static QsbrRetired *orphans;
static size_t orphans_len, orphans_cap;
static _Atomic size_t orphans_pending;

void qsbr_thread_init(ThreadState *ts)
{
    memset(&ts->qsbr, 0, sizeof ts->qsbr);
    ts->qsbr.slot = mem_alloc_aligned(sizeof(struct QsbrSeq), 64);
    atomic_init(&ts->qsbr.slot->seq, QSBR_OFFLINE);
}

void qsbr_quiescent(ThreadState *ts)
{
    uint64_t seq = atomic_load_explicit(&qsbr_wr_seq, memory_order_acquire);
    atomic_store_explicit(&ts->qsbr.slot->seq, seq, memory_order_release);
}

void qsbr_online(ThreadState *ts)
{
    uint64_t seq = atomic_load_explicit(&qsbr_wr_seq, memory_order_seq_cst);
    atomic_store_explicit(&ts->qsbr.slot->seq, seq, memory_order_seq_cst);
    atomic_thread_fence(memory_order_seq_cst);
}

void qsbr_offline(ThreadState *ts)
{
    atomic_store_explicit(&ts->qsbr.slot->seq, QSBR_OFFLINE, memory_order_release);
}

/* The smallest sequence any online thread holds; laggards behind goal are
 * asked (eval breaker) to report a quiescent state. */
static uint64_t qsbr_min_seq(uint64_t goal, bool nudge)
{
    uint64_t min = atomic_load_explicit(&qsbr_wr_seq, memory_order_seq_cst);
    ts_list_lock();
    for (ThreadState *t = ts_first(); t; t = t->next) {
        uint64_t s = atomic_load_explicit(&t->qsbr.slot->seq, memory_order_seq_cst);
        if (s == QSBR_OFFLINE)
            continue;
        if (s < min)
            min = s;
        if (nudge && s < goal && t != ts_current)
            ts_breaker_set(t, EB_QSBR);
    }
    ts_list_unlock();
    uint64_t rd = atomic_load_explicit(&qsbr_rd_seq, memory_order_relaxed);
    while (rd < min &&
           !atomic_compare_exchange_weak_explicit(&qsbr_rd_seq, &rd, min,
                                                  memory_order_release, memory_order_relaxed))
        ;
    return min;
}

static bool qsbr_poll(uint64_t goal, bool nudge)
{
    if (goal <= atomic_load_explicit(&qsbr_rd_seq, memory_order_acquire))
        return true;
    return goal <= qsbr_min_seq(goal, nudge);
}

static void retired_free(const QsbrRetired *r)
{
    if (r->free_fn)
        r->free_fn(r->ptr);
    else
        mem_free(r->ptr);
    atomic_fetch_add_explicit(&qsbr_freed, 1, memory_order_relaxed);
}

void qsbr_retire(ThreadState *ts, void *ptr, void (*free_fn)(void *))
{
    QsbrThread *q = &ts->qsbr;
    uint64_t goal;
    if (q->len % QSBR_ADVANCE_EVERY == QSBR_ADVANCE_EVERY - 1)
        goal = atomic_fetch_add_explicit(&qsbr_wr_seq, 1, memory_order_seq_cst) + 1;
    else
        goal = atomic_load_explicit(&qsbr_wr_seq, memory_order_seq_cst) + 1;
    if (q->len == q->cap) {
        size_t cap = q->cap ? q->cap * 2 : 32;
        QsbrRetired *r = mem_realloc(q->retired, cap * sizeof *r);
        if (!r) {
            /* Cannot remember it: wait until it is safe and free it now. */
            QsbrRetired now = {ptr, free_fn, goal};
            atomic_fetch_add_explicit(&qsbr_wr_seq, 1, memory_order_seq_cst);
            qsbr_quiescent(ts);
            while (!qsbr_poll(goal, true))
                sched_yield();
            retired_free(&now);
            return;
        }
        q->retired = r;
        q->cap = cap;
    }
    q->retired[q->len++] = (QsbrRetired){ptr, free_fn, goal};
    if (++q->polls >= QSBR_RECLAIM_EVERY) {
        q->polls = 0;
        qsbr_reclaim(ts);
    }
}

/* Frees the prefix of list whose goals are reached (goals never decrease
 * along a list); returns how many remain, moved to the front. */
static size_t reclaim_list(QsbrRetired *list, size_t len)
{
    size_t done = 0;
    while (done < len && qsbr_poll(list[done].goal, true))
        done++;
    for (size_t i = 0; i < done; i++)
        retired_free(&list[i]);
    memmove(list, list + done, (len - done) * sizeof *list);
    return len - done;
}

static void reclaim_orphans(void)
{
    if (atomic_load_explicit(&orphans_pending, memory_order_relaxed) == 0)
        return;
    if (!mutex_trylock(&orphan_lock))
        return;
    orphans_len = reclaim_list(orphans, orphans_len);
    atomic_store_explicit(&orphans_pending, orphans_len, memory_order_relaxed);
    mutex_unlock(&orphan_lock);
}

size_t qsbr_reclaim(ThreadState *ts)
{
    QsbrThread *q = &ts->qsbr;
    qsbr_quiescent(ts);
    reclaim_orphans();
    if (q->len == 0)
        return 0;
    /* Make sure the newest goal is reachable: someone must advance to it. */
    uint64_t last = q->retired[q->len - 1].goal;
    uint64_t cur = atomic_load_explicit(&qsbr_wr_seq, memory_order_seq_cst);
    if (cur < last)
        atomic_compare_exchange_strong_explicit(&qsbr_wr_seq, &cur, last,
                                                memory_order_seq_cst, memory_order_relaxed);
    qsbr_quiescent(ts);
    q->len = reclaim_list(q->retired, q->len);
    return q->len;
}

void qsbr_barrier(ThreadState *ts)
{
    while (qsbr_reclaim(ts) > 0 ||
           atomic_load_explicit(&orphans_pending, memory_order_relaxed) > 0) {
        /* Others are asked to report; give them the CPU meanwhile, and
         * keep reaching safe points: one of them may be waiting for us to
         * stop the world before it can report. */
        if (ts_breaker_pending(ts))
            ts_safe_point(ts);
        sched_yield();
    }
}

void qsbr_thread_fini(ThreadState *ts)
{
    QsbrThread *q = &ts->qsbr;
    qsbr_reclaim(ts);
    qsbr_offline(ts);
    if (q->len) {
        mutex_lock_nodetach(&orphan_lock);
        if (orphans_len + q->len > orphans_cap) {
            size_t cap = orphans_cap ? orphans_cap : 64;
            while (cap < orphans_len + q->len)
                cap *= 2;
            QsbrRetired *o = mem_realloc(orphans, cap * sizeof *o);
            if (o) {
                orphans = o;
                orphans_cap = cap;
            }
        }
        if (orphans_len + q->len <= orphans_cap) {
            memcpy(orphans + orphans_len, q->retired, q->len * sizeof *q->retired);
            orphans_len += q->len;
            q->len = 0;
        }
        atomic_store_explicit(&orphans_pending, orphans_len, memory_order_relaxed);
        mutex_unlock(&orphan_lock);
        /* Out of memory for the orphan list: free the rest now, safely. */
        if (q->len) {
            qsbr_online(ts);
            qsbr_barrier(ts);
            qsbr_offline(ts);
        }
    }
    mem_free(q->retired);
    q->retired = NULL;
    q->len = q->cap = 0;
}

void qsbr_thread_release(ThreadState *ts)
{
    mem_free(ts->qsbr.slot);
    ts->qsbr.slot = NULL;
}

uint64_t qsbr_freed_total(void)
{
    return atomic_load_explicit(&qsbr_freed, memory_order_relaxed);
}
