/* Critical sections: per-object locking that cannot deadlock. A thread's
 * sections form a stack; when the thread blocks (detaches) every held
 * section is suspended (its mutexes released) and on attach only the
 * innermost is re-acquired, the outer ones when the inner ends. Two-object
 * sections lock in address order. */
#ifndef FT_CRITICAL_SECTION_H
#define FT_CRITICAL_SECTION_H

#include <stdint.h>

#include "mutex.h"
#include "object.h"

struct ThreadState;

typedef struct CriticalSection {
    uintptr_t prev; /* tagged link to the enclosing section (CS_TAG_*) */
    Mutex *mutex;   /* NULL while suspended-and-resuming or nested on the same lock */
} CriticalSection;

typedef struct CriticalSection2 {
    CriticalSection base;
    Mutex *mutex2;
} CriticalSection2;

/* Tags in the low bits of a link (sections are pointer-aligned). */
#define CS_TAG_INACTIVE ((uintptr_t)1) /* the section linked to is suspended */
#define CS_TAG_TWO ((uintptr_t)2)      /* the section linked to is a CriticalSection2 */
#define CS_TAG_MASK ((uintptr_t)3)

void cs_begin_mutex(CriticalSection *c, Mutex *m);
void cs_end(CriticalSection *c);
void cs_begin2_mutex(CriticalSection2 *c, Mutex *m1, Mutex *m2);
void cs_end2(CriticalSection2 *c);

static inline void cs_begin(CriticalSection *c, Object *o) { cs_begin_mutex(c, &o->mutex); }
static inline void cs_begin2(CriticalSection2 *c, Object *a, Object *b)
{
    cs_begin2_mutex(c, &a->mutex, &b->mutex);
}

/* Called by tstate.c on detach and attach. */
void cs_suspend_all(struct ThreadState *ts);
void cs_resume(struct ThreadState *ts);

#endif
