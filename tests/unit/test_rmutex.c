/* Unit tests of the recursive mutex: depth, exclusion across threads,
 * trylock/timed lock by a non-owner, is_owned, and abort on foreign unlock. */
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rmutex.h"
#include "unit.h"

#if defined(__SANITIZE_THREAD__) || defined(__SANITIZE_ADDRESS__)
#define SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer) || __has_feature(address_sanitizer)
#define SANITIZED 1
#endif
#endif
#ifdef SANITIZED
enum { ITERS = 20000 };
#else
enum { ITERS = 200000 };
#endif

TEST(recursion_depth)
{
    RMutex r = RMUTEX_INIT;
    CHECK(!rmutex_is_owned(&r));
    for (int i = 1; i <= 5; i++) {
        rmutex_lock(&r);
        CHECK_EQ_LL(r.level, i);
    }
    CHECK(rmutex_trylock(&r));
    CHECK_EQ_LL(rmutex_lock_timed(&r, 0, 0), LOCK_ACQUIRED);
    CHECK_EQ_LL(r.level, 7);
    CHECK(rmutex_is_owned(&r));
    for (int i = 7; i >= 1; i--) {
        CHECK(rmutex_is_owned(&r));
        CHECK(mutex_is_locked(&r.m));
        rmutex_unlock(&r);
    }
    CHECK(!rmutex_is_owned(&r));
    CHECK(!mutex_is_locked(&r.m));
    CHECK_EQ_LL(atomic_load(&r.owner), 0);
}

/* ---- exclusion ---- */

static RMutex count_lock = RMUTEX_INIT;
static long counter;

static void *count_worker(void *arg)
{
    for (int i = 0; i < ITERS; i++) {
        if (i % 4 == 0)
            CHECK_EQ_LL(rmutex_lock_timed(&count_lock, -1, MUTEX_DETACH), LOCK_ACQUIRED);
        else
            rmutex_lock(&count_lock);
        rmutex_lock(&count_lock); /* nested */
        CHECK(rmutex_is_owned(&count_lock));
        counter++;
        rmutex_unlock(&count_lock);
        CHECK(rmutex_is_owned(&count_lock));
        rmutex_unlock(&count_lock);
        CHECK(!rmutex_is_owned(&count_lock));
    }
    return NULL;
}

TEST(exclusion_across_threads)
{
    for (int n = 2; n <= 8; n *= 2) {
        counter = 0;
        unit_run_threads(n, count_worker, NULL);
        CHECK_EQ_LL(counter, (long)n * ITERS);
        CHECK(!mutex_is_locked(&count_lock.m));
    }
}

/* ---- non-owner ---- */

static RMutex held = RMUTEX_INIT;

static void *non_owner(void *arg)
{
    CHECK(!rmutex_is_owned(&held));
    CHECK(!rmutex_trylock(&held));
    CHECK_EQ_LL(rmutex_lock_timed(&held, 0, 0), LOCK_TIMEOUT);
    CHECK_EQ_LL(rmutex_lock_timed(&held, 1000000, MUTEX_DETACH), LOCK_TIMEOUT);
    return NULL;
}

static void *late_owner(void *arg)
{
    CHECK(rmutex_trylock(&held)); /* free now */
    CHECK(rmutex_is_owned(&held));
    rmutex_unlock(&held);
    return NULL;
}

TEST(non_owner_cannot_enter)
{
    rmutex_lock(&held);
    rmutex_lock(&held);
    unit_run_threads(3, non_owner, NULL);
    CHECK(rmutex_is_owned(&held));
    CHECK_EQ_LL(held.level, 2);
    rmutex_unlock(&held);
    rmutex_unlock(&held);
    unit_run_threads(1, late_owner, NULL);
    CHECK(!rmutex_is_owned(&held));
    CHECK(!mutex_is_locked(&held.m));
}

/* Unlock by a thread that does not own it must abort. Run in a child
 * process (forked before it starts any thread) so the abort is observable. */
TEST(foreign_unlock_aborts)
{
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        if (!freopen("/dev/null", "w", stderr)) /* hide the expected message */
            _exit(1);
        RMutex r = RMUTEX_INIT;
        rmutex_unlock(&r); /* never locked: nobody owns it */
        _exit(0);
    }
    int status = 0;
    CHECK(pid > 0);
    waitpid(pid, &status, 0);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);
}

UNIT_MAIN(recursion_depth, exclusion_across_threads, non_owner_cannot_enter,
          foreign_unlock_aborts)
