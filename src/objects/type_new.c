/* Class creation (type.__new__): bases and metaclass checks, instance
 * layout (__dict__, __slots__), the class namespace rules (__qualname__,
 * __classcell__, implicit classmethods), __set_name__, __init_subclass__;
 * and the deallocation of classes and of their instances. */
#include <string.h>

#include "objects/descr.h"
#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/listobj.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "objects/type_internal.h"
#include "vm/vm.h"

/* The nearest built-in (static) type in t's base chain. */
static Type *static_base(Type *t)
{
    while (t->tflags & TF_HEAPTYPE)
        t = t->base;
    return t;
}

/* The base whose instance layout t's layout extends: skip types that only
 * added a dict or slots-free Python level. */
static Type *solid_base(Type *t)
{
    Type *b = t->base;
    if (!b)
        return t;
    Type *sb = solid_base(b);
    bool extra = t->basicsize != b->basicsize &&
                 !(t->tflags & TF_HEAPTYPE && t->nslot_values == 0);
    return extra ? t : sb;
}

static Type *best_base(Object *bases)
{
    Type *winner = NULL, *base = NULL;
    for (ssize_t i = 0; i < tuple_size(bases); i++) {
        Value b = tuple_get(bases, i);
        if (!val_type_has(b, TF_TYPE_SUBCLASS)) {
            err_set(&Exc_TypeError, "bases must be types");
            return NULL;
        }
        Type *bt = (Type *)val_as_obj(b);
        if (!(bt->tflags & TF_BASETYPE)) {
            err_set(&Exc_TypeError, "type '%s' is not an acceptable base type", type_name(bt));
            return NULL;
        }
        Type *cand = solid_base(bt);
        if (!winner) {
            winner = cand;
            base = bt;
        } else if (type_is_subtype(winner, cand)) {
            /* keep */
        } else if (type_is_subtype(cand, winner)) {
            winner = cand;
            base = bt;
        } else {
            err_set(&Exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

/* The most derived metaclass of meta and the bases' metaclasses. */
Type *type_calculate_meta(Type *meta, Object *bases)
{
    Type *winner = meta;
    for (ssize_t i = 0; i < tuple_size(bases); i++) {
        Type *bm = val_type(tuple_get(bases, i));
        if (type_is_subtype(winner, bm))
            continue;
        if (type_is_subtype(bm, winner)) {
            winner = bm;
            continue;
        }
        err_set(&Exc_TypeError, "metaclass conflict: the metaclass of a derived class must be a "
                                "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* ---- Instance __dict__ ------------------------------------------------------------ */

static Value subtype_get_dict(Value self, void *c)
{
    Object *d = obj_instance_dict(self, true);
    if (!d)
        return err_occurred() ? VAL_NULL : err_no_memory();
    return val_ref((Value)d);
}

static int subtype_set_dict(Value self, Value v, void *c)
{
    if (v && !val_is_dict(v)) {
        err_set(&Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                type_name(val_type(v)));
        return -1;
    }
    Object **slot = obj_dict_slot(val_as_obj(self), val_type(self));
    Object *old = *slot;
    *slot = v ? val_as_obj(val_ref(v)) : NULL;
    obj_xdecref(old);
    return 0;
}

const GetSetDef subtype_dict_getset = {"__dict__", subtype_get_dict, subtype_set_dict,
                                              NULL, "dictionary for instance variables"};

/* ---- __slots__ ----------------------------------------------------------------------- */

static bool valid_identifier(Value s)
{
    Value r = obj_call_method_cstr(s, "isidentifier", NULL, 0);
    bool ok = r == VAL_TRUE;
    val_xdecref(r);
    return ok;
}

/* Returns the list of slot names (mangled), and whether "__dict__" was among them. */
static Object *parse_slots(Value slots, Object *class_name, bool *want_dict)
{
    Object *names = list_new(0);
    if (!names)
        return NULL;
    Value it = val_is_str(slots) ? VAL_NULL : obj_iter(slots);
    if (!val_is_str(slots) && !it)
        goto fail;
    for (;;) {
        Value n;
        if (val_is_str(slots)) {
            if (list_size(names) > 0 || *want_dict)
                break;
            n = val_ref(slots);
            slots = VAL_NULL;
        } else {
            n = obj_next(it);
        }
        if (!n) {
            if (err_occurred())
                goto fail;
            break;
        }
        if (!val_is_str(n)) {
            err_set(&Exc_TypeError, "__slots__ items must be strings, not '%s'", type_name(val_type(n)));
            val_decref(n);
            goto fail;
        }
        if (!valid_identifier(n)) {
            err_set(&Exc_TypeError, "__slots__ must be identifiers");
            val_decref(n);
            goto fail;
        }
        if (str_eq_cstr(val_as_str(n), "__dict__")) {
            if (*want_dict) {
                err_set(&Exc_TypeError, "__dict__ slot disallowed: we already got one");
                val_decref(n);
                goto fail;
            }
            *want_dict = true;
            val_decref(n);
            if (!slots)
                break;
            continue;
        }
        if (str_eq_cstr(val_as_str(n), "__weakref__")) {
            val_decref(n);
            if (!slots)
                break;
            continue;
        }
        /* Private names are mangled: __x in class C becomes _C__x. */
        StrObj *ns = val_as_str(n);
        if (ns->length > 2 && str_char_at(ns, 0) == '_' && str_char_at(ns, 1) == '_' &&
            !(str_char_at(ns, ns->length - 1) == '_' && str_char_at(ns, ns->length - 2) == '_')) {
            StrObj *cn = (StrObj *)class_name;
            ssize_t k = 0;
            while (k < cn->length && str_char_at(cn, k) == '_')
                k++;
            if (k < cn->length) {
                Value stripped = str_substr(cn, k, cn->length);
                Value m = stripped ? str_printf("_%S%S", stripped, n) : VAL_NULL;
                val_xdecref(stripped);
                val_decref(n);
                if (!m)
                    goto fail;
                n = m;
            }
        }
        int r = list_append(names, n);
        val_decref(n);
        if (r < 0)
            goto fail;
        if (!slots)
            break;
    }
    val_xdecref(it);
    /* duplicates */
    for (ssize_t i = 0; i < list_size(names); i++)
        for (ssize_t j = 0; j < i; j++) {
            Value a = list_get(names, i), b = list_get(names, j);
            bool same = str_eq(val_as_str(a), val_as_str(b));
            val_decref(a);
            val_decref(b);
            if (same) {
                err_set(&Exc_TypeError, "__slots__ items must be unique");
                obj_decref(names);
                return NULL;
            }
        }
    return names;
fail:
    val_xdecref(it);
    obj_decref(names);
    return NULL;
}

void subtype_dealloc(Object *o);

/* ---- type.__new__ ---------------------------------------------------------------------- */

static int wrap_implicit(Object *dict, const char *name, Value (*wrap)(Value))
{
    Value f;
    int found = dict_get_cstr(dict, name, &f);
    if (found <= 0)
        return found;
    int r = 0;
    if (val_type(f) == &Function_Type) {
        Value w = wrap(f);
        r = w ? dict_set_cstr(dict, name, w) : -1;
        val_xdecref(w);
    }
    val_decref(f);
    return r;
}

static int call_set_names(Type *t)
{
    Object *items = dict_items_list(t->dict);
    if (!items)
        return -1;
    for (ssize_t i = 0; i < list_size(items); i++) {
        Value pair = list_get(items, i);
        Value key = tuple_get(val_as_obj(pair), 0), value = tuple_get(val_as_obj(pair), 1);
        Value sn = type_lookup(val_type(value), str_intern_cstr("__set_name__"));
        if (sn) {
            Value args[2] = {(Value)t, key};
            Value r = obj_call_method_cstr(value, "__set_name__", args, 2);
            if (!r) {
                /* CPython 3.12+ adds a note instead of wrapping. */
                val_decref(pair);
                obj_decref(items);
                return -1;
            }
            val_decref(r);
        }
        val_decref(pair);
    }
    obj_decref(items);
    return 0;
}

static int call_init_subclass(Type *t, Object *kwargs)
{
    /* super(t, t).__init_subclass__(**kwargs) */
    Object *mro = t->mro;
    Object *name = str_intern_cstr("__init_subclass__");
    for (ssize_t i = 1; i < tuple_size(mro); i++) {
        Type *b = (Type *)val_as_obj(tuple_get(mro, i));
        Value f;
        int found = dict_get_str(b->dict, name, &f);
        if (found < 0)
            return -1;
        if (!found)
            continue;
        Value bound;
        Type *ft = val_type(f);
        if (ft->descr_get)
            bound = ft->descr_get(f, VAL_NULL, (Value)t);
        else
            bound = val_ref(f);
        val_decref(f);
        if (!bound)
            return -1;
        Value r;
        if (kwargs && dict_len(kwargs))
            r = obj_call_tuple_dict(bound, VAL_NULL, (Value)kwargs);
        else
            r = obj_call0(bound);
        val_decref(bound);
        if (!r)
            return -1;
        val_decref(r);
        return 0;
    }
    return 0;
}

Value type_new_class(Type *meta, Object *name, Object *bases, Object *ns, Object *kwargs)
{
    Type *winner = type_calculate_meta(meta, bases);
    if (!winner)
        return VAL_NULL;
    if (winner != meta && winner->tp_new != meta->tp_new)
        return winner->tp_new(winner, (Value[]){(Value)name, (Value)bases, (Value)ns}, 3, NULL);
    meta = winner;

    Object *own_bases;
    if (tuple_size(bases) == 0)
        own_bases = tuple_pack(1, (Value)&Object_Type);
    else {
        obj_incref(bases);
        own_bases = bases;
    }
    if (!own_bases)
        return VAL_NULL;
    for (ssize_t i = 0; i < tuple_size(own_bases); i++)
        for (ssize_t j = 0; j < i; j++)
            if (tuple_get(own_bases, i) == tuple_get(own_bases, j)) {
                Type *dup = (Type *)val_as_obj(tuple_get(own_bases, i));
                err_set(&Exc_TypeError, "duplicate base class %s", type_name(dup));
                obj_decref(own_bases);
                return VAL_NULL;
            }
    Type *base = best_base(own_bases);
    if (!base) {
        obj_decref(own_bases);
        return VAL_NULL;
    }
    Object *dict = dict_copy(ns);
    if (!dict) {
        obj_decref(own_bases);
        return VAL_NULL;
    }

    /* __slots__ */
    Value slots;
    int has_slots = dict_get_cstr(dict, "__slots__", &slots);
    Object *slot_names = NULL;
    bool want_dict = false;
    if (has_slots < 0)
        goto fail_early;
    if (has_slots) {
        slot_names = parse_slots(slots, name, &want_dict);
        val_decref(slots);
        if (!slot_names)
            goto fail_early;
        if (list_size(slot_names) && base->itemsize) {
            err_set(&Exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                    type_name(base));
            goto fail_early;
        }
        for (ssize_t i = 0; i < list_size(slot_names); i++) {
            Value sn = list_get(slot_names, i), existing;
            int f = dict_get(dict, sn, &existing);
            if (f > 0) {
                err_set(&Exc_ValueError, "%R in __slots__ conflicts with class variable", sn);
                val_decref(existing);
            }
            val_decref(sn);
            if (f)
                goto fail_early;
        }
    }

    Type *t = (Type *)obj_alloc(meta, 0);
    if (!t)
        goto fail_early;
    t->tflags = TF_HEAPTYPE | TF_BASETYPE | TF_HAS_GC |
                (base->tflags & (TF_INT_SUBCLASS | TF_STR_SUBCLASS | TF_TUPLE_SUBCLASS |
                                 TF_LIST_SUBCLASS | TF_DICT_SUBCLASS | TF_BYTES_SUBCLASS |
                                 TF_TYPE_SUBCLASS | TF_EXC_SUBCLASS | TF_FLOAT_SUBCLASS));
    t->core.dealloc = subtype_dealloc;
    t->base = base;
    obj_incref(&base->core.base);
    t->bases = own_bases;
    t->dict = dict;
    obj_incref(name);
    t->name_obj = name;
    t->core.name = str_utf8(val_as_str((Value)name), NULL);
    if (!t->core.name)
        goto fail;

    /* __qualname__ from the namespace, else the name. */
    Value qn;
    int fq = dict_get_cstr(dict, "__qualname__", &qn);
    if (fq < 0)
        goto fail;
    if (fq) {
        if (!val_is_str(qn)) {
            err_set(&Exc_TypeError, "type __qualname__ must be a str, not %s", type_name(val_type(qn)));
            val_decref(qn);
            goto fail;
        }
        t->qualname = val_as_obj(qn);
        if (dict_del_str(dict, str_intern_cstr("__qualname__")) < 0)
            goto fail;
    } else {
        obj_incref(name);
        t->qualname = name;
    }

    /* __module__ from the caller's globals when the namespace lacks it. */
    Value mod;
    int fm = dict_get_cstr(dict, "__module__", &mod);
    if (fm < 0)
        goto fail;
    if (fm) {
        val_decref(mod);
    } else {
        Object *g = vm_current_globals();
        if (g && dict_get_cstr(g, "__name__", &mod) > 0) {
            int r = dict_set_cstr(dict, "__module__", mod);
            val_decref(mod);
            if (r < 0)
                goto fail;
        }
    }
    /* __doc__ defaults to None. */
    Value doc;
    int fd = dict_get_cstr(dict, "__doc__", &doc);
    if (fd < 0)
        goto fail;
    if (fd)
        val_decref(doc);
    else if (dict_set_cstr(dict, "__doc__", VAL_NONE) < 0)
        goto fail;
    /* A class that defines __eq__ but not __hash__ is unhashable. */
    Value eq, hv;
    int fe = dict_get_cstr(dict, "__eq__", &eq);
    if (fe > 0) {
        val_decref(eq);
        int fh = dict_get_cstr(dict, "__hash__", &hv);
        if (fh > 0)
            val_decref(hv);
        else if (fh == 0 && dict_set_cstr(dict, "__hash__", VAL_NONE) < 0)
            goto fail;
    }
    if (wrap_implicit(dict, "__new__", staticmethod_new) < 0 ||
        wrap_implicit(dict, "__init_subclass__", classmethod_new) < 0 ||
        wrap_implicit(dict, "__class_getitem__", classmethod_new) < 0)
        goto fail;

    /* Layout: base fields, then __slots__ values, then the dict pointer. */
    t->basicsize = base->basicsize;
    t->itemsize = base->itemsize;
    t->dictoffset = base->dictoffset;
    t->slots_offset = (uint32_t)t->basicsize;
    if (slot_names) {
        ssize_t n = list_size(slot_names);
        t->nslot_values = (uint32_t)n;
        t->basicsize += (size_t)n * sizeof(Value);
        Object *names_tuple = list_as_tuple(slot_names);
        if (!names_tuple)
            goto fail;
        t->slot_names = names_tuple;
        for (ssize_t i = 0; i < n; i++) {
            Value sn = tuple_get(names_tuple, i);
            MemberDef md = {NULL, t->slots_offset + (size_t)i * sizeof(Value), 0, NULL};
            Value d = descr_new_member(t, &md, val_as_obj(sn));
            if (!d || dict_set(dict, sn, d) < 0) {
                val_xdecref(d);
                goto fail;
            }
            val_decref(d);
        }
    }
    bool add_dict = !t->dictoffset && (!slot_names || want_dict) &&
                    !(base->tflags & TF_TYPE_SUBCLASS);
    if (add_dict) {
        if (t->itemsize) {
            t->dictoffset = -1;
        } else {
            t->dictoffset = (ssize_t)t->basicsize;
        }
        t->basicsize += sizeof(Object *);
        Value existing;
        int f = dict_get_cstr(dict, "__dict__", &existing);
        if (f > 0)
            val_decref(existing);
        else {
            Value d = descr_new_getset(t, &subtype_dict_getset);
            if (!d || dict_set_cstr(dict, "__dict__", d) < 0) {
                val_xdecref(d);
                goto fail;
            }
            val_decref(d);
        }
    }

    t->mro = type_compute_mro(t, own_bases);
    if (!t->mro)
        goto fail;
    t->tflags |= TF_READY;
    /* Inherit the C slots of the solid base, then let the dunders decide. */
    t->traverse = base->traverse;
    t->clear = base->clear;
    t->tp_new = base->tp_new;
    t->init = base->init;
    t->getattr = base->getattr;
    t->setattr = base->setattr;
    type_fixup_slots(t);
    for (ssize_t i = 0; i < tuple_size(own_bases); i++)
        type_add_subclass((Type *)val_as_obj(tuple_get(own_bases, i)), t);
    obj_xdecref(slot_names);

    /* __classcell__: the cell for zero-argument super() gets the class. */
    Value cell;
    int fc = dict_get_cstr(dict, "__classcell__", &cell);
    if (fc < 0)
        goto fail_after;
    if (fc) {
        if (val_type(cell) != &Cell_Type) {
            err_set(&Exc_TypeError, "__classcell__ must be a nonlocal cell, not %s",
                    type_name(val_type(cell)));
            val_decref(cell);
            goto fail_after;
        }
        cell_set(cell, (Value)t);
        val_decref(cell);
        if (dict_del_str(dict, str_intern_cstr("__classcell__")) < 0)
            goto fail_after;
    }
    if (call_set_names(t) < 0 || call_init_subclass(t, kwargs) < 0)
        goto fail_after;
    return (Value)t;

fail_early:
    obj_xdecref(slot_names);
    obj_decref(dict);
    obj_decref(own_bases);
    return VAL_NULL;
fail:
    obj_xdecref(slot_names);
fail_after:
    obj_decref(&t->core.base);
    return VAL_NULL;
}

/* ---- Deallocation ------------------------------------------------------------------------ */

/* Frees a class object (its instances hold references to it, so no
 * instance remains). */
void heap_type_dealloc(Object *o)
{
    Type *t = (Type *)o;
    if (t->bases)
        for (ssize_t i = 0; i < tuple_size(t->bases); i++)
            type_remove_subclass((Type *)val_as_obj(tuple_get(t->bases, i)), t);
    obj_xdecref(t->bases);
    obj_xdecref(t->mro);
    obj_xdecref(t->dict);
    obj_xdecref(t->name_obj);
    obj_xdecref(t->qualname);
    obj_xdecref(t->slot_names);
    if (t->base)
        obj_decref(&t->base->core.base);
    mem_free(t->subclasses);
    obj_free(o);
}

/* Deallocation of instances of classes: __del__, __slots__ values, the
 * dict the class added, then the built-in base's own dealloc. Installed as
 * core.dealloc of heap types by type.c (see subtype_dealloc_for). */
void subtype_dealloc(Object *o)
{
    Type *t = o->type;
    if (t->finalize) {
        /* Resurrection guard: keep o alive while __del__ runs. */
        atomic_store_explicit(&o->ref_local, 1, memory_order_relaxed);
        t->finalize(o);
        uint32_t left = atomic_load_explicit(&o->ref_local, memory_order_relaxed);
        if (left != 1 || atomic_load_explicit(&o->ref_shared, memory_order_relaxed) >> 2 != 0) {
            atomic_store_explicit(&o->ref_local, left - 1, memory_order_relaxed);
            return; /* resurrected */
        }
        atomic_store_explicit(&o->ref_local, 0, memory_order_relaxed);
    }
    for (Type *k = t; k->tflags & TF_HEAPTYPE; k = k->base) {
        Value *vals = (Value *)((char *)o + k->slots_offset);
        for (uint32_t i = 0; i < k->nslot_values; i++)
            val_clear(&vals[i]);
    }
    Type *sb = static_base(t);
    if (t->dictoffset && t->dictoffset != sb->dictoffset) {
        Object **slot = obj_dict_slot(o, t);
        Object *d = *slot;
        *slot = NULL;
        obj_xdecref(d);
    }
    sb->core.dealloc(o);
}
