/* `object`, the root of every class: default construction, repr, hash,
 * equality, attribute access, __class__, __format__, __dir__,
 * __init_subclass__ and __reduce_ex__-free basics. */
#include <string.h>

#include "modules/builtins.h"
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

/* object.__getstate__(): the instance dict (a copy; None when empty), and
 * with __slots__ a pair (dict or None, {slot: value}). */
static Value object_getstate(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("__getstate__", nargs, 0, 0) < 0)
        return VAL_NULL;
    Object *d = obj_instance_dict(self, false);
    Value state = d && dict_len(d) ? (Value)dict_copy(d) : VAL_NONE;
    if (!state)
        return VAL_NULL;
    Object *slots = NULL;
    for (Type *t = val_type(self); t && (t->tflags & TF_HEAPTYPE); t = t->base) {
        for (uint32_t i = 0; i < t->nslot_values; i++) {
            Value v = *(Value *)((char *)val_as_obj(self) + t->slots_offset + i * sizeof(Value));
            if (!v)
                continue;
            if (!slots && !(slots = dict_new())) {
                val_decref(state);
                return VAL_NULL;
            }
            if (dict_set(slots, tuple_get(t->slot_names, (ssize_t)i), v) < 0) {
                obj_decref(slots);
                val_decref(state);
                return VAL_NULL;
            }
        }
    }
    if (!slots)
        return state;
    Object *pair = tuple_pack(2, state, (Value)slots);
    val_decref(state);
    obj_decref(slots);
    return pair ? (Value)pair : VAL_NULL;
}

/* The protocol-2 reduction: (copyreg.__newobj__, (cls, *newargs), state,
 * list items, dict items). */
static Value reduce_newobj(Value self)
{
    Value copyreg = import_module_cstr("copyreg");
    if (!copyreg)
        return VAL_NULL;
    Value newobj = obj_getattr_cstr(copyreg, "__newobj__");
    val_decref(copyreg);
    if (!newobj)
        return VAL_NULL;
    Value newargs = VAL_NULL;
    bool missing;
    Value ga = obj_call_special(self, str_intern_cstr("__getnewargs__"), NULL, 0, NULL, &missing);
    if (missing)
        newargs = tuple_empty();
    else if (!ga) {
        val_decref(newobj);
        return VAL_NULL;
    } else {
        newargs = ga;
    }
    Object *cargs = tuple_new(1 + tuple_size(val_as_obj(newargs)));
    if (!cargs) {
        val_decref(newobj);
        val_decref(newargs);
        return VAL_NULL;
    }
    tuple_items(cargs)[0] = val_ref((Value)val_type(self));
    for (ssize_t i = 0; i < tuple_size(val_as_obj(newargs)); i++)
        tuple_items(cargs)[i + 1] = val_ref(tuple_get(val_as_obj(newargs), i));
    val_decref(newargs);
    Value state = obj_call_method_cstr(self, "__getstate__", NULL, 0);
    if (!state) {
        val_decref(newobj);
        obj_decref(cargs);
        return VAL_NULL;
    }
    Value listitems = VAL_NONE, dictitems = VAL_NONE;
    if (val_is_list(self))
        listitems = obj_iter(self);
    else
        val_incref(listitems);
    if (listitems && val_is_dict(self)) {
        Value items = obj_call_method_cstr(self, "items", NULL, 0);
        dictitems = items ? obj_iter(items) : VAL_NULL;
        val_xdecref(items);
    } else {
        val_incref(dictitems);
    }
    Value r = VAL_NULL;
    if (listitems && dictitems)
        r = (Value)tuple_pack(5, newobj, (Value)cargs, state, listitems, dictitems);
    val_decref(newobj);
    obj_decref(cargs);
    val_decref(state);
    val_xdecref(listitems);
    val_xdecref(dictitems);
    return r;
}

static Value object_reduce(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("__reduce__", nargs, 0, 0) < 0)
        return VAL_NULL;
    return reduce_newobj(self);
}

static Value object_reduce_ex(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("__reduce_ex__", kw) < 0 || args_count("__reduce_ex__", nargs, 1, 1) < 0)
        return VAL_NULL;
    /* A class that overrides __reduce__ decides for itself. */
    Value own = type_lookup(val_type(self), str_intern_cstr("__reduce__"));
    Value base = type_lookup(&Object_Type, str_intern_cstr("__reduce__"));
    if (own && own != base)
        return obj_call_method_cstr(self, "__reduce__", NULL, 0);
    return reduce_newobj(self);
}

static const MethodDef object_methods[] = {
    {"__format__", object_format, 0, "Default object formatter."},
    {"__dir__", object_dir, 0, "Default dir() implementation."},
    {"__init_subclass__", object_init_subclass, METH_CLASS, NULL},
    {"__subclasshook__", object_subclasshook, METH_CLASS, NULL},
    {"__sizeof__", object_sizeof, 0, "Size of object in memory, in bytes."},
    {"__getstate__", object_getstate, 0, NULL},
    {"__reduce__", object_reduce, 0, NULL},
    {"__reduce_ex__", object_reduce_ex, 0, NULL},
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
