/* Generators, coroutines and async generators: a heap object that embeds
 * its frame; resuming runs the frame in the eval loop until it yields or
 * returns. send/throw/close, yield from delegation, PEP 479, and the
 * awaitables of async generators (asend, athrow, aclose). */
#include <string.h>

#include "objects/err.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "vm/vm_internal.h"

Type CoroWrapper_Type, AsyncGenASend_Type, AsyncGenWrapped_Type;

static const char *gen_kind(GenObj *g)
{
    Type *t = g->base.type;
    return t == &Coroutine_Type ? "coroutine" : t == &AsyncGenerator_Type ? "async generator" : "generator";
}

bool val_is_gen_like(Value v)
{
    if (!val_is_obj(v))
        return false;
    Type *t = val_as_obj(v)->type;
    return t == &Generator_Type || t == &Coroutine_Type;
}

Value gen_new_for_frame(FuncObj *fn, Frame **frame_out)
{
    CodeObj *co = val_as_code(fn->code);
    Type *t = (co->flags & CO_COROUTINE) ? &Coroutine_Type
              : (co->flags & CO_ASYNC_GENERATOR) ? &AsyncGenerator_Type : &Generator_Type;
    size_t extra = (sizeof(Frame) + sizeof(Value) - 1) / sizeof(Value) + (size_t)co->framesize;
    GenObj *g = (GenObj *)obj_alloc(t, extra);
    if (!g)
        return VAL_NULL;
    g->name = val_ref(fn->name);
    g->qualname = val_ref(fn->qualname);
    atomic_init(&g->state, GEN_CREATED);
    Frame *f = gen_frame(g);
    obj_incref(&co->base);
    f->code = co;
    f->func = val_ref(val_from_obj(&fn->base));
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->locals = VAL_NULL;
    f->ip = co->code;
    f->sp = frame_stack_base(f);
    f->frame_obj = NULL;
    f->owner = FRAME_GENERATOR;
    f->entry = 1;
    f->prev = NULL;
    memset(f->localsplus, 0, (size_t)co->nlocalsplus * sizeof(Value));
    *frame_out = f;
    return val_from_obj(&g->base);
}

/* PEP 479: StopIteration leaving a generator becomes RuntimeError. */
static void convert_stop_iteration(GenObj *g)
{
    bool async = g->base.type == &AsyncGenerator_Type;
    const char *msg = NULL;
    if (err_matches(&Exc_StopIteration))
        msg = g->base.type == &Coroutine_Type ? "coroutine raised StopIteration"
              : async ? "async generator raised StopIteration" : "generator raised StopIteration";
    else if (async && err_matches(&Exc_StopAsyncIteration))
        msg = "async generator raised StopAsyncIteration";
    if (!msg)
        return;
    Value cause = err_fetch();
    err_set(&Exc_RuntimeError, "%s", msg);
    Value e = err_fetch();
    exc_set_cause(e, val_ref(cause));
    exc_set_context(e, cause);
    err_restore(e);
}

SendResult gen_send_ex(GenObj *g, Value arg, bool throwing, Value *result)
{
    *result = VAL_NULL;
    int state = atomic_load_explicit(&g->state, memory_order_acquire);
    if (state == GEN_RUNNING) {
        if (throwing)
            err_clear();
        err_set(&Exc_ValueError, "%s already executing", gen_kind(g));
        return SEND_ERROR;
    }
    if (state == GEN_COMPLETED) {
        if (g->base.type == &Coroutine_Type && !throwing) {
            err_set(&Exc_RuntimeError, "cannot reuse already awaited coroutine");
            return SEND_ERROR;
        }
        if (arg && !throwing) {
            *result = val_ref(VAL_NONE);
            return SEND_RETURN;
        }
        return SEND_ERROR;
    }
    if (state == GEN_CREATED && !throwing && arg && arg != VAL_NONE) {
        err_set(&Exc_TypeError, "can't send non-None value to a just-started %s", gen_kind(g));
        return SEND_ERROR;
    }
    if (!atomic_compare_exchange_strong(&g->state, &state, GEN_RUNNING)) {
        if (throwing)
            err_clear();
        err_set(&Exc_ValueError, "%s already executing", gen_kind(g));
        return SEND_ERROR;
    }
    VmThread *t = vm_thread();
    Frame *f = gen_frame(g);
    if (t->depth >= vm_recursion_limit) {
        atomic_store(&g->state, state);
        if (throwing)
            err_clear();
        err_set(&Exc_RecursionError, "maximum recursion depth exceeded");
        return SEND_ERROR;
    }
    if (state != GEN_CREATED)
        *f->sp++ = val_ref(arg ? arg : VAL_NONE);
    f->prev = t->frame;
    t->frame = f;
    t->depth++;
    g->exc_state.prev = t->exc_info;
    t->exc_info = &g->exc_state;
    obj_incref(&g->base); /* the running frame keeps its generator */
    Value r = vm_eval_frame(t, f, throwing);
    t->exc_info = g->exc_state.prev;
    g->exc_state.prev = NULL;
    SendResult sr;
    if (atomic_load_explicit(&g->state, memory_order_relaxed) == GEN_SUSPENDED) {
        sr = SEND_NEXT;
        *result = r;
    } else {
        atomic_store(&g->state, GEN_COMPLETED);
        val_clear(&g->exc_state.exc);
        if (r) {
            sr = SEND_RETURN;
            *result = r;
        } else {
            convert_stop_iteration(g);
            sr = SEND_ERROR;
        }
    }
    obj_decref(&g->base);
    return sr;
}

/* Raises StopIteration(value) (value None: no argument) as a return. */
static void set_stop_iteration(Value value)
{
    if (value == VAL_NONE) {
        err_set_value(&Exc_StopIteration, VAL_NULL);
        return;
    }
    /* a tuple or exception value must be wrapped so it is not unpacked */
    Object *args = tuple_pack(1, value);
    if (!args)
        return;
    Value e = exc_new(&Exc_StopIteration, tuple_items(args), 1);
    obj_decref(args);
    if (e)
        err_restore(e);
}

static Value gen_send_or_stop(GenObj *g, Value arg, bool throwing)
{
    Value r;
    SendResult sr = gen_send_ex(g, arg, throwing, &r);
    if (sr == SEND_NEXT)
        return r;
    if (sr == SEND_RETURN) {
        if (g->base.type == &AsyncGenerator_Type)
            err_set_value(&Exc_StopAsyncIteration, VAL_NULL);
        else
            set_stop_iteration(r);
        val_decref(r);
    }
    return VAL_NULL;
}

static Value gen_iternext(Value self)
{
    GenObj *g = (GenObj *)val_as_obj(self);
    Value r;
    SendResult sr = gen_send_ex(g, VAL_NULL, false, &r);
    if (sr == SEND_NEXT)
        return r;
    if (sr == SEND_RETURN) {
        if (r != VAL_NONE)
            set_stop_iteration(r);
        val_decref(r);
    }
    return VAL_NULL;
}

static Value gen_send(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("send", kw) < 0 || args_count("send", nargs, 1, 1) < 0)
        return VAL_NULL;
    return gen_send_or_stop((GenObj *)val_as_obj(self), args[0], false);
}

/* The sub-iterator of a generator suspended in yield from / await. */
static Value gen_yf(GenObj *g)
{
    if (!g->delegating || atomic_load(&g->state) != GEN_SUSPENDED)
        return VAL_NULL;
    Frame *f = gen_frame(g);
    return f->sp > frame_stack_base(f) ? f->sp[-1] : VAL_NULL;
}

static int gen_close_iter(Value yf)
{
    Value r;
    if (val_is_obj(yf) && (val_as_obj(yf)->type == &Generator_Type || val_as_obj(yf)->type == &Coroutine_Type)) {
        r = obj_call_method_cstr(yf, "close", NULL, 0);
    } else {
        Value m;
        int has = obj_lookup_attr(yf, str_intern_cstr("close"), &m);
        if (has < 0)
            return -1;
        if (!has)
            return 0;
        r = obj_call0(m);
        val_decref(m);
    }
    if (!r)
        return -1;
    val_decref(r);
    return 0;
}

/* throw(exc) with exc an instance (the reference is stolen). */
static Value gen_throw_exc(GenObj *g, Value exc, bool closing)
{
    Value yf = gen_yf(g);
    if (yf) {
        val_incref(yf);
        if (val_isinstance_type(exc, &Exc_GeneratorExit)) {
            atomic_store(&g->state, GEN_RUNNING);
            int r = gen_close_iter(yf);
            atomic_store(&g->state, GEN_SUSPENDED);
            val_decref(yf);
            if (r < 0) {
                val_decref(exc);
                goto throw_here_current;
            }
            goto throw_here;
        }
        Value ret;
        atomic_store(&g->state, GEN_RUNNING);
        if (val_is_gen_like(yf)) {
            ret = gen_throw_exc((GenObj *)val_as_obj(yf), exc, closing);
        } else {
            Value m;
            int has = obj_lookup_attr(yf, str_intern_cstr("throw"), &m);
            if (has <= 0) {
                atomic_store(&g->state, GEN_SUSPENDED);
                val_decref(yf);
                if (has < 0) {
                    val_decref(exc);
                    goto throw_here_current;
                }
                goto throw_here;
            }
            ret = obj_call1(m, exc);
            val_decref(m);
            val_decref(exc);
        }
        atomic_store(&g->state, GEN_SUSPENDED);
        val_decref(yf);
        if (ret)
            return ret;
        /* the sub-iterator ended: resume here with its StopIteration or error */
        return gen_send_or_stop(g, VAL_NULL, true);
    }
throw_here:
    err_restore(exc);
throw_here_current:
    return gen_send_or_stop(g, VAL_NULL, true);
}

static Value make_exception(Value typ, Value val, Value tb)
{
    Value exc;
    if (val_type_has(typ, TF_TYPE_SUBCLASS)) {
        if (!type_is_subtype((Type *)val_as_obj(typ), &Exc_BaseException)) {
            err_set(&Exc_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                    type_name((Type *)val_as_obj(typ)));
            return VAL_NULL;
        }
        if (val && val != VAL_NONE && val_isinstance_type(val, (Type *)val_as_obj(typ)))
            exc = val_ref(val);
        else if (val && val != VAL_NONE)
            exc = obj_call1(typ, val);
        else
            exc = obj_call0(typ);
        if (!exc)
            return VAL_NULL;
    } else if (val_isinstance_type(typ, &Exc_BaseException)) {
        if (val && val != VAL_NONE) {
            err_set(&Exc_TypeError, "instance exception may not have a separate value");
            return VAL_NULL;
        }
        exc = val_ref(typ);
    } else {
        err_set(&Exc_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                type_name(val_type(typ)));
        return VAL_NULL;
    }
    if (tb && tb != VAL_NONE) {
        if (val_type(tb) != &Traceback_Type) {
            val_decref(exc);
            err_set(&Exc_TypeError, "throw() third argument must be a traceback object");
            return VAL_NULL;
        }
        exc_set_traceback(exc, val_ref(tb));
    }
    return exc;
}

static Value gen_throw(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("throw", kw) < 0 || args_count("throw", nargs, 1, 3) < 0)
        return VAL_NULL;
    Value exc = make_exception(args[0], nargs > 1 ? args[1] : VAL_NULL, nargs > 2 ? args[2] : VAL_NULL);
    if (!exc)
        return VAL_NULL;
    return gen_throw_exc((GenObj *)val_as_obj(self), exc, false);
}

static Value gen_close_impl(GenObj *g)
{
    int state = atomic_load(&g->state);
    if (state == GEN_CREATED) {
        atomic_store(&g->state, GEN_COMPLETED);
        frame_clear(gen_frame(g));
        return val_ref(VAL_NONE);
    }
    if (state == GEN_COMPLETED)
        return val_ref(VAL_NONE);
    Value exc = exc_new(&Exc_GeneratorExit, NULL, 0);
    if (!exc)
        return VAL_NULL;
    Value r = gen_throw_exc(g, exc, true);
    if (r) {
        val_decref(r);
        err_set(&Exc_RuntimeError, "%s ignored GeneratorExit", gen_kind(g));
        return VAL_NULL;
    }
    if (err_matches(&Exc_StopIteration) || err_matches(&Exc_GeneratorExit)) {
        err_clear();
        return val_ref(VAL_NONE);
    }
    if (g->base.type == &AsyncGenerator_Type && err_matches(&Exc_StopAsyncIteration)) {
        err_clear();
        return val_ref(VAL_NONE);
    }
    return VAL_NULL;
}

static Value gen_close(Value self, const Value *args, size_t nargs, Object *kw)
{
    (void)args;
    if (args_no_kw("close", kw) < 0 || args_count("close", nargs, 0, 0) < 0)
        return VAL_NULL;
    return gen_close_impl((GenObj *)val_as_obj(self));
}

static void gen_dealloc(Object *o)
{
    GenObj *g = (GenObj *)o;
    int state = atomic_load(&g->state);
    if (state == GEN_SUSPENDED && !g->finalized && obj_owned_by_current(o)) {
        /* Run the generator's finally blocks: resurrect it for the close. */
        g->finalized = 1;
        atomic_store_explicit(&o->ref_local, 1, memory_order_relaxed);
        Value saved = err_fetch();
        Value r = gen_close_impl(g);
        if (r)
            val_decref(r);
        else
            err_clear();
        err_restore(saved);
        uint32_t local = atomic_load_explicit(&o->ref_local, memory_order_relaxed);
        if (local != 1 || atomic_load_explicit(&o->ref_shared, memory_order_relaxed) >> 2)
        {
            /* resurrected: someone kept it */
            atomic_store_explicit(&o->ref_local, local - 1, memory_order_relaxed);
            return;
        }
        atomic_store_explicit(&o->ref_local, 0, memory_order_relaxed);
    }
    Frame *f = gen_frame(g);
    if (atomic_load(&g->state) != GEN_COMPLETED)
        frame_clear(f);
    val_xdecref(f->func);
    obj_decref(&f->code->base);
    val_xdecref(g->name);
    val_xdecref(g->qualname);
    val_xdecref(g->exc_state.exc);
    obj_free(o);
}

static Value gen_iter(Value self) { return val_ref(self); }

static Value gen_repr(Value self)
{
    GenObj *g = (GenObj *)val_as_obj(self);
    return str_printf("<%s object %U at %p>", g->base.type == &AsyncGenerator_Type ? "async_generator" : gen_kind(g),
                      val_as_obj(g->qualname), (void *)val_as_obj(self));
}

#define GEN(self) ((GenObj *)val_as_obj(self))
static Value g_get_name(Value self, void *c) { (void)c; return val_ref(GEN(self)->name); }
static int g_set_name(Value self, Value v, void *c)
{
    (void)c;
    if (!v || !val_is_str(v)) {
        err_set(&Exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    val_replace(&GEN(self)->name, val_ref(v));
    return 0;
}
static Value g_get_qualname(Value self, void *c) { (void)c; return val_ref(GEN(self)->qualname); }
static int g_set_qualname(Value self, Value v, void *c)
{
    (void)c;
    if (!v || !val_is_str(v)) {
        err_set(&Exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    val_replace(&GEN(self)->qualname, val_ref(v));
    return 0;
}
static Value g_get_frame(Value self, void *c)
{
    (void)c;
    GenObj *g = GEN(self);
    if (atomic_load(&g->state) == GEN_COMPLETED)
        return val_ref(VAL_NONE);
    Object *fo = frame_get_object(gen_frame(g));
    return fo ? val_ref(val_from_obj(fo)) : VAL_NULL;
}
static Value g_get_running(Value self, void *c)
{
    (void)c;
    return val_bool(atomic_load(&GEN(self)->state) == GEN_RUNNING);
}
static Value g_get_suspended(Value self, void *c)
{
    (void)c;
    return val_bool(atomic_load(&GEN(self)->state) == GEN_SUSPENDED);
}
static Value g_get_code(Value self, void *c) { (void)c; return val_ref(val_from_obj(&gen_frame(GEN(self))->code->base)); }
static Value g_get_yf(Value self, void *c)
{
    (void)c;
    Value yf = gen_yf(GEN(self));
    return yf ? val_ref(yf) : val_ref(VAL_NONE);
}

static const GetSetDef gen_getsets[] = {
    {"__name__", g_get_name, g_set_name, NULL, NULL},
    {"__qualname__", g_get_qualname, g_set_qualname, NULL, NULL},
    {"gi_frame", g_get_frame, NULL, NULL, NULL},
    {"gi_running", g_get_running, NULL, NULL, NULL},
    {"gi_suspended", g_get_suspended, NULL, NULL, NULL},
    {"gi_code", g_get_code, NULL, NULL, NULL},
    {"gi_yieldfrom", g_get_yf, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const GetSetDef coro_getsets[] = {
    {"__name__", g_get_name, g_set_name, NULL, NULL},
    {"__qualname__", g_get_qualname, g_set_qualname, NULL, NULL},
    {"cr_frame", g_get_frame, NULL, NULL, NULL},
    {"cr_running", g_get_running, NULL, NULL, NULL},
    {"cr_suspended", g_get_suspended, NULL, NULL, NULL},
    {"cr_code", g_get_code, NULL, NULL, NULL},
    {"cr_await", g_get_yf, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const MethodDef gen_methods[] = {
    {"send", gen_send, 0, NULL},
    {"throw", gen_throw, 0, NULL},
    {"close", gen_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int gen_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    GenObj *g = (GenObj *)o;
    Frame *f = gen_frame(g);
    for (int i = 0; i < f->code->nlocalsplus; i++)
        if (f->localsplus[i]) {
            int r = visit(f->localsplus[i], arg);
            if (r)
                return r;
        }
    for (Value *p = frame_stack_base(f); p < f->sp; p++)
        if (*p) {
            int r = visit(*p, arg);
            if (r)
                return r;
        }
    return 0;
}

static hash_t identity_hash(Value self) { return (hash_t)(self >> 4); }

Type Generator_Type = {
    TYPE_HEADER("generator", gen_dealloc),
    .tflags = TF_HAS_GC,
    .basicsize = sizeof(GenObj) + sizeof(Frame),
    .itemsize = sizeof(Value),
    .repr = gen_repr,
    .hash = identity_hash,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .traverse = gen_traverse,
    .getsets = gen_getsets,
    .methods = gen_methods,
};

/* ---- Coroutines ----------------------------------------------------------------------- */

typedef struct CoroWrapper {
    Object base;
    Value coro;
} CoroWrapper;

static Value coro_await(Value self, const Value *args, size_t nargs, Object *kw)
{
    (void)args;
    if (args_no_kw("__await__", kw) < 0 || args_count("__await__", nargs, 0, 0) < 0)
        return VAL_NULL;
    CoroWrapper *w = (CoroWrapper *)obj_alloc(&CoroWrapper_Type, 0);
    if (!w)
        return VAL_NULL;
    w->coro = val_ref(self);
    return val_from_obj(&w->base);
}

static const MethodDef coro_methods[] = {
    {"send", gen_send, 0, NULL},
    {"throw", gen_throw, 0, NULL},
    {"close", gen_close, 0, NULL},
    {"__await__", coro_await, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type Coroutine_Type = {
    TYPE_HEADER("coroutine", gen_dealloc),
    .tflags = TF_HAS_GC,
    .basicsize = sizeof(GenObj) + sizeof(Frame),
    .itemsize = sizeof(Value),
    .repr = gen_repr,
    .hash = identity_hash,
    .traverse = gen_traverse,
    .getsets = coro_getsets,
    .methods = coro_methods,
};

static void cw_dealloc(Object *o)
{
    val_xdecref(((CoroWrapper *)o)->coro);
    obj_free(o);
}
static Value cw_iternext(Value self) { return gen_iternext(((CoroWrapper *)val_as_obj(self))->coro); }
static Value cw_send(Value self, const Value *args, size_t nargs, Object *kw)
{
    return gen_send(((CoroWrapper *)val_as_obj(self))->coro, args, nargs, kw);
}
static Value cw_throw(Value self, const Value *args, size_t nargs, Object *kw)
{
    return gen_throw(((CoroWrapper *)val_as_obj(self))->coro, args, nargs, kw);
}
static Value cw_close(Value self, const Value *args, size_t nargs, Object *kw)
{
    return gen_close(((CoroWrapper *)val_as_obj(self))->coro, args, nargs, kw);
}
static const MethodDef cw_methods[] = {
    {"send", cw_send, 0, NULL},
    {"throw", cw_throw, 0, NULL},
    {"close", cw_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type CoroWrapper_Type = {
    TYPE_HEADER("coroutine_wrapper", cw_dealloc),
    .basicsize = sizeof(CoroWrapper),
    .iter = gen_iter,
    .iternext = cw_iternext,
    .methods = cw_methods,
};

/* ---- Async generators ------------------------------------------------------------------ */

typedef struct AsyncGenWrapped {
    Object base;
    Value value;
} AsyncGenWrapped;

static void agw_dealloc(Object *o)
{
    val_xdecref(((AsyncGenWrapped *)o)->value);
    obj_free(o);
}

Type AsyncGenWrapped_Type = {
    TYPE_HEADER("async_generator_wrapped_value", agw_dealloc),
    .basicsize = sizeof(AsyncGenWrapped),
};

Value async_gen_wrap(Value v)
{
    AsyncGenWrapped *w = (AsyncGenWrapped *)obj_alloc(&AsyncGenWrapped_Type, 0);
    if (!w) {
        val_decref(v);
        return VAL_NULL;
    }
    w->value = v;
    return val_from_obj(&w->base);
}

/* asend(v) / athrow(...) / aclose() awaitables. */
typedef struct AsyncGenASend {
    Object base;
    Value gen;
    Value arg;      /* the value to send first, or the exception to throw */
    uint8_t mode;   /* 0 send, 1 throw, 2 close */
    uint8_t state;  /* 0 init, 1 iterating, 2 closed */
} AsyncGenASend;

/* Turns what the generator produced into the awaitable's result. */
static Value asend_unwrap(AsyncGenASend *a, SendResult sr, Value r)
{
    GenObj *g = (GenObj *)val_as_obj(a->gen);
    if (sr == SEND_NEXT) {
        if (val_is_obj(r) && val_as_obj(r)->type == &AsyncGenWrapped_Type) {
            Value v = val_ref(((AsyncGenWrapped *)val_as_obj(r))->value);
            val_decref(r);
            a->state = 2;
            g->ag_running = 0;
            if (a->mode == 2) {
                val_decref(v);
                err_set(&Exc_RuntimeError, "async generator ignored GeneratorExit");
                return VAL_NULL;
            }
            set_stop_iteration(v);
            val_decref(v);
            return VAL_NULL;
        }
        return r;
    }
    a->state = 2;
    g->ag_running = 0;
    if (sr == SEND_RETURN) {
        val_decref(r);
        if (a->mode == 2)
            err_set_value(&Exc_StopIteration, VAL_NULL);
        else
            err_set_value(&Exc_StopAsyncIteration, VAL_NULL);
        return VAL_NULL;
    }
    if (a->mode == 2 && (err_matches(&Exc_StopAsyncIteration) || err_matches(&Exc_GeneratorExit))) {
        err_clear();
        err_set_value(&Exc_StopIteration, VAL_NULL);
    }
    return VAL_NULL;
}

static Value asend_send_value(AsyncGenASend *a, Value v)
{
    GenObj *g = (GenObj *)val_as_obj(a->gen);
    if (a->state == 2) {
        err_set(&Exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        return VAL_NULL;
    }
    Value r = VAL_NULL;
    SendResult sr;
    if (a->state == 0) {
        if (g->ag_running) {
            err_set(&Exc_RuntimeError, "anext(): asynchronous generator is already running");
            return VAL_NULL;
        }
        a->state = 1;
        g->ag_running = 1;
        if (a->mode == 0) {
            sr = gen_send_ex(g, (v == VAL_NONE || !v) ? a->arg : v, false, &r);
        } else {
            Value exc = a->arg ? val_ref(a->arg) : exc_new(&Exc_GeneratorExit, NULL, 0);
            if (!exc)
                return VAL_NULL;
            r = gen_throw_exc(g, exc, a->mode == 2);
            if (r)
                sr = SEND_NEXT;
            else if (err_matches(&Exc_StopAsyncIteration) || err_matches(&Exc_StopIteration)) {
                sr = SEND_RETURN;
                err_clear();
                r = val_ref(VAL_NONE);
            } else
                sr = SEND_ERROR;
        }
    } else {
        sr = gen_send_ex(g, v ? v : VAL_NONE, false, &r);
    }
    return asend_unwrap(a, sr, r);
}

static void asend_dealloc(Object *o)
{
    AsyncGenASend *a = (AsyncGenASend *)o;
    val_xdecref(a->gen);
    val_xdecref(a->arg);
    obj_free(o);
}
static Value asend_iternext(Value self) { return asend_send_value((AsyncGenASend *)val_as_obj(self), VAL_NONE); }
static Value asend_send(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("send", kw) < 0 || args_count("send", nargs, 1, 1) < 0)
        return VAL_NULL;
    return asend_send_value((AsyncGenASend *)val_as_obj(self), args[0]);
}
static Value asend_throw(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("throw", kw) < 0 || args_count("throw", nargs, 1, 3) < 0)
        return VAL_NULL;
    AsyncGenASend *a = (AsyncGenASend *)val_as_obj(self);
    Value exc = make_exception(args[0], nargs > 1 ? args[1] : VAL_NULL, nargs > 2 ? args[2] : VAL_NULL);
    if (!exc)
        return VAL_NULL;
    GenObj *g = (GenObj *)val_as_obj(a->gen);
    Value r = gen_throw_exc(g, exc, false);
    SendResult sr = r ? SEND_NEXT : SEND_ERROR;
    return asend_unwrap(a, sr, r);
}
static Value asend_close(Value self, const Value *args, size_t nargs, Object *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    ((AsyncGenASend *)val_as_obj(self))->state = 2;
    return val_ref(VAL_NONE);
}
static const MethodDef asend_methods[] = {
    {"send", asend_send, 0, NULL},
    {"throw", asend_throw, 0, NULL},
    {"close", asend_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value asend_await(Value self) { return val_ref(self); }

Type AsyncGenASend_Type = {
    TYPE_HEADER("async_generator_asend", asend_dealloc),
    .basicsize = sizeof(AsyncGenASend),
    .iter = asend_await,
    .iternext = asend_iternext,
    .methods = asend_methods,
};

static Value make_asend(Value gen, Value arg, int mode)
{
    AsyncGenASend *a = (AsyncGenASend *)obj_alloc(&AsyncGenASend_Type, 0);
    if (!a)
        return VAL_NULL;
    a->gen = val_ref(gen);
    a->arg = arg ? val_ref(arg) : VAL_NULL;
    a->mode = (uint8_t)mode;
    return val_from_obj(&a->base);
}

Value async_gen_asend(Value gen, Value arg) { return make_asend(gen, arg, 0); }

static Value ag_anext(Value self, const Value *args, size_t nargs, Object *kw)
{
    (void)args;
    if (args_no_kw("__anext__", kw) < 0 || args_count("__anext__", nargs, 0, 0) < 0)
        return VAL_NULL;
    return make_asend(self, VAL_NONE, 0);
}
static Value ag_aiter(Value self, const Value *args, size_t nargs, Object *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return val_ref(self);
}
static Value ag_asend(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("asend", kw) < 0 || args_count("asend", nargs, 1, 1) < 0)
        return VAL_NULL;
    return make_asend(self, args[0], 0);
}
static Value ag_athrow(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("athrow", kw) < 0 || args_count("athrow", nargs, 1, 3) < 0)
        return VAL_NULL;
    Value exc = make_exception(args[0], nargs > 1 ? args[1] : VAL_NULL, nargs > 2 ? args[2] : VAL_NULL);
    if (!exc)
        return VAL_NULL;
    Value a = make_asend(self, exc, 1);
    val_decref(exc);
    return a;
}
static Value ag_aclose(Value self, const Value *args, size_t nargs, Object *kw)
{
    (void)args;
    if (args_no_kw("aclose", kw) < 0 || args_count("aclose", nargs, 0, 0) < 0)
        return VAL_NULL;
    return make_asend(self, VAL_NULL, 2);
}

static const MethodDef agen_methods[] = {
    {"__anext__", ag_anext, 0, NULL},
    {"__aiter__", ag_aiter, 0, NULL},
    {"asend", ag_asend, 0, NULL},
    {"athrow", ag_athrow, 0, NULL},
    {"aclose", ag_aclose, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value ag_get_running(Value self, void *c) { (void)c; return val_bool(GEN(self)->ag_running); }

static const GetSetDef agen_getsets[] = {
    {"__name__", g_get_name, g_set_name, NULL, NULL},
    {"__qualname__", g_get_qualname, g_set_qualname, NULL, NULL},
    {"ag_frame", g_get_frame, NULL, NULL, NULL},
    {"ag_running", ag_get_running, NULL, NULL, NULL},
    {"ag_code", g_get_code, NULL, NULL, NULL},
    {"ag_await", g_get_yf, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type AsyncGenerator_Type = {
    TYPE_HEADER("async_generator", gen_dealloc),
    .tflags = TF_HAS_GC,
    .basicsize = sizeof(GenObj) + sizeof(Frame),
    .itemsize = sizeof(Value),
    .repr = gen_repr,
    .hash = identity_hash,
    .traverse = gen_traverse,
    .getsets = agen_getsets,
    .methods = agen_methods,
};

int genobj_init(void)
{
    Type *types[] = {&Generator_Type, &Coroutine_Type, &AsyncGenerator_Type, &CoroWrapper_Type,
                     &AsyncGenASend_Type, &AsyncGenWrapped_Type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (type_ready(types[i]) < 0)
            return -1;
    return 0;
}
