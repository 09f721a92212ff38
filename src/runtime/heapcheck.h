/* Debug checker: walks the calling thread's object heap and verifies the
 * reference-count and ownership invariants of every live object header. */
#ifndef FT_HEAPCHECK_H
#define FT_HEAPCHECK_H

#include <stddef.h>

/* Stops the world, checks every object the calling thread allocated, and
 * returns how many violate an invariant (each is described on stderr).
 * The caller must be attached. */
size_t heapcheck_current(void);

struct ThreadState;
/* The same for ts's own heap, called on ts's thread with the world
 * already stopped. */
size_t heapcheck_stopped(struct ThreadState *ts);

#endif
