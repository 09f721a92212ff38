/* Biased reference counting: owner and shared paths, queueing to the
 * owner, merging at safe points and at thread exit, immortal objects, and
 * a many-thread hammer where every object must be freed exactly once. */
#include <sched.h>

#include "unit.h"
#include "tobj.h"
#include "heapcheck.h"

TEST(owner_path_counts_locally)
{
    tobj_reset();
    tobj_thread_begin();
    TObj *t = tobj_new();
    for (int i = 0; i < 1000; i++)
        obj_incref(&t->base);
    CHECK_EQ_LL(atomic_load(&t->base.ref_local), 1001);
    CHECK_EQ_LL(atomic_load(&t->base.ref_shared), 0);
    for (int i = 0; i < 1000; i++)
        obj_decref(&t->base);
    CHECK_EQ_LL(obj_refcount(&t->base), 1);
    obj_decref(&t->base);
    CHECK_EQ_LL(atomic_load(&tobj_freed), 1);
    ts_destroy_current();
    CHECK(tobj_all_freed_once());
}

static TObj *handoff;
static _Atomic int handoff_stage;

static void *drop_last_reference(void *arg)
{
    ThreadState *ts = tobj_thread_begin();
    tobj_wait_for(&handoff_stage, 1);
    tobj_check_live(handoff);
    obj_decref(&handoff->base); /* non-owner: shared count 0 -> queued */
    atomic_store(&handoff_stage, 2);
    ts_destroy_current();
    (void)ts;
    return arg;
}

TEST(nonowner_last_decref_queues_to_owner)
{
    tobj_reset();
    ThreadState *ts = tobj_thread_begin();
    handoff = tobj_new();
    atomic_store(&handoff_stage, 0);
    pthread_t th;
    pthread_create(&th, NULL, drop_last_reference, NULL);
    atomic_store(&handoff_stage, 1); /* our reference moves to the other thread */
    /* Wait detached: no safe point may merge the queue before we look. */
    ThreadState *b = ts_block_begin();
    while (atomic_load(&handoff_stage) != 2)
        sched_yield();
    pthread_join(th, NULL);
    ts_block_end(b);
    CHECK_EQ_LL(atomic_load(&handoff->base.ref_shared) & BRC_STATE_MASK, BRC_QUEUED);
    CHECK_EQ_LL(atomic_load(&tobj_freed), 0);
    CHECK(ts_breaker_pending(ts));
    ts_safe_point(ts); /* merge: local 1 + shared 0 - queue's 1 = 0 */
    CHECK_EQ_LL(atomic_load(&tobj_freed), 1);
    ts_destroy_current();
    CHECK(tobj_all_freed_once());
}

static void *incref_then_wait_then_decref(void *arg)
{
    ThreadState *ts = tobj_thread_begin();
    tobj_wait_for(&handoff_stage, 1);
    obj_incref(&handoff->base); /* shared +1 */
    atomic_store(&handoff_stage, 2);
    tobj_wait_for(&handoff_stage, 3);
    tobj_check_live(handoff);
    obj_decref(&handoff->base); /* merged count 1 -> 0: we free it */
    atomic_store(&handoff_stage, 4);
    ts_destroy_current();
    (void)ts;
    return arg;
}

TEST(owner_gives_up_and_nonowner_frees)
{
    tobj_reset();
    tobj_thread_begin();
    handoff = tobj_new();
    atomic_store(&handoff_stage, 0);
    pthread_t th;
    pthread_create(&th, NULL, incref_then_wait_then_decref, NULL);
    atomic_store(&handoff_stage, 1);
    tobj_wait_for(&handoff_stage, 2);
    obj_decref(&handoff->base); /* local 0, shared 1: ownership given up */
    CHECK_EQ_LL(atomic_load(&handoff->base.tid), 0);
    CHECK_EQ_LL(atomic_load(&handoff->base.ref_shared),
                BRC_SHARED_ONE | BRC_MERGED);
    CHECK_EQ_LL(atomic_load(&tobj_freed), 0);
    atomic_store(&handoff_stage, 3);
    tobj_wait_for(&handoff_stage, 4);
    tobj_join(th);
    CHECK_EQ_LL(atomic_load(&tobj_freed), 1);
    ts_destroy_current();
    CHECK(tobj_all_freed_once());
}

#define EXIT_OBJS 1000
static TObj *exit_objs[EXIT_OBJS];

static void *create_and_exit(void *arg)
{
    tobj_thread_begin();
    for (int i = 0; i < EXIT_OBJS; i++) {
        exit_objs[i] = tobj_new();
        if (i % 2)
            obj_incref(&exit_objs[i]->base); /* local 2, we drop one below */
    }
    for (int i = 1; i < EXIT_OBJS; i += 2)
        obj_decref(&exit_objs[i]->base);
    ts_destroy_current(); /* merges every object we still own */
    return arg;
}

TEST(exit_merges_everything_owned)
{
    tobj_reset();
    pthread_t th;
    pthread_create(&th, NULL, create_and_exit, NULL);
    tobj_join(th);
    int merged = 0;
    for (int i = 0; i < EXIT_OBJS; i++) {
        TObj *t = exit_objs[i];
        if (atomic_load(&t->base.tid) == 0 && atomic_load(&t->base.ref_local) == 0 &&
            atomic_load(&t->base.ref_shared) == (BRC_SHARED_ONE | BRC_MERGED))
            merged++;
    }
    CHECK_EQ_LL(merged, EXIT_OBJS);
    CHECK_EQ_LL(atomic_load(&tobj_freed), 0);
    tobj_thread_begin();
    for (int i = 0; i < EXIT_OBJS; i++)
        obj_decref(&exit_objs[i]->base);
    CHECK_EQ_LL(atomic_load(&tobj_freed), EXIT_OBJS);
    ts_destroy_current();
    CHECK(tobj_all_freed_once());
}

static TObj *immortal;

static void *hammer_immortal(void *arg)
{
    tobj_thread_begin();
    for (int i = 0; i < 200000; i++) {
        obj_incref(&immortal->base);
        obj_decref(&immortal->base);
        obj_decref(&immortal->base);
    }
    ts_destroy_current();
    return arg;
}

TEST(immortal_objects_ignore_counts)
{
    tobj_reset();
    tobj_thread_begin();
    immortal = tobj_new();
    obj_set_immortal(&immortal->base);
    tobj_run_threads(4, hammer_immortal, NULL);
    CHECK(obj_is_immortal(&immortal->base));
    CHECK_EQ_LL(atomic_load(&immortal->base.ref_shared), 0);
    CHECK_EQ_LL(atomic_load(&tobj_freed), 0);
    CHECK_EQ_LL(heapcheck_current(), 0);
    tobj_check_live(immortal);
    ts_destroy_current();
    /* Immortal: never freed; give its memory back by hand. */
    immortal->magic = 0;
    mem_obj_free(immortal);
}

/* Hammer: threads swap fresh objects into shared slots, take counted
 * references out of slots (under the slot's lock), pass them around, and
 * drop them, from owners and non-owners alike. Threads come and go so that
 * objects outlive their owners. */
#define SLOTS 64
#define ROUNDS 30000

typedef struct {
    Mutex lock;
    TObj *obj;
} Slot;

static Slot slots[SLOTS];

static TObj *slot_take(int i)
{
    mutex_lock(&slots[i].lock);
    TObj *t = slots[i].obj;
    if (t)
        obj_incref(&t->base);
    mutex_unlock(&slots[i].lock);
    return t;
}

static void slot_put(int i, TObj *t)
{
    mutex_lock(&slots[i].lock);
    TObj *old = slots[i].obj;
    slots[i].obj = t;
    mutex_unlock(&slots[i].lock);
    if (old) {
        tobj_check_live(old);
        obj_decref(&old->base);
    }
}

static void *hammer(void *arg)
{
    unsigned seed = (unsigned)(uintptr_t)arg * 2654435761u + 1;
    for (int life = 0; life < 3; life++) {
        ThreadState *ts = tobj_thread_begin();
        TObj *held[8] = {0};
        for (int r = 0; r < ROUNDS / 3; r++) {
            seed = seed * 1103515245u + 12345u;
            int i = (seed >> 8) % SLOTS, h = (seed >> 20) % 8;
            switch ((seed >> 4) % 4) {
            case 0:
                slot_put(i, tobj_new());
                break;
            case 1:
            case 2: {
                TObj *t = slot_take(i);
                if (t) {
                    tobj_check_live(t);
                    atomic_fetch_add_explicit(&t->payload, 1, memory_order_relaxed);
                }
                if (held[h])
                    obj_decref(&held[h]->base);
                held[h] = t;
                break;
            }
            case 3:
                if (held[h]) { /* move our reference into a slot */
                    slot_put(i, held[h]);
                    held[h] = NULL;
                }
                break;
            }
            tobj_safe_point(ts);
        }
        for (int h = 0; h < 8; h++)
            if (held[h])
                obj_decref(&held[h]->base);
        /* Other threads are still running: the check stops the world. */
        CHECK_EQ_LL(heapcheck_current(), 0);
        ts_destroy_current();
    }
    return arg;
}

static void hammer_threads(int n)
{
    tobj_reset();
    void *args[8];
    for (int i = 0; i < n; i++)
        args[i] = (void *)(uintptr_t)(i + 1);
    tobj_run_threads(n, hammer, args);
    tobj_thread_begin();
    for (int i = 0; i < SLOTS; i++)
        slot_put(i, NULL);
    ts_destroy_current();
    CHECK(atomic_load(&tobj_created) > 0);
    CHECK_EQ_LL(atomic_load(&tobj_freed), atomic_load(&tobj_created));
    CHECK(tobj_all_freed_once());
}

TEST(hammer_2_threads) { hammer_threads(2); }
TEST(hammer_4_threads) { hammer_threads(4); }
TEST(hammer_8_threads) { hammer_threads(8); }

TEST(heapcheck_finds_broken_headers)
{
    tobj_reset();
    tobj_thread_begin();
    TObj *a = tobj_new(), *b = tobj_new();
    CHECK_EQ_LL(heapcheck_current(), 0);
    atomic_store(&a->base.ref_local, 0);  /* owned, zero local count */
    atomic_store(&b->base.tid, 0);        /* unowned but not merged */
    CHECK_EQ_LL(heapcheck_current(), 2);
    atomic_store(&a->base.ref_local, 1);
    atomic_store(&b->base.tid, ts_current_tid);
    CHECK_EQ_LL(heapcheck_current(), 0);
    obj_decref(&a->base);
    obj_decref(&b->base);
    ts_destroy_current();
    CHECK(tobj_all_freed_once());
}

UNIT_MAIN(heapcheck_finds_broken_headers, owner_path_counts_locally, nonowner_last_decref_queues_to_owner,
          owner_gives_up_and_nonowner_frees, exit_merges_everything_owned,
          immortal_objects_ignore_counts, hammer_2_threads, hammer_4_threads,
          hammer_8_threads)
