/* Biased reference counting: the shared (non-owner) slow paths, the owner
 * table that maps a thread id to the queue of objects handed back to that
 * owner, merging at the owner's safe points, and the exit-time merge.
 *
 * Protocol (see docs/refcount.md):
 *  - A non-owner that drops a reference when the shared count is exactly 0
 *    (state INIT) does not subtract: it moves the state to QUEUED and gives
 *    that reference to the owner's queue. The owner merges at its next safe
 *    point: count = local + shared - 1, ownership given up (tid = 0, MERGED).
 *  - An owner whose local count reaches 0 frees the object when the shared
 *    word is 0, and otherwise gives ownership up (MERGED), freeing when the
 *    merged count is 0.
 *  - A MERGED object is freed by whichever thread drops the count to 0. */
#include "brc.h"

#include <stdio.h>
#include <stdlib.h>

#include "heapcheck.h"
#include "mem.h"
#include "mutex.h"
#include "object.h"
#include "tstate.h"

/* Owner table: buckets keyed by tid. A bucket's lock guards the membership
 * of its chain and the queues of the threads on it, so a queuer that finds
 * the owner pushes before the owner's final drain, and one that does not
 * find it knows the owner is gone for good (tids are never reused). */
#define BRC_NBUCKETS 257

typedef struct {
    Mutex lock;
    ThreadState *head;
} BrcBucket;

static BrcBucket brc_buckets[BRC_NBUCKETS];

static BrcBucket *bucket_for(uint32_t tid)
{
    return &brc_buckets[tid % BRC_NBUCKETS];
}

void brc_shared_saturated(Object *o)
{
    /* 2^28 references held by other threads: counting further could wrap
     * the 30-bit field. Immortal objects leak instead. The owner's plain
     * store may race this and undo it; the next saturated increment
     * re-applies it long before the field can wrap. */
    atomic_store_explicit(&o->ref_local, REF_IMMORTAL, memory_order_relaxed);
}

void brc_local_zero(Object *o)
{
    /* acquire: pairs with the release of non-owners' last decrements, so
     * their writes to the object happen before our free. */
    int32_t shared = atomic_load_explicit(&o->ref_shared, memory_order_acquire);
    if (shared == 0) {
        obj_dealloc(o);
        return;
    }
    /* Others hold references: give ownership up. */
    atomic_store_explicit(&o->tid, 0, memory_order_relaxed);
    int32_t merged;
    do {
        merged = (shared & ~BRC_STATE_MASK) | BRC_MERGED;
    } while (!atomic_compare_exchange_weak_explicit(
        &o->ref_shared, &shared, merged, memory_order_acq_rel, memory_order_acquire));
    if (merged == BRC_MERGED)
        obj_dealloc(o);
}

static void brc_queue_object(Object *o);

void brc_decref_shared(Object *o)
{
    int32_t shared = atomic_load_explicit(&o->ref_shared, memory_order_relaxed);
    int32_t desired;
    bool queue;
    do {
        int state = shared & BRC_STATE_MASK;
        queue = (shared >> BRC_SHARED_SHIFT) == 0 &&
                (state == BRC_SHARED_INIT || state == BRC_MAYBE_WEAKREF);
        /* Queued: the queue keeps our reference, so nothing is subtracted. */
        desired = queue ? ((shared & ~BRC_STATE_MASK) | BRC_QUEUED)
                        : shared - BRC_SHARED_ONE;
    } while (!atomic_compare_exchange_weak_explicit(
        &o->ref_shared, &shared, desired, memory_order_acq_rel, memory_order_relaxed));
    if (queue)
        brc_queue_object(o);
    else if (desired == BRC_MERGED)
        obj_dealloc(o);
}

/* Folds ref_local into ref_shared (plus extra), marks the object MERGED
 * and gives ownership up. With exiting_owner, gives up instead (returns
 * false) if the object is QUEUED or already MERGED: the queue's merge
 * will apply the owner's count, and doing it here too would count twice. */
static bool merge_counts(Object *o, int32_t extra, bool exiting_owner, int64_t *count_out)
{
    int32_t shared = atomic_load_explicit(&o->ref_shared, memory_order_acquire);
    /* The exiting owner walks with the world stopped: the state it reads
     * cannot change before its CAS. */
    int state = shared & BRC_STATE_MASK;
    if (exiting_owner && (state == BRC_QUEUED || state == BRC_MERGED))
        return false;
    uint32_t local = atomic_load_explicit(&o->ref_local, memory_order_relaxed);
    /* Give ownership up before publishing the merged count: once the CAS
     * makes it MERGED, another thread may drop the count to 0 and free the
     * block (mimalloc then links it through its first word), so nothing may
     * be written to the object after the CAS. Until then the state is not
     * MERGED and nobody else frees it. */
    atomic_store_explicit(&o->ref_local, 0, memory_order_relaxed);
    atomic_store_explicit(&o->tid, 0, memory_order_relaxed);
    int64_t count;
    int32_t merged;
    do {
        /* Once MERGED, ref_local was already 0 and adds nothing. */
        count = (int64_t)(shared >> BRC_SHARED_SHIFT) + local + extra;
        if (count >= BRC_SHARED_SATURATE) {
            obj_set_immortal(o);
            *count_out = count;
            return true;
        }
        merged = (int32_t)((uint32_t)count << BRC_SHARED_SHIFT) | BRC_MERGED;
    } while (!atomic_compare_exchange_weak_explicit(
        &o->ref_shared, &shared, merged, memory_order_acq_rel, memory_order_acquire));
    *count_out = count;
    return true;
}

int64_t brc_merge_object(Object *o, int32_t extra)
{
    int64_t count;
    merge_counts(o, extra, false, &count);
    return count;
}

static void queue_push(ThreadState *owner, Object *o)
{
    BrcThread *b = &owner->brc;
    if (b->len == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        Object **q = mem_realloc(b->queue, cap * sizeof *q);
        if (!q) {
            /* Cannot grow: leave the object queued forever (a leak, never
             * a crash). Memory exhaustion is reported elsewhere. */
            return;
        }
        b->queue = q;
        b->cap = cap;
    }
    b->queue[b->len++] = o;
}

/* Hands objects queued to owner `tid` over: one bucket lock for the lot.
 * If the owner exited, it will never merge them: we hold the only claim to
 * each queued reference, and the dead owner's ref_local is frozen (its
 * final bucket unlock happened before our lock), so we merge them here. */
static void hand_over(uint32_t tid, Object **objs, size_t n)
{
    BrcBucket *bucket = bucket_for(tid);
    mutex_lock_nodetach(&bucket->lock);
    ThreadState *owner = bucket->head;
    while (owner && owner->tid != tid)
        owner = owner->brc.bucket_next;
    if (owner) {
        for (size_t i = 0; i < n; i++)
            queue_push(owner, objs[i]);
        ts_breaker_set(owner, EB_BRC_MERGE);
        mutex_unlock(&bucket->lock);
        return;
    }
    mutex_unlock(&bucket->lock);
    for (size_t i = 0; i < n; i++)
        if (brc_merge_object(objs[i], -1) == 0)
            obj_dealloc(objs[i]);
}

void brc_flush_outbox(ThreadState *ts)
{
    BrcThread *b = &ts->brc;
    /* Work on a copy: a dealloc below may queue more objects. */
    size_t n = b->outbox_len;
    Object *objs[BRC_OUTBOX];
    uint32_t tids[BRC_OUTBOX];
    for (size_t i = 0; i < n; i++) {
        objs[i] = b->outbox[i];
        tids[i] = atomic_load_explicit(&objs[i]->tid, memory_order_relaxed);
    }
    b->outbox_len = 0;
    /* Group by owner (n is small): one hand-over per owner. */
    bool done[BRC_OUTBOX] = {false};
    for (size_t i = 0; i < n; i++) {
        if (done[i])
            continue;
        Object *group[BRC_OUTBOX];
        size_t k = 0;
        for (size_t j = i; j < n; j++)
            if (!done[j] && tids[j] == tids[i]) {
                group[k++] = objs[j];
                done[j] = true;
            }
        hand_over(tids[i], group, k);
    }
}

/* Queued objects wait in the queuer's outbox and go to their owners in
 * batches (when it fills, at the queuer's next safe point, at its exit):
 * a consumer freeing a producer's objects takes the owner's bucket lock
 * once per batch, not once per object. A thread with no state hands each
 * object over at once. */
static void brc_queue_object(Object *o)
{
    ThreadState *me = ts_current;
    if (!me) {
        hand_over(atomic_load_explicit(&o->tid, memory_order_relaxed), &o, 1);
        return;
    }
    BrcThread *b = &me->brc;
    if (b->outbox_len == BRC_OUTBOX)
        brc_flush_outbox(me);
    b->outbox[b->outbox_len++] = o;
    if (b->outbox_len == 1)
        ts_breaker_set(me, EB_BRC_MERGE); /* flush at our next safe point */
}

void brc_thread_init(ThreadState *ts)
{
    BrcBucket *bucket = bucket_for(ts->tid);
    ts->brc.queue = NULL;
    ts->brc.len = ts->brc.cap = 0;
    ts->brc.outbox_len = 0;
    mutex_lock_nodetach(&bucket->lock);
    ts->brc.bucket_next = bucket->head;
    bucket->head = ts;
    mutex_unlock(&bucket->lock);
}

/* Takes the queue out under the bucket lock, then merges without it: a
 * dealloc may decref objects whose owners share our bucket. */
static void merge_queue(ThreadState *ts, bool unregister)
{
    BrcBucket *bucket = bucket_for(ts->tid);
    mutex_lock_nodetach(&bucket->lock);
    if (unregister) {
        ThreadState **p = &bucket->head;
        while (*p != ts)
            p = &(*p)->brc.bucket_next;
        *p = ts->brc.bucket_next;
    }
    Object **queue = ts->brc.queue;
    size_t len = ts->brc.len;
    ts->brc.queue = NULL;
    ts->brc.len = ts->brc.cap = 0;
    mutex_unlock(&bucket->lock);

    for (size_t i = 0; i < len; i++) {
        Object *o = queue[i];
        if (brc_merge_object(o, -1) == 0)
            obj_dealloc(o);
    }
    mem_free(queue);
}

void brc_merge_queue(ThreadState *ts)
{
    brc_flush_outbox(ts);
    merge_queue(ts, false);
}

typedef struct {
    uint32_t tid;
    Object **dead;
    size_t len, cap;
} ExitMerge;

static bool merge_owned(Object *o, void *arg)
{
    ExitMerge *m = arg;
    if (atomic_load_explicit(&o->tid, memory_order_relaxed) != m->tid)
        return true;
    if (obj_is_immortal(o))
        return true;
    /* A QUEUED object is merged by the final drain of our queue, or by its
     * queuer if that finds us gone. */
    int64_t count;
    if (!merge_counts(o, 0, true, &count))
        return true;
    if (count == 0 && !obj_has_flag(o, OBJ_F_DEFERRED)) {
        /* Nothing refers to it: free after the walk, not during it. */
        if (m->len == m->cap) {
            size_t cap = m->cap ? m->cap * 2 : 64;
            Object **d = mem_realloc(m->dead, cap * sizeof *d);
            if (!d)
                return true;
            m->dead = d;
            m->cap = cap;
        }
        m->dead[m->len++] = o;
    }
    return true;
}

void brc_thread_fini(ThreadState *ts)
{
    /* Walk our heap with the world stopped: no thread frees a block under
     * the walk, and none is half-way through merging one of our objects.
     * We stay registered during the walk, so every object a queuer hands
     * back (QUEUED, skipped by the walk) reaches our queue or, once we are
     * unregistered, is merged by its queuer; the final drain merges ours. */
    brc_flush_outbox(ts);
    ExitMerge m = {.tid = ts->tid};
    stw_begin();
#ifdef FT_DEBUG
    if (heapcheck_stopped(ts) != 0) {
        fprintf(stderr, "brc: heap invariants violated at thread exit\n");
        abort();
    }
#endif
    mem_visit_objects(ts, merge_owned, &m);
    stw_end();
    merge_queue(ts, true);
    for (size_t i = 0; i < m.len; i++)
        obj_dealloc(m.dead[i]);
    mem_free(m.dead);
}

/* ---- Bounded-depth deallocation (object.h) ----------------------------------------- */

_Thread_local int obj_dealloc_depth;
_Thread_local bool obj_dealloc_pending;
static _Thread_local Object **deferred;
static _Thread_local size_t ndeferred, deferred_cap;

void obj_dealloc_defer(Object *o)
{
    if (ndeferred == deferred_cap) {
        size_t cap = deferred_cap ? deferred_cap * 2 : 256;
        Object **p = realloc(deferred, cap * sizeof(Object *));
        if (!p) {
            /* No memory to queue it: free it now, deeper (rare). */
            ((TypeCore *)o->type)->dealloc(o);
            return;
        }
        deferred = p;
        deferred_cap = cap;
    }
    deferred[ndeferred++] = o;
    obj_dealloc_pending = true;
}

void obj_dealloc_drain(void)
{
    obj_dealloc_depth++;
    while (ndeferred > 0) {
        Object *o = deferred[--ndeferred];
        ((TypeCore *)o->type)->dealloc(o);
    }
    obj_dealloc_pending = false;
    obj_dealloc_depth--;
}
