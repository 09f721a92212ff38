/* Python-visible frame objects (made lazily for tracebacks and
 * sys._getframe; they outlive their frame by taking a snapshot of what they
 * show) and traceback objects. */
#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "vm/vm_internal.h"

typedef struct FrameObj {
    Object base;
    Frame *frame;          /* the live frame, NULL once it ended */
    Value code;
    Object *globals, *builtins;
    Value back;            /* after the frame ended: f_back, or VAL_NULL */
    Value locals;          /* after the frame ended: the f_locals snapshot */
    int lasti;             /* after the frame ended */
} FrameObj;

Object *frame_get_object(Frame *f)
{
    if (f->frame_obj)
        return f->frame_obj;
    FrameObj *fo = (FrameObj *)obj_alloc(&Frame_Type, 0);
    if (!fo)
        return NULL;
    fo->frame = f;
    fo->code = val_ref(val_from_obj(&f->code->base));
    obj_incref(f->globals);
    fo->globals = f->globals;
    obj_incref(f->builtins);
    fo->builtins = f->builtins;
    fo->lasti = -1;
    f->frame_obj = &fo->base;
    return &fo->base;
}

/* f_locals of a live frame: the mapping of module and class code, a
 * snapshot dict of the fast slots otherwise. */
static Value live_locals(Frame *f)
{
    if (!(f->code->flags & CO_OPTIMIZED) && f->locals)
        return val_ref(f->locals);
    Object *d = dict_new();
    if (!d)
        return VAL_NULL;
    CodeObj *co = f->code;
    Object *names = val_as_obj(co->localsplusnames);
    for (int i = 0; i < co->nlocalsplus; i++) {
        uint8_t k = co->localspluskinds[i];
        if (k & FAST_HIDDEN)
            continue;
        Value v = f->localsplus[i];
        if (!v)
            continue;
        bool is_cell = (k & (FAST_CELL | FAST_FREE)) && val_is_obj(v) && val_as_obj(v)->type == &Cell_Type;
        if (is_cell) {
            v = cell_get((CellObj *)val_as_obj(v));
            if (!v)
                continue;
        } else {
            val_incref(v);
        }
        int r = dict_set(d, tuple_get(names, i), v);
        val_decref(v);
        if (r < 0) {
            obj_decref(d);
            return VAL_NULL;
        }
    }
    return val_from_obj(d);
}

void frame_detach_object(Frame *f)
{
    FrameObj *fo = (FrameObj *)f->frame_obj;
    if (!fo)
        return;
    fo->lasti = frame_lasti(f);
    fo->locals = live_locals(f);
    if (!fo->locals)
        err_clear();
    if (f->prev) {
        Object *back = frame_get_object(f->prev);
        if (back)
            fo->back = val_ref(val_from_obj(back));
        else
            err_clear();
    }
    fo->frame = NULL;
    f->frame_obj = NULL;
    obj_decref(&fo->base);
}

static void frameobj_dealloc(Object *o)
{
    FrameObj *fo = (FrameObj *)o;
    val_xdecref(fo->code);
    obj_xdecref(fo->globals);
    obj_xdecref(fo->builtins);
    val_xdecref(fo->back);
    val_xdecref(fo->locals);
    obj_free(o);
}

#define FO(self) ((FrameObj *)val_as_obj(self))

static int fo_lasti(FrameObj *fo) { return fo->frame ? frame_lasti(fo->frame) : fo->lasti; }

static Value fo_get_code(Value self, void *c) { (void)c; return val_ref(FO(self)->code); }
static Value fo_get_globals(Value self, void *c) { (void)c; return val_ref(val_from_obj(FO(self)->globals)); }
static Value fo_get_builtins(Value self, void *c) { (void)c; return val_ref(val_from_obj(FO(self)->builtins)); }
static Value fo_get_lineno(Value self, void *c)
{
    (void)c;
    int line = code_line(val_as_code(FO(self)->code), fo_lasti(FO(self)) < 0 ? 0 : fo_lasti(FO(self)));
    return line < 0 ? val_ref(VAL_NONE) : val_from_int(line);
}
static Value fo_get_lasti(Value self, void *c) { (void)c; return val_from_int(fo_lasti(FO(self)) * 2); }
static Value fo_get_back(Value self, void *c)
{
    (void)c;
    FrameObj *fo = FO(self);
    if (fo->frame) {
        if (!fo->frame->prev)
            return val_ref(VAL_NONE);
        Object *b = frame_get_object(fo->frame->prev);
        return b ? val_ref(val_from_obj(b)) : VAL_NULL;
    }
    return fo->back ? val_ref(fo->back) : val_ref(VAL_NONE);
}
static Value fo_get_locals(Value self, void *c)
{
    (void)c;
    FrameObj *fo = FO(self);
    if (fo->frame)
        return live_locals(fo->frame);
    if (fo->locals)
        return val_ref(fo->locals);
    return val_from_obj(dict_new());
}
static Value fo_get_trace(Value self, void *c) { (void)self; (void)c; return val_ref(VAL_NONE); }
static Value fo_get_generator(Value self, void *c)
{
    (void)c;
    FrameObj *fo = FO(self);
    if (fo->frame && fo->frame->owner == FRAME_GENERATOR)
        return val_ref(val_from_obj(&frame_gen(fo->frame)->base));
    return val_ref(VAL_NONE);
}

static const GetSetDef frame_getsets[] = {
    {"f_code", fo_get_code, NULL, NULL, NULL},
    {"f_globals", fo_get_globals, NULL, NULL, NULL},
    {"f_builtins", fo_get_builtins, NULL, NULL, NULL},
    {"f_lineno", fo_get_lineno, NULL, NULL, NULL},
    {"f_lasti", fo_get_lasti, NULL, NULL, NULL},
    {"f_back", fo_get_back, NULL, NULL, NULL},
    {"f_locals", fo_get_locals, NULL, NULL, NULL},
    {"f_trace", fo_get_trace, NULL, NULL, NULL},
    {"f_generator", fo_get_generator, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static Value frameobj_repr(Value self)
{
    FrameObj *fo = FO(self);
    CodeObj *co = val_as_code(fo->code);
    int lasti = fo_lasti(fo);
    return str_printf("<frame at %p, file %R, line %d, code %U>", (void *)val_as_obj(self), co->filename,
                      code_line(co, lasti < 0 ? 0 : lasti), val_as_obj(co->name));
}

static hash_t identity_hash(Value self) { return (hash_t)(self >> 4); }

Type Frame_Type = {
    TYPE_HEADER("frame", frameobj_dealloc),
    .tflags = TF_HAS_GC,
    .basicsize = sizeof(FrameObj),
    .repr = frameobj_repr,
    .hash = identity_hash,
    .getsets = frame_getsets,
};

void vm_frame_info(Value frame, Object **filename, Object **name)
{
    CodeObj *co = val_as_code(FO(frame)->code);
    *filename = val_as_obj(co->filename);
    *name = val_as_obj(co->name);
}

int vm_tb_position(Value tbv, int *line, int *end_line, int *col, int *end_col)
{
    TracebackObj *tb = (TracebackObj *)val_as_obj(tbv);
    if (!tb->frame || tb->lasti < 0)
        return -1;
    CodeLoc loc;
    code_location(val_as_code(FO(tb->frame)->code), tb->lasti / 2, &loc);
    if (loc.line < 0)
        return -1;
    *line = loc.line;
    *end_line = loc.end_line;
    *col = loc.col;
    *end_col = loc.end_col;
    return 0;
}

/* ---- Tracebacks ----------------------------------------------------------------------- */

void vm_add_traceback(Value exc, Frame *f)
{
    Object *fo = frame_get_object(f);
    TracebackObj *tb = fo ? (TracebackObj *)obj_alloc(&Traceback_Type, 0) : NULL;
    if (!tb) {
        err_clear();
        return;
    }
    Value old = ((ExcObj *)val_as_obj(exc))->traceback;
    tb->next = old ? val_ref(old) : VAL_NULL;
    tb->frame = val_ref(val_from_obj(fo));
    tb->lasti = frame_lasti(f) * 2;
    tb->lineno = code_line(f->code, frame_lasti(f));
    exc_set_traceback(exc, val_from_obj(&tb->base));
}

static void tb_dealloc(Object *o)
{
    TracebackObj *tb = (TracebackObj *)o;
    /* long chains: unlink iteratively to bound the C recursion */
    Value next = tb->next;
    tb->next = VAL_NULL;
    val_xdecref(tb->frame);
    obj_free(o);
    while (next) {
        Object *n = val_as_obj(next);
        if (obj_refcount(n) != 1 || n->type != &Traceback_Type || !obj_owned_by_current(n)) {
            val_decref(next);
            break;
        }
        TracebackObj *nt = (TracebackObj *)n;
        Value after = nt->next;
        nt->next = VAL_NULL;
        val_decref(next);
        next = after;
    }
}

#define TB(self) ((TracebackObj *)val_as_obj(self))
static Value tb_get_next(Value self, void *c) { (void)c; return TB(self)->next ? val_ref(TB(self)->next) : val_ref(VAL_NONE); }
static int tb_set_next(Value self, Value v, void *c)
{
    (void)c;
    if (!v) {
        err_set(&Exc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v == VAL_NONE)
        v = VAL_NULL;
    else if (val_type(v) != &Traceback_Type) {
        err_set(&Exc_TypeError, "expected traceback object or None, got '%s'", type_name(val_type(v)));
        return -1;
    }
    for (Value x = v; x; x = TB(x)->next)
        if (x == self) {
            err_set(&Exc_ValueError, "traceback loop detected");
            return -1;
        }
    val_replace(&TB(self)->next, v ? val_ref(v) : VAL_NULL);
    return 0;
}
static Value tb_get_frame(Value self, void *c) { (void)c; return val_ref(TB(self)->frame); }
static Value tb_get_lineno(Value self, void *c)
{
    (void)c;
    return TB(self)->lineno < 0 ? val_ref(VAL_NONE) : val_from_int(TB(self)->lineno);
}
static Value tb_get_lasti(Value self, void *c) { (void)c; return val_from_int(TB(self)->lasti); }

static const GetSetDef tb_getsets[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL, NULL},
    {"tb_frame", tb_get_frame, NULL, NULL, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL, NULL},
    {"tb_lasti", tb_get_lasti, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static int tb_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    TracebackObj *tb = (TracebackObj *)o;
    int r = tb->next ? visit(tb->next, arg) : 0;
    return r ? r : visit(tb->frame, arg);
}

Type Traceback_Type = {
    TYPE_HEADER("traceback", tb_dealloc),
    .tflags = TF_HAS_GC,
    .basicsize = sizeof(TracebackObj),
    .hash = identity_hash,
    .traverse = tb_traverse,
    .getsets = tb_getsets,
};
