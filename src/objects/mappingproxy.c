/* types.MappingProxyType: a read-only view of a mapping (a class's
 * __dict__). */
#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/listobj.h"
#include "objects/tupleobj.h"
#include "objects/strobj.h"
#include "objects/type_internal.h"

typedef struct MappingProxyObj {
    Object base;
    Value mapping;
} MappingProxyObj;

static Value mp(Value self) { return ((MappingProxyObj *)val_as_obj(self))->mapping; }

Value mappingproxy_new(Value mapping)
{
    MappingProxyObj *p = (MappingProxyObj *)obj_alloc(&MappingProxy_Type, 0);
    if (!p)
        return VAL_NULL;
    p->mapping = val_ref(mapping);
    return (Value)p;
}

static Value mp_tp_new(Type *t, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"mapping"};
    static const ArgSpec spec = {"mappingproxy", names, 1, 0, 1, 1};
    Value a[1];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    Type *mt = val_type(a[0]);
    if (!mt->getitem || val_is_list(a[0]) || val_is_tuple(a[0])) {
        err_set(&Exc_TypeError, "mappingproxy() argument must be a mapping, not %s", type_name(mt));
        return VAL_NULL;
    }
    return mappingproxy_new(a[0]);
}

static void mp_dealloc(Object *o)
{
    val_clear(&((MappingProxyObj *)o)->mapping);
    obj_free(o);
}

static int mp_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    return visit(((MappingProxyObj *)o)->mapping, arg);
}

static Value mp_getitem(Value self, Value key) { return obj_getitem(mp(self), key); }
static ssize_t mp_len(Value self) { return obj_len(mp(self)); }
static int mp_contains(Value self, Value key) { return obj_contains(mp(self), key); }
static Value mp_iter(Value self) { return obj_iter(mp(self)); }
static Value mp_str(Value self) { return obj_str(mp(self)); }
static Value mp_repr(Value self) { return str_printf("mappingproxy(%R)", mp(self)); }

static Value mp_richcompare(Value a, Value b, int op)
{
    return obj_richcompare(mp(a), b, op);
}

static Value mp_or(Value a, Value b)
{
    if (val_type(a) == &MappingProxy_Type)
        a = mp(a);
    if (val_type(b) == &MappingProxy_Type)
        b = mp(b);
    return obj_binop(a, b, OP_OR);
}

static Value forward(Value self, const char *name, const Value *args, size_t nargs)
{
    return obj_call_method_cstr(mp(self), name, args, nargs);
}

static Value mp_get(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("get", kw) < 0 || args_count("get", nargs, 1, 2) < 0)
        return VAL_NULL;
    return forward(self, "get", args, nargs);
}
static Value mp_keys(Value self, const Value *args, size_t nargs, Object *kw) { return forward(self, "keys", NULL, 0); }
static Value mp_values(Value self, const Value *args, size_t nargs, Object *kw) { return forward(self, "values", NULL, 0); }
static Value mp_items(Value self, const Value *args, size_t nargs, Object *kw) { return forward(self, "items", NULL, 0); }
static Value mp_copy(Value self, const Value *args, size_t nargs, Object *kw) { return forward(self, "copy", NULL, 0); }
static Value mp_reversed(Value self, const Value *args, size_t nargs, Object *kw) { return forward(self, "__reversed__", NULL, 0); }

static const MethodDef mp_methods[] = {
    {"get", mp_get, 0, NULL},
    {"keys", mp_keys, 0, NULL},
    {"values", mp_values, 0, NULL},
    {"items", mp_items, 0, NULL},
    {"copy", mp_copy, 0, NULL},
    {"__reversed__", mp_reversed, 0, NULL},
    {0},
};

Type MappingProxy_Type = {
    TYPE_HEADER("mappingproxy", mp_dealloc),
    .basicsize = sizeof(MappingProxyObj),
    .tp_new = mp_tp_new,
    .getitem = mp_getitem,
    .len = mp_len,
    .contains = mp_contains,
    .iter = mp_iter,
    .str = mp_str,
    .repr = mp_repr,
    .richcompare = mp_richcompare,
    .binop[OP_OR] = mp_or,
    .traverse = mp_traverse,
    .methods = mp_methods,
};
