/* Hammer tests: several threads on one list, one dict and one set. Every
 * single operation must be atomic (nothing lost, nothing duplicated, no
 * crash); lock-free readers run against concurrent resizes. Run under
 * the tsan and asan builds too. */
#include "unit.h"

#include "cont_init.h"
#include "tobj.h"

#define NTHREADS 8
#define PER_THREAD 20000

static Object *shared;
static _Atomic int go;

static void *append_worker(void *arg)
{
    ThreadState *ts = tobj_thread_begin();
    int64_t base = (int64_t)(uintptr_t)arg * PER_THREAD;
    tobj_wait_for(&go, 1);
    for (int64_t i = 0; i < PER_THREAD; i++) {
        /* Half small ints, half heap objects (refcounts across threads). */
        Value v = i & 1 ? val_from_int(base + i) : val_from_obj(tuple_pack(1, val_from_int(base + i)));
        list_append(shared, v);
        val_decref(v);
        /* A lock-free read racing the appends of the others. */
        ssize_t n = list_size(shared);
        if (n > 0) {
            Value r = list_get(shared, n - 1);
            if (r)
                val_decref(r);
            else
                err_clear();
        }
        tobj_safe_point(ts);
    }
    ts_destroy_current();
    return NULL;
}

static int64_t item_int(Value v)
{
    return val_is_int(v) ? val_as_int(v) : val_as_int(tuple_get(val_as_obj(v), 0));
}

TEST(list_append_from_many_threads)
{
    cont_test_init();
    shared = list_new(0);
    atomic_store(&go, 0);
    void *args[NTHREADS];
    for (int i = 0; i < NTHREADS; i++)
        args[i] = (void *)(uintptr_t)i;
    ThreadState *b = ts_block_begin();
    pthread_t th[NTHREADS];
    for (int i = 0; i < NTHREADS; i++)
        pthread_create(&th[i], NULL, append_worker, args[i]);
    atomic_store(&go, 1);
    for (int i = 0; i < NTHREADS; i++)
        pthread_join(th[i], NULL);
    ts_block_end(b);
    CHECK_EQ_LL(list_size(shared), NTHREADS * PER_THREAD);
    /* Every value exactly once, each thread's in its own order. */
    static unsigned char seen[NTHREADS * PER_THREAD];
    memset(seen, 0, sizeof seen);
    int64_t last[NTHREADS];
    for (int i = 0; i < NTHREADS; i++)
        last[i] = -1;
    int ok = 1;
    for (ssize_t i = 0; i < list_size(shared); i++) {
        Value v = list_get(shared, i);
        int64_t x = item_int(v);
        val_decref(v);
        if (x < 0 || x >= NTHREADS * PER_THREAD || seen[x]++)
            ok = 0;
        else {
            int t = (int)(x / PER_THREAD);
            if (x <= last[t])
                ok = 0;
            last[t] = x;
        }
    }
    CHECK(ok);
    obj_decref(shared);
}

static void *dict_worker(void *arg)
{
    ThreadState *ts = tobj_thread_begin();
    int64_t t = (int64_t)(uintptr_t)arg;
    tobj_wait_for(&go, 1);
    for (int64_t i = 0; i < PER_THREAD; i++) {
        int64_t key = t * PER_THREAD + i;
        Value k = i % 3 ? val_from_int(key) : val_from_obj(tuple_pack(1, val_from_int(key)));
        dict_set(shared, k, val_from_int(key * 2));
        Value got;
        if (dict_get(shared, k, &got) != 1 || got != val_from_int(key * 2))
            abort(); /* our own key must be there with our value */
        if (i & 1)
            dict_del(shared, k);
        /* Look up another thread's keys while it inserts and deletes. */
        Value other = val_from_int(((t + 1) % NTHREADS) * PER_THREAD + i);
        if (dict_get(shared, other, &got) == 1)
            val_decref(got);
        val_decref(k);
        tobj_safe_point(ts);
    }
    ts_destroy_current();
    return NULL;
}

TEST(dict_insert_delete_lookup_from_many_threads)
{
    cont_test_init();
    shared = dict_new();
    atomic_store(&go, 0);
    ThreadState *b = ts_block_begin();
    pthread_t th[NTHREADS];
    for (int i = 0; i < NTHREADS; i++)
        pthread_create(&th[i], NULL, dict_worker, (void *)(uintptr_t)i);
    atomic_store(&go, 1);
    for (int i = 0; i < NTHREADS; i++)
        pthread_join(th[i], NULL);
    ts_block_end(b);
    CHECK_EQ_LL(dict_len(shared), NTHREADS * PER_THREAD / 2);
    ssize_t pos = 0;
    Value k, v;
    int ok = 1;
    while (dict_next(shared, &pos, &k, &v)) {
        int64_t x = val_is_int(k) ? val_as_int(k) : val_as_int(tuple_get(val_as_obj(k), 0));
        if ((x % PER_THREAD) & 1 || v != val_from_int(x * 2))
            ok = 0;
    }
    CHECK(ok);
    obj_decref(shared);
}

static void *setdefault_worker(void *arg)
{
    ThreadState *ts = tobj_thread_begin();
    tobj_wait_for(&go, 1);
    Value mine = val_from_int((int64_t)(uintptr_t)arg);
    for (int i = 0; i < 2000; i++) {
        Value k = val_from_int(i), out;
        Value args[2] = {k, mine};
        out = obj_call_method_cstr(val_from_obj(shared), "setdefault", args, 2);
        if (out)
            val_decref(out);
        tobj_safe_point(ts);
    }
    ts_destroy_current();
    return NULL;
}

static void *set_worker(void *arg)
{
    ThreadState *ts = tobj_thread_begin();
    int64_t t = (int64_t)(uintptr_t)arg;
    tobj_wait_for(&go, 1);
    for (int64_t i = 0; i < PER_THREAD; i++) {
        int64_t x = t * PER_THREAD + i;
        set_add(shared, val_from_int(x));
        if (i & 1)
            set_discard(shared, val_from_int(x));
        set_contains(shared, val_from_int(x ^ 1));
        tobj_safe_point(ts);
    }
    ts_destroy_current();
    return NULL;
}

TEST(set_add_discard_from_many_threads)
{
    cont_test_init();
    shared = val_as_obj(set_new(VAL_NULL));
    atomic_store(&go, 0);
    ThreadState *b = ts_block_begin();
    pthread_t th[NTHREADS];
    for (int i = 0; i < NTHREADS; i++)
        pthread_create(&th[i], NULL, set_worker, (void *)(uintptr_t)i);
    atomic_store(&go, 1);
    for (int i = 0; i < NTHREADS; i++)
        pthread_join(th[i], NULL);
    ts_block_end(b);
    CHECK_EQ_LL(set_size(shared), NTHREADS * PER_THREAD / 2);
    obj_decref(shared);
}

TEST(dict_setdefault_is_atomic)
{
    cont_test_init();
    shared = dict_new();
    atomic_store(&go, 0);
    ThreadState *b = ts_block_begin();
    pthread_t th[NTHREADS];
    for (int i = 0; i < NTHREADS; i++)
        pthread_create(&th[i], NULL, setdefault_worker, (void *)(uintptr_t)(i + 1));
    atomic_store(&go, 1);
    for (int i = 0; i < NTHREADS; i++)
        pthread_join(th[i], NULL);
    ts_block_end(b);
    CHECK_EQ_LL(dict_len(shared), 2000);
    obj_decref(shared);
}

UNIT_MAIN(list_append_from_many_threads, dict_insert_delete_lookup_from_many_threads,
          set_add_discard_from_many_threads, dict_setdefault_is_atomic)
