/* Code generation for statements: definitions (def, class, lambda bodies,
 * PEP 695 type parameters), assignments, control flow, try/except/finally,
 * except*, with, imports, and the unwinding of frame blocks that return,
 * break and continue perform. */
#include <stdio.h>
#include <string.h>

#include "compiler/compile_internal.h"
#include "objects/err.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"

bool cc_find_docstring(Compiler *c, AstList *body, Value *doc);
bool cc_body_has_annotations(AstList *body);
void cc_annotation(Compiler *c, AstExpr *ann);
void cc_type_params(Compiler *c, AstList *tps);

#define SET_LOC(c, l) ((c)->u->loc = loc_of(l))

/* ---- Frame-block unwinding ---------------------------------------------------- */

static void emit_call_exit_with_nones(Compiler *c)
{
    cc_load_const(c, val_ref(VAL_NONE));
    cc_load_const(c, val_ref(VAL_NONE));
    cc_load_const(c, val_ref(VAL_NONE));
    cc_emit(c, CALL, 2);
}

static void unwind_fblock(Compiler *c, FBlock *fb, bool preserve_tos)
{
    switch (fb->kind) {
    case FB_WHILE_LOOP: case FB_EXCEPTION_HANDLER: case FB_EXCEPTION_GROUP_HANDLER:
    case FB_ASYNC_COMPREHENSION_GENERATOR: case FB_STOP_ITERATION:
        return;
    case FB_FOR_LOOP: case FB_ASYNC_FOR_LOOP:
        if (preserve_tos)
            cc_emit(c, SWAP, 2);
        cc_emit(c, POP_TOP, 0);
        return;
    case FB_TRY_EXCEPT:
        cc_emit(c, POP_BLOCK, 0);
        return;
    case FB_FINALLY_TRY:
        cc_emit(c, POP_BLOCK, 0);
        if (preserve_tos)
            cc_push_fblock(c, FB_POP_VALUE, -1, -1, NULL);
        cc_visit_stmts(c, (AstList *)fb->datum);
        if (preserve_tos)
            cc_pop_fblock(c);
        return;
    case FB_FINALLY_END:
        if (preserve_tos)
            cc_emit(c, SWAP, 2);
        cc_emit(c, POP_TOP, 0); /* the exception */
        if (preserve_tos)
            cc_emit(c, SWAP, 2);
        cc_emit(c, POP_BLOCK, 0);
        cc_emit(c, POP_EXCEPT, 0);
        return;
    case FB_WITH: case FB_ASYNC_WITH:
        c->u->loc = fb->loc;
        cc_emit(c, POP_BLOCK, 0);
        if (preserve_tos)
            cc_emit(c, SWAP, 2);
        emit_call_exit_with_nones(c);
        if (fb->kind == FB_ASYNC_WITH) {
            cc_emit(c, GET_AWAITABLE, 2);
            cc_load_const(c, val_ref(VAL_NONE));
            cc_add_yield_from(c, true);
        }
        cc_emit(c, POP_TOP, 0);
        c->u->loc = NO_LOC;
        return;
    case FB_HANDLER_CLEANUP:
        if (fb->datum)
            cc_emit(c, POP_BLOCK, 0);
        if (preserve_tos)
            cc_emit(c, SWAP, 2);
        cc_emit(c, POP_BLOCK, 0);
        cc_emit(c, POP_EXCEPT, 0);
        if (fb->datum) {
            cc_load_const(c, val_ref(VAL_NONE));
            cc_nameop(c, fb->datum, AST_STORE);
            cc_nameop(c, fb->datum, AST_DEL);
        }
        return;
    case FB_POP_VALUE:
        if (preserve_tos)
            cc_emit(c, SWAP, 2);
        cc_emit(c, POP_TOP, 0);
        return;
    }
}

static bool is_loop(const FBlock *fb)
{
    return fb->kind == FB_WHILE_LOOP || fb->kind == FB_FOR_LOOP || fb->kind == FB_ASYNC_FOR_LOOP;
}

/* Unwinds the blocks from the innermost outwards; stops at (and returns)
 * the innermost loop when stop_at_loop. The block list is restored after. */
static int unwind_stack(Compiler *c, CodeLoc loc, bool preserve_tos, bool stop_at_loop)
{
    Unit *u = c->u;
    int saved = u->nfb;
    FBlock copy[MAX_FBLOCKS];
    memcpy(copy, u->fb, sizeof copy);
    int found = -1;
    for (int i = saved - 1; i >= 0; i--) {
        FBlock fb = copy[i];
        if (fb.kind == FB_EXCEPTION_GROUP_HANDLER)
            cc_error(c, loc, "'break', 'continue' and 'return' cannot appear in an except* block");
        if (stop_at_loop && is_loop(&fb)) {
            found = i;
            break;
        }
        u->nfb = i;
        unwind_fblock(c, &fb, preserve_tos);
    }
    memcpy(u->fb, copy, sizeof copy);
    u->nfb = saved;
    c->u->loc = loc;
    return found;
}

/* ---- Definitions ----------------------------------------------------------------- */

int cc_visit_defaults(Compiler *c, AstArguments *a);

static int visit_argannotation(Compiler *c, const char *name, AstExpr *ann)
{
    if (!ann)
        return 0;
    cc_load_const(c, cc_str(c, cc_mangle(c, name)));
    if (ann->kind == AST_Starred && !c->future_annotations) {
        cc_visit_expr(c, ann->v.starred.value);
        cc_emit(c, UNPACK_SEQUENCE, 1);
    } else {
        cc_annotation(c, ann);
    }
    return 2;
}

static int visit_argannotations(Compiler *c, AstList *args)
{
    int n = 0;
    for (int i = 0; i < args->n; i++) {
        AstArg *a = args->items[i];
        n += visit_argannotation(c, a->arg, a->annotation);
    }
    return n;
}

/* 3.13's eager function annotations: a flat (name, value, ...) tuple. */
static int visit_annotations(Compiler *c, AstArguments *a, AstExpr *returns)
{
    int n = visit_argannotations(c, &a->args);
    n += visit_argannotations(c, &a->posonlyargs);
    if (a->vararg)
        n += visit_argannotation(c, a->vararg->arg, a->vararg->annotation);
    n += visit_argannotations(c, &a->kwonlyargs);
    if (a->kwarg)
        n += visit_argannotation(c, a->kwarg->arg, a->kwarg->annotation);
    n += visit_argannotation(c, "return", returns);
    if (n) {
        cc_emit(c, BUILD_TUPLE, n);
        return FN_ANNOTATIONS;
    }
    return 0;
}

static Value function_body(Compiler *c, AstStmt *s, bool is_async, int firstlineno)
{
    AstArguments *a = s->v.funcdef.args;
    Unit *parent = c->u;
    cc_unit_enter(c, is_async ? U_ASYNC_FUNCTION : U_FUNCTION, s, s->v.funcdef.name, firstlineno);
    Unit *u = c->u;
    u->argcount = a->posonlyargs.n + a->args.n;
    u->posonlyargcount = a->posonlyargs.n;
    u->kwonlyargcount = a->kwonlyargs.n;
    if (parent->kind == U_CLASS ||
        (parent->kind == U_TYPE_PARAMS && parent->parent && parent->parent->kind == U_CLASS)) {
        if (a->posonlyargs.n)
            u->first_param = ((AstArg *)a->posonlyargs.items[0])->arg;
        else if (a->args.n)
            u->first_param = ((AstArg *)a->args.items[0])->arg;
    }
    Value doc;
    int start = 0;
    if (cc_find_docstring(c, &s->v.funcdef.body, &doc)) {
        cc_add_const(c, doc);
        u->coflags |= CO_HAS_DOCSTRING;
        start = 1;
    }
    for (int i = start; i < s->v.funcdef.body.n; i++)
        cc_visit_stmt(c, s->v.funcdef.body.items[i]);
    u->loc = NO_LOC;
    cc_load_const(c, val_ref(VAL_NONE));
    cc_emit(c, RETURN_VALUE, 0);
    return cc_unit_exit(c);
}

static void apply_decorators(Compiler *c, AstList *decos)
{
    for (int i = decos->n - 1; i >= 0; i--) {
        AstExpr *d = decos->items[i];
        SET_LOC(c, d->loc);
        cc_emit(c, CALL, 0);
    }
}

static void visit_decorators(Compiler *c, AstList *decos)
{
    for (int i = 0; i < decos->n; i++)
        cc_visit_expr(c, decos->items[i]);
}

/* A generic definition runs inside a function for its type parameters;
 * num_args values (defaults, kwdefaults) are passed in. */
static void enter_type_params(Compiler *c, const void *key, const char *name, AstLoc loc, AstList *tps)
{
    size_t n = strlen(name) + 32;
    char *tpname = arena_alloc(c->arena, n);
    snprintf(tpname, n, "<generic parameters of %s>", name);
    cc_unit_enter(c, U_TYPE_PARAMS, key, tpname, loc.lineno);
    SET_LOC(c, loc);
    cc_type_params(c, tps);
}

static void exit_type_params_and_call(Compiler *c, int num_args)
{
    c->u->argcount = num_args;
    Value code = cc_unit_exit(c);
    cc_make_closure(c, code, 0);
    if (num_args == 2) {
        cc_emit(c, SWAP, 3);
        cc_emit(c, SWAP, 2);
        cc_emit(c, CALL, 1);
    } else if (num_args == 1) {
        cc_emit(c, SWAP, 2);
        cc_emit(c, CALL, 0);
    } else {
        cc_emit(c, PUSH_NULL, 0);
        cc_emit(c, CALL, 0);
    }
}

static void compile_function(Compiler *c, AstStmt *s, bool is_async)
{
    AstArguments *a = s->v.funcdef.args;
    AstList *decos = &s->v.funcdef.decorator_list;
    visit_decorators(c, decos);
    int firstlineno = s->loc.lineno;
    if (decos->n)
        firstlineno = ((AstExpr *)decos->items[0])->loc.lineno;
    SET_LOC(c, s->loc);
    int flags = cc_visit_defaults(c, a);
    bool generic = s->v.funcdef.type_params.n > 0;
    int num_args = 0;
    if (generic) {
        num_args = (flags & FN_DEFAULTS ? 1 : 0) + (flags & FN_KWDEFAULTS ? 1 : 0);
        enter_type_params(c, &s->v.funcdef.type_params, s->v.funcdef.name, s->loc,
                          &s->v.funcdef.type_params);
        /* the type-parameter tuple stays below the function */
        for (int i = 0; i < num_args; i++)
            cc_emit(c, LOAD_FAST, namemap_add(c->arena, &c->u->varnames,
                                              i == 0 && (flags & FN_DEFAULTS) ? ".defaults" : ".kwdefaults"));
    }
    flags |= visit_annotations(c, a, s->v.funcdef.returns);
    Value code = function_body(c, s, is_async, firstlineno);
    SET_LOC(c, s->loc);
    cc_make_closure(c, code, flags);
    if (generic) {
        cc_emit(c, SWAP, 2);
        cc_emit(c, CALL_INTRINSIC_2, INTRINSIC_SET_FUNCTION_TYPE_PARAMS);
        cc_emit(c, RETURN_VALUE, 0);
        exit_type_params_and_call(c, num_args);
    }
    apply_decorators(c, decos);
    SET_LOC(c, s->loc);
    cc_nameop(c, s->v.funcdef.name, AST_STORE);
}

static Value class_body(Compiler *c, AstStmt *s, int firstlineno)
{
    cc_unit_enter(c, U_CLASS, s, s->v.classdef.name, firstlineno);
    Unit *u = c->u;
    NameMap attrs = {0};
    u->static_attrs = &attrs;
    SET_LOC(c, s->loc);
    cc_nameop(c, "__name__", AST_LOAD);
    cc_nameop(c, "__module__", AST_STORE);
    cc_load_const(c, cc_str(c, u->qualname));
    cc_nameop(c, "__qualname__", AST_STORE);
    cc_load_const(c, val_from_int(firstlineno));
    cc_nameop(c, "__firstlineno__", AST_STORE);
    if (s->v.classdef.type_params.n) {
        cc_nameop(c, ".type_params", AST_LOAD);
        cc_nameop(c, "__type_params__", AST_STORE);
    }
    if (u->ste->needs_classdict) {
        cc_emit(c, LOAD_LOCALS, 0);
        cc_emit(c, STORE_DEREF, namemap_find(&u->cellvars, "__classdict__"));
    }
    if (cc_body_has_annotations(&s->v.classdef.body))
        cc_emit(c, SETUP_ANNOTATIONS, 0);
    Value doc;
    int start = 0;
    if (cc_find_docstring(c, &s->v.classdef.body, &doc)) {
        AstStmt *d = s->v.classdef.body.items[0];
        SET_LOC(c, d->loc);
        cc_load_const(c, doc);
        cc_nameop(c, "__doc__", AST_STORE);
        start = 1;
    }
    for (int i = start; i < s->v.classdef.body.n; i++)
        cc_visit_stmt(c, s->v.classdef.body.items[i]);
    u->loc = NO_LOC;
    /* __static_attributes__: sorted names assigned as self.X in methods */
    const char **names = arena_alloc(c->arena, (size_t)(attrs.n + 1) * sizeof *names);
    memcpy(names, attrs.names, (size_t)attrs.n * sizeof *names);
    for (int i = 1; i < attrs.n; i++)
        for (int j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
            const char *t = names[j];
            names[j] = names[j - 1];
            names[j - 1] = t;
        }
    Object *tup = tuple_new(attrs.n);
    if (!tup)
        cc_pyerr(c);
    for (int i = 0; i < attrs.n; i++)
        tuple_items(tup)[i] = cc_str(c, names[i]);
    cc_load_const(c, val_from_obj(tup));
    cc_nameop(c, "__static_attributes__", AST_STORE);
    if (u->ste->needs_classdict) {
        cc_emit(c, LOAD_DEREF, namemap_find(&u->cellvars, "__classdict__"));
        cc_nameop(c, "__classdictcell__", AST_STORE);
    }
    if (u->ste->needs_class_closure) {
        cc_emit(c, LOAD_CLOSURE, namemap_find(&u->cellvars, "__class__"));
        cc_emit(c, COPY, 1);
        cc_nameop(c, "__classcell__", AST_STORE);
        cc_emit(c, RETURN_VALUE, 0);
    } else {
        cc_load_const(c, val_ref(VAL_NONE));
        cc_emit(c, RETURN_VALUE, 0);
    }
    u->static_attrs = NULL;
    return cc_unit_exit(c);
}

static void compile_class(Compiler *c, AstStmt *s)
{
    AstList *decos = &s->v.classdef.decorator_list;
    visit_decorators(c, decos);
    int firstlineno = s->loc.lineno;
    if (decos->n)
        firstlineno = ((AstExpr *)decos->items[0])->loc.lineno;
    SET_LOC(c, s->loc);
    bool generic = s->v.classdef.type_params.n > 0;
    if (generic) {
        enter_type_params(c, &s->v.classdef.type_params, s->v.classdef.name, s->loc,
                          &s->v.classdef.type_params);
        cc_nameop(c, ".type_params", AST_STORE);
        c->u->private_name = s->v.classdef.name;
    }
    Value code = class_body(c, s, firstlineno);
    SET_LOC(c, s->loc);
    cc_emit(c, LOAD_BUILD_CLASS, 0);
    cc_emit(c, PUSH_NULL, 0);
    cc_make_closure(c, code, 0);
    cc_load_const(c, cc_str(c, s->v.classdef.name));
    if (generic) {
        cc_nameop(c, ".type_params", AST_LOAD);
        cc_emit(c, CALL_INTRINSIC_1, INTRINSIC_SUBSCRIPT_GENERIC);
        cc_nameop(c, ".generic_base", AST_STORE);
        /* bases + (.generic_base,) */
        AstList bases = s->v.classdef.bases;
        AstExpr *gb = arena_alloc(c->arena, sizeof *gb);
        gb->kind = AST_Name;
        gb->loc = s->loc;
        gb->v.name.id = ".generic_base";
        gb->v.name.ctx = AST_LOAD;
        AstList nb = {0};
        for (int i = 0; i < bases.n; i++)
            ast_list_append(c->arena, &nb, bases.items[i]);
        ast_list_append(c->arena, &nb, gb);
        cc_call_helper(c, 2, &nb, &s->v.classdef.keywords);
        cc_emit(c, RETURN_VALUE, 0);
        exit_type_params_and_call(c, 0);
    } else {
        cc_call_helper(c, 2, &s->v.classdef.bases, &s->v.classdef.keywords);
    }
    apply_decorators(c, decos);
    SET_LOC(c, s->loc);
    cc_nameop(c, s->v.classdef.name, AST_STORE);
}

static void compile_type_alias(Compiler *c, AstStmt *s)
{
    AstExpr *name = s->v.typealias.name;
    bool generic = s->v.typealias.type_params.n > 0;
    if (generic) {
        enter_type_params(c, &s->v.typealias.type_params, name->v.name.id, s->loc,
                          &s->v.typealias.type_params);
        cc_load_const(c, cc_str(c, name->v.name.id));
        cc_emit(c, SWAP, 2);
    } else {
        cc_load_const(c, cc_str(c, name->v.name.id));
        cc_load_const(c, val_ref(VAL_NONE));
    }
    cc_unit_enter(c, U_FUNCTION, s, name->v.name.id, s->loc.lineno);
    cc_visit_expr(c, s->v.typealias.value);
    cc_emit(c, RETURN_VALUE, 0);
    Value code = cc_unit_exit(c);
    cc_make_closure(c, code, 0);
    cc_emit(c, BUILD_TUPLE, 3);
    cc_emit(c, CALL_INTRINSIC_1, INTRINSIC_TYPEALIAS);
    if (generic) {
        cc_emit(c, RETURN_VALUE, 0);
        exit_type_params_and_call(c, 0);
    }
    cc_nameop(c, name->v.name.id, AST_STORE);
}

/* A lazily evaluated bound, constraint tuple or default. */
static void type_param_lazy(Compiler *c, const void *key, const char *name, AstExpr *e)
{
    cc_unit_enter(c, U_FUNCTION, key, name, e->loc.lineno);
    cc_visit_expr(c, e);
    cc_emit(c, RETURN_VALUE, 0);
    Value code = cc_unit_exit(c);
    cc_make_closure(c, code, 0);
}

void cc_type_params(Compiler *c, AstList *tps)
{
    for (int i = 0; i < tps->n; i++) {
        AstTypeParam *tp = tps->items[i];
        c->u->loc = loc_of(tp->loc);
        cc_load_const(c, cc_str(c, tp->name));
        const void *default_key = tp;
        switch (tp->kind) {
        case AST_TypeVar:
            default_key = (const char *)tp + 1;
            if (tp->bound) {
                type_param_lazy(c, tp, tp->name, tp->bound);
                cc_emit(c, CALL_INTRINSIC_2, tp->bound->kind == AST_Tuple
                                                 ? INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
                                                 : INTRINSIC_TYPEVAR_WITH_BOUND);
            } else {
                cc_emit(c, CALL_INTRINSIC_1, INTRINSIC_TYPEVAR);
            }
            break;
        case AST_ParamSpec:
            cc_emit(c, CALL_INTRINSIC_1, INTRINSIC_PARAMSPEC);
            break;
        case AST_TypeVarTuple:
            cc_emit(c, CALL_INTRINSIC_1, INTRINSIC_TYPEVARTUPLE);
            break;
        }
        if (tp->default_value) {
            type_param_lazy(c, default_key, tp->name, tp->default_value);
            cc_emit(c, CALL_INTRINSIC_2, INTRINSIC_SET_TYPEPARAM_DEFAULT);
        }
        cc_emit(c, COPY, 1);
        cc_nameop(c, tp->name, AST_STORE);
    }
    cc_emit(c, BUILD_TUPLE, tps->n);
}

/* ---- Assignment ------------------------------------------------------------------ */

static void note_static_attr(Compiler *c, AstExpr *target)
{
    Unit *u = c->u;
    AstExpr *v = target->v.attribute.value;
    if (!u->first_param || v->kind != AST_Name || strcmp(v->v.name.id, u->first_param) != 0)
        return;
    Unit *cls = u->parent;
    if (cls && cls->kind == U_TYPE_PARAMS)
        cls = cls->parent;
    if (cls && cls->static_attrs)
        namemap_add(c->arena, cls->static_attrs, target->v.attribute.attr);
}

static bool is_two_element_slice(AstExpr *slice)
{
    return slice->kind == AST_Slice && !slice->v.slice.step;
}

static void visit_slice_bounds(Compiler *c, AstExpr *slice)
{
    if (slice->v.slice.lower)
        cc_visit_expr(c, slice->v.slice.lower);
    else
        cc_load_const(c, val_ref(VAL_NONE));
    if (slice->v.slice.upper)
        cc_visit_expr(c, slice->v.slice.upper);
    else
        cc_load_const(c, val_ref(VAL_NONE));
}

static void unpack_helper(Compiler *c, AstList *elts, CodeLoc loc)
{
    int n = elts->n;
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        AstExpr *e = elts->items[i];
        if (e->kind == AST_Starred && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (1 << 23))
                cc_error(c, loc_of(e->loc), "too many expressions in star-unpacking assignment");
            cc_emit(c, UNPACK_EX, i + ((n - i - 1) << 8));
            seen_star = true;
        } else if (e->kind == AST_Starred) {
            cc_error(c, loc_of(e->loc), "multiple starred expressions in assignment");
        }
    }
    if (!seen_star)
        cc_emit(c, UNPACK_SEQUENCE, n);
    (void)loc;
}

void cc_assign(Compiler *c, AstExpr *t)
{
    CodeLoc saved = c->u->loc;
    c->u->loc = loc_of(t->loc);
    switch (t->kind) {
    case AST_Name:
        cc_nameop(c, t->v.name.id, AST_STORE);
        break;
    case AST_Attribute:
        note_static_attr(c, t);
        cc_visit_expr(c, t->v.attribute.value);
        c->u->loc = loc_of(t->loc);
        cc_emit(c, STORE_ATTR, cc_add_name(c, t->v.attribute.attr));
        break;
    case AST_Subscript:
        if (is_two_element_slice(t->v.subscript.slice)) {
            cc_visit_expr(c, t->v.subscript.value);
            visit_slice_bounds(c, t->v.subscript.slice);
            c->u->loc = loc_of(t->loc);
            cc_emit(c, STORE_SLICE, 0);
        } else {
            cc_visit_expr(c, t->v.subscript.value);
            cc_visit_expr(c, t->v.subscript.slice);
            c->u->loc = loc_of(t->loc);
            cc_emit(c, STORE_SUBSCR, 0);
        }
        break;
    case AST_Tuple: case AST_List:
        unpack_helper(c, &t->v.seq.elts, loc_of(t->loc));
        for (int i = 0; i < t->v.seq.elts.n; i++) {
            AstExpr *e = t->v.seq.elts.items[i];
            cc_assign(c, e->kind == AST_Starred ? e->v.starred.value : e);
        }
        break;
    case AST_Starred:
        cc_error(c, loc_of(t->loc), "starred assignment target must be in a list or tuple");
    default:
        cc_error(c, loc_of(t->loc), "cannot assign to expression");
    }
    c->u->loc = saved;
}

static void compile_augassign(Compiler *c, AstStmt *s)
{
    AstExpr *t = s->v.augassign.target;
    static const int binop_of[] = {
        [AST_ADD] = OP_ADD, [AST_SUB] = OP_SUB, [AST_MULT] = OP_MUL, [AST_MATMULT] = OP_MATMUL,
        [AST_DIV] = OP_TRUEDIV, [AST_MOD] = OP_MOD, [AST_POW] = OP_POW, [AST_LSHIFT] = OP_LSHIFT,
        [AST_RSHIFT] = OP_RSHIFT, [AST_BITOR] = OP_OR, [AST_BITXOR] = OP_XOR,
        [AST_BITAND] = OP_AND, [AST_FLOORDIV] = OP_FLOORDIV,
    };
    int op = binop_of[s->v.augassign.op] + BINOP_INPLACE;
    CodeLoc loc = loc_of(s->loc);
    switch (t->kind) {
    case AST_Name:
        c->u->loc = loc_of(t->loc);
        cc_nameop(c, t->v.name.id, AST_LOAD);
        cc_visit_expr(c, s->v.augassign.value);
        c->u->loc = loc;
        cc_emit(c, BINARY_OP, op);
        c->u->loc = loc_of(t->loc);
        cc_nameop(c, t->v.name.id, AST_STORE);
        break;
    case AST_Attribute: {
        note_static_attr(c, t);
        int name = cc_add_name(c, t->v.attribute.attr);
        cc_visit_expr(c, t->v.attribute.value);
        c->u->loc = loc_of(t->loc);
        cc_emit(c, COPY, 1);
        cc_emit(c, LOAD_ATTR, name << 1);
        cc_visit_expr(c, s->v.augassign.value);
        c->u->loc = loc;
        cc_emit(c, BINARY_OP, op);
        c->u->loc = loc_of(t->loc);
        cc_emit(c, SWAP, 2);
        cc_emit(c, STORE_ATTR, name);
        break;
    }
    case AST_Subscript:
        cc_visit_expr(c, t->v.subscript.value);
        if (is_two_element_slice(t->v.subscript.slice)) {
            visit_slice_bounds(c, t->v.subscript.slice);
            c->u->loc = loc_of(t->loc);
            cc_emit(c, COPY, 3);
            cc_emit(c, COPY, 3);
            cc_emit(c, COPY, 3);
            cc_emit(c, BINARY_SLICE, 0);
            cc_visit_expr(c, s->v.augassign.value);
            c->u->loc = loc;
            cc_emit(c, BINARY_OP, op);
            c->u->loc = loc_of(t->loc);
            cc_emit(c, SWAP, 4);
            cc_emit(c, SWAP, 3);
            cc_emit(c, SWAP, 2);
            cc_emit(c, STORE_SLICE, 0);
        } else {
            cc_visit_expr(c, t->v.subscript.slice);
            c->u->loc = loc_of(t->loc);
            cc_emit(c, COPY, 2);
            cc_emit(c, COPY, 2);
            cc_emit(c, BINARY_SUBSCR, 0);
            cc_visit_expr(c, s->v.augassign.value);
            c->u->loc = loc;
            cc_emit(c, BINARY_OP, op);
            c->u->loc = loc_of(t->loc);
            cc_emit(c, SWAP, 3);
            cc_emit(c, SWAP, 2);
            cc_emit(c, STORE_SUBSCR, 0);
        }
        break;
    default:
        cc_error(c, loc_of(t->loc), "illegal expression for augmented assignment");
    }
}

static void check_ann_expr(Compiler *c, AstExpr *e)
{
    cc_visit_expr(c, e);
    cc_emit(c, POP_TOP, 0);
}

static void compile_annassign(Compiler *c, AstStmt *s)
{
    AstExpr *t = s->v.annassign.target;
    if (s->v.annassign.value) {
        cc_visit_expr(c, s->v.annassign.value);
        cc_assign(c, t);
    }
    SET_LOC(c, s->loc);
    bool evaluated = !cc_is_function_like(c->u);
    switch (t->kind) {
    case AST_Name:
        if (s->v.annassign.simple && evaluated) {
            cc_annotation(c, s->v.annassign.annotation);
            cc_nameop(c, "__annotations__", AST_LOAD);
            cc_load_const(c, cc_str(c, cc_mangle(c, t->v.name.id)));
            cc_emit(c, STORE_SUBSCR, 0);
            return;
        }
        break;
    case AST_Attribute:
        if (!s->v.annassign.value)
            check_ann_expr(c, t->v.attribute.value);
        break;
    case AST_Subscript:
        if (!s->v.annassign.value) {
            check_ann_expr(c, t->v.subscript.value);
            check_ann_expr(c, t->v.subscript.slice);
        }
        break;
    default:
        cc_error(c, loc_of(t->loc), "invalid node type for annotated assignment");
    }
    if (!s->v.annassign.simple && evaluated && !c->future_annotations)
        check_ann_expr(c, s->v.annassign.annotation);
}

static void compile_delete(Compiler *c, AstExpr *t)
{
    c->u->loc = loc_of(t->loc);
    switch (t->kind) {
    case AST_Name:
        cc_nameop(c, t->v.name.id, AST_DEL);
        break;
    case AST_Attribute:
        cc_visit_expr(c, t->v.attribute.value);
        c->u->loc = loc_of(t->loc);
        cc_emit(c, DELETE_ATTR, cc_add_name(c, t->v.attribute.attr));
        break;
    case AST_Subscript:
        cc_visit_expr(c, t->v.subscript.value);
        cc_visit_expr(c, t->v.subscript.slice);
        c->u->loc = loc_of(t->loc);
        cc_emit(c, DELETE_SUBSCR, 0);
        break;
    case AST_Tuple: case AST_List:
        for (int i = 0; i < t->v.seq.elts.n; i++)
            compile_delete(c, t->v.seq.elts.items[i]);
        break;
    default:
        cc_error(c, loc_of(t->loc), "cannot delete expression");
    }
}

/* ---- Control flow ---------------------------------------------------------------- */

static void compile_if(Compiler *c, AstStmt *s)
{
    int end = cc_new_label(c);
    int next = s->v.cond.orelse.n ? cc_new_label(c) : end;
    SET_LOC(c, s->loc);
    cc_jump_if(c, s->v.cond.test, next, false);
    cc_visit_stmts(c, &s->v.cond.body);
    if (s->v.cond.orelse.n) {
        c->u->loc = NO_LOC;
        cc_emit(c, JUMP, end);
        cc_use_label(c, next);
        cc_visit_stmts(c, &s->v.cond.orelse);
    }
    cc_use_label(c, end);
}

static void compile_while(Compiler *c, AstStmt *s)
{
    int loop = cc_new_label(c), body = cc_new_label(c), anchor = cc_new_label(c),
        end = cc_new_label(c);
    cc_use_label(c, loop);
    cc_push_fblock(c, FB_WHILE_LOOP, loop, end, NULL);
    SET_LOC(c, s->loc);
    cc_jump_if(c, s->v.cond.test, anchor, false);
    cc_use_label(c, body);
    cc_visit_stmts(c, &s->v.cond.body);
    c->u->loc = NO_LOC;
    cc_emit(c, JUMP, loop);
    cc_pop_fblock(c);
    cc_use_label(c, anchor);
    cc_visit_stmts(c, &s->v.cond.orelse);
    cc_use_label(c, end);
}

static void compile_for(Compiler *c, AstStmt *s)
{
    int start = cc_new_label(c), cleanup = cc_new_label(c), end = cc_new_label(c);
    SET_LOC(c, s->loc);
    cc_visit_expr(c, s->v.forloop.iter);
    SET_LOC(c, s->v.forloop.iter->loc);
    cc_emit(c, GET_ITER, 0);
    cc_use_label(c, start);
    cc_push_fblock(c, FB_FOR_LOOP, start, end, NULL);
    cc_emit(c, FOR_ITER, cleanup);
    cc_assign(c, s->v.forloop.target);
    cc_visit_stmts(c, &s->v.forloop.body);
    c->u->loc = NO_LOC;
    cc_emit(c, JUMP, start);
    cc_pop_fblock(c);
    cc_use_label(c, cleanup);
    cc_visit_stmts(c, &s->v.forloop.orelse);
    cc_use_label(c, end);
}

static void compile_async_for(Compiler *c, AstStmt *s)
{
    if (c->u->kind != U_ASYNC_FUNCTION)
        cc_error(c, loc_of(s->loc), "'async for' outside async function");
    int start = cc_new_label(c), except = cc_new_label(c), end = cc_new_label(c);
    SET_LOC(c, s->loc);
    cc_visit_expr(c, s->v.forloop.iter);
    SET_LOC(c, s->v.forloop.iter->loc);
    cc_emit(c, GET_AITER, 0);
    cc_use_label(c, start);
    cc_push_fblock(c, FB_ASYNC_FOR_LOOP, start, end, NULL);
    cc_emit(c, SETUP_FINALLY, except);
    cc_emit(c, GET_ANEXT, 0);
    cc_load_const(c, val_ref(VAL_NONE));
    cc_add_yield_from(c, true);
    cc_emit(c, POP_BLOCK, 0);
    cc_assign(c, s->v.forloop.target);
    cc_visit_stmts(c, &s->v.forloop.body);
    c->u->loc = NO_LOC;
    cc_emit(c, JUMP, start);
    cc_pop_fblock(c);
    cc_use_label(c, except);
    SET_LOC(c, s->loc);
    cc_emit(c, END_ASYNC_FOR, 0);
    cc_visit_stmts(c, &s->v.forloop.orelse);
    cc_use_label(c, end);
}

static void compile_return(Compiler *c, AstStmt *s)
{
    CodeLoc loc = loc_of(s->loc);
    AstExpr *v = s->v.ret.value;
    if (!cc_is_function_like(c->u))
        cc_error(c, loc, "'return' outside function");
    if (v && c->u->ste->coroutine && c->u->ste->generator)
        cc_error(c, loc, "'return' with value in async generator");
    c->u->loc = loc;
    Value k = v ? cc_fold(c, v) : VAL_NULL;
    bool preserve_tos = v && !k;
    if (preserve_tos)
        cc_visit_expr(c, v);
    unwind_stack(c, loc, preserve_tos, false);
    c->u->loc = loc;
    if (!v)
        cc_load_const(c, val_ref(VAL_NONE));
    else if (k)
        cc_load_const(c, val_ref(k));
    cc_emit(c, RETURN_VALUE, 0);
}

static void compile_break_continue(Compiler *c, AstStmt *s, bool is_break)
{
    CodeLoc loc = loc_of(s->loc);
    c->u->loc = loc;
    int i = unwind_stack(c, loc, false, true);
    if (i < 0)
        cc_error(c, loc, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    FBlock loop = c->u->fb[i];
    if (is_break) {
        unwind_fblock(c, &loop, false);
        c->u->loc = loc;
        cc_emit(c, JUMP, loop.exit);
    } else {
        cc_emit(c, JUMP, loop.block);
    }
}

static void compile_raise(Compiler *c, AstStmt *s)
{
    int n = 0;
    SET_LOC(c, s->loc);
    if (s->v.raise.exc) {
        cc_visit_expr(c, s->v.raise.exc);
        n++;
        if (s->v.raise.cause) {
            cc_visit_expr(c, s->v.raise.cause);
            n++;
        }
    }
    SET_LOC(c, s->loc);
    cc_emit(c, RAISE_VARARGS, n);
}

static void pop_except_and_reraise(Compiler *c)
{
    cc_emit(c, COPY, 3);
    cc_emit(c, POP_EXCEPT, 0);
    cc_emit(c, RERAISE, 1);
}

static void compile_try_finally(Compiler *c, AstStmt *s);
static void compile_try_except(Compiler *c, AstStmt *s);

static void compile_try_finally(Compiler *c, AstStmt *s)
{
    int body = cc_new_label(c), end = cc_new_label(c), exit = cc_new_label(c),
        cleanup = cc_new_label(c);
    SET_LOC(c, s->loc);
    cc_emit(c, SETUP_FINALLY, end);
    cc_use_label(c, body);
    cc_push_fblock(c, FB_FINALLY_TRY, body, end, &s->v.try_.finalbody);
    if (s->v.try_.handlers.n)
        compile_try_except(c, s);
    else
        cc_visit_stmts(c, &s->v.try_.body);
    c->u->loc = NO_LOC;
    cc_emit(c, POP_BLOCK, 0);
    cc_pop_fblock(c);
    cc_visit_stmts(c, &s->v.try_.finalbody);
    c->u->loc = NO_LOC;
    cc_emit(c, JUMP, exit);
    /* the exceptional path */
    cc_use_label(c, end);
    cc_emit(c, SETUP_CLEANUP, cleanup);
    cc_emit(c, PUSH_EXC_INFO, 0);
    cc_push_fblock(c, FB_FINALLY_END, end, -1, NULL);
    cc_visit_stmts(c, &s->v.try_.finalbody);
    cc_pop_fblock(c);
    c->u->loc = NO_LOC;
    cc_emit(c, RERAISE, 0);
    cc_use_label(c, cleanup);
    pop_except_and_reraise(c);
    cc_use_label(c, exit);
}

static void compile_try_except(Compiler *c, AstStmt *s)
{
    int body = cc_new_label(c), except = cc_new_label(c), end = cc_new_label(c),
        cleanup = cc_new_label(c);
    SET_LOC(c, s->loc);
    cc_emit(c, SETUP_FINALLY, except);
    cc_use_label(c, body);
    cc_push_fblock(c, FB_TRY_EXCEPT, body, -1, NULL);
    cc_visit_stmts(c, &s->v.try_.body);
    cc_pop_fblock(c);
    c->u->loc = NO_LOC;
    cc_emit(c, POP_BLOCK, 0);
    cc_visit_stmts(c, &s->v.try_.orelse);
    c->u->loc = NO_LOC;
    cc_emit(c, JUMP, end);
    cc_use_label(c, except);
    cc_emit(c, SETUP_CLEANUP, cleanup);
    cc_emit(c, PUSH_EXC_INFO, 0);
    cc_push_fblock(c, FB_EXCEPTION_HANDLER, -1, -1, NULL);
    int n = s->v.try_.handlers.n;
    for (int i = 0; i < n; i++) {
        AstExceptHandler *h = s->v.try_.handlers.items[i];
        c->u->loc = loc_of(h->loc);
        if (!h->type && i < n - 1)
            cc_error(c, loc_of(h->loc), "default 'except:' must be last");
        int next = cc_new_label(c);
        if (h->type) {
            cc_visit_expr(c, h->type);
            c->u->loc = loc_of(h->loc);
            cc_emit(c, CHECK_EXC_MATCH, 0);
            cc_emit(c, POP_JUMP_IF_FALSE, next);
        }
        if (h->name) {
            int cleanup_end = cc_new_label(c), cleanup_body = cc_new_label(c);
            cc_nameop(c, h->name, AST_STORE);
            cc_emit(c, SETUP_CLEANUP, cleanup_end);
            cc_use_label(c, cleanup_body);
            cc_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, -1, h->name);
            cc_visit_stmts(c, &h->body);
            cc_pop_fblock(c);
            c->u->loc = NO_LOC;
            cc_emit(c, POP_BLOCK, 0);
            cc_emit(c, POP_BLOCK, 0);
            cc_emit(c, POP_EXCEPT, 0);
            cc_load_const(c, val_ref(VAL_NONE));
            cc_nameop(c, h->name, AST_STORE);
            cc_nameop(c, h->name, AST_DEL);
            cc_emit(c, JUMP, end);
            /* the handler body raised */
            cc_use_label(c, cleanup_end);
            cc_load_const(c, val_ref(VAL_NONE));
            cc_nameop(c, h->name, AST_STORE);
            cc_nameop(c, h->name, AST_DEL);
            cc_emit(c, RERAISE, 1);
        } else {
            int cleanup_body = cc_new_label(c);
            cc_emit(c, POP_TOP, 0);
            cc_use_label(c, cleanup_body);
            cc_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, -1, NULL);
            cc_visit_stmts(c, &h->body);
            cc_pop_fblock(c);
            c->u->loc = NO_LOC;
            cc_emit(c, POP_BLOCK, 0);
            cc_emit(c, POP_EXCEPT, 0);
            cc_emit(c, JUMP, end);
        }
        cc_use_label(c, next);
    }
    cc_pop_fblock(c);
    c->u->loc = NO_LOC;
    cc_emit(c, RERAISE, 0);
    cc_use_label(c, cleanup);
    pop_except_and_reraise(c);
    cc_use_label(c, end);
}

static void compile_try_star_except(Compiler *c, AstStmt *s)
{
    int body = cc_new_label(c), except = cc_new_label(c), orelse = cc_new_label(c),
        end = cc_new_label(c), cleanup = cc_new_label(c), reraise_star = cc_new_label(c);
    SET_LOC(c, s->loc);
    cc_emit(c, SETUP_FINALLY, except);
    cc_use_label(c, body);
    cc_push_fblock(c, FB_TRY_EXCEPT, body, -1, NULL);
    cc_visit_stmts(c, &s->v.try_.body);
    cc_pop_fblock(c);
    c->u->loc = NO_LOC;
    cc_emit(c, POP_BLOCK, 0);
    cc_emit(c, JUMP, orelse);
    int n = s->v.try_.handlers.n;
    cc_use_label(c, except);
    cc_emit(c, SETUP_CLEANUP, cleanup);
    cc_emit(c, PUSH_EXC_INFO, 0);
    cc_push_fblock(c, FB_EXCEPTION_GROUP_HANDLER, -1, -1, NULL);
    for (int i = 0; i < n; i++) {
        AstExceptHandler *h = s->v.try_.handlers.items[i];
        c->u->loc = loc_of(h->loc);
        int next_except = cc_new_label(c), except_with_error = cc_new_label(c),
            no_match = cc_new_label(c), cleanup_end = cc_new_label(c),
            cleanup_body = cc_new_label(c);
        if (i == 0) {
            cc_emit(c, BUILD_LIST, 0);
            cc_emit(c, COPY, 2);
        }
        if (h->type) {
            cc_visit_expr(c, h->type);
            c->u->loc = loc_of(h->loc);
            cc_emit(c, CHECK_EG_MATCH, 0);
            cc_emit(c, COPY, 1);
            cc_emit(c, POP_JUMP_IF_NONE, no_match);
        }
        if (h->name)
            cc_nameop(c, h->name, AST_STORE);
        else
            cc_emit(c, POP_TOP, 0);
        cc_emit(c, SETUP_CLEANUP, cleanup_end);
        cc_use_label(c, cleanup_body);
        cc_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, -1, h->name);
        cc_visit_stmts(c, &h->body);
        cc_pop_fblock(c);
        c->u->loc = NO_LOC;
        cc_emit(c, POP_BLOCK, 0);
        if (h->name) {
            cc_load_const(c, val_ref(VAL_NONE));
            cc_nameop(c, h->name, AST_STORE);
            cc_nameop(c, h->name, AST_DEL);
        }
        cc_emit(c, JUMP, next_except);
        cc_use_label(c, cleanup_end);
        if (h->name) {
            cc_load_const(c, val_ref(VAL_NONE));
            cc_nameop(c, h->name, AST_STORE);
            cc_nameop(c, h->name, AST_DEL);
        }
        cc_emit(c, LIST_APPEND, 3);
        cc_emit(c, POP_TOP, 0);
        cc_emit(c, JUMP, except_with_error);
        cc_use_label(c, next_except);
        cc_emit(c, NOP, 0);
        cc_emit(c, JUMP, except_with_error);
        cc_use_label(c, no_match);
        c->u->loc = loc_of(h->loc);
        cc_emit(c, POP_TOP, 0);
        cc_use_label(c, except_with_error);
        c->u->loc = NO_LOC;
        if (i == n - 1) {
            cc_emit(c, LIST_APPEND, 1);
            cc_emit(c, JUMP, reraise_star);
        }
    }
    cc_pop_fblock(c);
    int reraise = cc_new_label(c);
    cc_use_label(c, reraise_star);
    c->u->loc = NO_LOC;
    cc_emit(c, CALL_INTRINSIC_2, INTRINSIC_PREP_RERAISE_STAR);
    cc_emit(c, COPY, 1);
    cc_emit(c, POP_JUMP_IF_NOT_NONE, reraise);
    cc_emit(c, POP_TOP, 0);
    cc_emit(c, POP_BLOCK, 0);
    cc_emit(c, POP_EXCEPT, 0);
    cc_emit(c, JUMP, end);
    cc_use_label(c, reraise);
    cc_emit(c, POP_BLOCK, 0);
    cc_emit(c, SWAP, 2);
    cc_emit(c, POP_EXCEPT, 0);
    cc_emit(c, RERAISE, 0);
    cc_use_label(c, cleanup);
    pop_except_and_reraise(c);
    cc_use_label(c, orelse);
    cc_visit_stmts(c, &s->v.try_.orelse);
    cc_use_label(c, end);
}

static void compile_try(Compiler *c, AstStmt *s)
{
    if (s->kind == AST_TryStar) {
        if (s->v.try_.finalbody.n) {
            /* try-except-star-finally: the except* part runs inside the finally */
            int body = cc_new_label(c), end = cc_new_label(c), exit = cc_new_label(c),
                cleanup = cc_new_label(c);
            SET_LOC(c, s->loc);
            cc_emit(c, SETUP_FINALLY, end);
            cc_use_label(c, body);
            cc_push_fblock(c, FB_FINALLY_TRY, body, end, &s->v.try_.finalbody);
            compile_try_star_except(c, s);
            c->u->loc = NO_LOC;
            cc_emit(c, POP_BLOCK, 0);
            cc_pop_fblock(c);
            cc_visit_stmts(c, &s->v.try_.finalbody);
            cc_emit(c, JUMP, exit);
            cc_use_label(c, end);
            c->u->loc = NO_LOC;
            cc_emit(c, SETUP_CLEANUP, cleanup);
            cc_emit(c, PUSH_EXC_INFO, 0);
            cc_push_fblock(c, FB_FINALLY_END, end, -1, NULL);
            cc_visit_stmts(c, &s->v.try_.finalbody);
            cc_pop_fblock(c);
            c->u->loc = NO_LOC;
            cc_emit(c, RERAISE, 0);
            cc_use_label(c, cleanup);
            pop_except_and_reraise(c);
            cc_use_label(c, exit);
        } else {
            compile_try_star_except(c, s);
        }
        return;
    }
    if (s->v.try_.finalbody.n)
        compile_try_finally(c, s);
    else
        compile_try_except(c, s);
}

static void with_except_finish(Compiler *c, int cleanup)
{
    int suppress = cc_new_label(c), exit = cc_new_label(c);
    c->u->loc = NO_LOC;
    cc_emit(c, POP_JUMP_IF_TRUE, suppress);
    cc_emit(c, RERAISE, 2);
    cc_use_label(c, suppress);
    cc_emit(c, POP_TOP, 0); /* the exception */
    cc_emit(c, POP_BLOCK, 0);
    cc_emit(c, POP_EXCEPT, 0);
    cc_emit(c, POP_TOP, 0); /* lasti */
    cc_emit(c, POP_TOP, 0); /* __exit__ */
    cc_emit(c, JUMP, exit);
    cc_use_label(c, cleanup);
    pop_except_and_reraise(c);
    cc_use_label(c, exit);
}

static void compile_with(Compiler *c, AstStmt *s, int pos, bool is_async)
{
    if (is_async && c->u->kind != U_ASYNC_FUNCTION)
        cc_error(c, loc_of(s->loc), "'async with' outside async function");
    AstWithItem *item = s->v.with.items.items[pos];
    int block = cc_new_label(c), final = cc_new_label(c), exit = cc_new_label(c),
        cleanup = cc_new_label(c);
    CodeLoc loc = loc_of(s->loc);
    c->u->loc = loc;
    cc_visit_expr(c, item->context_expr);
    c->u->loc = loc;
    if (is_async) {
        cc_emit(c, BEFORE_ASYNC_WITH, 0);
        cc_emit(c, GET_AWAITABLE, 1);
        cc_load_const(c, val_ref(VAL_NONE));
        cc_add_yield_from(c, true);
    } else {
        cc_emit(c, BEFORE_WITH, 0);
    }
    cc_emit(c, SETUP_WITH, final);
    cc_use_label(c, block);
    cc_push_fblock(c, is_async ? FB_ASYNC_WITH : FB_WITH, block, final, s);
    if (item->optional_vars)
        cc_assign(c, item->optional_vars);
    else
        cc_emit(c, POP_TOP, 0);
    if (pos + 1 < s->v.with.items.n)
        compile_with(c, s, pos + 1, is_async);
    else
        cc_visit_stmts(c, &s->v.with.body);
    cc_pop_fblock(c);
    c->u->loc = loc;
    cc_emit(c, POP_BLOCK, 0);
    emit_call_exit_with_nones(c);
    if (is_async) {
        cc_emit(c, GET_AWAITABLE, 2);
        cc_load_const(c, val_ref(VAL_NONE));
        cc_add_yield_from(c, true);
    }
    cc_emit(c, POP_TOP, 0);
    cc_emit(c, JUMP, exit);
    cc_use_label(c, final);
    c->u->loc = loc;
    cc_emit(c, SETUP_CLEANUP, cleanup);
    cc_emit(c, PUSH_EXC_INFO, 0);
    cc_emit(c, WITH_EXCEPT_START, 0);
    if (is_async) {
        cc_emit(c, GET_AWAITABLE, 2);
        cc_load_const(c, val_ref(VAL_NONE));
        cc_add_yield_from(c, true);
    }
    with_except_finish(c, cleanup);
    cc_use_label(c, exit);
}

static void compile_assert(Compiler *c, AstStmt *s)
{
    if (c->optimize)
        return;
    int end = cc_new_label(c);
    SET_LOC(c, s->loc);
    cc_jump_if(c, s->v.assert_.test, end, true);
    SET_LOC(c, s->loc);
    cc_emit(c, LOAD_ASSERTION_ERROR, 0);
    if (s->v.assert_.msg) {
        cc_visit_expr(c, s->v.assert_.msg);
        SET_LOC(c, s->loc);
        cc_emit(c, CALL, 0);
    }
    cc_emit(c, RAISE_VARARGS, 1);
    cc_use_label(c, end);
}

static void compile_import(Compiler *c, AstStmt *s)
{
    for (int i = 0; i < s->v.import.names.n; i++) {
        AstAlias *a = s->v.import.names.items[i];
        c->u->loc = loc_of(s->loc);
        cc_load_const(c, val_from_int(0));
        cc_load_const(c, val_ref(VAL_NONE));
        cc_emit(c, IMPORT_NAME, cc_add_name(c, a->name));
        if (a->asname) {
            const char *dot = strchr(a->name, '.');
            while (dot) {
                const char *start = dot + 1;
                dot = strchr(start, '.');
                size_t len = dot ? (size_t)(dot - start) : strlen(start);
                const char *attr = arena_strndup(c->arena, start, len);
                cc_emit(c, IMPORT_FROM, cc_add_name(c, attr));
                cc_emit(c, SWAP, 2);
                cc_emit(c, POP_TOP, 0);
            }
            cc_nameop(c, a->asname, AST_STORE);
        } else {
            const char *dot = strchr(a->name, '.');
            const char *store = dot ? arena_strndup(c->arena, a->name, (size_t)(dot - a->name)) : a->name;
            cc_nameop(c, store, AST_STORE);
        }
    }
}

static void compile_import_from(Compiler *c, AstStmt *s)
{
    int n = s->v.import.names.n;
    SET_LOC(c, s->loc);
    cc_load_const(c, val_from_int(s->v.import.level));
    Object *names = tuple_new(n);
    if (!names)
        cc_pyerr(c);
    for (int i = 0; i < n; i++) {
        AstAlias *a = s->v.import.names.items[i];
        tuple_items(names)[i] = val_ref(cc_str(c, a->name));
    }
    cc_load_const(c, val_from_obj(names));
    const char *mod = s->v.import.module ? s->v.import.module : "";
    cc_emit(c, IMPORT_NAME, cc_add_name(c, mod));
    AstAlias *first = s->v.import.names.items[0];
    if (strcmp(first->name, "*") == 0) {
        cc_emit(c, CALL_INTRINSIC_1, INTRINSIC_IMPORT_STAR);
        cc_emit(c, POP_TOP, 0);
        return;
    }
    for (int i = 0; i < n; i++) {
        AstAlias *a = s->v.import.names.items[i];
        cc_emit(c, IMPORT_FROM, cc_add_name(c, a->name));
        cc_nameop(c, a->asname ? a->asname : a->name, AST_STORE);
    }
    cc_emit(c, POP_TOP, 0);
}

/* ---- Dispatch --------------------------------------------------------------------- */

void cc_visit_stmts(Compiler *c, AstList *stmts)
{
    for (int i = 0; i < stmts->n; i++)
        cc_visit_stmt(c, stmts->items[i]);
}

void cc_visit_stmt(Compiler *c, AstStmt *s)
{
    SET_LOC(c, s->loc);
    switch (s->kind) {
    case AST_FunctionDef: compile_function(c, s, false); break;
    case AST_AsyncFunctionDef: compile_function(c, s, true); break;
    case AST_ClassDef: compile_class(c, s); break;
    case AST_Return: compile_return(c, s); break;
    case AST_Delete:
        for (int i = 0; i < s->v.del.targets.n; i++)
            compile_delete(c, s->v.del.targets.items[i]);
        break;
    case AST_Assign: {
        cc_visit_expr(c, s->v.assign.value);
        int n = s->v.assign.targets.n;
        for (int i = 0; i < n; i++) {
            if (i < n - 1) {
                SET_LOC(c, s->loc);
                cc_emit(c, COPY, 1);
            }
            cc_assign(c, s->v.assign.targets.items[i]);
        }
        break;
    }
    case AST_TypeAlias: compile_type_alias(c, s); break;
    case AST_AugAssign: compile_augassign(c, s); break;
    case AST_AnnAssign: compile_annassign(c, s); break;
    case AST_For: compile_for(c, s); break;
    case AST_AsyncFor: compile_async_for(c, s); break;
    case AST_While: compile_while(c, s); break;
    case AST_If: compile_if(c, s); break;
    case AST_With: compile_with(c, s, 0, false); break;
    case AST_AsyncWith: compile_with(c, s, 0, true); break;
    case AST_Match: cc_match(c, s); break;
    case AST_Raise: compile_raise(c, s); break;
    case AST_Try: case AST_TryStar: compile_try(c, s); break;
    case AST_Assert: compile_assert(c, s); break;
    case AST_Import: compile_import(c, s); break;
    case AST_ImportFrom: compile_import_from(c, s); break;
    case AST_Global: case AST_Nonlocal: break;
    case AST_Expr: {
        AstExpr *v = s->v.ret.value;
        if (v->kind == AST_Constant) {
            cc_emit(c, NOP, 0); /* a docstring-like constant: only its line */
            break;
        }
        cc_visit_expr(c, v);
        SET_LOC(c, s->loc);
        cc_emit(c, POP_TOP, 0);
        break;
    }
    case AST_Pass: cc_emit(c, NOP, 0); break;
    case AST_Break: compile_break_continue(c, s, true); break;
    case AST_Continue: compile_break_continue(c, s, false); break;
    }
}
