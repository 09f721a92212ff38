/* The bridge between protocol slots and dunder methods: wrapper
 * descriptors that expose a built-in type's slots as __add__, __len__, ...
 * and, for classes written in Python, slot functions that call the
 * class's dunder methods. One table (slotdefs) drives both directions. */
#include <stddef.h>
#include <string.h>

#include "objects/descr.h"
#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/intobj.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"

typedef void (*AnyFn)(void);

extern Type SlotWrapper_Type, MethodWrapper_Type;

typedef enum {
    W_UNARY, W_BINOP_L, W_BINOP_R, W_INPLACE, W_POW_L, W_POW_R, W_RICHCMP, W_HASH,
    W_BOOL, W_LEN, W_GETITEM, W_SETITEM, W_DELITEM, W_CONTAINS, W_CALL, W_GETATTR,
    W_SETATTR, W_DELATTR, W_GET, W_SET, W_DELETE, W_INIT, W_NEXT, W_DEL,
} WrapKind;

typedef struct SlotDef {
    const char *name;
    size_t offset; /* of the slot in Type */
    WrapKind kind;
    int arg;       /* comparison op or BinOp */
    AnyFn dispatch; /* the slot function for classes that define the dunder */
    Object *iname; /* interned name, set by slots_init */
} SlotDef;

/* ---- Calling a dunder of type(self) -------------------------------------------- */

static Value call_special(Value self, Object *name, const Value *args, size_t nargs,
                          Object *kwnames, bool *missing)
{
    return obj_call_special(self, name, args, nargs, kwnames, missing);
}

/* slot ids (indexes into slotdefs) used by the dispatchers */
enum {
    S_REPR, S_STR, S_HASH, S_LT, S_LE, S_EQ, S_NE, S_GT, S_GE, S_GETATTRIBUTE, S_GETATTR,
    S_SETATTR, S_DELATTR, S_GET, S_SET, S_DELETE, S_CALL, S_ITER, S_NEXT, S_INIT, S_DEL,
    S_NEG, S_POS, S_INVERT, S_ABS, S_BOOL, S_INT, S_FLOAT, S_INDEX, S_LEN, S_GETITEM,
    S_SETITEM, S_DELITEM, S_CONTAINS,
    S_BINOP_L, /* 13 forward, then 13 reflected, then 13 in-place */
    S_BINOP_R = S_BINOP_L + BINOP_COUNT,
    S_INPLACE = S_BINOP_R + BINOP_COUNT,
    S_COUNT = S_INPLACE + BINOP_COUNT,
};

static SlotDef slotdefs[S_COUNT];
#define NAME(id) (slotdefs[id].iname)

static Value call_id(Value self, int id, const Value *args, size_t nargs, bool *missing)
{
    return call_special(self, NAME(id), args, nargs, NULL, missing);
}

static Value call_id_or_error(Value self, int id, const Value *args, size_t nargs)
{
    bool missing;
    Value r = call_id(self, id, args, nargs, &missing);
    if (missing)
        err_set(&Exc_AttributeError, "'%s' object has no attribute '%U'", type_name(val_type(self)),
                NAME(id));
    return r;
}

/* ---- Slot functions for heap types ------------------------------------------------ */

static Value slot_repr(Value self) { return call_id_or_error(self, S_REPR, NULL, 0); }
static Value slot_str(Value self) { return call_id_or_error(self, S_STR, NULL, 0); }

static hash_t slot_hash(Value self)
{
    Value r = call_id_or_error(self, S_HASH, NULL, 0);
    if (!r)
        return -1;
    if (!val_is_int_like(r)) {
        err_set(&Exc_TypeError, "__hash__ method should return an integer");
        val_decref(r);
        return -1;
    }
    /* A result that fits a machine word is the hash itself; a larger int
     * is reduced by hashing it, as CPython does. */
    int64_t h;
    if (int_as_i64(r, &h) < 0) {
        err_clear();
        h = obj_hash(r);
    }
    val_decref(r);
    return h == -1 ? -2 : h;
}

static Value slot_richcompare(Value a, Value b, int op)
{
    bool missing;
    Value r = call_id(a, S_LT + op, &b, 1, &missing);
    return missing ? VAL_NOTIMPL : r;
}

static Value slot_getattr_hook(Value self, Object *name)
{
    Type *t = val_type(self);
    Value getattribute = type_lookup(t, NAME(S_GETATTRIBUTE));
    Value r;
    Value nv = (Value)name;
    bool missing;
    if (!getattribute || (val_type(getattribute) == &SlotWrapper_Type &&
                          type_lookup(&Object_Type, NAME(S_GETATTRIBUTE)) == getattribute))
        r = obj_generic_getattr(self, name);
    else
        r = call_id(self, S_GETATTRIBUTE, &nv, 1, &missing);
    if (r || !err_matches(&Exc_AttributeError))
        return r;
    if (!type_lookup(t, NAME(S_GETATTR)))
        return VAL_NULL;
    err_clear();
    return call_id(self, S_GETATTR, &nv, 1, &missing);
}

static int none_result(Value r)
{
    if (!r)
        return -1;
    val_decref(r);
    return 0;
}

static int slot_setattr(Value self, Object *name, Value v)
{
    Value args[2] = {(Value)name, v};
    if (v)
        return none_result(call_id_or_error(self, S_SETATTR, args, 2));
    return none_result(call_id_or_error(self, S_DELATTR, args, 1));
}

static Value slot_descr_get(Value self, Value obj, Value owner)
{
    Value args[2] = {obj ? obj : VAL_NONE, owner ? owner : VAL_NONE};
    return call_id_or_error(self, S_GET, args, 2);
}

static int slot_descr_set(Value self, Value obj, Value v)
{
    Value args[2] = {obj, v};
    if (v)
        return none_result(call_id_or_error(self, S_SET, args, 2));
    return none_result(call_id_or_error(self, S_DELETE, args, 1));
}

static Value slot_call(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    bool missing;
    Value r = call_special(self, NAME(S_CALL), args, nargs, kwnames, &missing);
    if (missing)
        err_set(&Exc_TypeError, "'%s' object is not callable", type_name(val_type(self)));
    return r;
}

static Value slot_iter(Value self)
{
    Value f = type_lookup(val_type(self), NAME(S_ITER));
    if (f == VAL_NONE) {
        err_set(&Exc_TypeError, "'%s' object is not iterable", type_name(val_type(self)));
        return VAL_NULL;
    }
    return call_id_or_error(self, S_ITER, NULL, 0);
}

static Value slot_iternext(Value self)
{
    Value r = call_id_or_error(self, S_NEXT, NULL, 0);
    return r;
}

static int slot_init(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    bool missing;
    Value r = call_special(self, NAME(S_INIT), args, nargs, kwnames, &missing);
    if (!r)
        return -1;
    if (r != VAL_NONE) {
        err_set(&Exc_TypeError, "__init__() should return None, not '%s'", type_name(val_type(r)));
        val_decref(r);
        return -1;
    }
    return 0;
}

static Value slot_tp_new(Type *type, const Value *args, size_t nargs, Object *kwnames)
{
    static Object *new_name;
    if (!new_name)
        new_name = str_intern_cstr("__new__");
    Value f = obj_getattr((Value)type, new_name);
    if (!f)
        return VAL_NULL;
    size_t nkw = kwnames ? (size_t)tuple_size(kwnames) : 0;
    Value small[8];
    size_t total = nargs + nkw + 1;
    Value *buf = total <= 8 ? small : mem_alloc(total * sizeof(Value));
    if (!buf) {
        val_decref(f);
        return err_no_memory();
    }
    buf[0] = (Value)type;
    if (nargs + nkw)
        memcpy(buf + 1, args, (nargs + nkw) * sizeof(Value));
    Value r = obj_call(f, buf, nargs + 1, kwnames);
    if (buf != small)
        mem_free(buf);
    val_decref(f);
    return r;
}

static void slot_finalize(Object *o)
{
    bool missing;
    Value r = call_id((Value)o, S_DEL, NULL, 0, &missing);
    if (r)
        val_decref(r);
    else if (!missing)
        err_clear(); /* "Exception ignored in" reporting comes with the collector */
}

#define UNARY_SLOT(fname, id)                                                    \
    static Value fname(Value self) { return call_id_or_error(self, id, NULL, 0); }
UNARY_SLOT(slot_neg, S_NEG)
UNARY_SLOT(slot_pos, S_POS)
UNARY_SLOT(slot_invert, S_INVERT)
UNARY_SLOT(slot_abs, S_ABS)
UNARY_SLOT(slot_int, S_INT)
UNARY_SLOT(slot_float, S_FLOAT)
UNARY_SLOT(slot_index, S_INDEX)

static int slot_bool(Value self)
{
    Value r = call_id_or_error(self, S_BOOL, NULL, 0);
    if (!r)
        return -1;
    if (r != VAL_TRUE && r != VAL_FALSE) {
        err_set(&Exc_TypeError, "__bool__ should return bool, returned %s", type_name(val_type(r)));
        val_decref(r);
        return -1;
    }
    return r == VAL_TRUE;
}

static ssize_t slot_len(Value self)
{
    Value r = call_id_or_error(self, S_LEN, NULL, 0);
    if (!r)
        return -1;
    if (!val_is_int_like(r) && !val_type(r)->index) {
        err_set(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                type_name(val_type(r)));
        val_decref(r);
        return -1;
    }
    ssize_t n = obj_as_ssize(r, &Exc_OverflowError);
    if (n < 0 && !err_occurred())
        err_set(&Exc_ValueError, "__len__() should return >= 0");
    val_decref(r);
    return n;
}

static Value slot_getitem(Value self, Value key) { return call_id_or_error(self, S_GETITEM, &key, 1); }

static int slot_setitem(Value self, Value key, Value v)
{
    Value args[2] = {key, v};
    if (v)
        return none_result(call_id_or_error(self, S_SETITEM, args, 2));
    return none_result(call_id_or_error(self, S_DELITEM, args, 1));
}

static int slot_contains(Value self, Value item)
{
    Value r = call_id_or_error(self, S_CONTAINS, &item, 1);
    if (!r)
        return -1;
    int t = obj_is_true(r);
    val_decref(r);
    return t;
}

/* Binary operators: self may be on either side (see obj.h). The reflected
 * method of b is tried first when b's type is a subclass overriding it. */
static Value slot_binop_generic(Value a, Value b, BinOp op, Value (*self_fn)(Value, Value))
{
    Type *ta = val_type(a), *tb = val_type(b);
    bool do_other = ta != tb && tb->binop[op] == self_fn;
    bool missing;
    if (ta->binop[op] == self_fn) {
        if (do_other && type_is_subtype(tb, ta)) {
            Value rf = type_lookup(tb, NAME(S_BINOP_R + op));
            if (rf && rf != type_lookup(ta, NAME(S_BINOP_R + op))) {
                Value r = call_id(b, S_BINOP_R + op, &a, 1, &missing);
                if (missing || r == VAL_NOTIMPL) {
                    if (!missing)
                        val_decref(r);
                } else {
                    return r;
                }
                do_other = false;
            }
        }
        Value r = call_id(a, S_BINOP_L + op, &b, 1, &missing);
        if (!missing && (r != VAL_NOTIMPL || ta == tb))
            return r;
        if (!missing)
            val_decref(r);
    }
    if (do_other) {
        Value r = call_id(b, S_BINOP_R + op, &a, 1, &missing);
        if (!missing)
            return r;
    }
    return VAL_NOTIMPL;
}

#define BINOP_SLOT(op)                                                             \
    static Value slot_binop_##op(Value a, Value b)                                 \
    {                                                                               \
        return slot_binop_generic(a, b, op, slot_binop_##op);                      \
    }                                                                               \
    static Value slot_inplace_##op(Value a, Value b)                               \
    {                                                                               \
        bool missing;                                                               \
        Value r = call_id(a, S_INPLACE + op, &b, 1, &missing);                     \
        return missing ? VAL_NOTIMPL : r;                                           \
    }
BINOP_SLOT(OP_ADD) BINOP_SLOT(OP_AND) BINOP_SLOT(OP_FLOORDIV) BINOP_SLOT(OP_LSHIFT)
BINOP_SLOT(OP_MATMUL) BINOP_SLOT(OP_MUL) BINOP_SLOT(OP_MOD) BINOP_SLOT(OP_OR)
BINOP_SLOT(OP_POW) BINOP_SLOT(OP_RSHIFT) BINOP_SLOT(OP_SUB) BINOP_SLOT(OP_TRUEDIV)
BINOP_SLOT(OP_XOR) BINOP_SLOT(OP_DIVMOD)

static Value slot_pow3(Value a, Value b, Value mod)
{
    bool missing;
    if (val_type(a)->pow3 == slot_pow3) {
        Value args[2] = {b, mod};
        Value r = call_id(a, S_BINOP_L + OP_POW, args, 2, &missing);
        return missing ? VAL_NOTIMPL : r;
    }
    return VAL_NOTIMPL;
}

/* ---- The table ------------------------------------------------------------------- */

#define SD(id, nm, field, k, a, fn) \
    [id] = {nm, offsetof(Type, field), k, a, (AnyFn)(fn), NULL}

static void slotdefs_fill(void)
{
    static const char *const fwd[BINOP_COUNT] = {"__add__", "__and__", "__floordiv__", "__lshift__",
        "__matmul__", "__mul__", "__mod__", "__or__", "__pow__", "__rshift__", "__sub__",
        "__truediv__", "__xor__", "__divmod__"};
    static const char *const rev[BINOP_COUNT] = {"__radd__", "__rand__", "__rfloordiv__",
        "__rlshift__", "__rmatmul__", "__rmul__", "__rmod__", "__ror__", "__rpow__",
        "__rrshift__", "__rsub__", "__rtruediv__", "__rxor__", "__rdivmod__"};
    static const char *const inp[BINOP_COUNT] = {"__iadd__", "__iand__", "__ifloordiv__",
        "__ilshift__", "__imatmul__", "__imul__", "__imod__", "__ior__", "__ipow__",
        "__irshift__", "__isub__", "__itruediv__", "__ixor__", NULL};
    static Value (*const bin_fns[BINOP_COUNT])(Value, Value) = {slot_binop_OP_ADD,
        slot_binop_OP_AND, slot_binop_OP_FLOORDIV, slot_binop_OP_LSHIFT, slot_binop_OP_MATMUL,
        slot_binop_OP_MUL, slot_binop_OP_MOD, slot_binop_OP_OR, slot_binop_OP_POW,
        slot_binop_OP_RSHIFT, slot_binop_OP_SUB, slot_binop_OP_TRUEDIV, slot_binop_OP_XOR,
        slot_binop_OP_DIVMOD};
    static Value (*const inp_fns[BINOP_COUNT])(Value, Value) = {slot_inplace_OP_ADD,
        slot_inplace_OP_AND, slot_inplace_OP_FLOORDIV, slot_inplace_OP_LSHIFT,
        slot_inplace_OP_MATMUL, slot_inplace_OP_MUL, slot_inplace_OP_MOD, slot_inplace_OP_OR,
        slot_inplace_OP_POW, slot_inplace_OP_RSHIFT, slot_inplace_OP_SUB,
        slot_inplace_OP_TRUEDIV, slot_inplace_OP_XOR, slot_inplace_OP_DIVMOD};
    SlotDef base[] = {
        SD(S_REPR, "__repr__", repr, W_UNARY, 0, slot_repr),
        SD(S_STR, "__str__", str, W_UNARY, 0, slot_str),
        SD(S_HASH, "__hash__", hash, W_HASH, 0, slot_hash),
        SD(S_LT, "__lt__", richcompare, W_RICHCMP, CMP_LT, slot_richcompare),
        SD(S_LE, "__le__", richcompare, W_RICHCMP, CMP_LE, slot_richcompare),
        SD(S_EQ, "__eq__", richcompare, W_RICHCMP, CMP_EQ, slot_richcompare),
        SD(S_NE, "__ne__", richcompare, W_RICHCMP, CMP_NE, slot_richcompare),
        SD(S_GT, "__gt__", richcompare, W_RICHCMP, CMP_GT, slot_richcompare),
        SD(S_GE, "__ge__", richcompare, W_RICHCMP, CMP_GE, slot_richcompare),
        SD(S_GETATTRIBUTE, "__getattribute__", getattr, W_GETATTR, 0, slot_getattr_hook),
        SD(S_GETATTR, "__getattr__", getattr, W_GETATTR, 1, slot_getattr_hook),
        SD(S_SETATTR, "__setattr__", setattr, W_SETATTR, 0, slot_setattr),
        SD(S_DELATTR, "__delattr__", setattr, W_DELATTR, 0, slot_setattr),
        SD(S_GET, "__get__", descr_get, W_GET, 0, slot_descr_get),
        SD(S_SET, "__set__", descr_set, W_SET, 0, slot_descr_set),
        SD(S_DELETE, "__delete__", descr_set, W_DELETE, 0, slot_descr_set),
        SD(S_CALL, "__call__", call, W_CALL, 0, slot_call),
        SD(S_ITER, "__iter__", iter, W_UNARY, 0, slot_iter),
        SD(S_NEXT, "__next__", iternext, W_NEXT, 0, slot_iternext),
        SD(S_INIT, "__init__", init, W_INIT, 0, slot_init),
        SD(S_DEL, "__del__", finalize, W_DEL, 0, slot_finalize),
        SD(S_NEG, "__neg__", neg, W_UNARY, 0, slot_neg),
        SD(S_POS, "__pos__", pos, W_UNARY, 0, slot_pos),
        SD(S_INVERT, "__invert__", invert, W_UNARY, 0, slot_invert),
        SD(S_ABS, "__abs__", absolute, W_UNARY, 0, slot_abs),
        SD(S_BOOL, "__bool__", boolean, W_BOOL, 0, slot_bool),
        SD(S_INT, "__int__", to_int, W_UNARY, 0, slot_int),
        SD(S_FLOAT, "__float__", to_float, W_UNARY, 0, slot_float),
        SD(S_INDEX, "__index__", index, W_UNARY, 0, slot_index),
        SD(S_LEN, "__len__", len, W_LEN, 0, slot_len),
        SD(S_GETITEM, "__getitem__", getitem, W_GETITEM, 0, slot_getitem),
        SD(S_SETITEM, "__setitem__", setitem, W_SETITEM, 0, slot_setitem),
        SD(S_DELITEM, "__delitem__", setitem, W_DELITEM, 0, slot_setitem),
        SD(S_CONTAINS, "__contains__", contains, W_CONTAINS, 0, slot_contains),
    };
    memcpy(slotdefs, base, sizeof base);
    for (int op = 0; op < BINOP_COUNT; op++) {
        size_t off = offsetof(Type, binop) + (size_t)op * sizeof(void *);
        size_t ioff = offsetof(Type, inplace) + (size_t)op * sizeof(void *);
        WrapKind l = op == OP_POW ? W_POW_L : W_BINOP_L, r = op == OP_POW ? W_POW_R : W_BINOP_R;
        slotdefs[S_BINOP_L + op] = (SlotDef){fwd[op], off, l, op, (AnyFn)bin_fns[op], NULL};
        slotdefs[S_BINOP_R + op] = (SlotDef){rev[op], off, r, op, (AnyFn)bin_fns[op], NULL};
        /* divmod has no in-place form: its entry names a dunder nobody defines */
        slotdefs[S_INPLACE + op] = (SlotDef){inp[op] ? inp[op] : "__idivmod__", ioff, W_INPLACE,
                                             op, (AnyFn)inp_fns[op], NULL};
    }
}

static AnyFn slot_get(const Type *t, const SlotDef *d)
{
    AnyFn f;
    memcpy(&f, (const char *)t + d->offset, sizeof f);
    return f;
}

static void slot_put(Type *t, const SlotDef *d, AnyFn f)
{
    memcpy((char *)t + d->offset, &f, sizeof f);
}

/* ---- Wrapper descriptors ("wrapper_descriptor", "method-wrapper") ---------------- */

typedef struct SlotWrapperObj {
    Object base;
    const SlotDef *def;
    Type *owner;
    AnyFn fn;
} SlotWrapperObj;

typedef struct MethodWrapperObj {
    Object base;
    Value descr;
    Value self;
} MethodWrapperObj;

extern Type SlotWrapper_Type, MethodWrapper_Type;

static int want_args(const SlotDef *d, size_t nargs, Object *kw, size_t n)
{
    if (args_no_kw(d->name, kw) < 0)
        return -1;
    if (nargs != n) {
        err_set(&Exc_TypeError, "expected %zu argument%s, got %zu", n, n == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

static Value int_or_error(ssize_t n) { return n < 0 ? VAL_NULL : int_from_i64(n); }

static Value wrapper_invoke(SlotWrapperObj *w, Value self, const Value *args, size_t nargs,
                            Object *kw)
{
    const SlotDef *d = w->def;
    AnyFn fn = w->fn;
    switch (d->kind) {
    case W_UNARY:
        if (want_args(d, nargs, kw, 0) < 0)
            return VAL_NULL;
        return ((Value(*)(Value))fn)(self);
    case W_NEXT: {
        if (want_args(d, nargs, kw, 0) < 0)
            return VAL_NULL;
        Value r = ((Value(*)(Value))fn)(self);
        if (!r && !err_occurred())
            err_set_value(&Exc_StopIteration, VAL_NULL);
        return r;
    }
    case W_BINOP_L:
    case W_INPLACE:
        if (want_args(d, nargs, kw, 1) < 0)
            return VAL_NULL;
        return ((Value(*)(Value, Value))fn)(self, args[0]);
    case W_BINOP_R:
        if (want_args(d, nargs, kw, 1) < 0)
            return VAL_NULL;
        return ((Value(*)(Value, Value))fn)(args[0], self);
    case W_POW_L:
    case W_POW_R:
        if (args_no_kw(d->name, kw) < 0 || args_count(d->name, nargs, 1, 2) < 0)
            return VAL_NULL;
        if (nargs == 2 && args[1] != VAL_NONE) {
            if (!w->owner->pow3)
                return VAL_NOTIMPL;
            return d->kind == W_POW_L ? w->owner->pow3(self, args[0], args[1])
                                      : w->owner->pow3(args[0], self, args[1]);
        }
        return d->kind == W_POW_L ? ((Value(*)(Value, Value))fn)(self, args[0])
                                  : ((Value(*)(Value, Value))fn)(args[0], self);
    case W_RICHCMP:
        if (want_args(d, nargs, kw, 1) < 0)
            return VAL_NULL;
        return ((Value(*)(Value, Value, int))fn)(self, args[0], d->arg);
    case W_HASH: {
        if (want_args(d, nargs, kw, 0) < 0)
            return VAL_NULL;
        hash_t h = ((hash_t(*)(Value))fn)(self);
        return h == -1 ? VAL_NULL : int_from_i64(h);
    }
    case W_BOOL: {
        if (want_args(d, nargs, kw, 0) < 0)
            return VAL_NULL;
        int b = ((int (*)(Value))fn)(self);
        return b < 0 ? VAL_NULL : val_bool(b);
    }
    case W_LEN:
        if (want_args(d, nargs, kw, 0) < 0)
            return VAL_NULL;
        return int_or_error(((ssize_t(*)(Value))fn)(self));
    case W_CONTAINS: {
        if (want_args(d, nargs, kw, 1) < 0)
            return VAL_NULL;
        int b = ((int (*)(Value, Value))fn)(self, args[0]);
        return b < 0 ? VAL_NULL : val_bool(b);
    }
    case W_GETITEM:
        if (want_args(d, nargs, kw, 1) < 0)
            return VAL_NULL;
        return ((Value(*)(Value, Value))fn)(self, args[0]);
    case W_SETITEM:
        if (want_args(d, nargs, kw, 2) < 0)
            return VAL_NULL;
        return ((int (*)(Value, Value, Value))fn)(self, args[0], args[1]) < 0 ? VAL_NULL : VAL_NONE;
    case W_DELITEM:
        if (want_args(d, nargs, kw, 1) < 0)
            return VAL_NULL;
        return ((int (*)(Value, Value, Value))fn)(self, args[0], VAL_NULL) < 0 ? VAL_NULL : VAL_NONE;
    case W_CALL:
        return ((CallFn)fn)(self, args, nargs, kw);
    case W_GETATTR:
        if (want_args(d, nargs, kw, 1) < 0)
            return VAL_NULL;
        if (!val_is_str(args[0])) {
            err_set(&Exc_TypeError, "attribute name must be string, not '%s'",
                    type_name(val_type(args[0])));
            return VAL_NULL;
        }
        return ((Value(*)(Value, Object *))fn)(self, val_as_obj(args[0]));
    case W_SETATTR:
    case W_DELATTR: {
        if (want_args(d, nargs, kw, d->kind == W_SETATTR ? 2 : 1) < 0)
            return VAL_NULL;
        if (!val_is_str(args[0])) {
            err_set(&Exc_TypeError, "attribute name must be string, not '%s'",
                    type_name(val_type(args[0])));
            return VAL_NULL;
        }
        Value v = d->kind == W_SETATTR ? args[1] : VAL_NULL;
        return ((int (*)(Value, Object *, Value))fn)(self, val_as_obj(args[0]), v) < 0 ? VAL_NULL
                                                                                       : VAL_NONE;
    }
    case W_GET: {
        if (args_no_kw(d->name, kw) < 0 || args_count(d->name, nargs, 1, 2) < 0)
            return VAL_NULL;
        Value obj = args[0] == VAL_NONE ? VAL_NULL : args[0];
        Value owner = nargs > 1 && args[1] != VAL_NONE ? args[1] : VAL_NULL;
        if (!obj && !owner) {
            err_set(&Exc_TypeError, "__get__(None, None) is invalid");
            return VAL_NULL;
        }
        return ((Value(*)(Value, Value, Value))fn)(self, obj, owner ? owner : (Value)val_type(obj));
    }
    case W_SET:
        if (want_args(d, nargs, kw, 2) < 0)
            return VAL_NULL;
        return ((int (*)(Value, Value, Value))fn)(self, args[0], args[1]) < 0 ? VAL_NULL : VAL_NONE;
    case W_DELETE:
        if (want_args(d, nargs, kw, 1) < 0)
            return VAL_NULL;
        return ((int (*)(Value, Value, Value))fn)(self, args[0], VAL_NULL) < 0 ? VAL_NULL : VAL_NONE;
    case W_INIT:
        return ((int (*)(Value, const Value *, size_t, Object *))fn)(self, args, nargs, kw) < 0
                   ? VAL_NULL : VAL_NONE;
    case W_DEL:
        if (want_args(d, nargs, kw, 0) < 0)
            return VAL_NULL;
        ((void (*)(Object *))fn)(val_as_obj(self));
        return VAL_NONE;
    }
    return VAL_NULL;
}

static int wrapper_check_self(SlotWrapperObj *w, Value self)
{
    if (!val_isinstance_type(self, w->owner)) {
        err_set(&Exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                w->def->name, type_name(w->owner), type_name(val_type(self)));
        return -1;
    }
    return 0;
}

static Value slotwrapper_call(Value callable, const Value *args, size_t nargs, Object *kw)
{
    SlotWrapperObj *w = (SlotWrapperObj *)val_as_obj(callable);
    if (nargs < 1) {
        err_set(&Exc_TypeError, "descriptor '%s' of '%s' object needs an argument", w->def->name,
                type_name(w->owner));
        return VAL_NULL;
    }
    if (wrapper_check_self(w, args[0]) < 0)
        return VAL_NULL;
    return wrapper_invoke(w, args[0], args + 1, nargs - 1, kw);
}

static Value slotwrapper_get(Value descr, Value obj, Value owner)
{
    SlotWrapperObj *w = (SlotWrapperObj *)val_as_obj(descr);
    if (!obj)
        return val_ref(descr);
    if (wrapper_check_self(w, obj) < 0)
        return VAL_NULL;
    MethodWrapperObj *m = (MethodWrapperObj *)obj_alloc(&MethodWrapper_Type, 0);
    if (!m)
        return VAL_NULL;
    m->descr = val_ref(descr);
    m->self = val_ref(obj);
    return (Value)m;
}

static Value slotwrapper_repr(Value v)
{
    SlotWrapperObj *w = (SlotWrapperObj *)val_as_obj(v);
    return str_printf("<slot wrapper '%s' of '%s' objects>", w->def->name, type_name(w->owner));
}

static void slotwrapper_dealloc(Object *o) { obj_free(o); }

static Value sw_get_name(Value self, void *c) { return val_ref((Value)((SlotWrapperObj *)val_as_obj(self))->def->iname); }
static Value sw_get_qualname(Value self, void *c)
{
    SlotWrapperObj *w = (SlotWrapperObj *)val_as_obj(self);
    return str_printf("%s.%s", type_name(w->owner), w->def->name);
}
static Value sw_get_objclass(Value self, void *c) { return val_ref((Value)((SlotWrapperObj *)val_as_obj(self))->owner); }
static Value sw_get_doc(Value self, void *c) { return VAL_NONE; }

static const GetSetDef slotwrapper_getsets[] = {
    {"__name__", sw_get_name, NULL, NULL, NULL},
    {"__qualname__", sw_get_qualname, NULL, NULL, NULL},
    {"__objclass__", sw_get_objclass, NULL, NULL, NULL},
    {"__doc__", sw_get_doc, NULL, NULL, NULL},
    {0},
};

Type SlotWrapper_Type = {
    TYPE_HEADER("wrapper_descriptor", slotwrapper_dealloc),
    .tflags = TF_METHOD_DESCR,
    .basicsize = sizeof(SlotWrapperObj),
    .call = slotwrapper_call,
    .descr_get = slotwrapper_get,
    .repr = slotwrapper_repr,
    .getsets = slotwrapper_getsets,
};

static void methodwrapper_dealloc(Object *o)
{
    MethodWrapperObj *m = (MethodWrapperObj *)o;
    val_decref(m->descr);
    val_decref(m->self);
    obj_free(o);
}

static Value methodwrapper_call(Value callable, const Value *args, size_t nargs, Object *kw)
{
    MethodWrapperObj *m = (MethodWrapperObj *)val_as_obj(callable);
    return wrapper_invoke((SlotWrapperObj *)val_as_obj(m->descr), m->self, args, nargs, kw);
}

static Value methodwrapper_repr(Value v)
{
    MethodWrapperObj *m = (MethodWrapperObj *)val_as_obj(v);
    SlotWrapperObj *w = (SlotWrapperObj *)val_as_obj(m->descr);
    return str_printf("<method-wrapper '%s' of %s object at %p>", w->def->name,
                      type_name(val_type(m->self)), (void *)m->self);
}

static Value mw_get_self(Value self, void *c) { return val_ref(((MethodWrapperObj *)val_as_obj(self))->self); }
static Value mw_get_name(Value self, void *c)
{
    MethodWrapperObj *m = (MethodWrapperObj *)val_as_obj(self);
    return val_ref((Value)((SlotWrapperObj *)val_as_obj(m->descr))->def->iname);
}

static Value methodwrapper_richcompare(Value a, Value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || val_type(b) != &MethodWrapper_Type)
        return VAL_NOTIMPL;
    MethodWrapperObj *x = (MethodWrapperObj *)val_as_obj(a), *y = (MethodWrapperObj *)val_as_obj(b);
    bool eq = x->descr == y->descr && x->self == y->self;
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static const GetSetDef methodwrapper_getsets[] = {
    {"__self__", mw_get_self, NULL, NULL, NULL},
    {"__name__", mw_get_name, NULL, NULL, NULL},
    {0},
};

Type MethodWrapper_Type = {
    TYPE_HEADER("method-wrapper", methodwrapper_dealloc),
    .basicsize = sizeof(MethodWrapperObj),
    .call = methodwrapper_call,
    .repr = methodwrapper_repr,
    .richcompare = methodwrapper_richcompare,
    .getsets = methodwrapper_getsets,
};

/* ---- __new__ of built-in types ----------------------------------------------------- */

/* T.__new__(S, ...): a built-in method bound to T. */
static Value tp_new_wrapper(Value self, const Value *args, size_t nargs, Object *kw)
{
    Type *t = (Type *)val_as_obj(self);
    if (nargs < 1) {
        err_set(&Exc_TypeError, "%s.__new__(): not enough arguments", type_name(t));
        return VAL_NULL;
    }
    if (!val_type_has(args[0], TF_TYPE_SUBCLASS)) {
        err_set(&Exc_TypeError, "%s.__new__(X): X is not a type object (%s)", type_name(t),
                type_name(val_type(args[0])));
        return VAL_NULL;
    }
    Type *sub = (Type *)val_as_obj(args[0]);
    if (!type_is_subtype(sub, t)) {
        err_set(&Exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", type_name(t),
                type_name(sub), type_name(sub), type_name(t));
        return VAL_NULL;
    }
    return t->tp_new(sub, args + 1, nargs - 1, kw);
}

static const MethodDef tp_new_def = {"__new__", tp_new_wrapper, 0,
                                     "Create and return a new object."};

static bool is_tp_new_wrapper(Value v, Type **owner)
{
    if (val_type(v) != &CFunc_Type)
        return false;
    CFuncObj *f = (CFuncObj *)val_as_obj(v);
    if (f->def != &tp_new_def)
        return false;
    *owner = (Type *)val_as_obj(f->self);
    return true;
}

/* ---- Static types: wrappers for the slots they define ------------------------------ */

int type_add_slot_wrappers(Type *t)
{
    for (int i = 0; i < S_COUNT; i++) {
        const SlotDef *d = &slotdefs[i];
        AnyFn fn = slot_get(t, d);
        if (!fn || (t->base && slot_get(t->base, d) == fn))
            continue;
        Value existing;
        int found = dict_get_str(t->dict, d->iname, &existing);
        if (found < 0)
            return -1;
        if (found) {
            val_decref(existing);
            continue;
        }
        SlotWrapperObj *w = (SlotWrapperObj *)obj_alloc(&SlotWrapper_Type, 0);
        if (!w)
            return -1;
        w->def = d;
        w->owner = t;
        w->fn = fn;
        int r = dict_set_str(t->dict, d->iname, (Value)w);
        obj_decref(&w->base);
        if (r < 0)
            return -1;
    }
    if (t->tp_new && (!t->base || t->base->tp_new != t->tp_new)) {
        Value f = cfunc_new(&tp_new_def, (Value)t, NULL);
        if (!f || dict_set_cstr(t->dict, "__new__", f) < 0)
            return -1;
        val_decref(f);
    }
    /* A type that compares but does not hash is unhashable: __hash__ = None. */
    if (!t->hash && t->richcompare) {
        Value existing;
        int found = dict_get_str(t->dict, slotdefs[S_HASH].iname, &existing);
        if (found < 0)
            return -1;
        if (found)
            val_decref(existing);
        else if (dict_set_str(t->dict, slotdefs[S_HASH].iname, VAL_NONE) < 0)
            return -1;
    }
    return 0;
}

/* ---- Heap types: slots from the dunders visible through the MRO -------------------- */

static void fixup_one_type(Type *t)
{
    /* Slots shared by several dunders: start from NULL and let each dunder
     * decide; a Python-level definition anywhere selects the dispatcher. */
    bool python_level[S_COUNT] = {0};
    AnyFn inherited[S_COUNT] = {0};
    for (int i = 0; i < S_COUNT; i++) {
        const SlotDef *d = &slotdefs[i];
        Value v = type_lookup(t, d->iname);
        if (!v)
            continue;
        if (val_type(v) == &SlotWrapper_Type) {
            SlotWrapperObj *w = (SlotWrapperObj *)val_as_obj(v);
            if (w->def->offset == d->offset) {
                inherited[i] = w->fn;
                continue;
            }
        }
        if (i == S_HASH && v == VAL_NONE) {
            inherited[i] = NULL;
            python_level[i] = false;
            continue;
        }
        python_level[i] = true;
    }
    /* Group by slot offset. */
    for (int i = 0; i < S_COUNT; i++) {
        const SlotDef *d = &slotdefs[i];
        bool any_python = false, first = true;
        AnyFn fn = NULL;
        for (int j = 0; j < S_COUNT; j++) {
            if (slotdefs[j].offset != d->offset)
                continue;
            if (j < i) {
                first = false;
                break;
            }
            if (python_level[j])
                any_python = true;
            else if (inherited[j] && !fn)
                fn = inherited[j];
        }
        if (!first)
            continue;
        if (any_python)
            fn = d->dispatch;
        slot_put(t, d, fn);
    }
    /* pow3 follows __pow__; __new__ follows the class's __new__. */
    t->pow3 = python_level[S_BINOP_L + OP_POW] || python_level[S_BINOP_R + OP_POW]
                  ? slot_pow3 : (t->base ? t->base->pow3 : NULL);
    Value nv = type_lookup(t, str_intern_cstr("__new__"));
    Type *owner;
    if (nv && is_tp_new_wrapper(nv, &owner))
        t->tp_new = owner->tp_new;
    else if (nv)
        t->tp_new = slot_tp_new;
    if (python_level[S_GETATTR] || python_level[S_GETATTRIBUTE])
        t->getattr = slot_getattr_hook;
}

static void fixup_recursive(Type *t, int depth);

void type_fixup_slots(Type *t) { fixup_recursive(t, 0); }

/* type.c keeps the subclass lists; it calls back for each. */
void type_for_each_subclass(Type *t, void (*fn)(Type *, int), int arg);

static void fixup_visit(Type *t, int depth) { fixup_recursive(t, depth); }

static void fixup_recursive(Type *t, int depth)
{
    if (!(t->tflags & TF_HEAPTYPE) || depth > 1000)
        return;
    fixup_one_type(t);
    type_for_each_subclass(t, fixup_visit, depth + 1);
}

int slots_init(void)
{
    slotdefs_fill();
    for (int i = 0; i < S_COUNT; i++)
        slotdefs[i].iname = str_intern_cstr(slotdefs[i].name);
    return 0;
}
