/* _thread.lock and _thread.RLock: Python-level locks on the parking lot.
 * Every wait detaches the thread, so a stop-the-world and the other
 * threads proceed while a thread blocks on a Python lock. */
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <sched.h>

#include "modules/thread_internal.h"
#include "mutex.h"
#include "objects/err.h"
#include "objects/floatobj.h"
#include "objects/intobj.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "parking_lot.h"

/* ---- The lock primitive ------------------------------------------------- */

/* Hook for interruptible waits: when the parking lot learns to return
 * PARK_INTR (a signal arrived), this runs the pending handlers of the main
 * thread; a handler that raises (KeyboardInterrupt) ends the wait with -1.
 * Until then it never raises. */
static int run_pending_calls(void) { return 0; }

static void release_cb(void *arg, void *park_arg, bool has_more)
{
    TLock *l = arg;
    /* Under the bucket lock: no waiter can park on the byte meanwhile, so
     * clearing PARKED when none is left cannot strand one (a waiter about
     * to park re-checks the byte and sees the bit gone). */
    if (!has_more)
        atomic_fetch_and_explicit(&l->bits, (uint8_t)~TLOCK_PARKED, memory_order_relaxed);
}

bool tlock_release(TLock *l)
{
    uint8_t b = atomic_load_explicit(&l->bits, memory_order_relaxed);
    for (;;) {
        if (!(b & TLOCK_LOCKED))
            return false;
        /* release: publishes the holder's writes to the next acquirer. */
        if (atomic_compare_exchange_weak_explicit(&l->bits, &b, (uint8_t)(b & ~TLOCK_LOCKED),
                                                  memory_order_release, memory_order_relaxed))
            break;
    }
    if (b & TLOCK_PARKED)
        parking_lot_unpark(&l->bits, release_cb, l);
    return true;
}

int tlock_acquire(TLock *l, int64_t timeout_ns)
{
    uint8_t b = 0;
    if (atomic_compare_exchange_strong_explicit(&l->bits, &b, TLOCK_LOCKED, memory_order_acquire,
                                                memory_order_relaxed))
        return LOCK_ACQUIRED;
    int64_t deadline = timeout_ns > 0 ? parking_lot_now_ns() + timeout_ns : timeout_ns;
    int spins = 0;
    for (;;) {
        b = atomic_load_explicit(&l->bits, memory_order_relaxed);
        if (!(b & TLOCK_LOCKED)) {
            if (atomic_compare_exchange_weak_explicit(&l->bits, &b, (uint8_t)(b | TLOCK_LOCKED),
                                                      memory_order_acquire, memory_order_relaxed))
                return LOCK_ACQUIRED;
            continue;
        }
        if (timeout_ns == 0)
            return LOCK_TIMEOUT;
        /* A short spin before sleeping: the holder of a Python lock often
         * releases within a few bytecodes. */
        if (!(b & TLOCK_PARKED) && spins < 10) {
            spins++;
            sched_yield();
            continue;
        }
        if (!(b & TLOCK_PARKED)) {
            if (!atomic_compare_exchange_weak_explicit(&l->bits, &b, (uint8_t)(b | TLOCK_PARKED),
                                                       memory_order_relaxed, memory_order_relaxed))
                continue;
            b |= TLOCK_PARKED;
        }
        int64_t rem = -1;
        if (deadline > 0) {
            rem = deadline - parking_lot_now_ns();
            if (rem <= 0)
                return LOCK_TIMEOUT;
        }
        int r = parking_lot_park(&l->bits, &b, 1, rem, NULL, true);
        if (r == PARK_INTR && run_pending_calls() < 0)
            return -1;
        /* PARK_OK, PARK_AGAIN, PARK_TIMEOUT: try again; a woken or timed
         * out waiter always makes one more attempt before giving up. */
    }
}

static _Thread_local uint64_t my_ident;

uint64_t thread_ident(void)
{
    if (!my_ident)
        my_ident = (uint64_t)pthread_self();
    return my_ident;
}

/* ---- acquire() arguments ------------------------------------------------- */

int thread_parse_acquire(const char *fname, const Value *args, size_t nargs, Object *kw,
                         int64_t *timeout_ns)
{
    static const char *const names[] = {"blocking", "timeout"};
    ArgSpec spec = {fname, names, 2, 0, 0, 2};
    Value a[2];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return -1;
    bool blocking = true;
    if (a[0]) {
        int t = obj_is_true(a[0]);
        if (t < 0)
            return -1;
        blocking = t;
    }
    double timeout = -1;
    if (a[1] && float_as_double(a[1], &timeout) < 0)
        return -1;
    if (!blocking && timeout != -1) {
        err_set(&Exc_ValueError, "can't specify a timeout for a non-blocking call");
        return -1;
    }
    if (timeout < 0 && timeout != -1) {
        err_set(&Exc_ValueError, "timeout value must be a non-negative number");
        return -1;
    }
    if (!blocking) {
        *timeout_ns = 0;
    } else if (timeout == -1) {
        *timeout_ns = -1;
    } else {
        if (!(timeout <= THREAD_TIMEOUT_MAX)) {
            err_set(&Exc_OverflowError, "timeout value is too large");
            return -1;
        }
        double ns = ceil(timeout * 1e9);
        *timeout_ns = ns >= (double)INT64_MAX ? INT64_MAX : (int64_t)ns;
        if (*timeout_ns == 0 && timeout > 0)
            *timeout_ns = 1;
    }
    return 0;
}

/* ---- _thread.lock ---------------------------------------------------------- */

typedef struct LockObj {
    Object base;
    TLock lock;
} LockObj;

static TLock *lock_of(Value self) { return &((LockObj *)val_as_obj(self))->lock; }

static Value lock_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("lock", kw) < 0 || args_count("lock", nargs, 0, 0) < 0)
        return VAL_NULL;
    Object *o = obj_alloc(type, 0);
    return o ? (Value)o : VAL_NULL;
}

static void lock_dealloc(Object *o) { obj_free(o); }

static Value lock_acquire(Value self, const Value *args, size_t nargs, Object *kw)
{
    int64_t timeout;
    if (thread_parse_acquire("acquire", args, nargs, kw, &timeout) < 0)
        return VAL_NULL;
    int r = tlock_acquire(lock_of(self), timeout);
    if (r < 0)
        return VAL_NULL;
    return val_bool(r == LOCK_ACQUIRED);
}

static Value lock_release(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (!tlock_release(lock_of(self))) {
        err_set(&Exc_RuntimeError, "release unlocked lock");
        return VAL_NULL;
    }
    return VAL_NONE;
}

static Value lock_exit(Value self, const Value *args, size_t nargs, Object *kw)
{
    return lock_release(self, NULL, 0, NULL);
}

static Value lock_locked(Value self, const Value *args, size_t nargs, Object *kw)
{
    return val_bool(tlock_locked(lock_of(self)));
}

static Value lock_repr(Value self)
{
    return str_printf("<%s %s object at %p>", tlock_locked(lock_of(self)) ? "locked" : "unlocked",
                      val_type(self)->core.name, (void *)val_as_obj(self));
}

static const MethodDef lock_methods[] = {
    {"acquire", lock_acquire, 0, "Lock the lock."},
    {"acquire_lock", lock_acquire, 0, NULL},
    {"__enter__", lock_acquire, 0, NULL},
    {"release", lock_release, 0, "Release the lock."},
    {"release_lock", lock_release, 0, NULL},
    {"__exit__", lock_exit, 0, NULL},
    {"locked", lock_locked, 0, "Test whether the lock is currently locked."},
    {"locked_lock", lock_locked, 0, NULL},
    {0},
};

Type ThreadLock_Type = {
    TYPE_HEADER("_thread.lock", lock_dealloc),
    .basicsize = sizeof(LockObj),
    .tp_new = lock_new,
    .repr = lock_repr,
    .methods = lock_methods,
    .doc = "A lock object is a synchronization primitive.",
};

/* ---- _thread.RLock ---------------------------------------------------------- */

/* owner: the holder's ident, 0 when free; written only by the holder
 * (after acquiring, before releasing), read by anyone: a thread sees its own
 * ident there only if it holds the lock. count: the holder's depth. */
typedef struct RLockObj {
    Object base;
    TLock lock;
    _Atomic uint64_t owner;
    uint64_t count;
} RLockObj;

static RLockObj *as_rlock(Value v) { return (RLockObj *)val_as_obj(v); }

static Value rlock_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    Object *o = obj_alloc(type, 0);
    return o ? (Value)o : VAL_NULL;
}

static bool rlock_owned(RLockObj *r)
{
    return atomic_load_explicit(&r->owner, memory_order_relaxed) == thread_ident() && r->count > 0;
}

static Value rlock_acquire(Value self, const Value *args, size_t nargs, Object *kw)
{
    int64_t timeout;
    if (thread_parse_acquire("acquire", args, nargs, kw, &timeout) < 0)
        return VAL_NULL;
    RLockObj *r = as_rlock(self);
    if (rlock_owned(r)) {
        if (r->count == UINT64_MAX) {
            err_set(&Exc_OverflowError, "Internal lock count overflowed");
            return VAL_NULL;
        }
        r->count++;
        return VAL_TRUE;
    }
    int rc = tlock_acquire(&r->lock, timeout);
    if (rc < 0)
        return VAL_NULL;
    if (rc != LOCK_ACQUIRED)
        return VAL_FALSE;
    atomic_store_explicit(&r->owner, thread_ident(), memory_order_relaxed);
    r->count = 1;
    return VAL_TRUE;
}

static Value rlock_release(Value self, const Value *args, size_t nargs, Object *kw)
{
    RLockObj *r = as_rlock(self);
    if (!rlock_owned(r)) {
        err_set(&Exc_RuntimeError, "cannot release un-acquired lock");
        return VAL_NULL;
    }
    if (--r->count == 0) {
        atomic_store_explicit(&r->owner, 0, memory_order_relaxed);
        tlock_release(&r->lock);
    }
    return VAL_NONE;
}

static Value rlock_exit(Value self, const Value *args, size_t nargs, Object *kw)
{
    return rlock_release(self, NULL, 0, NULL);
}

/* Condition.wait support: release completely, returning (count, owner). */
static Value rlock_release_save(Value self, const Value *args, size_t nargs, Object *kw)
{
    RLockObj *r = as_rlock(self);
    if (!rlock_owned(r)) {
        err_set(&Exc_RuntimeError, "cannot release un-acquired lock");
        return VAL_NULL;
    }
    Value c = int_from_u64(r->count);
    Value o = int_from_u64(thread_ident());
    if (!c || !o) {
        val_xdecref(c);
        val_xdecref(o);
        return VAL_NULL;
    }
    r->count = 0;
    atomic_store_explicit(&r->owner, 0, memory_order_relaxed);
    tlock_release(&r->lock);
    Object *t = tuple_pack(2, c, o);
    val_decref(c);
    val_decref(o);
    return t ? (Value)t : VAL_NULL;
}

static Value rlock_acquire_restore(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("_acquire_restore", nargs, 1, 1) < 0)
        return VAL_NULL;
    Value st = args[0];
    int64_t count;
    if (!val_is_tuple(st) || tuple_size(val_as_obj(st)) != 2) {
        err_set(&Exc_TypeError, "_acquire_restore() argument must be a 2-tuple");
        return VAL_NULL;
    }
    if (int_as_i64(tuple_get(val_as_obj(st), 0), &count) < 0)
        return VAL_NULL;
    RLockObj *r = as_rlock(self);
    if (tlock_acquire(&r->lock, -1) < 0)
        return VAL_NULL;
    atomic_store_explicit(&r->owner, thread_ident(), memory_order_relaxed);
    r->count = (uint64_t)count;
    return VAL_NONE;
}

static Value rlock_is_owned(Value self, const Value *args, size_t nargs, Object *kw)
{
    return val_bool(rlock_owned(as_rlock(self)));
}

static Value rlock_recursion_count(Value self, const Value *args, size_t nargs, Object *kw)
{
    RLockObj *r = as_rlock(self);
    return int_from_u64(rlock_owned(r) ? r->count : 0);
}

static Value rlock_locked(Value self, const Value *args, size_t nargs, Object *kw)
{
    return val_bool(tlock_locked(&as_rlock(self)->lock));
}

static Value rlock_repr(Value self)
{
    RLockObj *r = as_rlock(self);
    uint64_t owner = atomic_load_explicit(&r->owner, memory_order_relaxed);
    uint64_t count = owner == thread_ident() ? r->count : owner ? 1 : 0;
    return str_printf("<%s %s object owner=%llu count=%llu at %p>",
                      tlock_locked(&r->lock) ? "locked" : "unlocked", type_name(val_type(self)),
                      (unsigned long long)owner, (unsigned long long)count, (void *)r);
}

static const MethodDef rlock_methods[] = {
    {"acquire", rlock_acquire, 0, NULL},
    {"__enter__", rlock_acquire, 0, NULL},
    {"release", rlock_release, 0, NULL},
    {"__exit__", rlock_exit, 0, NULL},
    {"locked", rlock_locked, 0, NULL},
    {"_is_owned", rlock_is_owned, 0, NULL},
    {"_release_save", rlock_release_save, 0, NULL},
    {"_acquire_restore", rlock_acquire_restore, 0, NULL},
    {"_recursion_count", rlock_recursion_count, 0, NULL},
    {0},
};

Type ThreadRLock_Type = {
    TYPE_HEADER("_thread.RLock", lock_dealloc),
    .tflags = TF_BASETYPE,
    .basicsize = sizeof(RLockObj),
    .tp_new = rlock_new,
    .repr = rlock_repr,
    .methods = rlock_methods,
};
