/* Quiescent-state-based reclamation: memory that other threads may be
 * reading without a lock (item arrays, key tables, caches) is retired and
 * freed only once every attached thread has passed a quiescent point. */
#ifndef FT_QSBR_H
#define FT_QSBR_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

struct ThreadState;

/* Sequence value of a thread that holds no references (detached). */
#define QSBR_OFFLINE 0

typedef struct QsbrRetired {
    void *ptr;
    void (*free_fn)(void *);
    uint64_t goal; /* free once every attached thread has seen this sequence */
} QsbrRetired;

/* Per-thread state. seq sits on its own cache line (allocated apart), so a
 * quiescent report writes only memory no other thread writes. */
typedef struct QsbrThread {
    struct QsbrSeq *slot;
    QsbrRetired *retired;
    size_t len, cap;
    uint64_t polls; /* retire calls since the last reclamation attempt */
} QsbrThread;

struct QsbrSeq {
    _Alignas(64) _Atomic uint64_t seq;
    char pad[64 - sizeof(uint64_t)];
};

void qsbr_thread_init(struct ThreadState *ts);
/* Goes offline and hands unfinished retirements to the orphan list. */
void qsbr_thread_fini(struct ThreadState *ts);
/* Frees the slot; only once the thread left the runtime's list. */
void qsbr_thread_release(struct ThreadState *ts);

/* The thread holds no pointer into memory retired before now. */
void qsbr_quiescent(struct ThreadState *ts);
/* Attach/detach: a detached thread is ignored by reclamation. */
void qsbr_online(struct ThreadState *ts);
void qsbr_offline(struct ThreadState *ts);

/* Frees ptr with free_fn (mem_free when NULL) once it is safe. */
void qsbr_retire(struct ThreadState *ts, void *ptr, void (*free_fn)(void *));
/* Frees what is safe now; returns how many retirements remain. */
size_t qsbr_reclaim(struct ThreadState *ts);
/* Frees everything retired, waiting for other threads' quiescent states.
 * The caller must not hold references into retired memory. For tests and
 * shutdown. */
void qsbr_barrier(struct ThreadState *ts);

/* Statistics for tests. */
uint64_t qsbr_freed_total(void);

#endif
