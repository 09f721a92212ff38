/* The evaluation loop: one C function runs Python frames, dispatching with
 * computed goto. Python-to-Python calls push a frame on the thread's data
 * stack and continue in the same loop; returns pop it. Exceptions unwind
 * through the code object's exception table; a frame without a handler is
 * popped and the exception continues in its caller. */
#include <string.h>

#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/floatobj.h"
#include "objects/intobj.h"
#include "objects/listobj.h"
#include "objects/setobj.h"
#include "objects/sliceobj.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "runtime/mem.h"
#include "runtime/tstate.h"
#include "vm/vm_internal.h"

#if defined(__GNUC__) || defined(__clang__)
#define USE_COMPUTED_GOTO 1
#else
#define USE_COMPUTED_GOTO 0
#endif

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

/* ---- Frames ------------------------------------------------------------------------- */

/* Drops the fast slots and the value stack of f. */
static void frame_clear_slots(Frame *f, Value *sp)
{
    Value *base = frame_stack_base(f);
    while (sp > base) {
        Value v = *--sp;
        val_xdecref(v);
    }
    for (int i = 0; i < f->code->nlocalsplus; i++) {
        Value v = f->localsplus[i];
        f->localsplus[i] = VAL_NULL;
        val_xdecref(v);
    }
    f->sp = base;
}

void frame_clear(Frame *f)
{
    if (f->frame_obj)
        frame_detach_object(f);
    frame_clear_slots(f, f->sp);
    if (f->owner == FRAME_GENERATOR)
        return; /* the generator keeps code and function for gi_code */
    val_xdecref(f->locals);
    f->locals = VAL_NULL;
    val_xdecref(f->func);
    f->func = VAL_NULL;
    obj_decref(&f->code->base);
}

/* Leaves frame f (returned or raised out of): unlinks and frees it. */
static void frame_exit(VmThread *t, Frame *f, Value *sp)
{
    f->sp = sp;
    t->frame = f->prev;
    if (f->owner == FRAME_GENERATOR) {
        frame_clear(f);
        t->depth--;
        return;
    }
    frame_clear(f);
    vm_pop_frame(t, f);
}

/* A frame for calling fn with the arguments (borrowed). */
static Frame *push_py_frame(VmThread *t, FuncObj *fn, const Value *args, size_t nargs, Object *kwnames,
                            bool *moved)
{
    CodeObj *co = val_as_code(fn->code);
    Frame *nf = vm_push_frame(t, co);
    if (!nf)
        return NULL;
    obj_incref(&co->base);
    nf->code = co;
    nf->func = val_ref(val_from_obj(&fn->base));
    nf->globals = fn->globals;
    nf->builtins = fn->builtins;
    nf->locals = VAL_NULL;
    nf->ip = co->code;
    nf->sp = frame_stack_base(nf);
    nf->frame_obj = NULL;
    nf->owner = FRAME_THREAD;
    nf->entry = 0;
    if (LIKELY(!kwnames && nargs == (size_t)co->argcount &&
               !(co->flags & (CO_VARARGS | CO_VARKEYWORDS)) && co->kwonlyargcount == 0)) {
        if (moved) {
            /* the caller's references move into the frame */
            memcpy(nf->localsplus, args, nargs * sizeof(Value));
            *moved = true;
        } else {
            for (size_t i = 0; i < nargs; i++)
                nf->localsplus[i] = val_ref(args[i]);
        }
        return nf;
    }
    if (vm_bind_args(fn, nf->localsplus, args, nargs, kwnames) < 0) {
        frame_clear(nf);
        vm_pop_frame(t, nf);
        return NULL;
    }
    return nf;
}

Value func_vectorcall(Value callable, const Value *args, size_t nargs, Object *kwnames)
{
    FuncObj *fn = (FuncObj *)val_as_obj(callable);
    CodeObj *co = val_as_code(fn->code);
    VmThread *t = vm_thread();
    if (co->flags & CO_GENLIKE) {
        Frame *gf;
        Value gen = gen_new_for_frame(fn, &gf);
        if (!gen)
            return VAL_NULL;
        if (vm_bind_args(fn, gf->localsplus, args, nargs, kwnames) < 0) {
            val_decref(gen);
            return VAL_NULL;
        }
        return gen;
    }
    Frame *f = push_py_frame(t, fn, args, nargs, kwnames, NULL);
    if (!f)
        return VAL_NULL;
    f->entry = 1;
    f->prev = t->frame;
    t->frame = f;
    return vm_eval_frame(t, f, false);
}

/* ---- Exceptions ---------------------------------------------------------------------- */

void vm_chain_context(VmThread *t, Value exc)
{
    Value handled = VAL_NULL;
    for (ExcStackItem *e = t->exc_info; e; e = e->prev)
        if (e->exc && e->exc != VAL_NONE) {
            handled = e->exc;
            break;
        }
    if (!handled || handled == exc || !val_is_obj(exc))
        return;
    /* Avoid a cycle: cut exc out of handled's context chain. */
    Value o = handled;
    int hops = 0;
    while (hops++ < 1000) {
        Value ctx = ((ExcObj *)val_as_obj(o))->context;
        if (!ctx)
            break;
        if (ctx == exc) {
            exc_set_context(o, VAL_NULL);
            break;
        }
        o = ctx;
    }
    exc_set_context(exc, val_ref(handled));
}

static bool exc_is_stop_iteration(Value exc)
{
    return val_isinstance_type(exc, &Exc_StopIteration);
}

/* ---- The loop -------------------------------------------------------------------------- */

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(n)])

#define NAME(i) ((Object *)val_as_obj(tuple_get(val_as_obj(co->names), (i))))
#define CONST(i) (tuple_get(val_as_obj(co->consts), (i)))

#define LOAD_FRAME()                                                           \
    do {                                                                       \
        co = f->code;                                                          \
        ip = f->ip;                                                            \
        sp = f->sp;                                                            \
        lp = f->localsplus;                                                    \
    } while (0)

#define SAVE_SP() (f->sp = sp)

#if USE_COMPUTED_GOTO
#define TARGET(op) TARGET_##op:
#define DISPATCH()                                                             \
    do {                                                                       \
        word = *ip++;                                                          \
        f->ip = ip;                                                            \
        oparg = CU_ARG(word);                                                  \
        goto *targets[CU_OP(word)];                                            \
    } while (0)
#else
#define TARGET(op) case op:
#define DISPATCH() goto dispatch
#endif

#define SKIP_CACHE(op) (ip += op_cache[op])
#define JUMP_BY(n) (ip += (n))

#define BREAKER_CHECK()                                                        \
    do {                                                                       \
        ThreadState *ts_ = ts_current;                                         \
        if (UNLIKELY(ts_ && ts_breaker_pending(ts_))) {                        \
            SAVE_SP();                                                         \
            ts_safe_point(ts_);                                                \
        }                                                                      \
    } while (0)

Value vm_eval_frame(VmThread *t, Frame *f, bool throwing)
{
#if USE_COMPUTED_GOTO
    static void *targets[256] = {
#define OP_TARGET(name, se, cache, flags) [name] = &&TARGET_##name,
        OPCODES(OP_TARGET)
#undef OP_TARGET
    };
    static bool targets_filled;
    if (UNLIKELY(!targets_filled)) {
        for (int i = 0; i < 256; i++)
            if (!targets[i] || i >= OPCODE_COUNT || (op_flags[i] & OPF_PSEUDO))
                targets[i] = &&unknown_opcode;
        targets_filled = true;
    }
#endif
    CodeObj *co;
    const CodeUnit *ip;
    Value *sp, *lp;
    CodeUnit word;
    int oparg;
    Value exc = VAL_NULL;
    bool add_tb = true;

    if (obj_enter_recursive(" while calling a Python object") < 0) {
        /* unlink the entry frame again; a generator's frame ends here */
        t->frame = f->prev;
        frame_clear(f);
        if (f->owner == FRAME_GENERATOR)
            t->depth--;
        else
            vm_pop_frame(t, f);
        return VAL_NULL;
    }
    LOAD_FRAME();
    if (throwing) {
        add_tb = true;
        goto error;
    }
    DISPATCH();

#if !USE_COMPUTED_GOTO
dispatch:
    word = *ip++;
    f->ip = ip;
    oparg = CU_ARG(word);
dispatch_op:
    switch (CU_OP(word)) {
#endif

    TARGET(NOP) { DISPATCH(); }
    TARGET(CACHE) { DISPATCH(); }
    TARGET(RESUME) { DISPATCH(); }

    TARGET(EXTENDED_ARG) {
        word = *ip++;
        f->ip = ip;
        oparg = (oparg << 8) | CU_ARG(word);
#if USE_COMPUTED_GOTO
        goto *targets[CU_OP(word)];
#else
        goto dispatch_op;
#endif
    }

    TARGET(POP_TOP) {
        Value v = POP();
        val_xdecref(v);
        DISPATCH();
    }
    TARGET(PUSH_NULL) {
        PUSH(VAL_NULL);
        DISPATCH();
    }
    TARGET(COPY) {
        Value v = PEEK(oparg);
        if (v)
            val_incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(SWAP) {
        Value v = TOP();
        TOP() = PEEK(oparg);
        PEEK(oparg) = v;
        DISPATCH();
    }
    TARGET(END_SEND) {
        Value v = POP();
        Value recv = POP();
        val_decref(recv);
        PUSH(v);
        DISPATCH();
    }

    TARGET(UNARY_NEGATIVE) {
        Value v = TOP();
        Value r;
        if (val_is_int(v) && val_as_int(v) != VAL_INT_MIN)
            r = val_from_int(-val_as_int(v));
        else {
            r = obj_neg(v);
            if (!r)
                goto error;
            val_decref(v);
        }
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        Value v = TOP();
        int r;
        if (v == VAL_TRUE)
            r = 1;
        else if (v == VAL_FALSE || v == VAL_NONE)
            r = 0;
        else {
            r = obj_is_true(v);
            if (r < 0)
                goto error;
            val_decref(v);
        }
        TOP() = val_bool(!r);
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        Value v = TOP();
        Value r;
        if (val_is_int(v))
            r = val_from_int(~val_as_int(v));
        else {
            r = obj_invert(v);
            if (!r)
                goto error;
            val_decref(v);
        }
        TOP() = r;
        DISPATCH();
    }
    TARGET(TO_BOOL) {
        Value v = TOP();
        int r = obj_is_true(v);
        if (r < 0)
            goto error;
        val_decref(v);
        TOP() = val_bool(r);
        SKIP_CACHE(TO_BOOL);
        DISPATCH();
    }

    TARGET(BINARY_OP) {
        Value b = POP();
        Value a = TOP();
        Value r = VAL_NULL;
        int bop = oparg >= BINOP_INPLACE ? oparg - BINOP_INPLACE : oparg;
        if (val_is_int(a) && val_is_int(b)) {
            int64_t x = val_as_int(a), y = val_as_int(b), z;
            switch (bop) {
            case OP_ADD: z = x + y; if (val_fits_int(z)) r = val_from_int(z); break;
            case OP_SUB: z = x - y; if (val_fits_int(z)) r = val_from_int(z); break;
            case OP_MUL:
                if (!__builtin_mul_overflow(x, y, &z) && val_fits_int(z))
                    r = val_from_int(z);
                break;
            case OP_AND: r = val_from_int(x & y); break;
            case OP_OR: r = val_from_int(x | y); break;
            case OP_XOR: r = val_from_int(x ^ y); break;
            case OP_FLOORDIV:
                if (y != 0) {
                    z = x / y;
                    if ((x % y != 0) && ((x < 0) != (y < 0)))
                        z--;
                    if (val_fits_int(z))
                        r = val_from_int(z);
                }
                break;
            case OP_MOD:
                if (y != 0) {
                    z = x % y;
                    if (z != 0 && ((z < 0) != (y < 0)))
                        z += y;
                    r = val_from_int(z);
                }
                break;
            case OP_LSHIFT:
                if (y >= 0 && y < 62) {
                    z = (int64_t)((uint64_t)x << y);
                    if ((z >> y) == x && val_fits_int(z))
                        r = val_from_int(z);
                }
                break;
            case OP_RSHIFT:
                if (y >= 0)
                    r = val_from_int(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
                break;
            default: break;
            }
            if (r) {
                TOP() = r;
                SKIP_CACHE(BINARY_OP);
                DISPATCH();
            }
        } else if (val_is_obj(a) && val_is_obj(b) && val_as_obj(a)->type == &Float_Type &&
                   val_as_obj(b)->type == &Float_Type) {
            double x = float_value(a), y = float_value(b);
            switch (bop) {
            case OP_ADD: r = float_new(x + y); break;
            case OP_SUB: r = float_new(x - y); break;
            case OP_MUL: r = float_new(x * y); break;
            case OP_TRUEDIV: if (y != 0.0) r = float_new(x / y); break;
            default: break;
            }
            if (r) {
                val_decref(a);
                val_decref(b);
                TOP() = r;
                SKIP_CACHE(BINARY_OP);
                DISPATCH();
            }
        }
        if (oparg >= BINOP_INPLACE)
            r = obj_inplace(a, b, (BinOp)bop);
        else
            r = obj_binop(a, b, (BinOp)bop);
        val_decref(b);
        if (!r)
            goto error;
        val_decref(a);
        TOP() = r;
        SKIP_CACHE(BINARY_OP);
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
        Value key = POP();
        Value cont = TOP();
        Value r = VAL_NULL;
        if (val_is_int(key) && val_is_obj(cont)) {
            Type *ct = val_as_obj(cont)->type;
            int64_t i = val_as_int(key);
            if (ct == &List_Type) {
                ssize_t n = list_size(val_as_obj(cont));
                if (i < 0)
                    i += n;
                if (i >= 0 && i < n)
                    r = list_get(val_as_obj(cont), (ssize_t)i);
            } else if (ct == &Tuple_Type) {
                ssize_t n = tuple_size(val_as_obj(cont));
                if (i < 0)
                    i += n;
                if (i >= 0 && i < n)
                    r = val_ref(tuple_get(val_as_obj(cont), (ssize_t)i));
            }
        }
        if (!r) {
            if (err_occurred())
                err_clear();
            r = obj_getitem(cont, key);
        }
        val_decref(key);
        if (!r)
            goto error;
        val_decref(cont);
        TOP() = r;
        SKIP_CACHE(BINARY_SUBSCR);
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        Value key = POP();
        Value cont = POP();
        Value v = POP();
        int r = obj_setitem(cont, key, v);
        val_decref(key);
        val_decref(cont);
        val_decref(v);
        if (r < 0)
            goto error;
        SKIP_CACHE(STORE_SUBSCR);
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        Value key = POP();
        Value cont = POP();
        int r = obj_delitem(cont, key);
        val_decref(key);
        val_decref(cont);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(BINARY_SLICE) {
        Value stop = POP();
        Value start = POP();
        Value cont = TOP();
        Value slice = slice_new(start, stop, VAL_NULL);
        val_decref(start);
        val_decref(stop);
        if (!slice)
            goto error;
        Value r = obj_getitem(cont, slice);
        val_decref(slice);
        if (!r)
            goto error;
        val_decref(cont);
        TOP() = r;
        DISPATCH();
    }
    TARGET(STORE_SLICE) {
        Value stop = POP();
        Value start = POP();
        Value cont = POP();
        Value v = POP();
        Value slice = slice_new(start, stop, VAL_NULL);
        int r = slice ? obj_setitem(cont, slice, v) : -1;
        val_xdecref(slice);
        val_decref(start);
        val_decref(stop);
        val_decref(cont);
        val_decref(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(COMPARE_OP) {
        Value b = TOP();
        Value a = PEEK(2);
        int res = -1;
        if (val_is_int(a) && val_is_int(b)) {
            int64_t x = val_as_int(a), y = val_as_int(b);
            switch (oparg) {
            case CMP_LT: res = x < y; break;
            case CMP_LE: res = x <= y; break;
            case CMP_EQ: res = x == y; break;
            case CMP_NE: res = x != y; break;
            case CMP_GT: res = x > y; break;
            default: res = x >= y; break;
            }
        } else if (val_is_obj(a) && val_is_obj(b) && val_as_obj(a)->type == &Float_Type &&
                   val_as_obj(b)->type == &Float_Type) {
            double x = float_value(a), y = float_value(b);
            switch (oparg) {
            case CMP_LT: res = x < y; break;
            case CMP_LE: res = x <= y; break;
            case CMP_EQ: res = x == y; break;
            case CMP_NE: res = x != y; break;
            case CMP_GT: res = x > y; break;
            default: res = x >= y; break;
            }
            val_decref(a);
            val_decref(b);
        }
        if (res >= 0) {
            sp -= 2;
            SKIP_CACHE(COMPARE_OP);
            /* compare + branch: take the jump here */
            CodeUnit next = *ip;
            if (CU_OP(next) == POP_JUMP_IF_FALSE) {
                ip++;
                f->ip = ip;
                if (!res)
                    JUMP_BY(CU_ARG(next));
                DISPATCH();
            }
            if (CU_OP(next) == POP_JUMP_IF_TRUE) {
                ip++;
                f->ip = ip;
                if (res)
                    JUMP_BY(CU_ARG(next));
                DISPATCH();
            }
            PUSH(val_bool(res));
            DISPATCH();
        }
        Value r = obj_richcompare(a, b, oparg);
        if (!r)
            goto error;
        val_decref(a);
        val_decref(b);
        sp -= 2;
        PUSH(r);
        SKIP_CACHE(COMPARE_OP);
        DISPATCH();
    }
    TARGET(IS_OP) {
        Value b = POP();
        Value a = POP();
        bool r = (a == b) ^ (oparg != 0);
        val_decref(a);
        val_decref(b);
        PUSH(val_bool(r));
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        Value cont = POP();
        Value item = POP();
        int r = obj_contains(cont, item);
        val_decref(cont);
        val_decref(item);
        if (r < 0)
            goto error;
        PUSH(val_bool(r ^ oparg));
        SKIP_CACHE(CONTAINS_OP);
        DISPATCH();
    }

    TARGET(GET_ITER) {
        Value v = TOP();
        Value it = obj_iter(v);
        if (!it)
            goto error;
        val_decref(v);
        TOP() = it;
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        Value it = TOP();
        Type *itt = val_type(it);
        Value next = itt->iternext ? itt->iternext(it) : obj_next(it);
        if (LIKELY(next != VAL_NULL)) {
            PUSH(next);
            SKIP_CACHE(FOR_ITER);
            DISPATCH();
        }
        if (UNLIKELY(err_occurred())) {
            if (!err_matches(&Exc_StopIteration))
                goto error;
            err_clear();
        }
        (void)POP();
        val_decref(it);
        SKIP_CACHE(FOR_ITER);
        JUMP_BY(oparg);
        DISPATCH();
    }

    TARGET(RETURN_CONST) {
        PUSH(val_ref(CONST(oparg)));
        goto do_return;
    }
    TARGET(RETURN_VALUE) {
    do_return:;
        Value retval = POP();
        if (f->entry) {
            frame_exit(t, f, sp);
            obj_leave_recursive();
            return retval;
        }
        Frame *caller = f->prev;
        frame_exit(t, f, sp);
        f = caller;
        LOAD_FRAME();
        PUSH(retval);
        DISPATCH();
    }

    TARGET(LOAD_CONST) {
        Value v = CONST(oparg);
        val_incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_FAST)
    TARGET(LOAD_FAST_CHECK) {
        Value v = lp[oparg];
        if (UNLIKELY(!v)) {
            op_unbound_local(co, oparg);
            goto error;
        }
        val_incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_FAST_LOAD_FAST) {
        Value v1 = lp[oparg >> 4], v2 = lp[oparg & 15];
        if (UNLIKELY(!v1 || !v2)) {
            op_unbound_local(co, !v1 ? oparg >> 4 : oparg & 15);
            goto error;
        }
        val_incref(v1);
        val_incref(v2);
        PUSH(v1);
        PUSH(v2);
        DISPATCH();
    }
    TARGET(LOAD_FAST_AND_CLEAR) {
        PUSH(lp[oparg]);
        lp[oparg] = VAL_NULL;
        DISPATCH();
    }
    TARGET(STORE_FAST) {
        Value old = lp[oparg];
        lp[oparg] = POP();
        val_xdecref(old);
        DISPATCH();
    }
    TARGET(DELETE_FAST) {
        Value old = lp[oparg];
        if (!old) {
            op_unbound_local(co, oparg);
            goto error;
        }
        lp[oparg] = VAL_NULL;
        val_decref(old);
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
        Object *name = NAME(oparg >> 1);
        Value v;
        int r = dict_get_str(f->globals, name, &v);
        if (r == 0)
            r = dict_get_str(f->builtins, name, &v);
        if (r <= 0) {
            if (r == 0)
                op_name_error(name);
            goto error;
        }
        PUSH(v);
        if (oparg & 1)
            PUSH(VAL_NULL);
        SKIP_CACHE(LOAD_GLOBAL);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        Value v = POP();
        int r = dict_set_str(f->globals, NAME(oparg), v);
        val_decref(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        int r = dict_del_str(f->globals, NAME(oparg));
        if (r <= 0) {
            if (r == 0)
                op_name_error(NAME(oparg));
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        Value v = op_load_name(f, NAME(oparg));
        if (!v)
            goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        Value v = POP();
        int r;
        if (!f->locals) {
            err_set(&Exc_SystemError, "no locals found when storing %R", val_from_obj(NAME(oparg)));
            r = -1;
        } else if (val_type(f->locals) == &Dict_Type) {
            r = dict_set_str(val_as_obj(f->locals), NAME(oparg), v);
        } else {
            r = obj_setitem(f->locals, val_from_obj(NAME(oparg)), v);
        }
        val_decref(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        int r;
        if (!f->locals) {
            err_set(&Exc_SystemError, "no locals when deleting %R", val_from_obj(NAME(oparg)));
            goto error;
        }
        if (val_type(f->locals) == &Dict_Type) {
            r = dict_del_str(val_as_obj(f->locals), NAME(oparg));
        } else {
            r = obj_delitem(f->locals, val_from_obj(NAME(oparg)));
            if (r < 0 && err_matches(&Exc_KeyError)) {
                err_clear();
                r = 0;
            } else if (r == 0) {
                r = 1;
            }
        }
        if (r <= 0) {
            if (r == 0)
                op_name_error(NAME(oparg));
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_LOCALS) {
        if (!f->locals) {
            err_set(&Exc_SystemError, "no locals found");
            goto error;
        }
        PUSH(val_ref(f->locals));
        DISPATCH();
    }
    TARGET(LOAD_FROM_DICT_OR_GLOBALS) {
        Value mapping = POP();
        Object *name = NAME(oparg);
        Value v = VAL_NULL;
        int r;
        if (val_type(mapping) == &Dict_Type) {
            r = dict_get_str(val_as_obj(mapping), name, &v);
        } else {
            v = obj_getitem(mapping, val_from_obj(name));
            r = v ? 1 : 0;
            if (!v) {
                if (!err_matches(&Exc_KeyError))
                    r = -1;
                else
                    err_clear();
            }
        }
        val_decref(mapping);
        if (r < 0)
            goto error;
        if (r == 0) {
            v = op_load_global(f, name);
            if (!v)
                goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        Value v = cell_get((CellObj *)val_as_obj(lp[oparg]));
        if (!v) {
            op_unbound_deref(co, oparg);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        cell_store((CellObj *)val_as_obj(lp[oparg]), POP());
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        CellObj *cell = (CellObj *)val_as_obj(lp[oparg]);
        Value old = cell_get(cell);
        if (!old) {
            op_unbound_deref(co, oparg);
            goto error;
        }
        val_decref(old);
        cell_store(cell, VAL_NULL);
        DISPATCH();
    }
    TARGET(LOAD_FROM_DICT_OR_DEREF) {
        Value mapping = POP();
        Object *name = (Object *)val_as_obj(tuple_get(val_as_obj(co->localsplusnames), oparg));
        Value v = VAL_NULL;
        int r;
        if (val_type(mapping) == &Dict_Type) {
            r = dict_get_str(val_as_obj(mapping), name, &v);
        } else {
            v = obj_getitem(mapping, val_from_obj(name));
            r = v ? 1 : 0;
            if (!v) {
                if (!err_matches(&Exc_KeyError))
                    r = -1;
                else
                    err_clear();
            }
        }
        val_decref(mapping);
        if (r < 0)
            goto error;
        if (r == 0) {
            v = cell_get((CellObj *)val_as_obj(lp[oparg]));
            if (!v) {
                op_unbound_deref(co, oparg);
                goto error;
            }
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(MAKE_CELL) {
        Value init = lp[oparg];
        Value cell = cell_new(init);
        if (!cell)
            goto error;
        lp[oparg] = cell;
        val_xdecref(init);
        DISPATCH();
    }
    TARGET(COPY_FREE_VARS) {
        FuncObj *fn = (FuncObj *)val_as_obj(f->func);
        Object *closure = val_as_obj(fn->closure);
        int start = co->nlocalsplus - oparg;
        for (int i = 0; i < oparg; i++)
            lp[start + i] = val_ref(tuple_get(closure, i));
        DISPATCH();
    }

    TARGET(LOAD_ATTR) {
        Value owner = TOP();
        Object *name = NAME(oparg >> 1);
        if (oparg & 1) {
            Value meth;
            int r = obj_get_method(owner, name, &meth);
            if (r < 0)
                goto error;
            if (r == 1) {
                TOP() = meth;
                PUSH(owner);
            } else {
                val_decref(owner);
                TOP() = meth;
                PUSH(VAL_NULL);
            }
        } else {
            Value v = obj_getattr(owner, name);
            if (!v)
                goto error;
            val_decref(owner);
            TOP() = v;
        }
        SKIP_CACHE(LOAD_ATTR);
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        Value owner = POP();
        Value v = POP();
        int r = obj_setattr(owner, NAME(oparg), v);
        val_decref(owner);
        val_decref(v);
        if (r < 0)
            goto error;
        SKIP_CACHE(STORE_ATTR);
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        Value owner = POP();
        int r = obj_setattr(owner, NAME(oparg), VAL_NULL);
        val_decref(owner);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
        Object *tup = tuple_new(oparg);
        if (!tup)
            goto error;
        sp -= oparg;
        for (int i = 0; i < oparg; i++)
            tuple_items(tup)[i] = sp[i];
        PUSH(val_from_obj(tup));
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        Object *l = list_new(oparg);
        if (!l)
            goto error;
        sp -= oparg;
        for (int i = 0; i < oparg; i++)
            list_init_item(l, i, sp[i]);
        PUSH(val_from_obj(l));
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        Value s = set_new(VAL_NULL);
        if (!s)
            goto error;
        int err = 0;
        for (int i = oparg; i > 0; i--) {
            if (!err && set_add(val_as_obj(s), PEEK(i)) < 0)
                err = 1;
        }
        for (int i = 0; i < oparg; i++)
            val_decref(POP());
        if (err) {
            val_decref(s);
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        Object *d = dict_new();
        if (!d)
            goto error;
        int err = 0;
        for (int i = oparg; i > 0 && !err; i--)
            if (dict_set(d, PEEK(2 * i), PEEK(2 * i - 1)) < 0)
                err = 1;
        for (int i = 0; i < 2 * oparg; i++)
            val_decref(POP());
        if (err) {
            obj_decref(d);
            goto error;
        }
        PUSH(val_from_obj(d));
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        Value s = op_build_string(sp - oparg, oparg);
        for (int i = 0; i < oparg; i++)
            val_decref(POP());
        if (!s)
            goto error;
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        Value step = oparg == 3 ? POP() : VAL_NULL;
        Value stop = POP();
        Value start = POP();
        Value s = slice_new(start, stop, step);
        val_decref(start);
        val_decref(stop);
        val_xdecref(step);
        if (!s)
            goto error;
        PUSH(s);
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        Value v = POP();
        int r = list_append(val_as_obj(PEEK(oparg)), v);
        val_decref(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(SET_ADD) {
        Value v = POP();
        int r = set_add(val_as_obj(PEEK(oparg)), v);
        val_decref(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        Value v = POP();
        Value k = POP();
        int r = dict_set(val_as_obj(PEEK(oparg)), k, v);
        val_decref(k);
        val_decref(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        Value it = POP();
        int r = list_extend(val_as_obj(PEEK(oparg)), it);
        if (r < 0 && err_matches(&Exc_TypeError) && !val_type(it)->iter && !val_type(it)->getitem) {
            err_clear();
            err_set(&Exc_TypeError, "Value after * must be an iterable, not %T", it);
        }
        val_decref(it);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        Value it = POP();
        int r = set_update(val_as_obj(PEEK(oparg)), it);
        val_decref(it);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        Value m = POP();
        int r = dict_update(val_as_obj(PEEK(oparg)), m);
        if (r < 0 && err_matches(&Exc_AttributeError)) {
            err_clear();
            err_set(&Exc_TypeError, "'%s' object is not a mapping", type_name(val_type(m)));
        }
        val_decref(m);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        Value m = POP();
        /* [func, NULL, args, dict] below: func names the call in messages */
        int r = op_dict_merge(PEEK(oparg + 3), PEEK(oparg), m);
        val_decref(m);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        Value seq = POP();
        if (val_is_obj(seq) && val_as_obj(seq)->type == &Tuple_Type &&
            tuple_size(val_as_obj(seq)) == oparg) {
            Object *tup = val_as_obj(seq);
            for (int i = oparg - 1; i >= 0; i--)
                PUSH(val_ref(tuple_get(tup, i)));
            val_decref(seq);
            SKIP_CACHE(UNPACK_SEQUENCE);
            DISPATCH();
        }
        Value tmp[16];
        Value *items = oparg <= 16 ? tmp : mem_alloc((size_t)oparg * sizeof(Value));
        if (!items) {
            val_decref(seq);
            err_no_memory();
            goto error;
        }
        int r = op_unpack_sequence(seq, oparg, items);
        val_decref(seq);
        if (r < 0) {
            if (items != tmp)
                mem_free(items);
            goto error;
        }
        for (int i = oparg - 1; i >= 0; i--)
            PUSH(items[i]);
        if (items != tmp)
            mem_free(items);
        SKIP_CACHE(UNPACK_SEQUENCE);
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        Value seq = POP();
        int before = oparg & 0xff, after = oparg >> 8;
        int total = before + 1 + after;
        Value *items = mem_alloc((size_t)total * sizeof(Value));
        if (!items) {
            val_decref(seq);
            err_no_memory();
            goto error;
        }
        int r = op_unpack_ex(seq, before, after, items);
        val_decref(seq);
        if (r < 0) {
            mem_free(items);
            goto error;
        }
        for (int i = total - 1; i >= 0; i--)
            PUSH(items[i]);
        mem_free(items);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE) {
        Value v = POP();
        int r;
        if (v == VAL_FALSE || v == VAL_NONE)
            r = 0;
        else if (v == VAL_TRUE)
            r = 1;
        else if (val_is_int(v))
            r = val_as_int(v) != 0;
        else {
            r = obj_is_true(v);
            val_decref(v);
            if (r < 0)
                goto error;
        }
        if (!r)
            JUMP_BY(oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        Value v = POP();
        int r;
        if (v == VAL_FALSE || v == VAL_NONE)
            r = 0;
        else if (v == VAL_TRUE)
            r = 1;
        else if (val_is_int(v))
            r = val_as_int(v) != 0;
        else {
            r = obj_is_true(v);
            val_decref(v);
            if (r < 0)
                goto error;
        }
        if (r)
            JUMP_BY(oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NONE) {
        Value v = POP();
        if (v == VAL_NONE)
            JUMP_BY(oparg);
        else
            val_decref(v);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NOT_NONE) {
        Value v = POP();
        if (v != VAL_NONE) {
            val_decref(v);
            JUMP_BY(oparg);
        }
        DISPATCH();
    }
    TARGET(JUMP_FORWARD) {
        JUMP_BY(oparg);
        DISPATCH();
    }
    TARGET(JUMP_BACKWARD) {
        ip -= oparg;
        f->ip = ip;
        BREAKER_CHECK();
        DISPATCH();
    }
    TARGET(JUMP_BACKWARD_NO_INTERRUPT) {
        ip -= oparg;
        DISPATCH();
    }

    TARGET(CALL) {
        int total = oparg;
        Value *args = sp - oparg;
        Value callable = args[-2];
        Value self = args[-1];
        if (self) {
            args--;
            total++;
        }
        if (val_is_obj(callable) && val_as_obj(callable)->type == &Function_Type &&
            !(val_as_code(((FuncObj *)val_as_obj(callable))->code)->flags & CO_GENLIKE)) {
            FuncObj *fn = (FuncObj *)val_as_obj(callable);
            f->ip = ip + op_cache[CALL];
            bool moved = false;
            Frame *nf = push_py_frame(t, fn, args, (size_t)total, NULL, &moved);
            if (!nf)
                goto error;
            if (!moved)
                for (int i = 0; i < total; i++)
                    val_decref(args[i]);
            val_decref(callable);
            sp = args - (self ? 1 : 2);
            f->sp = sp;
            nf->prev = f;
            t->frame = nf;
            f = nf;
            LOAD_FRAME();
            BREAKER_CHECK();
            DISPATCH();
        }
        Value r = obj_call(callable, args, (size_t)total, NULL);
        for (int i = 0; i < total; i++)
            val_decref(args[i]);
        val_decref(callable);
        sp = args - (self ? 1 : 2);
        if (!r)
            goto error;
        PUSH(r);
        SKIP_CACHE(CALL);
        DISPATCH();
    }
    TARGET(CALL_KW) {
        Value kwnames = POP();
        int nkw = (int)tuple_size(val_as_obj(kwnames));
        int total = oparg;
        Value *args = sp - oparg;
        Value callable = args[-2];
        Value self = args[-1];
        if (self) {
            args--;
            total++;
        }
        size_t npos = (size_t)(total - nkw);
        Value r;
        if (val_is_obj(callable) && val_as_obj(callable)->type == &Function_Type &&
            !(val_as_code(((FuncObj *)val_as_obj(callable))->code)->flags & CO_GENLIKE)) {
            FuncObj *fn = (FuncObj *)val_as_obj(callable);
            f->ip = ip + op_cache[CALL_KW];
            Frame *nf = push_py_frame(t, fn, args, npos, val_as_obj(kwnames), NULL);
            for (int i = 0; i < total; i++)
                val_decref(args[i]);
            val_decref(callable);
            val_decref(kwnames);
            sp = args - (self ? 1 : 2);
            if (!nf)
                goto error;
            f->sp = sp;
            nf->prev = f;
            t->frame = nf;
            f = nf;
            LOAD_FRAME();
            BREAKER_CHECK();
            DISPATCH();
        }
        r = obj_call(callable, args, npos, val_as_obj(kwnames));
        for (int i = 0; i < total; i++)
            val_decref(args[i]);
        val_decref(callable);
        val_decref(kwnames);
        sp = args - (self ? 1 : 2);
        if (!r)
            goto error;
        PUSH(r);
        SKIP_CACHE(CALL_KW);
        DISPATCH();
    }
    TARGET(CALL_FUNCTION_EX) {
        Value kwargs = oparg & 1 ? POP() : VAL_NULL;
        Value args = POP();
        Value null = POP();
        Value func = POP();
        val_xdecref(null);
        Value r = op_call_ex(func, args, kwargs);
        val_decref(func);
        val_decref(args);
        val_xdecref(kwargs);
        if (!r)
            goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(CALL_INTRINSIC_1) {
        Value v = TOP();
        Value r = op_intrinsic1(f, oparg, v);
        if (!r)
            goto error;
        val_decref(v);
        TOP() = r;
        DISPATCH();
    }
    TARGET(CALL_INTRINSIC_2) {
        Value b = POP();
        Value a = TOP();
        Value r = op_intrinsic2(f, oparg, a, b);
        val_decref(b);
        if (!r)
            goto error;
        val_decref(a);
        TOP() = r;
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        Value code = TOP();
        Value fn = func_new(code, f->globals, f->builtins);
        if (!fn)
            goto error;
        val_decref(code);
        TOP() = fn;
        DISPATCH();
    }
    TARGET(SET_FUNCTION_ATTRIBUTE) {
        Value fnv = POP();
        Value attr = POP();
        FuncObj *fn = (FuncObj *)val_as_obj(fnv);
        switch (oparg) {
        case FN_DEFAULTS: val_replace(&fn->defaults, attr); break;
        case FN_KWDEFAULTS: val_replace(&fn->kwdefaults, attr); break;
        case FN_ANNOTATIONS: val_replace(&fn->annotations, attr); break;
        case FN_CLOSURE: val_replace(&fn->closure, attr); break;
        case FN_ANNOTATE: val_replace(&fn->annotate, attr); break;
        default: val_decref(attr); break;
        }
        PUSH(fnv);
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        Value v;
        int r = dict_get_cstr(f->builtins, "__build_class__", &v);
        if (r <= 0) {
            if (r == 0)
                err_set(&Exc_NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(RAISE_VARARGS) {
        Value cause = VAL_NULL, e = VAL_NULL;
        if (oparg == 2)
            cause = POP();
        if (oparg >= 1)
            e = POP();
        if (oparg == 0) {
            Value h = vm_handled_exception();
            if (!h) {
                err_set(&Exc_RuntimeError, "No active exception to reraise");
                goto error;
            }
            exc = val_ref(h);
            goto exception_unwind;
        }
        op_raise(e, cause);
        val_decref(e);
        val_xdecref(cause);
        if (err_occurred()) {
            Value raised = err_fetch();
            vm_chain_context(t, raised);
            err_restore(raised);
        }
        goto error;
    }
    TARGET(RERAISE) {
        Value e = POP();
        if (oparg) {
            Value lasti = PEEK(oparg);
            if (val_is_int(lasti)) {
                ip = co->code + val_as_int(lasti) + 1;
                f->ip = ip;
            }
        }
        exc = e;
        goto exception_unwind;
    }
    TARGET(PUSH_EXC_INFO) {
        Value e = POP();
        ExcStackItem *ei = t->exc_info;
        Value prev = ei->exc ? ei->exc : val_ref(VAL_NONE);
        ei->exc = val_ref(e);
        PUSH(prev);
        PUSH(e);
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        Value v = POP();
        ExcStackItem *ei = t->exc_info;
        Value old = ei->exc;
        if (v == VAL_NONE) {
            ei->exc = VAL_NULL;
            val_decref(v);
        } else {
            ei->exc = v;
        }
        val_xdecref(old);
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH) {
        Value type = POP();
        Value e = TOP();
        if (op_check_exc_match_type(type, false) < 0) {
            val_decref(type);
            goto error;
        }
        int r = err_matches_value(e, type);
        val_decref(type);
        PUSH(val_bool(r > 0));
        DISPATCH();
    }
    TARGET(CHECK_EG_MATCH) {
        Value type = POP();
        Value e = POP();
        Value rest, match;
        if (op_check_exc_match_type(type, true) < 0 || op_check_eg_match(e, type, &rest, &match) < 0) {
            val_decref(type);
            val_decref(e);
            goto error;
        }
        val_decref(type);
        val_decref(e);
        PUSH(rest);
        PUSH(match);
        if (match != VAL_NONE) {
            /* sys.exception() in the handler is the matched group */
            ExcStackItem *ei = t->exc_info;
            val_replace(&ei->exc, val_ref(match));
        }
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        Value e = TOP();
        Value exitf = PEEK(4);
        Value r = op_with_exit(exitf, e);
        if (!r)
            goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(BEFORE_WITH)
    TARGET(BEFORE_ASYNC_WITH) {
        Value mgr = TOP();
        Value exitf, res;
        if (op_before_with(mgr, CU_OP(word) == BEFORE_ASYNC_WITH, &exitf, &res) < 0)
            goto error;
        val_decref(mgr);
        TOP() = exitf;
        PUSH(res);
        DISPATCH();
    }
    TARGET(CLEANUP_THROW) {
        Value e = POP();
        if (exc_is_stop_iteration(e)) {
            Value v = obj_getattr_cstr(e, "value");
            if (!v) {
                val_decref(e);
                goto error;
            }
            val_decref(e);
            val_decref(POP());
            val_decref(POP());
            PUSH(val_ref(VAL_NONE));
            PUSH(v);
            DISPATCH();
        }
        exc = e;
        goto exception_unwind;
    }
    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(val_from_obj(&Exc_AssertionError.core.base));
        DISPATCH();
    }

    TARGET(GET_YIELD_FROM_ITER) {
        Value v = TOP();
        Value it = op_get_yield_from_iter(f, v);
        if (!it)
            goto error;
        val_decref(v);
        TOP() = it;
        DISPATCH();
    }
    TARGET(SEND) {
        Value v = TOP();
        Value recv = PEEK(2);
        Value r = VAL_NULL;
        SendResult sr;
        if (val_is_gen_like(recv)) {
            sr = gen_send_ex((GenObj *)val_as_obj(recv), v, false, &r);
        } else {
            if (v == VAL_NONE && val_type(recv)->iternext)
                r = val_type(recv)->iternext(recv);
            else
                r = obj_call_method_cstr(recv, "send", &v, 1);
            if (r) {
                sr = SEND_NEXT;
            } else if (!err_occurred() || err_matches(&Exc_StopIteration)) {
                sr = SEND_RETURN;
                if (err_occurred()) {
                    Value si = err_fetch();
                    r = obj_getattr_cstr(si, "value");
                    val_decref(si);
                    if (!r)
                        sr = SEND_ERROR;
                } else {
                    r = val_ref(VAL_NONE);
                }
            } else {
                sr = SEND_ERROR;
            }
        }
        if (sr == SEND_ERROR)
            goto error;
        val_decref(v);
        TOP() = r;
        SKIP_CACHE(SEND);
        if (sr == SEND_RETURN)
            JUMP_BY(oparg);
        DISPATCH();
    }
    TARGET(YIELD_VALUE) {
        Value v = POP();
        GenObj *gen = frame_gen(f);
        gen->delegating = oparg == 1;
        f->sp = sp;
        f->ip = ip;
        atomic_store_explicit(&gen->state, GEN_SUSPENDED, memory_order_release);
        t->frame = f->prev;
        t->depth--;
        obj_leave_recursive();
        return v;
    }
    TARGET(GET_AWAITABLE) {
        Value v = TOP();
        Value it = op_get_awaitable(v, oparg);
        if (!it)
            goto error;
        val_decref(v);
        TOP() = it;
        DISPATCH();
    }
    TARGET(GET_AITER) {
        Value v = TOP();
        Value it = op_get_aiter(v);
        if (!it)
            goto error;
        val_decref(v);
        TOP() = it;
        DISPATCH();
    }
    TARGET(GET_ANEXT) {
        Value aw = op_get_anext(TOP());
        if (!aw)
            goto error;
        PUSH(aw);
        DISPATCH();
    }
    TARGET(END_ASYNC_FOR) {
        Value e = POP();
        if (val_isinstance_type(e, &Exc_StopAsyncIteration)) {
            val_decref(e);
            val_decref(POP());
            DISPATCH();
        }
        exc = e;
        goto exception_unwind;
    }

    TARGET(FORMAT_SIMPLE) {
        Value v = TOP();
        if (val_is_obj(v) && val_as_obj(v)->type == &Str_Type)
            DISPATCH();
        Value r = op_format(v, VAL_NULL);
        if (!r)
            goto error;
        val_decref(v);
        TOP() = r;
        DISPATCH();
    }
    TARGET(FORMAT_WITH_SPEC) {
        Value spec = POP();
        Value v = TOP();
        Value r = op_format(v, spec);
        val_decref(spec);
        if (!r)
            goto error;
        val_decref(v);
        TOP() = r;
        DISPATCH();
    }
    TARGET(CONVERT_VALUE) {
        Value v = TOP();
        Value r = op_convert(v, oparg);
        if (!r)
            goto error;
        val_decref(v);
        TOP() = r;
        DISPATCH();
    }

    TARGET(MATCH_CLASS) {
        Value names = POP();
        Value cls = POP();
        Value subject = POP();
        Value r = op_match_class(subject, cls, oparg, names);
        val_decref(names);
        val_decref(cls);
        val_decref(subject);
        if (!r)
            goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(MATCH_MAPPING) {
        int r = op_match_mapping(TOP());
        if (r < 0)
            goto error;
        PUSH(val_bool(r));
        DISPATCH();
    }
    TARGET(MATCH_SEQUENCE) {
        int r = op_match_sequence(TOP());
        if (r < 0)
            goto error;
        PUSH(val_bool(r));
        DISPATCH();
    }
    TARGET(MATCH_KEYS) {
        Value r = op_match_keys(PEEK(2), TOP());
        if (!r)
            goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(GET_LEN) {
        ssize_t n = obj_len(TOP());
        if (n < 0)
            goto error;
        PUSH(val_from_int(n));
        DISPATCH();
    }

    TARGET(IMPORT_NAME) {
        Value fromlist = POP();
        Value level = POP();
        Value m = op_import_name(f, NAME(oparg), fromlist, level);
        val_decref(fromlist);
        val_decref(level);
        if (!m)
            goto error;
        PUSH(m);
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        Value v = op_import_from(TOP(), NAME(oparg));
        if (!v)
            goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS) {
        if (!f->locals) {
            err_set(&Exc_SystemError, "no locals found when setting up annotations");
            goto error;
        }
        Object *key = str_intern_cstr("__annotations__");
        Value v = VAL_NULL;
        int r;
        if (val_type(f->locals) == &Dict_Type) {
            r = dict_get_str(val_as_obj(f->locals), key, &v);
        } else {
            v = obj_getitem(f->locals, val_from_obj(key));
            r = v ? 1 : 0;
            if (!v) {
                if (err_matches(&Exc_KeyError))
                    err_clear();
                else
                    r = -1;
            }
        }
        if (r < 0)
            goto error;
        if (r == 1) {
            val_decref(v);
        } else {
            Object *d = dict_new();
            if (!d)
                goto error;
            r = obj_setitem(f->locals, val_from_obj(key), val_from_obj(d));
            obj_decref(d);
            if (r < 0)
                goto error;
        }
        DISPATCH();
    }

    /* pseudo instructions never reach the loop */
    TARGET(JUMP)
    TARGET(JUMP_NO_INTERRUPT)
    TARGET(SETUP_FINALLY)
    TARGET(SETUP_CLEANUP)
    TARGET(SETUP_WITH)
    TARGET(POP_BLOCK)
    TARGET(LOAD_CLOSURE)
    TARGET(STORE_FAST_MAYBE_NULL)
    TARGET(LABEL)
#if !USE_COMPUTED_GOTO
    default:
#endif
    unknown_opcode:
        err_set(&Exc_SystemError, "unknown opcode %d", CU_OP(word));
        goto error;

#if !USE_COMPUTED_GOTO
    }
#endif

error:
    /* An exception is set: take it, chain it if it is new, and record
     * this frame in its traceback. */
    exc = err_fetch();
    if (!exc) {
        err_set(&Exc_SystemError, "error return without exception set");
        exc = err_fetch();
    }
    if (val_is_obj(exc) && val_isinstance_type(exc, &Exc_BaseException)) {
        if (!((ExcObj *)val_as_obj(exc))->traceback)
            vm_chain_context(t, exc);
        if (add_tb)
            vm_add_traceback(exc, f);
    }
    add_tb = true;

exception_unwind: {
    int off = frame_lasti(f);
    const ExcEntry *h = code_find_handler(co, off);
    if (h) {
        Value *base = frame_stack_base(f);
        Value *target = base + h->depth;
        while (sp > target) {
            Value v = POP();
            val_xdecref(v);
        }
        if (h->lasti)
            PUSH(val_from_int(off));
        PUSH(exc);
        exc = VAL_NULL;
        ip = co->code + h->target;
        DISPATCH();
    }
    /* no handler: the frame ends */
    if (f->entry) {
        frame_exit(t, f, sp);
        err_restore(exc);
        obj_leave_recursive();
        return VAL_NULL;
    }
    Frame *caller = f->prev;
    frame_exit(t, f, sp);
    f = caller;
    LOAD_FRAME();
    /* the caller's traceback entry is added; no context chaining */
    if (val_is_obj(exc) && val_isinstance_type(exc, &Exc_BaseException))
        vm_add_traceback(exc, f);
    goto exception_unwind;
}
}
