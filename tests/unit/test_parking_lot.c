/* Unit tests of the parking lot: value check, FIFO wake order, unpark_all,
 * timeouts, and a race of timeouts against unparkers with every wake counted. */
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>

#include "parking_lot.h"
#include "unit.h"

/* Waits (yielding) until n threads are parked on addr. */
static void wait_parked(const void *addr, size_t n)
{
    while (parking_lot_queue_length(addr) != n)
        sched_yield();
}

TEST(park_again_when_value_differs)
{
    _Atomic uint8_t b = 1;
    _Atomic uint16_t h = 2;
    _Atomic uint32_t w = 3;
    _Atomic uint64_t q = UINT64_C(0x100000004);
    uint8_t eb = 9;
    uint16_t eh = 9;
    uint32_t ew = 9;
    uint64_t eq = 4; /* same low half as q: the full 8 bytes must be compared */
    CHECK_EQ_LL(parking_lot_park(&b, &eb, 1, -1, NULL, false), PARK_AGAIN);
    CHECK_EQ_LL(parking_lot_park(&h, &eh, 2, -1, NULL, false), PARK_AGAIN);
    CHECK_EQ_LL(parking_lot_park(&w, &ew, 4, -1, NULL, true), PARK_AGAIN);
    CHECK_EQ_LL(parking_lot_park(&q, &eq, 8, -1, NULL, false), PARK_AGAIN);
    CHECK_EQ_LL(parking_lot_queue_length(&q), 0);
}

/* ---- FIFO ---- */

enum { FIFO_N = 5 };
static _Atomic uint32_t fifo_word;
static _Atomic int fifo_woken_count;
static _Atomic int fifo_woken_order[FIFO_N]; /* id of the k-th thread to wake, -1 before */

static void *fifo_parker(void *arg)
{
    int id = (int)(intptr_t)arg;
    uint32_t expected = 0;
    int r = parking_lot_park(&fifo_word, &expected, 4, -1, arg, id % 2 == 0);
    CHECK_EQ_LL(r, PARK_OK);
    int slot = atomic_fetch_add(&fifo_woken_count, 1);
    if (slot < FIFO_N)
        atomic_store(&fifo_woken_order[slot], id);
    return NULL;
}

static void *fifo_seen_arg;
static bool fifo_seen_more;
static int fifo_fn_calls;

static void fifo_record(void *arg, void *park_arg, bool more)
{
    CHECK(arg == &fifo_word);
    fifo_seen_arg = park_arg;
    fifo_seen_more = more;
    fifo_fn_calls++;
}

TEST(unpark_wakes_one_in_fifo_order)
{
    pthread_t th[FIFO_N];
    atomic_store(&fifo_woken_count, 0);
    for (int i = 0; i < FIFO_N; i++)
        atomic_store(&fifo_woken_order[i], -1);
    /* Start the parkers one at a time so their queue order is known. */
    for (int i = 0; i < FIFO_N; i++) {
        pthread_create(&th[i], NULL, fifo_parker, (void *)(intptr_t)i);
        wait_parked(&fifo_word, (size_t)i + 1);
    }
    for (int k = 0; k < FIFO_N; k++) {
        parking_lot_unpark(&fifo_word, fifo_record, &fifo_word);
        CHECK_EQ_LL((intptr_t)fifo_seen_arg, k);        /* the oldest waiter */
        CHECK_EQ_LL(fifo_seen_more, k < FIFO_N - 1);    /* the others remain */
        CHECK_EQ_LL(parking_lot_queue_length(&fifo_word), FIFO_N - 1 - k);
        while (atomic_load(&fifo_woken_order[k]) < 0)
            sched_yield();
        CHECK_EQ_LL(atomic_load(&fifo_woken_order[k]), k);
        CHECK_EQ_LL(atomic_load(&fifo_woken_count), k + 1); /* exactly one woke */
    }
    for (int i = 0; i < FIFO_N; i++)
        pthread_join(th[i], NULL);
    CHECK_EQ_LL(fifo_fn_calls, FIFO_N);
    /* Nobody parked: fn still runs, with NULL and no more waiters. */
    fifo_seen_arg = &fifo_seen_arg;
    fifo_seen_more = true;
    parking_lot_unpark(&fifo_word, fifo_record, &fifo_word);
    CHECK(fifo_seen_arg == NULL);
    CHECK(!fifo_seen_more);
    parking_lot_unpark(&fifo_word, NULL, NULL); /* no waiter, no fn: a no-op */
}

/* ---- unpark_all ---- */

enum { ALL_N = 6 };
static _Atomic uint64_t all_word = 7;
static _Atomic uint64_t other_word = 7; /* parked on too; unpark_all(&all_word) must not touch it */
static _Atomic int all_ok;

static void *all_parker(void *arg)
{
    uint64_t expected = 7;
    const void *addr = arg;
    if (parking_lot_park(addr, &expected, 8, -1, NULL, true) == PARK_OK)
        atomic_fetch_add(&all_ok, 1);
    return NULL;
}

TEST(unpark_all_wakes_all)
{
    pthread_t th[ALL_N], other;
    atomic_store(&all_ok, 0);
    pthread_create(&other, NULL, all_parker, (void *)&other_word);
    for (int i = 0; i < ALL_N; i++)
        pthread_create(&th[i], NULL, all_parker, (void *)&all_word);
    wait_parked(&all_word, ALL_N);
    wait_parked(&other_word, 1);
    parking_lot_unpark_all(&all_word);
    CHECK_EQ_LL(parking_lot_queue_length(&all_word), 0);
    for (int i = 0; i < ALL_N; i++)
        pthread_join(th[i], NULL);
    CHECK_EQ_LL(atomic_load(&all_ok), ALL_N);
    CHECK_EQ_LL(parking_lot_queue_length(&other_word), 1);
    parking_lot_unpark_all(&other_word);
    pthread_join(other, NULL);
    CHECK_EQ_LL(atomic_load(&all_ok), ALL_N + 1);
    parking_lot_unpark_all(&all_word); /* empty: a no-op */
}

/* ---- timeouts ---- */

static _Atomic uint16_t to_word;

static void *timeout_parker(void *arg)
{
    uint16_t expected = 0;
    for (int i = 0; i < 20; i++) {
        int r = parking_lot_park(&to_word, &expected, 2, 200000 + 50000 * (i % 3), NULL, i & 1);
        CHECK_EQ_LL(r, PARK_TIMEOUT);
    }
    return NULL;
}

TEST(timeouts_leave_no_entry)
{
    uint16_t expected = 0;
    CHECK_EQ_LL(parking_lot_park(&to_word, &expected, 2, 0, NULL, false), PARK_TIMEOUT);
    CHECK_EQ_LL(parking_lot_park(&to_word, &expected, 2, 1000000, NULL, false), PARK_TIMEOUT);
    CHECK_EQ_LL(parking_lot_queue_length(&to_word), 0);
    unit_run_threads(4, timeout_parker, NULL);
    CHECK_EQ_LL(parking_lot_queue_length(&to_word), 0);
    /* An unpark after all that finds nobody: no stale entry was left. */
    fifo_seen_arg = &fifo_seen_arg;
    parking_lot_unpark(&to_word, fifo_record, &fifo_word);
    CHECK(fifo_seen_arg == NULL);
}

/* ---- race: timeouts against unparkers ---- */

#if defined(__SANITIZE_THREAD__) || defined(__SANITIZE_ADDRESS__)
enum { RACE_ITERS = 3000 };
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer) || __has_feature(address_sanitizer)
enum { RACE_ITERS = 3000 };
#else
enum { RACE_ITERS = 20000 };
#endif
#else
enum { RACE_ITERS = 20000 };
#endif

enum { RACE_PARKERS = 4, RACE_UNPARKERS = 3 };

/* One park attempt; the unparker that dequeues it marks it under the bucket
 * lock, so afterwards the parker can check its result against the marks. */
typedef struct Token {
    int woken_by_fn;
} Token;

static _Atomic uint32_t race_word;
static _Atomic long race_ok, race_timeout, race_delivered;
static _Atomic int race_parkers_left;

static void race_fn(void *arg, void *park_arg, bool more)
{
    if (park_arg) {
        ((Token *)park_arg)->woken_by_fn++;
        atomic_fetch_add_explicit(&race_delivered, 1, memory_order_relaxed);
    }
}

static void *race_parker(void *arg)
{
    uintptr_t seed = (uintptr_t)arg * 2654435761u + 1;
    uint32_t expected = 0;
    for (int i = 0; i < RACE_ITERS; i++) {
        seed = seed * 6364136223846793005u + 1442695040888963407u;
        int64_t timeout = (int64_t)((seed >> 33) % 60000); /* 0..60 us, 0 included */
        Token t = {0};
        int r = parking_lot_park(&race_word, &expected, 4, timeout, &t, (i & 3) == 0);
        if (r == PARK_OK) {
            CHECK_EQ_LL(t.woken_by_fn, 1);
            atomic_fetch_add(&race_ok, 1);
        } else {
            CHECK_EQ_LL(r, PARK_TIMEOUT);
            CHECK_EQ_LL(t.woken_by_fn, 0);
            atomic_fetch_add(&race_timeout, 1);
        }
    }
    atomic_fetch_sub(&race_parkers_left, 1);
    return NULL;
}

static void *race_unparker(void *arg)
{
    /* Pause a pseudo-random 0..120 us between unparks, so that parks end by
     * timeout about as often as by wake-up, and often at the same moment. */
    uintptr_t seed = (uintptr_t)arg;
    while (atomic_load(&race_parkers_left) > 0) {
        parking_lot_unpark(&race_word, race_fn, NULL);
        seed = seed * 6364136223846793005u + 1442695040888963407u;
        double until = unit_now() + (double)((seed >> 33) % 120) * 1e-6;
        while (unit_now() < until)
            ;
        sched_yield();
    }
    return NULL;
}

TEST(timeouts_race_unparks)
{
    atomic_store(&race_parkers_left, RACE_PARKERS);
    pthread_t th[RACE_PARKERS + RACE_UNPARKERS];
    for (int i = 0; i < RACE_PARKERS; i++)
        pthread_create(&th[i], NULL, race_parker, (void *)(intptr_t)(i + 1));
    for (int i = 0; i < RACE_UNPARKERS; i++)
        pthread_create(&th[RACE_PARKERS + i], NULL, race_unparker, (void *)(intptr_t)(i + 7));
    for (int i = 0; i < RACE_PARKERS + RACE_UNPARKERS; i++)
        pthread_join(th[i], NULL);
    CHECK_EQ_LL(atomic_load(&race_ok) + atomic_load(&race_timeout),
                (long)RACE_PARKERS * RACE_ITERS);
    CHECK_EQ_LL(atomic_load(&race_ok), atomic_load(&race_delivered));
    CHECK_EQ_LL(parking_lot_queue_length(&race_word), 0);
    printf("  %ld woken, %ld timed out\n", atomic_load(&race_ok), atomic_load(&race_timeout));
}

UNIT_MAIN(park_again_when_value_differs, unpark_wakes_one_in_fifo_order, unpark_all_wakes_all,
          timeouts_leave_no_entry, timeouts_race_unparks)
