/* Allocation through mimalloc with per-thread object heaps. In sanitizer
 * builds the allocator stays the same (so heap walks are tested too), and
 * object blocks are annotated: ASan poisons freed blocks, TSan learns that
 * a free happens before the reuse of the same block by another thread. */
#include "mem.h"

#include <mimalloc.h>
#include <stdint.h>
#include <string.h>

#include "object.h"
#include "tstate.h"

#if defined(FT_ASAN)
#include <sanitizer/asan_interface.h>
#define MEM_POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define MEM_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define MEM_POISON(p, n) ((void)(p))
#define MEM_UNPOISON(p, n) ((void)(p))
#endif

#if defined(FT_TSAN)
#include <sanitizer/tsan_interface.h>
/* A block is released at its own address and acquired at its own address
 * when handed out again. That misses reuse at another address: an exited
 * thread's pages and segments go back to mimalloc and come out again
 * carved into blocks of other sizes (a thread's freed ThreadState inside a
 * later thread's stack chunk). Every thread exit therefore releases
 * mem_exit_sync, and every allocation acquires it: the happens-before
 * that mimalloc's own (uninstrumented) segment reuse provides. */
static char mem_exit_sync;
/* Blocks of a freed size class can also be re-carved at other offsets of
 * the same mimalloc page (64 KiB) while threads live: a free releases its
 * page and an allocation acquires it, so such reuse is ordered too. */
#define MEM_PAGE_OF(p) ((void *)((uintptr_t)(p) & ~(uintptr_t)0xFFFF))
#define MEM_FREED(p) (__tsan_release(p), __tsan_release(MEM_PAGE_OF(p)))
#define MEM_REUSED(p)                                                                  \
    (__tsan_acquire(p), __tsan_acquire(MEM_PAGE_OF(p)), __tsan_acquire(&mem_exit_sync))
#else
#define MEM_FREED(p) ((void)(p))
#define MEM_REUSED(p) ((void)(p))
#endif

/* Blocks freed by mimalloc may be handed back to any heap, so every
 * allocation unpoisons and every free poisons, raw or object alike. */
static void *mem_fresh(void *p, size_t size)
{
    if (p) {
        MEM_UNPOISON(p, mi_usable_size(p));
        MEM_REUSED(p);
    }
    (void)size;
    return p;
}

static void mem_release(void *p)
{
    if (!p)
        return;
    MEM_FREED(p);
    MEM_POISON(p, mi_usable_size(p));
    mi_free(p);
}

void *mem_alloc(size_t size) { return mem_fresh(mi_malloc(size), size); }

void *mem_calloc(size_t n, size_t size)
{
#if defined(FT_ASAN) || defined(FT_TSAN)
    /* mi_calloc's memset would touch the block before it is unpoisoned. */
    if (size && n > SIZE_MAX / size)
        return NULL;
    void *p = mem_alloc(n * size);
    if (p)
        memset(p, 0, n * size);
    return p;
#else
    return mi_calloc(n, size);
#endif
}

void *mem_realloc(void *p, size_t size)
{
#if defined(FT_ASAN) || defined(FT_TSAN)
    /* Go through alloc+free so the annotations stay paired. */
    if (!p)
        return mem_alloc(size);
    void *q = mem_alloc(size);
    if (q) {
        size_t old = mi_usable_size(p);
        memcpy(q, p, old < size ? old : size);
        mem_release(p);
    }
    return q;
#else
    return mi_realloc(p, size);
#endif
}

void mem_free(void *p) { mem_release(p); }

void *mem_alloc_aligned(size_t size, size_t align)
{
    return mem_fresh(mi_malloc_aligned(size, align), size);
}

size_t mem_usable_size(const void *p) { return mi_usable_size(p); }

void *mem_obj_alloc(size_t size)
{
    ThreadState *ts = ts_current;
    void *p = ts ? mi_heap_malloc(ts->obj_heap, size) : mi_malloc(size);
    return mem_fresh(p, size);
}

void mem_obj_free(void *p) { mem_release(p); }

void mem_thread_init(ThreadState *ts) { ts->obj_heap = mi_heap_new(); }

void mem_thread_exited(void)
{
#if defined(FT_TSAN)
    __tsan_release(&mem_exit_sync);
#endif
}

void mem_thread_fini(ThreadState *ts)
{
    /* Live blocks migrate to the thread's backing heap; mimalloc abandons
     * them when the thread ends and other threads may still free them. */
    if (ts->obj_heap)
        mi_heap_delete(ts->obj_heap);
    ts->obj_heap = NULL;
}

typedef struct {
    bool (*fn)(Object *, void *);
    void *arg;
} VisitArgs;

static bool visit_block(const mi_heap_t *heap, const mi_heap_area_t *area, void *block,
                        size_t size, void *arg)
{
    (void)heap;
    (void)area;
    (void)size;
    if (!block)
        return true; /* the area itself */
    VisitArgs *v = arg;
    return v->fn((Object *)block, v->arg);
}

void mem_visit_objects(ThreadState *ts, bool (*fn)(Object *, void *), void *arg)
{
    if (!ts->obj_heap)
        return;
    /* The block walk takes a block for live unless it is on its page's
     * main free list: blocks on the local-free list, on the other-thread
     * free list, or on the heap's delayed list must be collected into it
     * first -- a forced collect does all three (owner only). */
    if (ts == ts_current)
        mi_heap_collect(ts->obj_heap, true);
    VisitArgs v = {fn, arg};
    mi_heap_visit_blocks(ts->obj_heap, true, visit_block, &v);
}
