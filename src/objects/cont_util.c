/* Helpers shared by the container types: index arguments, KeyError,
 * sequence repr and comparison, the sequence-operator fallbacks. */
#include "cont_internal.h"
#include "tupleobj.h"

void cont_key_error(Value key)
{
    Value exc = exc_new(&Exc_KeyError, &key, 1);
    if (exc)
        err_restore(exc);
}

int cont_index_value(Value key, ssize_t *out)
{
    if (val_is_int(key)) {
        *out = (ssize_t)val_as_int(key);
        return 1;
    }
    if (!val_type(key)->index)
        return 0;
    ssize_t i = obj_as_ssize(key, &Exc_IndexError);
    if (i == -1 && err_occurred())
        return -1;
    *out = i;
    return 1;
}

void cont_bad_index(const char *what, Value key)
{
    err_set(&Exc_TypeError, "%s indices must be integers or slices, not %T", what, key);
}

int cont_repeat_count(Value n, ssize_t *out)
{
    ssize_t k;
    if (val_is_int(n)) {
        k = (ssize_t)val_as_int(n);
    } else if (val_type(n)->index) {
        k = obj_as_ssize(n, &Exc_OverflowError);
        if (k == -1 && err_occurred())
            return -1;
    } else {
        return 0;
    }
    *out = k < 0 ? 0 : k;
    return 1;
}

Value cont_seq_reflected(Value a, Value b, BinOp op, Type *seqtype)
{
    Type *bt = val_type(b);
    Value (*slot)(Value, Value) = bt->binop[op];
    if (slot && slot != seqtype->binop[op]) {
        Value r = slot(a, b);
        if (r != VAL_NOTIMPL)
            return r;
        val_decref(r);
    }
    return VAL_NULL;
}

Value cont_seq_repeat_fallback(Value a, Value b, bool seq_left, Type *seqtype)
{
    Value count = seq_left ? b : a;
    if (seq_left) {
        Value r = cont_seq_reflected(a, b, OP_MUL, seqtype);
        if (r || err_occurred())
            return r;
    }
    err_set(&Exc_TypeError, "can't multiply sequence by non-int of type '%s'",
            type_name(val_type(count)));
    return VAL_NULL;
}

Value cont_repr_items(Value self, const char *open, const Value *items, ssize_t n,
                      const char *close, const char *recursive)
{
    int rec = obj_repr_enter(self);
    if (rec < 0)
        return VAL_NULL;
    if (rec > 0)
        return str_from_cstr(recursive);
    StrBuilder b;
    sb_init(&b);
    sb_add_ascii(&b, open);
    for (ssize_t i = 0; i < n; i++) {
        if (i)
            sb_add_ascii(&b, ", ");
        if (sb_add_repr(&b, items[i]) < 0) {
            sb_discard(&b);
            obj_repr_leave(self);
            return VAL_NULL;
        }
    }
    sb_add_ascii(&b, close);
    obj_repr_leave(self);
    return sb_finish(&b);
}

/* The result of comparing two sizes with op. */
static Value compare_sizes(ssize_t x, ssize_t y, int op)
{
    bool r;
    switch (op) {
    case CMP_LT: r = x < y; break;
    case CMP_LE: r = x <= y; break;
    case CMP_EQ: r = x == y; break;
    case CMP_NE: r = x != y; break;
    case CMP_GT: r = x > y; break;
    default: r = x >= y; break;
    }
    return val_bool(r);
}

Value cont_seq_compare(const Value *a, ssize_t na, const Value *b, ssize_t nb, int op)
{
    ssize_t i;
    for (i = 0; i < na && i < nb; i++) {
        if (a[i] == b[i])
            continue;
        int k = obj_richcompare_bool(a[i], b[i], CMP_EQ);
        if (k < 0)
            return VAL_NULL;
        if (!k)
            break;
    }
    if (i >= na || i >= nb)
        return compare_sizes(na, nb, op);
    if (op == CMP_EQ)
        return VAL_FALSE;
    if (op == CMP_NE)
        return VAL_TRUE;
    return obj_richcompare(a[i], b[i], op);
}
