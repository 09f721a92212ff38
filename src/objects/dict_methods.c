/* dict: the type's protocol slots (repr, ==, [], in, |, |=) and its
 * Python-level methods. */
#include "dict_internal.h"
#include "listobj.h"

static void dict_dealloc(Object *o)
{
    DictObj *d = (DictObj *)o;
    DictKeys *k = atomic_load_explicit(&d->keys, memory_order_relaxed);
    if (k) {
        DictEntry *entries = dk_entries(k);
        ssize_t count = atomic_load_explicit(&k->nentries, memory_order_relaxed);
        for (ssize_t i = 0; i < count; i++) {
            Value key = atomic_load_explicit(&entries[i].key, memory_order_relaxed);
            if (key) {
                val_decref(key);
                val_decref(atomic_load_explicit(&entries[i].value, memory_order_relaxed));
            }
        }
        mem_free(k); /* unreachable now: no reader can hold it */
    }
    obj_free(o);
}

static int dict_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    ssize_t pos = 0;
    Value k, v;
    while (dict_next(o, &pos, &k, &v)) {
        int r = visit(k, arg);
        if (!r)
            r = visit(v, arg);
        if (r)
            return r;
    }
    return 0;
}

static void dict_tp_clear(Object *o) { dict_clear(o); }

static Value dict_repr(Value self)
{
    DictObj *d = as_dict(self);
    if (dict_used(d) == 0)
        return str_from_ascii("{}", 2);
    int rec = obj_repr_enter(self);
    if (rec < 0)
        return VAL_NULL;
    if (rec > 0)
        return str_from_ascii("{...}", 5);
    ssize_t n;
    Value *snap = dict_snapshot(d, &n);
    if (!snap) {
        obj_repr_leave(self);
        return VAL_NULL;
    }
    StrBuilder b;
    sb_init(&b);
    sb_add_char(&b, '{');
    int r = 0;
    for (ssize_t i = 0; i < n && r == 0; i++) {
        if (i)
            sb_add_ascii(&b, ", ");
        r = sb_add_repr(&b, snap[2 * i]);
        if (r == 0) {
            sb_add_ascii(&b, ": ");
            r = sb_add_repr(&b, snap[2 * i + 1]);
        }
    }
    sb_add_char(&b, '}');
    dict_snapshot_free(snap, n);
    obj_repr_leave(self);
    if (r < 0) {
        sb_discard(&b);
        return VAL_NULL;
    }
    return sb_finish(&b);
}

/* a == b for two dicts: same length, every key of a in b with an equal
 * value. -1 on error. */
static int dict_equal(DictObj *a, DictObj *b)
{
    if (dict_used(a) != dict_used(b))
        return 0;
    ssize_t n;
    Value *snap = dict_snapshot(a, &n);
    if (!snap)
        return -1;
    int result = 1;
    for (ssize_t i = 0; i < n && result == 1; i++) {
        Value key = snap[2 * i], av = snap[2 * i + 1], bv;
        hash_t h = dict_key_hash(key);
        if (h == -1) {
            result = -1;
            break;
        }
        ssize_t ix = dict_lookup(b, key, h, &bv);
        if (ix == -3) {
            result = -1;
        } else if (ix < 0) {
            result = 0;
        } else {
            int eq = obj_richcompare_bool(av, bv, CMP_EQ);
            val_decref(bv);
            result = eq < 0 ? -1 : eq;
        }
    }
    dict_snapshot_free(snap, n);
    return result;
}

static Value dict_richcompare(Value a, Value b, int op)
{
    if (!val_is_dict(b) || (op != CMP_EQ && op != CMP_NE))
        return val_ref(VAL_NOTIMPL);
    int eq = dict_equal(as_dict(a), as_dict(b));
    if (eq < 0)
        return VAL_NULL;
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static ssize_t dict_len_slot(Value self) { return dict_used(as_dict(self)); }

static Value dict_getitem(Value self, Value key)
{
    hash_t h = dict_key_hash(key);
    if (h == -1)
        return VAL_NULL;
    Value v;
    ssize_t ix = dict_lookup(as_dict(self), key, h, &v);
    if (ix >= 0)
        return v;
    if (ix == -3)
        return VAL_NULL;
    if (val_type(self) != &Dict_Type) {
        /* dict subclasses: d.__missing__(key) */
        static _Atomic(Object *) missing_name;
        Value missing = type_lookup(val_type(self), cont_name("__missing__", &missing_name));
        if (missing) {
            Value args[2] = {self, key};
            val_incref(missing);
            Value r = obj_call(missing, args, 2, NULL);
            val_decref(missing);
            return r;
        }
    }
    cont_key_error(key);
    return VAL_NULL;
}

static int dict_setitem(Value self, Value key, Value v)
{
    if (v)
        return dict_set(val_as_obj(self), key, v);
    int r = dict_del(val_as_obj(self), key);
    if (r == 0)
        cont_key_error(key);
    return r < 0 || r == 0 ? -1 : 0;
}

static int dict_contains(Value self, Value key)
{
    hash_t h = dict_key_hash(key);
    if (h == -1)
        return -1;
    ssize_t ix = dict_lookup(as_dict(self), key, h, NULL);
    return ix == -3 ? -1 : ix >= 0;
}

static Value dict_iter(Value self) { return dictiter_new(as_dict(self), &DictKeyIter_Type); }

static Value dict_or(Value a, Value b)
{
    if (!val_is_dict(a) || !val_is_dict(b))
        return val_ref(VAL_NOTIMPL);
    Object *c = dict_copy(val_as_obj(a));
    if (!c)
        return VAL_NULL;
    if (dict_update(c, b) < 0) {
        obj_decref(c);
        return VAL_NULL;
    }
    return val_from_obj(c);
}

static Value dict_ior(Value a, Value b)
{
    if (dict_update(val_as_obj(a), b) < 0)
        return VAL_NULL;
    return val_ref(a);
}

static Value dict_tp_new(Type *type, const Value *args, size_t nargs, Object *kwnames)
{
    Object *d = dict_new_type(type);
    return d ? val_from_obj(d) : VAL_NULL;
}

int dict_update_args(DictObj *d, const Value *args, size_t nargs, Object *kwnames,
                     const char *fname)
{
    if (nargs > 1) {
        err_set(&Exc_TypeError, "%s expected at most 1 argument, got %zd", fname, (ssize_t)nargs);
        return -1;
    }
    if (nargs && dict_update(&d->base, args[0]) < 0)
        return -1;
    if (kwnames) {
        ssize_t nk = tuple_size(kwnames);
        for (ssize_t i = 0; i < nk; i++)
            if (dict_set(&d->base, tuple_items(kwnames)[i], args[nargs + i]) < 0)
                return -1;
    }
    return 0;
}

static int dict_init(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    return dict_update_args(as_dict(self), args, nargs, kwnames, "dict");
}

/* ---- Methods ------------------------------------------------------------- */

static Value m_get(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("get", kwnames) < 0 || args_count("get", nargs, 1, 2) < 0)
        return VAL_NULL;
    hash_t h = dict_key_hash(args[0]);
    if (h == -1)
        return VAL_NULL;
    Value v;
    ssize_t ix = dict_lookup(as_dict(self), args[0], h, &v);
    if (ix >= 0)
        return v;
    if (ix == -3)
        return VAL_NULL;
    return nargs > 1 ? val_ref(args[1]) : VAL_NONE;
}

static Value m_setdefault(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("setdefault", kwnames) < 0 || args_count("setdefault", nargs, 1, 2) < 0)
        return VAL_NULL;
    hash_t h = dict_key_hash(args[0]);
    if (h == -1)
        return VAL_NULL;
    Value out;
    if (dict_insert(as_dict(self), args[0], h, nargs > 1 ? args[1] : VAL_NONE, DICT_SETDEFAULT,
                    &out) < 0)
        return VAL_NULL;
    return out;
}

static Value m_pop(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("pop", kwnames) < 0 || args_count("pop", nargs, 1, 2) < 0)
        return VAL_NULL;
    DictObj *d = as_dict(self);
    if (dict_used(d) == 0 && nargs > 1)
        return val_ref(args[1]);
    hash_t h = dict_key_hash(args[0]);
    if (h == -1)
        return VAL_NULL;
    Value v;
    int r = dict_pop_hashed(d, args[0], h, &v);
    if (r < 0)
        return VAL_NULL;
    if (r > 0)
        return v;
    if (nargs > 1)
        return val_ref(args[1]);
    cont_key_error(args[0]);
    return VAL_NULL;
}

static Value m_popitem(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("popitem", kwnames) < 0 || args_count("popitem", nargs, 0, 0) < 0)
        return VAL_NULL;
    /* The pair tuple is made first so a MemoryError leaves d unchanged. */
    Object *t = tuple_new(2);
    if (!t)
        return VAL_NULL;
    if (!dict_popitem(as_dict(self), &tuple_items(t)[0], &tuple_items(t)[1])) {
        obj_decref(t);
        err_set(&Exc_KeyError, "popitem(): dictionary is empty");
        return VAL_NULL;
    }
    return val_from_obj(t);
}

static Value m_keys(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_count("keys", nargs, 0, 0) < 0)
        return VAL_NULL;
    return dictview_new(self, &DictKeys_Type);
}

static Value m_values(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_count("values", nargs, 0, 0) < 0)
        return VAL_NULL;
    return dictview_new(self, &DictValues_Type);
}

static Value m_items(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_count("items", nargs, 0, 0) < 0)
        return VAL_NULL;
    return dictview_new(self, &DictItems_Type);
}

static Value m_update(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (dict_update_args(as_dict(self), args, nargs, kwnames, "update") < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value m_fromkeys(Value cls, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("fromkeys", kwnames) < 0 || args_count("fromkeys", nargs, 1, 2) < 0)
        return VAL_NULL;
    Value value = nargs > 1 ? args[1] : VAL_NONE;
    Value d = obj_call0(cls);
    if (!d)
        return VAL_NULL;
    bool exact = obj_type_is(d, &Dict_Type);
    Value it = obj_iter(args[0]);
    if (!it) {
        val_decref(d);
        return VAL_NULL;
    }
    for (;;) {
        Value k = obj_next(it);
        if (!k)
            break;
        int r = exact ? dict_set(val_as_obj(d), k, value) : obj_setitem(d, k, value);
        val_decref(k);
        if (r < 0)
            break;
    }
    val_decref(it);
    if (err_occurred()) {
        val_decref(d);
        return VAL_NULL;
    }
    return d;
}

static Value m_copy(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_count("copy", nargs, 0, 0) < 0)
        return VAL_NULL;
    Object *c = dict_copy(val_as_obj(self));
    return c ? val_from_obj(c) : VAL_NULL;
}

static Value m_clear(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_count("clear", nargs, 0, 0) < 0)
        return VAL_NULL;
    dict_clear(val_as_obj(self));
    return VAL_NONE;
}

static Value m_reversed(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_count("__reversed__", nargs, 0, 0) < 0)
        return VAL_NULL;
    return dictiter_new(as_dict(self), &DictRevKeyIter_Type);
}

static Value m_sizeof(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_count("__sizeof__", nargs, 0, 0) < 0)
        return VAL_NULL;
    DictKeys *k = dict_keys_acquire(as_dict(self));
    size_t size = val_type(self)->basicsize;
    if (k)
        size += sizeof(DictKeys) + ((size_t)1 << (k->log2_size + k->log2_index_bytes)) +
                (size_t)k->capacity * sizeof(DictEntry);
    return val_from_int((int64_t)size);
}

static const MethodDef dict_methods[] = {
    {"get", m_get, 0, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", m_setdefault, 0, "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default."},
    {"pop", m_pop, 0, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError."},
    {"popitem", m_popitem, 0, "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty."},
    {"keys", m_keys, 0, "Return a set-like object providing a view on the dict's keys."},
    {"values", m_values, 0, "Return an object providing a view on the dict's values."},
    {"items", m_items, 0, "Return a set-like object providing a view on the dict's items."},
    {"update", m_update, 0, "D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."},
    {"fromkeys", m_fromkeys, METH_CLASS, "Create a new dictionary with keys from iterable and values set to value."},
    {"copy", m_copy, 0, "Return a shallow copy of the dict."},
    {"clear", m_clear, 0, "Remove all items from the dict."},
    {"__reversed__", m_reversed, 0, "Return a reverse iterator over the dict keys."},
    {"__sizeof__", m_sizeof, 0, "Return the size of the dict in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};

Type Dict_Type = {
    TYPE_HEADER("dict", dict_dealloc),
    .tflags = TF_BASETYPE | TF_DICT_SUBCLASS | TF_HAS_GC | TF_IMMUTABLE,
    .basicsize = sizeof(DictObj),
    .doc = "dict() -> new empty dictionary\n"
           "dict(mapping) -> new dictionary initialized from a mapping object's\n"
           "    (key, value) pairs\n"
           "dict(iterable) -> new dictionary initialized as if via:\n"
           "    d = {}\n"
           "    for k, v in iterable:\n"
           "        d[k] = v\n"
           "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
           "    in the keyword argument list.  For example:  dict(one=1, two=2)",
    .methods = dict_methods,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .tp_new = dict_tp_new,
    .init = dict_init,
    .traverse = dict_traverse,
    .clear = dict_tp_clear,
    .binop[OP_OR] = dict_or,
    .inplace[OP_OR] = dict_ior,
    .len = dict_len_slot,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
};
