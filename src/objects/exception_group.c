/* BaseExceptionGroup and ExceptionGroup (PEP 654): construction rules,
 * message/exceptions, derive, split, subgroup. */
#include <string.h>

#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/exc_internal.h"
#include "objects/listobj.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "objects/type_internal.h"

/* f0 message, f1 exceptions (tuple) */
static Value eg_field(Value self, int i) { return ((ExcFields *)val_as_obj(self))->f[i]; }

static Value eg_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw(type_name(type), kw) < 0)
        return VAL_NULL;
    if (nargs != 2) {
        err_set(&Exc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", nargs);
        return VAL_NULL;
    }
    if (!val_is_str(args[0])) {
        err_set(&Exc_TypeError, "argument 1 must be str, not %s", type_name(val_type(args[0])));
        return VAL_NULL;
    }
    Value seq = args[1];
    Value lenfn = type_lookup(val_type(seq), str_intern_cstr("__len__"));
    Value gi = type_lookup(val_type(seq), str_intern_cstr("__getitem__"));
    if (!lenfn || !gi || val_is_str(seq) || val_is_dict(seq)) {
        err_set(&Exc_TypeError, "second argument (exceptions) must be a sequence");
        return VAL_NULL;
    }
    Object *excs = tuple_from_iterable(seq);
    if (!excs)
        return VAL_NULL;
    if (tuple_size(excs) == 0) {
        obj_decref(excs);
        err_set(&Exc_ValueError, "second argument (exceptions) must be a non-empty sequence");
        return VAL_NULL;
    }
    bool nested_base = false;
    for (ssize_t i = 0; i < tuple_size(excs); i++) {
        Value e = tuple_get(excs, i);
        if (!val_type_has(e, TF_EXC_SUBCLASS)) {
            err_set(&Exc_ValueError, "Item %zd of second argument (exceptions) is not an exception", i);
            obj_decref(excs);
            return VAL_NULL;
        }
        if (!val_isinstance_type(e, &Exc_Exception))
            nested_base = true;
    }
    if (type == &Exc_BaseExceptionGroup) {
        if (!nested_base)
            type = &Exc_ExceptionGroup;
    } else if (type == &Exc_ExceptionGroup) {
        if (nested_base) {
            err_set(&Exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
            obj_decref(excs);
            return VAL_NULL;
        }
    } else if (nested_base && !type_is_subtype(type, &Exc_Exception)) {
        /* a user subclass of BaseExceptionGroup may hold BaseExceptions */
    } else if (nested_base) {
        err_set(&Exc_TypeError, "Cannot nest BaseExceptions in '%s'", type_name(type));
        obj_decref(excs);
        return VAL_NULL;
    }
    ExcFields *eg = (ExcFields *)obj_alloc(type, 0);
    if (!eg) {
        obj_decref(excs);
        return VAL_NULL;
    }
    eg->base.args = (Value)tuple_pack(2, args[0], args[1]);
    eg->f[0] = val_ref(args[0]);
    eg->f[1] = (Value)excs;
    if (!eg->base.args) {
        obj_decref(&eg->base.base);
        return VAL_NULL;
    }
    return (Value)eg;
}

static int eg_init(Value self, const Value *args, size_t nargs, Object *kw) { return 0; }

static Value eg_str(Value self)
{
    ssize_t n = tuple_size(val_as_obj(eg_field(self, 1)));
    return str_printf("%S (%zd sub-exception%s)", eg_field(self, 0), n, n == 1 ? "" : "s");
}

static Value eg_repr(Value self)
{
    ExcObj *e = (ExcObj *)val_as_obj(self);
    Type *t = val_type(self);
    const char *name = t->name_obj ? NULL : type_name(t);
    Value excs = tuple_get(val_as_obj(e->args), 1);
    if (name)
        return str_printf("%s(%R, %R)", name, eg_field(self, 0), excs);
    return str_printf("%U(%R, %R)", t->name_obj, eg_field(self, 0), excs);
}

static Value eg_get_message(Value self, void *c) { return val_ref(eg_field(self, 0)); }
static Value eg_get_exceptions(Value self, void *c) { return val_ref(eg_field(self, 1)); }

static const GetSetDef eg_getsets[] = {
    {"message", eg_get_message, NULL, NULL, NULL},
    {"exceptions", eg_get_exceptions, NULL, NULL, NULL},
    {0},
};

static Value eg_derive(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("derive", kw) < 0 || args_count("derive", nargs, 1, 1) < 0)
        return VAL_NULL;
    Value a[2] = {eg_field(self, 0), args[0]};
    return obj_call((Value)&Exc_BaseExceptionGroup, a, 2, NULL);
}

/* Copies __traceback__, __context__, __cause__ and __notes__ to a derived group. */
static int copy_metadata(Value from, Value to)
{
    ExcObj *f = (ExcObj *)val_as_obj(from), *t = (ExcObj *)val_as_obj(to);
    val_replace(&t->traceback, f->traceback ? val_ref(f->traceback) : VAL_NULL);
    val_replace(&t->context, f->context ? val_ref(f->context) : VAL_NULL);
    val_replace(&t->cause, f->cause ? val_ref(f->cause) : VAL_NULL);
    t->suppress_context = f->suppress_context;
    Object *fd = obj_instance_dict(from, false);
    Value notes;
    if (fd && dict_get_cstr(fd, "__notes__", &notes) > 0) {
        Object *td = obj_instance_dict(to, true);
        Object *copy = list_from_iterable(notes);
        val_decref(notes);
        if (!td || !copy || dict_set_cstr(td, "__notes__", (Value)copy) < 0) {
            obj_xdecref(copy);
            return -1;
        }
        obj_decref(copy);
    }
    return 0;
}

/* Matching: a type/tuple of types, or a predicate. */
static int eg_match(Value exc, Value cond)
{
    if (val_type_has(cond, TF_TYPE_SUBCLASS) || val_is_tuple(cond))
        return obj_isinstance(exc, cond);
    Value r = obj_call1(cond, exc);
    if (!r)
        return -1;
    int t = obj_is_true(r);
    val_decref(r);
    return t;
}

/* Splits self by cond: *match and *rest are new groups or VAL_NONE. */
static int eg_split_recursive(Value self, Value cond, bool want_rest, Value *match, Value *rest)
{
    *match = VAL_NONE;
    *rest = VAL_NONE;
    int m = eg_match(self, cond);
    if (m < 0)
        return -1;
    if (m) {
        *match = val_ref(self);
        return 0;
    }
    if (!val_isinstance_type(self, &Exc_BaseExceptionGroup)) {
        if (want_rest)
            *rest = val_ref(self);
        return 0;
    }
    Object *excs = val_as_obj(eg_field(self, 1));
    Object *ml = list_new(0), *rl = list_new(0);
    if (!ml || !rl)
        goto fail;
    for (ssize_t i = 0; i < tuple_size(excs); i++) {
        Value sm, sr;
        if (eg_split_recursive(tuple_get(excs, i), cond, want_rest, &sm, &sr) < 0)
            goto fail;
        if (sm != VAL_NONE)
            list_append(ml, sm);
        if (sr != VAL_NONE)
            list_append(rl, sr);
        val_decref(sm);
        val_decref(sr);
    }
    if (list_size(ml)) {
        *match = obj_call_method_cstr(self, "derive", (Value[]){(Value)ml}, 1);
        if (!*match || copy_metadata(self, *match) < 0)
            goto fail;
    }
    if (want_rest && list_size(rl)) {
        *rest = obj_call_method_cstr(self, "derive", (Value[]){(Value)rl}, 1);
        if (!*rest || copy_metadata(self, *rest) < 0)
            goto fail;
    }
    obj_decref(ml);
    obj_decref(rl);
    return 0;
fail:
    obj_xdecref(ml);
    obj_xdecref(rl);
    return -1;
}

static int check_condition(Value cond)
{
    if (val_type_has(cond, TF_TYPE_SUBCLASS) || val_is_tuple(cond) || val_type(cond)->call)
        return 0;
    err_set(&Exc_TypeError, "expected an exception type, a tuple of exception types, or a callable (other than a class)");
    return -1;
}

static Value eg_split(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("split", kw) < 0 || args_count("split", nargs, 1, 1) < 0 || check_condition(args[0]) < 0)
        return VAL_NULL;
    Value m, r;
    if (eg_split_recursive(self, args[0], true, &m, &r) < 0)
        return VAL_NULL;
    Object *t = tuple_pack(2, m, r);
    val_decref(m);
    val_decref(r);
    return t ? (Value)t : VAL_NULL;
}

static Value eg_subgroup(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("subgroup", kw) < 0 || args_count("subgroup", nargs, 1, 1) < 0 || check_condition(args[0]) < 0)
        return VAL_NULL;
    Value m, r;
    if (eg_split_recursive(self, args[0], false, &m, &r) < 0)
        return VAL_NULL;
    val_decref(r);
    return m;
}

static Value eg_class_getitem(Value self, const Value *args, size_t nargs, Object *kw)
{
    return val_ref(self);
}

static const MethodDef eg_methods[] = {
    {"derive", eg_derive, 0, NULL},
    {"split", eg_split, 0, NULL},
    {"subgroup", eg_subgroup, 0, NULL},
    {"__class_getitem__", eg_class_getitem, METH_CLASS, NULL},
    {0},
};

Type Exc_BaseExceptionGroup = {
    TYPE_HEADER("BaseExceptionGroup", NULL),
    .tflags = TF_BASETYPE,
    .base = &Exc_BaseException,
    .basicsize = sizeof(ExcFields),
    .tp_new = eg_new,
    .init = eg_init,
    .str = eg_str,
    .repr = eg_repr,
    .methods = eg_methods,
    .getsets = eg_getsets,
    .doc = "A combination of multiple unrelated exceptions.",
};

Type Exc_ExceptionGroup = {
    TYPE_HEADER("ExceptionGroup", NULL),
    .tflags = TF_BASETYPE,
    .base = &Exc_BaseExceptionGroup,
};

/* ExceptionGroup derives from both BaseExceptionGroup and Exception. */
int exception_groups_prepare(void)
{
    Exc_BaseExceptionGroup.core.dealloc = Exc_BaseException.core.dealloc;
    Exc_ExceptionGroup.core.dealloc = Exc_BaseException.core.dealloc;
    if (type_ready(&Exc_BaseExceptionGroup) < 0 || type_ready(&Exc_Exception) < 0)
        return -1;
    Exc_ExceptionGroup.bases = tuple_pack(2, (Value)&Exc_BaseExceptionGroup, (Value)&Exc_Exception);
    if (!Exc_ExceptionGroup.bases)
        return -1;
    Exc_ExceptionGroup.mro = type_compute_mro(&Exc_ExceptionGroup, Exc_ExceptionGroup.bases);
    return Exc_ExceptionGroup.mro ? 0 : -1;
}
