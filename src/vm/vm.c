/* The VM's per-thread state (data stack of frames, handled exceptions,
 * depth) and its entry points: running module code and class bodies,
 * locals()/globals(), sys._getframe, the recursion limit, super(). */
#include <stdlib.h>
#include <string.h>

#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/module.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "runtime/mem.h"
#include "vm/vm_internal.h"

_Thread_local VmThread *vm_tls;
int vm_recursion_limit = 1000;
static Value builtins_module;

#define CHUNK_VALUES (64 * 1024 / sizeof(Value))

VmThread *vm_thread_slow(void)
{
    VmThread *t = mem_calloc(1, sizeof *t);
    if (!t)
        abort();
    t->exc_info = &t->exc_base;
    vm_tls = t;
    return t;
}

static StackChunk *chunk_new(StackChunk *prev, size_t values)
{
    if (values < CHUNK_VALUES)
        values = CHUNK_VALUES;
    StackChunk *c = mem_alloc(sizeof(StackChunk) + values * sizeof(Value));
    if (!c)
        return NULL;
    c->prev = prev;
    c->top = c->data;
    c->limit = c->data + values;
    return c;
}

Frame *vm_push_frame(VmThread *t, CodeObj *co)
{
    if (t->depth >= vm_recursion_limit) {
        err_set(&Exc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    size_t need = (sizeof(Frame) + sizeof(Value) - 1) / sizeof(Value) + (size_t)co->framesize;
    StackChunk *c = t->chunk;
    if (!c || c->top + need > c->limit) {
        StackChunk *n = chunk_new(c, need);
        if (!n) {
            err_no_memory();
            return NULL;
        }
        t->chunk = n;
        c = n;
    }
    Frame *f = (Frame *)c->top;
    c->top += need;
    memset(f->localsplus, 0, (size_t)co->nlocalsplus * sizeof(Value));
    t->depth++;
    return f;
}

void vm_pop_frame(VmThread *t, Frame *f)
{
    StackChunk *c = t->chunk;
    c->top = (Value *)f;
    t->depth--;
    if (c->top == c->data && c->prev) {
        t->chunk = c->prev;
        mem_free(c);
    }
}

int vm_enter_c(VmThread *t)
{
    (void)t;
    return obj_enter_recursive(" while calling a Python object");
}

/* ---- Entry points --------------------------------------------------------------- */

void vm_set_builtins(Value module)
{
    val_incref(module);
    val_xdecref(builtins_module);
    builtins_module = module;
}

/* The builtins dict for code run with globals g. */
static Object *builtins_for(Object *g)
{
    Value b;
    int r = dict_get_cstr(g, "__builtins__", &b);
    if (r < 0)
        return NULL;
    if (r == 0) {
        if (!builtins_module) {
            VmThread *t = vm_thread();
            if (t->frame) {
                obj_incref(t->frame->builtins);
                return t->frame->builtins;
            }
            err_set(&Exc_SystemError, "no builtins module");
            return NULL;
        }
        if (dict_set_cstr(g, "__builtins__", builtins_module) < 0)
            return NULL;
        b = val_ref(builtins_module);
    }
    Object *d;
    if (val_is_dict(b)) {
        d = val_as_obj(b);
        return d;
    }
    if (val_is_obj(b) && val_as_obj(b)->type == &Module_Type) {
        d = module_dict(b);
        obj_incref(d);
        val_decref(b);
        return d;
    }
    val_decref(b);
    err_set(&Exc_TypeError, "__builtins__ must be a dict or a module");
    return NULL;
}

static Value run_frame_of(VmThread *t, CodeObj *co, Object *globals, Object *builtins, Value func,
                          Value locals)
{
    Frame *f = vm_push_frame(t, co);
    if (!f)
        return VAL_NULL;
    obj_incref(&co->base);
    f->code = co;
    f->func = func ? val_ref(func) : VAL_NULL;
    f->globals = globals;
    f->builtins = builtins;
    f->locals = locals ? val_ref(locals) : VAL_NULL;
    f->ip = co->code;
    f->sp = frame_stack_base(f);
    f->frame_obj = NULL;
    f->owner = FRAME_THREAD;
    f->entry = 1;
    f->prev = t->frame;
    t->frame = f;
    return vm_eval_frame(t, f, false);
}

Value vm_eval_code(Value code, Object *globals, Value locals)
{
    if (!val_is_code(code)) {
        err_set(&Exc_TypeError, "expected a code object");
        return VAL_NULL;
    }
    VmThread *t = vm_thread();
    Object *builtins = builtins_for(globals);
    if (!builtins)
        return VAL_NULL;
    CodeObj *co = val_as_code(code);
    if (co->nfrees) {
        obj_decref(builtins);
        err_set(&Exc_TypeError, "code object passed to exec() may not contain free variables");
        return VAL_NULL;
    }
    /* module-level code runs with its globals as locals; the frame borrows
     * globals and builtins, which the caller and this call keep alive */
    Value r = run_frame_of(t, co, globals, builtins, VAL_NULL, locals ? locals : val_from_obj(globals));
    obj_decref(builtins);
    return r;
}

Value vm_run_class_body(Value func, Value ns)
{
    FuncObj *fn = (FuncObj *)val_as_obj(func);
    VmThread *t = vm_thread();
    return run_frame_of(t, val_as_code(fn->code), fn->globals, fn->builtins, func, ns);
}

Object *vm_current_globals(void)
{
    VmThread *t = vm_thread();
    return t->frame ? t->frame->globals : NULL;
}

Value vm_current_locals(void)
{
    VmThread *t = vm_thread();
    if (!t->frame) {
        err_set(&Exc_SystemError, "locals(): no current frame");
        return VAL_NULL;
    }
    Object *fo = frame_get_object(t->frame);
    if (!fo)
        return VAL_NULL;
    return obj_getattr_cstr(val_from_obj(fo), "f_locals");
}

Value vm_handled_exception(void)
{
    VmThread *t = vm_thread();
    for (ExcStackItem *e = t->exc_info; e; e = e->prev)
        if (e->exc && e->exc != VAL_NONE)
            return e->exc;
    return VAL_NULL;
}

int vm_get_recursion_limit(void) { return vm_recursion_limit; }
void vm_set_recursion_limit(int limit) { vm_recursion_limit = limit; }

Value vm_get_frame(int depth)
{
    VmThread *t = vm_thread();
    Frame *f = t->frame;
    while (f && depth-- > 0)
        f = f->prev;
    if (!f) {
        err_set(&Exc_ValueError, "call stack is not deep enough");
        return VAL_NULL;
    }
    Object *fo = frame_get_object(f);
    return fo ? val_ref(val_from_obj(fo)) : VAL_NULL;
}

int vm_super_args(Value *type_out, Value *obj_out)
{
    VmThread *t = vm_thread();
    Frame *f = t->frame;
    if (!f) {
        err_set(&Exc_RuntimeError, "super(): no current frame");
        return -1;
    }
    CodeObj *co = f->code;
    if (co->argcount == 0 && !(co->flags & CO_VARARGS)) {
        err_set(&Exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    Value first = f->localsplus[0];
    if (first && (co->localspluskinds[0] & FAST_CELL) && val_is_obj(first) &&
        val_as_obj(first)->type == &Cell_Type)
        first = cell_get((CellObj *)val_as_obj(first));
    else if (first)
        val_incref(first);
    if (!first && (co->flags & CO_VARARGS) && co->argcount == 0) {
        Value rest = f->localsplus[co->kwonlyargcount];
        if (rest && val_is_tuple(rest) && tuple_size(val_as_obj(rest)) > 0)
            first = val_ref(tuple_get(val_as_obj(rest), 0));
    }
    if (!first) {
        err_set(&Exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    Object *names = val_as_obj(co->localsplusnames);
    for (int i = co->nlocalsplus - co->nfrees; i < co->nlocalsplus; i++) {
        if (!str_eq_cstr((StrObj *)val_as_obj(tuple_get(names, i)), "__class__"))
            continue;
        Value cell = f->localsplus[i];
        Value cls = cell ? cell_get((CellObj *)val_as_obj(cell)) : VAL_NULL;
        if (!cls) {
            val_decref(first);
            err_set(&Exc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!val_type_has(cls, TF_TYPE_SUBCLASS)) {
            err_set(&Exc_RuntimeError, "super(): __class__ is not a type (%s)", type_name(val_type(cls)));
            val_decref(cls);
            val_decref(first);
            return -1;
        }
        *type_out = cls;
        *obj_out = first;
        return 0;
    }
    val_decref(first);
    err_set(&Exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

int vm_init(void)
{
    Type *types[] = {&Code_Type, &Function_Type, &Method_Type, &Cell_Type, &Frame_Type, &Traceback_Type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (type_ready(types[i]) < 0)
            return -1;
    return genobj_init();
}
