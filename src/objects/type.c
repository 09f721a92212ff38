/* Type objects: readying static types, the C3 MRO, attribute lookup with
 * a lock-free global cache, type.__call__, and the `type` type itself.
 * Class creation (type.__new__) is in type_new.c. */
#include <string.h>

#include "objects/descr.h"
#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/genericalias.h"
#include "objects/intobj.h"
#include "objects/listobj.h"
#include "objects/module.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "objects/type_internal.h"
#include "mutex.h"

/* ---- Subclass lists (weak: a heap type removes itself when it dies) ------- */

typedef struct SubclassList {
    size_t n, cap;
    Type *items[];
} SubclassList;

static Mutex subclass_lock;

void type_add_subclass(Type *base, Type *sub)
{
    mutex_lock(&subclass_lock);
    SubclassList *l = base->subclasses;
    if (!l || l->n == l->cap) {
        size_t cap = l ? l->cap * 2 : 4;
        SubclassList *nl = mem_realloc(l, sizeof(SubclassList) + cap * sizeof(Type *));
        if (!nl) {
            mutex_unlock(&subclass_lock);
            return; /* only costs cache invalidation precision: see type_modified */
        }
        if (!l)
            nl->n = 0;
        nl->cap = cap;
        l = nl;
        base->subclasses = l;
    }
    l->items[l->n++] = sub;
    mutex_unlock(&subclass_lock);
}

void type_remove_subclass(Type *base, Type *sub)
{
    mutex_lock(&subclass_lock);
    SubclassList *l = base->subclasses;
    for (size_t i = 0; l && i < l->n; i++) {
        if (l->items[i] == sub) {
            l->items[i] = l->items[--l->n];
            break;
        }
    }
    mutex_unlock(&subclass_lock);
}

/* Calls fn on a snapshot of t's direct subclasses (each kept alive). */
void type_for_each_subclass(Type *t, void (*fn)(Type *, int), int arg)
{
    mutex_lock(&subclass_lock);
    SubclassList *l = t->subclasses;
    size_t n = l ? l->n : 0;
    Type **snap = n ? mem_alloc(n * sizeof(Type *)) : NULL;
    for (size_t i = 0; i < n && snap; i++) {
        snap[i] = l->items[i];
        obj_incref(&snap[i]->core.base);
    }
    mutex_unlock(&subclass_lock);
    if (!snap)
        return;
    for (size_t i = 0; i < n; i++) {
        fn(snap[i], arg);
        obj_decref(&snap[i]->core.base);
    }
    mem_free(snap);
}

Object *type_subclasses_list(Type *t)
{
    Object *list = list_new(0);
    if (!list)
        return NULL;
    mutex_lock(&subclass_lock);
    SubclassList *l = t->subclasses;
    size_t n = l ? l->n : 0;
    Value *snap = n ? mem_alloc(n * sizeof(Value)) : NULL;
    for (size_t i = 0; i < n && snap; i++)
        snap[i] = val_ref((Value)l->items[i]);
    mutex_unlock(&subclass_lock);
    for (size_t i = 0; i < n && snap; i++) {
        list_append(list, snap[i]);
        val_decref(snap[i]);
    }
    mem_free(snap);
    return list;
}

/* ---- Attribute lookup and its cache ------------------------------------------
 * A global direct-mapped cache keyed by (version tag, interned name). Each
 * entry is guarded by a sequence counter: readers take no lock and retry on
 * a torn read (treat as a miss); writers claim an entry with a CAS to an
 * odd sequence. A type's version tag is reset to 0 when it or a base
 * changes; a new tag is never equal to an old one, so stale entries die. */

#define MCACHE_BITS 12
#define MCACHE_SIZE (1u << MCACHE_BITS)

typedef struct {
    _Atomic uint32_t seq;
    _Atomic uint32_t version;
    _Atomic(Object *) name;
    _Atomic Value value;
} MCacheEntry;

static MCacheEntry mcache[MCACHE_SIZE];
static _Atomic uint32_t next_version = 1;

static inline size_t mcache_index(uint32_t version, Object *name)
{
    return ((version * 2654435761u) ^ (uint32_t)((uintptr_t)name >> 4)) & (MCACHE_SIZE - 1);
}

static Value lookup_mro(Type *t, Object *name)
{
    Object *mro = t->mro;
    if (!mro) {
        /* Not ready yet (during type_ready of a base): search t alone. */
        Value v;
        if (t->dict && dict_get_str(t->dict, name, &v) > 0) {
            val_decref(v);
            return v;
        }
        return VAL_NULL;
    }
    ssize_t n = tuple_size(mro);
    for (ssize_t i = 0; i < n; i++) {
        Type *b = (Type *)val_as_obj(tuple_get(mro, i));
        Value v;
        int found = dict_get_str(b->dict, name, &v);
        if (found > 0) {
            val_decref(v); /* the dict keeps it alive: callers get it borrowed */
            return v;
        }
        if (found < 0)
            err_clear(); /* str keys cannot fail to hash or compare */
    }
    return VAL_NULL;
}

Value type_lookup(Type *t, Object *name)
{
    bool cacheable = ((StrObj *)name)->interned;
    uint32_t version = atomic_load_explicit(&t->version, memory_order_acquire);
    if (cacheable && version) {
        MCacheEntry *e = &mcache[mcache_index(version, name)];
        uint32_t s1 = atomic_load_explicit(&e->seq, memory_order_acquire);
        if (!(s1 & 1)) {
            uint32_t ev = atomic_load_explicit(&e->version, memory_order_relaxed);
            Object *en = atomic_load_explicit(&e->name, memory_order_relaxed);
            Value v = atomic_load_explicit(&e->value, memory_order_relaxed);
            atomic_thread_fence(memory_order_acquire);
            if (atomic_load_explicit(&e->seq, memory_order_relaxed) == s1 && ev == version && en == name)
                return v;
        }
    }
    if (cacheable && !version && (t->tflags & TF_READY)) {
        uint32_t nv = atomic_fetch_add_explicit(&next_version, 1, memory_order_relaxed);
        if (nv == 0)
            nv = atomic_fetch_add_explicit(&next_version, 1, memory_order_relaxed);
        uint32_t expected = 0;
        if (atomic_compare_exchange_strong(&t->version, &expected, nv))
            version = nv;
        else
            version = expected;
    }
    Value v = lookup_mro(t, name);
    if (cacheable && version) {
        MCacheEntry *e = &mcache[mcache_index(version, name)];
        uint32_t s = atomic_load_explicit(&e->seq, memory_order_relaxed);
        if (!(s & 1) && atomic_compare_exchange_strong_explicit(&e->seq, &s, s + 1,
                                                                memory_order_acquire,
                                                                memory_order_relaxed)) {
            atomic_store_explicit(&e->version, version, memory_order_relaxed);
            atomic_store_explicit(&e->name, name, memory_order_relaxed);
            atomic_store_explicit(&e->value, v, memory_order_relaxed);
            atomic_store_explicit(&e->seq, s + 2, memory_order_release);
        }
    }
    return v;
}

static void modified_visit(Type *t, int depth)
{
    if (depth > 1000)
        return;
    atomic_store_explicit(&t->version, 0, memory_order_release);
    type_for_each_subclass(t, modified_visit, depth + 1);
}

void type_modified(Type *t) { modified_visit(t, 0); }

bool type_is_subtype(const Type *a, const Type *b)
{
    if (a == b)
        return true;
    Object *mro = a->mro;
    if (mro) {
        ssize_t n = tuple_size(mro);
        for (ssize_t i = 0; i < n; i++)
            if (tuple_get(mro, i) == (Value)b)
                return true;
        return false;
    }
    for (a = a->base; a; a = a->base)
        if (a == b)
            return true;
    return b == &Object_Type;
}

const char *type_name(const Type *t)
{
    return t->core.name;
}

/* ---- C3 linearisation -------------------------------------------------------- */

static bool tail_contains(Object **seqs, size_t *heads, size_t nseq, Value cand)
{
    for (size_t i = 0; i < nseq; i++) {
        ssize_t n = tuple_size(seqs[i]);
        for (ssize_t j = (ssize_t)heads[i] + 1; j < n; j++)
            if (tuple_get(seqs[i], j) == cand)
                return true;
    }
    return false;
}

static void mro_error(Object **seqs, size_t *heads, size_t nseq)
{
    StrBuilder b;
    sb_init(&b);
    sb_add_ascii(&b, "Cannot create a consistent method resolution order (MRO) for bases");
    Value seen[64];
    size_t nseen = 0;
    for (size_t i = 0; i < nseq; i++) {
        if ((ssize_t)heads[i] >= tuple_size(seqs[i]))
            continue;
        Value c = tuple_get(seqs[i], (ssize_t)heads[i]);
        bool dup = false;
        for (size_t k = 0; k < nseen; k++)
            dup |= seen[k] == c;
        if (dup || nseen == 64)
            continue;
        seen[nseen++] = c;
        sb_add_ascii(&b, nseen == 1 ? " " : ", ");
        Type *ct = (Type *)val_as_obj(c);
        if (ct->name_obj)
            sb_add_str(&b, (Value)ct->name_obj);
        else
            sb_add_ascii(&b, ct->core.name);
    }
    Value msg = sb_finish(&b);
    if (msg) {
        err_set_value(&Exc_TypeError, msg);
        val_decref(msg);
    }
}

/* The C3 merge of the bases' MROs and the bases list itself. */
Object *type_compute_mro(Type *t, Object *bases)
{
    ssize_t nb = tuple_size(bases);
    size_t nseq = (size_t)nb + 1;
    Object **seqs = mem_alloc(nseq * sizeof(Object *));
    size_t *heads = mem_calloc(nseq, sizeof(size_t));
    Object *out = list_new(0);
    Object *result = NULL;
    if (!seqs || !heads || !out)
        goto done;
    for (ssize_t i = 0; i < nb; i++) {
        Type *b = (Type *)val_as_obj(tuple_get(bases, i));
        seqs[i] = b->mro;
    }
    seqs[nb] = bases;
    if (list_append(out, (Value)t) < 0)
        goto done;
    for (;;) {
        Value cand = VAL_NULL;
        bool empty = true;
        for (size_t i = 0; i < nseq; i++) {
            if ((ssize_t)heads[i] >= tuple_size(seqs[i]))
                continue;
            empty = false;
            Value c = tuple_get(seqs[i], (ssize_t)heads[i]);
            if (!tail_contains(seqs, heads, nseq, c)) {
                cand = c;
                break;
            }
        }
        if (empty)
            break;
        if (!cand) {
            mro_error(seqs, heads, nseq);
            goto done;
        }
        if (list_append(out, cand) < 0)
            goto done;
        for (size_t i = 0; i < nseq; i++)
            if ((ssize_t)heads[i] < tuple_size(seqs[i]) && tuple_get(seqs[i], (ssize_t)heads[i]) == cand)
                heads[i]++;
    }
    result = list_as_tuple(out);
done:
    mem_free(seqs);
    mem_free(heads);
    obj_xdecref(out);
    return result;
}

/* ---- Readying static types ------------------------------------------------------ */

#define INHERIT(field)                                                              \
    do {                                                                            \
        if (!t->field)                                                              \
            t->field = b->field;                                                    \
    } while (0)

static void inherit_slots(Type *t, Type *b)
{
    uint32_t inherited_flags = TF_INT_SUBCLASS | TF_STR_SUBCLASS | TF_TUPLE_SUBCLASS |
                               TF_LIST_SUBCLASS | TF_DICT_SUBCLASS | TF_BYTES_SUBCLASS |
                               TF_TYPE_SUBCLASS | TF_EXC_SUBCLASS | TF_FLOAT_SUBCLASS | TF_HAS_GC;
    t->tflags |= b->tflags & inherited_flags;
    if (!t->core.dealloc)
        t->core.dealloc = b->core.dealloc;
    if (!t->basicsize)
        t->basicsize = b->basicsize;
    if (!t->itemsize)
        t->itemsize = b->itemsize;
    if (!t->dictoffset)
        t->dictoffset = b->dictoffset;
    if (!t->weaklistoffset)
        t->weaklistoffset = b->weaklistoffset;
    INHERIT(finalize);
    INHERIT(repr);
    INHERIT(str);
    if (!t->hash && !t->richcompare) {
        t->hash = b->hash;
        t->richcompare = b->richcompare;
    }
    INHERIT(getattr);
    INHERIT(setattr);
    INHERIT(call);
    INHERIT(iter);
    INHERIT(iternext);
    INHERIT(descr_get);
    INHERIT(descr_set);
    /* Static types whose base is object do not inherit object's __new__:
     * "cannot create 'x' instances", as in CPython. */
    if (!t->tp_new && (b != &Object_Type || (t->tflags & TF_HEAPTYPE)))
        t->tp_new = b->tp_new;
    INHERIT(init);
    INHERIT(traverse);
    INHERIT(clear);
    for (int i = 0; i < BINOP_COUNT; i++) {
        INHERIT(binop[i]);
        INHERIT(inplace[i]);
    }
    INHERIT(pow3);
    INHERIT(neg);
    INHERIT(pos);
    INHERIT(invert);
    INHERIT(absolute);
    INHERIT(boolean);
    INHERIT(to_int);
    INHERIT(to_float);
    INHERIT(index);
    INHERIT(len);
    INHERIT(getitem);
    INHERIT(setitem);
    INHERIT(contains);
}

static int add_descriptors(Type *t)
{
    for (const MethodDef *m = t->methods; m && m->name; m++) {
        Value d = descr_new_method(t, m);
        if (!d || dict_set_cstr(t->dict, m->name, d) < 0)
            return -1;
        val_decref(d);
    }
    for (const GetSetDef *g = t->getsets; g && g->name; g++) {
        Value d = descr_new_getset(t, g);
        if (!d || dict_set_cstr(t->dict, g->name, d) < 0)
            return -1;
        val_decref(d);
    }
    for (const MemberDef *m = t->members; m && m->name; m++) {
        Value d = descr_new_member(t, m, NULL);
        if (!d || dict_set_cstr(t->dict, m->name, d) < 0)
            return -1;
        val_decref(d);
    }
    return 0;
}

int type_ready(Type *t)
{
    if (t->tflags & TF_READY)
        return 0;
    if (t != &Object_Type && !t->base)
        t->base = &Object_Type;
    if (t->base && type_ready(t->base) < 0)
        return -1;
    t->tflags |= TF_READY;
    if (t->base)
        inherit_slots(t, t->base);
    if (!t->bases)
        t->bases = t->base ? tuple_pack(1, (Value)t->base) : tuple_new(0);
    if (!t->bases)
        return -1;
    if (!t->mro) {
        if (t->base) {
            Object *bm = t->base->mro;
            ssize_t n = tuple_size(bm);
            Object *mro = tuple_new(n + 1);
            if (!mro)
                return -1;
            tuple_items(mro)[0] = (Value)t;
            for (ssize_t i = 0; i < n; i++)
                tuple_items(mro)[i + 1] = tuple_get(bm, i);
            t->mro = mro;
        } else {
            t->mro = tuple_pack(1, (Value)t);
        }
        if (!t->mro)
            return -1;
    }
    if (!t->dict) {
        t->dict = dict_new();
        if (!t->dict)
            return -1;
        obj_set_immortal(t->dict);
    }
    if (add_descriptors(t) < 0 || type_add_slot_wrappers(t) < 0)
        return -1;
    /* Instances with a dict of their own get a __dict__ attribute. */
    if (t->dictoffset && (!t->base || t->base->dictoffset != t->dictoffset)) {
        Value existing;
        int found = dict_get_cstr(t->dict, "__dict__", &existing);
        if (found > 0)
            val_decref(existing);
        else if (found == 0) {
            Value d = descr_new_getset(t, &subtype_dict_getset);
            if (!d || dict_set_cstr(t->dict, "__dict__", d) < 0)
                return -1;
            val_decref(d);
        }
    }
    Value doc = t->doc ? str_from_cstr(t->doc) : VAL_NONE;
    if (!doc)
        return -1;
    Value existing;
    int found = dict_get_cstr(t->dict, "__doc__", &existing);
    if (found > 0)
        val_decref(existing);
    else if (dict_set_cstr(t->dict, "__doc__", doc) < 0)
        return -1;
    val_decref(doc);
    if (t->base)
        type_add_subclass(t->base, t);
    return 0;
}

/* ---- type.__call__ ---------------------------------------------------------------- */

static Value type_call(Value callable, const Value *args, size_t nargs, Object *kwnames)
{
    Type *t = (Type *)val_as_obj(callable);
    if (t == &Type_Type && nargs == 1 && !kwnames)
        return val_ref((Value)val_type(args[0]));
    if (!t->tp_new) {
        err_set(&Exc_TypeError, "cannot create '%s' instances", type_name(t));
        return VAL_NULL;
    }
    Value obj = t->tp_new(t, args, nargs, kwnames);
    if (!obj)
        return VAL_NULL;
    if (!val_isinstance_type(obj, t))
        return obj;
    Type *ot = val_type(obj);
    if (ot->init && ot->init(obj, args, nargs, kwnames) < 0) {
        val_decref(obj);
        return VAL_NULL;
    }
    return obj;
}

/* ---- Attributes of types ------------------------------------------------------------ */

static Value type_getattro(Value self, Object *name)
{
    Type *t = (Type *)val_as_obj(self);
    Type *meta = val_type(self);
    Value meta_attr = type_lookup(meta, name);
    Value (*meta_get)(Value, Value, Value) = NULL;
    if (meta_attr) {
        val_incref(meta_attr);
        meta_get = val_type(meta_attr)->descr_get;
        if (meta_get && val_type(meta_attr)->descr_set) {
            Value r = meta_get(meta_attr, self, (Value)meta);
            val_decref(meta_attr);
            return r;
        }
    }
    Value attr = type_lookup(t, name);
    if (attr) {
        val_incref(attr);
        val_xdecref(meta_attr);
        Value (*get)(Value, Value, Value) = val_type(attr)->descr_get;
        if (get) {
            Value r = get(attr, VAL_NULL, self);
            val_decref(attr);
            return r;
        }
        return attr;
    }
    if (meta_get) {
        Value r = meta_get(meta_attr, self, (Value)meta);
        val_decref(meta_attr);
        return r;
    }
    if (meta_attr)
        return meta_attr;
    if (t->name_obj)
        err_attribute(self, name, "type object '%U' has no attribute '%U'", t->name_obj, name);
    else
        err_attribute(self, name, "type object '%s' has no attribute '%U'", type_name(t), name);
    return VAL_NULL;
}

static bool is_dunder(Object *name)
{
    StrObj *s = (StrObj *)name;
    if (s->length < 5 || s->kind != 1)
        return false;
    const char *d = str_data(s);
    return d[0] == '_' && d[1] == '_' && d[s->length - 1] == '_' && d[s->length - 2] == '_';
}

static int type_setattro(Value self, Object *name, Value v)
{
    Type *t = (Type *)val_as_obj(self);
    if (!(t->tflags & TF_HEAPTYPE)) {
        err_set(&Exc_TypeError, "cannot set %R attribute of immutable type '%s'", (Value)name,
                type_name(t));
        return -1;
    }
    Value meta_attr = type_lookup(val_type(self), name);
    if (meta_attr && val_type(meta_attr)->descr_set) {
        val_incref(meta_attr);
        int r = val_type(meta_attr)->descr_set(meta_attr, self, v);
        val_decref(meta_attr);
        return r;
    }
    int r;
    if (v) {
        r = dict_set_str(t->dict, name, v);
    } else {
        r = dict_del_str(t->dict, name);
        if (r == 0) {
            err_set(&Exc_AttributeError, "type object '%U' has no attribute '%U'", t->name_obj, name);
            r = -1;
        }
    }
    type_modified(t);
    if (r >= 0 && is_dunder(name))
        type_fixup_slots(t);
    return r < 0 ? -1 : 0;
}

Value type_repr(Value v)
{
    Type *t = (Type *)val_as_obj(v);
    if (t->tflags & TF_HEAPTYPE) {
        Value mod;
        int found = dict_get_cstr(t->dict, "__module__", &mod);
        if (found < 0)
            return VAL_NULL;
        Value r;
        if (found && val_is_str(mod) && !str_eq_cstr(val_as_str(mod), "builtins"))
            r = str_printf("<class '%U.%U'>", val_as_obj(mod), t->qualname);
        else
            r = str_printf("<class '%U'>", t->qualname);
        val_xdecref(mod);
        return r;
    }
    return str_printf("<class '%s'>", t->core.name);
}

static Value type_tp_new(Type *meta, const Value *args, size_t nargs, Object *kwnames)
{
    if (meta == &Type_Type && nargs == 1 && !kwnames)
        return val_ref((Value)val_type(args[0]));
    if (nargs != 3) {
        err_set(&Exc_TypeError, "type() takes 1 or 3 arguments");
        return VAL_NULL;
    }
    if (!val_is_str(args[0])) {
        err_set(&Exc_TypeError, "type.__new__() argument 1 must be str, not %s",
                type_name(val_type(args[0])));
        return VAL_NULL;
    }
    if (!val_is_tuple(args[1])) {
        err_set(&Exc_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                type_name(val_type(args[1])));
        return VAL_NULL;
    }
    if (!val_is_dict(args[2])) {
        err_set(&Exc_TypeError, "type.__new__() argument 3 must be dict, not %s",
                type_name(val_type(args[2])));
        return VAL_NULL;
    }
    Object *kwargs = NULL;
    if (kwnames && tuple_size(kwnames)) {
        kwargs = dict_new();
        if (!kwargs)
            return VAL_NULL;
        for (ssize_t i = 0; i < tuple_size(kwnames); i++)
            if (dict_set(kwargs, tuple_get(kwnames, i), args[nargs + (size_t)i]) < 0) {
                obj_decref(kwargs);
                return VAL_NULL;
            }
    }
    Value r = type_new_class(meta, val_as_obj(args[0]), val_as_obj(args[1]), val_as_obj(args[2]),
                             kwargs);
    obj_xdecref(kwargs);
    return r;
}

static int type_init(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (nargs != 1 && nargs != 3) {
        err_set(&Exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

/* ---- getsets of type --------------------------------------------------------------- */

static Value type_get_name(Value self, void *c)
{
    Type *t = (Type *)val_as_obj(self);
    if (t->name_obj)
        return val_ref((Value)t->name_obj);
    const char *dot = strrchr(t->core.name, '.');
    return str_from_cstr(dot ? dot + 1 : t->core.name);
}

static int type_check_settable(Type *t, const char *what)
{
    if (!(t->tflags & TF_HEAPTYPE)) {
        err_set(&Exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", what, type_name(t));
        return -1;
    }
    return 0;
}

static int type_set_name(Value self, Value v, void *c)
{
    Type *t = (Type *)val_as_obj(self);
    if (type_check_settable(t, "__name__") < 0)
        return -1;
    if (!v || !val_is_str(v)) {
        err_set(&Exc_TypeError, "can only assign string to %s.__name__, not '%s'", type_name(t),
                v ? type_name(val_type(v)) : "NoneType");
        return -1;
    }
    const char *u = str_utf8(val_as_str(v), NULL);
    if (!u)
        return -1;
    Object *old = t->name_obj;
    t->name_obj = val_as_obj(val_ref(v));
    t->core.name = u;
    obj_decref(old);
    return 0;
}

static Value type_get_qualname(Value self, void *c)
{
    Type *t = (Type *)val_as_obj(self);
    if (t->qualname)
        return val_ref((Value)t->qualname);
    return type_get_name(self, c);
}

static int type_set_qualname(Value self, Value v, void *c)
{
    Type *t = (Type *)val_as_obj(self);
    if (type_check_settable(t, "__qualname__") < 0)
        return -1;
    if (!v || !val_is_str(v)) {
        err_set(&Exc_TypeError, "can only assign string to %s.__qualname__, not '%s'",
                type_name(t), v ? type_name(val_type(v)) : "NoneType");
        return -1;
    }
    Object *old = t->qualname;
    t->qualname = val_as_obj(val_ref(v));
    obj_xdecref(old);
    return 0;
}

static Value type_get_module(Value self, void *c)
{
    Type *t = (Type *)val_as_obj(self);
    if (t->tflags & TF_HEAPTYPE) {
        Value m;
        int found = dict_get_cstr(t->dict, "__module__", &m);
        if (found < 0)
            return VAL_NULL;
        if (!found) {
            err_set(&Exc_AttributeError, "__module__");
            return VAL_NULL;
        }
        return m;
    }
    const char *dot = strrchr(t->core.name, '.');
    if (dot)
        return str_from_utf8(t->core.name, dot - t->core.name);
    return str_from_cstr("builtins");
}

static int type_set_module(Value self, Value v, void *c)
{
    Type *t = (Type *)val_as_obj(self);
    if (type_check_settable(t, "__module__") < 0)
        return -1;
    type_modified(t);
    return v ? dict_set_cstr(t->dict, "__module__", v) : (dict_del_str(t->dict, str_intern_cstr("__module__")) < 0 ? -1 : 0);
}

static Value type_get_bases(Value self, void *c) { return val_ref((Value)((Type *)val_as_obj(self))->bases); }
/* C.__bases__ = (...): same instance layout required; the MRO, the slots
 * and the subclass lists follow. */
static int type_set_bases(Value self, Value v, void *c)
{
    Type *t = (Type *)val_as_obj(self);
    if (type_check_settable(t, "__bases__") < 0)
        return -1;
    if (!v) {
        err_set(&Exc_TypeError, "cannot delete '__bases__' attribute of immutable type '%s'", type_name(t));
        return -1;
    }
    if (!val_is_tuple(v)) {
        err_set(&Exc_TypeError, "can only assign tuple to %s.__bases__, not %s", type_name(t),
                type_name(val_type(v)));
        return -1;
    }
    Object *nb = val_as_obj(v);
    if (tuple_size(nb) == 0) {
        err_set(&Exc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", type_name(t));
        return -1;
    }
    for (ssize_t i = 0; i < tuple_size(nb); i++) {
        Value b = tuple_get(nb, i);
        if (!val_type_has(b, TF_TYPE_SUBCLASS)) {
            err_set(&Exc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'", type_name(t),
                    type_name(val_type(b)));
            return -1;
        }
        if (type_is_subtype((Type *)val_as_obj(b), t)) {
            err_set(&Exc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    Type *new_base = (Type *)val_as_obj(tuple_get(nb, 0));
    if (new_base->basicsize > t->basicsize || new_base->core.dealloc != t->base->core.dealloc) {
        err_set(&Exc_TypeError, "__bases__ assignment: '%s' deallocator differs from '%s'",
                type_name(new_base), type_name(t->base));
        return -1;
    }
    Object *mro = type_compute_mro(t, nb);
    if (!mro)
        return -1;
    for (ssize_t i = 0; i < tuple_size(t->bases); i++)
        type_remove_subclass((Type *)val_as_obj(tuple_get(t->bases, i)), t);
    Object *old_bases = t->bases, *old_mro = t->mro;
    Type *old_base = t->base;
    obj_incref(nb);
    t->bases = nb;
    t->mro = mro;
    obj_incref(&new_base->core.base);
    t->base = new_base;
    for (ssize_t i = 0; i < tuple_size(nb); i++)
        type_add_subclass((Type *)val_as_obj(tuple_get(nb, i)), t);
    obj_decref(old_bases);
    obj_decref(old_mro);
    obj_decref(&old_base->core.base);
    type_modified(t);
    type_fixup_slots(t);
    return 0;
}

static Value type_get_base(Value self, void *c)
{
    Type *b = ((Type *)val_as_obj(self))->base;
    return b ? val_ref((Value)b) : VAL_NONE;
}
static Value type_get_mro(Value self, void *c) { return val_ref((Value)((Type *)val_as_obj(self))->mro); }

static Value type_get_dict(Value self, void *c)
{
    return mappingproxy_new((Value)((Type *)val_as_obj(self))->dict);
}

static Value type_get_doc(Value self, void *c)
{
    Type *t = (Type *)val_as_obj(self);
    Value d;
    int found = dict_get_cstr(t->dict, "__doc__", &d);
    if (found < 0)
        return VAL_NULL;
    if (!found)
        return VAL_NONE;
    Type *dt = val_type(d);
    if (dt->descr_get && (t->tflags & TF_HEAPTYPE)) {
        Value r = dt->descr_get(d, VAL_NULL, self);
        val_decref(d);
        return r;
    }
    return d;
}

static int type_set_doc(Value self, Value v, void *c)
{
    Type *t = (Type *)val_as_obj(self);
    if (type_check_settable(t, "__doc__") < 0)
        return -1;
    type_modified(t);
    return dict_set_cstr(t->dict, "__doc__", v ? v : VAL_NONE);
}

static Value type_get_type_params(Value self, void *c)
{
    Type *t = (Type *)val_as_obj(self);
    Value v;
    int found = dict_get_cstr(t->dict, "__type_params__", &v);
    if (found)
        return found < 0 ? VAL_NULL : v;
    return tuple_empty();
}

static Value type_get_abstractmethods(Value self, void *c)
{
    Type *t = (Type *)val_as_obj(self);
    Value v;
    int found = t != &Type_Type ? dict_get_cstr(t->dict, "__abstractmethods__", &v) : 0;
    if (found)
        return found < 0 ? VAL_NULL : v;
    err_set(&Exc_AttributeError, "__abstractmethods__");
    return VAL_NULL;
}

static int type_set_abstractmethods(Value self, Value v, void *c)
{
    Type *t = (Type *)val_as_obj(self);
    int r;
    if (v) {
        int abstract = obj_is_true(v);
        if (abstract < 0)
            return -1;
        r = dict_set_cstr(t->dict, "__abstractmethods__", v);
        if (abstract)
            t->tflags |= TF_ABSTRACT;
        else
            t->tflags &= ~(uint32_t)TF_ABSTRACT;
    } else {
        r = dict_del_str(t->dict, str_intern_cstr("__abstractmethods__"));
        if (r == 0) {
            err_set(&Exc_AttributeError, "__abstractmethods__");
            return -1;
        }
        t->tflags &= ~(uint32_t)TF_ABSTRACT;
    }
    type_modified(t);
    return r < 0 ? -1 : 0;
}

static const GetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name, NULL, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL, NULL},
    {"__module__", type_get_module, type_set_module, NULL, NULL},
    {"__bases__", type_get_bases, type_set_bases, NULL, NULL},
    {"__base__", type_get_base, NULL, NULL, NULL},
    {"__mro__", type_get_mro, NULL, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL, NULL},
    {"__type_params__", type_get_type_params, NULL, NULL, NULL},
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods, NULL, NULL},
    {0},
};

/* ---- methods of type ------------------------------------------------------------------ */

static Value type_mro_method(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("mro", kw) < 0 || args_count("mro", nargs, 0, 0) < 0)
        return VAL_NULL;
    Type *t = (Type *)val_as_obj(self);
    Object *mro = t->mro ? t->mro : type_compute_mro(t, t->bases);
    if (!mro)
        return VAL_NULL;
    Object *l = list_new(0);
    for (ssize_t i = 0; l && i < tuple_size(mro); i++)
        list_append(l, tuple_get(mro, i));
    if (!t->mro)
        obj_decref(mro);
    return l ? (Value)l : VAL_NULL;
}

static Value type_subclasses(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("__subclasses__", kw) < 0 || args_count("__subclasses__", nargs, 0, 0) < 0)
        return VAL_NULL;
    Object *l = type_subclasses_list((Type *)val_as_obj(self));
    return l ? (Value)l : VAL_NULL;
}

static Value type_prepare(Value self, const Value *args, size_t nargs, Object *kw)
{
    Object *d = dict_new();
    return d ? (Value)d : VAL_NULL;
}

static Value type_instancecheck(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("__instancecheck__", kw) < 0 || args_count("__instancecheck__", nargs, 1, 1) < 0)
        return VAL_NULL;
    Type *t = (Type *)val_as_obj(self);
    if (type_is_subtype(val_type(args[0]), t))
        return VAL_TRUE;
    Value icls;
    int found = obj_lookup_attr(args[0], str_intern_cstr("__class__"), &icls);
    if (found < 0)
        return VAL_NULL;
    bool r = found && val_type_has(icls, TF_TYPE_SUBCLASS) &&
             type_is_subtype((Type *)val_as_obj(icls), t);
    val_xdecref(icls);
    return val_bool(r);
}

static Value type_subclasscheck(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("__subclasscheck__", kw) < 0 || args_count("__subclasscheck__", nargs, 1, 1) < 0)
        return VAL_NULL;
    if (!val_type_has(args[0], TF_TYPE_SUBCLASS)) {
        err_set(&Exc_TypeError, "issubclass() arg 1 must be a class");
        return VAL_NULL;
    }
    return val_bool(type_is_subtype((Type *)val_as_obj(args[0]), (Type *)val_as_obj(self)));
}

static Value type_dir(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("__dir__", kw) < 0 || args_count("__dir__", nargs, 0, 0) < 0)
        return VAL_NULL;
    Type *t = (Type *)val_as_obj(self);
    Object *d = dict_new();
    if (!d)
        return VAL_NULL;
    for (ssize_t i = tuple_size(t->mro); i-- > 0;) {
        Type *b = (Type *)val_as_obj(tuple_get(t->mro, i));
        if (dict_merge(d, b->dict, true) < 0) {
            obj_decref(d);
            return VAL_NULL;
        }
    }
    Object *keys = dict_keys_list(d);
    obj_decref(d);
    return keys ? (Value)keys : VAL_NULL;
}

static Value type_sizeof(Value self, const Value *args, size_t nargs, Object *kw)
{
    return int_from_i64((int64_t)sizeof(Type));
}

static const MethodDef type_methods[] = {
    {"mro", type_mro_method, 0, "Return a type's method resolution order."},
    {"__subclasses__", type_subclasses, 0, "Return a list of immediate subclasses."},
    {"__prepare__", type_prepare, METH_CLASS, "Create the namespace for the class statement"},
    {"__instancecheck__", type_instancecheck, 0, "Check if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck, 0, "Check if a class is a subclass."},
    {"__dir__", type_dir, 0, "Specialized __dir__ implementation for types."},
    {"__sizeof__", type_sizeof, 0, "Return memory consumption of the type object."},
    {0},
};

static void type_dealloc(Object *o) { heap_type_dealloc(o); }

static Value type_or(Value a, Value b) { return union_or(a, b); }

Type Type_Type = {
    TYPE_HEADER("type", type_dealloc),
    .tflags = TF_BASETYPE | TF_TYPE_SUBCLASS | TF_HAS_GC,
    .basicsize = sizeof(Type),
    .call = type_call,
    .getattr = type_getattro,
    .setattr = type_setattro,
    .repr = type_repr,
    .tp_new = type_tp_new,
    .init = type_init,
    .binop[OP_OR] = type_or,
    .methods = type_methods,
    .getsets = type_getsets,
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
};
