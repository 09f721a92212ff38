/* None, NotImplemented and Ellipsis: immortal singletons and their types. */
#include "objects/err.h"
#include "objects/genericalias.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"

static void singleton_dealloc(Object *o) { (void)o; /* immortal: never called */ }

static Value none_repr(Value v) { return str_from_cstr("None"); }
static int none_bool(Value v) { return 0; }
static hash_t none_hash(Value v) { return 0xFCA86420; /* CPython 3.12+: a constant */ }

static Value singleton_new_none(Type *t, const Value *args, size_t nargs, Object *kw)
{
    if (nargs || (kw && tuple_size(kw))) {
        err_set(&Exc_TypeError, "NoneType takes no arguments");
        return VAL_NULL;
    }
    return VAL_NONE;
}

static Value none_or(Value a, Value b) { return union_or(a, b); }

Type NoneType_Type = {
    TYPE_HEADER("NoneType", singleton_dealloc),
    .basicsize = sizeof(Object),
    .repr = none_repr,
    .boolean = none_bool,
    .hash = none_hash,
    .binop[OP_OR] = none_or,
    .tp_new = singleton_new_none,
};

static Value notimpl_repr(Value v) { return str_from_cstr("NotImplemented"); }

static int notimpl_bool(Value v)
{
    err_set(&Exc_TypeError, "NotImplemented should not be used in a boolean context");
    return -1;
}

static Value singleton_new_notimpl(Type *t, const Value *args, size_t nargs, Object *kw)
{
    if (nargs || (kw && tuple_size(kw))) {
        err_set(&Exc_TypeError, "NotImplementedType takes no arguments");
        return VAL_NULL;
    }
    return VAL_NOTIMPL;
}

static Value notimpl_reduce(Value self, const Value *args, size_t nargs, Object *kw)
{
    return str_from_cstr("NotImplemented");
}

static const MethodDef notimpl_methods[] = {
    {"__reduce__", notimpl_reduce, 0, NULL},
    {0},
};

Type NotImplType_Type = {
    TYPE_HEADER("NotImplementedType", singleton_dealloc),
    .basicsize = sizeof(Object),
    .repr = notimpl_repr,
    .boolean = notimpl_bool,
    .tp_new = singleton_new_notimpl,
    .methods = notimpl_methods,
};

static Value ellipsis_repr(Value v) { return str_from_cstr("Ellipsis"); }

static Value singleton_new_ellipsis(Type *t, const Value *args, size_t nargs, Object *kw)
{
    if (nargs || (kw && tuple_size(kw))) {
        err_set(&Exc_TypeError, "ellipsis takes no arguments");
        return VAL_NULL;
    }
    return VAL_ELLIPSIS;
}

Type Ellipsis_Type = {
    TYPE_HEADER("ellipsis", singleton_dealloc),
    .basicsize = sizeof(Object),
    .repr = ellipsis_repr,
    .tp_new = singleton_new_ellipsis,
};

Object None_Obj = OBJ_STATIC_HEADER(&NoneType_Type);
Object NotImpl_Obj = OBJ_STATIC_HEADER(&NotImplType_Type);
Object Ellipsis_Obj = OBJ_STATIC_HEADER(&Ellipsis_Type);
