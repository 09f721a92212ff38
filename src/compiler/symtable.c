/* The symbol table's first pass and entry point: walks the AST recording
 * blocks and raw per-name flags (CPython 3.14's rules, 3.13's under
 * SYMTABLE_PY313); symtable_analyze.c resolves the scopes. */
#include "compiler/symtable_internal.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- name maps (arena) ---------------------------------------------- */

unsigned sym_hash(const char *s)
{
    unsigned h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

int sym_map_find(const SymMap *m, const char *name)
{
    if (!m->index_cap) return -1;
    unsigned mask = (unsigned)m->index_cap - 1;
    for (unsigned i = sym_hash(name) & mask;; i = (i + 1) & mask) {
        int slot = m->index[i];
        if (!slot) return -1;
        if (strcmp(m->names[slot - 1], name) == 0) return slot - 1;
    }
}

static void map_reindex(Arena *a, SymMap *m, int cap)
{
    m->index = arena_alloc(a, sizeof(int) * (size_t)cap);
    m->index_cap = cap;
    unsigned mask = (unsigned)cap - 1;
    for (int k = 0; k < m->n; k++) {
        unsigned i = sym_hash(m->names[k]) & mask;
        while (m->index[i]) i = (i + 1) & mask;
        m->index[i] = k + 1;
    }
}

/* Returns the entry of name, adding it with flags 0 if absent. */
int sym_map_add(Arena *a, SymMap *m, const char *name)
{
    int i = sym_map_find(m, name);
    if (i >= 0) return i;
    if (m->n == m->cap) {
        int cap = m->cap ? m->cap * 2 : 8;
        const char **nn = arena_alloc(a, sizeof(char *) * (size_t)cap);
        int *nf = arena_alloc(a, sizeof(int) * (size_t)cap);
        if (m->n) {
            memcpy(nn, m->names, sizeof(char *) * (size_t)m->n);
            memcpy(nf, m->flags, sizeof(int) * (size_t)m->n);
        }
        m->names = nn;
        m->flags = nf;
        m->cap = cap;
    }
    m->names[m->n] = name;
    m->flags[m->n] = 0;
    m->n++;
    if (m->n * 2 > m->index_cap) map_reindex(a, m, m->index_cap ? m->index_cap * 2 : 16);
    else {
        unsigned mask = (unsigned)m->index_cap - 1;
        unsigned h = sym_hash(name) & mask;
        while (m->index[h]) h = (h + 1) & mask;
        m->index[h] = m->n;
    }
    return m->n - 1;
}

void sym_set_error_loc(Builder *b, int lineno, int col, int end_lineno, int end_col)
{
    ParseError *e = b->err;
    e->exc = "SyntaxError";
    e->lineno = lineno;
    /* CPython reports symtable errors at byte column + 1. */
    e->offset = col + 1;
    e->end_lineno = end_lineno;
    e->end_offset = end_col + 1;
    e->text = NULL;
}

static void sym_verror(Builder *b, AstLoc loc, const char *fmt, va_list ap)
{
    vsnprintf(b->err->msg, sizeof b->err->msg, fmt, ap);
    sym_set_error_loc(b, loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset);
}

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4), noreturn))
#endif
static void sym_fail(Builder *b, AstLoc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sym_verror(b, loc, fmt, ap);
    va_end(ap);
    longjmp(b->fail, 1);
}

const char *symtable_mangle(Arena *a, const char *priv, const char *name)
{
    /* Only __spam (not __spam__, not dotted import names) in a class whose
     * name is not all underscores. */
    if (!priv || name[0] != '_' || name[1] != '_') return name;
    size_t n = strlen(name);
    if (name[n - 1] == '_' && name[n - 2] == '_') return name;
    if (strchr(name, '.')) return name;
    while (*priv == '_') priv++;
    if (!*priv) return name;
    size_t pn = strlen(priv);
    char *r = arena_alloc(a, pn + n + 2);
    r[0] = '_';
    memcpy(r + 1, priv, pn);
    memcpy(r + 1 + pn, name, n + 1);
    return r;
}

static const char *maybe_mangle(Builder *b, SymBlock *ste, const char *name)
{
    if (ste->mangled_names && sym_map_find(ste->mangled_names, name) < 0) return name;
    return symtable_mangle(b->a, b->private_name, name);
}

static void block_register(SymTable *t, SymBlock *blk)
{
    if ((t->nblocks + 1) * 2 > t->capblocks) {
        int cap = t->capblocks ? t->capblocks * 2 : 64;
        SymBlock **nb = arena_alloc(t->arena, sizeof(SymBlock *) * (size_t)cap);
        for (int i = 0; i < t->capblocks; i++) {
            SymBlock *o = t->blocks[i];
            if (!o) continue;
            unsigned j = (unsigned)(((uintptr_t)o->key >> 3) * 2654435761u) & (unsigned)(cap - 1);
            while (nb[j]) j = (j + 1) & (unsigned)(cap - 1);
            nb[j] = o;
        }
        t->blocks = nb;
        t->capblocks = cap;
    }
    unsigned mask = (unsigned)t->capblocks - 1;
    unsigned j = (unsigned)(((uintptr_t)blk->key >> 3) * 2654435761u) & mask;
    while (t->blocks[j]) {
        if (t->blocks[j]->key == blk->key) {   /* later wins, as CPython's dict */
            t->blocks[j] = blk;
            return;
        }
        j = (j + 1) & mask;
    }
    t->blocks[j] = blk;
    t->nblocks++;
}

SymBlock *symtable_block_for(SymTable *t, const void *key)
{
    if (!t->capblocks) return NULL;
    unsigned mask = (unsigned)t->capblocks - 1;
    for (unsigned j = (unsigned)(((uintptr_t)key >> 3) * 2654435761u) & mask;; j = (j + 1) & mask) {
        SymBlock *b = t->blocks[j];
        if (!b) return NULL;
        if (b->key == key) return b;
    }
}

int symtable_flags(const SymBlock *b, const char *name)
{
    int i = sym_map_find(&b->symbols, name);
    return i < 0 ? 0 : b->symbols.flags[i];
}

int symtable_scope(const SymBlock *b, const char *name)
{
    return (symtable_flags(b, name) >> SYM_SCOPE_OFFSET) & SYM_SCOPE_MASK;
}

int sym_is_function_like(const SymBlock *b)
{
    return b->type == SYM_BLOCK_FUNCTION || b->type == SYM_BLOCK_ANNOTATION ||
           b->type == SYM_BLOCK_TYPE_ALIAS || b->type == SYM_BLOCK_TYPE_PARAMETERS ||
           b->type == SYM_BLOCK_TYPE_VARIABLE;
}

static void add_child(Arena *a, SymBlock *parent, SymBlock *c)
{
    if (parent->nchildren == parent->capchildren) {
        int cap = parent->capchildren ? parent->capchildren * 2 : 4;
        SymBlock **nc = arena_alloc(a, sizeof(SymBlock *) * (size_t)cap);
        if (parent->nchildren)
            memcpy(nc, parent->children, sizeof(SymBlock *) * (size_t)parent->nchildren);
        parent->children = nc;
        parent->capchildren = cap;
    }
    parent->children[parent->nchildren++] = c;
}

static void push(Builder *b, SymBlock *blk)
{
    if (b->nstack == b->capstack) {
        int cap = b->capstack ? b->capstack * 2 : 16;
        SymBlock **ns = arena_alloc(b->a, sizeof(SymBlock *) * (size_t)cap);
        if (b->nstack) memcpy(ns, b->stack, sizeof(SymBlock *) * (size_t)b->nstack);
        b->stack = ns;
        b->capstack = cap;
    }
    b->stack[b->nstack++] = blk;
    b->cur = blk;
}

static SymBlock *new_block(Builder *b, const char *name, SymBlockType type,
                           const void *key, AstLoc loc)
{
    SymBlock *blk = arena_alloc(b->a, sizeof *blk);
    blk->type = type;
    blk->name = name;
    blk->key = key;
    blk->loc = loc;
    if (b->cur && (b->cur->nested || sym_is_function_like(b->cur))) blk->nested = 1;
    block_register(b->t, blk);
    return blk;
}

static void add_def(Builder *b, const char *name, int flag, AstLoc loc);

/* Enters blk as a child of cur. add_child is false for the blocks that
 * `from __future__ import annotations` makes invisible. */
static void enter_existing(Builder *b, SymBlock *blk, int as_child)
{
    SymBlock *prev = b->cur;
    push(b, blk);
    if (prev) {
        /* bpo-37757: no walrus anywhere inside a comprehension's
         * outermost iterable, even in nested scopes. */
        blk->comp_iter_expr = prev->comp_iter_expr;
        if (prev->mangled_names && blk->type != SYM_BLOCK_CLASS)
            blk->mangled_names = prev->mangled_names;
    }
    if (b->t->future_annotations && blk->type == SYM_BLOCK_ANNOTATION) return;
    if (prev && as_child) add_child(b->a, prev, blk);
}

static SymBlock *enter_block(Builder *b, const char *name, SymBlockType type,
                             const void *key, AstLoc loc)
{
    SymBlock *blk = new_block(b, name, type, key, loc);
    enter_existing(b, blk, 1);
    if (type == SYM_BLOCK_ANNOTATION && !(b->flags & SYMTABLE_PY313) &&
        !b->t->future_annotations) {
        /* 3.14: __annotate__(format) reads its one parameter. */
        add_def(b, ".format", SYM_DEF_PARAM, loc);
        add_def(b, ".format", SYM_USE, loc);
    }
    return blk;
}

static void exit_block(Builder *b)
{
    b->nstack--;
    b->cur = b->nstack ? b->stack[b->nstack - 1] : NULL;
}

static void add_varname(Arena *a, SymBlock *blk, const char *name)
{
    if (blk->nvarnames == blk->capvarnames) {
        int cap = blk->capvarnames ? blk->capvarnames * 2 : 4;
        const char **nv = arena_alloc(a, sizeof(char *) * (size_t)cap);
        if (blk->nvarnames) memcpy(nv, blk->varnames, sizeof(char *) * (size_t)blk->nvarnames);
        blk->varnames = nv;
        blk->capvarnames = cap;
    }
    blk->varnames[blk->nvarnames++] = name;
}

static void add_def_in(Builder *b, const char *name, int flag, SymBlock *ste, AstLoc loc)
{
    const char *mangled = maybe_mangle(b, b->cur, name);
    int i = sym_map_find(&ste->symbols, mangled);
    int val;
    if (i >= 0) {
        val = ste->symbols.flags[i];
        if ((flag & SYM_DEF_PARAM) && (val & SYM_DEF_PARAM))
            sym_fail(b, loc, "duplicate argument '%s' in function definition", name);
        if ((flag & SYM_DEF_TYPE_PARAM) && (val & SYM_DEF_TYPE_PARAM))
            sym_fail(b, loc, "duplicate type parameter '%s'", name);
        val |= flag;
    } else {
        i = sym_map_add(b->a, &ste->symbols, mangled);
        val = flag;
    }
    if (ste->comp_iter_target) {
        /* An iteration variable: it must not be a walrus target already,
         * and later walruses check this mark. */
        if (val & (SYM_DEF_GLOBAL | SYM_DEF_NONLOCAL))
            sym_fail(b, loc, "comprehension inner loop cannot rebind assignment "
                             "expression target '%s'", name);
        val |= SYM_DEF_COMP_ITER;
    }
    ste->symbols.flags[i] = val;
    if (flag & SYM_DEF_PARAM) {
        add_varname(b->a, ste, mangled);
    } else if (flag & SYM_DEF_GLOBAL) {
        /* A global declaration anywhere also lands in the module. */
        int g = sym_map_add(b->a, &b->t->top->symbols, mangled);
        b->t->top->symbols.flags[g] |= flag;
    }
}

static void add_def(Builder *b, const char *name, int flag, AstLoc loc)
{
    if ((flag & SYM_DEF_TYPE_PARAM) && b->cur->mangled_names) {
        /* The set is shared by the generic class's type-param block and
         * its descendants: cast away the const of the view. */
        sym_map_add(b->a, (SymMap *)b->cur->mangled_names, name);
    }
    add_def_in(b, name, flag, b->cur, loc);
}

static int lookup_in(Builder *b, SymBlock *ste, const char *name)
{
    return symtable_flags(ste, maybe_mangle(b, ste, name));
}

static void record_directive(Builder *b, const char *name, AstLoc loc)
{
    SymBlock *c = b->cur;
    if (c->ndirectives == c->capdirectives) {
        int cap = c->capdirectives ? c->capdirectives * 2 : 4;
        SymDirective *nd = arena_alloc(b->a, sizeof(SymDirective) * (size_t)cap);
        if (c->ndirectives) memcpy(nd, c->directives, sizeof(SymDirective) * (size_t)c->ndirectives);
        c->directives = nd;
        c->capdirectives = cap;
    }
    c->directives[c->ndirectives].name = maybe_mangle(b, c, name);
    c->directives[c->ndirectives].loc = loc;
    c->ndirectives++;
}
/* ---- the visit pass --------------------------------------------------- */

static void visit_expr(Builder *b, AstExpr *e);
static void visit_stmt(Builder *b, AstStmt *s);

static void visit_exprs(Builder *b, AstList *l)
{
    for (int i = 0; i < l->n; i++)
        if (l->items[i]) visit_expr(b, l->items[i]);
}

static void visit_stmts(Builder *b, AstList *l)
{
    for (int i = 0; i < l->n; i++) visit_stmt(b, l->items[i]);
}

static void raise_if_annotation_block(Builder *b, const char *what, AstExpr *e)
{
    SymBlock *c = b->cur;
    switch (c->type) {
    case SYM_BLOCK_ANNOTATION:
        sym_fail(b, e->loc, "%s cannot be used within an annotation", what);
    case SYM_BLOCK_TYPE_VARIABLE:
        sym_fail(b, e->loc, "%s cannot be used within %s", what, c->scope_info);
    case SYM_BLOCK_TYPE_ALIAS:
        sym_fail(b, e->loc, "%s cannot be used within a type alias", what);
    case SYM_BLOCK_TYPE_PARAMETERS:
        sym_fail(b, e->loc, "%s cannot be used within the definition of a generic", what);
    default:
        break;
    }
}

static void raise_if_comprehension(Builder *b, AstExpr *e)
{
    static const char *const what[] = {
        NULL, "list comprehension", "set comprehension", "dict comprehension",
        "generator expression"
    };
    sym_fail(b, e->loc, "'yield' inside %s", what[b->cur->comprehension]);
}

/* A walrus inside a comprehension binds in the nearest enclosing function
 * or module; the comprehensions on the way see it as nonlocal/global. */
static void extend_namedexpr_scope(Builder *b, AstExpr *target)
{
    const char *name = target->v.name.id;
    for (int i = b->nstack - 1; i >= 0; i--) {
        SymBlock *ste = b->stack[i];
        if (ste->comprehension) {
            int f = lookup_in(b, ste, name);
            if ((f & SYM_DEF_COMP_ITER) && (f & SYM_DEF_LOCAL))
                sym_fail(b, target->loc, "assignment expression cannot rebind "
                                         "comprehension iteration variable '%s'", name);
            continue;
        }
        if (ste->type == SYM_BLOCK_FUNCTION) {
            int f = lookup_in(b, ste, name);
            add_def(b, name, (f & SYM_DEF_GLOBAL) ? SYM_DEF_GLOBAL : SYM_DEF_NONLOCAL, target->loc);
            record_directive(b, name, target->loc);
            add_def_in(b, name, SYM_DEF_LOCAL, ste, target->loc);
            return;
        }
        if (ste->type == SYM_BLOCK_MODULE) {
            add_def(b, name, SYM_DEF_GLOBAL, target->loc);
            record_directive(b, name, target->loc);
            add_def_in(b, name, SYM_DEF_GLOBAL, ste, target->loc);
            return;
        }
        const char *where = NULL;
        switch (ste->type) {
        case SYM_BLOCK_CLASS: where = "a class body"; break;
        case SYM_BLOCK_TYPE_PARAMETERS: where = "the definition of a generic"; break;
        case SYM_BLOCK_TYPE_ALIAS: where = "a type alias"; break;
        case SYM_BLOCK_TYPE_VARIABLE: where = "a TypeVar bound"; break;
        default: break;
        }
        if (where) {
            if (ste->type == SYM_BLOCK_TYPE_PARAMETERS)
                sym_fail(b, target->loc, "assignment expression within a comprehension "
                                         "cannot be used within the definition of a generic");
            sym_fail(b, target->loc, "assignment expression within a comprehension "
                                     "cannot be used in %s", where);
        }
        /* An annotation block: keep looking outwards. */
    }
}

static void visit_comprehension(Builder *b, AstComprehension *lc)
{
    b->cur->comp_iter_target = 1;
    visit_expr(b, lc->target);
    b->cur->comp_iter_target = 0;
    b->cur->comp_iter_expr++;
    visit_expr(b, lc->iter);
    b->cur->comp_iter_expr--;
    visit_exprs(b, &lc->ifs);
    if (lc->is_async) b->cur->coroutine = 1;
}

static void handle_comprehension(Builder *b, AstExpr *e, const char *name, SymCompKind kind)
{
    AstList *gens = &e->v.comp.generators;
    AstComprehension *outer = gens->items[0];
    /* The outermost iterable is evaluated in the enclosing scope. */
    b->cur->comp_iter_expr++;
    visit_expr(b, outer->iter);
    b->cur->comp_iter_expr--;
    SymBlock *c = enter_block(b, name, SYM_BLOCK_FUNCTION, e, e->loc);
    c->comprehension = kind;
    if (outer->is_async) c->coroutine = 1;
    add_def(b, ".0", SYM_DEF_PARAM, e->loc);     /* the iterator argument */
    c->comp_iter_target = 1;
    visit_expr(b, outer->target);
    c->comp_iter_target = 0;
    visit_exprs(b, &outer->ifs);
    for (int i = 1; i < gens->n; i++) visit_comprehension(b, gens->items[i]);
    if (kind == SYM_COMP_DICT) visit_expr(b, e->v.comp.value);
    visit_expr(b, e->v.comp.elt);
    c->generator = kind == SYM_COMP_GENEXPR;
    int is_async = c->coroutine && kind != SYM_COMP_GENEXPR;
    exit_block(b);
    if (is_async) b->cur->coroutine = 1;
}

static void visit_annotation_expr(Builder *b, AstExpr *e);

static void visit_params(Builder *b, AstList *l)
{
    for (int i = 0; i < l->n; i++) {
        AstArg *arg = l->items[i];
        add_def(b, arg->arg, SYM_DEF_PARAM, arg->loc);
    }
}

static void visit_arguments(Builder *b, AstArguments *a)
{
    visit_params(b, &a->posonlyargs);
    visit_params(b, &a->args);
    visit_params(b, &a->kwonlyargs);
    if (a->vararg) {
        add_def(b, a->vararg->arg, SYM_DEF_PARAM, a->vararg->loc);
        b->cur->varargs = 1;
    }
    if (a->kwarg) {
        add_def(b, a->kwarg->arg, SYM_DEF_PARAM, a->kwarg->loc);
        b->cur->varkeywords = 1;
    }
}

static void visit_argannotations(Builder *b, AstList *l)
{
    for (int i = 0; i < l->n; i++) {
        AstArg *arg = l->items[i];
        if (arg->annotation) {
            b->cur->annotations_used = 1;
            visit_expr(b, arg->annotation);
        }
    }
}

/* A def's parameter and return annotations. 3.13: evaluated where the def
 * stands (a hidden block under the future import). 3.14: one __annotate__
 * scope per def, keyed by its AstArguments. */
static void visit_annotations(Builder *b, AstStmt *s, AstArguments *a, AstExpr *returns)
{
    int py313 = b->flags & SYMTABLE_PY313;
    int hidden = b->t->future_annotations;
    if (py313 && hidden) enter_block(b, "_annotation", SYM_BLOCK_ANNOTATION, s, s->loc);
    if (!py313) {
        int is_in_class = b->cur->can_see_class_scope;
        SymBlockType cur_type = b->cur->type;
        SymBlock *ann = enter_block(b, "__annotate__", SYM_BLOCK_ANNOTATION, a, s->loc);
        if (!hidden && (is_in_class || cur_type == SYM_BLOCK_CLASS)) {
            ann->can_see_class_scope = 1;
            add_def(b, "__classdict__", SYM_USE, s->loc);
        }
    }
    visit_argannotations(b, &a->posonlyargs);
    visit_argannotations(b, &a->args);
    if (a->vararg && a->vararg->annotation) {
        b->cur->annotations_used = 1;
        visit_expr(b, a->vararg->annotation);
    }
    if (a->kwarg && a->kwarg->annotation) {
        b->cur->annotations_used = 1;
        visit_expr(b, a->kwarg->annotation);
    }
    visit_argannotations(b, &a->kwonlyargs);
    if (py313) {
        if (hidden) exit_block(b);
        if (returns) visit_annotation_expr(b, returns);
    } else {
        if (returns) {
            b->cur->annotations_used = 1;
            visit_expr(b, returns);
        }
        exit_block(b);
    }
}

/* 3.13: one annotation expression (AnnAssign, a def's return). */
static void visit_annotation_expr(Builder *b, AstExpr *e)
{
    int hidden = b->t->future_annotations;
    if (hidden) enter_block(b, "_annotation", SYM_BLOCK_ANNOTATION, e, e->loc);
    visit_expr(b, e);
    if (hidden) exit_block(b);
}

/* 3.14: an AnnAssign's annotation goes to the enclosing block's single
 * __annotate__ scope, keyed by (char *)owner_key + 1. Annotations in
 * function bodies are never evaluated. */
static void visit_annassign_annotation(Builder *b, AstExpr *ann)
{
    SymBlock *parent = b->cur;
    if (((parent->type == SYM_BLOCK_CLASS && parent->in_conditional) ||
         parent->type == SYM_BLOCK_MODULE) && !parent->has_conditional_annotations) {
        /* Which annotations ran is tracked at run time when some may not
         * run: in a class under if/loop/try/with/match, and always in a
         * module (it may run only partly). */
        parent->has_conditional_annotations = 1;
        add_def(b, "__conditional_annotations__", SYM_USE, ann->loc);
    }
    if (parent->type == SYM_BLOCK_FUNCTION) return;
    if (!parent->annotation_block) {
        SymBlockType t = parent->type;
        SymBlock *blk = enter_block(b, "__annotate__", SYM_BLOCK_ANNOTATION,
                                    (const char *)parent->key + 1, ann->loc);
        parent->annotation_block = blk;
        if (t == SYM_BLOCK_CLASS && !b->t->future_annotations) {
            blk->can_see_class_scope = 1;
            add_def(b, "__classdict__", SYM_USE, ann->loc);
        }
    } else {
        enter_existing(b, parent->annotation_block, 0);
    }
    b->cur->annotations_used = 1;
    visit_expr(b, ann);
    exit_block(b);
}

static void visit_type_param_bound(Builder *b, AstExpr *e, const char *name,
                                   const void *key, const char *info, AstLoc loc)
{
    /* 3.14 reserves the name (3.13 accepts it). */
    if (!(b->flags & SYMTABLE_PY313) && strcmp(name, "__classdict__") == 0)
        sym_fail(b, loc, "reserved name '__classdict__' cannot be used for type parameter");
    if (!e) return;
    int is_in_class = b->cur->can_see_class_scope;
    SymBlock *blk = enter_block(b, name, SYM_BLOCK_TYPE_VARIABLE, key, e->loc);
    blk->can_see_class_scope = is_in_class;
    if (is_in_class) add_def(b, "__classdict__", SYM_USE, e->loc);
    blk->scope_info = info;
    visit_expr(b, e);
    exit_block(b);
}

static void visit_type_param(Builder *b, AstTypeParam *tp)
{
    add_def(b, tp->name, SYM_DEF_TYPE_PARAM | SYM_DEF_LOCAL, tp->loc);
    switch (tp->kind) {
    case AST_TypeVar: {
        const char *info = NULL;
        if (tp->bound)
            info = tp->bound->kind == AST_Tuple ? "a TypeVar constraint" : "a TypeVar bound";
        visit_type_param_bound(b, tp->bound, tp->name, tp, info, tp->loc);
        visit_type_param_bound(b, tp->default_value, tp->name, (const char *)tp + 1,
                               "a TypeVar default", tp->loc);
        break;
    }
    case AST_TypeVarTuple:
        visit_type_param_bound(b, tp->default_value, tp->name, tp,
                               "a TypeVarTuple default", tp->loc);
        break;
    case AST_ParamSpec:
        visit_type_param_bound(b, tp->default_value, tp->name, tp,
                               "a ParamSpec default", tp->loc);
        break;
    }
}

static void visit_type_params(Builder *b, AstList *l)
{
    for (int i = 0; i < l->n; i++) visit_type_param(b, l->items[i]);
}

static void enter_type_param_block(Builder *b, const char *name, const void *key,
                                   int has_defaults, int has_kwdefaults,
                                   int is_class, AstLoc loc)
{
    SymBlockType cur_type = b->cur->type;
    SymBlock *blk = enter_block(b, name, SYM_BLOCK_TYPE_PARAMETERS, key, loc);
    if (cur_type == SYM_BLOCK_CLASS) {
        blk->can_see_class_scope = 1;
        add_def(b, "__classdict__", SYM_USE, loc);
    }
    if (is_class) {
        /* Set when the tuple of parameters is made, used for the bases. */
        add_def(b, ".type_params", SYM_DEF_LOCAL, loc);
        add_def(b, ".type_params", SYM_USE, loc);
        add_def(b, ".generic_base", SYM_DEF_LOCAL, loc);
        add_def(b, ".generic_base", SYM_USE, loc);
    }
    if (has_defaults) add_def(b, ".defaults", SYM_DEF_PARAM, loc);
    if (has_kwdefaults) add_def(b, ".kwdefaults", SYM_DEF_PARAM, loc);
}

static void visit_pattern(Builder *b, AstPattern *p)
{
    switch (p->kind) {
    case AST_MatchValue:
        visit_expr(b, p->v.value.value);
        break;
    case AST_MatchSingleton:
        break;
    case AST_MatchSequence:
    case AST_MatchOr:
        for (int i = 0; i < p->v.seq.patterns.n; i++) visit_pattern(b, p->v.seq.patterns.items[i]);
        break;
    case AST_MatchStar:
        if (p->v.star.name) add_def(b, p->v.star.name, SYM_DEF_LOCAL, p->loc);
        break;
    case AST_MatchAs:
        if (p->v.as.pattern) visit_pattern(b, p->v.as.pattern);
        if (p->v.as.name) add_def(b, p->v.as.name, SYM_DEF_LOCAL, p->loc);
        break;
    case AST_MatchMapping:
        visit_exprs(b, &p->v.mapping.keys);
        for (int i = 0; i < p->v.mapping.patterns.n; i++)
            visit_pattern(b, p->v.mapping.patterns.items[i]);
        if (p->v.mapping.rest) add_def(b, p->v.mapping.rest, SYM_DEF_LOCAL, p->loc);
        break;
    case AST_MatchClass:
        visit_expr(b, p->v.cls.cls);
        for (int i = 0; i < p->v.cls.patterns.n; i++) visit_pattern(b, p->v.cls.patterns.items[i]);
        for (int i = 0; i < p->v.cls.kwd_patterns.n; i++)
            visit_pattern(b, p->v.cls.kwd_patterns.items[i]);
        break;
    }
}

static void visit_alias(Builder *b, AstAlias *al)
{
    const char *name = al->asname ? al->asname : al->name;
    if (strcmp(name, "*") == 0) {
        if (b->cur->type != SYM_BLOCK_MODULE)
            sym_fail(b, al->loc, "import * only allowed at module level");
        return;
    }
    /* `import a.b` binds a. */
    const char *dot = strchr(name, '.');
    const char *store = dot ? arena_strndup(b->a, name, (size_t)(dot - name)) : name;
    add_def(b, store, SYM_DEF_IMPORT, al->loc);
}

static void visit_global_or_nonlocal(Builder *b, AstStmt *s, int is_global)
{
    AstList *names = &s->v.global.names;
    const char *kind = is_global ? "global" : "nonlocal";
    for (int i = 0; i < names->n; i++) {
        const char *name = names->items[i];
        int cur = lookup_in(b, b->cur, name);
        if (cur & (SYM_DEF_PARAM | SYM_DEF_LOCAL | SYM_USE | SYM_DEF_ANNOT)) {
            if (cur & SYM_DEF_PARAM)
                sym_fail(b, s->loc, "name '%s' is parameter and %s", name, kind);
            if (cur & SYM_USE)
                sym_fail(b, s->loc, "name '%s' is used prior to %s declaration", name, kind);
            if (cur & SYM_DEF_ANNOT)
                sym_fail(b, s->loc, "annotated name '%s' can't be %s", name, kind);
            sym_fail(b, s->loc, "name '%s' is assigned to before %s declaration", name, kind);
        }
        add_def(b, name, is_global ? SYM_DEF_GLOBAL : SYM_DEF_NONLOCAL, s->loc);
        record_directive(b, name, s->loc);
    }
}

static int has_kwonlydefaults(AstArguments *a)
{
    for (int i = 0; i < a->kw_defaults.n; i++)
        if (a->kw_defaults.items[i]) return 1;
    return 0;
}

static void visit_funcdef(Builder *b, AstStmt *s)
{
    AstArguments *args = s->v.funcdef.args;
    add_def(b, s->v.funcdef.name, SYM_DEF_LOCAL, s->loc);
    visit_exprs(b, &args->defaults);
    visit_exprs(b, &args->kw_defaults);
    visit_exprs(b, &s->v.funcdef.decorator_list);
    int generic = s->v.funcdef.type_params.n > 0;
    if (generic) {
        /* CPython's parser always gives a def a (maybe empty) defaults
         * list, so .defaults is always there. */
        enter_type_param_block(b, s->v.funcdef.name, &s->v.funcdef.type_params, 1,
                               has_kwonlydefaults(args), 0, s->loc);
        visit_type_params(b, &s->v.funcdef.type_params);
    }
    visit_annotations(b, s, args, s->v.funcdef.returns);
    SymBlock *f = enter_block(b, s->v.funcdef.name, SYM_BLOCK_FUNCTION, s, s->loc);
    if (s->kind == AST_AsyncFunctionDef) f->coroutine = 1;
    visit_arguments(b, args);
    visit_stmts(b, &s->v.funcdef.body);
    exit_block(b);
    if (generic) exit_block(b);
}

static void visit_classdef(Builder *b, AstStmt *s)
{
    add_def(b, s->v.classdef.name, SYM_DEF_LOCAL, s->loc);
    visit_exprs(b, &s->v.classdef.decorator_list);
    const char *saved = b->private_name;
    int generic = s->v.classdef.type_params.n > 0;
    if (generic) {
        enter_type_param_block(b, s->v.classdef.name, &s->v.classdef.type_params, 0, 0, 1, s->loc);
        b->private_name = s->v.classdef.name;
        /* Only the type parameters themselves are mangled in here. */
        b->cur->mangled_names = arena_alloc(b->a, sizeof(SymMap));
        visit_type_params(b, &s->v.classdef.type_params);
    }
    visit_exprs(b, &s->v.classdef.bases);
    for (int i = 0; i < s->v.classdef.keywords.n; i++) {
        AstKeyword *k = s->v.classdef.keywords.items[i];
        visit_expr(b, k->value);
    }
    enter_block(b, s->v.classdef.name, SYM_BLOCK_CLASS, s, s->loc);
    b->private_name = s->v.classdef.name;
    if (generic) {
        AstLoc tl = ((AstTypeParam *)s->v.classdef.type_params.items[0])->loc;
        add_def(b, "__type_params__", SYM_DEF_LOCAL, tl);
        add_def(b, ".type_params", SYM_USE, tl);
    }
    visit_stmts(b, &s->v.classdef.body);
    exit_block(b);
    if (generic) exit_block(b);
    b->private_name = saved;
}

static void visit_stmt(Builder *b, AstStmt *s)
{
    int py313 = b->flags & SYMTABLE_PY313;
    switch (s->kind) {
    case AST_FunctionDef:
    case AST_AsyncFunctionDef:
        visit_funcdef(b, s);
        break;
    case AST_ClassDef:
        visit_classdef(b, s);
        break;
    case AST_Return:
        if (s->v.ret.value) {
            visit_expr(b, s->v.ret.value);
            b->cur->returns_value = 1;
        }
        break;
    case AST_Delete:
        visit_exprs(b, &s->v.del.targets);
        break;
    case AST_Assign:
        visit_exprs(b, &s->v.assign.targets);
        visit_expr(b, s->v.assign.value);
        break;
    case AST_TypeAlias: {
        visit_expr(b, s->v.typealias.name);
        const char *name = s->v.typealias.name->v.name.id;
        int is_in_class = b->cur->type == SYM_BLOCK_CLASS;
        int generic = s->v.typealias.type_params.n > 0;
        if (generic) {
            enter_type_param_block(b, name, &s->v.typealias.type_params, 0, 0, 0, s->loc);
            visit_type_params(b, &s->v.typealias.type_params);
        }
        SymBlock *blk = enter_block(b, name, SYM_BLOCK_TYPE_ALIAS, s, s->loc);
        blk->can_see_class_scope = is_in_class;
        if (is_in_class) add_def(b, "__classdict__", SYM_USE, s->v.typealias.value->loc);
        visit_expr(b, s->v.typealias.value);
        exit_block(b);
        if (generic) exit_block(b);
        break;
    }
    case AST_AugAssign:
        visit_expr(b, s->v.augassign.target);
        visit_expr(b, s->v.augassign.value);
        break;
    case AST_AnnAssign: {
        AstExpr *t = s->v.annassign.target;
        if (t->kind == AST_Name) {
            int cur = lookup_in(b, b->cur, t->v.name.id);
            if ((cur & (SYM_DEF_GLOBAL | SYM_DEF_NONLOCAL)) &&
                b->cur->type != SYM_BLOCK_MODULE && s->v.annassign.simple)
                sym_fail(b, s->loc, "annotated name '%s' can't be %s", t->v.name.id,
                         (cur & SYM_DEF_GLOBAL) ? "global" : "nonlocal");
            if (s->v.annassign.simple)
                add_def(b, t->v.name.id, SYM_DEF_ANNOT | SYM_DEF_LOCAL, t->loc);
            if (s->v.annassign.value)
                add_def(b, t->v.name.id, SYM_DEF_LOCAL, t->loc);
        } else {
            visit_expr(b, t);
        }
        if (py313) visit_annotation_expr(b, s->v.annassign.annotation);
        else visit_annassign_annotation(b, s->v.annassign.annotation);
        if (s->v.annassign.value) visit_expr(b, s->v.annassign.value);
        break;
    }
    case AST_For:
    case AST_AsyncFor:
        visit_expr(b, s->v.forloop.target);
        visit_expr(b, s->v.forloop.iter);
        b->cur->in_conditional++;
        visit_stmts(b, &s->v.forloop.body);
        visit_stmts(b, &s->v.forloop.orelse);
        b->cur->in_conditional--;
        break;
    case AST_While:
    case AST_If:
        visit_expr(b, s->v.cond.test);
        b->cur->in_conditional++;
        visit_stmts(b, &s->v.cond.body);
        visit_stmts(b, &s->v.cond.orelse);
        b->cur->in_conditional--;
        break;
    case AST_With:
    case AST_AsyncWith:
        for (int i = 0; i < s->v.with.items.n; i++) {
            AstWithItem *it = s->v.with.items.items[i];
            visit_expr(b, it->context_expr);
            if (it->optional_vars) visit_expr(b, it->optional_vars);
        }
        /* The context manager may swallow an exception. */
        b->cur->in_conditional++;
        visit_stmts(b, &s->v.with.body);
        b->cur->in_conditional--;
        break;
    case AST_Match:
        visit_expr(b, s->v.match.subject);
        b->cur->in_conditional++;
        for (int i = 0; i < s->v.match.cases.n; i++) {
            AstMatchCase *mc = s->v.match.cases.items[i];
            visit_pattern(b, mc->pattern);
            if (mc->guard) visit_expr(b, mc->guard);
            visit_stmts(b, &mc->body);
        }
        b->cur->in_conditional--;
        break;
    case AST_Raise:
        if (s->v.raise.exc) visit_expr(b, s->v.raise.exc);
        if (s->v.raise.cause) visit_expr(b, s->v.raise.cause);
        break;
    case AST_Try:
    case AST_TryStar:
        b->cur->in_conditional++;
        visit_stmts(b, &s->v.try_.body);
        for (int i = 0; i < s->v.try_.handlers.n; i++) {
            AstExceptHandler *h = s->v.try_.handlers.items[i];
            if (h->type) visit_expr(b, h->type);
            if (h->name) add_def(b, h->name, SYM_DEF_LOCAL, h->loc);
            visit_stmts(b, &h->body);
        }
        visit_stmts(b, &s->v.try_.orelse);
        visit_stmts(b, &s->v.try_.finalbody);
        b->cur->in_conditional--;
        break;
    case AST_Assert:
        visit_expr(b, s->v.assert_.test);
        if (s->v.assert_.msg) visit_expr(b, s->v.assert_.msg);
        break;
    case AST_Import:
    case AST_ImportFrom:
        for (int i = 0; i < s->v.import.names.n; i++) visit_alias(b, s->v.import.names.items[i]);
        break;
    case AST_Global:
        visit_global_or_nonlocal(b, s, 1);
        break;
    case AST_Nonlocal:
        visit_global_or_nonlocal(b, s, 0);
        break;
    case AST_Expr:
        visit_expr(b, s->v.ret.value);
        break;
    case AST_Pass:
    case AST_Break:
    case AST_Continue:
        break;
    }
}

static void visit_expr(Builder *b, AstExpr *e)
{
    switch (e->kind) {
    case AST_NamedExpr:
        raise_if_annotation_block(b, "named expression", e);
        if (b->cur->comp_iter_expr > 0)
            sym_fail(b, e->loc, "assignment expression cannot be used in a "
                                "comprehension iterable expression");
        if (b->cur->comprehension) extend_namedexpr_scope(b, e->v.namedexpr.target);
        visit_expr(b, e->v.namedexpr.value);
        visit_expr(b, e->v.namedexpr.target);
        break;
    case AST_BoolOp:
        visit_exprs(b, &e->v.boolop.values);
        break;
    case AST_BinOp:
        visit_expr(b, e->v.binop.left);
        visit_expr(b, e->v.binop.right);
        break;
    case AST_UnaryOp:
        visit_expr(b, e->v.unaryop.operand);
        break;
    case AST_Lambda: {
        AstArguments *a = e->v.lambda.args;
        visit_exprs(b, &a->defaults);
        visit_exprs(b, &a->kw_defaults);
        enter_block(b, "lambda", SYM_BLOCK_FUNCTION, e, e->loc);
        visit_arguments(b, a);
        visit_expr(b, e->v.lambda.body);
        exit_block(b);
        break;
    }
    case AST_IfExp:
        visit_expr(b, e->v.ifexp.test);
        visit_expr(b, e->v.ifexp.body);
        visit_expr(b, e->v.ifexp.orelse);
        break;
    case AST_Dict:
        visit_exprs(b, &e->v.dict.keys);
        visit_exprs(b, &e->v.dict.values);
        break;
    case AST_Set:
    case AST_List:
    case AST_Tuple:
        visit_exprs(b, &e->v.seq.elts);
        break;
    case AST_GeneratorExp:
        handle_comprehension(b, e, "genexpr", SYM_COMP_GENEXPR);
        break;
    case AST_ListComp:
        handle_comprehension(b, e, "listcomp", SYM_COMP_LIST);
        break;
    case AST_SetComp:
        handle_comprehension(b, e, "setcomp", SYM_COMP_SET);
        break;
    case AST_DictComp:
        handle_comprehension(b, e, "dictcomp", SYM_COMP_DICT);
        break;
    case AST_Yield:
    case AST_YieldFrom:
        raise_if_annotation_block(b, "yield expression", e);
        if (e->v.unary.value) visit_expr(b, e->v.unary.value);
        b->cur->generator = 1;
        if (b->cur->comprehension) raise_if_comprehension(b, e);
        break;
    case AST_Await:
        raise_if_annotation_block(b, "await expression", e);
        visit_expr(b, e->v.unary.value);
        b->cur->coroutine = 1;
        break;
    case AST_Compare:
        visit_expr(b, e->v.compare.left);
        visit_exprs(b, &e->v.compare.comparators);
        break;
    case AST_Call:
        visit_expr(b, e->v.call.func);
        visit_exprs(b, &e->v.call.args);
        for (int i = 0; i < e->v.call.keywords.n; i++) {
            AstKeyword *k = e->v.call.keywords.items[i];
            visit_expr(b, k->value);
        }
        break;
    case AST_FormattedValue:
    case AST_Interpolation:
        visit_expr(b, e->v.fvalue.value);
        if (e->v.fvalue.format_spec) visit_expr(b, e->v.fvalue.format_spec);
        break;
    case AST_JoinedStr:
    case AST_TemplateStr:
        visit_exprs(b, &e->v.joined.values);
        break;
    case AST_Constant:
        break;
    case AST_Attribute:
        visit_expr(b, e->v.attribute.value);
        break;
    case AST_Subscript:
        visit_expr(b, e->v.subscript.value);
        visit_expr(b, e->v.subscript.slice);
        break;
    case AST_Starred:
        visit_expr(b, e->v.starred.value);
        break;
    case AST_Slice:
        if (e->v.slice.lower) visit_expr(b, e->v.slice.lower);
        if (e->v.slice.upper) visit_expr(b, e->v.slice.upper);
        if (e->v.slice.step) visit_expr(b, e->v.slice.step);
        break;
    case AST_Name:
        add_def(b, e->v.name.id, e->v.name.ctx == AST_LOAD ? SYM_USE : SYM_DEF_LOCAL, e->loc);
        /* super() needs the __class__ cell. */
        if (e->v.name.ctx == AST_LOAD && sym_is_function_like(b->cur) &&
            strcmp(e->v.name.id, "super") == 0)
            add_def(b, "__class__", SYM_USE, e->loc);
        break;
    }
}

/* ---- entry point ------------------------------------------------------ */

/* The __future__ imports that open the module (after an optional
 * docstring), checked as CPython checks them before building the table:
 * returns 1 if `annotations` is among them, 0 if not, -1 on an unknown
 * feature (err filled; CPython gives these errors no end column). */
static int future_parse(AstModule *m, ParseError *err)
{
    static const char *const known[] = {
        "nested_scopes", "generators", "division", "absolute_import",
        "with_statement", "print_function", "unicode_literals",
        "barry_as_FLUFL", "generator_stop", "annotations"
    };
    int annotations = 0;
    for (int i = 0; i < m->body.n; i++) {
        AstStmt *s = m->body.items[i];
        if (i == 0 && s->kind == AST_Expr && s->v.ret.value->kind == AST_Constant &&
            s->v.ret.value->v.constant.value.kind == AST_CONST_STR)
            continue;
        if (s->kind != AST_ImportFrom || s->v.import.level != 0 || !s->v.import.module ||
            strcmp(s->v.import.module, "__future__") != 0)
            break;
        for (int j = 0; j < s->v.import.names.n; j++) {
            const char *feature = ((AstAlias *)s->v.import.names.items[j])->name;
            size_t k = 0;
            while (k < sizeof known / sizeof known[0] && strcmp(feature, known[k]) != 0) k++;
            if (k < sizeof known / sizeof known[0]) {
                if (strcmp(feature, "annotations") == 0) annotations = 1;
                continue;
            }
            if (strcmp(feature, "braces") == 0)
                snprintf(err->msg, sizeof err->msg, "not a chance");
            else
                snprintf(err->msg, sizeof err->msg, "future feature %.100s is not defined",
                         feature);
            err->exc = "SyntaxError";
            err->lineno = err->end_lineno = s->loc.lineno;
            err->offset = s->loc.col_offset + 1;
            err->end_offset = 0;
            err->text = NULL;
            return -1;
        }
    }
    return annotations;
}

SymTable *symtable_build(Arena *a, AstModule *m, const char *filename, int flags,
                         ParseError *err)
{
    SymTable *t = arena_alloc(a, sizeof *t);
    t->arena = a;
    t->future_annotations = future_parse(m, err);
    if (t->future_annotations < 0) return NULL;
    Builder *b = arena_alloc(a, sizeof *b);
    b->t = t;
    b->a = a;
    b->flags = flags;
    b->filename = filename;
    b->err = err;
    AstLoc zero = {0, 0, 0, 0};
    if (setjmp(b->fail)) return NULL;
    t->top = new_block(b, "top", SYM_BLOCK_MODULE, m, zero);
    enter_existing(b, t->top, 0);
    visit_stmts(b, &m->body);
    exit_block(b);
    return sym_analyze(b) ? t : NULL;
}
