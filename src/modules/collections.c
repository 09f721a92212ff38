/* The _collections module: defaultdict (a dict subclass with
 * __missing__), deque (deque.c) and _count_elements for Counter. */
#include <string.h>

#include "modules/collections.h"
#include "modules/modutil.h"
#include "objects/cont_internal.h"
#include "objects/dict_internal.h"
#include "objects/module.h"
#include "objects/tupleobj.h"

typedef struct {
    DictObj dict;
    Value factory; /* None or a callable */
} DefaultDictObj;

static inline DefaultDictObj *as_dd(Value v) { return (DefaultDictObj *)val_as_obj(v); }

static void dd_dealloc(Object *o)
{
    val_xdecref(((DefaultDictObj *)o)->factory);
    Dict_Type.core.dealloc(o);
}

static int dd_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    Value f = ((DefaultDictObj *)o)->factory;
    int r = f ? visit(f, arg) : 0;
    return r ? r : Dict_Type.traverse(o, visit, arg);
}

static int dd_init(Value self, const Value *args, size_t nargs, Object *kw)
{
    Value factory = VAL_NONE;
    if (nargs > 0) {
        factory = args[0];
        if (factory != VAL_NONE && !val_type(factory)->call) {
            err_set(&Exc_TypeError, "first argument must be callable or None");
            return -1;
        }
        args++;
        nargs--;
    }
    val_replace(&as_dd(self)->factory, val_ref(factory));
    return Dict_Type.init(self, args, nargs, kw);
}

static Value dd_missing(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("__missing__", nargs, 1, 1) < 0)
        return VAL_NULL;
    Value f = as_dd(self)->factory;
    if (!f || f == VAL_NONE) {
        cont_key_error(args[0]);
        return VAL_NULL;
    }
    val_incref(f);
    Value v = obj_call0(f);
    val_decref(f);
    if (!v)
        return VAL_NULL;
    if (obj_setitem(self, args[0], v) < 0) {
        val_decref(v);
        return VAL_NULL;
    }
    return v;
}

static Value dd_copy(Value self, const Value *args, size_t nargs, Object *kw)
{
    Value f = as_dd(self)->factory;
    Value a[2] = {f ? f : VAL_NONE, self};
    return obj_call((Value)val_type(self), a, 2, NULL);
}

static Value dd_reduce(Value self, const Value *args, size_t nargs, Object *kw)
{
    Value f = as_dd(self)->factory;
    Object *fargs = f && f != VAL_NONE ? tuple_pack(1, f) : tuple_new(0);
    Value items = fargs ? obj_call_method_cstr(self, "items", NULL, 0) : VAL_NULL;
    Value it = items ? obj_iter(items) : VAL_NULL;
    val_xdecref(items);
    Object *r = it ? tuple_pack(5, (Value)val_type(self), (Value)fargs, VAL_NONE, VAL_NONE, it) : NULL;
    if (fargs)
        obj_decref(fargs);
    val_xdecref(it);
    return r ? (Value)r : VAL_NULL;
}

static Value dd_class_getitem(Value cls, const Value *args, size_t nargs, Object *kw)
{
    return val_ref(cls);
}

static const MethodDef dd_methods[] = {
    {"__missing__", dd_missing, 0, "__missing__(key) # Called by __getitem__ for missing key."},
    {"copy", dd_copy, 0, "D.copy() -> a shallow copy of D."},
    {"__copy__", dd_copy, 0, "D.copy() -> a shallow copy of D."},
    {"__reduce__", dd_reduce, 0, "Return state information for pickling."},
    {"__class_getitem__", dd_class_getitem, METH_CLASS, "See PEP 585"},
    {0},
};

static const MemberDef dd_members[] = {
    {"default_factory", offsetof(DefaultDictObj, factory), MEMBER_NULL_IS_NONE,
     "Factory for default value called by __missing__()."},
    {0},
};

static Value dd_repr(Value self)
{
    Value base = Dict_Type.repr(self);
    if (!base)
        return VAL_NULL;
    Value f = as_dd(self)->factory;
    Value frepr;
    if (!f || f == VAL_NONE) {
        frepr = str_from_cstr("None");
    } else {
        int rec = obj_repr_enter(f);
        if (rec < 0) {
            val_decref(base);
            return VAL_NULL;
        }
        if (rec) {
            frepr = str_from_cstr("...");
        } else {
            frepr = obj_repr(f);
            obj_repr_leave(f);
        }
    }
    Value r = VAL_NULL;
    if (frepr) {
        const char *tn = type_name(val_type(self));
        const char *dot = strrchr(tn, '.');
        r = str_printf("%s(%U, %U)", dot ? dot + 1 : tn, val_as_obj(frepr), val_as_obj(base));
        val_decref(frepr);
    }
    val_decref(base);
    return r;
}

/* dd | other: a copy of the defaultdict side updated with the other. */
static Value dd_or(Value a, Value b)
{
    if (!val_is_dict(a) || !val_is_dict(b))
        return val_ref(VAL_NOTIMPL);
    Value left = val_isinstance_type(a, &DefaultDict_Type) ? a : b;
    Value f = as_dd(left)->factory;
    Value args[2] = {f ? f : VAL_NONE, a};
    Value r = obj_call((Value)val_type(left), args, 2, NULL);
    if (r && dict_update(val_as_obj(r), b) < 0)
        val_clear(&r);
    return r;
}

Type DefaultDict_Type = {
    TYPE_HEADER("collections.defaultdict", dd_dealloc),
    .tflags = TF_BASETYPE | TF_HAS_GC | TF_DICT_SUBCLASS,
    .basicsize = sizeof(DefaultDictObj),
    .base = &Dict_Type,
    .doc = "defaultdict(default_factory=None, /, [...]) --> dict with default factory",
    .methods = dd_methods,
    .members = dd_members,
    .repr = dd_repr,
    .init = dd_init,
    .traverse = dd_traverse,
    .binop[OP_OR] = dd_or,
};

/* _count_elements(mapping, iterable): mapping[x] = mapping.get(x, 0) + 1. */
static Value c_count_elements(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("_count_elements", kw) < 0 || args_count("_count_elements", nargs, 2, 2) < 0)
        return VAL_NULL;
    Value mapping = args[0];
    Value it = obj_iter(args[1]);
    if (!it)
        return VAL_NULL;
    bool exact = obj_type_is(mapping, &Dict_Type);
    Value item;
    while ((item = obj_next(it))) {
        Value cur = VAL_NULL;
        int found;
        if (exact) {
            found = dict_get(val_as_obj(mapping), item, &cur);
        } else {
            Value a[2] = {item, val_from_int(0)};
            cur = obj_call_method_cstr(mapping, "get", a, 2);
            found = cur ? 1 : -1;
        }
        Value next = VAL_NULL;
        if (found == 0)
            next = val_from_int(1);
        else if (found > 0)
            next = obj_binop(cur, val_from_int(1), OP_ADD);
        val_xdecref(cur);
        int r = next ? obj_setitem(mapping, item, next) : -1;
        val_xdecref(next);
        val_decref(item);
        if (r < 0) {
            val_decref(it);
            return VAL_NULL;
        }
    }
    val_decref(it);
    return err_occurred() ? VAL_NULL : VAL_NONE;
}

static const MethodDef collections_functions[] = {
    {"_count_elements", c_count_elements, 0, "Count elements in the iterable, updating the mapping"},
    {0},
};

int _collections_module_init(Value m)
{
    if (module_add_type(m, &Deque_Type) < 0 || module_add_type(m, &DefaultDict_Type) < 0 ||
        type_ready(&DequeIter_Type) < 0 || type_ready(&DequeRevIter_Type) < 0 ||
        module_add(m, "_deque_iterator", (Value)&DequeIter_Type) < 0 ||
        module_add(m, "_deque_reverse_iterator", (Value)&DequeRevIter_Type) < 0 ||
        module_add_functions(m, collections_functions) < 0)
        return -1;
    return 0;
}
