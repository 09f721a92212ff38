/* `object`, the root of every class: default construction, repr, hash,
 * equality, attribute access, __class__, __format__, __dir__,
 * __init_subclass__ and __reduce_ex__-free basics. */
#include <string.h>

#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/intobj.h"
#include "objects/listobj.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "objects/type_internal.h"

static bool excess_args(size_t nargs, Object *kwnames)
{
    return nargs > 0 || (kwnames && tuple_size(kwnames) > 0);
}

static Value object_new(Type *type, const Value *args, size_t nargs, Object *kwnames);
static int object_init(Value self, const Value *args, size_t nargs, Object *kwnames);

static Value object_new(Type *type, const Value *args, size_t nargs, Object *kwnames)
{
    if (excess_args(nargs, kwnames)) {
        if (type->tp_new != object_new) {
            err_set(&Exc_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
            return VAL_NULL;
        }
        if (type->init == object_init) {
            err_set(&Exc_TypeError, "%s() takes no arguments", type_name(type));
            return VAL_NULL;
        }
    }
    if (type->tflags & TF_ABSTRACT) {
        Value am = obj_getattr_cstr((Value)type, "__abstractmethods__");
        if (!am)
            return VAL_NULL;
        Object *sorted = list_from_iterable(am);
        val_decref(am);
        if (!sorted || list_sort(sorted, VAL_NULL, false) < 0) {
            obj_xdecref(sorted);
            return VAL_NULL;
        }
        ssize_t n = list_size(sorted);
        Value sep = str_from_cstr("', '");
        Value joined = sep ? str_join(sep, (Value)sorted) : VAL_NULL;
        val_xdecref(sep);
        obj_decref(sorted);
        if (!joined)
            return VAL_NULL;
        err_set(&Exc_TypeError,
                "Can't instantiate abstract class %s without an implementation for abstract method%s '%U'",
                type_name(type), n > 1 ? "s" : "", val_as_obj(joined));
        val_decref(joined);
        return VAL_NULL;
    }
    Object *o = obj_alloc(type, 0);
    return o ? (Value)o : VAL_NULL;
}

static int object_init(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (excess_args(nargs, kwnames)) {
        Type *t = val_type(self);
        if (t->init != object_init) {
            err_set(&Exc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (t->tp_new == object_new) {
            err_set(&Exc_TypeError, "%s() takes no arguments", type_name(t));
            return -1;
        }
    }
    return 0;
}

static void object_dealloc(Object *o) { obj_free(o); }

Value object_default_repr(Value v)
{
    Type *t = val_type(v);
    if (t->tflags & TF_HEAPTYPE) {
        Value mod;
        if (dict_get_cstr(t->dict, "__module__", &mod) < 0)
            return VAL_NULL;
        Value r;
        if (mod && val_is_str(mod) && !str_eq_cstr(val_as_str(mod), "builtins"))
            r = str_printf("<%U.%U object at %p>", val_as_obj(mod), t->qualname, (void *)v);
        else
            r = str_printf("<%U object at %p>", t->qualname, (void *)v);
        val_xdecref(mod);
        return r;
    }
    return str_printf("<%s object at %p>", t->core.name, (void *)v);
}

static Value object_str(Value v)
{
    Type *t = val_type(v);
    if (t->repr)
        return obj_repr(v);
    return object_default_repr(v);
}

static hash_t object_hash(Value v) { return hash_pointer((void *)v); }

static Value object_richcompare(Value a, Value b, int op)
{
    switch (op) {
    case CMP_EQ:
        return a == b ? VAL_TRUE : VAL_NOTIMPL;
    case CMP_NE: {
        /* By default __ne__ inverts __eq__ unless it is NotImplemented. */
        Type *t = val_type(a);
        if (!t->richcompare)
            return VAL_NOTIMPL;
        Value r = t->richcompare(a, b, CMP_EQ);
        if (!r || r == VAL_NOTIMPL)
            return r;
        int truth = obj_is_true(r);
        val_decref(r);
        return truth < 0 ? VAL_NULL : val_bool(!truth);
    }
    default:
        return VAL_NOTIMPL;
    }
}

/* __class__ assignment: only between compatible heap-type layouts. */
static Value object_get_class(Value self, void *c) { return val_ref((Value)val_type(self)); }

static int object_set_class(Value self, Value v, void *c)
{
    if (!v) {
        err_set(&Exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!val_type_has(v, TF_TYPE_SUBCLASS)) {
        err_set(&Exc_TypeError, "__class__ must be set to a class, not '%s' object",
                type_name(val_type(v)));
        return -1;
    }
    Type *old = val_type(self), *nt = (Type *)val_as_obj(v);
    if (!(old->tflags & TF_HEAPTYPE) || !(nt->tflags & TF_HEAPTYPE) ||
        old->basicsize != nt->basicsize || old->dictoffset != nt->dictoffset ||
        old->core.dealloc != nt->core.dealloc) {
        err_set(&Exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                type_name(nt), type_name(old));
        return -1;
    }
    obj_incref(&nt->core.base);
    val_as_obj(self)->type = nt;
    obj_decref(&old->core.base);
    return 0;
}

static const GetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class, NULL, NULL},
    {0},
};

static Value object_format(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("__format__", kw) < 0 || args_count("__format__", nargs, 1, 1) < 0)
        return VAL_NULL;
    if (!val_is_str(args[0])) {
        err_set(&Exc_TypeError, "__format__() argument must be str, not %s", type_name(val_type(args[0])));
        return VAL_NULL;
    }
    if (str_len(val_as_str(args[0])) > 0) {
        err_set(&Exc_TypeError, "unsupported format string passed to %s.__format__",
                type_name(val_type(self)));
        return VAL_NULL;
    }
    return obj_str(self);
}

static Value object_dir(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("__dir__", kw) < 0 || args_count("__dir__", nargs, 0, 0) < 0)
        return VAL_NULL;
    Object *d = dict_new();
    if (!d)
        return VAL_NULL;
    Object *inst = obj_instance_dict(self, false);
    if (inst && dict_merge(d, inst, true) < 0)
        goto fail;
    Value cls = obj_getattr_cstr(self, "__class__");
    if (!cls)
        goto fail;
    if (val_type_has(cls, TF_TYPE_SUBCLASS)) {
        Object *mro = ((Type *)val_as_obj(cls))->mro;
        for (ssize_t i = 0; mro && i < tuple_size(mro); i++)
            if (dict_merge(d, ((Type *)val_as_obj(tuple_get(mro, i)))->dict, false) < 0) {
                val_decref(cls);
                goto fail;
            }
    }
    val_decref(cls);
    Object *keys = dict_keys_list(d);
    obj_decref(d);
    return keys ? (Value)keys : VAL_NULL;
fail:
    obj_decref(d);
    return VAL_NULL;
}

static Value object_init_subclass(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (kw && tuple_size(kw)) {
        err_set(&Exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                type_name((Type *)val_as_obj(self)));
        return VAL_NULL;
    }
    if (args_count("__init_subclass__", nargs, 0, 0) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value object_subclasshook(Value self, const Value *args, size_t nargs, Object *kw)
{
    return VAL_NOTIMPL;
}

static Value object_sizeof(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("__sizeof__", nargs, 0, 0) < 0)
        return VAL_NULL;
    if (val_is_int(self))
        return int_from_i64(0);
    Type *t = val_type(self);
    return int_from_i64((int64_t)t->basicsize);
}

static Value object_getstate(Value self, const Value *args, size_t nargs, Object *kw)
{
    Object *d = obj_instance_dict(self, false);
    if (!d || dict_len(d) == 0)
        return VAL_NONE;
    return (Value)dict_copy(d);
}

static const MethodDef object_methods[] = {
    {"__format__", object_format, 0, "Default object formatter."},
    {"__dir__", object_dir, 0, "Default dir() implementation."},
    {"__init_subclass__", object_init_subclass, METH_CLASS, NULL},
    {"__subclasshook__", object_subclasshook, METH_CLASS, NULL},
    {"__sizeof__", object_sizeof, 0, "Size of object in memory, in bytes."},
    {"__getstate__", object_getstate, 0, NULL},
    {0},
};

Type Object_Type = {
    TYPE_HEADER("object", object_dealloc),
    .tflags = TF_BASETYPE,
    .basicsize = sizeof(Object),
    .tp_new = object_new,
    .init = object_init,
    .repr = object_default_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .methods = object_methods,
    .getsets = object_getsets,
    .doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n",
};
