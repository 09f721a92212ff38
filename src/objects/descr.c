/* Descriptors of built-in types (method, class-method, getset, member) and
 * built-in function objects: how C functions become Python attributes. */
#include <stddef.h>

#include "objects/descr.h"
#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/module.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"

/* ---- Built-in functions and bound built-in methods --------------------- */

Value cfunc_new(const MethodDef *def, Value self, Object *module_name)
{
    CFuncObj *f = (CFuncObj *)obj_alloc(&CFunc_Type, 0);
    if (!f)
        return VAL_NULL;
    f->def = def;
    f->self = self ? val_ref(self) : VAL_NULL;
    if (module_name) {
        obj_incref(module_name);
        f->module = module_name;
    }
    return (Value)f;
}

static void cfunc_dealloc(Object *o)
{
    CFuncObj *f = (CFuncObj *)o;
    val_xdecref(f->self);
    obj_xdecref(f->module);
    obj_free(o);
}

static Value cfunc_call(Value callable, const Value *args, size_t nargs, Object *kwnames)
{
    CFuncObj *f = (CFuncObj *)val_as_obj(callable);
    return f->def->fn(f->self, args, nargs, kwnames);
}

static bool cfunc_is_method(const CFuncObj *f)
{
    return f->self && val_type(f->self) != &Module_Type;
}

static Value cfunc_repr(Value v)
{
    CFuncObj *f = (CFuncObj *)val_as_obj(v);
    if (!cfunc_is_method(f))
        return str_printf("<built-in function %s>", f->def->name);
    if (val_type_has(f->self, TF_TYPE_SUBCLASS))
        return str_printf("<built-in method %s of type object at %p>", f->def->name, (void *)f->self);
    return str_printf("<built-in method %s of %s object at %p>", f->def->name,
                      type_name(val_type(f->self)), (void *)f->self);
}

static Value cfunc_get_name(Value self, void *c) { return str_from_cstr(((CFuncObj *)val_as_obj(self))->def->name); }

static Value cfunc_get_qualname(Value self, void *c)
{
    CFuncObj *f = (CFuncObj *)val_as_obj(self);
    if (!cfunc_is_method(f))
        return str_from_cstr(f->def->name);
    Type *t = val_type_has(f->self, TF_TYPE_SUBCLASS) ? (Type *)val_as_obj(f->self) : val_type(f->self);
    return str_printf("%s.%s", type_name(t), f->def->name);
}

static Value cfunc_get_self(Value self, void *c)
{
    CFuncObj *f = (CFuncObj *)val_as_obj(self);
    return f->self ? val_ref(f->self) : VAL_NONE;
}

static Value cfunc_get_module(Value self, void *c)
{
    CFuncObj *f = (CFuncObj *)val_as_obj(self);
    return f->module ? val_ref((Value)f->module) : VAL_NONE;
}

static Value cfunc_get_doc(Value self, void *c)
{
    CFuncObj *f = (CFuncObj *)val_as_obj(self);
    return f->def->doc ? str_from_cstr(f->def->doc) : VAL_NONE;
}

static hash_t cfunc_hash(Value v)
{
    CFuncObj *f = (CFuncObj *)val_as_obj(v);
    hash_t h = hash_pointer(f->def) ^ (f->self ? obj_hash(f->self) : 0);
    return h == -1 ? -2 : h;
}

static Value cfunc_richcompare(Value a, Value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || val_type(b) != &CFunc_Type)
        return VAL_NOTIMPL;
    CFuncObj *x = (CFuncObj *)val_as_obj(a), *y = (CFuncObj *)val_as_obj(b);
    bool eq = x->def == y->def && x->self == y->self;
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static const GetSetDef cfunc_getsets[] = {
    {"__name__", cfunc_get_name, NULL, NULL, NULL},
    {"__qualname__", cfunc_get_qualname, NULL, NULL, NULL},
    {"__self__", cfunc_get_self, NULL, NULL, NULL},
    {"__module__", cfunc_get_module, NULL, NULL, NULL},
    {"__doc__", cfunc_get_doc, NULL, NULL, NULL},
    {0},
};

Type CFunc_Type = {
    TYPE_HEADER("builtin_function_or_method", cfunc_dealloc),
    .basicsize = sizeof(CFuncObj),
    .call = cfunc_call,
    .repr = cfunc_repr,
    .hash = cfunc_hash,
    .richcompare = cfunc_richcompare,
    .getsets = cfunc_getsets,
};

/* ---- Method descriptors ----------------------------------------------------- */

Value descr_new_method(Type *owner, const MethodDef *def)
{
    Type *t = (def->flags & METH_CLASS) ? &ClassMethodDescr_Type : &MethodDescr_Type;
    if (def->flags & METH_STATIC) {
        Value f = cfunc_new(def, VAL_NULL, NULL);
        if (!f)
            return VAL_NULL;
        Value sm = staticmethod_new(f);
        val_decref(f);
        return sm;
    }
    MethodDescrObj *d = (MethodDescrObj *)obj_alloc(t, 0);
    if (!d)
        return VAL_NULL;
    d->def = def;
    d->owner = owner;
    return (Value)d;
}

static void descr_dealloc(Object *o) { obj_free(o); }

static int descr_check(MethodDescrObj *d, Value self)
{
    if (!val_isinstance_type(self, d->owner)) {
        err_set(&Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                d->def->name, type_name(d->owner), type_name(val_type(self)));
        return -1;
    }
    return 0;
}

static Value method_descr_call(Value callable, const Value *args, size_t nargs, Object *kwnames)
{
    MethodDescrObj *d = (MethodDescrObj *)val_as_obj(callable);
    if (nargs < 1) {
        err_set(&Exc_TypeError, "unbound method %s.%s() needs an argument", type_name(d->owner),
                d->def->name);
        return VAL_NULL;
    }
    if (descr_check(d, args[0]) < 0)
        return VAL_NULL;
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static Value method_descr_get(Value descr, Value obj, Value owner)
{
    MethodDescrObj *d = (MethodDescrObj *)val_as_obj(descr);
    if (!obj)
        return val_ref(descr);
    if (descr_check(d, obj) < 0)
        return VAL_NULL;
    return cfunc_new(d->def, obj, NULL);
}

static Value method_descr_repr(Value v)
{
    MethodDescrObj *d = (MethodDescrObj *)val_as_obj(v);
    return str_printf("<method '%s' of '%s' objects>", d->def->name, type_name(d->owner));
}

static Value mdescr_get_name(Value self, void *c) { return str_from_cstr(((MethodDescrObj *)val_as_obj(self))->def->name); }
static Value mdescr_get_qualname(Value self, void *c)
{
    MethodDescrObj *d = (MethodDescrObj *)val_as_obj(self);
    return str_printf("%s.%s", type_name(d->owner), d->def->name);
}
static Value mdescr_get_objclass(Value self, void *c) { return val_ref((Value)((MethodDescrObj *)val_as_obj(self))->owner); }
static Value mdescr_get_doc(Value self, void *c)
{
    MethodDescrObj *d = (MethodDescrObj *)val_as_obj(self);
    return d->def->doc ? str_from_cstr(d->def->doc) : VAL_NONE;
}

static const GetSetDef mdescr_getsets[] = {
    {"__name__", mdescr_get_name, NULL, NULL, NULL},
    {"__qualname__", mdescr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", mdescr_get_objclass, NULL, NULL, NULL},
    {"__doc__", mdescr_get_doc, NULL, NULL, NULL},
    {0},
};

Type MethodDescr_Type = {
    TYPE_HEADER("method_descriptor", descr_dealloc),
    .tflags = TF_METHOD_DESCR,
    .basicsize = sizeof(MethodDescrObj),
    .call = method_descr_call,
    .descr_get = method_descr_get,
    .repr = method_descr_repr,
    .getsets = mdescr_getsets,
};

static Value classmethod_descr_call(Value callable, const Value *args, size_t nargs, Object *kwnames)
{
    MethodDescrObj *d = (MethodDescrObj *)val_as_obj(callable);
    if (nargs < 1 || !val_type_has(args[0], TF_TYPE_SUBCLASS) ||
        !type_is_subtype((Type *)val_as_obj(args[0]), d->owner)) {
        err_set(&Exc_TypeError, "descriptor '%s' for type '%s' needs a subtype of '%s' as arg 1",
                d->def->name, type_name(d->owner), type_name(d->owner));
        return VAL_NULL;
    }
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static Value classmethod_descr_get(Value descr, Value obj, Value owner)
{
    MethodDescrObj *d = (MethodDescrObj *)val_as_obj(descr);
    if (!owner || owner == VAL_NONE)
        owner = (Value)val_type(obj);
    return cfunc_new(d->def, owner, NULL);
}

static Value classmethod_descr_repr(Value v)
{
    MethodDescrObj *d = (MethodDescrObj *)val_as_obj(v);
    return str_printf("<method '%s' of '%s' objects>", d->def->name, type_name(d->owner));
}

Type ClassMethodDescr_Type = {
    TYPE_HEADER("classmethod_descriptor", descr_dealloc),
    .basicsize = sizeof(MethodDescrObj),
    .call = classmethod_descr_call,
    .descr_get = classmethod_descr_get,
    .repr = classmethod_descr_repr,
    .getsets = mdescr_getsets,
};

/* ---- Getset descriptors ------------------------------------------------------ */

Value descr_new_getset(Type *owner, const GetSetDef *def)
{
    GetSetDescrObj *d = (GetSetDescrObj *)obj_alloc(&GetSetDescr_Type, 0);
    if (!d)
        return VAL_NULL;
    d->def = def;
    d->owner = owner;
    return (Value)d;
}

static Value getset_get(Value descr, Value obj, Value owner)
{
    GetSetDescrObj *d = (GetSetDescrObj *)val_as_obj(descr);
    if (!obj)
        return val_ref(descr);
    if (!val_isinstance_type(obj, d->owner)) {
        err_set(&Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                d->def->name, type_name(d->owner), type_name(val_type(obj)));
        return VAL_NULL;
    }
    return d->def->get(obj, d->def->closure);
}

static int getset_set(Value descr, Value obj, Value v)
{
    GetSetDescrObj *d = (GetSetDescrObj *)val_as_obj(descr);
    if (!val_isinstance_type(obj, d->owner)) {
        err_set(&Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                d->def->name, type_name(d->owner), type_name(val_type(obj)));
        return -1;
    }
    if (!d->def->set) {
        err_set(&Exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                d->def->name, type_name(d->owner));
        return -1;
    }
    return d->def->set(obj, v, d->def->closure);
}

static Value getset_repr(Value v)
{
    GetSetDescrObj *d = (GetSetDescrObj *)val_as_obj(v);
    return str_printf("<attribute '%s' of '%s' objects>", d->def->name, type_name(d->owner));
}

static Value gsdescr_get_name(Value self, void *c) { return str_from_cstr(((GetSetDescrObj *)val_as_obj(self))->def->name); }
static Value gsdescr_get_objclass(Value self, void *c) { return val_ref((Value)((GetSetDescrObj *)val_as_obj(self))->owner); }
static Value gsdescr_get_doc(Value self, void *c)
{
    GetSetDescrObj *d = (GetSetDescrObj *)val_as_obj(self);
    return d->def->doc ? str_from_cstr(d->def->doc) : VAL_NONE;
}
static const GetSetDef gsdescr_getsets[] = {
    {"__name__", gsdescr_get_name, NULL, NULL, NULL},
    {"__objclass__", gsdescr_get_objclass, NULL, NULL, NULL},
    {"__doc__", gsdescr_get_doc, NULL, NULL, NULL},
    {0},
};

Type GetSetDescr_Type = {
    TYPE_HEADER("getset_descriptor", descr_dealloc),
    .basicsize = sizeof(GetSetDescrObj),
    .descr_get = getset_get,
    .descr_set = getset_set,
    .repr = getset_repr,
    .getsets = gsdescr_getsets,
};

/* ---- Member descriptors (Value fields, __slots__) ------------------------------ */

Value descr_new_member(Type *owner, const MemberDef *def, Object *name)
{
    MemberDescrObj *d = (MemberDescrObj *)obj_alloc(&MemberDescr_Type, 0);
    if (!d)
        return VAL_NULL;
    d->def = *def;
    d->owner = owner;
    if (!name)
        name = str_intern_cstr(def->name);
    obj_incref(name);
    d->name = name;
    return (Value)d;
}

static void member_dealloc(Object *o)
{
    obj_decref(((MemberDescrObj *)o)->name);
    obj_free(o);
}

static int member_check(MemberDescrObj *d, Value obj)
{
    if (!val_isinstance_type(obj, d->owner)) {
        err_set(&Exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
                d->name, type_name(d->owner), type_name(val_type(obj)));
        return -1;
    }
    return 0;
}

static Value member_get(Value descr, Value obj, Value owner)
{
    MemberDescrObj *d = (MemberDescrObj *)val_as_obj(descr);
    if (!obj)
        return val_ref(descr);
    if (member_check(d, obj) < 0)
        return VAL_NULL;
    Value v = *(Value *)((char *)val_as_obj(obj) + d->def.offset);
    if (!v) {
        if (d->def.flags & MEMBER_NULL_IS_NONE)
            return VAL_NONE;
        err_set(&Exc_AttributeError, "'%s' object has no attribute '%U'", type_name(val_type(obj)),
                d->name);
        return VAL_NULL;
    }
    return val_ref(v);
}

static int member_set(Value descr, Value obj, Value v)
{
    MemberDescrObj *d = (MemberDescrObj *)val_as_obj(descr);
    if (member_check(d, obj) < 0)
        return -1;
    if (d->def.flags & MEMBER_READONLY) {
        err_set(&Exc_AttributeError, "readonly attribute");
        return -1;
    }
    Value *slot = (Value *)((char *)val_as_obj(obj) + d->def.offset);
    if (!v && !*slot && !(d->def.flags & MEMBER_NULL_IS_NONE)) {
        err_set(&Exc_AttributeError, "'%s' object has no attribute '%U'", type_name(val_type(obj)),
                d->name);
        return -1;
    }
    val_replace(slot, v ? val_ref(v) : VAL_NULL);
    return 0;
}

static Value member_repr(Value v)
{
    MemberDescrObj *d = (MemberDescrObj *)val_as_obj(v);
    return str_printf("<member '%U' of '%s' objects>", d->name, type_name(d->owner));
}

static Value member_get_name(Value self, void *c) { return val_ref((Value)((MemberDescrObj *)val_as_obj(self))->name); }
static const GetSetDef member_getsets[] = {
    {"__name__", member_get_name, NULL, NULL, NULL},
    {0},
};

Type MemberDescr_Type = {
    TYPE_HEADER("member_descriptor", member_dealloc),
    .basicsize = sizeof(MemberDescrObj),
    .descr_get = member_get,
    .descr_set = member_set,
    .repr = member_repr,
    .getsets = member_getsets,
};
