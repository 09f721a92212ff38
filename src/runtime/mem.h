/* Memory: every allocation goes through mimalloc. Objects come from the
 * allocating thread's own object heap, so a thread (and, with the world
 * stopped, the collector) can enumerate the objects it allocated. */
#ifndef FT_MEM_H
#define FT_MEM_H

#include <stdbool.h>
#include <stddef.h>

struct Object;
struct ThreadState;

/* Raw memory (buffers, item arrays, tables): any thread, any time. */
void *mem_alloc(size_t size);
void *mem_calloc(size_t n, size_t size);
void *mem_realloc(void *p, size_t size);
void mem_free(void *p);
void *mem_alloc_aligned(size_t size, size_t align);
size_t mem_usable_size(const void *p);

/* Object memory: the caller must be the thread bound to ts_current; the
 * block is uninitialised. Any thread may free it. */
void *mem_obj_alloc(size_t size);
void mem_obj_free(void *p);

/* Per-thread object heap (called by tstate.c). */
void mem_thread_init(struct ThreadState *ts);
void mem_thread_fini(struct ThreadState *ts);
/* The calling thread has freed its thread state and touches no more
 * runtime memory (a sanitizer annotation; nothing otherwise). */
void mem_thread_exited(void);

/* Calls fn on every live object in ts's object heap until fn returns
 * false. Must run on ts's own thread, or with ts stopped (stop-the-world).
 * fn must not allocate from or free into that heap. */
void mem_visit_objects(struct ThreadState *ts, bool (*fn)(struct Object *, void *), void *arg);

#endif
