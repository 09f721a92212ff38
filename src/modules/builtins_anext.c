/* anext(iterator, default): the awaitable that yields what
 * iterator.__anext__() yields and turns StopAsyncIteration into the
 * default value. */
#include "modules/builtins.h"
#include "objects/err.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"

typedef struct AnextAwaitableObj {
    Object base;
    Value wrapped;  /* the awaitable __anext__() returned */
    Value inner;    /* its __await__() iterator, once started */
    Value dflt;
} AnextAwaitableObj;

extern Type AnextAwaitable_Type;

Value anext_awaitable_new(Value awaitable, Value dflt)
{
    AnextAwaitableObj *a = (AnextAwaitableObj *)obj_alloc(&AnextAwaitable_Type, 0);
    if (!a)
        return VAL_NULL;
    a->wrapped = val_ref(awaitable);
    a->dflt = val_ref(dflt);
    return (Value)a;
}

static void aa_dealloc(Object *o)
{
    AnextAwaitableObj *a = (AnextAwaitableObj *)o;
    val_clear(&a->wrapped);
    val_clear(&a->inner);
    val_clear(&a->dflt);
    obj_free(o);
}

static int aa_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    AnextAwaitableObj *a = (AnextAwaitableObj *)o;
    Value vs[] = {a->wrapped, a->inner, a->dflt};
    for (int i = 0; i < 3; i++)
        if (vs[i] && visit(vs[i], arg))
            return 1;
    return 0;
}

static Value aa_inner(AnextAwaitableObj *a)
{
    if (!a->inner) {
        bool missing;
        Value it = obj_call_special(a->wrapped, str_intern_cstr("__await__"), NULL, 0, NULL, &missing);
        if (missing) {
            err_set(&Exc_TypeError, "'%s' object can't be awaited", type_name(val_type(a->wrapped)));
            return VAL_NULL;
        }
        if (!it)
            return VAL_NULL;
        a->inner = it;
    }
    return a->inner;
}

/* StopAsyncIteration from the inner iterator becomes StopIteration(default). */
static Value aa_result(AnextAwaitableObj *a, Value r)
{
    if (!r && err_matches(&Exc_StopAsyncIteration)) {
        err_clear();
        err_set_value(&Exc_StopIteration, a->dflt);
    }
    return r;
}

static Value aa_send(Value self, const Value *args, size_t nargs, Object *kw)
{
    AnextAwaitableObj *a = (AnextAwaitableObj *)val_as_obj(self);
    if (args_count("send", nargs, 1, 1) < 0)
        return VAL_NULL;
    Value it = aa_inner(a);
    if (!it)
        return aa_result(a, VAL_NULL);
    Value r = args[0] == VAL_NONE ? obj_next(it) : obj_call_method_cstr(it, "send", args, 1);
    if (!r && !err_occurred() && args[0] == VAL_NONE)
        err_set_value(&Exc_StopIteration, VAL_NULL); /* obj_next swallowed it: rebuild */
    return aa_result(a, r);
}

static Value aa_next(Value self)
{
    AnextAwaitableObj *a = (AnextAwaitableObj *)val_as_obj(self);
    Value it = aa_inner(a);
    if (!it)
        return aa_result(a, VAL_NULL);
    Value r = val_type(it)->iternext ? val_type(it)->iternext(it) : obj_next(it);
    return aa_result(a, r);
}

static Value aa_throw(Value self, const Value *args, size_t nargs, Object *kw)
{
    AnextAwaitableObj *a = (AnextAwaitableObj *)val_as_obj(self);
    Value it = aa_inner(a);
    if (!it)
        return aa_result(a, VAL_NULL);
    return aa_result(a, obj_call_method_cstr(it, "throw", args, nargs));
}

static Value aa_close(Value self, const Value *args, size_t nargs, Object *kw)
{
    AnextAwaitableObj *a = (AnextAwaitableObj *)val_as_obj(self);
    if (!a->inner)
        return VAL_NONE;
    return obj_call_method_cstr(a->inner, "close", NULL, 0);
}

static Value aa_await(Value self, const Value *args, size_t nargs, Object *kw) { return val_ref(self); }

static Value aa_iter(Value self) { return val_ref(self); }

static const MethodDef aa_methods[] = {
    {"send", aa_send, 0, NULL},
    {"throw", aa_throw, 0, NULL},
    {"close", aa_close, 0, NULL},
    {"__await__", aa_await, 0, NULL},
    {0},
};

Type AnextAwaitable_Type = {
    TYPE_HEADER("anext_awaitable", aa_dealloc),
    .tflags = TF_HAS_GC,
    .basicsize = sizeof(AnextAwaitableObj),
    .iter = aa_iter,
    .iternext = aa_next,
    .traverse = aa_traverse,
    .methods = aa_methods,
};
