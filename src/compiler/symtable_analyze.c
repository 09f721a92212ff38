/* The symbol table's second pass: resolves every name of every block to
 * LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL, inlines PEP 709
 * comprehensions and raises the nonlocal errors (docs/symtable.md). */
#include "compiler/symtable_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- name sets for the analysis (malloc: they are many and short-lived;
 * removal leaves a tombstone so sets never shrink) ------------------- */

typedef struct {
    int n, cap;                 /* slots used (incl. tombstones), capacity */
    const char **slots;         /* NULL empty, TOMB removed */
} NameSet;

static const char sym_tomb[1];
#define TOMB sym_tomb

static void set_init(NameSet *s) { s->n = 0; s->cap = 0; s->slots = NULL; }
static void set_free(NameSet *s) { free(s->slots); set_init(s); }

static int set_slot(const NameSet *s, const char *name)
{
    if (!s->cap) return -1;
    unsigned mask = (unsigned)s->cap - 1;
    for (unsigned i = sym_hash(name) & mask;; i = (i + 1) & mask) {
        const char *k = s->slots[i];
        if (!k) return -1;
        if (k != TOMB && strcmp(k, name) == 0) return (int)i;
    }
}

static int set_has(const NameSet *s, const char *name) { return set_slot(s, name) >= 0; }

static void set_add(NameSet *s, const char *name);

static void set_grow(NameSet *s)
{
    NameSet old = *s;
    s->cap = old.cap ? old.cap * 2 : 16;
    s->n = 0;
    s->slots = calloc((size_t)s->cap, sizeof(char *));
    if (!s->slots) {
        fprintf(stderr, "symtable: out of memory\n");
        abort();
    }
    for (int i = 0; i < old.cap; i++)
        if (old.slots[i] && old.slots[i] != TOMB) set_add(s, old.slots[i]);
    free(old.slots);
}

static void set_add(NameSet *s, const char *name)
{
    if (set_has(s, name)) return;
    if ((s->n + 1) * 2 > s->cap) set_grow(s);
    unsigned mask = (unsigned)s->cap - 1;
    unsigned i = sym_hash(name) & mask;
    while (s->slots[i] && s->slots[i] != TOMB) i = (i + 1) & mask;
    if (!s->slots[i]) s->n++;
    s->slots[i] = name;
}

/* Returns whether name was there. */
static int set_discard(NameSet *s, const char *name)
{
    int i = set_slot(s, name);
    if (i < 0) return 0;
    s->slots[i] = TOMB;
    return 1;
}

static void set_update(NameSet *s, const NameSet *from)
{
    for (int i = 0; i < from->cap; i++)
        if (from->slots[i] && from->slots[i] != TOMB) set_add(s, from->slots[i]);
}

static void set_copy(NameSet *dst, const NameSet *src)
{
    set_init(dst);
    set_update(dst, src);
}

static int set_size(const NameSet *s)
{
    int k = 0;
    for (int i = 0; i < s->cap; i++)
        if (s->slots[i] && s->slots[i] != TOMB) k++;
    return k;
}

/* ---- the analysis ------------------------------------------------------ */

static int fail_at_directive(Builder *b, SymBlock *ste, const char *name)
{
    for (int i = 0; i < ste->ndirectives; i++)
        if (strcmp(ste->directives[i].name, name) == 0) {
            AstLoc l = ste->directives[i].loc;
            sym_set_error_loc(b, l.lineno, l.col_offset, l.end_lineno, l.end_col_offset);
            return 0;
        }
    sym_set_error_loc(b, ste->loc.lineno, ste->loc.col_offset, ste->loc.end_lineno,
                  ste->loc.end_col_offset);
    return 0;
}

static int analyze_name(Builder *b, SymBlock *ste, int *scope, const char *name,
                        int flags, NameSet *bound, NameSet *local, NameSet *freeset,
                        NameSet *global, NameSet *type_params, SymBlock *class_entry)
{
    ParseError *err = b->err;
    if (flags & SYM_DEF_GLOBAL) {
        if (flags & SYM_DEF_NONLOCAL) {
            snprintf(err->msg, sizeof err->msg, "name '%s' is nonlocal and global", name);
            return fail_at_directive(b, ste, name);
        }
        *scope = SYM_GLOBAL_EXPLICIT;
        set_add(global, name);
        if (bound) set_discard(bound, name);
        return 1;
    }
    if (flags & SYM_DEF_NONLOCAL) {
        if (!bound) {
            snprintf(err->msg, sizeof err->msg, "nonlocal declaration not allowed at module level");
            return fail_at_directive(b, ste, name);
        }
        if (!set_has(bound, name)) {
            snprintf(err->msg, sizeof err->msg, "no binding for nonlocal '%s' found", name);
            return fail_at_directive(b, ste, name);
        }
        if (set_has(type_params, name)) {
            snprintf(err->msg, sizeof err->msg,
                     "nonlocal binding not allowed for type parameter '%s'", name);
            return fail_at_directive(b, ste, name);
        }
        *scope = SYM_FREE;
        ste->free = 1;
        set_add(freeset, name);
        return 1;
    }
    if (flags & SYM_DEF_BOUND) {
        *scope = SYM_LOCAL;
        set_add(local, name);
        set_discard(global, name);
        if (flags & SYM_DEF_TYPE_PARAM) set_add(type_params, name);
        else set_discard(type_params, name);
        return 1;
    }
    /* In a scope that sees the class namespace, a name the class binds is
     * looked up there first (then globally), not through a cell. */
    if (class_entry) {
        int cf = symtable_flags(class_entry, name);
        if (cf & SYM_DEF_GLOBAL) {
            *scope = SYM_GLOBAL_EXPLICIT;
            return 1;
        }
        if ((cf & SYM_DEF_BOUND) && !(cf & SYM_DEF_NONLOCAL)) {
            *scope = SYM_GLOBAL_IMPLICIT;
            return 1;
        }
    }
    if (bound && set_has(bound, name)) {
        *scope = SYM_FREE;
        ste->free = 1;
        set_add(freeset, name);
        return 1;
    }
    if (global && set_has(global, name)) {
        *scope = SYM_GLOBAL_IMPLICIT;
        return 1;
    }
    if (ste->nested) ste->free = 1;
    *scope = SYM_GLOBAL_IMPLICIT;
    return 1;
}

static int analyze_block(Builder *b, SymBlock *ste, NameSet *bound, NameSet *freeset,
                         NameSet *global, NameSet *type_params, SymBlock *class_entry,
                         int **scope_out);

static int is_free_in_any_child(SymBlock *comp, const char *name)
{
    for (int i = 0; i < comp->nchildren; i++)
        if (symtable_scope(comp->children[i], name) == SYM_FREE) return 1;
    return 0;
}

/* PEP 709: merges an analysed list/set/dict comprehension into ste. The
 * comprehension's symbols become ste's unless ste has them already;
 * ste's locals used freely in the comprehension need no cell unless a
 * scope nested in the comprehension uses them. */
static void inline_comprehension(Builder *b, SymBlock *ste, int **scopes, SymBlock *comp,
                                 NameSet *comp_free, NameSet *inlined_cells)
{
    int remove_dunder_class = 0;
    for (int i = 0; i < comp->symbols.n; i++) {
        const char *k = comp->symbols.names[i];
        int comp_flags = comp->symbols.flags[i];
        if (comp_flags & SYM_DEF_PARAM) continue;       /* .0 */
        int scope = (comp_flags >> SYM_SCOPE_OFFSET) & SYM_SCOPE_MASK;
        int only_flags = comp_flags & ((1 << SYM_SCOPE_OFFSET) - 1);
        if (scope == SYM_CELL || (only_flags & SYM_DEF_COMP_CELL)) set_add(inlined_cells, k);
        int existing = sym_map_find(&ste->symbols, k);
        /* __class__ never goes free through a class scope. */
        if (scope == SYM_FREE && ste->type == SYM_BLOCK_CLASS && strcmp(k, "__class__") == 0) {
            scope = SYM_GLOBAL_IMPLICIT;
            set_discard(comp_free, k);
            remove_dunder_class = 1;
        }
        if (existing < 0) {
            int j = sym_map_add(b->a, &ste->symbols, k);
            ste->symbols.flags[j] = only_flags;
            /* Keep the scope array parallel to the symbols. */
            int *ns = realloc(*scopes, sizeof(int) * (size_t)ste->symbols.n);
            if (!ns) abort();
            *scopes = ns;
            ns[j] = scope;
        } else {
            int flags = ste->symbols.flags[existing];
            if ((flags & SYM_DEF_BOUND) && ste->type != SYM_BLOCK_CLASS &&
                !is_free_in_any_child(comp, k))
                set_discard(comp_free, k);
        }
    }
    comp->free = set_size(comp_free) > 0;
    if (remove_dunder_class) {
        /* Drop __class__ from comp's symbols (rebuild without it). */
        SymMap old = comp->symbols;
        memset(&comp->symbols, 0, sizeof comp->symbols);
        for (int i = 0; i < old.n; i++) {
            if (strcmp(old.names[i], "__class__") == 0) continue;
            int j = sym_map_add(b->a, &comp->symbols, old.names[i]);
            comp->symbols.flags[j] = old.flags[i];
        }
    }
}

static int analyze_block(Builder *b, SymBlock *ste, NameSet *bound, NameSet *freeset,
                         NameSet *global, NameSet *type_params, SymBlock *class_entry,
                         int **scope_unused)
{
    (void)scope_unused;
    NameSet local, newglobal, newfree, newbound, inlined_cells;
    set_init(&local);
    set_init(&newglobal);
    set_init(&newfree);
    set_init(&newbound);
    set_init(&inlined_cells);
    int ok = 0;
    int nsyms = ste->symbols.n;
    int *scopes = calloc((size_t)(nsyms ? nsyms : 1), sizeof(int));
    if (!scopes) abort();

    /* Class bindings are invisible to nested functions: what they see is
     * what the class itself saw. */
    if (ste->type == SYM_BLOCK_CLASS) {
        set_update(&newglobal, global);
        if (bound) set_update(&newbound, bound);
    }
    for (int i = 0; i < nsyms; i++)
        if (!analyze_name(b, ste, &scopes[i], ste->symbols.names[i], ste->symbols.flags[i],
                          bound, &local, freeset, global, type_params, class_entry))
            goto done;
    if (ste->type != SYM_BLOCK_CLASS) {
        if (sym_is_function_like(ste)) set_update(&newbound, &local);
        if (bound) set_update(&newbound, bound);
        set_update(&newglobal, global);
    } else {
        set_add(&newbound, "__class__");
        set_add(&newbound, "__classdict__");
        if (!(b->flags & SYMTABLE_PY313)) set_add(&newbound, "__conditional_annotations__");
    }

    for (int i = 0; i < ste->nchildren; i++) {
        SymBlock *entry = ste->children[i];
        SymBlock *new_class_entry = NULL;
        if (entry->can_see_class_scope) {
            if (ste->type == SYM_BLOCK_CLASS) new_class_entry = ste;
            else if (class_entry) new_class_entry = class_entry;
        }
        /* Every list/set/dict comprehension is inlined, except in
         * annotation scopes that see a class. */
        int inline_comp = entry->comprehension && !entry->generator &&
                          !ste->can_see_class_scope;
        NameSet cb, cf, cg, ct;
        set_copy(&cb, &newbound);
        set_copy(&cf, &newfree);
        set_copy(&cg, &newglobal);
        set_copy(&ct, type_params);
        int r = analyze_block(b, entry, &cb, &cf, &cg, &ct, new_class_entry, NULL);
        set_free(&cb);
        set_free(&cg);
        set_free(&ct);
        if (!r) {
            set_free(&cf);
            goto done;
        }
        if (inline_comp) {
            inline_comprehension(b, ste, &scopes, entry, &cf, &inlined_cells);
            entry->comp_inlined = 1;
        }
        set_update(&newfree, &cf);
        set_free(&cf);
        if (entry->free || entry->child_free) ste->child_free = 1;
    }

    /* Splice the children of inlined comprehensions in their place. */
    int total = 0;
    for (int i = 0; i < ste->nchildren; i++)
        total += ste->children[i]->comp_inlined ? ste->children[i]->nchildren : 1;
    if (total != ste->nchildren || total > 0) {
        int any = 0;
        for (int i = 0; i < ste->nchildren; i++) any |= ste->children[i]->comp_inlined;
        if (any) {
            SymBlock **nc = arena_alloc(b->a, sizeof(SymBlock *) * (size_t)(total ? total : 1));
            int k = 0;
            for (int i = 0; i < ste->nchildren; i++) {
                SymBlock *c = ste->children[i];
                if (c->comp_inlined) {
                    for (int j = 0; j < c->nchildren; j++) nc[k++] = c->children[j];
                } else {
                    nc[k++] = c;
                }
            }
            ste->children = nc;
            ste->nchildren = ste->capchildren = total;
        }
    }

    nsyms = ste->symbols.n;
    if (sym_is_function_like(ste)) {
        /* Locals that children use freely (or that inlined
         * comprehensions made cells) become cells. */
        for (int i = 0; i < nsyms; i++) {
            if (scopes[i] != SYM_LOCAL) continue;
            const char *name = ste->symbols.names[i];
            if (!set_has(&newfree, name) && !set_has(&inlined_cells, name)) continue;
            scopes[i] = SYM_CELL;
            set_discard(&newfree, name);
        }
    } else if (ste->type == SYM_BLOCK_CLASS) {
        if (set_discard(&newfree, "__class__")) ste->needs_class_closure = 1;
        if (set_discard(&newfree, "__classdict__")) ste->needs_classdict = 1;
        if (set_discard(&newfree, "__conditional_annotations__"))
            ste->has_conditional_annotations = 1;
    }

    /* Record the scopes, then the free names of children that pass
     * through this block. */
    int classflag = ste->type == SYM_BLOCK_CLASS || ste->can_see_class_scope;
    for (int i = 0; i < nsyms; i++) {
        int flags = ste->symbols.flags[i];
        if (set_has(&inlined_cells, ste->symbols.names[i])) flags |= SYM_DEF_COMP_CELL;
        ste->symbols.flags[i] = flags | (scopes[i] << SYM_SCOPE_OFFSET);
    }
    /* Iterate the free set in a fixed (insertion-independent) order:
     * adding to the map only appends, and flags do not depend on order. */
    for (int i = 0; i < newfree.cap; i++) {
        const char *name = newfree.slots[i];
        if (!name || name == TOMB) continue;
        int j = sym_map_find(&ste->symbols, name);
        if (j >= 0) {
            if (classflag) ste->symbols.flags[j] |= SYM_DEF_FREE_CLASS;
            continue;
        }
        if (bound && !set_has(bound, name)) continue;   /* a global */
        j = sym_map_add(b->a, &ste->symbols, name);
        ste->symbols.flags[j] = SYM_FREE << SYM_SCOPE_OFFSET;
    }
    set_update(freeset, &newfree);
    ok = 1;
done:
    free(scopes);
    set_free(&local);
    set_free(&newglobal);
    set_free(&newfree);
    set_free(&newbound);
    set_free(&inlined_cells);
    return ok;
}

int sym_analyze(Builder *b)
{
    NameSet free_, global, type_params;
    set_init(&free_);
    set_init(&global);
    set_init(&type_params);
    int ok = analyze_block(b, b->t->top, NULL, &free_, &global, &type_params, NULL, NULL);
    set_free(&free_);
    set_free(&global);
    set_free(&type_params);
    return ok;
}
