/* The recursive mutex: ownership by a per-thread identity, recursion by a
 * depth counter, exclusion by the one-byte Mutex underneath. */
#include "rmutex.h"

#include <stdio.h>
#include <stdlib.h>

/* A thread's identity is the address of its copy of this variable: unique
 * among live threads, non-zero, and one TLS address computation to get.
 * (A thread that exits while holding an RMutex leaves it held for good; a
 * later thread reusing the same TLS block would then look like the owner.
 * Exiting while holding a lock is a bug either way.) */
static _Thread_local char rmutex_self_tag;

static uintptr_t self_id(void)
{
    return (uintptr_t)&rmutex_self_tag;
}

/* Why a relaxed load of owner is enough to decide "do I own it?": the only
 * store of our own id into r->owner is made by this thread, and so is the
 * only store that replaces it with 0; program order means we always see our
 * own latest store. Other threads' stores never write our id, so whatever
 * stale value we might read, it equals our id exactly when we are the owner.
 * The exclusion itself (and the ordering of the protected data) comes from
 * the acquire/release of r->m. */
static bool owned_by(const RMutex *r, uintptr_t me)
{
    return atomic_load_explicit(&r->owner, memory_order_relaxed) == me;
}

static void take(RMutex *r, uintptr_t me)
{
    atomic_store_explicit(&r->owner, me, memory_order_relaxed);
    r->level = 1;
}

void rmutex_lock(RMutex *r)
{
    uintptr_t me = self_id();
    if (owned_by(r, me)) {
        r->level++;
        return;
    }
    mutex_lock(&r->m);
    take(r, me);
}

int rmutex_lock_timed(RMutex *r, int64_t timeout_ns, int flags)
{
    uintptr_t me = self_id();
    if (owned_by(r, me)) {
        r->level++;
        return LOCK_ACQUIRED;
    }
    int res = mutex_lock_timed(&r->m, timeout_ns, flags);
    if (res == LOCK_ACQUIRED)
        take(r, me);
    return res;
}

bool rmutex_trylock(RMutex *r)
{
    uintptr_t me = self_id();
    if (owned_by(r, me)) {
        r->level++;
        return true;
    }
    if (!mutex_trylock(&r->m))
        return false;
    take(r, me);
    return true;
}

void rmutex_unlock(RMutex *r)
{
    if (!owned_by(r, self_id())) {
        fprintf(stderr, "ftpy: fatal: rmutex_unlock of %p by a thread that does not own it\n",
                (void *)r);
        abort();
    }
    if (--r->level > 0)
        return;
    /* Clear owner before releasing m: after the release another thread may
     * take m and store its own id, which must not be overwritten by ours. */
    atomic_store_explicit(&r->owner, 0, memory_order_relaxed);
    mutex_unlock(&r->m);
}

bool rmutex_is_owned(const RMutex *r)
{
    return owned_by(r, self_id());
}
