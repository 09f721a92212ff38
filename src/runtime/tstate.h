/* Thread states: every OS thread that touches Python objects has one.
 * Attach/detach, the eval-breaker word, safe points and stop-the-world. */
#ifndef FT_TSTATE_H
#define FT_TSTATE_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "brc.h"
#include "qsbr.h"

/* Status of a thread state.
 *   DETACHED  - the thread does not touch objects (blocked in C, or idle);
 *               stop-the-world may move it to SUSPENDED at any time.
 *   ATTACHED  - the thread may touch objects; it reaches a safe point soon.
 *   SUSPENDED - held by a stop-the-world; it may not attach until the
 *               world restarts.
 * Only the owning thread moves DETACHED->ATTACHED and ATTACHED->DETACHED;
 * the stop-the-world requester moves DETACHED->SUSPENDED and back. */
enum {
    TS_DETACHED = 0,
    TS_ATTACHED = 1,
    TS_SUSPENDED = 2,
};

/* Bits of the eval-breaker word, polled at safe points (backward jumps,
 * calls). Any bit set sends the thread into ts_safe_point(). */
enum {
    EB_STOP_WORLD = 1u << 0, /* a stop-the-world waits for this thread   */
    EB_BRC_MERGE = 1u << 1,  /* objects were queued to us for merging    */
    EB_QSBR = 1u << 2,       /* retired memory waits for reclamation     */
    EB_GIL_DROP = 1u << 3,   /* another thread asks for the GIL          */
    EB_SIGNAL = 1u << 4,     /* a signal handler must run (main thread)  */
    EB_ASYNC_EXC = 1u << 5,  /* an asynchronous exception is pending     */
};

struct CriticalSection;

typedef struct ThreadState {
    uint32_t tid;                 /* owner id stored in object headers; never 0, never reused */
    _Atomic int status;           /* TS_* */
    _Atomic uint32_t eval_breaker; /* EB_* */
    uintptr_t cs_top;             /* innermost critical section, tagged (critical_section.c) */
    void *obj_heap;               /* mimalloc heap holding this thread's objects (mem.c) */
    BrcThread brc;                /* objects queued to this owner (brc.c) */
    QsbrThread qsbr;              /* reclamation bookkeeping (qsbr.c) */
    struct ThreadState *prev, *next; /* in the runtime's list, under ts_list_lock */
} ThreadState;

/* The thread state bound to the calling OS thread, or NULL. Read on every
 * refcount operation, so it is a plain initial-exec thread-local. */
extern _Thread_local ThreadState *ts_current;
extern _Thread_local uint32_t ts_current_tid; /* ts_current->tid, or 0 */

/* Creates a thread state for the calling OS thread and binds it, DETACHED. */
ThreadState *ts_create(void);
/* Detaches if needed, merges everything the thread owns, unbinds and frees. */
void ts_destroy_current(void);

void ts_attach(ThreadState *ts);
void ts_detach(ThreadState *ts);

/* Blocking from an attached thread: detach (suspending critical sections)
 * and return the state to give back to ts_block_end(). NULL when the calling
 * thread has no state or is not attached; ts_block_end(NULL) does nothing. */
ThreadState *ts_block_begin(void);
void ts_block_end(ThreadState *ts);

/* Called by the interpreter at safe points when eval_breaker != 0. */
void ts_safe_point(ThreadState *ts);

static inline bool ts_breaker_pending(const ThreadState *ts)
{
    return atomic_load_explicit(&ts->eval_breaker, memory_order_relaxed) != 0;
}

static inline void ts_breaker_set(ThreadState *ts, uint32_t bits)
{
    atomic_fetch_or_explicit(&ts->eval_breaker, bits, memory_order_release);
}

/* Stop-the-world: on return every other thread is SUSPENDED or parked at a
 * safe point and touches no object until stw_end(). The caller must be
 * attached. Nested or concurrent requests serialise. */
void stw_begin(void);
void stw_end(void);

/* Iteration over all thread states; call with ts_list_lock held, or with the
 * world stopped. */
ThreadState *ts_first(void);
void ts_list_lock(void);
void ts_list_unlock(void);
int ts_count(void);

#endif
