/* Critical sections: exclusion on one and two objects from many threads,
 * nesting in opposite orders without deadlock (the blocked inner section
 * suspends the outer), re-entry on the same object, and suspension while
 * the thread blocks. */
#include <sched.h>

#include "unit.h"
#include "tobj.h"
#include "critical_section.h"

static TObj objs[2];
static long plain_a, plain_b; /* guarded by objs[0] and objs[1] */
#define ITERS 100000

static void init_objs(void)
{
    for (int i = 0; i < 2; i++) {
        obj_init_header(&objs[i].base, (struct Type *)&tobj_type, 0);
        obj_set_immortal(&objs[i].base);
    }
    plain_a = plain_b = 0;
}

static void *one_and_two(void *arg)
{
    ThreadState *ts = tobj_thread_begin();
    uintptr_t me = (uintptr_t)arg;
    for (int i = 0; i < ITERS; i++) {
        switch ((i + me) % 3) {
        case 0: {
            CriticalSection cs;
            cs_begin(&cs, &objs[0].base);
            plain_a++;
            cs_end(&cs);
            break;
        }
        case 1: {
            CriticalSection2 cs;
            /* Either argument order: locks are taken in address order. */
            if (me & 1)
                cs_begin2(&cs, &objs[0].base, &objs[1].base);
            else
                cs_begin2(&cs, &objs[1].base, &objs[0].base);
            plain_a++;
            plain_b++;
            cs_end2(&cs);
            break;
        }
        case 2: {
            CriticalSection cs;
            cs_begin(&cs, &objs[1].base);
            plain_b++;
            cs_end(&cs);
            break;
        }
        }
        tobj_safe_point(ts);
    }
    ts_destroy_current();
    return arg;
}

static void exclusion(int n)
{
    init_objs();
    void *args[8];
    for (int i = 0; i < n; i++)
        args[i] = (void *)(uintptr_t)i;
    tobj_run_threads(n, one_and_two, args);
    long expect_a = 0, expect_b = 0;
    for (int t = 0; t < n; t++)
        for (int i = 0; i < ITERS; i++) {
            int k = (i + t) % 3;
            expect_a += (k == 0 || k == 1);
            expect_b += (k == 1 || k == 2);
        }
    CHECK_EQ_LL(plain_a, expect_a);
    CHECK_EQ_LL(plain_b, expect_b);
}

TEST(exclusion_2_threads) { exclusion(2); }
TEST(exclusion_4_threads) { exclusion(4); }
TEST(exclusion_8_threads) { exclusion(8); }

/* Half the threads nest a inside b, half b inside a: a deadlock with plain
 * locks. The inner section guards only its own object; the outer one
 * guards its object again after the inner ends (it was suspended). */
static void *nest_opposite(void *arg)
{
    ThreadState *ts = tobj_thread_begin();
    uintptr_t me = (uintptr_t)arg;
    Object *outer = &objs[me & 1].base, *inner = &objs[!(me & 1)].base;
    long *outer_count = (me & 1) ? &plain_b : &plain_a;
    long *inner_count = (me & 1) ? &plain_a : &plain_b;
    for (int i = 0; i < ITERS / 4; i++) {
        CriticalSection co, ci;
        cs_begin(&co, outer);
        cs_begin(&ci, inner);
        (*inner_count)++;
        cs_end(&ci);
        (*outer_count)++;
        cs_end(&co);
        tobj_safe_point(ts);
    }
    ts_destroy_current();
    return arg;
}

TEST(opposite_nesting_does_not_deadlock)
{
    init_objs();
    void *args[8];
    for (int i = 0; i < 8; i++)
        args[i] = (void *)(uintptr_t)i;
    tobj_run_threads(8, nest_opposite, args);
    CHECK_EQ_LL(plain_a, 8L * (ITERS / 4));
    CHECK_EQ_LL(plain_b, 8L * (ITERS / 4));
}

TEST(reentry_on_same_object)
{
    init_objs();
    tobj_thread_begin();
    CriticalSection c1, c2;
    CriticalSection2 c3;
    cs_begin(&c1, &objs[0].base);
    cs_begin(&c2, &objs[0].base);
    cs_begin2(&c3, &objs[0].base, &objs[0].base);
    plain_a++;
    cs_end2(&c3);
    cs_end(&c2);
    CHECK(mutex_is_locked(&objs[0].base.mutex));
    cs_end(&c1);
    CHECK(!mutex_is_locked(&objs[0].base.mutex));
    ts_destroy_current();
}

static _Atomic int stage;

static void *take_while_other_blocks(void *arg)
{
    tobj_thread_begin();
    tobj_wait_for(&stage, 1);
    CriticalSection cs;
    cs_begin(&cs, &objs[0].base); /* succeeds only if the holder suspended */
    plain_a += 100;
    cs_end(&cs);
    atomic_store(&stage, 2);
    ts_destroy_current();
    return arg;
}

TEST(blocking_suspends_and_resumes)
{
    init_objs();
    atomic_store(&stage, 0);
    ThreadState *ts = tobj_thread_begin();
    pthread_t th;
    pthread_create(&th, NULL, take_while_other_blocks, NULL);
    CriticalSection outer, inner;
    cs_begin(&outer, &objs[0].base);
    cs_begin(&inner, &objs[1].base);
    plain_a = 1;
    ThreadState *blocked = ts_block_begin(); /* as I/O would: suspends both */
    CHECK(blocked == ts);
    CHECK(!mutex_is_locked(&objs[0].base.mutex));
    CHECK(!mutex_is_locked(&objs[1].base.mutex));
    atomic_store(&stage, 1);
    tobj_wait_for(&stage, 2);
    ts_block_end(blocked); /* resumes only the innermost */
    CHECK(mutex_is_locked(&objs[1].base.mutex));
    CHECK(!mutex_is_locked(&objs[0].base.mutex));
    cs_end(&inner); /* and now the outer one */
    CHECK(mutex_is_locked(&objs[0].base.mutex));
    CHECK_EQ_LL(plain_a, 101);
    cs_end(&outer);
    CHECK(!mutex_is_locked(&objs[0].base.mutex));
    tobj_join(th);
    ts_destroy_current();
}

UNIT_MAIN(exclusion_2_threads, exclusion_4_threads, exclusion_8_threads,
          opposite_nesting_does_not_deadlock, reentry_on_same_object,
          blocking_suspends_and_resumes)
