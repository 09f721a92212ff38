/* types.UnionType: what int | str evaluates to; usable with isinstance()
 * and issubclass(), printed as written, equal regardless of order. */
#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/genericalias.h"
#include "objects/listobj.h"
#include "objects/setobj.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"

typedef struct UnionObj {
    Object base;
    Value args; /* tuple, flattened, without duplicates */
} UnionObj;

#define UN(v) ((UnionObj *)val_as_obj(v))

int ga_add_arg_repr(StrBuilder *b, Value a);

/* Operands a union accepts: classes, None, aliases, unions, type variables. */
static bool unionable(Value v)
{
    if (v == VAL_NONE || val_type_has(v, TF_TYPE_SUBCLASS) || val_type(v) == &GenericAlias_Type ||
        val_type(v) == &Union_Type)
        return true;
    return type_lookup(val_type(v), str_intern_cstr("__typing_subst__")) != VAL_NULL;
}

static int add_flat(Object *l, Value v)
{
    if (val_type(v) == &Union_Type) {
        Object *a = val_as_obj(UN(v)->args);
        for (ssize_t i = 0; i < tuple_size(a); i++)
            if (add_flat(l, tuple_get(a, i)) < 0)
                return -1;
        return 0;
    }
    if (v == VAL_NONE)
        v = (Value)&NoneType_Type;
    for (ssize_t i = 0; i < list_size(l); i++) {
        Value x = list_get(l, i);
        int same = x == v ? 1 : (val_type(x) == &GenericAlias_Type && val_type(v) == &GenericAlias_Type)
                                    ? obj_richcompare_bool(x, v, CMP_EQ) : 0;
        val_decref(x);
        if (same)
            return same < 0 ? -1 : 0;
    }
    return list_append(l, v);
}

Value union_or(Value a, Value b)
{
    if (!unionable(a) || !unionable(b))
        return VAL_NOTIMPL;
    Object *l = list_new(0);
    if (!l || add_flat(l, a) < 0 || add_flat(l, b) < 0) {
        obj_xdecref(l);
        return VAL_NULL;
    }
    if (list_size(l) == 1) {
        Value only = list_get(l, 0);
        obj_decref(l);
        return only;
    }
    Object *t = list_as_tuple(l);
    obj_decref(l);
    if (!t)
        return VAL_NULL;
    UnionObj *u = (UnionObj *)obj_alloc(&Union_Type, 0);
    if (!u) {
        obj_decref(t);
        return VAL_NULL;
    }
    u->args = (Value)t;
    return (Value)u;
}

static void union_dealloc(Object *o)
{
    val_clear(&((UnionObj *)o)->args);
    obj_free(o);
}

static int union_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    return visit(((UnionObj *)o)->args, arg);
}

static Value union_repr(Value self)
{
    StrBuilder b;
    sb_init(&b);
    Object *a = val_as_obj(UN(self)->args);
    for (ssize_t i = 0; i < tuple_size(a); i++) {
        if (i)
            sb_add_ascii(&b, " | ");
        Value x = tuple_get(a, i);
        if (x == (Value)&NoneType_Type)
            sb_add_ascii(&b, "None");
        else if (ga_add_arg_repr(&b, x) < 0) {
            sb_discard(&b);
            return VAL_NULL;
        }
    }
    return sb_finish(&b);
}

static Value union_check(Value self, Value other, bool instance)
{
    Object *a = val_as_obj(UN(self)->args);
    for (ssize_t i = 0; i < tuple_size(a); i++)
        if (val_type(tuple_get(a, i)) == &GenericAlias_Type) {
            err_set(&Exc_TypeError, "%s() argument 2 cannot be a parameterized generic",
                    instance ? "isinstance" : "issubclass");
            return VAL_NULL;
        }
    for (ssize_t i = 0; i < tuple_size(a); i++) {
        int r = instance ? obj_isinstance(other, tuple_get(a, i)) : obj_issubclass(other, tuple_get(a, i));
        if (r < 0)
            return VAL_NULL;
        if (r)
            return VAL_TRUE;
    }
    return VAL_FALSE;
}

static Value union_instancecheck(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("__instancecheck__", nargs, 1, 1) < 0)
        return VAL_NULL;
    return union_check(self, args[0], true);
}

static Value union_subclasscheck(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("__subclasscheck__", nargs, 1, 1) < 0)
        return VAL_NULL;
    return union_check(self, args[0], false);
}

static const MethodDef union_methods[] = {
    {"__instancecheck__", union_instancecheck, 0, NULL},
    {"__subclasscheck__", union_subclasscheck, 0, NULL},
    {0},
};

static Value union_get_args(Value self, void *c) { return val_ref(UN(self)->args); }

static const GetSetDef union_getsets[] = {
    {"__args__", union_get_args, NULL, NULL, NULL},
    {0},
};

static Value union_richcompare(Value a, Value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || val_type(b) != &Union_Type)
        return VAL_NOTIMPL;
    Value sa = obj_call1((Value)&FrozenSet_Type, UN(a)->args);
    if (!sa)
        return VAL_NULL;
    Value sb = obj_call1((Value)&FrozenSet_Type, UN(b)->args);
    if (!sb) {
        val_decref(sa);
        return VAL_NULL;
    }
    Value r = obj_richcompare(sa, sb, op);
    val_decref(sa);
    val_decref(sb);
    return r;
}

static hash_t union_hash(Value self)
{
    Value s = obj_call1((Value)&FrozenSet_Type, UN(self)->args);
    if (!s)
        return -1;
    hash_t h = obj_hash(s);
    val_decref(s);
    return h;
}

static Value union_binop_or(Value a, Value b) { return union_or(a, b); }

Type Union_Type = {
    TYPE_HEADER("types.UnionType", union_dealloc),
    .tflags = TF_HAS_GC,
    .basicsize = sizeof(UnionObj),
    .repr = union_repr,
    .richcompare = union_richcompare,
    .hash = union_hash,
    .binop[OP_OR] = union_binop_or,
    .traverse = union_traverse,
    .methods = union_methods,
    .getsets = union_getsets,
    .doc = "Represent a union type\n\nE.g. for int | str",
};
