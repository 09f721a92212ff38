/* A bump allocator for the compiler front end: the AST and everything the
 * parser builds live in one arena and are freed together with arena_free. */
#ifndef FT_ARENA_H
#define FT_ARENA_H

#include <stddef.h>

typedef struct Arena Arena;

Arena *arena_new(void);
/* Frees every block the arena handed out; a NULL arena is ignored. */
void arena_free(Arena *a);
/* n bytes, zeroed, aligned for any type. Never returns NULL: running out
 * of memory aborts (the front end has no way to recover half a tree). */
void *arena_alloc(Arena *a, size_t n);
/* A NUL-terminated copy of s[0..n). */
char *arena_strndup(Arena *a, const char *s, size_t n);

#endif
