/* The `_thread` module's shared pieces: the parking-lot lock that
 * threading.Lock and RLock are built on, and the module's types. */
#ifndef FT_THREAD_INTERNAL_H
#define FT_THREAD_INTERNAL_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "objects/obj.h"

/* A lock for Python code: unlike the per-object Mutex it may be held
 * across arbitrary Python code (it is never a critical section), released
 * by a thread other than the acquirer, and a release of an unlocked lock is
 * an error for the caller to report, not an abort.
 *   TLOCK_LOCKED  held;
 *   TLOCK_PARKED  some thread may be parked on the byte: set by a waiter
 *                 before it parks (the park re-checks the byte under the
 *                 bucket lock), cleared only by a releaser's unpark callback
 *                 when the parking lot reports no waiter left.
 * Releasing clears LOCKED with one CAS (whoever wins it is the only
 * releaser) and wakes one waiter when PARKED was set; the woken thread
 * competes again (no handoff), so a running thread may barge. */
typedef struct TLock {
    _Atomic uint8_t bits;
} TLock;

enum { TLOCK_LOCKED = 1, TLOCK_PARKED = 2 };

/* timeout_ns < 0 waits forever, 0 only tries. Waits detached. Returns
 * LOCK_ACQUIRED, LOCK_TIMEOUT, or -1 with an exception set when the wait
 * was interrupted and a pending call (a signal handler) raised. */
int tlock_acquire(TLock *l, int64_t timeout_ns);
/* false when the lock was not held. */
bool tlock_release(TLock *l);
static inline bool tlock_locked(TLock *l)
{
    return (atomic_load_explicit(&l->bits, memory_order_relaxed) & TLOCK_LOCKED) != 0;
}

/* The calling thread's identity as _thread.get_ident() reports it. */
uint64_t thread_ident(void);

/* Parses acquire(blocking=True, timeout=-1) into a timeout in ns (-1:
 * forever, 0: try). -1 with ValueError/OverflowError as CPython. */
int thread_parse_acquire(const char *fname, const Value *args, size_t nargs, Object *kw,
                         int64_t *timeout_ns);

extern Type ThreadLock_Type, ThreadRLock_Type, ThreadLocal_Type, ThreadHandle_Type;

/* Drops the calling thread's entries from every _thread._local (thread exit). */
void thread_local_exit(uint32_t tid);
int thread_types_init(void);

#define THREAD_TIMEOUT_MAX 9223372036.0

#endif
