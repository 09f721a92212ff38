/* dict iterators: keys, values and items, forward and reversed. A step
 * reads the current table without a lock (see dict.c); a change of the
 * dict's size is "RuntimeError: dictionary changed size during
 * iteration". Several threads may advance one iterator: its fields are
 * atomic words (a racy step may repeat or skip an item, never crash). */
#include "dict_internal.h"

typedef struct DictIterObj {
    Object base;
    DictObj *dict;
    _Atomic ssize_t used; /* len(d) at creation; -1 once a change was reported */
    _Atomic ssize_t pos;  /* next entry; DONE once exhausted */
    _Atomic ssize_t len;  /* items still expected */
} DictIterObj;

#define DONE PTRDIFF_MIN

static bool is_reverse(Type *t)
{
    return t == &DictRevKeyIter_Type || t == &DictRevValueIter_Type || t == &DictRevItemIter_Type;
}

Value dictiter_new(DictObj *d, Type *kind)
{
    DictIterObj *it = (DictIterObj *)obj_alloc(kind, 0);
    if (!it)
        return VAL_NULL;
    obj_incref(&d->base);
    it->dict = d;
    ssize_t used = dict_used(d);
    atomic_init(&it->used, used);
    atomic_init(&it->len, used);
    ssize_t pos = 0;
    if (is_reverse(kind)) {
        DictKeys *k = dict_keys_acquire(d);
        pos = k && used ? atomic_load_explicit(&k->nentries, memory_order_acquire) - 1 : DONE;
    }
    atomic_init(&it->pos, pos);
    return val_from_obj(&it->base);
}

static void dictiter_dealloc(Object *o)
{
    obj_decref(&((DictIterObj *)o)->dict->base);
    obj_free(o);
}

static int dictiter_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    return visit(val_from_obj(&((DictIterObj *)o)->dict->base), arg);
}

/* The next live entry: 1 with new references in *key and *value (either
 * may be NULL when not wanted), 0 at the end, -1 on error. */
static int dictiter_step(DictIterObj *it, Value *key, Value *value)
{
    ssize_t pos = atomic_load_explicit(&it->pos, memory_order_relaxed);
    if (pos == DONE)
        return 0;
    DictObj *d = it->dict;
    if (atomic_load_explicit(&it->used, memory_order_relaxed) != dict_used(d)) {
        err_set(&Exc_RuntimeError, "dictionary changed size during iteration");
        atomic_store_explicit(&it->used, -1, memory_order_relaxed);
        return -1;
    }
    DictKeys *k = dict_keys_acquire(d);
    bool rev = is_reverse(it->base.type);
    if (k) {
        DictEntry *entries = dk_entries(k);
        ssize_t count = atomic_load_explicit(&k->nentries, memory_order_acquire);
        ssize_t i = pos;
        for (; rev ? i >= 0 : i < count; i += rev ? -1 : 1) {
            if (i >= count)
                continue;
            Value kv = atomic_load_explicit(&entries[i].key, memory_order_acquire);
            if (!kv)
                continue;
            Value vv = atomic_load_explicit(&entries[i].value, memory_order_acquire);
            if (!vv)
                continue; /* deleted between the two loads */
            ssize_t left = atomic_load_explicit(&it->len, memory_order_relaxed);
            if (left <= 0) {
                err_set(&Exc_RuntimeError, "dictionary keys changed during iteration");
                atomic_store_explicit(&it->pos, DONE, memory_order_relaxed);
                return -1;
            }
            atomic_store_explicit(&it->len, left - 1, memory_order_relaxed);
            atomic_store_explicit(&it->pos, rev ? i - 1 : i + 1, memory_order_relaxed);
            if (key)
                *key = val_ref(kv);
            if (value)
                *value = val_ref(vv);
            return 1;
        }
    }
    atomic_store_explicit(&it->pos, DONE, memory_order_relaxed);
    return 0;
}

static Value dictiter_next_key(Value self)
{
    Value k;
    return dictiter_step((DictIterObj *)val_as_obj(self), &k, NULL) > 0 ? k : VAL_NULL;
}

static Value dictiter_next_value(Value self)
{
    Value v;
    return dictiter_step((DictIterObj *)val_as_obj(self), NULL, &v) > 0 ? v : VAL_NULL;
}

static Value dictiter_next_item(Value self)
{
    Value k, v;
    if (dictiter_step((DictIterObj *)val_as_obj(self), &k, &v) <= 0)
        return VAL_NULL;
    Object *t = tuple_new(2);
    if (!t) {
        val_decref(k);
        val_decref(v);
        return VAL_NULL;
    }
    tuple_items(t)[0] = k;
    tuple_items(t)[1] = v;
    return val_from_obj(t);
}

static Value iter_self(Value self) { return val_ref(self); }

static Value dictiter_length_hint(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    DictIterObj *it = (DictIterObj *)val_as_obj(self);
    ssize_t n = 0;
    if (atomic_load_explicit(&it->pos, memory_order_relaxed) != DONE &&
        atomic_load_explicit(&it->used, memory_order_relaxed) == dict_used(it->dict))
        n = atomic_load_explicit(&it->len, memory_order_relaxed);
    return val_from_int(n);
}

static const MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

#define DICT_ITER_TYPE(var, tname, nextfn)                                   \
    Type var = {                                                            \
        TYPE_HEADER(tname, dictiter_dealloc),                               \
        .tflags = TF_HAS_GC | TF_IMMUTABLE,                                 \
        .basicsize = sizeof(DictIterObj),                                   \
        .methods = dictiter_methods,                                        \
        .iter = iter_self,                                                  \
        .iternext = nextfn,                                                 \
        .traverse = dictiter_traverse,                                      \
    }

DICT_ITER_TYPE(DictKeyIter_Type, "dict_keyiterator", dictiter_next_key);
DICT_ITER_TYPE(DictValueIter_Type, "dict_valueiterator", dictiter_next_value);
DICT_ITER_TYPE(DictItemIter_Type, "dict_itemiterator", dictiter_next_item);
DICT_ITER_TYPE(DictRevKeyIter_Type, "dict_reversekeyiterator", dictiter_next_key);
DICT_ITER_TYPE(DictRevValueIter_Type, "dict_reversevalueiterator", dictiter_next_value);
DICT_ITER_TYPE(DictRevItemIter_Type, "dict_reverseitemiterator", dictiter_next_item);
