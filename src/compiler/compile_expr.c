/* Code generation for expressions: operators and comparisons, conditional
 * jumps, calls (method calls, keywords, star-args), displays with
 * unpacking, comprehensions (inlined as PEP 709, or as functions), lambda,
 * closures, yield/await, f-strings and annotations. */
#include <string.h>

#include "compiler/compile_internal.h"
#include "objects/err.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"

#define STACK_USE_GUIDELINE 30

static const int binop_of[] = {
    [AST_ADD] = OP_ADD, [AST_SUB] = OP_SUB, [AST_MULT] = OP_MUL, [AST_MATMULT] = OP_MATMUL,
    [AST_DIV] = OP_TRUEDIV, [AST_MOD] = OP_MOD, [AST_POW] = OP_POW, [AST_LSHIFT] = OP_LSHIFT,
    [AST_RSHIFT] = OP_RSHIFT, [AST_BITOR] = OP_OR, [AST_BITXOR] = OP_XOR,
    [AST_BITAND] = OP_AND, [AST_FLOORDIV] = OP_FLOORDIV,
};

/* ---- Closures and function objects ----------------------------------------------- */

void cc_make_closure(Compiler *c, Value code, int flags)
{
    CodeObj *co = val_as_code(code);
    Unit *u = c->u;
    if (co->nfrees) {
        for (int i = 0; i < co->nfrees; i++) {
            Value nm = tuple_get(val_as_obj(co->localsplusnames), co->nlocalsplus - co->nfrees + i);
            ssize_t len;
            const char *name = str_utf8(val_as_str(nm), &len);
            int arg;
            bool cell = false;
            if (u->kind == U_CLASS && (strcmp(name, "__class__") == 0 || strcmp(name, "__classdict__") == 0 ||
                                       strcmp(name, "__conditional_annotations__") == 0)) {
                cell = true;
            } else {
                int sc = symtable_scope(u->ste, name);
                if (sc == SYM_CELL)
                    cell = true;
                else if (sc != SYM_FREE) {
                    /* a cell of an inlined comprehension, or a free variable
                     * the parent lacks: resolve by what exists */
                    cell = namemap_find(&u->cellvars, name) >= 0;
                    if (!cell && namemap_find(&u->freevars, name) < 0) {
                        val_decref(code);
                        err_set(&Exc_SystemError, "compiler: cannot find closure variable '%s'", name);
                        cc_pyerr(c);
                    }
                }
            }
            const char *nm_arena = arena_strndup(c->arena, name, (size_t)len);
            if (cell)
                arg = namemap_add(c->arena, &u->cellvars, nm_arena);
            else
                arg = namemap_add(c->arena, &u->freevars, nm_arena) + (1 << 16);
            cc_emit(c, LOAD_CLOSURE, arg);
        }
        cc_emit(c, BUILD_TUPLE, co->nfrees);
        flags |= FN_CLOSURE;
    }
    cc_load_const(c, code);
    cc_emit(c, MAKE_FUNCTION, 0);
    static const int order[] = {FN_CLOSURE, FN_ANNOTATE, FN_ANNOTATIONS, FN_KWDEFAULTS, FN_DEFAULTS};
    for (int i = 0; i < 5; i++)
        if (flags & order[i])
            cc_emit(c, SET_FUNCTION_ATTRIBUTE, order[i]);
}

/* ---- Annotations ------------------------------------------------------------------ */

/* Under `from __future__ import annotations` the annotation is its source
 * text (CPython unparses the AST; the source slice agrees for the usual
 * spelling). */
void cc_annotation(Compiler *c, AstExpr *ann)
{
    if (!c->future_annotations) {
        cc_visit_expr(c, ann);
        return;
    }
    const char *p = c->src, *end = c->src + c->srclen;
    for (int l = 1; l < ann->loc.lineno && p < end; p++)
        if (*p == '\n')
            l++;
    const char *start = p + ann->loc.col_offset;
    const char *q = p;
    for (int l = ann->loc.lineno; l < ann->loc.end_lineno && q < end; q++)
        if (*q == '\n')
            l++;
    const char *stop = q + ann->loc.end_col_offset;
    if (start > end || stop > end || stop < start) {
        start = stop = end;
    }
    cc_load_const(c, cc_str_len(c, start, (size_t)(stop - start)));
}

/* ---- Conditional jumps -------------------------------------------------------------- */

static void emit_compare(Compiler *c, AstCmpOp op)
{
    switch (op) {
    case AST_EQ: cc_emit(c, COMPARE_OP, CMP_EQ); break;
    case AST_NOTEQ: cc_emit(c, COMPARE_OP, CMP_NE); break;
    case AST_LT: cc_emit(c, COMPARE_OP, CMP_LT); break;
    case AST_LTE: cc_emit(c, COMPARE_OP, CMP_LE); break;
    case AST_GT: cc_emit(c, COMPARE_OP, CMP_GT); break;
    case AST_GTE: cc_emit(c, COMPARE_OP, CMP_GE); break;
    case AST_IS: cc_emit(c, IS_OP, 0); break;
    case AST_ISNOT: cc_emit(c, IS_OP, 1); break;
    case AST_IN: cc_emit(c, CONTAINS_OP, 0); break;
    case AST_NOTIN: cc_emit(c, CONTAINS_OP, 1); break;
    }
}

/* The right operand of `in`: a list display of constants becomes a tuple
 * constant (folded by cc_fold when all items are constants). */
static void visit_comparator(Compiler *c, AstCmpOp op, AstExpr *e)
{
    if ((op == AST_IN || op == AST_NOTIN) && e->kind == AST_List) {
        AstExpr tmp = *e;
        tmp.kind = AST_Tuple;
        Value k = cc_fold(c, &tmp);
        if (k) {
            cc_load_const(c, val_ref(k));
            return;
        }
    }
    cc_visit_expr(c, e);
}

void cc_jump_if(Compiler *c, AstExpr *e, int label, bool cond)
{
    CodeLoc saved = c->u->loc;
    c->u->loc = loc_of(e->loc);
    switch (e->kind) {
    case AST_UnaryOp:
        if (e->v.unaryop.op == AST_NOT) {
            cc_jump_if(c, e->v.unaryop.operand, label, !cond);
            goto done;
        }
        break;
    case AST_BoolOp: {
        AstList *vals = &e->v.boolop.values;
        bool cond2 = e->v.boolop.op == AST_OR;
        int next2 = label;
        if (cond2 != cond)
            next2 = cc_new_label(c);
        for (int i = 0; i < vals->n - 1; i++)
            cc_jump_if(c, vals->items[i], next2, cond2);
        cc_jump_if(c, vals->items[vals->n - 1], label, cond);
        if (next2 != label)
            cc_use_label(c, next2);
        goto done;
    }
    case AST_IfExp: {
        int end = cc_new_label(c), next2 = cc_new_label(c);
        cc_jump_if(c, e->v.ifexp.test, next2, false);
        cc_jump_if(c, e->v.ifexp.body, label, cond);
        cc_emit(c, JUMP, end);
        cc_use_label(c, next2);
        cc_jump_if(c, e->v.ifexp.orelse, label, cond);
        cc_use_label(c, end);
        goto done;
    }
    case AST_Compare: {
        int n = e->v.compare.comparators.n;
        if (n == 1 && (e->v.compare.ops[0] == AST_IS || e->v.compare.ops[0] == AST_ISNOT)) {
            AstExpr *r = e->v.compare.comparators.items[0];
            if (r->kind == AST_Constant && r->v.constant.value.kind == AST_CONST_NONE) {
                bool is = e->v.compare.ops[0] == AST_IS;
                cc_visit_expr(c, e->v.compare.left);
                c->u->loc = loc_of(e->loc);
                cc_emit(c, is == cond ? POP_JUMP_IF_NONE : POP_JUMP_IF_NOT_NONE, label);
                goto done;
            }
        }
        if (n > 1) {
            int cleanup = cc_new_label(c), end = cc_new_label(c);
            cc_visit_expr(c, e->v.compare.left);
            for (int i = 0; i < n - 1; i++) {
                visit_comparator(c, e->v.compare.ops[i], e->v.compare.comparators.items[i]);
                c->u->loc = loc_of(e->loc);
                cc_emit(c, SWAP, 2);
                cc_emit(c, COPY, 2);
                emit_compare(c, e->v.compare.ops[i]);
                cc_emit(c, POP_JUMP_IF_FALSE, cleanup);
            }
            visit_comparator(c, e->v.compare.ops[n - 1], e->v.compare.comparators.items[n - 1]);
            c->u->loc = loc_of(e->loc);
            emit_compare(c, e->v.compare.ops[n - 1]);
            cc_emit(c, cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, label);
            cc_emit(c, JUMP, end);
            cc_use_label(c, cleanup);
            cc_emit(c, POP_TOP, 0);
            if (!cond)
                cc_emit(c, JUMP, label);
            cc_use_label(c, end);
            goto done;
        }
        break;
    }
    default:
        break;
    }
    {
        Value k = cc_fold(c, e);
        int truth;
        if (k && cc_const_is_true(k, &truth)) {
            if ((truth != 0) == cond)
                cc_emit(c, JUMP, label);
            goto done;
        }
    }
    cc_visit_expr(c, e);
    c->u->loc = loc_of(e->loc);
    cc_emit(c, cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, label);
done:
    c->u->loc = saved;
}

/* ---- Displays ------------------------------------------------------------------------ */

/* Builds a list, tuple or set from elts (after `pushed` values already on
 * the stack), honouring *x items. */
static void starunpack(Compiler *c, AstList *elts, int pushed, int build, int add, int extend, bool tuple)
{
    int n = elts->n;
    bool seen_star = false;
    for (int i = 0; i < n; i++)
        if (((AstExpr *)elts->items[i])->kind == AST_Starred)
            seen_star = true;
    bool big = n + pushed > STACK_USE_GUIDELINE;
    if (!seen_star && !big) {
        for (int i = 0; i < n; i++)
            cc_visit_expr(c, elts->items[i]);
        if (tuple)
            cc_emit(c, BUILD_TUPLE, n + pushed);
        else
            cc_emit(c, build, n + pushed);
        return;
    }
    bool built = false;
    if (big) {
        cc_emit(c, build, pushed);
        built = true;
    }
    for (int i = 0; i < n; i++) {
        AstExpr *e = elts->items[i];
        if (e->kind == AST_Starred) {
            if (!built) {
                cc_emit(c, build, i + pushed);
                built = true;
            }
            cc_visit_expr(c, e->v.starred.value);
            cc_emit(c, extend, 1);
        } else {
            cc_visit_expr(c, e);
            if (built)
                cc_emit(c, add, 1);
        }
    }
    if (tuple)
        cc_emit(c, CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE);
}

static void visit_dict(Compiler *c, AstExpr *e)
{
    AstList *keys = &e->v.dict.keys, *vals = &e->v.dict.values;
    int n = vals->n;
    bool have_dict = false;
    int elements = 0;
    for (int i = 0; i < n; i++) {
        AstExpr *k = keys->items[i];
        if (!k) { /* **m */
            if (elements) {
                cc_emit(c, BUILD_MAP, elements);
                if (have_dict)
                    cc_emit(c, DICT_UPDATE, 1);
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                cc_emit(c, BUILD_MAP, 0);
                have_dict = true;
            }
            cc_visit_expr(c, vals->items[i]);
            cc_emit(c, DICT_UPDATE, 1);
            continue;
        }
        cc_visit_expr(c, k);
        cc_visit_expr(c, vals->items[i]);
        elements++;
        if (elements * 2 > STACK_USE_GUIDELINE) {
            cc_emit(c, BUILD_MAP, elements);
            if (have_dict)
                cc_emit(c, DICT_UPDATE, 1);
            have_dict = true;
            elements = 0;
        }
    }
    if (elements || !have_dict) {
        cc_emit(c, BUILD_MAP, elements);
        if (have_dict)
            cc_emit(c, DICT_UPDATE, 1);
    }
}

/* ---- Calls ----------------------------------------------------------------------------- */

static void check_keywords(Compiler *c, AstList *kws)
{
    for (int i = 0; i < kws->n; i++) {
        AstKeyword *a = kws->items[i];
        if (!a->arg)
            continue;
        for (int j = i + 1; j < kws->n; j++) {
            AstKeyword *b = kws->items[j];
            if (b->arg && strcmp(a->arg, b->arg) == 0)
                cc_error(c, loc_of(b->loc), "keyword argument repeated: %s", b->arg);
        }
    }
}

/* keywords[begin, end) (none of them **) as a dict. */
static void subkwargs(Compiler *c, AstList *kws, int begin, int end)
{
    int n = end - begin;
    for (int i = begin; i < end; i++) {
        AstKeyword *k = kws->items[i];
        cc_load_const(c, cc_str(c, k->arg));
        cc_visit_expr(c, k->value);
    }
    cc_emit(c, BUILD_MAP, n);
}

void cc_call_helper(Compiler *c, int pushed, AstList *args, AstList *kws)
{
    check_keywords(c, kws);
    int nargs = args->n, nkw = kws->n;
    bool ex = nargs + nkw + pushed > STACK_USE_GUIDELINE;
    for (int i = 0; i < nargs && !ex; i++)
        if (((AstExpr *)args->items[i])->kind == AST_Starred)
            ex = true;
    for (int i = 0; i < nkw && !ex; i++)
        if (!((AstKeyword *)kws->items[i])->arg)
            ex = true;
    CodeLoc loc = c->u->loc;
    if (!ex) {
        for (int i = 0; i < nargs; i++)
            cc_visit_expr(c, args->items[i]);
        if (nkw) {
            Object *names = tuple_new(nkw);
            if (!names)
                cc_pyerr(c);
            for (int i = 0; i < nkw; i++) {
                AstKeyword *k = kws->items[i];
                tuple_items(names)[i] = VAL_NULL;
                cc_visit_expr(c, k->value);
            }
            for (int i = 0; i < nkw; i++)
                tuple_items(names)[i] = cc_str(c, ((AstKeyword *)kws->items[i])->arg);
            c->u->loc = loc;
            cc_load_const(c, val_from_obj(names));
            cc_emit(c, CALL_KW, pushed + nargs + nkw);
        } else {
            c->u->loc = loc;
            cc_emit(c, CALL, pushed + nargs);
        }
        return;
    }
    /* f(*args, **kwargs) form */
    if (pushed == 0 && nargs == 1 && ((AstExpr *)args->items[0])->kind == AST_Starred)
        cc_visit_expr(c, ((AstExpr *)args->items[0])->v.starred.value);
    else
        starunpack(c, args, pushed, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
    if (nkw) {
        bool have_dict = false;
        int begin = 0;
        for (int i = 0; i < nkw; i++) {
            AstKeyword *k = kws->items[i];
            if (k->arg)
                continue;
            if (i > begin) {
                subkwargs(c, kws, begin, i);
                if (have_dict)
                    cc_emit(c, DICT_MERGE, 1);
                have_dict = true;
            }
            if (!have_dict) {
                cc_emit(c, BUILD_MAP, 0);
                have_dict = true;
            }
            cc_visit_expr(c, k->value);
            cc_emit(c, DICT_MERGE, 1);
            begin = i + 1;
        }
        if (begin < nkw) {
            subkwargs(c, kws, begin, nkw);
            if (have_dict)
                cc_emit(c, DICT_MERGE, 1);
        }
    }
    c->u->loc = loc;
    cc_emit(c, CALL_FUNCTION_EX, nkw ? 1 : 0);
}

static bool can_optimize_method_call(AstExpr *e)
{
    AstExpr *f = e->v.call.func;
    if (f->kind != AST_Attribute || f->v.attribute.ctx != AST_LOAD)
        return false;
    if (e->v.call.args.n + e->v.call.keywords.n >= STACK_USE_GUIDELINE)
        return false;
    for (int i = 0; i < e->v.call.args.n; i++)
        if (((AstExpr *)e->v.call.args.items[i])->kind == AST_Starred)
            return false;
    for (int i = 0; i < e->v.call.keywords.n; i++)
        if (!((AstKeyword *)e->v.call.keywords.items[i])->arg)
            return false;
    return true;
}

static void visit_call(Compiler *c, AstExpr *e)
{
    CodeLoc loc = loc_of(e->loc);
    if (can_optimize_method_call(e)) {
        AstExpr *f = e->v.call.func;
        cc_visit_expr(c, f->v.attribute.value);
        c->u->loc = loc_of(f->loc);
        cc_emit(c, LOAD_ATTR, (cc_add_name(c, f->v.attribute.attr) << 1) | 1);
        c->u->loc = loc;
        cc_call_helper(c, 0, &e->v.call.args, &e->v.call.keywords);
        return;
    }
    cc_visit_expr(c, e->v.call.func);
    c->u->loc = loc;
    cc_emit(c, PUSH_NULL, 0);
    cc_call_helper(c, 0, &e->v.call.args, &e->v.call.keywords);
}

/* ---- Yield, await ---------------------------------------------------------------------- */

void cc_add_yield_from(Compiler *c, bool await)
{
    int send = cc_new_label(c), fail = cc_new_label(c), exit = cc_new_label(c);
    cc_use_label(c, send);
    cc_emit(c, SEND, exit);
    cc_emit(c, SETUP_FINALLY, fail);
    cc_emit(c, YIELD_VALUE, 1);
    cc_emit(c, POP_BLOCK, 0);
    cc_emit(c, RESUME, await ? 3 : 2);
    cc_emit(c, JUMP_NO_INTERRUPT, send);
    cc_use_label(c, fail);
    cc_emit(c, CLEANUP_THROW, 0);
    cc_use_label(c, exit);
    cc_emit(c, END_SEND, 0);
}

void cc_check_await(Compiler *c, AstExpr *e)
{
    Unit *u = c->u;
    if (!cc_is_function_like(u))
        cc_error(c, loc_of(e->loc), "'await' outside function");
    if (u->kind != U_ASYNC_FUNCTION && u->kind != U_COMPREHENSION)
        cc_error(c, loc_of(e->loc), "'await' outside async function");
}

/* ---- f-strings -------------------------------------------------------------------------- */

static void visit_joined(Compiler *c, AstExpr *e)
{
    AstList *vals = &e->v.joined.values;
    if (vals->n == 0) {
        cc_load_const(c, cc_str(c, ""));
        return;
    }
    for (int i = 0; i < vals->n; i++)
        cc_visit_expr(c, vals->items[i]);
    if (vals->n > 1 || ((AstExpr *)vals->items[0])->kind == AST_Constant) {
        if (vals->n > 1)
            cc_emit(c, BUILD_STRING, vals->n);
    }
}

static void visit_formatted(Compiler *c, AstExpr *e)
{
    cc_visit_expr(c, e->v.fvalue.value);
    c->u->loc = loc_of(e->loc);
    switch (e->v.fvalue.conversion) {
    case 's': cc_emit(c, CONVERT_VALUE, CONV_STR); break;
    case 'r': cc_emit(c, CONVERT_VALUE, CONV_REPR); break;
    case 'a': cc_emit(c, CONVERT_VALUE, CONV_ASCII); break;
    default: break;
    }
    if (e->v.fvalue.format_spec) {
        cc_visit_expr(c, e->v.fvalue.format_spec);
        c->u->loc = loc_of(e->loc);
        cc_emit(c, FORMAT_WITH_SPEC, 0);
    } else {
        cc_emit(c, FORMAT_SIMPLE, 0);
    }
}

/* ---- Lambda -------------------------------------------------------------------------------- */

/* Pushes defaults (a tuple) and keyword-only defaults (a dict); returns
 * the SET_FUNCTION_ATTRIBUTE flags. */
int cc_visit_defaults(Compiler *c, AstArguments *a);
int cc_visit_defaults(Compiler *c, AstArguments *a)
{
    int flags = 0;
    if (a->defaults.n) {
        for (int i = 0; i < a->defaults.n; i++)
            cc_visit_expr(c, a->defaults.items[i]);
        cc_emit(c, BUILD_TUPLE, a->defaults.n);
        flags |= FN_DEFAULTS;
    }
    int nkw = 0;
    for (int i = 0; i < a->kwonlyargs.n; i++) {
        AstExpr *d = a->kw_defaults.items[i];
        if (!d)
            continue;
        AstArg *arg = a->kwonlyargs.items[i];
        cc_load_const(c, cc_str(c, cc_mangle(c, arg->arg)));
        cc_visit_expr(c, d);
        nkw++;
    }
    if (nkw) {
        cc_emit(c, BUILD_MAP, nkw);
        flags |= FN_KWDEFAULTS;
    }
    return flags;
}

void cc_lambda(Compiler *c, AstExpr *e)
{
    AstArguments *a = e->v.lambda.args;
    int flags = cc_visit_defaults(c, a);
    cc_unit_enter(c, U_LAMBDA, e, "<lambda>", e->loc.lineno);
    Unit *u = c->u;
    u->argcount = a->posonlyargs.n + a->args.n;
    u->posonlyargcount = a->posonlyargs.n;
    u->kwonlyargcount = a->kwonlyargs.n;
    cc_visit_expr(c, e->v.lambda.body);
    if (u->ste->generator) {
        cc_emit(c, POP_TOP, 0);
        cc_load_const(c, val_ref(VAL_NONE));
    }
    cc_emit(c, RETURN_VALUE, 0);
    Value code = cc_unit_exit(c);
    c->u->loc = loc_of(e->loc);
    cc_make_closure(c, code, flags);
}

/* ---- Comprehensions ------------------------------------------------------------------------- */

static void comprehension_generator(Compiler *c, AstExpr *e, int gen_index, int depth, bool iter_on_stack);

static void comp_element(Compiler *c, AstExpr *e, int depth)
{
    CodeLoc loc = loc_of(e->loc);
    switch (e->kind) {
    case AST_GeneratorExp:
        cc_visit_expr(c, e->v.comp.elt);
        c->u->loc = loc;
        if (c->u->ste->coroutine)
            cc_emit(c, CALL_INTRINSIC_1, INTRINSIC_ASYNC_GEN_WRAP);
        cc_emit(c, YIELD_VALUE, 0);
        cc_emit(c, RESUME, 1);
        cc_emit(c, POP_TOP, 0);
        break;
    case AST_ListComp:
        cc_visit_expr(c, e->v.comp.elt);
        c->u->loc = loc;
        cc_emit(c, LIST_APPEND, depth + 1);
        break;
    case AST_SetComp:
        cc_visit_expr(c, e->v.comp.elt);
        c->u->loc = loc;
        cc_emit(c, SET_ADD, depth + 1);
        break;
    default: /* DictComp */
        cc_visit_expr(c, e->v.comp.elt);
        cc_visit_expr(c, e->v.comp.value);
        c->u->loc = loc;
        cc_emit(c, MAP_ADD, depth + 1);
        break;
    }
}

static void sync_comprehension_generator(Compiler *c, AstExpr *e, int gen_index, int depth, bool iter_on_stack)
{
    AstComprehension *gen = e->v.comp.generators.items[gen_index];
    int start = cc_new_label(c), if_cleanup = cc_new_label(c), anchor = cc_new_label(c);
    if (gen_index == 0 && !iter_on_stack) {
        cc_emit(c, LOAD_FAST, 0); /* .0 */
    } else if (gen_index > 0) {
        /* a one-element list or tuple display loops once: no iterator */
        AstExpr *it = gen->iter;
        if ((it->kind == AST_List || it->kind == AST_Tuple) && it->v.seq.elts.n == 1 &&
            ((AstExpr *)it->v.seq.elts.items[0])->kind != AST_Starred) {
            cc_visit_expr(c, it->v.seq.elts.items[0]);
            cc_assign(c, gen->target);
            for (int i = 0; i < gen->ifs.n; i++)
                cc_jump_if(c, gen->ifs.items[i], if_cleanup, false);
            if (gen_index + 1 < e->v.comp.generators.n)
                comprehension_generator(c, e, gen_index + 1, depth, false);
            else
                comp_element(c, e, depth);
            cc_use_label(c, if_cleanup);
            return;
        }
        cc_visit_expr(c, gen->iter);
        c->u->loc = loc_of(gen->iter->loc);
        cc_emit(c, GET_ITER, 0);
    }
    depth++;
    cc_use_label(c, start);
    c->u->loc = loc_of(gen->iter->loc);
    cc_emit(c, FOR_ITER, anchor);
    cc_assign(c, gen->target);
    for (int i = 0; i < gen->ifs.n; i++)
        cc_jump_if(c, gen->ifs.items[i], if_cleanup, false);
    if (gen_index + 1 < e->v.comp.generators.n)
        comprehension_generator(c, e, gen_index + 1, depth, false);
    else
        comp_element(c, e, depth);
    cc_use_label(c, if_cleanup);
    c->u->loc = NO_LOC;
    cc_emit(c, JUMP, start);
    cc_use_label(c, anchor);
}

static void async_comprehension_generator(Compiler *c, AstExpr *e, int gen_index, int depth, bool iter_on_stack)
{
    AstComprehension *gen = e->v.comp.generators.items[gen_index];
    int start = cc_new_label(c), except = cc_new_label(c), if_cleanup = cc_new_label(c);
    if (gen_index == 0 && !iter_on_stack) {
        cc_emit(c, LOAD_FAST, 0);
    } else if (gen_index > 0) {
        cc_visit_expr(c, gen->iter);
        c->u->loc = loc_of(gen->iter->loc);
        cc_emit(c, GET_AITER, 0);
    }
    depth++;
    cc_use_label(c, start);
    cc_push_fblock(c, FB_ASYNC_COMPREHENSION_GENERATOR, start, -1, NULL);
    cc_emit(c, SETUP_FINALLY, except);
    cc_emit(c, GET_ANEXT, 0);
    cc_load_const(c, val_ref(VAL_NONE));
    cc_add_yield_from(c, true);
    cc_emit(c, POP_BLOCK, 0);
    cc_assign(c, gen->target);
    for (int i = 0; i < gen->ifs.n; i++)
        cc_jump_if(c, gen->ifs.items[i], if_cleanup, false);
    if (gen_index + 1 < e->v.comp.generators.n)
        comprehension_generator(c, e, gen_index + 1, depth, false);
    else
        comp_element(c, e, depth);
    cc_use_label(c, if_cleanup);
    c->u->loc = NO_LOC;
    cc_emit(c, JUMP, start);
    cc_pop_fblock(c);
    cc_use_label(c, except);
    cc_emit(c, END_ASYNC_FOR, 0);
}

static void comprehension_generator(Compiler *c, AstExpr *e, int gen_index, int depth, bool iter_on_stack)
{
    AstComprehension *gen = e->v.comp.generators.items[gen_index];
    if (gen->is_async)
        async_comprehension_generator(c, e, gen_index, depth, iter_on_stack);
    else
        sync_comprehension_generator(c, e, gen_index, depth, iter_on_stack);
}

static const char *comp_name(AstExprKind k)
{
    switch (k) {
    case AST_GeneratorExp: return "<genexpr>";
    case AST_ListComp: return "<listcomp>";
    case AST_SetComp: return "<setcomp>";
    default: return "<dictcomp>";
    }
}

static int comp_build_op(AstExprKind k)
{
    return k == AST_ListComp ? BUILD_LIST : k == AST_SetComp ? BUILD_SET : BUILD_MAP;
}

/* PEP 709: the comprehension runs in the enclosing frame. Its own locals
 * are saved on the stack (LOAD_FAST_AND_CLEAR) and restored after, also
 * when it raises. */
static void inlined_comprehension(Compiler *c, AstExpr *e, SymBlock *ste)
{
    Unit *u = c->u;
    AstComprehension *outer = e->v.comp.generators.items[0];
    CodeLoc loc = loc_of(e->loc);
    cc_visit_expr(c, outer->iter);
    c->u->loc = loc;
    cc_emit(c, outer->is_async ? GET_AITER : GET_ITER, 0);
    const char **pushed = arena_alloc(c->arena, (size_t)(ste->symbols.n + 1) * sizeof *pushed);
    int npushed = 0;
    for (int i = 0; i < ste->symbols.n; i++) {
        const char *name = ste->symbols.names[i];
        int f = ste->symbols.flags[i];
        int scope = (f >> SYM_SCOPE_OFFSET) & SYM_SCOPE_MASK;
        if (strcmp(name, ".0") == 0)
            continue;
        if (!((f & SYM_DEF_LOCAL) && !(f & SYM_DEF_NONLOCAL)))
            continue;
        if (!cc_is_function_like(u))
            namemap_add(c->arena, &u->fasthidden, name);
        int slot = namemap_add(c->arena, &u->varnames, name);
        cc_emit(c, LOAD_FAST_AND_CLEAR, slot);
        if (scope == SYM_CELL) {
            int outsc = symtable_scope(u->ste, name);
            if (outsc == SYM_FREE)
                cc_emit(c, MAKE_CELL, namemap_add(c->arena, &u->freevars, name) + (1 << 16));
            else
                cc_emit(c, MAKE_CELL, namemap_add(c->arena, &u->cellvars, name));
        }
        pushed[npushed++] = name;
    }
    int cleanup = cc_new_label(c), end = cc_new_label(c);
    if (npushed) {
        cc_emit(c, SWAP, npushed + 1);
        cc_emit(c, SETUP_FINALLY, cleanup);
    }
    if (e->kind != AST_GeneratorExp) {
        cc_emit(c, comp_build_op(e->kind), 0);
        cc_emit(c, SWAP, 2);
    }
    u->in_inlined_comp++;
    comprehension_generator(c, e, 0, 0, true);
    u->in_inlined_comp--;
    c->u->loc = NO_LOC;
    if (npushed) {
        cc_emit(c, POP_BLOCK, 0);
        cc_emit(c, JUMP_NO_INTERRUPT, end);
        cc_use_label(c, cleanup);
        cc_emit(c, SWAP, 2);
        cc_emit(c, POP_TOP, 0);
        cc_emit(c, SWAP, npushed + 1);
        for (int i = npushed - 1; i >= 0; i--)
            cc_emit(c, STORE_FAST_MAYBE_NULL, namemap_find(&u->varnames, pushed[i]));
        cc_emit(c, RERAISE, 0);
        cc_use_label(c, end);
        cc_emit(c, SWAP, npushed + 1);
        for (int i = npushed - 1; i >= 0; i--)
            cc_emit(c, STORE_FAST_MAYBE_NULL, namemap_find(&u->varnames, pushed[i]));
    }
    if (!cc_is_function_like(u))
        for (int i = 0; i < npushed; i++) {
            /* the names stop being fast once the comprehension ends */
            NameMap *m = &u->fasthidden;
            int k = namemap_find(m, pushed[i]);
            if (k >= 0) {
                NameMap fresh = {0};
                for (int j = 0; j < m->n; j++)
                    if (j != k)
                        namemap_add(c->arena, &fresh, m->names[j]);
                *m = fresh;
            }
        }
}

void cc_comprehension(Compiler *c, AstExpr *e)
{
    SymBlock *ste = symtable_block_for(c->st, e);
    if (!ste) {
        err_set(&Exc_SystemError, "compiler: no symbol table for a comprehension");
        cc_pyerr(c);
    }
    bool is_async_gen = ste->coroutine;
    Unit *u = c->u;
    if (is_async_gen && e->kind != AST_GeneratorExp && u->kind != U_ASYNC_FUNCTION &&
        u->kind != U_COMPREHENSION)
        cc_error(c, loc_of(e->loc), "asynchronous comprehension outside of an asynchronous function");
    if (ste->comp_inlined) {
        inlined_comprehension(c, e, ste);
        return;
    }
    AstComprehension *outer = e->v.comp.generators.items[0];
    cc_unit_enter(c, U_COMPREHENSION, e, comp_name(e->kind), e->loc.lineno);
    c->u->argcount = 1;
    c->u->loc = loc_of(e->loc);
    if (e->kind != AST_GeneratorExp)
        cc_emit(c, comp_build_op(e->kind), 0);
    comprehension_generator(c, e, 0, 0, false);
    c->u->loc = NO_LOC;
    if (e->kind != AST_GeneratorExp) {
        cc_emit(c, RETURN_VALUE, 0);
    } else {
        cc_load_const(c, val_ref(VAL_NONE));
        cc_emit(c, RETURN_VALUE, 0);
    }
    Value code = cc_unit_exit(c);
    c->u->loc = loc_of(e->loc);
    cc_make_closure(c, code, 0);
    cc_visit_expr(c, outer->iter);
    c->u->loc = loc_of(e->loc);
    cc_emit(c, outer->is_async ? GET_AITER : GET_ITER, 0);
    cc_emit(c, CALL, 0);
    if (is_async_gen && e->kind != AST_GeneratorExp) {
        cc_emit(c, GET_AWAITABLE, 0);
        cc_load_const(c, val_ref(VAL_NONE));
        cc_add_yield_from(c, true);
    }
}

/* ---- Dispatch ---------------------------------------------------------------------------- */

void cc_visit_expr(Compiler *c, AstExpr *e)
{
    CodeLoc saved = c->u->loc;
    CodeLoc loc = loc_of(e->loc);
    c->u->loc = loc;
    switch (e->kind) {
    case AST_BoolOp: {
        int end = cc_new_label(c);
        int jump = e->v.boolop.op == AST_AND ? POP_JUMP_IF_FALSE : POP_JUMP_IF_TRUE;
        AstList *vals = &e->v.boolop.values;
        for (int i = 0; i < vals->n - 1; i++) {
            cc_visit_expr(c, vals->items[i]);
            cc_emit(c, COPY, 1);
            cc_emit(c, jump, end);
            cc_emit(c, POP_TOP, 0);
        }
        cc_visit_expr(c, vals->items[vals->n - 1]);
        cc_use_label(c, end);
        break;
    }
    case AST_NamedExpr:
        cc_visit_expr(c, e->v.namedexpr.value);
        cc_emit(c, COPY, 1);
        cc_assign(c, e->v.namedexpr.target);
        break;
    case AST_BinOp: {
        Value k = cc_fold(c, e);
        if (k) {
            cc_load_const(c, val_ref(k));
            break;
        }
        cc_visit_expr(c, e->v.binop.left);
        cc_visit_expr(c, e->v.binop.right);
        c->u->loc = loc;
        cc_emit(c, BINARY_OP, binop_of[e->v.binop.op]);
        break;
    }
    case AST_UnaryOp: {
        Value k = cc_fold(c, e);
        if (k) {
            cc_load_const(c, val_ref(k));
            break;
        }
        cc_visit_expr(c, e->v.unaryop.operand);
        c->u->loc = loc;
        switch (e->v.unaryop.op) {
        case AST_INVERT: cc_emit(c, UNARY_INVERT, 0); break;
        case AST_NOT: cc_emit(c, UNARY_NOT, 0); break;
        case AST_UADD: cc_emit(c, CALL_INTRINSIC_1, INTRINSIC_UNARY_POSITIVE); break;
        case AST_USUB: cc_emit(c, UNARY_NEGATIVE, 0); break;
        }
        break;
    }
    case AST_Lambda: cc_lambda(c, e); break;
    case AST_IfExp: {
        int end = cc_new_label(c), next = cc_new_label(c);
        cc_jump_if(c, e->v.ifexp.test, next, false);
        cc_visit_expr(c, e->v.ifexp.body);
        c->u->loc = NO_LOC;
        cc_emit(c, JUMP, end);
        cc_use_label(c, next);
        cc_visit_expr(c, e->v.ifexp.orelse);
        cc_use_label(c, end);
        break;
    }
    case AST_Dict: visit_dict(c, e); break;
    case AST_Set: starunpack(c, &e->v.seq.elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, false); break;
    case AST_List:
        if (e->v.seq.ctx != AST_LOAD)
            cc_error(c, loc, "cannot assign to list display here");
        starunpack(c, &e->v.seq.elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
        break;
    case AST_Tuple: {
        Value k = cc_fold(c, e);
        if (k) {
            cc_load_const(c, val_ref(k));
            break;
        }
        starunpack(c, &e->v.seq.elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        break;
    }
    case AST_ListComp: case AST_SetComp: case AST_DictComp: case AST_GeneratorExp:
        cc_comprehension(c, e);
        break;
    case AST_Await:
        cc_check_await(c, e);
        cc_visit_expr(c, e->v.unary.value);
        c->u->loc = loc;
        cc_emit(c, GET_AWAITABLE, 0);
        cc_load_const(c, val_ref(VAL_NONE));
        cc_add_yield_from(c, true);
        break;
    case AST_Yield:
        if (!cc_is_function_like(c->u))
            cc_error(c, loc, "'yield' outside function");
        if (e->v.unary.value)
            cc_visit_expr(c, e->v.unary.value);
        else
            cc_load_const(c, val_ref(VAL_NONE));
        c->u->loc = loc;
        if (c->u->ste->coroutine)
            cc_emit(c, CALL_INTRINSIC_1, INTRINSIC_ASYNC_GEN_WRAP);
        cc_emit(c, YIELD_VALUE, 0);
        cc_emit(c, RESUME, 1);
        break;
    case AST_YieldFrom:
        if (!cc_is_function_like(c->u))
            cc_error(c, loc, "'yield' outside function");
        if (c->u->kind == U_ASYNC_FUNCTION)
            cc_error(c, loc, "'yield from' inside async function");
        cc_visit_expr(c, e->v.unary.value);
        c->u->loc = loc;
        cc_emit(c, GET_YIELD_FROM_ITER, 0);
        cc_load_const(c, val_ref(VAL_NONE));
        cc_add_yield_from(c, false);
        break;
    case AST_Compare: {
        int n = e->v.compare.comparators.n;
        cc_visit_expr(c, e->v.compare.left);
        if (n == 1) {
            visit_comparator(c, e->v.compare.ops[0], e->v.compare.comparators.items[0]);
            c->u->loc = loc;
            emit_compare(c, e->v.compare.ops[0]);
            break;
        }
        int cleanup = cc_new_label(c), end = cc_new_label(c);
        for (int i = 0; i < n - 1; i++) {
            visit_comparator(c, e->v.compare.ops[i], e->v.compare.comparators.items[i]);
            c->u->loc = loc;
            cc_emit(c, SWAP, 2);
            cc_emit(c, COPY, 2);
            emit_compare(c, e->v.compare.ops[i]);
            cc_emit(c, COPY, 1);
            cc_emit(c, POP_JUMP_IF_FALSE, cleanup);
            cc_emit(c, POP_TOP, 0);
        }
        visit_comparator(c, e->v.compare.ops[n - 1], e->v.compare.comparators.items[n - 1]);
        c->u->loc = loc;
        emit_compare(c, e->v.compare.ops[n - 1]);
        cc_emit(c, JUMP, end);
        cc_use_label(c, cleanup);
        cc_emit(c, SWAP, 2);
        cc_emit(c, POP_TOP, 0);
        cc_use_label(c, end);
        break;
    }
    case AST_Call: visit_call(c, e); break;
    case AST_FormattedValue: visit_formatted(c, e); break;
    case AST_JoinedStr: visit_joined(c, e); break;
    case AST_TemplateStr: case AST_Interpolation:
        cc_error(c, loc, "template strings are not supported yet");
    case AST_Constant:
        cc_load_const(c, cc_const_value(c, &e->v.constant.value));
        break;
    case AST_Attribute:
        if (e->v.attribute.ctx != AST_LOAD) {
            cc_error(c, loc, "internal error: attribute store in load context");
        }
        cc_visit_expr(c, e->v.attribute.value);
        c->u->loc = loc;
        cc_emit(c, LOAD_ATTR, cc_add_name(c, e->v.attribute.attr) << 1);
        break;
    case AST_Subscript: {
        Value k = cc_fold(c, e);
        if (k) {
            cc_load_const(c, val_ref(k));
            break;
        }
        AstExpr *sl = e->v.subscript.slice;
        cc_visit_expr(c, e->v.subscript.value);
        if (sl->kind == AST_Slice && !sl->v.slice.step) {
            if (sl->v.slice.lower)
                cc_visit_expr(c, sl->v.slice.lower);
            else
                cc_load_const(c, val_ref(VAL_NONE));
            if (sl->v.slice.upper)
                cc_visit_expr(c, sl->v.slice.upper);
            else
                cc_load_const(c, val_ref(VAL_NONE));
            c->u->loc = loc;
            cc_emit(c, BINARY_SLICE, 0);
        } else {
            cc_visit_expr(c, sl);
            c->u->loc = loc;
            cc_emit(c, BINARY_SUBSCR, 0);
        }
        break;
    }
    case AST_Starred:
        cc_error(c, loc, "can't use starred expression here");
    case AST_Name:
        cc_nameop(c, e->v.name.id, AST_LOAD);
        break;
    case AST_Slice: {
        int n = 2;
        if (e->v.slice.lower)
            cc_visit_expr(c, e->v.slice.lower);
        else
            cc_load_const(c, val_ref(VAL_NONE));
        if (e->v.slice.upper)
            cc_visit_expr(c, e->v.slice.upper);
        else
            cc_load_const(c, val_ref(VAL_NONE));
        if (e->v.slice.step) {
            cc_visit_expr(c, e->v.slice.step);
            n = 3;
        }
        c->u->loc = loc;
        cc_emit(c, BUILD_SLICE, n);
        break;
    }
    }
    c->u->loc = saved;
}
