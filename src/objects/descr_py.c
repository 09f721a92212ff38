/* classmethod, staticmethod and property: the descriptors Python code
 * makes with decorators. */
#include "objects/descr.h"
#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "vm/vm.h"

/* ---- classmethod / staticmethod --------------------------------------------- */

static Value wrapper_make(Type *t, Value callable)
{
    WrapperObj *w = (WrapperObj *)obj_alloc(t, 0);
    if (!w)
        return VAL_NULL;
    w->callable = val_ref(callable);
    return (Value)w;
}

Value classmethod_new(Value callable) { return wrapper_make(&ClassMethod_Type, callable); }
Value staticmethod_new(Value callable) { return wrapper_make(&StaticMethod_Type, callable); }

static void wrapper_dealloc(Object *o)
{
    WrapperObj *w = (WrapperObj *)o;
    val_clear(&w->callable);
    obj_xdecref(w->dict);
    obj_free(o);
}

static int wrapper_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    WrapperObj *w = (WrapperObj *)o;
    if (w->callable && visit(w->callable, arg))
        return 1;
    return w->dict ? visit((Value)w->dict, arg) : 0;
}

/* Copies __name__, __qualname__, __doc__, __module__ of the wrapped callable
 * into the wrapper's dict (functools.update_wrapper-like, as CPython 3.10+). */
static int wrapper_copy_attrs(WrapperObj *w)
{
    static const char *const names[] = {"__module__", "__name__", "__qualname__", "__doc__"};
    Object *d = obj_instance_dict((Value)w, true);
    if (!d)
        return -1;
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        Value v;
        int found = obj_lookup_attr(w->callable, str_intern_cstr(names[i]), &v);
        if (found < 0)
            return -1;
        if (found) {
            int r = dict_set_cstr(d, names[i], v);
            val_decref(v);
            if (r < 0)
                return -1;
        }
    }
    return 0;
}

static int wrapper_init(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    WrapperObj *w = (WrapperObj *)val_as_obj(self);
    const char *name = val_type(self) == &ClassMethod_Type || type_is_subtype(val_type(self), &ClassMethod_Type)
                           ? "classmethod" : "staticmethod";
    if (args_no_kw(name, kwnames) < 0 || args_count(name, nargs, 1, 1) < 0)
        return -1;
    val_replace(&w->callable, val_ref(args[0]));
    return wrapper_copy_attrs(w);
}

static Value wrapper_tp_new(Type *type, const Value *args, size_t nargs, Object *kwnames)
{
    Object *o = obj_alloc(type, 0);
    return o ? (Value)o : VAL_NULL;
}

static Value classmethod_get(Value descr, Value obj, Value owner)
{
    WrapperObj *w = (WrapperObj *)val_as_obj(descr);
    if (!owner || owner == VAL_NONE)
        owner = (Value)val_type(obj);
    return method_new(w->callable, owner);
}

static Value staticmethod_get(Value descr, Value obj, Value owner)
{
    return val_ref(((WrapperObj *)val_as_obj(descr))->callable);
}

static Value staticmethod_call(Value callable, const Value *args, size_t nargs, Object *kwnames)
{
    return obj_call(((WrapperObj *)val_as_obj(callable))->callable, args, nargs, kwnames);
}

static Value wrapper_get_func(Value self, void *c) { return val_ref(((WrapperObj *)val_as_obj(self))->callable); }

static Value wrapper_get_isabstract(Value self, void *c)
{
    Value v;
    int found = obj_lookup_attr(((WrapperObj *)val_as_obj(self))->callable,
                                str_intern_cstr("__isabstractmethod__"), &v);
    if (found < 0)
        return VAL_NULL;
    if (!found)
        return VAL_FALSE;
    int t = obj_is_true(v);
    val_decref(v);
    return t < 0 ? VAL_NULL : val_bool(t);
}

static Value wrapper_repr(Value v)
{
    WrapperObj *w = (WrapperObj *)val_as_obj(v);
    const char *name = type_name(val_type(v));
    return str_printf("<%s(%R)>", name, w->callable);
}

static const GetSetDef wrapper_getsets[] = {
    {"__func__", wrapper_get_func, NULL, NULL, NULL},
    {"__wrapped__", wrapper_get_func, NULL, NULL, NULL},
    {"__isabstractmethod__", wrapper_get_isabstract, NULL, NULL, NULL},
    {0},
};

Type ClassMethod_Type = {
    TYPE_HEADER("classmethod", wrapper_dealloc),
    .tflags = TF_BASETYPE | TF_HAS_GC,
    .basicsize = sizeof(WrapperObj),
    .dictoffset = offsetof(WrapperObj, dict),
    .tp_new = wrapper_tp_new,
    .init = wrapper_init,
    .descr_get = classmethod_get,
    .repr = wrapper_repr,
    .traverse = wrapper_traverse,
    .getsets = wrapper_getsets,
};

Type StaticMethod_Type = {
    TYPE_HEADER("staticmethod", wrapper_dealloc),
    .tflags = TF_BASETYPE | TF_HAS_GC,
    .basicsize = sizeof(WrapperObj),
    .dictoffset = offsetof(WrapperObj, dict),
    .tp_new = wrapper_tp_new,
    .init = wrapper_init,
    .descr_get = staticmethod_get,
    .call = staticmethod_call,
    .repr = wrapper_repr,
    .traverse = wrapper_traverse,
    .getsets = wrapper_getsets,
};

/* ---- property ------------------------------------------------------------------ */

static void property_dealloc(Object *o)
{
    PropertyObj *p = (PropertyObj *)o;
    val_clear(&p->fget);
    val_clear(&p->fset);
    val_clear(&p->fdel);
    val_clear(&p->doc);
    val_clear(&p->name);
    obj_free(o);
}

static int property_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    PropertyObj *p = (PropertyObj *)o;
    Value vs[] = {p->fget, p->fset, p->fdel, p->doc, p->name};
    for (size_t i = 0; i < 5; i++)
        if (vs[i] && visit(vs[i], arg))
            return 1;
    return 0;
}

static Value property_tp_new(Type *type, const Value *args, size_t nargs, Object *kwnames)
{
    Object *o = obj_alloc(type, 0);
    return o ? (Value)o : VAL_NULL;
}

static Value none_to_null(Value v) { return (v && v != VAL_NONE) ? val_ref(v) : VAL_NULL; }

static int property_init(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    static const ArgSpec spec = {"property", names, 4, 0, 0, 4};
    Value a[4];
    if (args_parse(&spec, args, nargs, kwnames, a) < 0)
        return -1;
    PropertyObj *p = (PropertyObj *)val_as_obj(self);
    val_replace(&p->fget, none_to_null(a[0]));
    val_replace(&p->fset, none_to_null(a[1]));
    val_replace(&p->fdel, none_to_null(a[2]));
    val_replace(&p->doc, none_to_null(a[3]));
    p->getter_doc = false;
    if (!p->doc && p->fget) {
        Value d;
        int found = obj_lookup_attr(p->fget, str_intern_cstr("__doc__"), &d);
        if (found < 0)
            return -1;
        if (found && d != VAL_NONE) {
            p->doc = d;
            p->getter_doc = true;
        } else {
            val_xdecref(d);
        }
    }
    /* A subclass instance keeps the doc in its __dict__, as CPython. */
    if (val_type(self) != &Property_Type && p->doc) {
        Object *dict = obj_instance_dict(self, true);
        if (dict && dict_set_cstr(dict, "__doc__", p->doc) < 0)
            return -1;
    }
    return 0;
}

static Value property_qualname_error(PropertyObj *p, Value obj, const char *what)
{
    Type *t = val_type(obj);
    if (p->name)
        err_set(&Exc_AttributeError, "property %R of '%s' object %s", p->name, type_name(t), what);
    else
        err_set(&Exc_AttributeError, "property of '%s' object %s", type_name(t), what);
    return VAL_NULL;
}

static Value property_get(Value descr, Value obj, Value owner)
{
    PropertyObj *p = (PropertyObj *)val_as_obj(descr);
    if (!obj)
        return val_ref(descr);
    if (!p->fget)
        return property_qualname_error(p, obj, "has no getter");
    return obj_call1(p->fget, obj);
}

static int property_set(Value descr, Value obj, Value v)
{
    PropertyObj *p = (PropertyObj *)val_as_obj(descr);
    Value fn = v ? p->fset : p->fdel;
    if (!fn) {
        property_qualname_error(p, obj, v ? "has no setter" : "has no deleter");
        return -1;
    }
    Value r = v ? obj_call2(fn, obj, v) : obj_call1(fn, obj);
    if (!r)
        return -1;
    val_decref(r);
    return 0;
}

/* prop.getter(f) / setter(f) / deleter(f): a copy with one accessor changed. */
static Value property_copy(Value self, int which, Value fn)
{
    PropertyObj *p = (PropertyObj *)val_as_obj(self);
    Value acc[3] = {p->fget, p->fset, p->fdel};
    acc[which] = fn;
    Value args[4];
    for (int i = 0; i < 3; i++)
        args[i] = acc[i] ? acc[i] : VAL_NONE;
    args[3] = (p->getter_doc && which == 0) || !p->doc ? VAL_NONE : p->doc;
    Value np = obj_call((Value)val_type(self), args, 4, NULL);
    if (np && p->name && val_isinstance_type(np, &Property_Type)) {
        PropertyObj *q = (PropertyObj *)val_as_obj(np);
        val_replace(&q->name, val_ref(p->name));
    }
    return np;
}

static Value property_getter(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("getter", kw) < 0 || args_count("getter", nargs, 1, 1) < 0)
        return VAL_NULL;
    return property_copy(self, 0, args[0]);
}
static Value property_setter(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("setter", kw) < 0 || args_count("setter", nargs, 1, 1) < 0)
        return VAL_NULL;
    return property_copy(self, 1, args[0]);
}
static Value property_deleter(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("deleter", kw) < 0 || args_count("deleter", nargs, 1, 1) < 0)
        return VAL_NULL;
    return property_copy(self, 2, args[0]);
}
static Value property_set_name(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("__set_name__", kw) < 0 || args_count("__set_name__", nargs, 2, 2) < 0)
        return VAL_NULL;
    PropertyObj *p = (PropertyObj *)val_as_obj(self);
    val_replace(&p->name, val_ref(args[1]));
    return VAL_NONE;
}

static const MethodDef property_methods[] = {
    {"getter", property_getter, 0, NULL},
    {"setter", property_setter, 0, NULL},
    {"deleter", property_deleter, 0, NULL},
    {"__set_name__", property_set_name, 0, NULL},
    {0},
};

static Value prop_field(Value self, void *off)
{
    Value v = *(Value *)((char *)val_as_obj(self) + (size_t)off);
    return v ? val_ref(v) : VAL_NONE;
}
static Value prop_get_name(Value self, void *c)
{
    PropertyObj *p = (PropertyObj *)val_as_obj(self);
    if (p->name)
        return val_ref(p->name);
    if (p->fget)
        return obj_getattr_cstr(p->fget, "__name__");
    err_set(&Exc_AttributeError, "'property' object has no attribute '__name__'");
    return VAL_NULL;
}
static int prop_set_doc(Value self, Value v, void *c)
{
    PropertyObj *p = (PropertyObj *)val_as_obj(self);
    val_replace(&p->doc, v ? val_ref(v) : VAL_NULL);
    return 0;
}
static Value prop_get_isabstract(Value self, void *c)
{
    PropertyObj *p = (PropertyObj *)val_as_obj(self);
    Value fs[3] = {p->fget, p->fset, p->fdel};
    for (int i = 0; i < 3; i++) {
        if (!fs[i])
            continue;
        Value v;
        int found = obj_lookup_attr(fs[i], str_intern_cstr("__isabstractmethod__"), &v);
        if (found < 0)
            return VAL_NULL;
        if (found) {
            int t = obj_is_true(v);
            val_decref(v);
            if (t)
                return t < 0 ? VAL_NULL : VAL_TRUE;
        }
    }
    return VAL_FALSE;
}

static const GetSetDef property_getsets[] = {
    {"fget", prop_field, NULL, (void *)offsetof(PropertyObj, fget), NULL},
    {"fset", prop_field, NULL, (void *)offsetof(PropertyObj, fset), NULL},
    {"fdel", prop_field, NULL, (void *)offsetof(PropertyObj, fdel), NULL},
    {"__doc__", prop_field, prop_set_doc, (void *)offsetof(PropertyObj, doc), NULL},
    {"__name__", prop_get_name, NULL, NULL, NULL},
    {"__isabstractmethod__", prop_get_isabstract, NULL, NULL, NULL},
    {0},
};

Type Property_Type = {
    TYPE_HEADER("property", property_dealloc),
    .tflags = TF_BASETYPE | TF_HAS_GC,
    .basicsize = sizeof(PropertyObj),
    .tp_new = property_tp_new,
    .init = property_init,
    .descr_get = property_get,
    .descr_set = property_set,
    .traverse = property_traverse,
    .methods = property_methods,
    .getsets = property_getsets,
};
