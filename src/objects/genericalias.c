/* types.GenericAlias: what list[int] and dict[str, int] evaluate to. It
 * prints as written, forwards attribute access and calls to its origin, and
 * refuses isinstance(); enough for annotations and typing-style code. */
#include <string.h>

#include "objects/descr.h"
#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/genericalias.h"
#include "objects/listobj.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"

typedef struct GenericAliasObj {
    Object base;
    Value origin;
    Value args;       /* tuple */
    Value parameters; /* tuple, computed on first use */
} GenericAliasObj;

#define GA(v) ((GenericAliasObj *)val_as_obj(v))

Value genericalias_new(Value origin, Value args)
{
    GenericAliasObj *g = (GenericAliasObj *)obj_alloc(&GenericAlias_Type, 0);
    if (!g)
        return VAL_NULL;
    g->origin = val_ref(origin);
    g->args = val_is_tuple(args) ? val_ref(args) : (Value)tuple_pack(1, args);
    if (!g->args) {
        obj_decref(&g->base);
        return VAL_NULL;
    }
    return (Value)g;
}

static void ga_dealloc(Object *o)
{
    GenericAliasObj *g = (GenericAliasObj *)o;
    val_clear(&g->origin);
    val_clear(&g->args);
    val_clear(&g->parameters);
    obj_free(o);
}

static int ga_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    GenericAliasObj *g = (GenericAliasObj *)o;
    Value vs[] = {g->origin, g->args, g->parameters};
    for (int i = 0; i < 3; i++)
        if (vs[i] && visit(vs[i], arg))
            return 1;
    return 0;
}

/* The repr of one argument: types by qualified name, ... for Ellipsis. */
int ga_add_arg_repr(StrBuilder *b, Value a)
{
    if (a == VAL_ELLIPSIS) {
        sb_add_ascii(b, "...");
        return 0;
    }
    if (val_type_has(a, TF_TYPE_SUBCLASS) && val_type(a) != &GenericAlias_Type) {
        Value qn, mod;
        int fq = obj_lookup_attr(a, str_intern_cstr("__qualname__"), &qn);
        if (fq < 0)
            return -1;
        int fm = obj_lookup_attr(a, str_intern_cstr("__module__"), &mod);
        if (fm < 0) {
            val_xdecref(qn);
            return -1;
        }
        if (fq && fm && val_is_str(qn) && val_is_str(mod)) {
            if (!str_eq_cstr(val_as_str(mod), "builtins")) {
                sb_add_str(b, mod);
                sb_add_char(b, '.');
            }
            sb_add_str(b, qn);
            val_decref(qn);
            val_decref(mod);
            return 0;
        }
        val_xdecref(qn);
        val_xdecref(mod);
    }
    if (a == VAL_NONE) {
        sb_add_ascii(b, "None");
        return 0;
    }
    return sb_add_repr(b, a);
}

static Value ga_repr(Value self)
{
    GenericAliasObj *g = GA(self);
    StrBuilder b;
    sb_init(&b);
    if (ga_add_arg_repr(&b, g->origin) < 0)
        goto fail;
    sb_add_char(&b, '[');
    Object *args = val_as_obj(g->args);
    if (tuple_size(args) == 0)
        sb_add_ascii(&b, "()");
    for (ssize_t i = 0; i < tuple_size(args); i++) {
        if (i)
            sb_add_ascii(&b, ", ");
        Value a = tuple_get(args, i);
        if (val_is_list(a)) {
            /* Callable[[int, str], bool] */
            sb_add_char(&b, '[');
            for (ssize_t k = 0; k < list_size(val_as_obj(a)); k++) {
                if (k)
                    sb_add_ascii(&b, ", ");
                Value x = list_get(val_as_obj(a), k);
                int r = x ? ga_add_arg_repr(&b, x) : -1;
                val_xdecref(x);
                if (r < 0)
                    goto fail;
            }
            sb_add_char(&b, ']');
        } else if (ga_add_arg_repr(&b, a) < 0) {
            goto fail;
        }
    }
    sb_add_char(&b, ']');
    return sb_finish(&b);
fail:
    sb_discard(&b);
    return VAL_NULL;
}

static Value ga_call(Value self, const Value *args, size_t nargs, Object *kw)
{
    Value r = obj_call(GA(self)->origin, args, nargs, kw);
    if (r && obj_setattr(r, str_intern_cstr("__orig_class__"), self) < 0) {
        if (err_matches(&Exc_AttributeError) || err_matches(&Exc_TypeError))
            err_clear();
        else {
            val_decref(r);
            return VAL_NULL;
        }
    }
    return r;
}

/* Attributes the alias answers itself; every other one is the origin's. */
static const char *const ga_own_attrs[] = {
    "__class__", "__bases__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__", NULL,
};

static Value ga_getattro(Value self, Object *name)
{
    for (const char *const *a = ga_own_attrs; *a; a++)
        if (str_eq_cstr((StrObj *)name, *a))
            return obj_generic_getattr(self, name);
    return obj_getattr(GA(self)->origin, name);
}

static Value ga_richcompare(Value a, Value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || val_type(b) != &GenericAlias_Type)
        return VAL_NOTIMPL;
    int eq = obj_richcompare_bool(GA(a)->origin, GA(b)->origin, CMP_EQ);
    if (eq > 0)
        eq = obj_richcompare_bool(GA(a)->args, GA(b)->args, CMP_EQ);
    if (eq < 0)
        return VAL_NULL;
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static hash_t ga_hash(Value self)
{
    hash_t h0 = obj_hash(GA(self)->origin);
    if (h0 == -1)
        return -1;
    hash_t h1 = obj_hash(GA(self)->args);
    if (h1 == -1)
        return -1;
    hash_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

static Value ga_or(Value a, Value b) { return union_or(a, b); }

static Value ga_mro_entries(Value self, const Value *args, size_t nargs, Object *kw)
{
    return (Value)tuple_pack(1, GA(self)->origin);
}

static Value ga_instancecheck(Value self, const Value *args, size_t nargs, Object *kw)
{
    err_set(&Exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
    return VAL_NULL;
}

static Value ga_subclasscheck(Value self, const Value *args, size_t nargs, Object *kw)
{
    err_set(&Exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
    return VAL_NULL;
}

static Value ga_reduce(Value self, const Value *args, size_t nargs, Object *kw)
{
    Object *inner = tuple_pack(2, GA(self)->origin, GA(self)->args);
    if (!inner)
        return VAL_NULL;
    Object *r = tuple_pack(2, (Value)&GenericAlias_Type, (Value)inner);
    obj_decref(inner);
    return r ? (Value)r : VAL_NULL;
}

static const MethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, 0, NULL},
    {"__instancecheck__", ga_instancecheck, 0, NULL},
    {"__subclasscheck__", ga_subclasscheck, 0, NULL},
    {"__reduce__", ga_reduce, 0, NULL},
    {0},
};

static Value ga_get_origin(Value self, void *c) { return val_ref(GA(self)->origin); }
static Value ga_get_args(Value self, void *c) { return val_ref(GA(self)->args); }
static Value ga_get_unpacked(Value self, void *c) { return VAL_FALSE; }

/* Type variables among the arguments (objects with __typing_subst__), in
 * order of first appearance, including those of nested aliases. */
static Value ga_get_parameters(Value self, void *c)
{
    GenericAliasObj *g = GA(self);
    if (g->parameters)
        return val_ref(g->parameters);
    Object *l = list_new(0);
    if (!l)
        return VAL_NULL;
    Object *args = val_as_obj(g->args);
    for (ssize_t i = 0; i < tuple_size(args); i++) {
        Value a = tuple_get(args, i);
        Value sub = VAL_NULL;
        if (val_type_has(a, TF_TYPE_SUBCLASS)) {
            /* classes are never parameters */
        } else if (type_lookup(val_type(a), str_intern_cstr("__typing_subst__"))) {
            sub = (Value)tuple_pack(1, a);
        } else {
            int f = obj_lookup_attr(a, str_intern_cstr("__parameters__"), &sub);
            if (f < 0) {
                obj_decref(l);
                return VAL_NULL;
            }
        }
        if (sub && val_is_tuple(sub)) {
            for (ssize_t k = 0; k < tuple_size(val_as_obj(sub)); k++) {
                Value p = tuple_get(val_as_obj(sub), k);
                int has = obj_contains((Value)l, p);
                if (has == 0)
                    list_append(l, p);
            }
        }
        val_xdecref(sub);
    }
    Object *t = list_as_tuple(l);
    obj_decref(l);
    if (!t)
        return VAL_NULL;
    g->parameters = val_ref((Value)t);
    return (Value)t;
}

static const GetSetDef ga_getsets[] = {
    {"__origin__", ga_get_origin, NULL, NULL, NULL},
    {"__args__", ga_get_args, NULL, NULL, NULL},
    {"__unpacked__", ga_get_unpacked, NULL, NULL, NULL},
    {"__parameters__", ga_get_parameters, NULL, NULL, NULL},
    {0},
};

static Value ga_tp_new(Type *t, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("GenericAlias", kw) < 0 || args_count("GenericAlias", nargs, 2, 2) < 0)
        return VAL_NULL;
    return genericalias_new(args[0], args[1]);
}

Type GenericAlias_Type = {
    TYPE_HEADER("types.GenericAlias", ga_dealloc),
    .tflags = TF_BASETYPE | TF_HAS_GC,
    .basicsize = sizeof(GenericAliasObj),
    .tp_new = ga_tp_new,
    .repr = ga_repr,
    .call = ga_call,
    .getattr = ga_getattro,
    .richcompare = ga_richcompare,
    .hash = ga_hash,
    .binop[OP_OR] = ga_or,
    .traverse = ga_traverse,
    .methods = ga_methods,
    .getsets = ga_getsets,
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).",
};

/* ---- __class_getitem__ of the built-in generic types ------------------------ */

static Value class_getitem(Value cls, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("__class_getitem__", kw) < 0 || args_count("__class_getitem__", nargs, 1, 1) < 0)
        return VAL_NULL;
    return genericalias_new(cls, args[0]);
}

static const MethodDef class_getitem_def = {"__class_getitem__", class_getitem, METH_CLASS,
                                            "See PEP 585"};

int genericalias_enable(Type *t)
{
    Value d = descr_new_method(t, &class_getitem_def);
    if (!d)
        return -1;
    int r = dict_set_cstr(t->dict, "__class_getitem__", d);
    val_decref(d);
    type_modified(t);
    return r;
}
