/* The operator module (_operator, and operator with its __all__ and
 * dunder aliases): the operators as functions, and the itemgetter,
 * attrgetter and methodcaller callables. */
#include <stdio.h>
#include <string.h>

#include "modules/modutil.h"
#include "objects/bytesobj.h"
#include "objects/dictobj.h"
#include "objects/listobj.h"
#include "objects/module.h"
#include "objects/tupleobj.h"

static int nargs_exact(const char *name, const char *qual, size_t nargs, Object *kw, size_t n)
{
    if (kw && tuple_size(kw) > 0)
        return args_no_kw(qual, kw);
    if (n == 1)
        return args_count(qual, nargs, 1, 1);
    return args_count(name, nargs, n, n);
}

#define BINOP2(name, iname, op)                                                                 \
    static Value op_##name(Value self, const Value *args, size_t nargs, Object *kw)       \
    {                                                                                     \
        if (nargs_exact(#name, "_operator." #name, nargs, kw, 2) < 0)                     \
            return VAL_NULL;                                                              \
        return obj_binop(args[0], args[1], op);                                           \
    }                                                                                     \
    static Value op_##iname(Value self, const Value *args, size_t nargs, Object *kw)      \
    {                                                                                     \
        if (nargs_exact(#iname, "_operator." #iname, nargs, kw, 2) < 0)                   \
            return VAL_NULL;                                                              \
        return obj_inplace(args[0], args[1], op);                                         \
    }
#define BINOP(name, op) BINOP2(name, i##name, op)
BINOP(add, OP_ADD)
BINOP(sub, OP_SUB)
BINOP(mul, OP_MUL)
BINOP(matmul, OP_MATMUL)
BINOP(truediv, OP_TRUEDIV)
BINOP(floordiv, OP_FLOORDIV)
BINOP(mod, OP_MOD)
BINOP(pow, OP_POW)
BINOP(lshift, OP_LSHIFT)
BINOP(rshift, OP_RSHIFT)
BINOP2(and_, iand, OP_AND)
BINOP2(or_, ior, OP_OR)
BINOP(xor, OP_XOR)
#undef BINOP
#undef BINOP2

#define CMPOP(name, op)                                                                   \
    static Value op_##name(Value self, const Value *args, size_t nargs, Object *kw)       \
    {                                                                                     \
        if (nargs_exact(#name, "_operator." #name, nargs, kw, 2) < 0)                     \
            return VAL_NULL;                                                              \
        return obj_richcompare(args[0], args[1], op);                                     \
    }
CMPOP(lt, CMP_LT)
CMPOP(le, CMP_LE)
CMPOP(eq, CMP_EQ)
CMPOP(ne, CMP_NE)
CMPOP(gt, CMP_GT)
CMPOP(ge, CMP_GE)
#undef CMPOP

/* operator.index(): the exact int (True -> 1), as PyNumber_Index. */
static Value index_exact(Value a)
{
    Value i = obj_index(a);
    if (!i || val_is_exact_int(i))
        return i;
    Value r = int_exact(i);
    val_decref(i);
    return r;
}

#define UNOP(name, expr)                                                                  \
    static Value op_##name(Value self, const Value *args, size_t nargs, Object *kw)       \
    {                                                                                     \
        if (nargs_exact(#name, "_operator." #name, nargs, kw, 1) < 0)                     \
            return VAL_NULL;                                                              \
        Value a = args[0];                                                                \
        return expr;                                                                      \
    }
UNOP(neg, obj_neg(a))
UNOP(pos, obj_pos(a))
UNOP(abs, obj_abs(a))
UNOP(inv, obj_invert(a))
UNOP(invert, obj_invert(a))
UNOP(index, index_exact(a))
UNOP(is_none, val_bool(a == VAL_NONE))
UNOP(is_not_none, val_bool(a != VAL_NONE))
#undef UNOP

static Value op_truth(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (nargs_exact("truth", "_operator.truth", nargs, kw, 1) < 0)
        return VAL_NULL;
    int r = obj_is_true(args[0]);
    return r < 0 ? VAL_NULL : val_bool(r);
}

static Value op_not_(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (nargs_exact("not_", "_operator.not_", nargs, kw, 1) < 0)
        return VAL_NULL;
    int r = obj_is_true(args[0]);
    return r < 0 ? VAL_NULL : val_bool(!r);
}

static Value op_is_(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (nargs_exact("is_", "_operator.is_", nargs, kw, 2) < 0)
        return VAL_NULL;
    return val_bool(args[0] == args[1]);
}

static Value op_is_not(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (nargs_exact("is_not", "_operator.is_not", nargs, kw, 2) < 0)
        return VAL_NULL;
    return val_bool(args[0] != args[1]);
}

/* PySequence_Check: not a dict, and indexable. */
static bool is_sequence(Value v)
{
    return !val_is_dict(v) && val_type(v)->getitem != NULL;
}

static Value concat(const char *name, const char *qual, bool inplace, const Value *args,
                    size_t nargs, Object *kw)
{
    if (nargs_exact(name, qual, nargs, kw, 2) < 0)
        return VAL_NULL;
    if (!is_sequence(args[0]) || !is_sequence(args[1])) {
        err_set(&Exc_TypeError, "'%s' object can't be concatenated", type_name(val_type(args[0])));
        return VAL_NULL;
    }
    return inplace ? obj_inplace(args[0], args[1], OP_ADD) : obj_binop(args[0], args[1], OP_ADD);
}

static Value op_concat(Value self, const Value *args, size_t nargs, Object *kw)
{
    return concat("concat", "_operator.concat", false, args, nargs, kw);
}

static Value op_iconcat(Value self, const Value *args, size_t nargs, Object *kw)
{
    return concat("iconcat", "_operator.iconcat", true, args, nargs, kw);
}

static Value op_contains(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (nargs_exact("contains", "_operator.contains", nargs, kw, 2) < 0)
        return VAL_NULL;
    int r = obj_contains(args[0], args[1]);
    return r < 0 ? VAL_NULL : val_bool(r);
}

/* countOf and indexOf: identity or equality, over any iterable. */
static Value search(bool count, const Value *args)
{
    Value it = obj_iter(args[0]);
    if (!it)
        return VAL_NULL;
    int64_t n = 0, i = 0;
    Value item;
    while ((item = obj_next(it))) {
        int eq = item == args[1] ? 1 : obj_richcompare_bool(item, args[1], CMP_EQ);
        val_decref(item);
        if (eq < 0) {
            val_decref(it);
            return VAL_NULL;
        }
        if (eq) {
            if (!count) {
                val_decref(it);
                return int_from_i64(i);
            }
            n++;
        }
        i++;
    }
    val_decref(it);
    if (err_occurred())
        return VAL_NULL;
    if (count)
        return int_from_i64(n);
    err_set(&Exc_ValueError, "sequence.index(x): x not in sequence");
    return VAL_NULL;
}

static Value op_countOf(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (nargs_exact("countOf", "_operator.countOf", nargs, kw, 2) < 0)
        return VAL_NULL;
    return search(true, args);
}

static Value op_indexOf(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (nargs_exact("indexOf", "_operator.indexOf", nargs, kw, 2) < 0)
        return VAL_NULL;
    return search(false, args);
}

static Value op_getitem(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (nargs_exact("getitem", "_operator.getitem", nargs, kw, 2) < 0)
        return VAL_NULL;
    return obj_getitem(args[0], args[1]);
}

static Value op_setitem(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (nargs_exact("setitem", "_operator.setitem", nargs, kw, 3) < 0)
        return VAL_NULL;
    return obj_setitem(args[0], args[1], args[2]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value op_delitem(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (nargs_exact("delitem", "_operator.delitem", nargs, kw, 2) < 0)
        return VAL_NULL;
    return obj_delitem(args[0], args[1]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value op_call(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (nargs < 1) {
        err_set(&Exc_TypeError, "call() missing 1 required positional argument: 'obj'");
        return VAL_NULL;
    }
    return obj_call(args[0], args + 1, nargs - 1, kw);
}

/* operator.length_hint(obj, default=0): len(), else __length_hint__. */
static Value op_length_hint(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("_operator.length_hint", kw) < 0 || args_count("length_hint", nargs, 1, 2) < 0)
        return VAL_NULL;
    Value dflt = nargs > 1 ? args[1] : val_from_int(0);
    if (!val_is_int_like(dflt)) {
        err_set(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                type_name(val_type(dflt)));
        return VAL_NULL;
    }
    Value o = args[0];
    if (val_type(o)->len) {
        ssize_t n = obj_len(o);
        if (n >= 0)
            return int_from_i64(n);
        if (!err_matches(&Exc_TypeError))
            return VAL_NULL;
        err_clear();
    }
    bool found;
    Value r = mod_call_special(o, "__length_hint__", NULL, 0, &found);
    if (!found)
        return val_ref(dflt);
    if (!r) {
        if (err_matches(&Exc_TypeError)) {
            err_clear();
            return val_ref(dflt);
        }
        return VAL_NULL;
    }
    if (r == VAL_NOTIMPL) {
        val_decref(r);
        return val_ref(dflt);
    }
    if (!val_is_int_like(r)) {
        err_set(&Exc_TypeError, "__length_hint__ must be an integer, not %s", type_name(val_type(r)));
        val_decref(r);
        return VAL_NULL;
    }
    if (int_sign(r) < 0) {
        val_decref(r);
        err_set(&Exc_ValueError, "__length_hint__() should return >= 0");
        return VAL_NULL;
    }
    return r;
}

static Value op_compare_digest(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (nargs_exact("_compare_digest", "_operator._compare_digest", nargs, kw, 2) < 0)
        return VAL_NULL;
    Value a = args[0], b = args[1];
    const uint8_t *pa, *pb;
    ssize_t la, lb;
    if (val_is_str(a) && val_is_str(b)) {
        StrObj *sa = val_as_str(a), *sb = val_as_str(b);
        if (!sa->ascii || !sb->ascii) {
            err_set(&Exc_TypeError, "comparing strings with non-ASCII characters is not supported");
            return VAL_NULL;
        }
        pa = str_data(sa), la = sa->length, pb = str_data(sb), lb = sb->length;
    } else {
        if (val_is_str(a) || val_is_str(b)) {
            err_set(&Exc_TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'",
                    type_name(val_type(a)), type_name(val_type(b)));
            return VAL_NULL;
        }
        if (buffer_get(a, &pa, &la) < 0 || buffer_get(b, &pb, &lb) < 0)
            return VAL_NULL;
    }
    /* Time depends only on the length of b. */
    unsigned diff = la != lb;
    const uint8_t *left = la == lb ? pa : pb;
    for (ssize_t i = 0; i < lb; i++)
        diff |= left[i] ^ pb[i];
    return val_bool(diff == 0);
}

/* ---- itemgetter ------------------------------------------------------------- */

typedef struct {
    Object base;
    Object *items; /* tuple */
} GetterObj;

extern Type ItemGetter_Type, AttrGetter_Type, MethodCaller_Type;

static void getter_dealloc(Object *o)
{
    obj_xdecref(((GetterObj *)o)->items);
    obj_free(o);
}

static int getter_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    GetterObj *g = (GetterObj *)o;
    return g->items ? visit((Value)g->items, arg) : 0;
}

static Value itemgetter_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("itemgetter", kw) < 0)
        return VAL_NULL;
    if (nargs < 1) {
        err_set(&Exc_TypeError, "itemgetter expected 1 argument, got 0");
        return VAL_NULL;
    }
    GetterObj *g = (GetterObj *)obj_alloc(type, 0);
    if (!g)
        return VAL_NULL;
    g->items = tuple_from_array(args, (ssize_t)nargs);
    if (!g->items) {
        obj_decref(&g->base);
        return VAL_NULL;
    }
    return (Value)g;
}

static Value itemgetter_call(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("itemgetter", kw) < 0 || args_count("itemgetter", nargs, 1, 1) < 0)
        return VAL_NULL;
    Object *items = ((GetterObj *)val_as_obj(self))->items;
    ssize_t n = tuple_size(items);
    if (n == 1)
        return obj_getitem(args[0], tuple_get(items, 0));
    Object *t = tuple_new(n);
    if (!t)
        return VAL_NULL;
    for (ssize_t i = 0; i < n; i++) {
        Value v = obj_getitem(args[0], tuple_get(items, i));
        if (!v) {
            obj_decref(t);
            return VAL_NULL;
        }
        tuple_items(t)[i] = v;
    }
    return (Value)t;
}

/* "operator.itemgetter(1, 'a')" */
static Value getter_repr(Value self, const char *name, bool as_str_names)
{
    Object *items = ((GetterObj *)val_as_obj(self))->items;
    int rec = obj_repr_enter(self);
    if (rec < 0)
        return VAL_NULL;
    if (rec)
        return str_printf("%s(...)", name);
    StrBuilder b;
    sb_init(&b);
    sb_add_ascii(&b, name);
    sb_add_char(&b, '(');
    for (ssize_t i = 0; i < tuple_size(items); i++) {
        if (i)
            sb_add_ascii(&b, ", ");
        if (sb_add_repr(&b, tuple_get(items, i)) < 0) {
            sb_discard(&b);
            obj_repr_leave(self);
            return VAL_NULL;
        }
    }
    sb_add_char(&b, ')');
    obj_repr_leave(self);
    (void)as_str_names;
    return sb_finish(&b);
}

static Value itemgetter_repr(Value self) { return getter_repr(self, "operator.itemgetter", false); }

static Value getter_reduce(Value self, const Value *args, size_t nargs, Object *kw)
{
    GetterObj *g = (GetterObj *)val_as_obj(self);
    Object *t = tuple_pack(2, (Value)val_type(self), (Value)g->items);
    return t ? (Value)t : VAL_NULL;
}

static const MethodDef getter_methods[] = {
    {"__reduce__", getter_reduce, 0, NULL},
    {0},
};

Type ItemGetter_Type = {
    TYPE_HEADER("operator.itemgetter", getter_dealloc),
    .tflags = TF_HAS_GC,
    .basicsize = sizeof(GetterObj),
    .doc = "Return a callable object that fetches the given item(s) from its operand.",
    .methods = getter_methods,
    .repr = itemgetter_repr,
    .call = itemgetter_call,
    .tp_new = itemgetter_new,
    .traverse = getter_traverse,
};

/* ---- attrgetter -------------------------------------------------------------- */

/* items holds, per requested attribute, the original name (for repr) at
 * even positions and a tuple of its dotted parts (interned) at odd ones. */
static Value attrgetter_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("attrgetter", kw) < 0)
        return VAL_NULL;
    if (nargs < 1) {
        err_set(&Exc_TypeError, "attrgetter expected 1 argument, got 0");
        return VAL_NULL;
    }
    Object *items = tuple_new((ssize_t)nargs * 2);
    if (!items)
        return VAL_NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (!val_is_str(args[i])) {
            obj_decref(items);
            err_set(&Exc_TypeError, "attribute name must be a string");
            return VAL_NULL;
        }
        tuple_items(items)[2 * i] = val_ref(args[i]);
        Value dot = str_from_cstr(".");
        Value parts = obj_call_method_cstr(args[i], "split", &dot, 1);
        val_decref(dot);
        if (!parts) {
            obj_decref(items);
            return VAL_NULL;
        }
        Object *pt = list_as_tuple(val_as_obj(parts));
        val_decref(parts);
        if (!pt) {
            obj_decref(items);
            return VAL_NULL;
        }
        for (ssize_t j = 0; j < tuple_size(pt); j++) {
            Value p = tuple_items(pt)[j];
            val_incref(p);
            tuple_items(pt)[j] = (Value)str_intern(val_as_obj(p));
            val_decref(p);
        }
        tuple_items(items)[2 * i + 1] = (Value)pt;
    }
    GetterObj *g = (GetterObj *)obj_alloc(type, 0);
    if (!g) {
        obj_decref(items);
        return VAL_NULL;
    }
    g->items = items;
    return (Value)g;
}

static Value dotted_getattr(Value o, Object *parts)
{
    Value cur = val_ref(o);
    for (ssize_t i = 0; i < tuple_size(parts); i++) {
        Value next = obj_getattr(cur, val_as_obj(tuple_get(parts, i)));
        val_decref(cur);
        if (!next)
            return VAL_NULL;
        cur = next;
    }
    return cur;
}

static Value attrgetter_call(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("attrgetter", kw) < 0 || args_count("attrgetter", nargs, 1, 1) < 0)
        return VAL_NULL;
    Object *items = ((GetterObj *)val_as_obj(self))->items;
    ssize_t n = tuple_size(items) / 2;
    if (n == 1)
        return dotted_getattr(args[0], val_as_obj(tuple_get(items, 1)));
    Object *t = tuple_new(n);
    if (!t)
        return VAL_NULL;
    for (ssize_t i = 0; i < n; i++) {
        Value v = dotted_getattr(args[0], val_as_obj(tuple_get(items, 2 * i + 1)));
        if (!v) {
            obj_decref(t);
            return VAL_NULL;
        }
        tuple_items(t)[i] = v;
    }
    return (Value)t;
}

static Value attrgetter_repr(Value self)
{
    Object *items = ((GetterObj *)val_as_obj(self))->items;
    StrBuilder b;
    sb_init(&b);
    sb_add_ascii(&b, "operator.attrgetter(");
    for (ssize_t i = 0; i < tuple_size(items) / 2; i++) {
        if (i)
            sb_add_ascii(&b, ", ");
        if (sb_add_repr(&b, tuple_get(items, 2 * i)) < 0) {
            sb_discard(&b);
            return VAL_NULL;
        }
    }
    sb_add_char(&b, ')');
    return sb_finish(&b);
}

static Value attrgetter_reduce(Value self, const Value *args, size_t nargs, Object *kw)
{
    Object *items = ((GetterObj *)val_as_obj(self))->items;
    ssize_t n = tuple_size(items) / 2;
    Object *names = tuple_new(n);
    if (!names)
        return VAL_NULL;
    for (ssize_t i = 0; i < n; i++)
        tuple_items(names)[i] = val_ref(tuple_get(items, 2 * i));
    Object *t = tuple_pack(2, (Value)val_type(self), (Value)names);
    obj_decref(names);
    return t ? (Value)t : VAL_NULL;
}

static const MethodDef attrgetter_methods[] = {
    {"__reduce__", attrgetter_reduce, 0, NULL},
    {0},
};

Type AttrGetter_Type = {
    TYPE_HEADER("operator.attrgetter", getter_dealloc),
    .tflags = TF_HAS_GC,
    .basicsize = sizeof(GetterObj),
    .doc = "Return a callable object that fetches the given attribute(s) from its operand.",
    .methods = attrgetter_methods,
    .repr = attrgetter_repr,
    .call = attrgetter_call,
    .tp_new = attrgetter_new,
    .traverse = getter_traverse,
};

/* ---- methodcaller -------------------------------------------------------------- */

typedef struct {
    Object base;
    Object *name;    /* interned str */
    Object *args;    /* tuple: positional then keyword values */
    Object *kwnames; /* tuple of str, or NULL */
} MethodCallerObj;

static void mc_dealloc(Object *o)
{
    MethodCallerObj *m = (MethodCallerObj *)o;
    obj_xdecref(m->name);
    obj_xdecref(m->args);
    obj_xdecref(m->kwnames);
    obj_free(o);
}

static int mc_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    MethodCallerObj *m = (MethodCallerObj *)o;
    return m->args ? visit((Value)m->args, arg) : 0;
}

static Value mc_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    if (nargs < 1) {
        err_set(&Exc_TypeError, "methodcaller needs at least one argument, the method name");
        return VAL_NULL;
    }
    if (!val_is_str(args[0])) {
        err_set(&Exc_TypeError, "method name must be a string");
        return VAL_NULL;
    }
    size_t nkw = kw ? (size_t)tuple_size(kw) : 0;
    MethodCallerObj *m = (MethodCallerObj *)obj_alloc(type, 0);
    if (!m)
        return VAL_NULL;
    val_incref(args[0]);
    m->name = str_intern(val_as_obj(args[0]));
    m->args = tuple_from_array(args + 1, (ssize_t)(nargs - 1 + nkw));
    if (nkw) {
        obj_incref(kw);
        m->kwnames = kw;
    }
    if (!m->args) {
        obj_decref(&m->base);
        return VAL_NULL;
    }
    return (Value)m;
}

static Value mc_call(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("methodcaller", kw) < 0 || args_count("methodcaller", nargs, 1, 1) < 0)
        return VAL_NULL;
    MethodCallerObj *m = (MethodCallerObj *)val_as_obj(self);
    Value meth = obj_getattr(args[0], m->name);
    if (!meth)
        return VAL_NULL;
    size_t nkw = m->kwnames ? (size_t)tuple_size(m->kwnames) : 0;
    size_t npos = (size_t)tuple_size(m->args) - nkw;
    Value r = obj_call(meth, tuple_items(m->args), npos, nkw ? m->kwnames : NULL);
    val_decref(meth);
    return r;
}

static Value mc_repr(Value self)
{
    MethodCallerObj *m = (MethodCallerObj *)val_as_obj(self);
    int rec = obj_repr_enter(self);
    if (rec < 0)
        return VAL_NULL;
    if (rec)
        return str_printf("operator.methodcaller(...)");
    StrBuilder b;
    sb_init(&b);
    sb_add_ascii(&b, "operator.methodcaller(");
    int bad = sb_add_repr(&b, (Value)m->name);
    size_t nkw = m->kwnames ? (size_t)tuple_size(m->kwnames) : 0;
    size_t npos = (size_t)tuple_size(m->args) - nkw;
    for (size_t i = 0; i < npos && bad == 0; i++) {
        sb_add_ascii(&b, ", ");
        bad = sb_add_repr(&b, tuple_get(m->args, (ssize_t)i));
    }
    for (size_t i = 0; i < nkw && bad == 0; i++) {
        sb_add_ascii(&b, ", ");
        sb_add_str(&b, tuple_get(m->kwnames, (ssize_t)i));
        sb_add_char(&b, '=');
        bad = sb_add_repr(&b, tuple_get(m->args, (ssize_t)(npos + i)));
    }
    obj_repr_leave(self);
    if (bad < 0) {
        sb_discard(&b);
        return VAL_NULL;
    }
    sb_add_char(&b, ')');
    return sb_finish(&b);
}

Type MethodCaller_Type = {
    TYPE_HEADER("operator.methodcaller", mc_dealloc),
    .tflags = TF_HAS_GC,
    .basicsize = sizeof(MethodCallerObj),
    .doc = "Return a callable object that calls the given method on its operand.",
    .repr = mc_repr,
    .call = mc_call,
    .tp_new = mc_new,
    .traverse = mc_traverse,
};

/* ---- the module ------------------------------------------------------------- */

#define FN(name) {#name, op_##name, 0, NULL}
static const MethodDef operator_functions[] = {
    FN(abs), FN(add), FN(and_), FN(call), FN(concat), FN(contains), FN(countOf),
    FN(delitem), FN(eq), FN(floordiv), FN(ge), FN(getitem), FN(gt), FN(iadd), FN(iand),
    FN(iconcat), FN(ifloordiv), FN(ilshift), FN(imatmul), FN(imod), FN(imul), FN(index),
    FN(indexOf), FN(inv), FN(invert), FN(ior), FN(ipow), FN(irshift), FN(is_), FN(is_not),
    FN(is_none), FN(is_not_none), FN(isub), FN(itruediv), FN(ixor), FN(le), FN(length_hint),
    FN(lshift), FN(lt), FN(matmul), FN(mod), FN(mul), FN(ne), FN(neg), FN(not_), FN(or_),
    FN(pos), FN(pow), FN(rshift), FN(setitem), FN(sub), FN(truediv), FN(truth), FN(xor),
    {"_compare_digest", op_compare_digest, 0, NULL},
    {0},
};
#undef FN

int _operator_module_init(Value m)
{
    if (module_add_functions(m, operator_functions) < 0 ||
        module_add_type(m, &ItemGetter_Type) < 0 || module_add_type(m, &AttrGetter_Type) < 0 ||
        module_add_type(m, &MethodCaller_Type) < 0)
        return -1;
    return 0;
}

/* operator: _operator's contents, __all__, and the dunder aliases
 * (__add__ = add, __inv__ = inv, ...). */
int operator_module_init(Value m)
{
    if (_operator_module_init(m) < 0)
        return -1;
    /* `from _operator import *` leaves the private names behind. */
    if (dict_del(module_dict(m), (Value)str_intern_cstr("_compare_digest")) < 0)
        return -1;
    static const char *const all[] = {
        "abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf",
        "delitem", "eq", "floordiv", "ge", "getitem", "gt", "iadd", "iand", "iconcat",
        "ifloordiv", "ilshift", "imatmul", "imod", "imul", "index", "indexOf", "inv",
        "invert", "ior", "ipow", "irshift", "is_", "is_not",
        "isub", "itemgetter", "itruediv", "ixor", "le", "length_hint", "lshift", "lt",
        "matmul", "methodcaller", "mod", "mul", "ne", "neg", "not_", "or_", "pos", "pow",
        "rshift", "setitem", "sub", "truediv", "truth", "xor", NULL,
    };
    Object *d = module_dict(m);
    Object *lst = list_new(0);
    if (!lst)
        return -1;
    for (int i = 0; all[i]; i++) {
        Value s = str_from_cstr(all[i]);
        if (!s || list_append(lst, s) < 0) {
            val_xdecref(s);
            obj_decref(lst);
            return -1;
        }
        val_decref(s);
    }
    int r = dict_set_cstr(d, "__all__", (Value)lst);
    obj_decref(lst);
    if (r < 0)
        return -1;
    static const char *const dunders[] = {
        "abs", "add", "and", "call", "concat", "contains", "delitem", "eq", "floordiv",
        "ge", "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv", "ilshift",
        "imatmul", "imod", "imul", "index", "inv", "invert", "ior", "ipow", "irshift",
        "isub", "itruediv", "ixor", "le", "lshift", "lt", "matmul", "mod", "mul", "ne",
        "neg", "not", "or", "pos", "pow", "rshift", "setitem", "sub", "truediv", "xor", NULL,
    };
    for (int i = 0; dunders[i]; i++) {
        char src[32], dst[40];
        size_t len = strlen(dunders[i]);
        bool underscore = strcmp(dunders[i], "and") == 0 || strcmp(dunders[i], "or") == 0 ||
                          strcmp(dunders[i], "not") == 0;
        snprintf(src, sizeof src, "%s%s", dunders[i], underscore ? "_" : "");
        snprintf(dst, sizeof dst, "__%s__", dunders[i]);
        (void)len;
        Value f;
        if (dict_get_cstr(d, src, &f) <= 0)
            return -1;
        r = dict_set_cstr(d, dst, f);
        val_decref(f);
        if (r < 0)
            return -1;
    }
    return 0;
}
