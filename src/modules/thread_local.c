/* _thread._local: objects whose attributes are per thread. Each local keeps
 * a dict from a thread's id (its ThreadState tid, never reused) to that
 * thread's attribute dict; a thread's first access creates its dict and,
 * for subclasses, calls __init__ again with the constructor's arguments.
 * Every live local is in a registry so an exiting thread can drop its
 * entries from all of them. */
#include "modules/thread_internal.h"
#include "mutex.h"
#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "tstate.h"

typedef struct LocalObj {
    Object base;
    Object *dicts;      /* dict: tid -> attribute dict; its own lock guards it */
    Value args, kwargs; /* __init__ arguments (tuple, dict or VAL_NULL) */
    struct LocalObj *prev, *next; /* registry links, under registry_lock */
} LocalObj;

/* registry_lock guards the links of every live local. Held only around
 * dict operations on int keys (no Python code runs under it): values
 * removed at thread exit are released after it is dropped. */
static Mutex registry_lock = MUTEX_INIT;
static LocalObj *registry;

static LocalObj *as_local(Value v) { return (LocalObj *)val_as_obj(v); }

static Value my_key(void) { return val_from_int((int64_t)ts_current_tid); }

static Value local_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    if (type == &ThreadLocal_Type && (nargs || (kw && tuple_size(kw)))) {
        err_set(&Exc_TypeError, "Initialization arguments are not supported");
        return VAL_NULL;
    }
    LocalObj *l = (LocalObj *)obj_alloc(type, 0);
    if (!l)
        return VAL_NULL;
    l->dicts = dict_new();
    Object *t = tuple_from_array(args, (ssize_t)nargs);
    Object *k = NULL;
    if (l->dicts && t && kw && tuple_size(kw)) {
        k = dict_new();
        for (ssize_t i = 0; k && i < tuple_size(kw); i++)
            if (dict_set(k, tuple_get(kw, i), args[nargs + (size_t)i]) < 0) {
                obj_decref(k);
                k = NULL;
            }
        if (!k)
            goto fail;
    }
    l->args = t ? (Value)t : VAL_NULL;
    l->kwargs = k ? (Value)k : VAL_NULL;
    Object *d = l->dicts ? dict_new() : NULL;
    if (!d || !t || dict_set(l->dicts, my_key(), (Value)d) < 0) {
        if (d)
            obj_decref(d);
        goto fail;
    }
    obj_decref(d);
    mutex_lock(&registry_lock);
    l->next = registry;
    if (registry)
        registry->prev = l;
    registry = l;
    mutex_unlock(&registry_lock);
    return (Value)l;
fail:
    if (t && !l->args)
        obj_decref(t);
    /* not registered: dealloc only drops the fields */
    l->prev = l->next = l; /* marks "not in the registry" */
    obj_decref(&l->base);
    return VAL_NULL;
}

static void local_dealloc(Object *o)
{
    LocalObj *l = (LocalObj *)o;
    if (l->next != l) {
        mutex_lock(&registry_lock);
        if (l->prev)
            l->prev->next = l->next;
        else
            registry = l->next;
        if (l->next)
            l->next->prev = l->prev;
        mutex_unlock(&registry_lock);
    }
    if (l->dicts)
        obj_decref(l->dicts);
    val_xdecref(l->args);
    val_xdecref(l->kwargs);
    obj_free(o);
}

/* The calling thread's attribute dict (new reference), made on first use. */
static Object *local_dict(Value self)
{
    LocalObj *l = as_local(self);
    Value d;
    int found = dict_get(l->dicts, my_key(), &d);
    if (found > 0)
        return val_as_obj(d);
    if (found < 0)
        return NULL;
    Object *nd = dict_new();
    if (!nd || dict_set(l->dicts, my_key(), (Value)nd) < 0) {
        if (nd)
            obj_decref(nd);
        return NULL;
    }
    if (val_type(self) != &ThreadLocal_Type) {
        Value init = obj_getattr_cstr(self, "__init__");
        Value r = init ? obj_call_tuple_dict(init, l->args, l->kwargs) : VAL_NULL;
        val_xdecref(init);
        if (!r) {
            dict_del(l->dicts, my_key());
            obj_decref(nd);
            return NULL;
        }
        val_decref(r);
    }
    return nd;
}

static Value no_attr(Value self, Object *name)
{
    err_set(&Exc_AttributeError, "'%s' object has no attribute '%U'", type_name(val_type(self)), name);
    return VAL_NULL;
}

static Value local_getattr(Value self, Object *name)
{
    Object *d = local_dict(self);
    if (!d)
        return VAL_NULL;
    if (str_eq_cstr((StrObj *)name, "__dict__"))
        return (Value)d;
    Type *t = val_type(self);
    Value descr = type_lookup(t, name);
    Value (*get)(Value, Value, Value) = NULL;
    if (descr) {
        val_incref(descr);
        get = val_type(descr)->descr_get;
        if (get && val_type(descr)->descr_set) {
            obj_decref(d);
            Value r = get(descr, self, (Value)t);
            val_decref(descr);
            return r;
        }
    }
    Value r;
    int found = dict_get_str(d, name, &r);
    obj_decref(d);
    if (found) {
        val_xdecref(descr);
        return found > 0 ? r : VAL_NULL;
    }
    if (get) {
        r = get(descr, self, (Value)t);
        val_decref(descr);
        return r;
    }
    return descr ? descr : no_attr(self, name);
}

static int local_setattr(Value self, Object *name, Value v)
{
    if (str_eq_cstr((StrObj *)name, "__dict__")) {
        err_set(&Exc_AttributeError, "'%s' object attribute '__dict__' is read-only",
                type_name(val_type(self)));
        return -1;
    }
    Object *d = local_dict(self);
    if (!d)
        return -1;
    Value descr = type_lookup(val_type(self), name);
    if (descr && val_type(descr)->descr_set) {
        obj_decref(d);
        val_incref(descr);
        int r = val_type(descr)->descr_set(descr, self, v);
        val_decref(descr);
        return r;
    }
    int r;
    if (v) {
        r = dict_set_str(d, name, v);
    } else {
        r = dict_del_str(d, name);
        if (r == 0) {
            no_attr(self, name);
            r = -1;
        }
    }
    obj_decref(d);
    return r < 0 ? -1 : 0;
}

static int local_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    LocalObj *l = (LocalObj *)o;
    if (l->dicts && visit((Value)l->dicts, arg))
        return 1;
    if (l->args && visit(l->args, arg))
        return 1;
    return l->kwargs && visit(l->kwargs, arg);
}

void thread_local_exit(uint32_t tid)
{
    Value key = val_from_int((int64_t)tid);
    Value *drop = NULL;
    size_t n = 0, cap = 0;
    mutex_lock(&registry_lock);
    for (LocalObj *l = registry; l; l = l->next) {
        Value d;
        if (dict_get(l->dicts, key, &d) <= 0) {
            err_clear();
            continue;
        }
        if (n == cap) {
            size_t nc = cap ? cap * 2 : 16;
            Value *nd = mem_realloc(drop, nc * sizeof *nd);
            if (!nd) {
                val_decref(d);
                break;
            }
            drop = nd;
            cap = nc;
        }
        drop[n++] = d; /* our reference keeps it alive past dict_del */
        if (dict_del(l->dicts, key) < 0)
            err_clear();
    }
    mutex_unlock(&registry_lock);
    for (size_t i = 0; i < n; i++)
        val_decref(drop[i]);
    mem_free(drop);
}

Type ThreadLocal_Type = {
    TYPE_HEADER("_thread._local", local_dealloc),
    .tflags = TF_BASETYPE | TF_HAS_GC,
    .basicsize = sizeof(LocalObj),
    .tp_new = local_new,
    .getattr = local_getattr,
    .setattr = local_setattr,
    .traverse = local_traverse,
    .doc = "Thread-local data",
};
