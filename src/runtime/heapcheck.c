/* The header invariants of docs/refcount.md, checked over a heap walk:
 *  - every object has a type;
 *  - tid is the allocating thread or 0 (ownership only ever moves to 0);
 *  - an owned object has ref_local >= 1 and is not MERGED;
 *  - an unowned, mortal object is MERGED with ref_local == 0;
 *  - a live, mortal, non-deferred object has a positive true count.
 * Used by tests and, in debug builds, at every thread exit. */
#include "heapcheck.h"

#include <stdio.h>

#include "mem.h"
#include "object.h"
#include "tstate.h"

typedef struct {
    uint32_t tid;
    size_t checked, bad;
} Check;

static void report(Check *c, const Object *o, const char *what)
{
    if (c->bad++ < 20)
        fprintf(stderr, "heapcheck: object %p (%s): %s [tid %u local %u shared %d]\n",
                (const void *)o, o->type ? ((const TypeCore *)o->type)->name : "?", what,
                atomic_load_explicit(&o->tid, memory_order_relaxed),
                atomic_load_explicit(&o->ref_local, memory_order_relaxed),
                atomic_load_explicit(&o->ref_shared, memory_order_relaxed));
}

static bool check_object(Object *o, void *arg)
{
    Check *c = arg;
    c->checked++;
    if (!o->type) {
        report(c, o, "no type");
        return true;
    }
    if (obj_is_immortal(o))
        return true;
    uint32_t tid = atomic_load_explicit(&o->tid, memory_order_relaxed);
    uint32_t local = atomic_load_explicit(&o->ref_local, memory_order_relaxed);
    int32_t shared = atomic_load_explicit(&o->ref_shared, memory_order_relaxed);
    int state = shared & BRC_STATE_MASK;
    int64_t count = (int64_t)local + (shared >> BRC_SHARED_SHIFT);
    if (tid != c->tid && tid != 0)
        report(c, o, "owned by a thread that did not allocate it");
    else if (tid != 0 && local == 0)
        report(c, o, "owned with a zero local count");
    else if (tid != 0 && state == BRC_MERGED)
        report(c, o, "owned but merged");
    else if (tid == 0 && (state != BRC_MERGED || local != 0))
        report(c, o, "unowned but not merged");
    else if (count <= 0 && !obj_has_flag(o, OBJ_F_DEFERRED))
        report(c, o, "live with no reference");
    return true;
}

size_t heapcheck_stopped(ThreadState *ts)
{
    Check c = {.tid = ts->tid};
    mem_visit_objects(ts, check_object, &c);
    return c.bad;
}

size_t heapcheck_current(void)
{
    ThreadState *ts = ts_current;
    if (!ts)
        return 0;
    /* Stopped: nobody frees into, or merges an object of, this heap. */
    stw_begin();
    size_t bad = heapcheck_stopped(ts);
    stw_end();
    return bad;
}
