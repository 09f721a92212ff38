/* Struct sequences (named tuples made in C) and types.SimpleNamespace. */
#include <string.h>

#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/listobj.h"
#include "objects/strobj.h"
#include "objects/structseq.h"
#include "objects/tupleobj.h"
#include "mem.h"

typedef struct StructSeqType {
    Type type;
    const char *const *fields;
    int n_fields, n_visible;
    GetSetDef *getsets;
} StructSeqType;

/* The tuple holds the visible fields; the hidden ones (attributes only,
 * like struct_time.tm_zone) are stored after them in the same block, past
 * the tuple's size, and released by ss_dealloc. */
static Value ss_get(Value self, void *closure)
{
    intptr_t i = (intptr_t)closure;
    return val_ref(((TupleObj *)val_as_obj(self))->items[i]);
}

static void ss_dealloc(Object *o)
{
    StructSeqType *t = (StructSeqType *)o->type;
    TupleObj *tu = (TupleObj *)o;
    for (int i = t->n_visible; i < t->n_fields; i++)
        val_clear(&tu->items[i]);
    Tuple_Type.core.dealloc(o);
}

static Value ss_repr(Value self)
{
    StructSeqType *t = (StructSeqType *)val_type(self);
    StrBuilder b;
    sb_init(&b);
    sb_add_ascii(&b, t->type.core.name);
    sb_add_char(&b, '(');
    for (int i = 0; i < t->n_visible; i++) {
        if (i)
            sb_add_ascii(&b, ", ");
        sb_add_ascii(&b, t->fields[i]);
        sb_add_char(&b, '=');
        if (sb_add_repr(&b, tuple_get(val_as_obj(self), i)) < 0) {
            sb_discard(&b);
            return VAL_NULL;
        }
    }
    sb_add_char(&b, ')');
    return sb_finish(&b);
}

static Value ss_reduce(Value self, const Value *args, size_t nargs, Object *kw)
{
    Object *vis = tuple_slice(val_as_obj(self), 0, tuple_size(val_as_obj(self)));
    if (!vis)
        return VAL_NULL;
    Object *r = tuple_pack(2, (Value)val_type(self), (Value)vis);
    obj_decref(vis);
    return r ? (Value)r : VAL_NULL;
}

static const MethodDef ss_methods[] = {
    {"__reduce__", ss_reduce, 0, NULL},
    {0},
};

Type *structseq_new_type(const char *name, const char *const *fields, int n_visible)
{
    int n = 0;
    while (fields[n])
        n++;
    StructSeqType *t = mem_calloc(1, sizeof(StructSeqType));
    GetSetDef *gs = mem_calloc((size_t)n + 1, sizeof(GetSetDef));
    if (!t || !gs)
        return NULL;
    for (int i = 0; i < n; i++)
        gs[i] = (GetSetDef){fields[i], ss_get, NULL, (void *)(intptr_t)i, NULL};
    t->fields = fields;
    t->n_fields = n;
    t->n_visible = n_visible;
    t->getsets = gs;
    Type *ty = &t->type;
    obj_init_header(&ty->core.base, &Type_Type, 0);
    obj_set_immortal(&ty->core.base);
    ty->core.name = name;
    ty->core.dealloc = ss_dealloc;
    ty->base = &Tuple_Type;
    ty->repr = ss_repr;
    ty->getsets = gs;
    ty->methods = ss_methods;
    if (type_ready(ty) < 0)
        return NULL;
    ty->tp_new = NULL; /* made from C only */
    return ty;
}

Value structseq_make(Type *t, const Value *values)
{
    StructSeqType *st = (StructSeqType *)t;
    Object *o = obj_alloc(t, (size_t)st->n_fields);
    if (!o)
        return VAL_NULL;
    TupleObj *tu = (TupleObj *)o;
    tu->size = st->n_visible;
    for (int i = 0; i < st->n_fields; i++)
        tu->items[i] = val_ref(values[i]);
    return (Value)o;
}

/* ---- types.SimpleNamespace -------------------------------------------------- */

typedef struct NamespaceObj {
    Object base;
    Object *dict;
} NamespaceObj;

Value namespace_new(const char *const *names, const Value *values, size_t n)
{
    NamespaceObj *ns = (NamespaceObj *)obj_alloc(&Namespace_Type, 0);
    if (!ns)
        return VAL_NULL;
    ns->dict = dict_new();
    if (!ns->dict) {
        obj_decref(&ns->base);
        return VAL_NULL;
    }
    for (size_t i = 0; i < n; i++)
        if (dict_set_cstr(ns->dict, names[i], values[i]) < 0) {
            obj_decref(&ns->base);
            return VAL_NULL;
        }
    return (Value)ns;
}

static void namespace_dealloc(Object *o)
{
    obj_xdecref(((NamespaceObj *)o)->dict);
    obj_free(o);
}

static Value namespace_tp_new(Type *t, const Value *args, size_t nargs, Object *kw)
{
    NamespaceObj *ns = (NamespaceObj *)obj_alloc(t, 0);
    if (!ns)
        return VAL_NULL;
    ns->dict = dict_new();
    if (!ns->dict) {
        obj_decref(&ns->base);
        return VAL_NULL;
    }
    return (Value)ns;
}

static int namespace_init(Value self, const Value *args, size_t nargs, Object *kw)
{
    NamespaceObj *ns = (NamespaceObj *)val_as_obj(self);
    if (nargs > 1) {
        err_set(&Exc_TypeError, "SimpleNamespace expected at most 1 positional argument, got %zu", nargs);
        return -1;
    }
    if (nargs == 1 && dict_update(ns->dict, args[0]) < 0)
        return -1;
    for (ssize_t i = 0; kw && i < tuple_size(kw); i++)
        if (dict_set(ns->dict, tuple_get(kw, i), args[nargs + (size_t)i]) < 0)
            return -1;
    return 0;
}

static Value namespace_repr(Value self)
{
    NamespaceObj *ns = (NamespaceObj *)val_as_obj(self);
    Type *t = val_type(self);
    int rec = obj_repr_enter(self);
    if (rec < 0)
        return VAL_NULL;
    const char *name = t == &Namespace_Type ? "namespace" : type_name(t);
    if (rec > 0)
        return str_printf("%s(...)", name);
    StrBuilder b;
    sb_init(&b);
    sb_add_ascii(&b, name);
    sb_add_char(&b, '(');
    ssize_t pos = 0;
    Value k, v;
    bool first = true;
    while (dict_next(ns->dict, &pos, &k, &v)) {
        if (!val_is_str(k))
            continue;
        if (!first)
            sb_add_ascii(&b, ", ");
        first = false;
        sb_add_str(&b, k);
        sb_add_char(&b, '=');
        if (sb_add_repr(&b, v) < 0) {
            sb_discard(&b);
            obj_repr_leave(self);
            return VAL_NULL;
        }
    }
    sb_add_char(&b, ')');
    obj_repr_leave(self);
    return sb_finish(&b);
}

static Value namespace_richcompare(Value a, Value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !val_isinstance_type(b, &Namespace_Type) ||
        !val_isinstance_type(a, &Namespace_Type))
        return VAL_NOTIMPL;
    return obj_richcompare((Value)((NamespaceObj *)val_as_obj(a))->dict,
                           (Value)((NamespaceObj *)val_as_obj(b))->dict, op);
}

static int namespace_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    Object *d = ((NamespaceObj *)o)->dict;
    return d ? visit((Value)d, arg) : 0;
}

Type Namespace_Type = {
    TYPE_HEADER("types.SimpleNamespace", namespace_dealloc),
    .tflags = TF_BASETYPE | TF_HAS_GC,
    .basicsize = sizeof(NamespaceObj),
    .dictoffset = offsetof(NamespaceObj, dict),
    .tp_new = namespace_tp_new,
    .init = namespace_init,
    .repr = namespace_repr,
    .richcompare = namespace_richcompare,
    .traverse = namespace_traverse,
    .doc = "A simple attribute-based namespace.",
};
