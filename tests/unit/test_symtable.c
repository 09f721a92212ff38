/* Symbol-table checks python3.13 cannot make for us: 3.14's annotation
 * scopes (PEP 649/749), the 3.14-only errors, and the compiler-facing API
 * (block lookup by AST node, PEP 709 inlining marks, class cells).
 * Expectations come from PEP 649/749 and are explained in docs/symtable.md. */
#include "unit.h"

#include "compiler/parser.h"
#include "compiler/symtable.h"

typedef struct {
    Arena *a;
    AstModule *m;
    SymTable *st;
    ParseError err;
} Built;

static Built build(const char *src, int flags)
{
    Built r;
    memset(&r, 0, sizeof r);
    r.a = arena_new();
    r.m = parse_file(r.a, src, strlen(src), "<test>", &r.err);
    if (r.m) r.st = symtable_build(r.a, r.m, "<test>", flags, &r.err);
    return r;
}

static SymBlock *child(const SymBlock *b, int i)
{
    return i < b->nchildren ? b->children[i] : NULL;
}

static int has_sym(const SymBlock *b, const char *name)
{
    for (int i = 0; i < b->symbols.n; i++)
        if (strcmp(b->symbols.names[i], name) == 0) return 1;
    return 0;
}

static AstStmt *stmt(const Built *r, int i) { return r->m->body.items[i]; }

/* A def's annotations move to an __annotate__ scope, a sibling made just
 * before the function's own block, which takes the .format parameter. */
TEST(function_annotate_scope)
{
    Built r = build("def f(x: int, *a: A, k: K, **kw: KW) -> str: pass\n", 0);
    CHECK(r.st != NULL);
    if (!r.st) { arena_free(r.a); return; }
    SymBlock *top = r.st->top;
    CHECK_EQ_LL(top->nchildren, 2);
    SymBlock *ann = child(top, 0), *f = child(top, 1);
    CHECK(ann && ann->type == SYM_BLOCK_ANNOTATION && strcmp(ann->name, "__annotate__") == 0);
    CHECK(f && f->type == SYM_BLOCK_FUNCTION && strcmp(f->name, "f") == 0);
    CHECK(ann->annotations_used);
    CHECK(ann == symtable_block_for(r.st, stmt(&r, 0)->v.funcdef.args));
    CHECK(f == symtable_block_for(r.st, stmt(&r, 0)));
    CHECK_EQ_LL(ann->nvarnames, 1);
    CHECK(strcmp(ann->varnames[0], ".format") == 0);
    CHECK_EQ_LL(symtable_flags(ann, ".format"),
                SYM_DEF_PARAM | SYM_USE | (SYM_LOCAL << SYM_SCOPE_OFFSET));
    const char *names[] = {"int", "A", "K", "KW", "str"};
    for (int i = 0; i < 5; i++) {
        CHECK_EQ_LL(symtable_scope(ann, names[i]), SYM_GLOBAL_IMPLICIT);
        CHECK(!has_sym(top, names[i]));     /* not evaluated at def time */
    }
    CHECK(ann->nested == 0);
    arena_free(r.a);
}

/* The block exists for every def (annotations_used tells the compiler
 * whether to emit it). */
TEST(function_without_annotations)
{
    Built r = build("def f(x): pass\n", 0);
    CHECK(r.st != NULL);
    if (!r.st) { arena_free(r.a); return; }
    CHECK_EQ_LL(r.st->top->nchildren, 2);
    CHECK(!child(r.st->top, 0)->annotations_used);
    arena_free(r.a);
}

/* 3.13 mode: annotations are evaluated where the def stands. */
TEST(py313_eager_annotations)
{
    Built r = build("def f(x: int) -> str: pass\n", SYMTABLE_PY313);
    CHECK(r.st != NULL);
    if (!r.st) { arena_free(r.a); return; }
    CHECK_EQ_LL(r.st->top->nchildren, 1);
    CHECK_EQ_LL(symtable_scope(r.st->top, "int"), SYM_GLOBAL_IMPLICIT);
    CHECK(symtable_flags(r.st->top, "str") & SYM_USE);
    arena_free(r.a);
}

/* Class-body annotations share one __annotate__ that sees the class
 * namespace through __classdict__; the class then needs that cell. */
TEST(class_annotate_scope)
{
    Built r = build("class C:\n    T = int\n    x: T\n    y: list[T] = []\n", 0);
    CHECK(r.st != NULL);
    if (!r.st) { arena_free(r.a); return; }
    SymBlock *c = child(r.st->top, 0);
    CHECK(c && c->type == SYM_BLOCK_CLASS);
    CHECK_EQ_LL(c->nchildren, 1);
    SymBlock *ann = child(c, 0);
    CHECK(ann && ann->type == SYM_BLOCK_ANNOTATION && ann->can_see_class_scope);
    CHECK(ann == symtable_block_for(r.st, (const char *)stmt(&r, 0) + 1));
    /* T is bound in the class: looked up in __classdict__, then globals. */
    CHECK_EQ_LL(symtable_scope(ann, "T"), SYM_GLOBAL_IMPLICIT);
    CHECK_EQ_LL(symtable_scope(ann, "list"), SYM_GLOBAL_IMPLICIT);
    CHECK_EQ_LL(symtable_scope(ann, "__classdict__"), SYM_FREE);
    CHECK(c->needs_classdict);
    CHECK_EQ_LL(symtable_flags(c, "x") & ~(SYM_SCOPE_MASK << SYM_SCOPE_OFFSET),
                SYM_DEF_ANNOT | SYM_DEF_LOCAL);
    CHECK(!has_sym(c, "list"));
    arena_free(r.a);
}

/* Module annotations: one __annotate__, and module annotations count as
 * conditional (PEP 749), so the module uses __conditional_annotations__. */
TEST(module_annotate_scope)
{
    Built r = build("x: int = 1\ny: str\n", 0);
    CHECK(r.st != NULL);
    if (!r.st) { arena_free(r.a); return; }
    SymBlock *top = r.st->top;
    CHECK_EQ_LL(top->nchildren, 1);
    CHECK(child(top, 0)->type == SYM_BLOCK_ANNOTATION);
    CHECK(symtable_block_for(r.st, (const char *)r.m + 1) == child(top, 0));
    CHECK(!has_sym(top, "int") && !has_sym(top, "str"));
    CHECK(symtable_flags(top, "__conditional_annotations__") & SYM_USE);
    CHECK(top->has_conditional_annotations);
    arena_free(r.a);
}

/* In a class only annotations that may not run (under if/loop/try/with/
 * match) need __conditional_annotations__. */
TEST(class_conditional_annotations)
{
    Built r = build("class C:\n    x: int\nclass D:\n    if c:\n        y: int\n", 0);
    CHECK(r.st != NULL);
    if (!r.st) { arena_free(r.a); return; }
    SymBlock *c = child(r.st->top, 0), *d = child(r.st->top, 1);
    CHECK(c && !c->has_conditional_annotations);
    CHECK(!has_sym(c, "__conditional_annotations__"));
    CHECK(d && d->has_conditional_annotations);
    CHECK(symtable_flags(d, "__conditional_annotations__") & SYM_USE);
    arena_free(r.a);
}

/* Annotations in function bodies are never evaluated: no scope, no
 * symbols, but the target is still annotated and local. */
TEST(function_body_annotations_unevaluated)
{
    Built r = build("def f():\n    x: Undefined\n", 0);
    CHECK(r.st != NULL);
    if (!r.st) { arena_free(r.a); return; }
    SymBlock *f = child(r.st->top, 1);
    CHECK(f && f->type == SYM_BLOCK_FUNCTION);
    CHECK_EQ_LL(f->nchildren, 0);
    CHECK(!has_sym(f, "Undefined"));
    CHECK_EQ_LL(symtable_scope(f, "x"), SYM_LOCAL);
    CHECK(symtable_flags(f, "x") & SYM_DEF_ANNOT);
    arena_free(r.a);
}

/* A method's __annotate__ sees the class; an outer function's local used
 * in an annotation becomes a cell, free in __annotate__. */
TEST(annotate_closures)
{
    Built r = build("class C:\n    T = int\n    def m(self, a: T): pass\n"
                    "def outer():\n    U = int\n    def inner(a: U): pass\n", 0);
    CHECK(r.st != NULL);
    if (!r.st) { arena_free(r.a); return; }
    SymBlock *c = child(r.st->top, 0);
    SymBlock *ann = child(c, 0);
    CHECK(ann && ann->type == SYM_BLOCK_ANNOTATION && ann->can_see_class_scope);
    CHECK_EQ_LL(symtable_scope(ann, "T"), SYM_GLOBAL_IMPLICIT);
    CHECK(c->needs_classdict);
    SymBlock *outer = child(r.st->top, 2);
    CHECK(outer && strcmp(outer->name, "outer") == 0);
    CHECK_EQ_LL(symtable_scope(outer, "U"), SYM_CELL);
    SymBlock *ann2 = child(outer, 0);
    CHECK(ann2 && ann2->type == SYM_BLOCK_ANNOTATION);
    CHECK_EQ_LL(symtable_scope(ann2, "U"), SYM_FREE);
    arena_free(r.a);
}

/* Generic def: __annotate__ is a child of the type-parameter block, so
 * type parameters are free in it. */
TEST(generic_annotate)
{
    Built r = build("def f[T](x: T) -> T: pass\n", 0);
    CHECK(r.st != NULL);
    if (!r.st) { arena_free(r.a); return; }
    SymBlock *tp = child(r.st->top, 0);
    CHECK(tp && tp->type == SYM_BLOCK_TYPE_PARAMETERS);
    CHECK(tp == symtable_block_for(r.st, &stmt(&r, 0)->v.funcdef.type_params));
    CHECK_EQ_LL(tp->nchildren, 2);
    SymBlock *ann = child(tp, 0);
    CHECK(ann && ann->type == SYM_BLOCK_ANNOTATION);
    CHECK_EQ_LL(symtable_scope(ann, "T"), SYM_FREE);
    CHECK_EQ_LL(symtable_scope(tp, "T"), SYM_CELL);
    arena_free(r.a);
}

/* Under the future import nothing of the annotations reaches the table. */
TEST(future_annotations_hidden)
{
    Built r = build("from __future__ import annotations\n"
                    "def f(x: A) -> B: pass\nclass C:\n    y: D\nz: E\n", 0);
    CHECK(r.st != NULL);
    if (!r.st) { arena_free(r.a); return; }
    SymBlock *top = r.st->top;
    CHECK_EQ_LL(top->nchildren, 2);     /* f and C only */
    CHECK(child(top, 1)->nchildren == 0);
    CHECK(!has_sym(top, "A") && !has_sym(top, "E"));
    CHECK(!child(top, 1)->needs_classdict);
    arena_free(r.a);
}

TEST(errors_3_14)
{
    Built r = build("class C[__classdict__]: pass\n", 0);
    CHECK(r.st == NULL);
    CHECK(strcmp(r.err.msg, "reserved name '__classdict__' cannot be used for type parameter") == 0);
    CHECK_EQ_LL(r.err.lineno, 1);
    CHECK_EQ_LL(r.err.offset, 9);
    arena_free(r.a);
    r = build("def f(x: (yield)): pass\n", 0);
    CHECK(r.st == NULL);
    CHECK(strcmp(r.err.msg, "yield expression cannot be used within an annotation") == 0);
    arena_free(r.a);
    r = build("class C:\n    x: (y := 1)\n", 0);
    CHECK(r.st == NULL);
    CHECK(strcmp(r.err.msg, "named expression cannot be used within an annotation") == 0);
    arena_free(r.a);
}

/* The compiler's view: inlined comprehensions keep their block (found by
 * node) but leave the children list; __class__ cells. */
TEST(compiler_api)
{
    Built r = build("def f(a):\n    l = [x for x in a]\n    g = (y for y in a)\n"
                    "class C:\n    def m(self): return super()\n", SYMTABLE_PY313);
    CHECK(r.st != NULL);
    if (!r.st) { arena_free(r.a); return; }
    AstStmt *f = stmt(&r, 0);
    AstStmt *l = f->v.funcdef.body.items[0];
    AstStmt *g = f->v.funcdef.body.items[1];
    SymBlock *lc = symtable_block_for(r.st, l->v.assign.value);
    SymBlock *ge = symtable_block_for(r.st, g->v.assign.value);
    CHECK(lc && lc->comprehension == SYM_COMP_LIST && lc->comp_inlined);
    CHECK(ge && ge->comprehension == SYM_COMP_GENEXPR && !ge->comp_inlined && ge->generator);
    SymBlock *fb = symtable_block_for(r.st, f);
    CHECK_EQ_LL(fb->nchildren, 1);
    CHECK(fb->children[0] == ge);
    CHECK_EQ_LL(symtable_scope(fb, "x"), SYM_LOCAL);
    CHECK(symtable_flags(fb, "x") & SYM_DEF_COMP_ITER);
    SymBlock *c = symtable_block_for(r.st, stmt(&r, 1));
    CHECK(c && c->needs_class_closure);
    CHECK_EQ_LL(symtable_scope(child(c, 0), "__class__"), SYM_FREE);
    CHECK(strcmp(symtable_mangle(r.a, "C", "__x"), "_C__x") == 0);
    CHECK(strcmp(symtable_mangle(r.a, "_C", "__x__"), "__x__") == 0);
    CHECK(strcmp(symtable_mangle(r.a, "__", "__x"), "__x") == 0);
    arena_free(r.a);
}

UNIT_MAIN(function_annotate_scope, function_without_annotations,
          py313_eager_annotations, class_annotate_scope, module_annotate_scope,
          class_conditional_annotations,
          function_body_annotations_unevaluated, annotate_closures,
          generic_annotate, future_annotations_hidden, errors_3_14,
          compiler_api)
