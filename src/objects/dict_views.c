/* dict views: keys(), values() and items(): length, iteration, membership,
 * reversed(), repr, and for keys and items the set comparisons and the
 * set operators (-, &, |, ^, isdisjoint), which return sets. */
#include "dict_internal.h"
#include "listobj.h"
#include "setobj.h"

typedef struct DictViewObj {
    Object base;
    Value dict;
} DictViewObj;

Value dictview_dict(Value view) { return ((DictViewObj *)val_as_obj(view))->dict; }

static inline DictObj *view_dict(Value v) { return as_dict(((DictViewObj *)val_as_obj(v))->dict); }

static bool is_setlike_view(Value v)
{
    return val_is_obj(v) &&
           (val_as_obj(v)->type == &DictKeys_Type || val_as_obj(v)->type == &DictItems_Type);
}

Value dictview_new(Value d, Type *kind)
{
    DictViewObj *v = (DictViewObj *)obj_alloc(kind, 0);
    if (!v)
        return VAL_NULL;
    v->dict = val_ref(d);
    return val_from_obj(&v->base);
}

static void view_dealloc(Object *o)
{
    val_decref(((DictViewObj *)o)->dict);
    obj_free(o);
}

static int view_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    return visit(((DictViewObj *)o)->dict, arg);
}

static ssize_t view_len(Value self) { return dict_used(view_dict(self)); }

static Value keys_iter(Value self) { return dictiter_new(view_dict(self), &DictKeyIter_Type); }
static Value values_iter(Value self) { return dictiter_new(view_dict(self), &DictValueIter_Type); }
static Value items_iter(Value self) { return dictiter_new(view_dict(self), &DictItemIter_Type); }

static int keys_contains(Value self, Value key)
{
    hash_t h = dict_key_hash(key);
    if (h == -1)
        return -1;
    ssize_t ix = dict_lookup(view_dict(self), key, h, NULL);
    return ix == -3 ? -1 : ix >= 0;
}

static int items_contains(Value self, Value item)
{
    if (!val_is_tuple(item) || tuple_size(val_as_obj(item)) != 2)
        return 0;
    Value key = tuple_items(val_as_obj(item))[0], want = tuple_items(val_as_obj(item))[1];
    hash_t h = dict_key_hash(key);
    if (h == -1)
        return -1;
    Value found;
    ssize_t ix = dict_lookup(view_dict(self), key, h, &found);
    if (ix == -3)
        return -1;
    if (ix < 0)
        return 0;
    int r = obj_richcompare_bool(found, want, CMP_EQ);
    val_decref(found);
    return r;
}

static int values_contains(Value self, Value x)
{
    Value it = values_iter(self);
    if (!it)
        return -1;
    int r = 0;
    for (;;) {
        Value v = obj_next(it);
        if (!v)
            break;
        r = obj_richcompare_bool(v, x, CMP_EQ);
        val_decref(v);
        if (r)
            break;
    }
    val_decref(it);
    if (r == 0 && err_occurred())
        return -1;
    return r;
}

static Value view_repr(Value self)
{
    int rec = obj_repr_enter(self);
    if (rec < 0)
        return VAL_NULL;
    if (rec > 0)
        return str_from_ascii("...", 3);
    Object *l = list_from_iterable(self);
    Value r = VAL_NULL;
    if (l) {
        r = str_printf("%s(%R)", type_name(val_type(self)), val_from_obj(l));
        obj_decref(l);
    }
    obj_repr_leave(self);
    return r;
}

/* Every item of a in b (b's membership test). */
static int all_contained_in(Value a, Value b)
{
    Value it = obj_iter(a);
    if (!it)
        return -1;
    int ok = 1;
    for (;;) {
        Value v = obj_next(it);
        if (!v)
            break;
        ok = obj_contains(b, v);
        val_decref(v);
        if (ok <= 0)
            break;
    }
    val_decref(it);
    if (ok == 1 && err_occurred())
        return -1;
    return ok;
}

static Value view_richcompare(Value a, Value b, int op)
{
    if (!val_is_anyset(b) && !is_setlike_view(b))
        return val_ref(VAL_NOTIMPL);
    ssize_t la = obj_len(a), lb = obj_len(b);
    if (la < 0 || lb < 0)
        return VAL_NULL;
    int ok = 0;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (la == lb)
            ok = all_contained_in(a, b);
        if (op == CMP_NE && ok >= 0)
            ok = !ok;
        break;
    case CMP_LT:
        if (la < lb)
            ok = all_contained_in(a, b);
        break;
    case CMP_LE:
        if (la <= lb)
            ok = all_contained_in(a, b);
        break;
    case CMP_GT:
        if (la > lb)
            ok = all_contained_in(b, a);
        break;
    default:
        if (la >= lb)
            ok = all_contained_in(b, a);
        break;
    }
    return ok < 0 ? VAL_NULL : val_bool(ok);
}

/* set(view) (or set(other) when the view is the right operand). */
static Value to_set(Value v)
{
    if (is_setlike_view(v) && val_as_obj(v)->type == &DictKeys_Type)
        return set_new(((DictViewObj *)val_as_obj(v))->dict);
    return set_new(v);
}

static Value view_sub(Value a, Value b)
{
    Value r = to_set(a);
    if (r && set_difference_update(val_as_obj(r), b) < 0) {
        val_decref(r);
        return VAL_NULL;
    }
    return r;
}

static Value view_or(Value a, Value b)
{
    Value r = to_set(a);
    if (r && set_update(val_as_obj(r), b) < 0) {
        val_decref(r);
        return VAL_NULL;
    }
    return r;
}

static Value view_xor(Value a, Value b)
{
    Value r = to_set(a);
    if (r && set_symmetric_difference_update(val_as_obj(r), b) < 0) {
        val_decref(r);
        return VAL_NULL;
    }
    return r;
}

/* CPython's _PyDictView_Intersect: iterate the smaller side, test
 * membership in the view. */
static Value view_and(Value a, Value b)
{
    Value self = a, other = b;
    if (!is_setlike_view(self)) {
        self = b;
        other = a;
    }
    ssize_t len_self = obj_len(self);
    if (len_self < 0)
        return VAL_NULL;
    if (obj_type_is(other, &Set_Type)) {
        ssize_t lo = obj_len(other);
        if (lo >= len_self)
            return obj_call_method_cstr(other, "intersection", &self, 1);
    }
    if (is_setlike_view(other) && obj_len(other) > len_self) {
        Value t = other;
        other = self;
        self = t;
    }
    Value result = set_new(VAL_NULL);
    if (!result)
        return VAL_NULL;
    Value it = obj_iter(other);
    if (!it) {
        val_decref(result);
        return VAL_NULL;
    }
    bool keys = val_as_obj(self)->type == &DictKeys_Type;
    for (;;) {
        Value k = obj_next(it);
        if (!k)
            break;
        int rv = keys ? keys_contains(self, k) : items_contains(self, k);
        if (rv > 0)
            rv = set_add(val_as_obj(result), k);
        val_decref(k);
        if (rv < 0)
            break;
    }
    val_decref(it);
    if (err_occurred()) {
        val_decref(result);
        return VAL_NULL;
    }
    return result;
}

static Value m_isdisjoint(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_count("isdisjoint", nargs, 1, 1) < 0)
        return VAL_NULL;
    Value other = args[0], big = self, small = other;
    if (other == self)
        return val_bool(view_len(self) == 0);
    /* Iterate over the shorter object when its length is known. */
    if (val_is_anyset(other) || is_setlike_view(other)) {
        ssize_t lo = obj_len(other);
        if (lo < 0)
            return VAL_NULL;
        if (lo > view_len(self)) {
            big = other;
            small = self;
        }
    }
    Value it = obj_iter(small);
    if (!it)
        return VAL_NULL;
    int r = 1;
    for (;;) {
        Value v = obj_next(it);
        if (!v)
            break;
        int in = obj_contains(big, v);
        val_decref(v);
        if (in != 0) {
            r = in < 0 ? -1 : 0;
            break;
        }
    }
    val_decref(it);
    if (r == 1 && err_occurred())
        r = -1;
    return r < 0 ? VAL_NULL : val_bool(r);
}

static Value m_rev_keys(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    return dictiter_new(view_dict(self), &DictRevKeyIter_Type);
}

static Value m_rev_values(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    return dictiter_new(view_dict(self), &DictRevValueIter_Type);
}

static Value m_rev_items(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    return dictiter_new(view_dict(self), &DictRevItemIter_Type);
}

static const MethodDef keys_methods[] = {
    {"isdisjoint", m_isdisjoint, 0, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", m_rev_keys, 0, "Return a reverse iterator over the dict keys."},
    {NULL, NULL, 0, NULL},
};

static const MethodDef items_methods[] = {
    {"isdisjoint", m_isdisjoint, 0, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", m_rev_items, 0, "Return a reverse iterator over the dict items."},
    {NULL, NULL, 0, NULL},
};

static const MethodDef values_methods[] = {
    {"__reversed__", m_rev_values, 0, "Return a reverse iterator over the dict values."},
    {NULL, NULL, 0, NULL},
};

#define SETLIKE_SLOTS                                                        \
    .richcompare = view_richcompare, .binop[OP_SUB] = view_sub,              \
    .binop[OP_AND] = view_and, .binop[OP_OR] = view_or, .binop[OP_XOR] = view_xor

Type DictKeys_Type = {
    TYPE_HEADER("dict_keys", view_dealloc),
    .tflags = TF_HAS_GC | TF_IMMUTABLE,
    .basicsize = sizeof(DictViewObj),
    .methods = keys_methods,
    .repr = view_repr,
    .iter = keys_iter,
    .traverse = view_traverse,
    .len = view_len,
    .contains = keys_contains,
    SETLIKE_SLOTS,
};

Type DictItems_Type = {
    TYPE_HEADER("dict_items", view_dealloc),
    .tflags = TF_HAS_GC | TF_IMMUTABLE,
    .basicsize = sizeof(DictViewObj),
    .methods = items_methods,
    .repr = view_repr,
    .iter = items_iter,
    .traverse = view_traverse,
    .len = view_len,
    .contains = items_contains,
    SETLIKE_SLOTS,
};

Type DictValues_Type = {
    TYPE_HEADER("dict_values", view_dealloc),
    .tflags = TF_HAS_GC | TF_IMMUTABLE,
    .basicsize = sizeof(DictViewObj),
    .methods = values_methods,
    .repr = view_repr,
    .iter = values_iter,
    .traverse = view_traverse,
    .len = view_len,
    .contains = values_contains,
};
