/* A test object type for the runtime's unit tests: counts allocations and
 * frees, records each object's frees by id, and marks freed objects dead so
 * a use after free is caught (by the magic check, and by ASan). */
#ifndef FT_TOBJ_H
#define FT_TOBJ_H

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>

#include "unit.h"

#include "mem.h"
#include "object.h"
#include "tstate.h"

#define TOBJ_LIVE 0x11fe11feu
#define TOBJ_DEAD 0xdeaddeadu
#define TOBJ_MAX_IDS (1 << 20)

typedef struct TObj {
    Object base;
    uint32_t magic;
    uint32_t id;
    _Atomic long payload;
} TObj;

static _Atomic int tobj_frees[TOBJ_MAX_IDS];
static _Atomic long tobj_created, tobj_freed;
static _Atomic uint32_t tobj_next_id;

static void tobj_dealloc(Object *o)
{
    TObj *t = (TObj *)o;
    if (t->magic != TOBJ_LIVE)
        abort(); /* freed twice */
    t->magic = TOBJ_DEAD;
    atomic_fetch_add(&tobj_frees[t->id % TOBJ_MAX_IDS], 1);
    atomic_fetch_add(&tobj_freed, 1);
    mem_obj_free(o);
}

static TypeCore tobj_type = {
    .base = {.ref_local = REF_IMMORTAL, .flags = OBJ_F_STATIC},
    .name = "tobj",
    .dealloc = tobj_dealloc,
};

static inline TObj *tobj_new(void)
{
    TObj *t = mem_obj_alloc(sizeof *t);
    if (!t)
        abort();
    obj_init_header(&t->base, (struct Type *)&tobj_type, ts_current_tid);
    t->magic = TOBJ_LIVE;
    t->id = atomic_fetch_add(&tobj_next_id, 1);
    atomic_init(&t->payload, 0);
    atomic_fetch_add(&tobj_created, 1);
    return t;
}

static inline void tobj_check_live(const TObj *t)
{
    if (t->magic != TOBJ_LIVE)
        abort();
}

/* Every object created so far was freed exactly once. */
static inline int tobj_all_freed_once(void)
{
    uint32_t n = atomic_load(&tobj_next_id);
    if (n > TOBJ_MAX_IDS)
        n = TOBJ_MAX_IDS;
    for (uint32_t i = 0; i < n; i++)
        if (atomic_load(&tobj_frees[i]) != 1)
            return 0;
    return atomic_load(&tobj_created) == atomic_load(&tobj_freed);
}

static inline void tobj_reset(void)
{
    uint32_t n = atomic_load(&tobj_next_id);
    for (uint32_t i = 0; i < n && i < TOBJ_MAX_IDS; i++)
        atomic_store(&tobj_frees[i], 0);
    atomic_store(&tobj_next_id, 0);
    atomic_store(&tobj_created, 0);
    atomic_store(&tobj_freed, 0);
}

/* A thread that runs "interpreter-like" code: attached, with safe points. */
static inline ThreadState *tobj_thread_begin(void)
{
    ThreadState *ts = ts_create();
    ts_attach(ts);
    return ts;
}

static inline void tobj_safe_point(ThreadState *ts)
{
    if (ts_breaker_pending(ts))
        ts_safe_point(ts);
}

/* Waiting on other threads from an attached thread must keep reaching
 * safe points (or detach): a thread that exits stops the world. */
static inline void tobj_wait_for(_Atomic int *v, int want)
{
    while (atomic_load(v) != want) {
        ThreadState *ts = ts_current;
        if (ts && atomic_load(&ts->status) == TS_ATTACHED)
            tobj_safe_point(ts);
        sched_yield();
    }
}

static inline void tobj_join(pthread_t th)
{
    ThreadState *b = ts_block_begin();
    pthread_join(th, NULL);
    ts_block_end(b);
}

static inline void tobj_run_threads(int n, void *(*fn)(void *), void **args)
{
    ThreadState *b = ts_block_begin();
    unit_run_threads(n, fn, args);
    ts_block_end(b);
}

#endif
