/* Slow paths of the one-byte mutex: spinning, parking on the byte, and the
 * unlock that wakes a waiter, handing the lock over once it waited too long. */
#include "mutex.h"

#include <sched.h>
#include <stdio.h>
#include <stdlib.h>

#include "parking_lot.h"

_Static_assert(sizeof(Mutex) == 1, "Mutex must stay one byte");

/* Rounds of sched_yield() before parking. Spinning pays when the holder is
 * about to release (short critical sections); yielding rather than pausing
 * lets the holder run when there are more threads than cores. */
#define MUTEX_SPIN 40

/* A waiter that has waited this long is handed the lock directly.
 * (Overridable only to measure what the handoff buys.) */
#ifndef MUTEX_FAIR_NS
#define MUTEX_FAIR_NS 1000000
#endif

/* Handed to the parking lot as park_arg; lives on the waiter's stack. The
 * unlocker reads start and writes handoff inside its unpark callback, under
 * the bucket lock; the waiter reads handoff only after PARK_OK, whose
 * release/acquire on the waiter's wake word orders the two. */
typedef struct MutexWaiter {
    int64_t start;  /* when this thread first parked for this acquisition */
    bool handoff;   /* set by the unlocker: the lock is ours, LOCKED left set */
} MutexWaiter;

bool mutex_trylock(Mutex *m)
{
    uint8_t v = atomic_load_explicit(&m->bits, memory_order_relaxed);
    /* A free mutex may still show HAS_PARKED; we keep that bit so the waiters
     * are woken at our unlock. Taking a free lock past parked waiters
     * (barging) is deliberate: it is what gives throughput, and the handoff
     * in unlock bounds how long a waiter can be overtaken. */
    while (!(v & MUTEX_LOCKED)) {
        if (atomic_compare_exchange_weak_explicit(&m->bits, &v, v | MUTEX_LOCKED,
                                                  memory_order_acquire, memory_order_relaxed))
            return true;
    }
    return false;
}

bool mutex_is_locked(const Mutex *m)
{
    return (atomic_load_explicit(&m->bits, memory_order_relaxed) & MUTEX_LOCKED) != 0;
}

int mutex_lock_timed(Mutex *m, int64_t timeout_ns, int flags)
{
    if (mutex_trylock(m))
        return LOCK_ACQUIRED;
    if (timeout_ns == 0)
        return LOCK_TIMEOUT;

    int64_t deadline = -1; /* forever, also when now + timeout_ns would overflow */
    if (timeout_ns > 0) {
        int64_t now = parking_lot_now_ns();
        if (timeout_ns <= INT64_MAX - now)
            deadline = now + timeout_ns;
    }
    MutexWaiter me = {.start = -1, .handoff = false};
    int spins = 0;
    uint8_t v = atomic_load_explicit(&m->bits, memory_order_relaxed);
    for (;;) {
        if (!(v & MUTEX_LOCKED)) {
            if (atomic_compare_exchange_weak_explicit(&m->bits, &v, v | MUTEX_LOCKED,
                                                      memory_order_acquire,
                                                      memory_order_relaxed))
                return LOCK_ACQUIRED;
            continue; /* v was reloaded by the failed CAS */
        }
        if (!(v & MUTEX_HAS_PARKED)) {
            /* Nobody parked yet: spin a little before paying for a park. Once
             * HAS_PARKED is set we no longer spin, so a thread woken without
             * the lock goes straight back to the queue. */
            if (spins < MUTEX_SPIN) {
                spins++;
                sched_yield();
                v = atomic_load_explicit(&m->bits, memory_order_relaxed);
                continue;
            }
            /* Announce ourselves before parking, so the holder's unlock
             * takes the slow path and looks in the parking lot. */
            if (!atomic_compare_exchange_weak_explicit(&m->bits, &v, v | MUTEX_HAS_PARKED,
                                                       memory_order_relaxed,
                                                       memory_order_relaxed))
                continue;
            v |= MUTEX_HAS_PARKED;
        }

        int64_t left = -1;
        if (deadline >= 0) {
            left = deadline - parking_lot_now_ns();
            if (left <= 0)
                return LOCK_TIMEOUT;
        }
        if (me.start < 0)
            me.start = parking_lot_now_ns();
        /* Parks only if the byte still reads LOCKED|HAS_PARKED under the
         * bucket lock; the unlocker changes it under that same lock, so the
         * wake-up cannot be missed. */
        int r = parking_lot_park(&m->bits, &v, sizeof v, left, &me, (flags & MUTEX_DETACH) != 0);
        if (r == PARK_OK && me.handoff)
            return LOCK_ACQUIRED;
        if (r == PARK_TIMEOUT)
            return LOCK_TIMEOUT;
        if (r == PARK_INTR)
            return LOCK_INTR;
        /* PARK_AGAIN, or woken in throughput mode: compete again. */
        v = atomic_load_explicit(&m->bits, memory_order_relaxed);
    }
}

void mutex_lock_slow(Mutex *m)
{
    mutex_lock_timed(m, -1, MUTEX_DETACH);
}

void mutex_lock_nodetach(Mutex *m)
{
    uint8_t expected = 0;
    if (!atomic_compare_exchange_strong_explicit(&m->bits, &expected, MUTEX_LOCKED,
                                                 memory_order_acquire, memory_order_relaxed))
        mutex_lock_timed(m, -1, 0);
}

/* Runs under the bucket lock of &m->bits, after the parking lot dequeued the
 * oldest waiter (w, or NULL when none was left). While we are here the byte is
 * LOCKED|HAS_PARKED and nobody else can change it: other lockers see LOCKED
 * and can only try to park, which needs this bucket lock; only the holder (we)
 * unlocks. So a plain store of the new state is exact. */
static void unlock_handoff(void *arg, void *park_arg, bool has_more_waiters)
{
    Mutex *m = arg;
    MutexWaiter *w = park_arg;
    uint8_t nv = has_more_waiters ? MUTEX_HAS_PARKED : 0;
    if (w && parking_lot_now_ns() - w->start > MUTEX_FAIR_NS) {
        /* Fair mode: the lock passes straight to w, LOCKED stays set, and no
         * barging thread can slip in. w reads handoff after its wake-up. */
        w->handoff = true;
        nv |= MUTEX_LOCKED;
    }
    /* release: in throughput mode the next acquirer's CAS must see our
     * critical section. In fair mode w is ordered by the wake-up instead. */
    atomic_store_explicit(&m->bits, nv, memory_order_release);
}

void mutex_unlock_slow(Mutex *m)
{
    uint8_t v = atomic_load_explicit(&m->bits, memory_order_relaxed);
    for (;;) {
        if (!(v & MUTEX_LOCKED)) {
            fprintf(stderr, "ftpy: fatal: unlock of an unlocked mutex %p\n", (void *)m);
            abort();
        }
        if (v & MUTEX_HAS_PARKED) {
            parking_lot_unpark(&m->bits, unlock_handoff, m);
            return;
        }
        /* Only LOCKED: we were called without the inline fast path, or the
         * weak CAS below failed spuriously. HAS_PARKED cannot be cleared by
         * anyone but the holder, so once seen set we never come back here. */
        if (atomic_compare_exchange_weak_explicit(&m->bits, &v, 0, memory_order_release,
                                                  memory_order_relaxed))
            return;
    }
}
