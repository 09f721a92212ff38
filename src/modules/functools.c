/* The _functools module: reduce, partial, cmp_to_key and the LRU cache
 * wrapper behind functools.lru_cache (lib/functools.py builds the rest). */
#include <string.h>

#include "critical_section.h"
#include "modules/modutil.h"
#include "objects/dictobj.h"
#include "objects/listobj.h"
#include "objects/module.h"
#include "objects/tupleobj.h"
#include "vm/vm.h"

/* __dict__ of the partial and LRU wrapper objects (created on demand). */
static Value get_instance_dict(Value self, void *c)
{
    Object *d = obj_instance_dict(self, true);
    return d ? val_ref((Value)d) : err_no_memory();
}

static int set_instance_dict(Value self, Value v, void *c)
{
    if (!v || !val_is_dict(v)) {
        err_set(&Exc_TypeError, v ? "__dict__ must be set to a dictionary, not a '%s'"
                                  : "cannot delete __dict__", v ? type_name(val_type(v)) : "");
        return -1;
    }
    Object **slot = obj_dict_slot(val_as_obj(self), val_type(self));
    Object *old = *slot;
    val_incref(v);
    *slot = val_as_obj(v);
    obj_xdecref(old);
    return 0;
}

static const GetSetDef dict_getsets[] = {
    {"__dict__", get_instance_dict, set_instance_dict, NULL, NULL},
    {0},
};

/* ---- reduce --------------------------------------------------------------------- */

static Value f_reduce(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"function", "iterable", "initial"};
    static const ArgSpec spec = {"reduce", names, 3, 2, 2, 3};
    Value a[3];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    Value it = obj_iter(a[1]);
    if (!it) {
        if (err_matches(&Exc_TypeError)) {
            err_clear();
            err_set(&Exc_TypeError, "reduce() arg 2 must support iteration");
        }
        return VAL_NULL;
    }
    Value acc = a[2] ? val_ref(a[2]) : VAL_NULL;
    Value item;
    while ((item = obj_next(it))) {
        if (!acc) {
            acc = item;
            continue;
        }
        Value r = obj_call2(a[0], acc, item);
        val_decref(acc);
        val_decref(item);
        if (!r) {
            val_decref(it);
            return VAL_NULL;
        }
        acc = r;
    }
    val_decref(it);
    if (err_occurred()) {
        val_xdecref(acc);
        return VAL_NULL;
    }
    if (!acc)
        err_set(&Exc_TypeError, "reduce() of empty iterable with no initial value");
    return acc;
}

/* ---- partial ----------------------------------------------------------------------- */

typedef struct {
    Object base;
    Value fn;
    Value args; /* tuple */
    Value kw;   /* dict */
    Object *dict;
} PartialObj;

extern Type Partial_Type;

static void partial_dealloc(Object *o)
{
    PartialObj *p = (PartialObj *)o;
    val_xdecref(p->fn);
    val_xdecref(p->args);
    val_xdecref(p->kw);
    obj_xdecref(p->dict);
    obj_free(o);
}

static int partial_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    PartialObj *p = (PartialObj *)o;
    Value vs[] = {p->fn, p->args, p->kw, (Value)p->dict};
    for (int i = 0; i < 4; i++) {
        int r = vs[i] ? visit(vs[i], arg) : 0;
        if (r)
            return r;
    }
    return 0;
}

static bool is_callable(Value v) { return val_type(v)->call != NULL; }

static Value partial_new(Type *type, const Value *args, size_t nargs, Object *kwnames)
{
    if (nargs < 1) {
        err_set(&Exc_TypeError, "type 'partial' takes at least one argument");
        return VAL_NULL;
    }
    Value fn = args[0];
    if (!is_callable(fn)) {
        err_set(&Exc_TypeError, "the first argument must be callable");
        return VAL_NULL;
    }
    Value inner_args = VAL_NULL, inner_kw = VAL_NULL;
    if (val_isinstance_type(fn, &Partial_Type)) {
        PartialObj *inner = (PartialObj *)val_as_obj(fn);
        if (!inner->dict || dict_len(inner->dict) == 0) {
            inner_args = inner->args;
            inner_kw = inner->kw;
            fn = inner->fn;
        }
    }
    size_t ninner = inner_args ? (size_t)tuple_size(val_as_obj(inner_args)) : 0;
    size_t nnew = nargs - 1;
    Object *t = tuple_new((ssize_t)(ninner + nnew));
    if (!t)
        return VAL_NULL;
    for (size_t i = 0; i < ninner; i++)
        tuple_items(t)[i] = val_ref(tuple_get(val_as_obj(inner_args), (ssize_t)i));
    for (size_t i = 0; i < nnew; i++)
        tuple_items(t)[ninner + i] = val_ref(args[1 + i]);
    Object *kw = inner_kw ? dict_copy(val_as_obj(inner_kw)) : dict_new();
    if (!kw) {
        obj_decref(t);
        return VAL_NULL;
    }
    for (ssize_t i = 0; kwnames && i < tuple_size(kwnames); i++)
        if (dict_set(kw, tuple_get(kwnames, i), args[nargs + (size_t)i]) < 0) {
            obj_decref(t);
            obj_decref(kw);
            return VAL_NULL;
        }
    PartialObj *p = (PartialObj *)obj_alloc(type, 0);
    if (!p) {
        obj_decref(t);
        obj_decref(kw);
        return VAL_NULL;
    }
    p->fn = val_ref(fn);
    p->args = (Value)t;
    p->kw = (Value)kw;
    return (Value)p;
}

static Value partial_call(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    PartialObj *p = (PartialObj *)val_as_obj(self);
    Object *pargs = val_as_obj(p->args), *pkw = val_as_obj(p->kw);
    size_t np = (size_t)tuple_size(pargs);
    size_t nkw_call = kwnames ? (size_t)tuple_size(kwnames) : 0;
    ssize_t nkw_stored = dict_len(pkw);
    if (np == 0 && nkw_stored == 0)
        return obj_call(p->fn, args, nargs, kwnames);
    if (nkw_stored == 0) {
        size_t total = np + nargs + nkw_call;
        Value small[16];
        Value *buf = total <= 16 ? small : mem_alloc(total * sizeof(Value));
        if (!buf)
            return err_no_memory();
        memcpy(buf, tuple_items(pargs), np * sizeof(Value));
        memcpy(buf + np, args, (nargs + nkw_call) * sizeof(Value));
        Value r = obj_call(p->fn, buf, np + nargs, kwnames);
        if (buf != small)
            mem_free(buf);
        return r;
    }
    /* Stored keywords: merge with the call's (the call's win). */
    Object *kw = dict_copy(pkw);
    if (!kw)
        return VAL_NULL;
    for (size_t i = 0; i < nkw_call; i++)
        if (dict_set(kw, tuple_get(kwnames, (ssize_t)i), args[nargs + i]) < 0) {
            obj_decref(kw);
            return VAL_NULL;
        }
    Object *all = tuple_new((ssize_t)(np + nargs));
    if (!all) {
        obj_decref(kw);
        return VAL_NULL;
    }
    for (size_t i = 0; i < np; i++)
        tuple_items(all)[i] = val_ref(tuple_get(pargs, (ssize_t)i));
    for (size_t i = 0; i < nargs; i++)
        tuple_items(all)[np + i] = val_ref(args[i]);
    Value r = obj_call_tuple_dict(p->fn, (Value)all, (Value)kw);
    obj_decref(all);
    obj_decref(kw);
    return r;
}

static Value partial_repr(Value self)
{
    PartialObj *p = (PartialObj *)val_as_obj(self);
    int rec = obj_repr_enter(self);
    if (rec < 0)
        return VAL_NULL;
    if (rec)
        return str_from_cstr("...");
    StrBuilder b;
    sb_init(&b);
    const char *tn = type_name(val_type(self));
    const char *dot = strrchr(tn, '.');
    Value mod = VAL_NULL;
    if (val_type(self) == &Partial_Type) {
        sb_add_ascii(&b, "functools.partial");
    } else {
        Value modv = VAL_NULL;
        if (obj_lookup_attr((Value)val_type(self), mod_name("__module__"), &modv) > 0 &&
            val_is_str(modv)) {
            sb_add_str(&b, modv);
            sb_add_char(&b, '.');
        }
        val_xdecref(modv);
        Value qn = VAL_NULL;
        if (obj_lookup_attr((Value)val_type(self), mod_name("__qualname__"), &qn) > 0 && val_is_str(qn))
            sb_add_str(&b, qn);
        else
            sb_add_ascii(&b, dot ? dot + 1 : tn);
        val_xdecref(qn);
    }
    (void)mod;
    sb_add_char(&b, '(');
    int bad = sb_add_repr(&b, p->fn);
    Object *pargs = val_as_obj(p->args);
    for (ssize_t i = 0; i < tuple_size(pargs) && !bad; i++) {
        sb_add_ascii(&b, ", ");
        bad = sb_add_repr(&b, tuple_get(pargs, i));
    }
    Object *items = bad ? NULL : dict_items_list(val_as_obj(p->kw));
    if (!bad && !items)
        bad = -1;
    for (ssize_t i = 0; items && i < list_size(items) && !bad; i++) {
        Value kv = list_get(items, i);
        sb_add_ascii(&b, ", ");
        bad = sb_add_strof(&b, tuple_get(val_as_obj(kv), 0));
        if (!bad) {
            sb_add_char(&b, '=');
            bad = sb_add_repr(&b, tuple_get(val_as_obj(kv), 1));
        }
        val_decref(kv);
    }
    if (items)
        obj_decref(items);
    obj_repr_leave(self);
    if (bad) {
        sb_discard(&b);
        return VAL_NULL;
    }
    sb_add_char(&b, ')');
    return sb_finish(&b);
}

static Value partial_reduce(Value self, const Value *args, size_t nargs, Object *kw)
{
    PartialObj *p = (PartialObj *)val_as_obj(self);
    Object *fnt = tuple_pack(1, p->fn);
    Object *state = tuple_pack(4, p->fn, p->args, p->kw, p->dict ? (Value)p->dict : VAL_NONE);
    Object *r = fnt && state ? tuple_pack(3, (Value)val_type(self), (Value)fnt, (Value)state) : NULL;
    if (fnt)
        obj_decref(fnt);
    if (state)
        obj_decref(state);
    return r ? (Value)r : VAL_NULL;
}

static Value partial_setstate(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("__setstate__", nargs, 1, 1) < 0)
        return VAL_NULL;
    Value st = args[0];
    if (!val_is_tuple(st) || tuple_size(val_as_obj(st)) != 4) {
        err_set(&Exc_TypeError, "invalid partial state");
        return VAL_NULL;
    }
    Object *t = val_as_obj(st);
    Value fn = tuple_get(t, 0), fargs = tuple_get(t, 1), fkw = tuple_get(t, 2), dict = tuple_get(t, 3);
    if (!is_callable(fn) || !val_is_tuple(fargs) || (fkw != VAL_NONE && !val_is_dict(fkw))) {
        err_set(&Exc_TypeError, "invalid partial state");
        return VAL_NULL;
    }
    PartialObj *p = (PartialObj *)val_as_obj(self);
    Object *nargs_t = tuple_from_array(tuple_items(val_as_obj(fargs)), tuple_size(val_as_obj(fargs)));
    Object *nkw = fkw == VAL_NONE ? dict_new() : dict_copy(val_as_obj(fkw));
    if (!nargs_t || !nkw) {
        if (nargs_t)
            obj_decref(nargs_t);
        if (nkw)
            obj_decref(nkw);
        return VAL_NULL;
    }
    val_replace(&p->fn, val_ref(fn));
    val_replace(&p->args, (Value)nargs_t);
    val_replace(&p->kw, (Value)nkw);
    if (dict == VAL_NONE) {
        obj_xdecref(p->dict);
        p->dict = NULL;
    } else if (val_is_dict(dict)) {
        val_incref(dict);
        obj_xdecref(p->dict);
        p->dict = val_as_obj(dict);
    }
    return VAL_NONE;
}

static Value partial_class_getitem(Value cls, const Value *args, size_t nargs, Object *kw)
{
    return val_ref(cls);
}

static const MethodDef partial_methods[] = {
    {"__reduce__", partial_reduce, 0, NULL},
    {"__setstate__", partial_setstate, 0, NULL},
    {"__class_getitem__", partial_class_getitem, METH_CLASS, NULL},
    {0},
};

static const MemberDef partial_members[] = {
    {"func", offsetof(PartialObj, fn), MEMBER_READONLY, "function object to use in future partial calls"},
    {"args", offsetof(PartialObj, args), MEMBER_READONLY, "tuple of arguments to future partial calls"},
    {"keywords", offsetof(PartialObj, kw), MEMBER_READONLY, "dictionary of keyword arguments to future partial calls"},
    {0},
};

Type Partial_Type = {
    TYPE_HEADER("functools.partial", partial_dealloc),
    .tflags = TF_BASETYPE | TF_HAS_GC,
    .basicsize = sizeof(PartialObj),
    .dictoffset = offsetof(PartialObj, dict),
    .doc = "Create a new function with partial application of the given arguments\nand keywords.",
    .methods = partial_methods,
    .members = partial_members,
    .getsets = dict_getsets,
    .repr = partial_repr,
    .call = partial_call,
    .tp_new = partial_new,
    .traverse = partial_traverse,
};

/* ---- cmp_to_key ----------------------------------------------------------------------- */

typedef struct {
    Object base;
    Value cmp, obj; /* obj VAL_NULL: the key factory itself */
} KeyObj;

extern Type KeyWrapper_Type;

static void key_dealloc(Object *o)
{
    KeyObj *k = (KeyObj *)o;
    val_xdecref(k->cmp);
    val_xdecref(k->obj);
    obj_free(o);
}

static int key_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    KeyObj *k = (KeyObj *)o;
    int r = k->cmp ? visit(k->cmp, arg) : 0;
    return r ? r : k->obj ? visit(k->obj, arg) : 0;
}

static Value key_make(Value cmp, Value obj)
{
    KeyObj *k = (KeyObj *)obj_alloc(&KeyWrapper_Type, 0);
    if (!k)
        return VAL_NULL;
    k->cmp = val_ref(cmp);
    k->obj = obj ? val_ref(obj) : VAL_NULL;
    return (Value)k;
}

static Value key_call(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"obj"};
    static const ArgSpec spec = {"K", names, 1, 0, 1, 1};
    Value a[1];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    return key_make(((KeyObj *)val_as_obj(self))->cmp, a[0]);
}

static Value key_richcompare(Value a, Value b, int op)
{
    if (val_type(b) != &KeyWrapper_Type) {
        err_set(&Exc_TypeError, "other argument must be K instance");
        return VAL_NULL;
    }
    KeyObj *ka = (KeyObj *)val_as_obj(a), *kb = (KeyObj *)val_as_obj(b);
    if (!ka->obj || !kb->obj) {
        err_set(&Exc_AttributeError, "object");
        return VAL_NULL;
    }
    Value res = obj_call2(ka->cmp, ka->obj, kb->obj);
    if (!res)
        return VAL_NULL;
    Value r = obj_richcompare(res, val_from_int(0), op);
    val_decref(res);
    return r;
}

static Value key_get_obj(Value self, void *c)
{
    KeyObj *k = (KeyObj *)val_as_obj(self);
    if (!k->obj) {
        err_set(&Exc_AttributeError, "obj");
        return VAL_NULL;
    }
    return val_ref(k->obj);
}

static int key_set_obj(Value self, Value v, void *c)
{
    KeyObj *k = (KeyObj *)val_as_obj(self);
    val_replace(&k->obj, v ? val_ref(v) : VAL_NULL);
    return 0;
}

static const GetSetDef key_getsets[] = {
    {"obj", key_get_obj, key_set_obj, NULL, "Value wrapped by a key function."},
    {0},
};

Type KeyWrapper_Type = {
    TYPE_HEADER("functools.KeyWrapper", key_dealloc),
    .tflags = TF_HAS_GC,
    .basicsize = sizeof(KeyObj),
    .getsets = key_getsets,
    .call = key_call,
    .richcompare = key_richcompare,
    .traverse = key_traverse,
};

static Value f_cmp_to_key(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"mycmp"};
    static const ArgSpec spec = {"cmp_to_key", names, 1, 0, 1, 1};
    Value a[1];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    return key_make(a[0], VAL_NULL);
}

/* ---- the LRU cache --------------------------------------------------------------------
 * The cache is a dict from key to node; nodes form a doubly linked ring
 * in recency order (root.next is the oldest). All bookkeeping happens in a
 * critical section on the wrapper; the user function runs outside it. */

typedef struct LruNode {
    Object base;
    struct LruNode *prev, *next; /* not counted: the dict holds the node */
    Value key, result;
} LruNode;

static void lrunode_dealloc(Object *o)
{
    LruNode *n = (LruNode *)o;
    val_xdecref(n->key);
    val_xdecref(n->result);
    obj_free(o);
}

static int lrunode_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    LruNode *n = (LruNode *)o;
    int r = n->key ? visit(n->key, arg) : 0;
    return r ? r : n->result ? visit(n->result, arg) : 0;
}

static Type LruNode_Type = {
    TYPE_HEADER("functools._lru_list_elem", lrunode_dealloc),
    .tflags = TF_HAS_GC,
    .basicsize = sizeof(LruNode),
    .traverse = lrunode_traverse,
};

typedef struct {
    Object base;
    Object *dict;     /* __dict__ (update_wrapper stores __wrapped__ etc.) */
    Value func;
    Value cache;      /* dict: key -> LruNode, or -> result when unbounded */
    Value cache_info_type;
    LruNode root;     /* sentinel of the recency ring (never a live object) */
    int64_t maxsize;  /* -1: unbounded */
    int64_t hits, misses;
    bool typed;
} LruObj;

extern Type LruWrapper_Type;

static Value kwd_mark;

static void lru_unlink(LruNode *n)
{
    n->prev->next = n->next;
    n->next->prev = n->prev;
}

static void lru_append(LruObj *l, LruNode *n)
{
    LruNode *last = l->root.prev;
    last->next = n;
    n->prev = last;
    n->next = &l->root;
    l->root.prev = n;
}

static void lru_dealloc(Object *o)
{
    LruObj *l = (LruObj *)o;
    obj_xdecref(l->dict);
    val_xdecref(l->func);
    val_xdecref(l->cache);
    val_xdecref(l->cache_info_type);
    obj_free(o);
}

static int lru_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    LruObj *l = (LruObj *)o;
    Value vs[] = {(Value)l->dict, l->func, l->cache, l->cache_info_type};
    for (int i = 0; i < 4; i++) {
        int r = vs[i] ? visit(vs[i], arg) : 0;
        if (r)
            return r;
    }
    return 0;
}

static Value lru_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"user_function", "maxsize", "typed", "cache_info_type"};
    static const ArgSpec spec = {"_lru_cache_wrapper", names, 4, 0, 4, 4};
    Value a[4];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    if (!is_callable(a[0])) {
        err_set(&Exc_TypeError, "the first argument must be callable");
        return VAL_NULL;
    }
    int64_t maxsize = -1;
    if (a[1] != VAL_NONE) {
        if (!val_is_int_like(a[1])) {
            err_set(&Exc_TypeError, "maxsize should be integer or None");
            return VAL_NULL;
        }
        if (int_as_i64(a[1], &maxsize) < 0) {
            err_clear();
            maxsize = INT64_MAX;
        }
        if (maxsize < 0)
            maxsize = 0;
    }
    int typed = obj_is_true(a[2]);
    if (typed < 0)
        return VAL_NULL;
    Object *cache = dict_new();
    if (!cache)
        return VAL_NULL;
    LruObj *l = (LruObj *)obj_alloc(type, 0);
    if (!l) {
        obj_decref(cache);
        return VAL_NULL;
    }
    l->func = val_ref(a[0]);
    l->cache = (Value)cache;
    l->cache_info_type = val_ref(a[3]);
    l->maxsize = maxsize;
    l->typed = typed;
    l->root.prev = l->root.next = &l->root;
    return (Value)l;
}

/* The cache key of a call, as functools._make_key builds it. */
static Value lru_make_key(LruObj *l, const Value *args, size_t nargs, Object *kwnames)
{
    size_t nkw = kwnames ? (size_t)tuple_size(kwnames) : 0;
    if (nkw == 0 && nargs == 1 && !l->typed) {
        Type *t = val_type(args[0]);
        if (t == &Int_Type || t == &Str_Type)
            return val_ref(args[0]);
    }
    size_t size = nargs + (nkw ? 1 + 2 * nkw : 0);
    if (l->typed)
        size += nargs + nkw;
    Object *key = tuple_new((ssize_t)size);
    if (!key)
        return VAL_NULL;
    Value *out = tuple_items(key);
    size_t k = 0;
    for (size_t i = 0; i < nargs; i++)
        out[k++] = val_ref(args[i]);
    if (nkw) {
        out[k++] = val_ref(kwd_mark);
        for (size_t i = 0; i < nkw; i++) {
            out[k++] = val_ref(tuple_get(kwnames, (ssize_t)i));
            out[k++] = val_ref(args[nargs + i]);
        }
    }
    if (l->typed) {
        for (size_t i = 0; i < nargs; i++)
            out[k++] = val_ref((Value)val_type(args[i]));
        for (size_t i = 0; i < nkw; i++)
            out[k++] = val_ref((Value)val_type(args[nargs + i]));
    }
    return (Value)key;
}

static Value lru_call(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    LruObj *l = (LruObj *)val_as_obj(self);
    CriticalSection cs;
    if (l->maxsize == 0) {
        cs_begin(&cs, &l->base);
        l->misses++;
        cs_end(&cs);
        return obj_call(l->func, args, nargs, kwnames);
    }
    Value key = lru_make_key(l, args, nargs, kwnames);
    if (!key)
        return VAL_NULL;
    hash_t h = obj_hash(key);
    if (h == -1 && err_occurred()) {
        val_decref(key);
        return VAL_NULL;
    }
    Object *cache = val_as_obj(l->cache);
    Value found;
    cs_begin(&cs, &l->base);
    int f = dict_get_hashed(cache, key, h, &found);
    if (f > 0) {
        Value r;
        if (l->maxsize < 0) {
            r = found;
        } else {
            LruNode *n = (LruNode *)val_as_obj(found);
            lru_unlink(n);
            lru_append(l, n);
            r = val_ref(n->result);
            val_decref(found);
        }
        l->hits++;
        cs_end(&cs);
        val_decref(key);
        return r;
    }
    if (f == 0)
        l->misses++;
    cs_end(&cs);
    if (f < 0) {
        val_decref(key);
        return VAL_NULL;
    }
    Value result = obj_call(l->func, args, nargs, kwnames);
    if (!result) {
        val_decref(key);
        return VAL_NULL;
    }
    cs_begin(&cs, &l->base);
    int r = 0;
    if (l->maxsize < 0) {
        r = dict_set(cache, key, result);
    } else {
        /* Another call may have stored the key while we ran the function. */
        f = dict_get_hashed(cache, key, h, &found);
        if (f > 0) {
            val_decref(found);
        } else if (f == 0) {
            if (dict_len(cache) >= l->maxsize && l->root.next != &l->root) {
                LruNode *old = l->root.next;
                lru_unlink(old);
                Value oldkey = val_ref(old->key);
                /* The dict's reference keeps the node alive until this delete. */
                r = dict_del(cache, oldkey) < 0 ? -1 : 0;
                val_decref(oldkey);
            }
            if (r == 0) {
                LruNode *n = (LruNode *)obj_alloc(&LruNode_Type, 0);
                if (!n) {
                    r = -1;
                } else {
                    n->key = val_ref(key);
                    n->result = val_ref(result);
                    r = dict_set(cache, key, (Value)n);
                    if (r == 0)
                        lru_append(l, n);
                    obj_decref(&n->base);
                }
            }
        } else {
            r = -1;
        }
    }
    cs_end(&cs);
    val_decref(key);
    if (r < 0) {
        val_decref(result);
        return VAL_NULL;
    }
    return result;
}

static Value lru_cache_info(Value self, const Value *args, size_t nargs, Object *kw)
{
    LruObj *l = (LruObj *)val_as_obj(self);
    CriticalSection cs;
    cs_begin(&cs, &l->base);
    int64_t hits = l->hits, misses = l->misses;
    ssize_t size = dict_len(val_as_obj(l->cache));
    cs_end(&cs);
    Value vals[4] = {int_from_i64(hits), int_from_i64(misses),
                     l->maxsize < 0 ? VAL_NONE : int_from_i64(l->maxsize), int_from_i64(size)};
    Value r = obj_call(l->cache_info_type, vals, 4, NULL);
    for (int i = 0; i < 4; i++)
        val_decref(vals[i]);
    return r;
}

static Value lru_cache_clear(Value self, const Value *args, size_t nargs, Object *kw)
{
    LruObj *l = (LruObj *)val_as_obj(self);
    Object *fresh = dict_new();
    if (!fresh)
        return VAL_NULL;
    CriticalSection cs;
    cs_begin(&cs, &l->base);
    Value old = l->cache;
    l->cache = (Value)fresh;
    l->root.prev = l->root.next = &l->root;
    l->hits = l->misses = 0;
    cs_end(&cs);
    val_decref(old); /* outside the section: keys' __del__ may run */
    return VAL_NONE;
}

static Value lru_descr_get(Value self, Value obj, Value owner)
{
    if (!obj || obj == VAL_NONE)
        return val_ref(self);
    return method_new(self, obj);
}

static Value lru_reduce(Value self, const Value *args, size_t nargs, Object *kw)
{
    return obj_getattr_cstr(self, "__qualname__");
}

static Value lru_copy(Value self, const Value *args, size_t nargs, Object *kw)
{
    return val_ref(self);
}

static const MethodDef lru_methods[] = {
    {"cache_info", lru_cache_info, 0, "Report cache statistics"},
    {"cache_clear", lru_cache_clear, 0, "Clear the cache and cache statistics"},
    {"__reduce__", lru_reduce, 0, NULL},
    {"__copy__", lru_copy, 0, NULL},
    {"__deepcopy__", lru_copy, 0, NULL},
    {0},
};

Type LruWrapper_Type = {
    TYPE_HEADER("functools._lru_cache_wrapper", lru_dealloc),
    .tflags = TF_BASETYPE | TF_HAS_GC | TF_METHOD_DESCR,
    .basicsize = sizeof(LruObj),
    .dictoffset = offsetof(LruObj, dict),
    .methods = lru_methods,
    .getsets = dict_getsets,
    .call = lru_call,
    .descr_get = lru_descr_get,
    .tp_new = lru_new,
    .traverse = lru_traverse,
};

static const MethodDef functools_functions[] = {
    {"reduce", f_reduce, 0, "Apply a function of two arguments cumulatively to the items of an iterable, from left to right."},
    {"cmp_to_key", f_cmp_to_key, 0, "Convert a cmp= function into a key= function."},
    {0},
};

int _functools_module_init(Value m)
{
    if (!kwd_mark) {
        Value mark = obj_call0((Value)&Object_Type);
        if (!mark)
            return -1;
        kwd_mark = mark; /* kept for the life of the process */
    }
    if (type_ready(&LruNode_Type) < 0 || type_ready(&KeyWrapper_Type) < 0 ||
        module_add_functions(m, functools_functions) < 0 || module_add_type(m, &Partial_Type) < 0 ||
        module_add_type(m, &LruWrapper_Type) < 0 || module_add(m, "KeyWrapper", (Value)&KeyWrapper_Type) < 0)
        return -1;
    return 0;
}
