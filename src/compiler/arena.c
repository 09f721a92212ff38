/* The compiler's bump allocator: a chain of blocks, each at least 64 KiB;
 * requests larger than a block get a block of their own. */
#include "compiler/arena.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_BLOCK (64 * 1024)
#define ARENA_ALIGN 16

typedef struct ArenaBlock {
    struct ArenaBlock *next;
    size_t size, used;
    _Alignas(ARENA_ALIGN) unsigned char data[];
} ArenaBlock;

struct Arena {
    ArenaBlock *head;       /* the block being filled; older ones follow */
};

static void *arena_oom(void)
{
    fputs("ftpy: out of memory in the compiler\n", stderr);
    abort();
}

Arena *arena_new(void)
{
    Arena *a = calloc(1, sizeof *a);
    if (!a)
        arena_oom();
    return a;
}

void arena_free(Arena *a)
{
    if (!a)
        return;
    for (ArenaBlock *b = a->head, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    free(a);
}

void *arena_alloc(Arena *a, size_t n)
{
    n = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    ArenaBlock *b = a->head;
    if (!b || b->size - b->used < n) {
        size_t size = n > ARENA_BLOCK ? n : ARENA_BLOCK;
        ArenaBlock *nb = malloc(sizeof *nb + size);
        if (!nb)
            arena_oom();
        nb->size = size;
        nb->used = 0;
        /* A big one-off block goes behind the current one so the current
         * block's free space stays usable. */
        if (b && n > ARENA_BLOCK) {
            nb->next = b->next;
            b->next = nb;
        } else {
            nb->next = b;
            a->head = nb;
        }
        b = nb;
    }
    void *p = b->data + b->used;
    b->used += n;
    memset(p, 0, n);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *d = arena_alloc(a, n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}
