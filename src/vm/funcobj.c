/* Function objects (vectorcallable; their attributes), argument binding
 * with CPython's TypeError messages, bound methods and cells. */
#include <string.h>

#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/listobj.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "runtime/mem.h"
#include <stdio.h>

#include "vm/vm_internal.h"

/* ---- Functions ------------------------------------------------------------------ */

Value func_new(Value code, Object *globals, Object *builtins)
{
    FuncObj *fn = (FuncObj *)obj_alloc(&Function_Type, 0);
    if (!fn)
        return VAL_NULL;
    CodeObj *co = val_as_code(code);
    fn->code = val_ref(code);
    obj_incref(globals);
    fn->globals = globals;
    obj_incref(builtins);
    fn->builtins = builtins;
    fn->name = val_ref(co->name);
    fn->qualname = val_ref(co->qualname);
    if (co->flags & CO_HAS_DOCSTRING)
        fn->doc = val_ref(tuple_get(val_as_obj(co->consts), 0));
    Value mod;
    int r = dict_get_cstr(globals, "__name__", &mod);
    if (r < 0) {
        err_clear();
        r = 0;
    }
    fn->module = r ? mod : VAL_NULL;
    fn->version = 1;
    return val_from_obj(&fn->base);
}

static void func_dealloc(Object *o)
{
    FuncObj *fn = (FuncObj *)o;
    val_xdecref(fn->code);
    obj_xdecref(fn->globals);
    obj_xdecref(fn->builtins);
    val_xdecref(fn->name);
    val_xdecref(fn->qualname);
    val_xdecref(fn->defaults);
    val_xdecref(fn->kwdefaults);
    val_xdecref(fn->closure);
    val_xdecref(fn->doc);
    val_xdecref(fn->module);
    val_xdecref(fn->annotations);
    val_xdecref(fn->annotate);
    val_xdecref(fn->type_params);
    obj_xdecref(fn->dict);
    obj_free(o);
}

static int func_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    FuncObj *fn = (FuncObj *)o;
    Value vs[] = {fn->code, val_from_obj(fn->globals), fn->defaults, fn->kwdefaults, fn->closure,
                  fn->doc, fn->module, fn->annotations, fn->annotate, fn->type_params,
                  fn->dict ? val_from_obj(fn->dict) : VAL_NULL};
    for (size_t i = 0; i < sizeof vs / sizeof vs[0]; i++)
        if (vs[i]) {
            int r = visit(vs[i], arg);
            if (r)
                return r;
        }
    return 0;
}

static Value func_repr(Value self)
{
    FuncObj *fn = (FuncObj *)val_as_obj(self);
    return str_printf("<function %U at %p>", val_as_obj(fn->qualname), (void *)val_as_obj(self));
}

static Value func_descr_get(Value descr, Value obj, Value owner)
{
    (void)owner;
    if (!obj || obj == VAL_NONE)
        return val_ref(descr);
    return method_new(descr, obj);
}

#define FN(self) ((FuncObj *)val_as_obj(self))

static Value fn_get_code(Value self, void *c) { (void)c; return val_ref(FN(self)->code); }
static int fn_set_code(Value self, Value v, void *c)
{
    (void)c;
    if (!v || !val_is_code(v)) {
        err_set(&Exc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    CodeObj *nc = val_as_code(v);
    int nfree = FN(self)->closure ? (int)tuple_size(val_as_obj(FN(self)->closure)) : 0;
    if (nc->nfrees != nfree) {
        err_set(&Exc_ValueError, "%U() requires a code object with %d free vars, not %d",
                val_as_obj(FN(self)->name), nfree, nc->nfrees);
        return -1;
    }
    val_replace(&FN(self)->code, val_ref(v));
    FN(self)->version = 0;
    return 0;
}
static Value fn_get_globals(Value self, void *c) { (void)c; return val_ref(val_from_obj(FN(self)->globals)); }
static Value fn_get_builtins(Value self, void *c) { (void)c; return val_ref(val_from_obj(FN(self)->builtins)); }
static Value fn_get_name(Value self, void *c) { (void)c; return val_ref(FN(self)->name); }
static int fn_set_name(Value self, Value v, void *c)
{
    (void)c;
    if (!v || !val_is_str(v)) {
        err_set(&Exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    val_replace(&FN(self)->name, val_ref(v));
    return 0;
}
static Value fn_get_qualname(Value self, void *c) { (void)c; return val_ref(FN(self)->qualname); }
static int fn_set_qualname(Value self, Value v, void *c)
{
    (void)c;
    if (!v || !val_is_str(v)) {
        err_set(&Exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    val_replace(&FN(self)->qualname, val_ref(v));
    return 0;
}
static Value opt_none(Value v) { return v ? val_ref(v) : val_ref(VAL_NONE); }
static Value fn_get_defaults(Value self, void *c) { (void)c; return opt_none(FN(self)->defaults); }
static int fn_set_defaults(Value self, Value v, void *c)
{
    (void)c;
    if (v == VAL_NONE)
        v = VAL_NULL;
    if (v && !val_is_tuple(v)) {
        err_set(&Exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    val_replace(&FN(self)->defaults, v ? val_ref(v) : VAL_NULL);
    FN(self)->version = 0;
    return 0;
}
static Value fn_get_kwdefaults(Value self, void *c) { (void)c; return opt_none(FN(self)->kwdefaults); }
static int fn_set_kwdefaults(Value self, Value v, void *c)
{
    (void)c;
    if (v == VAL_NONE)
        v = VAL_NULL;
    if (v && !val_is_dict(v)) {
        err_set(&Exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    val_replace(&FN(self)->kwdefaults, v ? val_ref(v) : VAL_NULL);
    FN(self)->version = 0;
    return 0;
}
static Value fn_get_closure(Value self, void *c) { (void)c; return opt_none(FN(self)->closure); }
static Value fn_get_doc(Value self, void *c) { (void)c; return opt_none(FN(self)->doc); }
static int fn_set_doc(Value self, Value v, void *c)
{
    (void)c;
    val_replace(&FN(self)->doc, v ? val_ref(v) : VAL_NULL);
    return 0;
}
static Value fn_get_module(Value self, void *c) { (void)c; return opt_none(FN(self)->module); }
static int fn_set_module(Value self, Value v, void *c)
{
    (void)c;
    val_replace(&FN(self)->module, v ? val_ref(v) : VAL_NULL);
    return 0;
}

/* 3.13's eager annotations arrive as a flat (name, value, ...) tuple. */
static Value fn_get_annotations(Value self, void *c)
{
    (void)c;
    FuncObj *fn = FN(self);
    if (fn->annotations && val_is_tuple(fn->annotations)) {
        Object *t = val_as_obj(fn->annotations);
        Object *d = dict_new();
        if (!d)
            return VAL_NULL;
        for (ssize_t i = 0; i + 1 < tuple_size(t); i += 2)
            if (dict_set(d, tuple_get(t, i), tuple_get(t, i + 1)) < 0) {
                obj_decref(d);
                return VAL_NULL;
            }
        val_replace(&fn->annotations, val_from_obj(d));
    }
    if (!fn->annotations) {
        if (fn->annotate && fn->annotate != VAL_NONE) {
            Value one = val_from_int(1);
            Value d = obj_call(fn->annotate, &one, 1, NULL);
            if (!d)
                return VAL_NULL;
            if (!val_is_dict(d)) {
                err_set(&Exc_TypeError, "__annotate__ returned non-dict of type '%s'", type_name(val_type(d)));
                val_decref(d);
                return VAL_NULL;
            }
            fn->annotations = d;
        } else {
            Object *d = dict_new();
            if (!d)
                return VAL_NULL;
            fn->annotations = val_from_obj(d);
        }
    }
    return val_ref(fn->annotations);
}
static int fn_set_annotations(Value self, Value v, void *c)
{
    (void)c;
    if (v == VAL_NONE)
        v = VAL_NULL;
    if (v && !val_is_dict(v)) {
        err_set(&Exc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    val_replace(&FN(self)->annotations, v ? val_ref(v) : VAL_NULL);
    return 0;
}
static Value fn_get_annotate(Value self, void *c) { (void)c; return opt_none(FN(self)->annotate); }
static int fn_set_annotate(Value self, Value v, void *c)
{
    (void)c;
    val_replace(&FN(self)->annotate, v && v != VAL_NONE ? val_ref(v) : VAL_NULL);
    return 0;
}
static Value fn_get_type_params(Value self, void *c)
{
    (void)c;
    return FN(self)->type_params ? val_ref(FN(self)->type_params) : tuple_empty();
}
static int fn_set_type_params(Value self, Value v, void *c)
{
    (void)c;
    if (!v || !val_is_tuple(v)) {
        err_set(&Exc_TypeError, "__type_params__ must be set to a tuple");
        return -1;
    }
    val_replace(&FN(self)->type_params, val_ref(v));
    return 0;
}

static const GetSetDef func_getsets[] = {
    {"__code__", fn_get_code, fn_set_code, NULL, NULL},
    {"__globals__", fn_get_globals, NULL, NULL, NULL},
    {"__builtins__", fn_get_builtins, NULL, NULL, NULL},
    {"__name__", fn_get_name, fn_set_name, NULL, NULL},
    {"__qualname__", fn_get_qualname, fn_set_qualname, NULL, NULL},
    {"__defaults__", fn_get_defaults, fn_set_defaults, NULL, NULL},
    {"__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults, NULL, NULL},
    {"__closure__", fn_get_closure, NULL, NULL, NULL},
    {"__doc__", fn_get_doc, fn_set_doc, NULL, NULL},
    {"__module__", fn_get_module, fn_set_module, NULL, NULL},
    {"__annotations__", fn_get_annotations, fn_set_annotations, NULL, NULL},
    {"__annotate__", fn_get_annotate, fn_set_annotate, NULL, NULL},
    {"__type_params__", fn_get_type_params, fn_set_type_params, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static hash_t identity_hash(Value self) { return (hash_t)(self >> 4); }

Type Function_Type = {
    TYPE_HEADER("function", func_dealloc),
    .tflags = TF_HAS_GC | TF_METHOD_DESCR,
    .basicsize = sizeof(FuncObj),
    .dictoffset = offsetof(FuncObj, dict),
    .repr = func_repr,
    .hash = identity_hash,
    .call = func_vectorcall,
    .descr_get = func_descr_get,
    .traverse = func_traverse,
    .getsets = func_getsets,
};

/* ---- Argument binding -------------------------------------------------------------- */

static Value qualname_of(FuncObj *fn) { return fn->qualname; }

/* 'a', 'b', and 'c' */
static Value format_names(Object **names, int n)
{
    StrBuilder b;
    sb_init(&b);
    for (int i = 0; i < n; i++) {
        if (i > 0)
            sb_add_ascii(&b, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
        sb_add_char(&b, '\'');
        sb_add_str(&b, val_from_obj(names[i]));
        sb_add_char(&b, '\'');
    }
    return sb_finish(&b);
}

static void missing_arguments(FuncObj *fn, const char *kind, Object **names, int n)
{
    Value list = format_names(names, n);
    if (!list)
        return;
    err_set(&Exc_TypeError, "%U() missing %d required %s argument%s: %U", val_as_obj(qualname_of(fn)), n,
            kind, n == 1 ? "" : "s", val_as_obj(list));
    val_decref(list);
}

static void too_many_positional(FuncObj *fn, CodeObj *co, int ndefaults, size_t given, int kwonly_given)
{
    char sig[64];
    bool plural = co->argcount != 1;
    if (ndefaults) {
        snprintf(sig, sizeof sig, "from %d to %d", co->argcount - ndefaults, co->argcount);
        plural = true;
    } else {
        snprintf(sig, sizeof sig, "%d", co->argcount);
    }
    char kwsig[96] = "";
    if (kwonly_given)
        snprintf(kwsig, sizeof kwsig, " positional argument%s (and %d keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    err_set(&Exc_TypeError, "%U() takes %s positional argument%s but %zu%s %s given",
            val_as_obj(qualname_of(fn)), sig, plural ? "s" : "", given, kwsig,
            given == 1 && !kwonly_given ? "was" : "were");
}

static int find_param(CodeObj *co, Object *name, int from, int to)
{
    Object *names = val_as_obj(co->localsplusnames);
    for (int j = from; j < to; j++)
        if (val_as_obj(tuple_get(names, j)) == name)
            return j;
    for (int j = from; j < to; j++)
        if (str_eq((StrObj *)val_as_obj(tuple_get(names, j)), (StrObj *)name))
            return j;
    return -1;
}

int vm_bind_args(FuncObj *fn, Value *slots, const Value *args, size_t nargs, Object *kwnames)
{
    CodeObj *co = val_as_code(fn->code);
    int argcount = co->argcount, kwonly = co->kwonlyargcount, posonly = co->posonlyargcount;
    int total = argcount + kwonly;
    bool varargs = (co->flags & CO_VARARGS) != 0, varkw = (co->flags & CO_VARKEYWORDS) != 0;
    Object *names = val_as_obj(co->localsplusnames);
    Object *kwdict = NULL;
    if (varkw) {
        kwdict = dict_new();
        if (!kwdict)
            return -1;
        slots[total + varargs] = val_from_obj(kwdict);
    }
    size_t n = nargs < (size_t)argcount ? nargs : (size_t)argcount;
    for (size_t i = 0; i < n; i++)
        slots[i] = val_ref(args[i]);
    if (varargs) {
        Object *rest = nargs > n ? tuple_from_array(args + n, (ssize_t)(nargs - n)) : val_as_obj(tuple_empty());
        if (!rest)
            return -1;
        slots[total] = val_from_obj(rest);
    }
    /* keywords */
    ssize_t nkw = kwnames ? tuple_size(kwnames) : 0;
    Object *posonly_as_kw[16];
    int nposonly_as_kw = 0;
    for (ssize_t k = 0; k < nkw; k++) {
        Object *name = val_as_obj(tuple_get(kwnames, k));
        Value value = args[nargs + (size_t)k];
        if (!val_is_str(val_from_obj(name))) {
            err_set(&Exc_TypeError, "%U() keywords must be strings", val_as_obj(qualname_of(fn)));
            return -1;
        }
        int j = find_param(co, name, posonly, total);
        if (j < 0) {
            if (!varkw && posonly && find_param(co, name, 0, posonly) >= 0) {
                if (nposonly_as_kw < 16)
                    posonly_as_kw[nposonly_as_kw++] = name;
                continue;
            }
            if (!varkw) {
                err_set(&Exc_TypeError, "%U() got an unexpected keyword argument '%U'",
                        val_as_obj(qualname_of(fn)), name);
                return -1;
            }
            if (dict_set(kwdict, val_from_obj(name), value) < 0)
                return -1;
            continue;
        }
        if (slots[j]) {
            err_set(&Exc_TypeError, "%U() got multiple values for argument '%U'", val_as_obj(qualname_of(fn)),
                    name);
            return -1;
        }
        slots[j] = val_ref(value);
    }
    if (nposonly_as_kw) {
        StrBuilder b;
        sb_init(&b);
        for (int i = 0; i < nposonly_as_kw; i++) {
            if (i)
                sb_add_ascii(&b, ", ");
            sb_add_str(&b, val_from_obj(posonly_as_kw[i]));
        }
        Value list = sb_finish(&b);
        if (!list)
            return -1;
        err_set(&Exc_TypeError, "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                val_as_obj(qualname_of(fn)), val_as_obj(list));
        val_decref(list);
        return -1;
    }
    int ndefaults = fn->defaults ? (int)tuple_size(val_as_obj(fn->defaults)) : 0;
    if (nargs > (size_t)argcount && !varargs) {
        int kwonly_given = 0;
        for (int j = argcount; j < total; j++)
            if (slots[j])
                kwonly_given++;
        too_many_positional(fn, co, ndefaults, nargs, kwonly_given);
        return -1;
    }
    /* defaults and missing arguments */
    if ((int)nargs < argcount) {
        int first_default = argcount - ndefaults;
        Object *missing[256];
        int nmissing = 0;
        for (int j = (int)nargs; j < first_default; j++)
            if (!slots[j] && nmissing < 256)
                missing[nmissing++] = val_as_obj(tuple_get(names, j));
        if (nmissing) {
            missing_arguments(fn, "positional", missing, nmissing);
            return -1;
        }
        for (int j = first_default > (int)nargs ? first_default : (int)nargs; j < argcount; j++)
            if (!slots[j])
                slots[j] = val_ref(tuple_get(val_as_obj(fn->defaults), j - first_default));
    }
    if (kwonly) {
        Object *missing[256];
        int nmissing = 0;
        for (int j = argcount; j < total; j++) {
            if (slots[j])
                continue;
            Value dv;
            int r = fn->kwdefaults ? dict_get_str(val_as_obj(fn->kwdefaults), val_as_obj(tuple_get(names, j)), &dv) : 0;
            if (r < 0)
                return -1;
            if (r == 1)
                slots[j] = dv;
            else if (nmissing < 256)
                missing[nmissing++] = val_as_obj(tuple_get(names, j));
        }
        if (nmissing) {
            missing_arguments(fn, "keyword-only", missing, nmissing);
            return -1;
        }
    }
    return 0;
}

/* ---- Bound methods -------------------------------------------------------------------- */

Value method_new(Value func, Value self)
{
    MethodObj *m = (MethodObj *)obj_alloc(&Method_Type, 0);
    if (!m)
        return VAL_NULL;
    m->func = val_ref(func);
    m->self = val_ref(self);
    return val_from_obj(&m->base);
}

static void method_dealloc(Object *o)
{
    MethodObj *m = (MethodObj *)o;
    val_xdecref(m->func);
    val_xdecref(m->self);
    obj_free(o);
}

static Value method_call(Value callable, const Value *args, size_t nargs, Object *kwnames)
{
    MethodObj *m = (MethodObj *)val_as_obj(callable);
    size_t total = nargs + (kwnames ? (size_t)tuple_size(kwnames) : 0);
    Value small[9];
    Value *buf = total + 1 <= 9 ? small : mem_alloc((total + 1) * sizeof(Value));
    if (!buf)
        return err_no_memory();
    buf[0] = m->self;
    if (total)
        memcpy(buf + 1, args, total * sizeof(Value));
    Value r = obj_call(m->func, buf, nargs + 1, kwnames);
    if (buf != small)
        mem_free(buf);
    return r;
}

static Value method_repr(Value self)
{
    MethodObj *m = (MethodObj *)val_as_obj(self);
    Value name = obj_getattr_cstr(m->func, "__qualname__");
    if (!name) {
        err_clear();
        name = obj_getattr_cstr(m->func, "__name__");
        if (!name) {
            err_clear();
            name = str_from_cstr("?");
            if (!name)
                return VAL_NULL;
        }
    }
    Value r = str_printf("<bound method %S of %R>", name, m->self);
    val_decref(name);
    return r;
}

static Value method_getattr(Value self, Object *name)
{
    Value r = obj_generic_getattr(self, name);
    if (r || !err_matches(&Exc_AttributeError))
        return r;
    err_clear();
    return obj_getattr(((MethodObj *)val_as_obj(self))->func, name);
}

static Value method_richcompare(Value a, Value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || val_type(b) != &Method_Type)
        return val_ref(VAL_NOTIMPL);
    MethodObj *x = (MethodObj *)val_as_obj(a), *y = (MethodObj *)val_as_obj(b);
    int eq = x->self == y->self;
    if (eq) {
        eq = obj_richcompare_bool(x->func, y->func, CMP_EQ);
        if (eq < 0)
            return VAL_NULL;
    }
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static hash_t method_hash(Value self)
{
    MethodObj *m = (MethodObj *)val_as_obj(self);
    hash_t h = obj_hash(m->func);
    if (h == -1)
        return -1;
    hash_t r = (hash_t)(m->self >> 4) ^ h;
    return r == -1 ? -2 : r;
}

static Value method_descr_get(Value descr, Value obj, Value owner)
{
    (void)obj;
    (void)owner;
    return val_ref(descr);
}

static Value m_get_func(Value self, void *c) { (void)c; return val_ref(((MethodObj *)val_as_obj(self))->func); }
static Value m_get_self(Value self, void *c) { (void)c; return val_ref(((MethodObj *)val_as_obj(self))->self); }
static Value m_get_doc(Value self, void *c)
{
    (void)c;
    return obj_getattr_cstr(((MethodObj *)val_as_obj(self))->func, "__doc__");
}

static const GetSetDef method_getsets[] = {
    {"__func__", m_get_func, NULL, NULL, NULL},
    {"__self__", m_get_self, NULL, NULL, NULL},
    {"__doc__", m_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static int method_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    MethodObj *m = (MethodObj *)o;
    int r = visit(m->func, arg);
    return r ? r : visit(m->self, arg);
}

Type Method_Type = {
    TYPE_HEADER("method", method_dealloc),
    .tflags = TF_HAS_GC,
    .basicsize = sizeof(MethodObj),
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .getattr = method_getattr,
    .call = method_call,
    .descr_get = method_descr_get,
    .traverse = method_traverse,
    .getsets = method_getsets,
};

/* ---- Cells ------------------------------------------------------------------------------- */

Value cell_new(Value v)
{
    CellObj *c = (CellObj *)obj_alloc(&Cell_Type, 0);
    if (!c)
        return VAL_NULL;
    atomic_init(&c->ref, v ? val_ref(v) : VAL_NULL);
    return val_from_obj(&c->base);
}

/* Reads and writes take the cell's lock: a reader must count its
 * reference before a writer can drop the old value. */
Value cell_get(CellObj *c)
{
    mutex_lock(&c->base.mutex);
    Value v = atomic_load_explicit(&c->ref, memory_order_relaxed);
    if (v)
        val_incref(v);
    mutex_unlock(&c->base.mutex);
    return v;
}

void cell_store(CellObj *c, Value v)
{
    mutex_lock(&c->base.mutex);
    Value old = atomic_load_explicit(&c->ref, memory_order_relaxed);
    atomic_store_explicit(&c->ref, v, memory_order_relaxed);
    mutex_unlock(&c->base.mutex);
    val_xdecref(old);
}

void cell_set(Value cell, Value v)
{
    cell_store((CellObj *)val_as_obj(cell), v ? val_ref(v) : VAL_NULL);
}

static void cell_dealloc(Object *o)
{
    CellObj *c = (CellObj *)o;
    val_xdecref(atomic_load_explicit(&c->ref, memory_order_relaxed));
    obj_free(o);
}

static Value cell_repr(Value self)
{
    Value v = cell_get((CellObj *)val_as_obj(self));
    if (!v)
        return str_printf("<cell at %p: empty>", (void *)val_as_obj(self));
    Value r = str_printf("<cell at %p: %s object at %p>", (void *)val_as_obj(self), type_name(val_type(v)),
                         (void *)val_as_obj(v));
    val_decref(v);
    return r;
}

static Value cell_get_contents(Value self, void *c)
{
    (void)c;
    Value v = cell_get((CellObj *)val_as_obj(self));
    if (!v)
        err_set(&Exc_ValueError, "Cell is empty");
    return v;
}

static int cell_set_contents(Value self, Value v, void *c)
{
    (void)c;
    cell_set(self, v);
    return 0;
}

static const GetSetDef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static int cell_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    Value v = atomic_load_explicit(&((CellObj *)o)->ref, memory_order_relaxed);
    return v ? visit(v, arg) : 0;
}

Type Cell_Type = {
    TYPE_HEADER("cell", cell_dealloc),
    .tflags = TF_HAS_GC,
    .basicsize = sizeof(CellObj),
    .repr = cell_repr,
    .hash = identity_hash,
    .traverse = cell_traverse,
    .getsets = cell_getsets,
};
