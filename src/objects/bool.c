/* bool: the two immortal int-layout objects True and False (int.c defines
 * them), bool(x), repr, and & | ^ that stay bools between bools. */
#include "num_internal.h"
#include "strobj.h"

static bool val_is_bool(Value v)
{
    return val_is_obj(v) && val_as_obj(v)->type == &Bool_Type;
}

static Value bool_repr(Value v)
{
    static Object *true_str, *false_str;
    Object **slot = v == VAL_TRUE ? &true_str : &false_str;
    Object *s = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
    if (!s) {
        /* interned strs are immortal: racing threads store the same one */
        s = str_intern_cstr(v == VAL_TRUE ? "True" : "False");
        if (!s)
            return VAL_NULL;
        __atomic_store_n(slot, s, __ATOMIC_RELEASE);
    }
    return val_from_obj(s);
}

static Value bool_tp_new(Type *type, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("bool", kwnames) < 0 || args_count("bool", nargs, 0, 1) < 0)
        return VAL_NULL;
    if (nargs == 0)
        return VAL_FALSE;
    int t = obj_is_true(args[0]);
    if (t < 0)
        return VAL_NULL;
    return val_bool(t);
}

static Value bool_and(Value a, Value b)
{
    if (val_is_bool(a) && val_is_bool(b))
        return val_bool(a == VAL_TRUE && b == VAL_TRUE);
    if (!val_is_int_like(a) || !val_is_int_like(b))
        return num_notimpl();
    return int_and(a, b);
}

static Value bool_or(Value a, Value b)
{
    if (val_is_bool(a) && val_is_bool(b))
        return val_bool(a == VAL_TRUE || b == VAL_TRUE);
    if (!val_is_int_like(a) || !val_is_int_like(b))
        return num_notimpl();
    return int_or(a, b);
}

static Value bool_xor(Value a, Value b)
{
    if (val_is_bool(a) && val_is_bool(b))
        return val_bool(a != b);
    if (!val_is_int_like(a) || !val_is_int_like(b))
        return num_notimpl();
    return int_xor(a, b);
}

static void bool_dealloc(Object *o)
{
    (void)o; /* True and False are immortal; nothing else has this type */
}

/* ~True is -2, as for the int 1 (CPython 3.12+ also warns about it). */
Type Bool_Type = {
    TYPE_HEADER("bool", bool_dealloc),
    .tflags = TF_IMMUTABLE | TF_INT_SUBCLASS, /* no TF_BASETYPE: not subclassable */
    .basicsize = sizeof(IntObj),
    .base = &Int_Type,
    .doc = "Returns True when the argument is true, False otherwise.\n"
           "The builtins True and False are the only two instances of the class bool.\n"
           "The class bool is a subclass of the class int, and cannot be subclassed.",
    .repr = bool_repr,
    .tp_new = bool_tp_new,
    .binop = {
        [OP_AND] = bool_and,
        [OP_OR] = bool_or,
        [OP_XOR] = bool_xor,
    },
};
