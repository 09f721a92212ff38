/* The recursive mutex: a Mutex plus the owning thread and a depth, for
 * locks the same thread may take again (RLock, import lock, I/O objects). */
#ifndef FT_RMUTEX_H
#define FT_RMUTEX_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mutex.h"

/* m:     held exactly while owner != 0.
 * owner: the holder's thread identity (see rmutex.c), 0 when free. Written
 *        only by the holder, right after acquiring m and right before
 *        releasing it; read by anyone, relaxed.
 * level: how many times the owner holds it (1 after the first lock); read
 *        and written only by the owner. */
typedef struct RMutex {
    Mutex m;
    _Atomic uintptr_t owner;
    size_t level;
} RMutex;

#define RMUTEX_INIT {MUTEX_INIT, 0, 0}

/* Blocks (detached) until acquired; re-entry by the owner just counts. */
void rmutex_lock(RMutex *r);
/* As mutex_lock_timed (timeout_ns < 0 forever, 0 try; MUTEX_DETACH). */
int rmutex_lock_timed(RMutex *r, int64_t timeout_ns, int flags);
bool rmutex_trylock(RMutex *r);
/* Undoes one lock; aborts with a message if the caller is not the owner. */
void rmutex_unlock(RMutex *r);
/* Whether the calling thread holds r. */
bool rmutex_is_owned(const RMutex *r);

#endif
