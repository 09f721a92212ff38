/* The generic operations of obj.h: allocation, repr/str/hash, comparison,
 * truth, calls, operators, items, iteration and isinstance, dispatching
 * through the Type slots with CPython's fallback rules and messages. */
#include <stdio.h>
#include <string.h>

#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/floatobj.h"
#include "objects/intobj.h"
#include "objects/iterobj.h" /* seqiter_new */
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "mem.h"
#include "tstate.h"

/* ---- Allocation ---------------------------------------------------------- */

Object *obj_alloc(Type *t, size_t nitems)
{
    size_t size = t->basicsize + nitems * t->itemsize;
    Object *o = mem_obj_alloc(size);
    if (!o) {
        err_no_memory();
        return NULL;
    }
    memset((char *)o + sizeof(Object), 0, size - sizeof(Object));
    if (t->dictoffset < 0)
        *obj_dict_slot(o, t) = NULL;
    obj_init_header(o, t, ts_current_tid);
    /* A fresh object: no other thread sees it yet, so a plain store (an
     * atomic OR here was a locked instruction on every allocation). */
    if (t->tflags & TF_HAS_GC)
        atomic_store_explicit(&o->flags, OBJ_F_GC, memory_order_relaxed);
    if (t->tflags & TF_HEAPTYPE)
        obj_incref(&t->core.base);
    return o;
}

void obj_free(Object *o)
{
    Type *t = o->type;
    mem_obj_free(o);
    if (t->tflags & TF_HEAPTYPE)
        obj_decref(&t->core.base);
}

/* ---- Recursion guard for C-level re-entry --------------------------------- */

static _Thread_local int c_depth;
#define C_DEPTH_LIMIT 10000

/* Raising the RecursionError itself calls into the object layer (creating
 * the exception instance); that gets some headroom instead of recursing. */
static _Thread_local bool raising_recursion_error;

int obj_enter_recursive(const char *where)
{
    if (++c_depth > C_DEPTH_LIMIT) {
        if (raising_recursion_error) {
            if (c_depth < C_DEPTH_LIMIT + 100)
                return 0;
            c_depth--;
            return -1;
        }
        raising_recursion_error = true;
        err_set(&Exc_RecursionError, "maximum recursion depth exceeded%s", where);
        raising_recursion_error = false;
        c_depth--;
        return -1;
    }
    return 0;
}

void obj_leave_recursive(void) { c_depth--; }

/* Objects being repr'd by this thread (for "[...]"): a small stack. */
static _Thread_local Value *repr_stack;
static _Thread_local size_t repr_len, repr_cap;

int obj_repr_enter(Value o)
{
    for (size_t i = 0; i < repr_len; i++)
        if (repr_stack[i] == o)
            return 1;
    if (repr_len == repr_cap) {
        size_t cap = repr_cap ? repr_cap * 2 : 16;
        Value *p = mem_realloc(repr_stack, cap * sizeof(Value));
        if (!p) {
            err_no_memory();
            return -1;
        }
        repr_stack = p;
        repr_cap = cap;
    }
    repr_stack[repr_len++] = o;
    return 0;
}

void obj_repr_leave(Value o)
{
    for (size_t i = repr_len; i-- > 0;) {
        if (repr_stack[i] == o) {
            memmove(&repr_stack[i], &repr_stack[i + 1], (repr_len - i - 1) * sizeof(Value));
            repr_len--;
            return;
        }
    }
}

/* ---- repr, str, hash ------------------------------------------------------ */

static Value default_repr(Value v)
{
    Type *t = val_type(v);
    Value mod = VAL_NULL;
    const char *name = t->core.name;
    if (t->tflags & TF_HEAPTYPE) {
        if (dict_get_cstr(t->dict, "__module__", &mod) < 0)
            return VAL_NULL;
        Value r;
        if (mod && val_is_str(mod) && !str_eq_cstr(val_as_str(mod), "builtins"))
            r = str_printf("<%U.%U object at %p>", val_as_obj(mod), t->qualname, (void *)v);
        else
            r = str_printf("<%U object at %p>", t->qualname, (void *)v);
        val_xdecref(mod);
        return r;
    }
    return str_printf("<%s object at %p>", name, (void *)v);
}

Value obj_repr(Value v)
{
    Type *t = val_type(v);
    if (!t->repr)
        return default_repr(v);
    if (obj_enter_recursive(" while getting the repr of an object") < 0)
        return VAL_NULL;
    Value r = t->repr(v);
    obj_leave_recursive();
    if (r && !val_is_str(r)) {
        err_set(&Exc_TypeError, "__repr__ returned non-string (type %T)", r);
        val_decref(r);
        return VAL_NULL;
    }
    return r;
}

Value obj_str(Value v)
{
    Type *t = val_type(v);
    if (t == &Str_Type)
        return val_ref(v);
    if (!t->str)
        return obj_repr(v);
    if (obj_enter_recursive(" while getting the str of an object") < 0)
        return VAL_NULL;
    Value r = t->str(v);
    obj_leave_recursive();
    if (r && !val_is_str(r)) {
        err_set(&Exc_TypeError, "__str__ returned non-string (type %T)", r);
        val_decref(r);
        return VAL_NULL;
    }
    return r;
}

Value obj_ascii(Value v)
{
    Value r = obj_repr(v);
    if (!r)
        return VAL_NULL;
    StrObj *s = val_as_str(r);
    if (s->ascii)
        return r;
    StrBuilder b;
    sb_init(&b);
    for (ssize_t i = 0; i < s->length; i++) {
        uint32_t c = str_char_at(s, i);
        char buf[16];
        if (c < 128)
            sb_add_char(&b, c);
        else {
            if (c < 0x100)
                snprintf(buf, sizeof buf, "\\x%02x", c);
            else if (c < 0x10000)
                snprintf(buf, sizeof buf, "\\u%04x", c);
            else
                snprintf(buf, sizeof buf, "\\U%08x", c);
            sb_add_ascii(&b, buf);
        }
    }
    val_decref(r);
    return sb_finish(&b);
}

hash_t obj_hash(Value v)
{
    if (val_is_int(v))
        return hash_int64(val_as_int(v));
    Type *t = val_type(v);
    if (t->hash)
        return t->hash(v);
    err_set(&Exc_TypeError, "unhashable type: '%s'", type_name(t));
    return -1;
}

/* ---- Comparison and truth -------------------------------------------------- */

static const int swapped_op[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
static const char *const cmp_symbol[] = {"<", "<=", "==", "!=", ">", ">="};

Value obj_richcompare(Value a, Value b, int op)
{
    Type *ta = val_type(a), *tb = val_type(b);
    Value r;
    bool tried_reflected = false;
    if (obj_enter_recursive(" in comparison") < 0)
        return VAL_NULL;
    if (ta != tb && tb->richcompare && type_is_subtype(tb, ta)) {
        tried_reflected = true;
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != VAL_NOTIMPL)
            goto done;
    }
    if (ta->richcompare) {
        r = ta->richcompare(a, b, op);
        if (r != VAL_NOTIMPL)
            goto done;
    }
    if (!tried_reflected && tb->richcompare) {
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != VAL_NOTIMPL)
            goto done;
    }
    switch (op) {
    case CMP_EQ: r = val_bool(a == b); break;
    case CMP_NE: r = val_bool(a != b); break;
    default:
        err_set(&Exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                cmp_symbol[op], type_name(ta), type_name(tb));
        r = VAL_NULL;
    }
done:
    obj_leave_recursive();
    return r;
}

int obj_richcompare_bool(Value a, Value b, int op)
{
    if (a == b) {
        if (op == CMP_EQ)
            return 1;
        if (op == CMP_NE)
            return 0;
    }
    if (val_is_int(a) && val_is_int(b)) {
        int64_t x = val_as_int(a), y = val_as_int(b);
        switch (op) {
        case CMP_LT: return x < y;
        case CMP_LE: return x <= y;
        case CMP_EQ: return x == y;
        case CMP_NE: return x != y;
        case CMP_GT: return x > y;
        default: return x >= y;
        }
    }
    Value r = obj_richcompare(a, b, op);
    if (!r)
        return -1;
    int t = obj_is_true(r);
    val_decref(r);
    return t;
}

int obj_is_true(Value v)
{
    if (v == VAL_TRUE)
        return 1;
    if (v == VAL_FALSE || v == VAL_NONE)
        return 0;
    if (val_is_int(v))
        return val_as_int(v) != 0;
    Type *t = val_type(v);
    if (t->boolean)
        return t->boolean(v);
    if (t->len) {
        ssize_t n = t->len(v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

int obj_not(Value v)
{
    int t = obj_is_true(v);
    return t < 0 ? -1 : !t;
}

/* ---- Attributes ----------------------------------------------------------- */

Object *obj_instance_dict(Value o, bool create)
{
    if (!val_is_obj(o))
        return NULL;
    Type *t = val_type(o);
    if (t->dictoffset == 0)
        return NULL;
    Object **slot = obj_dict_slot(val_as_obj(o), t);
    if (!*slot && create)
        *slot = dict_new();
    return *slot;
}

static Value attribute_error(Value o, Object *name)
{
    Type *t = val_type(o);
    err_attribute(o, name, "'%s' object has no attribute '%U'", type_name(t), name);
    return VAL_NULL;
}

/* object.__getattribute__; with `suppress`, a missing attribute returns
 * VAL_NULL without an exception (obj_lookup_attr: hasattr, getattr with a
 * default and protocol probes skip formatting a message). */
static Value generic_getattr(Value o, Object *name, bool suppress)
{
    Type *t = val_type(o);
    Value descr = type_lookup(t, name);
    Value (*get)(Value, Value, Value) = NULL;
    if (descr) {
        val_incref(descr);
        Type *dt = val_type(descr);
        get = dt->descr_get;
        if (get && dt->descr_set) {
            Value r = get(descr, o, (Value)t);
            val_decref(descr);
            return r;
        }
    }
    Object *dict = obj_instance_dict(o, false);
    if (dict) {
        Value r;
        obj_incref(dict);
        int found = dict_get_str(dict, name, &r);
        obj_decref(dict);
        if (found) {
            val_xdecref(descr);
            return found > 0 ? r : VAL_NULL;
        }
    }
    if (get) {
        Value r = get(descr, o, (Value)t);
        val_decref(descr);
        return r;
    }
    if (descr)
        return descr;
    return suppress ? VAL_NULL : attribute_error(o, name);
}

Value obj_generic_getattr(Value o, Object *name) { return generic_getattr(o, name, false); }

int obj_generic_setattr(Value o, Object *name, Value v)
{
    Type *t = val_type(o);
    Value descr = type_lookup(t, name);
    if (descr) {
        Type *dt = val_type(descr);
        if (dt->descr_set) {
            val_incref(descr);
            int r = dt->descr_set(descr, o, v);
            val_decref(descr);
            return r;
        }
    }
    Object *dict = obj_instance_dict(o, v != VAL_NULL);
    if (!dict) {
        if (descr && !v) {
            err_set(&Exc_AttributeError, "'%s' object attribute '%U' is read-only", type_name(t), name);
            return -1;
        }
        if (t->dictoffset != 0 && !v) {
            attribute_error(o, name);
            return -1;
        }
        if (descr)
            err_set(&Exc_AttributeError, "'%s' object attribute '%U' is read-only", type_name(t), name);
        else if (t->dictoffset != 0)
            err_no_memory();
        else
            err_set(&Exc_AttributeError, "'%s' object has no attribute '%U' and no __dict__ for setting new attributes",
                    type_name(t), name);
        return -1;
    }
    if (v)
        return dict_set_str(dict, name, v);
    int r = dict_del_str(dict, name);
    if (r == 0) {
        attribute_error(o, name);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

Value obj_getattr(Value o, Object *name)
{
    Type *t = val_type(o);
    if (t->getattr)
        return t->getattr(o, name);
    return obj_generic_getattr(o, name);
}

Value obj_getattr_cstr(Value o, const char *name)
{
    return obj_getattr(o, str_intern_cstr(name));
}

int obj_lookup_attr(Value o, Object *name, Value *out)
{
    Type *t = val_type(o);
    if (!t->getattr || t->getattr == obj_generic_getattr) {
        Value g = generic_getattr(o, name, true);
        *out = g;
        if (g)
            return 1;
        if (!err_occurred())
            return 0;
        if (err_matches(&Exc_AttributeError)) {
            err_clear();
            return 0;
        }
        return -1;
    }
    Value r = obj_getattr(o, name);
    if (r) {
        *out = r;
        return 1;
    }
    *out = VAL_NULL;
    if (err_matches(&Exc_AttributeError)) {
        err_clear();
        return 0;
    }
    return -1;
}

int obj_hasattr(Value o, Object *name)
{
    Value r;
    int found = obj_lookup_attr(o, name, &r);
    val_xdecref(r);
    return found;
}

int obj_setattr(Value o, Object *name, Value v)
{
    Type *t = val_type(o);
    if (t->setattr)
        return t->setattr(o, name, v);
    if (val_is_int(o) || !(t->tflags & TF_HEAPTYPE)) {
        /* Built-in instances without a dict accept only their descriptors. */
        return obj_generic_setattr(o, name, v);
    }
    return obj_generic_setattr(o, name, v);
}

int obj_get_method(Value o, Object *name, Value *out)
{
    Type *t = val_type(o);
    if (t->getattr && t->getattr != obj_generic_getattr) {
        *out = obj_getattr(o, name);
        return *out ? 0 : -1;
    }
    Value descr = type_lookup(t, name);
    if (descr && (val_type(descr)->tflags & TF_METHOD_DESCR)) {
        Object *dict = obj_instance_dict(o, false);
        if (dict) {
            Value shadow;
            int found = dict_get_str(dict, name, &shadow);
            if (found < 0)
                return -1;
            if (found) {
                *out = shadow;
                return 0;
            }
        }
        *out = val_ref(descr);
        return 1;
    }
    *out = obj_generic_getattr(o, name);
    return *out ? 0 : -1;
}

/* ---- Calls ---------------------------------------------------------------- */

Value obj_call(Value callable, const Value *args, size_t nargs, Object *kwnames)
{
    Type *t = val_type(callable);
    if (!t->call) {
        err_set(&Exc_TypeError, "'%s' object is not callable", type_name(t));
        return VAL_NULL;
    }
    if (obj_enter_recursive(" while calling a Python object") < 0)
        return VAL_NULL;
    Value r = t->call(callable, args, nargs, kwnames);
    obj_leave_recursive();
    return r;
}

Value obj_call0(Value callable) { return obj_call(callable, NULL, 0, NULL); }
Value obj_call1(Value callable, Value a) { return obj_call(callable, &a, 1, NULL); }
Value obj_call2(Value callable, Value a, Value b)
{
    Value args[2] = {a, b};
    return obj_call(callable, args, 2, NULL);
}

Value obj_call_tuple_dict(Value callable, Value args, Value kwargs)
{
    size_t npos = args ? (size_t)tuple_size(val_as_obj(args)) : 0;
    size_t nkw = kwargs ? (size_t)dict_len(val_as_obj(kwargs)) : 0;
    Value small[16];
    Value *buf = npos + nkw <= 16 ? small : mem_alloc((npos + nkw) * sizeof(Value));
    if (!buf)
        return err_no_memory();
    for (size_t i = 0; i < npos; i++)
        buf[i] = tuple_get(val_as_obj(args), (ssize_t)i);
    Object *kwnames = NULL;
    Value r = VAL_NULL;
    if (nkw) {
        kwnames = tuple_new((ssize_t)nkw);
        if (!kwnames)
            goto out;
        ssize_t pos = 0;
        Value k, v;
        size_t i = 0;
        while (i < nkw && dict_next(val_as_obj(kwargs), &pos, &k, &v)) {
            if (!val_is_str(k)) {
                err_set(&Exc_TypeError, "keywords must be strings");
                goto out;
            }
            tuple_items(kwnames)[i] = val_ref(k);
            buf[npos + i] = v;
            i++;
        }
    }
    r = obj_call(callable, buf, npos, kwnames);
out:
    if (kwnames)
        obj_decref(kwnames);
    if (buf != small)
        mem_free(buf);
    return r;
}

Value obj_call_method(Value o, Object *name, const Value *args, size_t nargs)
{
    Value meth;
    int unbound = obj_get_method(o, name, &meth);
    if (unbound < 0)
        return VAL_NULL;
    Value r;
    if (unbound) {
        Value small[8];
        Value *buf = nargs + 1 <= 8 ? small : mem_alloc((nargs + 1) * sizeof(Value));
        if (!buf) {
            val_decref(meth);
            return err_no_memory();
        }
        buf[0] = o;
        if (nargs)
            memcpy(buf + 1, args, nargs * sizeof(Value));
        r = obj_call(meth, buf, nargs + 1, NULL);
        if (buf != small)
            mem_free(buf);
    } else {
        r = obj_call(meth, args, nargs, NULL);
    }
    val_decref(meth);
    return r;
}

Value obj_call_method_cstr(Value o, const char *name, const Value *args, size_t nargs)
{
    return obj_call_method(o, str_intern_cstr(name), args, nargs);
}

/* Special-method call: name is looked up on type(self) (never the
 * instance), bound to self and called. */
Value obj_call_special(Value self, Object *name, const Value *args, size_t nargs,
                       Object *kwnames, bool *missing)
{
    Type *t = val_type(self);
    Value f = type_lookup(t, name);
    *missing = !f;
    if (!f)
        return VAL_NULL;
    val_incref(f);
    Type *ft = val_type(f);
    Value r;
    if (ft->tflags & TF_METHOD_DESCR) {
        size_t nkw = kwnames ? (size_t)tuple_size(kwnames) : 0;
        Value small[8];
        size_t total = nargs + nkw + 1;
        Value *buf = total <= 8 ? small : mem_alloc(total * sizeof(Value));
        if (!buf) {
            val_decref(f);
            return err_no_memory();
        }
        buf[0] = self;
        if (nargs + nkw)
            memcpy(buf + 1, args, (nargs + nkw) * sizeof(Value));
        r = obj_call(f, buf, nargs + 1, kwnames);
        if (buf != small)
            mem_free(buf);
    } else if (ft->descr_get) {
        Value bound = ft->descr_get(f, self, (Value)t);
        r = bound ? obj_call(bound, args, nargs, kwnames) : VAL_NULL;
        val_xdecref(bound);
    } else {
        r = obj_call(f, args, nargs, kwnames);
    }
    val_decref(f);
    return r;
}

/* ---- Operators ------------------------------------------------------------ */

static const char *const binop_symbols[BINOP_COUNT] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "divmod()",
};

const char *binop_symbol(BinOp op) { return binop_symbols[op]; }

/* Tries a's slot and b's slot in CPython's order (a subclass of a's type
 * that overrides the slot goes first). NotImplemented when neither applies. */
static Value binop_try(Value a, Value b, BinOp op)
{
    Type *ta = val_type(a), *tb = val_type(b);
    Value (*fa)(Value, Value) = ta->binop[op];
    Value (*fb)(Value, Value) = tb != ta ? tb->binop[op] : NULL;
    if (fb == fa)
        fb = NULL;
    if (fa) {
        if (fb && type_is_subtype(tb, ta)) {
            Value r = fb(a, b);
            if (r != VAL_NOTIMPL)
                return r;
            fb = NULL;
        }
        Value r = fa(a, b);
        if (r != VAL_NOTIMPL)
            return r;
    }
    if (fb)
        return fb(a, b);
    return VAL_NOTIMPL;
}

static Value binop_unsupported(Value a, Value b, const char *sym)
{
    err_set(&Exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym,
            type_name(val_type(a)), type_name(val_type(b)));
    return VAL_NULL;
}

Value obj_binop(Value a, Value b, BinOp op)
{
    Value r = binop_try(a, b, op);
    if (r != VAL_NOTIMPL)
        return r;
    return binop_unsupported(a, b, op == OP_POW ? "** or pow()" : binop_symbols[op]);
}

Value obj_inplace(Value a, Value b, BinOp op)
{
    Type *ta = val_type(a);
    if (ta->inplace[op]) {
        Value r = ta->inplace[op](a, b);
        if (r != VAL_NOTIMPL)
            return r;
    }
    Value r = binop_try(a, b, op);
    if (r != VAL_NOTIMPL)
        return r;
    char sym[8];
    snprintf(sym, sizeof sym, "%s=", binop_symbols[op]);
    return binop_unsupported(a, b, sym);
}

Value number_divmod(Value a, Value b)
{
    Value r = binop_try(a, b, OP_DIVMOD);
    if (r != VAL_NOTIMPL)
        return r;
    /* int and float define divmod as (a // b, a % b). */
    bool na = val_is_int_like(a) || val_is_float(a), nb = val_is_int_like(b) || val_is_float(b);
    if (na && nb) {
        Value q = obj_binop(a, b, OP_FLOORDIV);
        if (!q)
            return VAL_NULL;
        Value m = obj_binop(a, b, OP_MOD);
        if (!m) {
            val_decref(q);
            return VAL_NULL;
        }
        Object *t = tuple_pack(2, q, m);
        val_decref(q);
        val_decref(m);
        return t ? (Value)t : VAL_NULL;
    }
    return binop_unsupported(a, b, "divmod()");
}

Value obj_pow3(Value a, Value b, Value mod)
{
    if (mod == VAL_NONE)
        return obj_binop(a, b, OP_POW);
    Type *ta = val_type(a), *tb = val_type(b), *tm = val_type(mod);
    Value (*fns[3])(Value, Value, Value) = {ta->pow3, tb != ta ? tb->pow3 : NULL, NULL};
    if (tm != ta && tm != tb)
        fns[2] = tm->pow3;
    for (int i = 0; i < 3; i++) {
        if (!fns[i])
            continue;
        Value r = fns[i](a, b, mod);
        if (r != VAL_NOTIMPL)
            return r;
    }
    err_set(&Exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
            type_name(ta), type_name(tb), type_name(tm));
    return VAL_NULL;
}

static Value unary(Value v, Value (*fn)(Value), const char *sym)
{
    if (!fn) {
        err_set(&Exc_TypeError, "bad operand type for %s: '%s'", sym, type_name(val_type(v)));
        return VAL_NULL;
    }
    return fn(v);
}

Value obj_neg(Value v)
{
    if (val_is_int(v) && val_as_int(v) != VAL_INT_MIN)
        return val_from_int(-val_as_int(v));
    return unary(v, val_type(v)->neg, "unary -");
}
Value obj_pos(Value v) { return unary(v, val_type(v)->pos, "unary +"); }
Value obj_invert(Value v) { return unary(v, val_type(v)->invert, "unary ~"); }
Value obj_abs(Value v) { return unary(v, val_type(v)->absolute, "abs()"); }

/* ---- Items ---------------------------------------------------------------- */

static Value class_getitem(Value o, Value key)
{
    Value meth;
    int found = obj_lookup_attr(o, str_intern_cstr("__class_getitem__"), &meth);
    if (found < 0)
        return VAL_NULL;
    if (found) {
        Value r = obj_call1(meth, key);
        val_decref(meth);
        return r;
    }
    err_set(&Exc_TypeError, "type '%s' is not subscriptable", type_name((Type *)val_as_obj(o)));
    return VAL_NULL;
}

Value obj_getitem(Value o, Value key)
{
    Type *t = val_type(o);
    if (t->getitem)
        return t->getitem(o, key);
    if (t->tflags & TF_TYPE_SUBCLASS)
        return class_getitem(o, key);
    err_set(&Exc_TypeError, "'%s' object is not subscriptable", type_name(t));
    return VAL_NULL;
}

int obj_setitem(Value o, Value key, Value v)
{
    Type *t = val_type(o);
    if (t->setitem)
        return t->setitem(o, key, v);
    err_set(&Exc_TypeError, "'%s' object does not support item assignment", type_name(t));
    return -1;
}

int obj_delitem(Value o, Value key)
{
    Type *t = val_type(o);
    if (t->setitem)
        return t->setitem(o, key, VAL_NULL);
    err_set(&Exc_TypeError, "'%s' object does not support item deletion", type_name(t));
    return -1;
}

ssize_t obj_len(Value o)
{
    Type *t = val_type(o);
    if (t->len)
        return t->len(o);
    err_set(&Exc_TypeError, "object of type '%s' has no len()", type_name(t));
    return -1;
}

int obj_contains(Value container, Value item)
{
    Type *t = val_type(container);
    if (t->contains)
        return t->contains(container, item);
    Value it = obj_iter(container);
    if (!it) {
        if (err_matches(&Exc_TypeError)) {
            err_clear();
            err_set(&Exc_TypeError, "argument of type '%s' is not a container or iterable",
                    type_name(t));
        }
        return -1;
    }
    int found = 0;
    for (;;) {
        Value x = obj_next(it);
        if (!x) {
            if (err_occurred())
                found = -1;
            break;
        }
        int eq = obj_richcompare_bool(x, item, CMP_EQ);
        val_decref(x);
        if (eq) {
            found = eq;
            break;
        }
    }
    val_decref(it);
    return found;
}

/* ---- Iteration ------------------------------------------------------------ */

Value obj_iter(Value o)
{
    Type *t = val_type(o);
    if (t->iter) {
        Value it = t->iter(o);
        if (it && !val_type(it)->iternext) {
            err_set(&Exc_TypeError, "iter() returned non-iterator of type '%s'",
                    type_name(val_type(it)));
            val_decref(it);
            return VAL_NULL;
        }
        return it;
    }
    if (t->getitem && !(t->tflags & TF_DICT_SUBCLASS))
        return seqiter_new(o);
    err_set(&Exc_TypeError, "'%s' object is not iterable", type_name(t));
    return VAL_NULL;
}

Value obj_next(Value it)
{
    Type *t = val_type(it);
    if (!t->iternext) {
        err_set(&Exc_TypeError, "'%s' object is not an iterator", type_name(t));
        return VAL_NULL;
    }
    Value r = t->iternext(it);
    if (!r && err_matches(&Exc_StopIteration))
        err_clear();
    return r;
}

/* ---- isinstance / issubclass ------------------------------------------------ */

static int recursive_isinstance(Value o, Value cls);
static int recursive_issubclass(Value derived, Value cls);

static Value abstract_bases(Value cls)
{
    Value bases;
    int found = obj_lookup_attr(cls, str_intern_cstr("__bases__"), &bases);
    if (found <= 0)
        return VAL_NULL;
    if (!val_is_tuple(bases)) {
        val_decref(bases);
        return VAL_NULL;
    }
    return bases;
}

static int abstract_issubclass(Value derived, Value cls)
{
    for (;;) {
        if (derived == cls)
            return 1;
        Value bases = abstract_bases(derived);
        if (!bases)
            return err_occurred() ? -1 : 0;
        ssize_t n = tuple_size(val_as_obj(bases));
        if (n == 0) {
            val_decref(bases);
            return 0;
        }
        if (n == 1) {
            derived = tuple_get(val_as_obj(bases), 0);
            val_decref(bases); /* still referenced by derived's __bases__ */
            continue;
        }
        int r = 0;
        for (ssize_t i = 0; i < n && r == 0; i++)
            r = abstract_issubclass(tuple_get(val_as_obj(bases), i), cls);
        val_decref(bases);
        return r;
    }
}

static int recursive_isinstance(Value o, Value cls)
{
    if (val_type_has(cls, TF_TYPE_SUBCLASS)) {
        if (type_is_subtype(val_type(o), (Type *)val_as_obj(cls)))
            return 1;
        Value icls;
        int found = obj_lookup_attr(o, str_intern_cstr("__class__"), &icls);
        if (found < 0)
            return -1;
        int r = 0;
        if (found && icls != (Value)val_type(o) && val_type_has(icls, TF_TYPE_SUBCLASS))
            r = type_is_subtype((Type *)val_as_obj(icls), (Type *)val_as_obj(cls));
        val_xdecref(icls);
        return r;
    }
    Value bases = abstract_bases(cls);
    if (!bases) {
        if (!err_occurred())
            err_set(&Exc_TypeError,
                    "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    val_decref(bases);
    Value icls;
    int found = obj_lookup_attr(o, str_intern_cstr("__class__"), &icls);
    if (found <= 0)
        return found;
    int r = abstract_issubclass(icls, cls);
    val_decref(icls);
    return r;
}

int obj_isinstance(Value o, Value cls)
{
    if (val_type(o) == (Type *)val_as_obj(cls))
        return 1;
    if (val_type(cls) == &Type_Type)
        return recursive_isinstance(o, cls);
    if (val_is_tuple(cls)) {
        if (obj_enter_recursive(" in __instancecheck__") < 0)
            return -1;
        int r = 0;
        for (ssize_t i = 0; i < tuple_size(val_as_obj(cls)) && r == 0; i++)
            r = obj_isinstance(o, tuple_get(val_as_obj(cls), i));
        obj_leave_recursive();
        return r;
    }
    Value checker = type_lookup(val_type(cls), str_intern_cstr("__instancecheck__"));
    if (checker) {
        Value args[2] = {cls, o};
        val_incref(checker);
        if (obj_enter_recursive(" in __instancecheck__") < 0) {
            val_decref(checker);
            return -1;
        }
        Value r = obj_call(checker, args, 2, NULL);
        obj_leave_recursive();
        val_decref(checker);
        if (!r)
            return -1;
        int t = obj_is_true(r);
        val_decref(r);
        return t;
    }
    return recursive_isinstance(o, cls);
}

static int recursive_issubclass(Value derived, Value cls)
{
    if (val_type_has(cls, TF_TYPE_SUBCLASS) && val_type_has(derived, TF_TYPE_SUBCLASS))
        return type_is_subtype((Type *)val_as_obj(derived), (Type *)val_as_obj(cls));
    Value b = abstract_bases(derived);
    if (!b) {
        if (!err_occurred())
            err_set(&Exc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    val_decref(b);
    b = abstract_bases(cls);
    if (!b) {
        if (!err_occurred())
            err_set(&Exc_TypeError,
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    val_decref(b);
    return abstract_issubclass(derived, cls);
}

int obj_issubclass(Value derived, Value cls)
{
    if (val_type(cls) == &Type_Type && val_type_has(derived, TF_TYPE_SUBCLASS)) {
        if (derived == cls)
            return 1;
        return type_is_subtype((Type *)val_as_obj(derived), (Type *)val_as_obj(cls));
    }
    if (val_is_tuple(cls)) {
        if (obj_enter_recursive(" in __subclasscheck__") < 0)
            return -1;
        int r = 0;
        for (ssize_t i = 0; i < tuple_size(val_as_obj(cls)) && r == 0; i++)
            r = obj_issubclass(derived, tuple_get(val_as_obj(cls), i));
        obj_leave_recursive();
        return r;
    }
    Value checker = type_lookup(val_type(cls), str_intern_cstr("__subclasscheck__"));
    if (checker) {
        Value args[2] = {cls, derived};
        val_incref(checker);
        if (obj_enter_recursive(" in __subclasscheck__") < 0) {
            val_decref(checker);
            return -1;
        }
        Value r = obj_call(checker, args, 2, NULL);
        obj_leave_recursive();
        val_decref(checker);
        if (!r)
            return -1;
        int t = obj_is_true(r);
        val_decref(r);
        return t;
    }
    return recursive_issubclass(derived, cls);
}

/* ---- Conversions ----------------------------------------------------------- */

Value obj_format(Value o, Value spec)
{
    if (!spec || (val_is_str(spec) && str_len(val_as_str(spec)) == 0)) {
        Type *t = val_type(o);
        if (t == &Str_Type || val_is_int(o) || t == &Int_Type)
            return obj_str(o);
    }
    Value s = spec ? val_ref(spec) : str_empty();
    bool missing;
    Value r = obj_call_special(o, str_intern_cstr("__format__"), &s, 1, NULL, &missing);
    if (missing)
        err_set(&Exc_TypeError, "Type %s doesn't define __format__", type_name(val_type(o)));
    val_decref(s);
    if (r && !val_is_str(r)) {
        err_set(&Exc_TypeError, "__format__ must return a str, not %s", type_name(val_type(r)));
        val_decref(r);
        return VAL_NULL;
    }
    return r;
}

Value obj_index(Value o)
{
    if (val_is_int(o))
        return o;
    Type *t = val_type(o);
    if (t->tflags & TF_INT_SUBCLASS)
        return t == &Int_Type ? val_ref(o) : int_exact(o); /* always an exact int (3.10+) */
    if (!t->index) {
        err_set(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(t));
        return VAL_NULL;
    }
    Value r = t->index(o);
    if (r && !val_is_int_like(r)) {
        err_set(&Exc_TypeError, "__index__ returned non-int (type %s)", type_name(val_type(r)));
        val_decref(r);
        return VAL_NULL;
    }
    if (r && !val_is_int(r) && val_type(r) != &Int_Type) {
        Value e = int_exact(r);
        val_decref(r);
        r = e;
    }
    return r;
}

ssize_t obj_as_ssize(Value o, Type *overflow_exc)
{
    if (val_is_int(o))
        return (ssize_t)val_as_int(o);
    Value i = obj_index(o);
    if (!i)
        return -1;
    int64_t x;
    int r = int_as_i64(i, &x);
    if (r < 0) {
        if (!overflow_exc) {
            err_clear();
            x = int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
        } else if (overflow_exc != &Exc_OverflowError) {
            err_clear();
            err_set(overflow_exc, "cannot fit '%s' into an index-sized integer",
                    type_name(val_type(o)));
            val_decref(i);
            return -1;
        } else {
            val_decref(i);
            return -1;
        }
    }
    val_decref(i);
    return (ssize_t)x;
}

Object **obj_dict_slot(Object *o, const Type *t)
{
    if (t->dictoffset > 0)
        return (Object **)((char *)o + t->dictoffset);
    return (Object **)((char *)o + mem_usable_size(o) - sizeof(Object *));
}
