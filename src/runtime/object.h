/* The header every heap object starts with, and reference counting on it.
 * Biased reference counting (Choi, Shull, Torrellas, PACT 2018; PEP 703):
 * the owning thread counts in ref_local with plain stores, every other
 * thread counts in ref_shared with atomic read-modify-writes. */
#ifndef FT_OBJECT_H
#define FT_OBJECT_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "mutex.h"
#include "value.h"

struct Type;

/* 24 bytes. Invariants:
 *  - tid is the owner's thread id, or 0 once the owner gave the object up
 *    (its counts merged into ref_shared). Only the owner writes a non-zero
 *    tid's ref_local, and only the owner (or, for a dead owner, the single
 *    thread that queued it) changes tid.
 *  - ref_local == REF_IMMORTAL marks an immortal object: both counts are
 *    ignored and it is never freed.
 *  - ref_shared holds (count << 2) | state; the count may be negative while
 *    state is BRC_QUEUED. The true count is ref_local + (ref_shared >> 2)
 *    (while queued, minus the one reference the queue holds). */
typedef struct Object {
    _Atomic uint32_t tid;
    _Atomic uint32_t ref_local;
    _Atomic int32_t ref_shared;
    Mutex mutex;              /* per-object lock for critical sections */
    uint8_t gc_bits;          /* owned by the cycle collector */
    _Atomic uint16_t flags;   /* OBJ_F_* */
    struct Type *type;
} Object;

_Static_assert(sizeof(Object) == 24, "the object header is 24 bytes");

#define REF_IMMORTAL UINT32_MAX

/* States in the low two bits of ref_shared. */
enum {
    BRC_SHARED_INIT = 0,
    BRC_MAYBE_WEAKREF = 1, /* may have weak references (reserved for weakref) */
    BRC_QUEUED = 2,        /* queued to the owner, which will merge it */
    BRC_MERGED = 3,        /* the owner gave it up: ref_shared is the whole count */
};
#define BRC_SHARED_SHIFT 2
#define BRC_STATE_MASK 3
#define BRC_SHARED_ONE (1 << BRC_SHARED_SHIFT)
/* A shared count past this makes the object immortal (leak, never crash). */
#define BRC_SHARED_SATURATE (1 << 28)

enum {
    OBJ_F_DEFERRED = 1 << 0, /* deferred refcounting: only the collector frees it */
    OBJ_F_GC = 1 << 1,       /* a container the cycle collector traverses */
    OBJ_F_STATIC = 1 << 2,   /* statically allocated, immortal */
};

/* The first fields of every type object; the object layer extends it. */
typedef struct TypeCore {
    Object base;
    const char *name;
    void (*dealloc)(Object *o); /* frees o; called once, when its count is 0 */
} TypeCore;

/* The calling thread's id (0 when it has no thread state). Kept apart from
 * the thread state so the refcount fast path is one TLS load. */
extern _Thread_local uint32_t ts_current_tid;

/* Out-of-line halves of biased reference counting (brc.c). */
void brc_local_zero(Object *o);
void brc_decref_shared(Object *o);
void brc_shared_saturated(Object *o);

static inline void obj_init_header(Object *o, struct Type *type, uint32_t tid)
{
    atomic_init(&o->tid, tid);
    atomic_init(&o->ref_local, 1);
    atomic_init(&o->ref_shared, 0);
    atomic_init(&o->mutex.bits, 0);
    o->gc_bits = 0;
    atomic_init(&o->flags, 0);
    o->type = type;
}

static inline bool obj_is_immortal(const Object *o)
{
    return atomic_load_explicit(&o->ref_local, memory_order_relaxed) == REF_IMMORTAL;
}

static inline bool obj_owned_by_current(const Object *o)
{
    return atomic_load_explicit(&o->tid, memory_order_relaxed) == ts_current_tid;
}

static inline void obj_incref(Object *o)
{
    uint32_t local = atomic_load_explicit(&o->ref_local, memory_order_relaxed);
    if (local == REF_IMMORTAL)
        return;
    if (atomic_load_explicit(&o->tid, memory_order_relaxed) == ts_current_tid) {
        /* Owner: no other thread writes ref_local, a plain store suffices. */
        atomic_store_explicit(&o->ref_local, local + 1, memory_order_relaxed);
    } else {
        int32_t old = atomic_fetch_add_explicit(&o->ref_shared, BRC_SHARED_ONE,
                                                memory_order_relaxed);
        if (old >= (BRC_SHARED_SATURATE << BRC_SHARED_SHIFT))
            brc_shared_saturated(o);
    }
}

static inline void obj_decref(Object *o)
{
    uint32_t local = atomic_load_explicit(&o->ref_local, memory_order_relaxed);
    if (local == REF_IMMORTAL)
        return;
    if (atomic_load_explicit(&o->tid, memory_order_relaxed) == ts_current_tid) {
        local--;
        atomic_store_explicit(&o->ref_local, local, memory_order_relaxed);
        if (local == 0)
            brc_local_zero(o);
    } else {
        brc_decref_shared(o);
    }
}

static inline void obj_xdecref(Object *o)
{
    if (o)
        obj_decref(o);
}

static inline void obj_set_immortal(Object *o)
{
    atomic_store_explicit(&o->ref_local, REF_IMMORTAL, memory_order_relaxed);
    atomic_store_explicit(&o->tid, 0, memory_order_relaxed);
}

static inline void obj_set_flag(Object *o, uint16_t f)
{
    atomic_fetch_or_explicit(&o->flags, f, memory_order_relaxed);
}

static inline bool obj_has_flag(const Object *o, uint16_t f)
{
    return (atomic_load_explicit(&o->flags, memory_order_relaxed) & f) != 0;
}

/* The true count, for tests and sys.getrefcount; racy by nature. */
static inline int64_t obj_refcount(const Object *o)
{
    uint32_t local = atomic_load_explicit(&o->ref_local, memory_order_relaxed);
    if (local == REF_IMMORTAL)
        return UINT32_MAX;
    int32_t shared = atomic_load_explicit(&o->ref_shared, memory_order_relaxed);
    return (int64_t)local + (shared >> BRC_SHARED_SHIFT);
}

/* Deallocation nests when an object drops the last reference to another
 * (a long chain of lists or traceback entries). Past a depth the objects
 * are queued and freed by the outermost dealloc, so the C stack stays
 * bounded whatever the shape of the data ("trashcan"). */
#define OBJ_DEALLOC_MAX_DEPTH 200
extern _Thread_local int obj_dealloc_depth;
void obj_dealloc_defer(Object *o);
void obj_dealloc_drain(void);
extern _Thread_local bool obj_dealloc_pending;

static inline void obj_dealloc(Object *o)
{
    if (obj_dealloc_depth >= OBJ_DEALLOC_MAX_DEPTH) {
        obj_dealloc_defer(o);
        return;
    }
    obj_dealloc_depth++;
    ((TypeCore *)o->type)->dealloc(o);
    if (--obj_dealloc_depth == 0 && obj_dealloc_pending)
        obj_dealloc_drain();
}

/* Values: small ints are never counted. */
static inline void val_incref(Value v)
{
    if (val_is_obj(v))
        obj_incref(val_as_obj(v));
}

static inline void val_decref(Value v)
{
    if (val_is_obj(v))
        obj_decref(val_as_obj(v));
}

#endif
