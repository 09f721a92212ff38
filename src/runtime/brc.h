/* Biased reference counting, thread side: the queue of objects other
 * threads handed back to their owner, merging, and the exit-time merge. */
#ifndef FT_BRC_H
#define FT_BRC_H

#include <stddef.h>
#include <stdint.h>

struct Object;
struct ThreadState;

#define BRC_OUTBOX 32

/* Per-thread BRC state. queue/len/cap (objects handed to this thread as
 * their owner) are guarded by the lock of the thread's bucket in the owner
 * table; the outbox (objects this thread queued to other owners, not yet
 * handed over) is the thread's own (brc.c). */
typedef struct BrcThread {
    struct ThreadState *bucket_next;
    struct Object **queue;
    size_t len, cap;
    struct Object *outbox[BRC_OUTBOX];
    size_t outbox_len;
} BrcThread;

/* Registers the thread as a possible owner (ts->tid must be set). */
void brc_thread_init(struct ThreadState *ts);
/* Unregisters, merges what was queued, then merges every object the thread
 * still owns so none keeps a dead owner. The thread must be attached. */
void brc_thread_fini(struct ThreadState *ts);
/* Safe point: hand this thread's outbox to the owners, then merge the
 * objects queued to it. */
void brc_merge_queue(struct ThreadState *ts);
/* Hands the outbox over now. */
void brc_flush_outbox(struct ThreadState *ts);

/* Gives up ownership of o, folding ref_local into ref_shared. Returns the
 * merged count; extra is added to it (the queue's reference is -1). Only
 * the owner, or the queuer of an object whose owner is gone, calls it. */
int64_t brc_merge_object(struct Object *o, int32_t extra);

#endif
