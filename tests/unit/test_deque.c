/* collections.deque from C: the ring buffer's operations, and hammer tests
 * where several threads append and pop on one deque at once (nothing lost,
 * nothing duplicated). Run under the tsan and asan builds too. */
#include "unit.h"

#include "cont_init.h"
#include "modules/collections.h"
#include "tobj.h"

#define NTHREADS 8
#define PER_THREAD 20000

int types_init(void); /* the object layer's start-up (types_init.c) */

static void deque_init_types(void)
{
    static bool done;
    if (done)
        return;
    done = true;
    hash_init_secret("0");
    ts_attach(ts_create());
    if (types_init() < 0 || type_ready(&Deque_Type) < 0 || type_ready(&DequeIter_Type) < 0)
        abort();
}

static int64_t item_int(Value v)
{
    return val_is_int(v) ? val_as_int(v) : val_as_int(tuple_get(val_as_obj(v), 0));
}

TEST(deque_basic_operations)
{
    deque_init_types();
    Value d = deque_new();
    if (!d) {
        CHECK(d != VAL_NULL);
        return;
    }
    for (int i = 0; i < 100; i++)
        CHECK(deque_append(d, val_from_int(i)) == 0);
    for (int i = 1; i <= 100; i++)
        CHECK(deque_appendleft(d, val_from_int(-i)) == 0);
    CHECK_EQ_LL(obj_len(d), 200);
    Value first = deque_pop(d, true), last = deque_pop(d, false);
    CHECK_EQ_LL(val_as_int(first), -100);
    CHECK_EQ_LL(val_as_int(last), 99);
    Value v = obj_getitem(d, val_from_int(100));
    CHECK_EQ_LL(val_as_int(v), 1);
    CHECK(obj_contains(d, val_from_int(42)) == 1);
    CHECK(obj_contains(d, val_from_int(4242)) == 0);
    /* iteration gives the items in order */
    Value it = obj_iter(d);
    int64_t expect = -99, n = 0;
    Value item;
    while ((item = obj_next(it))) {
        CHECK_EQ_LL(val_as_int(item), expect);
        expect = expect == -1 ? 0 : expect + 1;
        n++;
    }
    CHECK_EQ_LL(n, 198);
    val_decref(it);
    /* mutation during iteration is reported */
    it = obj_iter(d);
    item = obj_next(it);
    deque_append(d, val_from_int(7));
    CHECK(obj_next(it) == VAL_NULL && err_matches(&Exc_RuntimeError));
    err_clear();
    val_decref(it);
    while (obj_len(d) > 0)
        val_decref(deque_pop(d, false));
    CHECK(deque_pop(d, true) == VAL_NULL && err_matches(&Exc_IndexError));
    err_clear();
    val_decref(d);
}

static Value shared;
static _Atomic int go;
static _Atomic long popped_sum, popped_count;

static void *producer(void *arg)
{
    ThreadState *ts = tobj_thread_begin();
    int64_t base = (int64_t)(uintptr_t)arg * PER_THREAD;
    tobj_wait_for(&go, 1);
    for (int64_t i = 0; i < PER_THREAD; i++) {
        /* Half small ints, half heap objects (refcounts across threads). */
        Value v = i & 1 ? val_from_int(base + i) : val_from_obj(tuple_pack(1, val_from_int(base + i)));
        if ((i & 2) ? deque_append(shared, v) : deque_appendleft(shared, v))
            abort();
        val_decref(v);
        tobj_safe_point(ts);
    }
    ts_destroy_current();
    return NULL;
}

static void *consumer(void *arg)
{
    ThreadState *ts = tobj_thread_begin();
    tobj_wait_for(&go, 1);
    long sum = 0, count = 0;
    for (int64_t i = 0; i < PER_THREAD; i++) {
        Value v = deque_pop(shared, i & 1);
        if (!v) {
            err_clear(); /* empty for the moment */
            continue;
        }
        sum += item_int(v);
        count++;
        val_decref(v);
        tobj_safe_point(ts);
    }
    atomic_fetch_add(&popped_sum, sum);
    atomic_fetch_add(&popped_count, count);
    ts_destroy_current();
    return NULL;
}

static void run_threads(void *(*a)(void *), void *(*b)(void *))
{
    atomic_store(&go, 0);
    ThreadState *blk = ts_block_begin();
    pthread_t th[NTHREADS];
    for (int i = 0; i < NTHREADS; i++)
        pthread_create(&th[i], NULL, (i & 1) && b ? b : a, (void *)(uintptr_t)(i / (b ? 2 : 1)));
    atomic_store(&go, 1);
    for (int i = 0; i < NTHREADS; i++)
        pthread_join(th[i], NULL);
    ts_block_end(blk);
}

TEST(deque_append_from_many_threads)
{
    deque_init_types();
    shared = deque_new();
    run_threads(producer, NULL);
    CHECK_EQ_LL(obj_len(shared), NTHREADS * PER_THREAD);
    /* every value exactly once */
    char *seen = calloc(NTHREADS * PER_THREAD, 1);
    Value v;
    while (obj_len(shared) > 0 && (v = deque_pop(shared, false))) {
        int64_t x = item_int(v);
        CHECK(x >= 0 && x < NTHREADS * PER_THREAD && !seen[x]);
        if (x >= 0 && x < NTHREADS * PER_THREAD)
            seen[x] = 1;
        val_decref(v);
    }
    for (int i = 0; i < NTHREADS * PER_THREAD; i++)
        CHECK(seen[i]);
    free(seen);
    val_decref(shared);
}

TEST(deque_append_and_pop_concurrently)
{
    deque_init_types();
    shared = deque_new();
    atomic_store(&popped_sum, 0);
    atomic_store(&popped_count, 0);
    run_threads(producer, consumer);
    /* what the consumers took plus what is left is what was produced */
    long sum = atomic_load(&popped_sum), count = atomic_load(&popped_count);
    Value v;
    while (obj_len(shared) > 0 && (v = deque_pop(shared, true))) {
        sum += item_int(v);
        count++;
        val_decref(v);
    }
    long n = (NTHREADS / 2) * PER_THREAD;
    CHECK_EQ_LL(count, n);
    CHECK_EQ_LL(sum, n * (n - 1) / 2);
    val_decref(shared);
}

UNIT_MAIN(deque_basic_operations, deque_append_from_many_threads, deque_append_and_pop_concurrently)
