/* super(): attribute lookup that starts after a given class in the MRO of
 * the instance's type; the zero-argument form asks the VM for the current
 * method's __class__ cell and first argument. */
#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "vm/vm.h"

typedef struct SuperObj {
    Object base;
    Value type;     /* the class super() was called for */
    Value obj;      /* the instance or class, or VAL_NULL (unbound) */
    Value obj_type; /* type(obj), or obj itself when obj is a class */
} SuperObj;

extern Type Super_Type;

static void super_dealloc(Object *o)
{
    SuperObj *s = (SuperObj *)o;
    val_clear(&s->type);
    val_clear(&s->obj);
    val_clear(&s->obj_type);
    obj_free(o);
}

static int super_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    SuperObj *s = (SuperObj *)o;
    Value vs[] = {s->type, s->obj, s->obj_type};
    for (int i = 0; i < 3; i++)
        if (vs[i] && visit(vs[i], arg))
            return 1;
    return 0;
}

static Value super_check(Type *type, Value obj)
{
    if (val_type_has(obj, TF_TYPE_SUBCLASS) && type_is_subtype((Type *)val_as_obj(obj), type))
        return val_ref(obj);
    if (type_is_subtype(val_type(obj), type))
        return val_ref((Value)val_type(obj));
    Value cls;
    int found = obj_lookup_attr(obj, str_intern_cstr("__class__"), &cls);
    if (found < 0)
        return VAL_NULL;
    if (found && val_type_has(cls, TF_TYPE_SUBCLASS) && cls != (Value)val_type(obj) &&
        type_is_subtype((Type *)val_as_obj(cls), type))
        return cls;
    val_xdecref(cls);
    if (val_type_has(obj, TF_TYPE_SUBCLASS))
        err_set(&Exc_TypeError, "super(type, obj): obj (type %s) is not an instance or subtype of type (%s).",
                type_name((Type *)val_as_obj(obj)), type_name(type));
    else
        err_set(&Exc_TypeError, "super(type, obj): obj (instance of %s) is not an instance or subtype of type (%s).",
                type_name(val_type(obj)), type_name(type));
    return VAL_NULL;
}

static Value super_tp_new(Type *t, const Value *args, size_t nargs, Object *kw)
{
    Object *o = obj_alloc(t, 0);
    return o ? (Value)o : VAL_NULL;
}

static int super_init(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("super", kw) < 0 || args_count("super", nargs, 0, 2) < 0)
        return -1;
    Value type, obj = VAL_NULL;
    if (nargs == 0) {
        if (vm_super_args(&type, &obj) < 0)
            return -1;
    } else {
        type = val_ref(args[0]);
        obj = nargs > 1 && args[1] != VAL_NONE ? val_ref(args[1]) : VAL_NULL;
    }
    if (!val_type_has(type, TF_TYPE_SUBCLASS)) {
        err_set(&Exc_TypeError, "super() argument 1 must be a type, not %s", type_name(val_type(type)));
        val_decref(type);
        val_xdecref(obj);
        return -1;
    }
    Value obj_type = VAL_NULL;
    if (obj) {
        obj_type = super_check((Type *)val_as_obj(type), obj);
        if (!obj_type) {
            val_decref(type);
            val_decref(obj);
            return -1;
        }
    }
    SuperObj *s = (SuperObj *)val_as_obj(self);
    val_replace(&s->type, type);
    val_replace(&s->obj, obj);
    val_replace(&s->obj_type, obj_type);
    return 0;
}

static Value super_getattro(Value self, Object *name)
{
    SuperObj *s = (SuperObj *)val_as_obj(self);
    if (!s->obj_type || str_eq_cstr((StrObj *)name, "__class__"))
        return obj_generic_getattr(self, name);
    Object *mro = ((Type *)val_as_obj(s->obj_type))->mro;
    ssize_t n = tuple_size(mro), i = 0;
    while (i < n && tuple_get(mro, i) != s->type)
        i++;
    for (i++; i < n; i++) {
        Type *b = (Type *)val_as_obj(tuple_get(mro, i));
        Value r;
        int found = dict_get_str(b->dict, name, &r);
        if (found < 0)
            return VAL_NULL;
        if (!found)
            continue;
        Value (*get)(Value, Value, Value) = val_type(r)->descr_get;
        if (get) {
            Value bound = get(r, s->obj == s->obj_type ? VAL_NULL : s->obj, s->obj_type);
            val_decref(r);
            return bound;
        }
        return r;
    }
    return obj_generic_getattr(self, name);
}

static Value super_repr(Value self)
{
    SuperObj *s = (SuperObj *)val_as_obj(self);
    const char *tn = s->type ? type_name((Type *)val_as_obj(s->type)) : "NULL";
    if (s->obj_type)
        return str_printf("<super: <class '%s'>, <%s object>>", tn,
                          type_name((Type *)val_as_obj(s->obj_type)));
    return str_printf("<super: <class '%s'>, NULL>", tn);
}

static Value super_get_thisclass(Value self, void *c)
{
    Value v = ((SuperObj *)val_as_obj(self))->type;
    return v ? val_ref(v) : VAL_NONE;
}
static Value super_get_self(Value self, void *c)
{
    Value v = ((SuperObj *)val_as_obj(self))->obj;
    return v ? val_ref(v) : VAL_NONE;
}
static Value super_get_self_class(Value self, void *c)
{
    Value v = ((SuperObj *)val_as_obj(self))->obj_type;
    return v ? val_ref(v) : VAL_NONE;
}

static const GetSetDef super_getsets[] = {
    {"__thisclass__", super_get_thisclass, NULL, NULL, NULL},
    {"__self__", super_get_self, NULL, NULL, NULL},
    {"__self_class__", super_get_self_class, NULL, NULL, NULL},
    {0},
};

Type Super_Type = {
    TYPE_HEADER("super", super_dealloc),
    .tflags = TF_BASETYPE | TF_HAS_GC,
    .basicsize = sizeof(SuperObj),
    .tp_new = super_tp_new,
    .init = super_init,
    .getattr = super_getattro,
    .repr = super_repr,
    .traverse = super_traverse,
    .getsets = super_getsets,
};
