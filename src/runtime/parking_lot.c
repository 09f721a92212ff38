/* The parking lot: a fixed hash table of buckets, each a tiny futex lock and
 * a FIFO queue of waiters; every waiter sleeps on its own futex word. */
#include "parking_lot.h"

#include <errno.h>
#include <linux/futex.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

/* Owned by tstate.c; declared here rather than by including tstate.h so the
 * bottom layer depends on nothing but these two functions. */
struct ThreadState;
struct ThreadState *ts_block_begin(void);
void ts_block_end(struct ThreadState *ts);

/* A parked thread, living on its own stack for the duration of
 * parking_lot_park().
 *
 * Invariants:
 *  - prev/next/queued are read and written only under the bucket lock.
 *  - queued is true exactly while the waiter is linked in its bucket's queue.
 *  - woken goes 0 -> 1 once, by the unparker that dequeued the waiter, after
 *    that unparker has released the bucket lock. That release store is the
 *    last access any other thread makes to the Waiter: after it the parker
 *    may return and its stack frame be reused. The futex wake that follows
 *    passes only the address to the kernel, which tolerates a stale one (at
 *    worst a spurious wake-up of whatever sleeps there now, and every sleeper
 *    re-checks its word).
 *  - A dequeued waiter is always woken, so a parker that finds itself
 *    dequeued may wait for woken without a timeout. */
typedef struct Waiter {
    struct Waiter *prev, *next;
    const void *addr;
    void *park_arg;
    bool queued;
    _Atomic uint32_t woken;
} Waiter;

/* One slot of the table. A cache line each, so threads parking on unrelated
 * addresses do not share a line. lock: 0 free, 1 held, 2 held and maybe
 * contended (someone sleeps or is about to sleep on it). */
typedef struct Bucket {
    _Alignas(64) _Atomic uint32_t lock;
    Waiter *head, *tail; /* FIFO: park appends at tail, unpark takes the head-most match */
} Bucket;

#define BUCKET_BITS 8
#define NBUCKETS (1u << BUCKET_BITS)

/* Zero-initialised: an empty queue and a free lock, so no set-up is needed. */
static Bucket buckets[NBUCKETS];

/* ---- futex ---- */

static void futex_wait(_Atomic uint32_t *word, uint32_t val, const struct timespec *rel)
{
    /* Any return (woken, EAGAIN when the word already changed, EINTR,
     * ETIMEDOUT, spurious) is fine: every caller re-checks its condition. */
    syscall(SYS_futex, (void *)word, FUTEX_WAIT_PRIVATE, val, rel, NULL, 0);
}

static void futex_wake(_Atomic uint32_t *word, int n)
{
    syscall(SYS_futex, (void *)word, FUTEX_WAKE_PRIVATE, n, NULL, NULL, 0);
}

/* ---- bucket lock: the three-state futex mutex, the bottom layer ----
 * Acquire on lock and release on unlock make everything done under one
 * holding visible to the next holder; that is all the queues need. */

static void bucket_lock(Bucket *b)
{
    uint32_t c = 0;
    if (atomic_compare_exchange_strong_explicit(&b->lock, &c, 1, memory_order_acquire,
                                                memory_order_relaxed))
        return;
    /* Contended: mark the lock 2 before sleeping so the holder's unlock
     * knows to wake someone. We may leave it 2 after we acquire even when no
     * one else waits; that costs one needless wake, never a lost one. */
    if (c != 2)
        c = atomic_exchange_explicit(&b->lock, 2, memory_order_acquire);
    while (c != 0) {
        futex_wait(&b->lock, 2, NULL);
        c = atomic_exchange_explicit(&b->lock, 2, memory_order_acquire);
    }
}

static void bucket_unlock(Bucket *b)
{
    if (atomic_exchange_explicit(&b->lock, 0, memory_order_release) == 2)
        futex_wake(&b->lock, 1);
}

static Bucket *bucket_for(const void *addr)
{
    /* Fibonacci hashing: the multiply spreads the low, alignment-biased bits
     * of the address into the top bits we keep. */
    uint64_t h = (uint64_t)(uintptr_t)addr * UINT64_C(0x9E3779B97F4A7C15);
    return &buckets[h >> (64 - BUCKET_BITS)];
}

/* ---- queue (bucket lock held) ---- */

static void queue_append(Bucket *b, Waiter *w)
{
    w->next = NULL;
    w->prev = b->tail;
    if (b->tail)
        b->tail->next = w;
    else
        b->head = w;
    b->tail = w;
    w->queued = true;
}

static void queue_remove(Bucket *b, Waiter *w)
{
    if (w->prev)
        w->prev->next = w->next;
    else
        b->head = w->next;
    if (w->next)
        w->next->prev = w->prev;
    else
        b->tail = w->prev;
    w->prev = w->next = NULL;
    w->queued = false;
}

static Waiter *queue_find(Waiter *from, const void *addr)
{
    while (from && from->addr != addr)
        from = from->next;
    return from;
}

/* ---- waking ---- */

/* Called without the bucket lock, on a waiter already dequeued. */
static void waiter_wake(Waiter *w)
{
    /* release: everything the unparker did before (its critical section, the
     * callback's writes to park_arg) happens-before the parker's acquire load
     * of woken. After this store w may be gone; see the Waiter invariants. */
    atomic_store_explicit(&w->woken, 1, memory_order_release);
    futex_wake(&w->woken, 1);
}

/* ---- public ---- */

int64_t parking_lot_now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

static bool value_matches(const void *addr, const void *expected, size_t size)
{
    /* An atomic load: the word is concurrently written by lock-free code.
     * acquire, so a caller that sees PARK_AGAIN also sees what the writer
     * published before changing the word. */
    switch (size) {
    case 1:
        return atomic_load_explicit((const _Atomic uint8_t *)addr, memory_order_acquire) ==
               *(const uint8_t *)expected;
    case 2:
        return atomic_load_explicit((const _Atomic uint16_t *)addr, memory_order_acquire) ==
               *(const uint16_t *)expected;
    case 4:
        return atomic_load_explicit((const _Atomic uint32_t *)addr, memory_order_acquire) ==
               *(const uint32_t *)expected;
    case 8:
        return atomic_load_explicit((const _Atomic uint64_t *)addr, memory_order_acquire) ==
               *(const uint64_t *)expected;
    default:
        fprintf(stderr, "parking_lot_park: bad size %zu\n", size);
        abort();
    }
}

/* The timeout expired with woken still 0. Either we are still queued (no
 * unparker chose us: leave and report the timeout) or an unparker dequeued us
 * and is about to store woken: we must consume that wake-up, so we wait for
 * it, without a timeout since it is certain, and report PARK_OK. */
static int park_cancel(Bucket *b, Waiter *w)
{
    bucket_lock(b);
    bool still_queued = w->queued;
    if (still_queued)
        queue_remove(b, w);
    bucket_unlock(b);
    if (still_queued)
        return PARK_TIMEOUT;
    while (atomic_load_explicit(&w->woken, memory_order_acquire) == 0)
        futex_wait(&w->woken, 0, NULL);
    return PARK_OK;
}

int parking_lot_park(const void *addr, const void *expected, size_t size,
                     int64_t timeout_ns, void *park_arg, bool detach)
{
    Bucket *b = bucket_for(addr);
    Waiter w = {.addr = addr, .park_arg = park_arg};
    atomic_init(&w.woken, 0);

    /* Comparing and enqueuing under one holding of the bucket lock is what
     * prevents lost wake-ups: an unparker changes *addr first and then takes
     * this lock, so either it finds us queued or we see its new value. */
    bucket_lock(b);
    if (!value_matches(addr, expected, size)) {
        bucket_unlock(b);
        return PARK_AGAIN;
    }
    if (timeout_ns == 0) {
        bucket_unlock(b);
        return PARK_TIMEOUT;
    }
    queue_append(b, &w);
    bucket_unlock(b);

    /* deadline < 0: forever. A timeout too large to add is forever too. */
    int64_t deadline = -1;
    if (timeout_ns > 0) {
        int64_t now = parking_lot_now_ns();
        if (timeout_ns <= INT64_MAX - now)
            deadline = now + timeout_ns;
    }
    struct ThreadState *ts = detach ? ts_block_begin() : NULL;
    int result = PARK_OK;
    while (atomic_load_explicit(&w.woken, memory_order_acquire) == 0) {
        struct timespec rel, *relp = NULL;
        if (deadline >= 0) {
            int64_t left = deadline - parking_lot_now_ns();
            if (left <= 0) {
                result = park_cancel(b, &w);
                break;
            }
            rel.tv_sec = (time_t)(left / 1000000000);
            rel.tv_nsec = (long)(left % 1000000000);
            relp = &rel;
        }
        futex_wait(&w.woken, 0, relp);
    }
    if (detach)
        ts_block_end(ts);
    return result;
}

void parking_lot_unpark(const void *addr,
                        void (*fn)(void *arg, void *park_arg, bool has_more_waiters),
                        void *arg)
{
    Bucket *b = bucket_for(addr);
    bucket_lock(b);
    Waiter *w = queue_find(b->head, addr);
    Waiter *rest = NULL; /* w was the first match: any other lies after it */
    if (w) {
        rest = w->next;
        queue_remove(b, w);
    }
    if (fn)
        fn(arg, w ? w->park_arg : NULL, queue_find(rest, addr) != NULL);
    bucket_unlock(b);
    if (w)
        waiter_wake(w);
}

void parking_lot_unpark_all(const void *addr)
{
    Bucket *b = bucket_for(addr);
    Waiter *list = NULL, **tailp = &list;
    bucket_lock(b);
    for (Waiter *w = queue_find(b->head, addr), *nx; w; w = nx) {
        nx = queue_find(w->next, addr);
        queue_remove(b, w);
        *tailp = w; /* chain the dequeued waiters through next, in FIFO order */
        tailp = &w->next;
    }
    bucket_unlock(b);
    for (Waiter *w = list, *nx; w; w = nx) {
        nx = w->next; /* read before waking: afterwards w may be gone */
        waiter_wake(w);
    }
}

size_t parking_lot_queue_length(const void *addr)
{
    Bucket *b = bucket_for(addr);
    size_t n = 0;
    bucket_lock(b);
    for (Waiter *w = queue_find(b->head, addr); w; w = queue_find(w->next, addr))
        n++;
    bucket_unlock(b);
    return n;
}
