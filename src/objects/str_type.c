/* The str type object: construction (str(), str(x), str(b, encoding,
 * errors)), the protocol slots (operators, comparison, hashing, indexing,
 * slicing, `in`, iteration) and the str_iterator type. */
#include "bytesobj.h"
#include "intobj.h"
#include "str_internal.h"

/* ---- construction -------------------------------------------------------- */

Value str_decode(const char *data, ssize_t len, const char *encoding, const char *errors)
{
    CodecId id = CODEC_UTF8;
    CodecError e = CODEC_ERROR_INIT;
    if (encoding && !codec_lookup(encoding, strlen(encoding), &id, &e)) {
        str_raise_codec(&e, VAL_NULL);
        return VAL_NULL;
    }
    if (id == CODEC_UTF8 && (!errors || strcmp(errors, "strict") == 0))
        return str_from_utf8(data, len);
    if (id == CODEC_LATIN1)
        return str_from_latin1((const uint8_t *)data, len);
    uint32_t *out = NULL;
    size_t outlen = 0;
    if (!codec_decode(id, (const unsigned char *)data, (size_t)len, errors, &out, &outlen, &e)) {
        Value b = bytes_from_data(data, len);
        str_raise_codec(&e, b);
        val_xdecref(b);
        return VAL_NULL;
    }
    Value r = str_from_ucs4(out, (ssize_t)outlen);
    free(out);
    return r;
}

/* The C string of an optional str argument ("encoding"/"errors"). */
static int str_arg_cstr(Value v, const char *fname, const char *argname, const char **out)
{
    *out = NULL;
    if (!v)
        return 0;
    if (!val_is_str(v)) {
        err_set(&Exc_TypeError, "%s() argument '%s' must be str, not %T", fname, argname, v);
        return -1;
    }
    *out = str_utf8(val_as_str(v), NULL);
    return *out ? 0 : -1;
}

/* An instance of a str subclass with the text of the exact str s. */
static Value str_subtype_copy(Type *type, Value s)
{
    StrObj *o = val_as_str(s);
    Value r = str_alloc(type, o->length, o->kind, o->ascii);
    if (r)
        memcpy(str_data(val_as_str(r)), str_data(o), (size_t)o->length * o->kind);
    return r;
}

static Value str_tp_new(Type *type, const Value *args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"object", "encoding", "errors"};
    static const ArgSpec spec = {"str", names, 3, 0, 0, 3};
    Value a[3];
    Value r;
    if (nargs == 1 && !kwnames) {
        a[0] = args[0];
        a[1] = a[2] = VAL_NULL;
    } else if (args_parse(&spec, args, nargs, kwnames, a) < 0) {
        return VAL_NULL;
    }
    if (!a[0]) {
        r = str_empty();
    } else if (!a[1] && !a[2]) {
        if (obj_type_is(a[0], &Str_Type) && type == &Str_Type)
            return val_ref(a[0]);
        r = obj_str(a[0]);
    } else {
        const char *enc, *errs;
        if (str_arg_cstr(a[1], "str", "encoding", &enc) < 0 ||
            str_arg_cstr(a[2], "str", "errors", &errs) < 0)
            return VAL_NULL;
        const uint8_t *data;
        ssize_t len;
        if (val_is_str(a[0])) {
            err_set(&Exc_TypeError, "decoding str is not supported");
            return VAL_NULL;
        }
        if (!buffer_check(a[0])) {
            err_set(&Exc_TypeError, "decoding to str: need a bytes-like object, %T found", a[0]);
            return VAL_NULL;
        }
        if (buffer_get(a[0], &data, &len) < 0)
            return VAL_NULL;
        r = str_decode((const char *)data, len, enc, errs);
    }
    if (!r || type == &Str_Type)
        return r;
    Value sub = str_subtype_copy(type, r);
    val_decref(r);
    return sub;
}

/* ---- slots ------------------------------------------------------------------ */

static Value str_str_slot(Value self)
{
    return str_exact(self);
}

static hash_t str_hash_slot(Value self) { return str_hash(val_as_str(self)); }

static Value str_richcompare(Value a, Value b, int op)
{
    if (!val_is_str(a) || !val_is_str(b))
        return val_ref(VAL_NOTIMPL);
    StrObj *x = val_as_str(a), *y = val_as_str(b);
    bool r;
    if (op == CMP_EQ || op == CMP_NE) {
        r = str_eq(x, y) == (op == CMP_EQ);
    } else {
        int c = str_compare(x, y);
        r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_GT ? c > 0 : c >= 0;
    }
    return val_ref(val_bool(r));
}

static ssize_t str_len_slot(Value self) { return val_as_str(self)->length; }

/* The other operand's own slot for a reflected operator (CPython tries the
 * number slots of both operands before the sequence fallback): its result,
 * or NotImplemented. */
static Value try_other(Value a, Value b, Value other, BinOp op, Value (*mine)(Value, Value))
{
    Value (*fn)(Value, Value) = val_type(other)->binop[op];
    if (!fn || fn == mine)
        return val_ref(VAL_NOTIMPL);
    return fn(a, b);
}

static Value str_add(Value a, Value b)
{
    if (val_is_str(a) && val_is_str(b))
        return str_concat(a, b);
    if (!val_is_str(a))
        return val_ref(VAL_NOTIMPL);
    Value r = try_other(a, b, b, OP_ADD, str_add);
    if (r != VAL_NOTIMPL)
        return r;
    val_decref(r);
    err_set(&Exc_TypeError, "can only concatenate str (not \"%s\") to str", type_name(val_type(b)));
    return VAL_NULL;
}

static bool has_index(Value v) { return val_is_int(v) || val_type(v)->index != NULL; }

static Value str_mul(Value a, Value b)
{
    Value s = val_is_str(a) ? a : b, n = val_is_str(a) ? b : a;
    if (!has_index(n)) {
        if (s == a) {
            Value r = try_other(a, b, b, OP_MUL, str_mul);
            if (r != VAL_NOTIMPL)
                return r;
            val_decref(r);
        }
        err_set(&Exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                type_name(val_type(n)));
        return VAL_NULL;
    }
    ssize_t count;
    if (val_is_int(n)) {
        int64_t i = val_as_int(n);
        count = i > SSIZE_MAX ? SSIZE_MAX : i < 0 ? 0 : (ssize_t)i;
    } else {
        count = obj_as_ssize(n, &Exc_OverflowError);
        if (count == -1 && err_occurred())
            return VAL_NULL;
    }
    return str_repeat(s, count);
}

Value str_mod(Value a, Value b)
{
    if (!val_is_str(a))
        return val_ref(VAL_NOTIMPL);
    return str_percent(a, b);
}

/* An index or a slice for s[key]. */
Value str_getitem(Value self, Value key)
{
    StrObj *s = val_as_str(self);
    if (val_is_int(key) || (!val_is_slice(key) && has_index(key))) {
        ssize_t i;
        if (val_is_int(key)) {
            int64_t k = val_as_int(key);
            i = k < -SSIZE_MAX ? -SSIZE_MAX : k > SSIZE_MAX ? SSIZE_MAX : (ssize_t)k;
        } else {
            i = obj_as_ssize(key, &Exc_IndexError);
            if (i == -1 && err_occurred())
                return VAL_NULL;
        }
        if (i < 0)
            i += s->length;
        if (i < 0 || i >= s->length) {
            err_set(&Exc_IndexError, "string index out of range");
            return VAL_NULL;
        }
        return str_from_char(str_char_at(s, i));
    }
    if (val_is_slice(key)) {
        ssize_t start, stop, step, n;
        if (slice_unpack(key, s->length, &start, &stop, &step, &n) < 0)
            return VAL_NULL;
        if (step == 1)
            return str_substr(s, start, start + n);
        if (n <= 0)
            return str_empty();
        Value r = VAL_NULL;
        if (s->kind == 1) {
            uint8_t small[256], *buf = n <= 256 ? small : mem_alloc((size_t)n);
            if (!buf)
                return err_no_memory();
            const uint8_t *d = str_data(s);
            for (ssize_t i = 0, j = start; i < n; i++, j += step)
                buf[i] = d[j];
            r = str_from_kind(1, buf, n);
            if (buf != small)
                mem_free(buf);
        } else {
            uint32_t *buf = mem_alloc((size_t)n * 4);
            if (!buf)
                return err_no_memory();
            for (ssize_t i = 0, j = start; i < n; i++, j += step)
                buf[i] = str_char_at(s, j);
            r = str_from_ucs4(buf, n);
            mem_free(buf);
        }
        return r;
    }
    err_set(&Exc_TypeError, "string indices must be integers, not '%s'", type_name(val_type(key)));
    return VAL_NULL;
}

bool str_contains(const StrObj *s, const StrObj *sub)
{
    return str_find(s, sub, 0, s->length, 1) >= 0;
}

int str_contains_slot(Value self, Value item)
{
    if (!val_is_str(item)) {
        err_set(&Exc_TypeError, "'in <string>' requires string as left operand, not %s",
                type_name(val_type(item)));
        return -1;
    }
    return str_contains(val_as_str(self), val_as_str(item));
}

/* ---- iteration -------------------------------------------------------------- */

/* The index is read and written with relaxed atomics: a shared iterator
 * may skip or repeat characters under races, never read out of bounds (the
 * str is immutable and held until the iterator dies). */
typedef struct StrIterObj {
    Object base;
    Value str;
    _Atomic ssize_t index;
} StrIterObj;

Value str_iter(Value self)
{
    Type *t = val_as_str(self)->ascii ? &StrAsciiIter_Type : &StrIter_Type;
    StrIterObj *it = (StrIterObj *)obj_alloc(t, 0);
    if (!it)
        return VAL_NULL;
    it->str = val_ref(self);
    atomic_init(&it->index, 0);
    return (Value)it;
}

static Value str_iter_next(Value self)
{
    StrIterObj *it = (StrIterObj *)val_as_obj(self);
    StrObj *s = val_as_str(it->str);
    ssize_t i = atomic_load_explicit(&it->index, memory_order_relaxed);
    if (i >= s->length)
        return VAL_NULL;
    atomic_store_explicit(&it->index, i + 1, memory_order_relaxed);
    return str_from_char(str_char_at(s, i));
}

static Value str_iter_self(Value self) { return val_ref(self); }

static void str_iter_dealloc(Object *o)
{
    StrIterObj *it = (StrIterObj *)o;
    val_decref(it->str);
    obj_free(o);
}

static int str_iter_traverse(Object *o, int (*visit)(Value v, void *arg), void *arg)
{
    return visit(((StrIterObj *)o)->str, arg);
}

static Value str_iter_length_hint(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    StrIterObj *it = (StrIterObj *)val_as_obj(self);
    ssize_t n = val_as_str(it->str)->length - atomic_load_explicit(&it->index, memory_order_relaxed);
    return val_from_int(n < 0 ? 0 : n);
}

static const MethodDef str_iter_methods[] = {
    {"__length_hint__", str_iter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

#define STR_ITER_TYPE(cname, pyname)                                            \
    Type cname = {                                                              \
        TYPE_HEADER(pyname, str_iter_dealloc),                                  \
        .tflags = TF_IMMUTABLE | TF_HAS_GC,                                     \
        .basicsize = sizeof(StrIterObj),                                        \
        .iter = str_iter_self,                                                  \
        .iternext = str_iter_next,                                              \
        .traverse = str_iter_traverse,                                          \
        .methods = str_iter_methods,                                            \
    }
/* CPython names the iterator of an ASCII str differently. */
STR_ITER_TYPE(StrIter_Type, "str_iterator");
STR_ITER_TYPE(StrAsciiIter_Type, "str_ascii_iterator");

/* ---- the type ------------------------------------------------------------------ */

static const char str_doc[] =
    "str(object='') -> str\n"
    "str(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
    "Create a new string object from the given object. If encoding or\n"
    "errors is specified, then the object must expose a data buffer\n"
    "that will be decoded using the given encoding and error handler.\n"
    "Otherwise, returns the result of object.__str__() (if defined)\n"
    "or repr(object).\n"
    "encoding defaults to 'utf-8'.\n"
    "errors defaults to 'strict'.";

Type Str_Type = {
    TYPE_HEADER("str", str_dealloc),
    .tflags = TF_BASETYPE | TF_IMMUTABLE | TF_STR_SUBCLASS,
    .basicsize = sizeof(StrObj),
    .itemsize = 1,
    .doc = str_doc,
    .methods = str_methods,
    .repr = str_repr,
    .str = str_str_slot,
    .hash = str_hash_slot,
    .richcompare = str_richcompare,
    .iter = str_iter,
    .tp_new = str_tp_new,
    .binop[OP_ADD] = str_add,
    .binop[OP_MUL] = str_mul,
    .binop[OP_MOD] = str_mod,
    .len = str_len_slot,
    .getitem = str_getitem,
    .contains = str_contains_slot,
};
