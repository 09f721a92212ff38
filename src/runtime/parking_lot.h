/* The parking lot: a global table of wait queues keyed by address, on which
 * every blocking primitive (Mutex, RMutex, threading locks, events) sleeps. */
#ifndef FT_PARKING_LOT_H
#define FT_PARKING_LOT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Results of parking_lot_park(). */
enum {
    PARK_OK = 0,       /* woken by parking_lot_unpark/_unpark_all */
    PARK_AGAIN = -1,   /* *addr did not hold *expected: not parked at all */
    PARK_TIMEOUT = -2, /* timed out; the waiter is no longer queued */
    PARK_INTR = -3,    /* reserved for a future signal hook; never returned today */
};

/* Parks the calling thread on addr if *addr still equals *expected (size 1,
 * 2, 4 or 8 bytes; the comparison is an atomic load made under the bucket
 * lock, so an unparker that changes *addr and then calls unpark cannot miss
 * this thread). timeout_ns is relative; < 0 waits forever, 0 returns
 * PARK_TIMEOUT at once when the value matches. park_arg is handed to the
 * callback of the unparker that wakes this thread. detach: the thread state
 * is detached (ts_block_begin/ts_block_end) while the thread sleeps.
 * Spurious wake-ups and EINTR are absorbed: PARK_OK means a real unpark. */
int parking_lot_park(const void *addr, const void *expected, size_t size,
                     int64_t timeout_ns, void *park_arg, bool detach);

/* Wakes the longest-waiting thread parked on addr, if any. fn (may be NULL)
 * runs under the bucket lock, after the waiter is dequeued and before it is
 * woken, as fn(arg, its park_arg or NULL when none was parked,
 * has_more_waiters): no thread can park on or be unparked from addr while fn
 * runs, which is what lets a lock update its state word there. */
void parking_lot_unpark(const void *addr,
                        void (*fn)(void *arg, void *park_arg, bool has_more_waiters),
                        void *arg);

/* Wakes every thread parked on addr. */
void parking_lot_unpark_all(const void *addr);

/* Monotonic clock in nanoseconds; every timeout in the runtime is measured
 * against it. */
int64_t parking_lot_now_ns(void);

/* Number of threads parked on addr right now (a snapshot; for tests and
 * debugging, not for synchronisation). */
size_t parking_lot_queue_length(const void *addr);

#endif
