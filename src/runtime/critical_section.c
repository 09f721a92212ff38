/* Critical sections: the per-thread stack of held per-object locks, and
 * their suspension while the thread is blocked.
 *
 * Invariant: ts->cs_top links (tagged) to the innermost section. A link
 * tagged INACTIVE means the section it points to holds no lock; every
 * section further out is inactive too. Only the innermost section is ever
 * re-acquired (on attach); an outer one is re-acquired when the section
 * inside it ends. Because a blocked thread holds no section locks, a cycle
 * of threads each waiting for a lock another holds in a critical section
 * cannot form, and a stop-the-world never waits on a section lock. */
#include "critical_section.h"

#include "tstate.h"

static CriticalSection *untag(uintptr_t link)
{
    return (CriticalSection *)(link & ~CS_TAG_MASK);
}

static void push(ThreadState *ts, CriticalSection *c, uintptr_t tag)
{
    c->prev = ts->cs_top;
    ts->cs_top = (uintptr_t)c | tag;
}

void cs_begin_mutex(CriticalSection *c, Mutex *m)
{
    ThreadState *ts = ts_current;
    if (mutex_trylock(m)) {
        c->mutex = m;
        push(ts, c, 0);
        return;
    }
    /* Re-entering the lock the innermost active section holds (an object
     * method calling another on the same object): nothing to lock, and
     * nothing to pop at the end. */
    if (ts->cs_top && !(ts->cs_top & CS_TAG_INACTIVE)) {
        CriticalSection *top = untag(ts->cs_top);
        if (top->mutex == m ||
            ((ts->cs_top & CS_TAG_TWO) && ((CriticalSection2 *)top)->mutex2 == m)) {
            c->mutex = NULL;
            c->prev = 0;
            return;
        }
    }
    /* Push first with no lock: if we block, the detach suspends the outer
     * sections (releasing their locks) and skips this one. */
    c->mutex = NULL;
    push(ts, c, 0);
    mutex_lock(m);
    c->mutex = m;
}

void cs_end(CriticalSection *c)
{
    if (c->mutex == NULL && c->prev == 0)
        return; /* nested on the enclosing section's lock */
    ThreadState *ts = ts_current;
    mutex_unlock(c->mutex);
    ts->cs_top = c->prev;
    if (ts->cs_top & CS_TAG_INACTIVE)
        cs_resume(ts);
}

void cs_begin2_mutex(CriticalSection2 *c, Mutex *m1, Mutex *m2)
{
    if (m1 == m2) {
        c->mutex2 = NULL;
        cs_begin_mutex(&c->base, m1);
        return;
    }
    if ((uintptr_t)m2 < (uintptr_t)m1) {
        Mutex *t = m1;
        m1 = m2;
        m2 = t;
    }
    ThreadState *ts = ts_current;
    if (mutex_trylock(m1)) {
        if (mutex_trylock(m2)) {
            c->base.mutex = m1;
            c->mutex2 = m2;
            push(ts, &c->base, CS_TAG_TWO);
            return;
        }
        mutex_unlock(m1);
    }
    c->base.mutex = NULL;
    c->mutex2 = NULL;
    push(ts, &c->base, CS_TAG_TWO);
    mutex_lock(m1);
    mutex_lock(m2);
    c->base.mutex = m1;
    c->mutex2 = m2;
}

void cs_end2(CriticalSection2 *c)
{
    if (c->mutex2 == NULL) {
        cs_end(&c->base);
        return;
    }
    ThreadState *ts = ts_current;
    mutex_unlock(c->mutex2);
    mutex_unlock(c->base.mutex);
    ts->cs_top = c->base.prev;
    if (ts->cs_top & CS_TAG_INACTIVE)
        cs_resume(ts);
}

void cs_suspend_all(ThreadState *ts)
{
    uintptr_t *link = &ts->cs_top;
    while (*link && !(*link & CS_TAG_INACTIVE)) {
        CriticalSection *c = untag(*link);
        if (*link & CS_TAG_TWO) {
            CriticalSection2 *c2 = (CriticalSection2 *)c;
            if (c2->mutex2)
                mutex_unlock(c2->mutex2);
        }
        if (c->mutex)
            mutex_unlock(c->mutex);
        *link |= CS_TAG_INACTIVE;
        link = &c->prev;
    }
}

void cs_resume(ThreadState *ts)
{
    uintptr_t link = ts->cs_top;
    CriticalSection *c = untag(link);
    CriticalSection2 *c2 = (link & CS_TAG_TWO) ? (CriticalSection2 *)c : NULL;
    /* Clear the fields while locking: if locking blocks, the nested detach
     * and attach see a section with nothing to release or re-acquire. */
    Mutex *m1 = c->mutex, *m2 = c2 ? c2->mutex2 : NULL;
    c->mutex = NULL;
    if (c2)
        c2->mutex2 = NULL;
    if (m1)
        mutex_lock(m1);
    if (m2)
        mutex_lock(m2);
    c->mutex = m1;
    if (c2)
        c2->mutex2 = m2;
    ts->cs_top &= ~CS_TAG_INACTIVE;
}
