/* Helpers shared by the AST's builders (the parser) and readers. */
#include "compiler/ast.h"

#include <string.h>

/* Capacity is implicit: the next power of two >= n (at least 4), so a list
 * needs no extra field; a grown list abandons its old array to the arena. */
void ast_list_append(Arena *a, AstList *l, void *item)
{
    int n = l->n;
    if (n == 0 || (n >= 4 && (n & (n - 1)) == 0)) {
        int cap = n == 0 ? 4 : n * 2;
        void **items = arena_alloc(a, (size_t)cap * sizeof *items);
        if (n)
            memcpy(items, l->items, (size_t)n * sizeof *items);
        l->items = items;
    }
    l->items[l->n++] = item;
}
