/* The one-byte mutex used for per-object locks and runtime-internal locks:
 * one CAS to lock or unlock when uncontended; waiters park in the parking lot. */
#ifndef FT_MUTEX_H
#define FT_MUTEX_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

/* bits: MUTEX_LOCKED while held; MUTEX_HAS_PARKED while some thread may be
 * parked on the byte (set before parking, cleared only by an unlocker that
 * learns from the parking lot that no waiter remains). A set HAS_PARKED sends
 * unlock to the slow path; a stale one is harmless and is cleared there. */
typedef struct Mutex {
    _Atomic uint8_t bits;
} Mutex;

#define MUTEX_INIT {0}

enum { MUTEX_LOCKED = 1, MUTEX_HAS_PARKED = 2 };

/* Flags for mutex_lock_timed(). */
enum { MUTEX_DETACH = 1 }; /* detach the thread state while parked */

/* Results of the timed lock functions. */
enum { LOCK_ACQUIRED = 1, LOCK_TIMEOUT = 0, LOCK_INTR = -1 };

/* Out-of-line slow paths of mutex_lock/mutex_unlock. */
void mutex_lock_slow(Mutex *m);
void mutex_unlock_slow(Mutex *m);

static inline void mutex_lock(Mutex *m)
{
    /* acquire: pairs with the release of the previous unlock, so its
     * critical section happens-before ours. */
    uint8_t expected = 0;
    if (!atomic_compare_exchange_strong_explicit(&m->bits, &expected, MUTEX_LOCKED,
                                                 memory_order_acquire, memory_order_relaxed))
        mutex_lock_slow(m);
}

static inline void mutex_unlock(Mutex *m)
{
    /* release: publishes the critical section to the next acquirer. Fails
     * (and goes slow) exactly when HAS_PARKED is set or the mutex is not
     * locked. */
    uint8_t expected = MUTEX_LOCKED;
    if (!atomic_compare_exchange_strong_explicit(&m->bits, &expected, 0, memory_order_release,
                                                 memory_order_relaxed))
        mutex_unlock_slow(m);
}

/* Takes the mutex if it is free right now; never blocks. */
bool mutex_trylock(Mutex *m);

/* timeout_ns < 0 waits forever, 0 only tries. Returns LOCK_ACQUIRED,
 * LOCK_TIMEOUT or (reserved for a future signal hook) LOCK_INTR. */
int mutex_lock_timed(Mutex *m, int64_t timeout_ns, int flags);

/* A snapshot; only meaningful to the holder or for assertions. */
bool mutex_is_locked(const Mutex *m);

/* For runtime-internal locks taken where the thread must not detach (for
 * instance while it is itself in the middle of attaching or detaching). */
void mutex_lock_nodetach(Mutex *m);

#endif
