/* Compile-time constants: AST literals to objects, and constant folding of
 * unary and binary operators, tuples and subscripts of constants, with
 * CPython's limits (no folding that raises, and no large results). */
#include <stdlib.h>
#include <string.h>

#include "compiler/compile_internal.h"
#include "objects/bytesobj.h"
#include "objects/err.h"
#include "objects/floatobj.h"
#include "objects/intobj.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "runtime/mem.h"


#define MAX_INT_SIZE 128        /* bits */
#define MAX_COLLECTION_SIZE 256
#define MAX_STR_SIZE 4096
#define MAX_TOTAL_ITEMS 1024

typedef struct FoldMemo {
    const void **keys;
    Value *vals;        /* VAL_NULL: not a constant */
    int n, cap;
} FoldMemo;

static bool memo_get(FoldMemo *m, const void *key, Value *out)
{
    if (!m || !m->cap)
        return false;
    uint32_t mask = (uint32_t)m->cap - 1;
    for (uint32_t i = (uint32_t)(((uintptr_t)key >> 4) * 2654435761u) & mask;; i = (i + 1) & mask) {
        if (!m->keys[i])
            return false;
        if (m->keys[i] == key) {
            *out = m->vals[i];
            return true;
        }
    }
}

static void memo_put(Compiler *c, const void *key, Value v)
{
    FoldMemo *m = c->fold;
    if (!m) {
        m = mem_calloc(1, sizeof *m);
        if (!m) {
            val_xdecref(v);
            return;
        }
        c->fold = m;
    }
    if ((m->n + 1) * 2 > m->cap) {
        int cap = m->cap ? m->cap * 2 : 64;
        const void **keys = mem_calloc((size_t)cap, sizeof *keys);
        Value *vals = mem_calloc((size_t)cap, sizeof *vals);
        if (!keys || !vals) {
            mem_free(keys);
            mem_free(vals);
            val_xdecref(v);
            return;
        }
        for (int i = 0; i < m->cap; i++) {
            if (!m->keys[i])
                continue;
            uint32_t j = (uint32_t)(((uintptr_t)m->keys[i] >> 4) * 2654435761u) & (uint32_t)(cap - 1);
            while (keys[j])
                j = (j + 1) & (uint32_t)(cap - 1);
            keys[j] = m->keys[i];
            vals[j] = m->vals[i];
        }
        mem_free(m->keys);
        mem_free(m->vals);
        m->keys = keys;
        m->vals = vals;
        m->cap = cap;
    }
    uint32_t mask = (uint32_t)m->cap - 1;
    uint32_t i = (uint32_t)(((uintptr_t)key >> 4) * 2654435761u) & mask;
    while (m->keys[i])
        i = (i + 1) & mask;
    m->keys[i] = key;
    m->vals[i] = v;
    m->n++;
}

void cc_fold_free(Compiler *c)
{
    FoldMemo *m = c->fold;
    if (!m)
        return;
    for (int i = 0; i < m->cap; i++)
        if (m->keys[i])
            val_xdecref(m->vals[i]);
    mem_free(m->keys);
    mem_free(m->vals);
    mem_free(m);
    c->fold = NULL;
}

/* ---- Literals ----------------------------------------------------------------- */

static bool is_identifier_like(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        char ch = s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_'))
            return false;
    }
    return true;
}

/* Generalized UTF-8 (lone surrogates allowed) to a str. */
static Value str_from_gen_utf8(const char *s, size_t len)
{
    bool ascii = true;
    for (size_t i = 0; i < len; i++)
        if ((uint8_t)s[i] >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii)
        return str_from_ascii(s, (ssize_t)len);
    Value v = str_from_utf8(s, (ssize_t)len);
    if (v)
        return v;
    err_clear();
    uint32_t *buf = mem_alloc((len + 1) * sizeof *buf);
    if (!buf)
        return err_no_memory();
    size_t n = 0;
    const uint8_t *p = (const uint8_t *)s, *end = p + len;
    while (p < end) {
        uint32_t ch = *p++;
        int more = ch >= 0xF0 ? 3 : ch >= 0xE0 ? 2 : ch >= 0xC0 ? 1 : 0;
        if (more)
            ch &= 0x3F >> more;
        while (more-- > 0 && p < end)
            ch = (ch << 6) | (*p++ & 0x3F);
        buf[n++] = ch;
    }
    v = str_from_ucs4(buf, (ssize_t)n);
    mem_free(buf);
    return v;
}

Value cc_const_value(Compiler *c, const AstConst *k)
{
    Value v = VAL_NULL;
    switch (k->kind) {
    case AST_CONST_NONE: return val_ref(VAL_NONE);
    case AST_CONST_TRUE: return VAL_TRUE;
    case AST_CONST_FALSE: return VAL_FALSE;
    case AST_CONST_ELLIPSIS: return val_ref(VAL_ELLIPSIS);
    case AST_CONST_INT: {
        const char *d = k->v.i.digits;
        size_t n = strlen(d);
        if (n < 18 && k->v.i.base == 10) {
            int64_t x = 0;
            for (size_t i = 0; i < n; i++)
                x = x * 10 + (d[i] - '0');
            return val_from_int(x);
        }
        v = int_from_text(d, n, k->v.i.base);
        break;
    }
    case AST_CONST_FLOAT: v = float_new(k->v.f); break;
    case AST_CONST_COMPLEX: v = complex_new(0.0, k->v.f); break;
    case AST_CONST_STR:
        if (k->v.str.len == 0)
            return str_empty();
        if (is_identifier_like(k->v.str.s, k->v.str.len) && k->v.str.len < 256) {
            v = str_from_ascii(k->v.str.s, (ssize_t)k->v.str.len);
            if (v)
                v = val_from_obj(str_intern(val_as_obj(v)));
        } else {
            v = str_from_gen_utf8(k->v.str.s, k->v.str.len);
        }
        break;
    case AST_CONST_BYTES: v = bytes_from_data(k->v.str.s, (ssize_t)k->v.str.len); break;
    }
    if (!v)
        cc_pyerr(c);
    return v;
}

/* ---- Folding -------------------------------------------------------------------- */

static bool is_const_type(Value v)
{
    if (val_is_int(v))
        return true;
    Type *t = val_type(v);
    return t == &Int_Type || t == &Bool_Type || t == &Float_Type || t == &Complex_Type ||
           t == &Str_Type || t == &Tuple_Type || t == &NoneType_Type || t == &Ellipsis_Type ||
           (t->tflags & TF_BYTES_SUBCLASS);
}

bool cc_const_is_true(Value v, int *truth)
{
    if (!is_const_type(v))
        return false;
    int r = obj_is_true(v);
    if (r < 0) {
        err_clear();
        return false;
    }
    *truth = r;
    return true;
}

static bool is_exact_int(Value v)
{
    return val_is_int(v) || val_type(v) == &Int_Type;
}

static size_t int_bits(Value v)
{
    if (val_is_int(v)) {
        int64_t x = val_as_int(v);
        uint64_t a = x < 0 ? (uint64_t)-x : (uint64_t)x;
        return a ? 64 - (size_t)__builtin_clzll(a) : 0;
    }
    IntObj *o = (IntObj *)val_as_obj(v);
    return mpz_sgn(o->z) ? mpz_sizeinbase(o->z, 2) : 0;
}

static ssize_t sized_len(Value v)
{
    if (val_is_int(v))
        return -1;
    Type *t = val_type(v);
    if (t == &Str_Type || t == &Tuple_Type || (t->tflags & TF_BYTES_SUBCLASS)) {
        ssize_t n = obj_len(v);
        if (n < 0)
            err_clear();
        return n;
    }
    return -1;
}


static Value fold_binop(int op, Value l, Value r)
{
    switch (op) {
    case AST_MULT:
        if (is_exact_int(l) && is_exact_int(r)) {
            if (!int_is_zero(l) && !int_is_zero(r) && int_bits(l) + int_bits(r) > MAX_INT_SIZE)
                return VAL_NULL;
        } else if (is_exact_int(l) || is_exact_int(r)) {
            Value n = is_exact_int(l) ? l : r, s = is_exact_int(l) ? r : l;
            ssize_t len = sized_len(s);
            if (len >= 0) {
                int64_t k;
                if (int_as_i64(n, &k) < 0) {
                    err_clear();
                    return VAL_NULL;
                }
                if (k > 0) {
                    ssize_t limit = val_type(s) == &Tuple_Type ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
                    if (len > 0 && k > limit / len)
                        return VAL_NULL;
                    if (val_type(s) == &Tuple_Type && k * len > MAX_TOTAL_ITEMS)
                        return VAL_NULL;
                }
            }
        }
        return obj_binop(l, r, OP_MUL);
    case AST_POW:
        if (is_exact_int(l) && is_exact_int(r) && int_sign(r) >= 0 && !int_is_zero(l)) {
            int64_t k;
            if (int_as_i64(r, &k) < 0) {
                err_clear();
                return VAL_NULL;
            }
            size_t vbits = int_bits(l);
            if (vbits > MAX_INT_SIZE || (uint64_t)k > MAX_INT_SIZE / (vbits ? vbits : 1))
                return VAL_NULL;
        }
        return obj_binop(l, r, OP_POW);
    case AST_LSHIFT:
        if (is_exact_int(l) && is_exact_int(r)) {
            if (int_sign(r) < 0)
                return VAL_NULL;
            int64_t k;
            if (int_as_i64(r, &k) < 0) {
                err_clear();
                return VAL_NULL;
            }
            if (!int_is_zero(l) && (k > MAX_INT_SIZE || int_bits(l) > MAX_INT_SIZE - (size_t)k))
                return VAL_NULL;
        }
        return obj_binop(l, r, OP_LSHIFT);
    case AST_MOD:
        if (val_is_obj(l) && (val_type(l) == &Str_Type || (val_type(l)->tflags & TF_BYTES_SUBCLASS)))
            return VAL_NULL;
        return obj_binop(l, r, OP_MOD);
    case AST_ADD: {
        ssize_t a = sized_len(l), b = sized_len(r);
        if (a >= 0 && b >= 0 && a + b > MAX_STR_SIZE)
            return VAL_NULL;
        return obj_binop(l, r, OP_ADD);
    }
    case AST_SUB: return obj_binop(l, r, OP_SUB);
    case AST_DIV: return obj_binop(l, r, OP_TRUEDIV);
    case AST_FLOORDIV: return obj_binop(l, r, OP_FLOORDIV);
    case AST_RSHIFT: return obj_binop(l, r, OP_RSHIFT);
    case AST_BITOR: return obj_binop(l, r, OP_OR);
    case AST_BITXOR: return obj_binop(l, r, OP_XOR);
    case AST_BITAND: return obj_binop(l, r, OP_AND);
    default: return VAL_NULL; /* @ is never folded */
    }
}

static Value fold_uncached(Compiler *c, AstExpr *e)
{
    switch (e->kind) {
    case AST_Constant:
        return cc_const_value(c, &e->v.constant.value);
    case AST_Name:
        if (strcmp(e->v.name.id, "__debug__") == 0 && e->v.name.ctx == AST_LOAD)
            return val_bool(c->optimize < 1);
        return VAL_NULL;
    case AST_UnaryOp: {
        Value o = cc_fold(c, e->v.unaryop.operand);
        if (!o || !is_const_type(o))
            return VAL_NULL;
        switch (e->v.unaryop.op) {
        case AST_NOT: {
            int t = obj_is_true(o);
            return t < 0 ? VAL_NULL : val_bool(!t);
        }
        case AST_INVERT:
            if (val_is_obj(o) && val_type(o) == &Bool_Type)
                return VAL_NULL; /* ~True warns at run time */
            return obj_invert(o);
        case AST_UADD: return obj_pos(o);
        case AST_USUB: return obj_neg(o);
        }
        return VAL_NULL;
    }
    case AST_BinOp: {
        Value l = cc_fold(c, e->v.binop.left);
        if (!l || !is_const_type(l))
            return VAL_NULL;
        Value r = cc_fold(c, e->v.binop.right);
        if (!r || !is_const_type(r))
            return VAL_NULL;
        return fold_binop(e->v.binop.op, l, r);
    }
    case AST_Tuple: {
        if (e->v.seq.ctx != AST_LOAD)
            return VAL_NULL;
        int n = e->v.seq.elts.n;
        for (int i = 0; i < n; i++) {
            AstExpr *x = e->v.seq.elts.items[i];
            if (x->kind == AST_Starred || !cc_fold(c, x))
                return VAL_NULL;
        }
        Object *t = tuple_new(n);
        if (!t)
            return VAL_NULL;
        for (int i = 0; i < n; i++)
            tuple_items(t)[i] = val_ref(cc_fold(c, e->v.seq.elts.items[i]));
        return val_from_obj(t);
    }
    case AST_Subscript: {
        if (e->v.subscript.ctx != AST_LOAD || e->v.subscript.slice->kind == AST_Slice)
            return VAL_NULL;
        Value v = cc_fold(c, e->v.subscript.value);
        if (!v || !is_const_type(v))
            return VAL_NULL;
        Value i = cc_fold(c, e->v.subscript.slice);
        if (!i || !is_const_type(i))
            return VAL_NULL;
        return obj_getitem(v, i);
    }
    default:
        return VAL_NULL;
    }
}

Value cc_fold(Compiler *c, AstExpr *e)
{
    switch (e->kind) {
    case AST_Constant: case AST_UnaryOp: case AST_BinOp: case AST_Tuple: case AST_Subscript:
        break;
    case AST_Name:
        if (strcmp(e->v.name.id, "__debug__") == 0 && e->v.name.ctx == AST_LOAD)
            break;
        return VAL_NULL;
    default:
        return VAL_NULL;
    }
    Value v;
    if (memo_get(c->fold, e, &v))
        return v;
    v = fold_uncached(c, e);
    if (!v && err_occurred()) {
        if (err_matches(&Exc_MemoryError))
            cc_pyerr(c);
        err_clear();
    }
    memo_put(c, e, v);
    return v;
}
