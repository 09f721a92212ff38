/* The slower halves of instructions, kept out of the eval loop: name
 * lookups and their errors, imports, unpacking, calls with star-args,
 * with/async-with, exception matching (except and except*), awaitables,
 * pattern matching, f-string formatting and the intrinsics. */
#include <string.h>

#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/listobj.h"
#include "objects/module.h"
#include "objects/sliceobj.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "runtime/mem.h"
#include "vm/vm_internal.h"

/* ---- Names ---------------------------------------------------------------------------------- */

void op_name_error(Object *name)
{
    err_set(&Exc_NameError, "name '%U' is not defined", name);
    Value e = err_fetch();
    if (e) {
        Object *key = str_intern_cstr("name");
        if (key)
            obj_setattr(e, key, val_from_obj(name));
        if (err_occurred())
            err_clear();
        err_restore(e);
    }
}

void op_unbound_local(CodeObj *co, int slot)
{
    Value name = tuple_get(val_as_obj(co->localsplusnames), slot);
    err_set(&Exc_UnboundLocalError, "cannot access local variable '%U' where it is not associated with a value",
            val_as_obj(name));
}

void op_unbound_deref(CodeObj *co, int slot)
{
    Value name = tuple_get(val_as_obj(co->localsplusnames), slot);
    if (co->localspluskinds[slot] & FAST_FREE)
        err_set(&Exc_NameError,
                "cannot access free variable '%U' where it is not associated with a value in enclosing scope",
                val_as_obj(name));
    else
        err_set(&Exc_UnboundLocalError,
                "cannot access local variable '%U' where it is not associated with a value", val_as_obj(name));
}

/* 1 found (new reference in *out), 0 missing, -1 error. */
static int mapping_lookup(Value mapping, Object *name, Value *out)
{
    if (val_type(mapping) == &Dict_Type)
        return dict_get_str(val_as_obj(mapping), name, out);
    *out = obj_getitem(mapping, val_from_obj(name));
    if (*out)
        return 1;
    if (err_matches(&Exc_KeyError)) {
        err_clear();
        return 0;
    }
    return -1;
}

Value op_load_global(Frame *f, Object *name)
{
    Value v;
    int r = dict_get_str(f->globals, name, &v);
    if (r == 0)
        r = dict_get_str(f->builtins, name, &v);
    if (r == 0)
        op_name_error(name);
    return r > 0 ? v : VAL_NULL;
}

Value op_load_name(Frame *f, Object *name)
{
    if (!f->locals) {
        err_set(&Exc_SystemError, "no locals when loading %R", val_from_obj(name));
        return VAL_NULL;
    }
    Value v;
    int r = mapping_lookup(f->locals, name, &v);
    if (r < 0)
        return VAL_NULL;
    if (r)
        return v;
    return op_load_global(f, name);
}

/* ---- Imports ------------------------------------------------------------------------------- */

Value op_import_name(Frame *f, Object *name, Value fromlist, Value level)
{
    Value imp;
    int r = dict_get_cstr(f->builtins, "__import__", &imp);
    if (r <= 0) {
        if (r == 0)
            err_set(&Exc_ImportError, "__import__ not found");
        return VAL_NULL;
    }
    Value locals = f->locals ? f->locals : VAL_NONE;
    Value args[5] = {val_from_obj(name), val_from_obj(f->globals), locals, fromlist, level};
    Value m = obj_call(imp, args, 5, NULL);
    val_decref(imp);
    return m;
}

static Value sys_modules(void)
{
    VmThread *t = vm_thread();
    Value sys = VAL_NULL;
    if (t->frame) {
        Object *name = str_intern_cstr("sys");
        Value lvl = val_from_int(0);
        sys = op_import_name(t->frame, name, VAL_NONE, lvl);
    }
    if (!sys)
        return VAL_NULL;
    Value mods = obj_getattr_cstr(sys, "modules");
    val_decref(sys);
    return mods;
}

Value op_import_from(Value module, Object *name)
{
    Value v;
    int r = obj_lookup_attr(module, name, &v);
    if (r != 0)
        return r > 0 ? v : VAL_NULL;
    /* a submodule being imported: sys.modules["pkg.name"] */
    Value pkgname;
    r = obj_lookup_attr(module, str_intern_cstr("__name__"), &pkgname);
    if (r < 0)
        return VAL_NULL;
    if (r > 0 && val_is_str(pkgname)) {
        Value full = str_printf("%U.%U", val_as_obj(pkgname), name);
        Value mods = full ? sys_modules() : VAL_NULL;
        if (mods) {
            Value sub = obj_getitem(mods, full);
            val_decref(mods);
            if (sub) {
                val_decref(full);
                val_decref(pkgname);
                return sub;
            }
        }
        err_clear();
        val_xdecref(full);
    }
    Value file = VAL_NULL;
    if (obj_lookup_attr(module, str_intern_cstr("__file__"), &file) < 0)
        err_clear();
    if (r > 0 && val_is_str(pkgname)) {
        if (file)
            err_set(&Exc_ImportError, "cannot import name '%U' from '%U' (%S)", name, val_as_obj(pkgname), file);
        else
            err_set(&Exc_ImportError, "cannot import name '%U' from '%U' (unknown location)", name,
                    val_as_obj(pkgname));
    } else {
        err_set(&Exc_ImportError, "cannot import name '%U' from '<unknown module name>' (unknown location)", name);
    }
    val_xdecref(file);
    if (r > 0)
        val_decref(pkgname);
    return VAL_NULL;
}

int op_import_star(Frame *f, Value module)
{
    if (!f->locals) {
        err_set(&Exc_SystemError, "no locals found during 'import *'");
        return -1;
    }
    Value all;
    int r = obj_lookup_attr(module, str_intern_cstr("__all__"), &all);
    if (r < 0)
        return -1;
    bool skip_private = false;
    if (r == 0) {
        Value d;
        r = obj_lookup_attr(module, str_intern_cstr("__dict__"), &d);
        if (r <= 0) {
            if (r == 0)
                err_set(&Exc_ImportError, "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = obj_call_method_cstr(d, "keys", NULL, 0);
        val_decref(d);
        if (!all)
            return -1;
        skip_private = true;
    }
    Value it = obj_iter(all);
    val_decref(all);
    if (!it)
        return -1;
    int rc = 0;
    for (;;) {
        Value name = obj_next(it);
        if (!name) {
            if (err_occurred())
                rc = -1;
            break;
        }
        if (!val_is_str(name)) {
            err_set(&Exc_TypeError, "%s in %U.%s must be str, not %s", skip_private ? "Key" : "Item",
                    val_as_obj(val_from_obj(str_intern_cstr("module"))), skip_private ? "__dict__" : "__all__",
                    type_name(val_type(name)));
            val_decref(name);
            rc = -1;
            break;
        }
        if (skip_private && str_len(val_as_str(name)) > 0 && str_char_at(val_as_str(name), 0) == '_') {
            val_decref(name);
            continue;
        }
        Value v = obj_getattr(module, val_as_obj(name));
        if (!v || obj_setitem(f->locals, name, v) < 0) {
            val_xdecref(v);
            val_decref(name);
            rc = -1;
            break;
        }
        val_decref(v);
        val_decref(name);
    }
    val_decref(it);
    return rc;
}

/* ---- Unpacking ---------------------------------------------------------------------------- */

static int unpack_iterable_error(Value seq)
{
    if (err_matches(&Exc_TypeError) && !val_type(seq)->iter && !val_type(seq)->getitem) {
        err_clear();
        err_set(&Exc_TypeError, "cannot unpack non-iterable %s object", type_name(val_type(seq)));
    }
    return -1;
}

int op_unpack_sequence(Value seq, int n, Value *out)
{
    if (val_is_obj(seq) && (val_as_obj(seq)->type == &Tuple_Type || val_as_obj(seq)->type == &List_Type)) {
        Object *o = val_as_obj(seq);
        Object *tup = o->type == &List_Type ? list_as_tuple(o) : o;
        if (!tup)
            return -1;
        ssize_t len = tuple_size(tup);
        if (len != n) {
            if (len < n)
                err_set(&Exc_ValueError, "not enough values to unpack (expected %d, got %zd)", n, len);
            else
                err_set(&Exc_ValueError, "too many values to unpack (expected %d, got %zd)", n, len);
            if (tup != o)
                obj_decref(tup);
            return -1;
        }
        for (int i = 0; i < n; i++)
            out[i] = val_ref(tuple_get(tup, i));
        if (tup != o)
            obj_decref(tup);
        return 0;
    }
    Value it = obj_iter(seq);
    if (!it)
        return unpack_iterable_error(seq);
    int i = 0;
    for (; i < n; i++) {
        Value v = obj_next(it);
        if (!v) {
            if (!err_occurred())
                err_set(&Exc_ValueError, "not enough values to unpack (expected %d, got %d)", n, i);
            goto fail;
        }
        out[i] = v;
    }
    Value extra = obj_next(it);
    if (extra) {
        val_decref(extra);
        ssize_t len = -1;
        if (val_type(seq)->len) {
            len = obj_len(seq);
            if (len < 0)
                err_clear();
        }
        if (len >= 0)
            err_set(&Exc_ValueError, "too many values to unpack (expected %d, got %zd)", n, len);
        else
            err_set(&Exc_ValueError, "too many values to unpack (expected %d)", n);
        goto fail;
    }
    if (err_occurred())
        goto fail;
    val_decref(it);
    return 0;
fail:
    for (int k = 0; k < i; k++)
        val_decref(out[k]);
    val_decref(it);
    return -1;
}

int op_unpack_ex(Value seq, int before, int after, Value *out)
{
    Value it = obj_iter(seq);
    if (!it)
        return unpack_iterable_error(seq);
    int i = 0;
    for (; i < before; i++) {
        Value v = obj_next(it);
        if (!v) {
            if (!err_occurred())
                err_set(&Exc_ValueError, "not enough values to unpack (expected at least %d, got %d)",
                        before + after, i);
            goto fail;
        }
        out[i] = v;
    }
    Object *rest = list_from_iterable(it);
    if (!rest)
        goto fail;
    ssize_t n = list_size(rest);
    if (n < after) {
        err_set(&Exc_ValueError, "not enough values to unpack (expected at least %d, got %zd)", before + after,
                before + n);
        obj_decref(rest);
        goto fail;
    }
    for (int k = 0; k < after; k++)
        out[before + 1 + k] = list_get(rest, n - after + k);
    if (after) {
        /* drop the tail moved out of the list */
        Value empty = val_from_obj(list_new(0));
        Value sl = slice_new(val_from_int(n - after), VAL_NONE, VAL_NULL);
        if (!sl || obj_delitem(val_from_obj(rest), sl) < 0) {
            val_xdecref(sl);
            val_xdecref(empty);
            for (int k = 0; k < after; k++)
                val_decref(out[before + 1 + k]);
            obj_decref(rest);
            goto fail;
        }
        val_decref(sl);
        val_xdecref(empty);
    }
    out[before] = val_from_obj(rest);
    val_decref(it);
    return 0;
fail:
    for (int k = 0; k < i; k++)
        val_decref(out[k]);
    val_decref(it);
    return -1;
}

/* ---- Calls ------------------------------------------------------------------------------------ */

Value op_function_str(Value func)
{
    Value qual;
    int r = obj_lookup_attr(func, str_intern_cstr("__qualname__"), &qual);
    if (r <= 0) {
        if (r < 0)
            err_clear();
        return obj_str(func);
    }
    Value mod;
    r = obj_lookup_attr(func, str_intern_cstr("__module__"), &mod);
    if (r < 0)
        err_clear();
    Value s;
    if (r > 0 && val_is_str(mod) && !str_eq_cstr(val_as_str(mod), "builtins"))
        s = str_printf("%S.%S()", mod, qual);
    else
        s = str_printf("%S()", qual);
    if (r > 0)
        val_decref(mod);
    val_decref(qual);
    return s;
}

int op_dict_merge(Value func, Value dict, Value m)
{
    Value keys = obj_call_method_cstr(m, "keys", NULL, 0);
    if (!keys) {
        if (err_matches(&Exc_AttributeError)) {
            err_clear();
            Value fs = op_function_str(func);
            if (fs) {
                err_set(&Exc_TypeError, "%U argument after ** must be a mapping, not %s", val_as_obj(fs),
                        type_name(val_type(m)));
                val_decref(fs);
            }
        }
        return -1;
    }
    Value it = obj_iter(keys);
    val_decref(keys);
    if (!it)
        return -1;
    int rc = 0;
    for (;;) {
        Value key = obj_next(it);
        if (!key) {
            if (err_occurred())
                rc = -1;
            break;
        }
        if (!val_is_str(key)) {
            Value fs = op_function_str(func);
            if (fs) {
                err_set(&Exc_TypeError, "%U keywords must be strings", val_as_obj(fs));
                val_decref(fs);
            }
            val_decref(key);
            rc = -1;
            break;
        }
        Value existing;
        int has = dict_get(val_as_obj(dict), key, &existing);
        if (has != 0) {
            if (has > 0) {
                val_decref(existing);
                Value fs = op_function_str(func);
                if (fs) {
                    err_set(&Exc_TypeError, "%U got multiple values for keyword argument '%S'", val_as_obj(fs),
                            key);
                    val_decref(fs);
                }
            }
            val_decref(key);
            rc = -1;
            break;
        }
        Value v = obj_getitem(m, key);
        if (!v || dict_set(val_as_obj(dict), key, v) < 0) {
            val_xdecref(v);
            val_decref(key);
            rc = -1;
            break;
        }
        val_decref(v);
        val_decref(key);
    }
    val_decref(it);
    return rc;
}

Value op_call_ex(Value func, Value args, Value kwargs)
{
    Value tup = args;
    bool own = false;
    if (!val_is_obj(args) || val_as_obj(args)->type != &Tuple_Type) {
        Object *t = tuple_from_iterable(args);
        if (!t) {
            if (err_matches(&Exc_TypeError) && !val_type(args)->iter && !val_type(args)->getitem) {
                err_clear();
                Value fs = op_function_str(func);
                if (fs) {
                    err_set(&Exc_TypeError, "%U argument after * must be an iterable, not %s", val_as_obj(fs),
                            type_name(val_type(args)));
                    val_decref(fs);
                }
            }
            return VAL_NULL;
        }
        tup = val_from_obj(t);
        own = true;
    }
    Value kw = kwargs;
    bool ownkw = false;
    if (kwargs && val_type(kwargs) != &Dict_Type) {
        Object *d = dict_new();
        if (!d || op_dict_merge(func, val_from_obj(d), kwargs) < 0) {
            if (d)
                obj_decref(d);
            if (own)
                val_decref(tup);
            return VAL_NULL;
        }
        kw = val_from_obj(d);
        ownkw = true;
    }
    Value r = obj_call_tuple_dict(func, tup, kw && dict_len(val_as_obj(kw)) ? kw : VAL_NULL);
    if (own)
        val_decref(tup);
    if (ownkw)
        val_decref(kw);
    return r;
}

/* ---- with ------------------------------------------------------------------------------------ */

static Value lookup_special(Value obj, const char *name)
{
    Type *t = val_type(obj);
    Value d = type_lookup(t, str_intern_cstr(name));
    if (!d)
        return VAL_NULL;
    Type *dt = val_type(d);
    if (dt->descr_get)
        return dt->descr_get(d, obj, val_from_obj(&t->core.base));
    return val_ref(d);
}

int op_before_with(Value mgr, bool async, Value *exit_out, Value *res_out)
{
    const char *enter_name = async ? "__aenter__" : "__enter__";
    const char *exit_name = async ? "__aexit__" : "__exit__";
    Value enter = lookup_special(mgr, enter_name);
    if (!enter) {
        if (!err_occurred())
            err_set(&Exc_TypeError,
                    async ? "'%s' object does not support the asynchronous context manager protocol"
                          : "'%s' object does not support the context manager protocol",
                    type_name(val_type(mgr)));
        return -1;
    }
    Value exitf = lookup_special(mgr, exit_name);
    if (!exitf) {
        if (!err_occurred())
            err_set(&Exc_TypeError,
                    async ? "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
                          : "'%s' object does not support the context manager protocol (missed __exit__ method)",
                    type_name(val_type(mgr)));
        val_decref(enter);
        return -1;
    }
    Value res = obj_call0(enter);
    val_decref(enter);
    if (!res) {
        val_decref(exitf);
        return -1;
    }
    *exit_out = exitf;
    *res_out = res;
    return 0;
}

Value op_with_exit(Value exitf, Value exc)
{
    Value tb = ((ExcObj *)val_as_obj(exc))->traceback;
    Value args[3] = {val_from_obj(&val_type(exc)->core.base), exc, tb ? tb : VAL_NONE};
    return obj_call(exitf, args, 3, NULL);
}

/* ---- Exceptions -------------------------------------------------------------------------------- */

static bool is_exc_class(Value v)
{
    return val_type_has(v, TF_TYPE_SUBCLASS) && type_is_subtype((Type *)val_as_obj(v), &Exc_BaseException);
}

int op_check_exc_match_type(Value type, bool star)
{
    if (val_is_tuple(type)) {
        Object *t = val_as_obj(type);
        for (ssize_t i = 0; i < tuple_size(t); i++)
            if (op_check_exc_match_type(tuple_get(t, i), star) < 0)
                return -1;
        return 0;
    }
    if (!is_exc_class(type)) {
        err_set(&Exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    if (star && type_is_subtype((Type *)val_as_obj(type), &Exc_BaseExceptionGroup)) {
        err_set(&Exc_TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
        return -1;
    }
    return 0;
}

int op_check_eg_match(Value exc, Value type, Value *rest, Value *match)
{
    if (exc == VAL_NONE) {
        *rest = val_ref(VAL_NONE);
        *match = val_ref(VAL_NONE);
        return 0;
    }
    int m = err_matches_value(exc, type);
    if (m) {
        if (val_isinstance_type(exc, &Exc_BaseExceptionGroup)) {
            *match = val_ref(exc);
        } else {
            /* a naked exception is wrapped in a group */
            Value msg = str_empty();
            Object *lst = tuple_pack(1, exc);
            Value lv = lst ? val_from_obj(list_from_array(tuple_items(lst), 1)) : VAL_NULL;
            if (lst)
                obj_decref(lst);
            if (!lv)
                return -1;
            Value args[2] = {msg, lv};
            Value g = exc_new(&Exc_BaseExceptionGroup, args, 2);
            val_decref(lv);
            if (!g)
                return -1;
            Value tb = ((ExcObj *)val_as_obj(exc))->traceback;
            if (tb)
                exc_set_traceback(g, val_ref(tb));
            *match = g;
        }
        *rest = val_ref(VAL_NONE);
        return 0;
    }
    if (val_isinstance_type(exc, &Exc_BaseExceptionGroup)) {
        Value pair = obj_call_method_cstr(exc, "split", &type, 1);
        if (!pair)
            return -1;
        if (!val_is_tuple(pair) || tuple_size(val_as_obj(pair)) != 2) {
            err_set(&Exc_TypeError, "%s.split must return a 2-tuple, got %s", type_name(val_type(exc)),
                    type_name(val_type(pair)));
            val_decref(pair);
            return -1;
        }
        *match = val_ref(tuple_get(val_as_obj(pair), 0));
        *rest = val_ref(tuple_get(val_as_obj(pair), 1));
        val_decref(pair);
        return 0;
    }
    *match = val_ref(VAL_NONE);
    *rest = val_ref(exc);
    return 0;
}

void op_raise(Value exc, Value cause)
{
    Value inst;
    if (val_type_has(exc, TF_TYPE_SUBCLASS)) {
        if (!is_exc_class(exc)) {
            err_set(&Exc_TypeError, "exceptions must derive from BaseException");
            return;
        }
        inst = obj_call0(exc);
        if (!inst)
            return;
        if (!val_isinstance_type(inst, &Exc_BaseException)) {
            err_set(&Exc_TypeError, "calling %R should have returned an instance of BaseException, not %s", exc,
                    type_name(val_type(inst)));
            val_decref(inst);
            return;
        }
    } else if (val_isinstance_type(exc, &Exc_BaseException)) {
        inst = val_ref(exc);
    } else {
        err_set(&Exc_TypeError, "exceptions must derive from BaseException");
        return;
    }
    if (cause) {
        Value c;
        if (cause == VAL_NONE) {
            c = VAL_NONE;
        } else if (val_type_has(cause, TF_TYPE_SUBCLASS)) {
            if (!is_exc_class(cause)) {
                val_decref(inst);
                err_set(&Exc_TypeError, "exception causes must derive from BaseException");
                return;
            }
            c = obj_call0(cause);
            if (!c) {
                val_decref(inst);
                return;
            }
        } else if (val_isinstance_type(cause, &Exc_BaseException)) {
            c = val_ref(cause);
        } else {
            val_decref(inst);
            err_set(&Exc_TypeError, "exception causes must derive from BaseException");
            return;
        }
        exc_set_cause(inst, c);
    }
    err_restore(inst);
}

/* Collects the leaf exceptions of e (a group or not) into list. */
static int collect_leaves(Value e, Object *list)
{
    if (!val_isinstance_type(e, &Exc_BaseExceptionGroup))
        return list_append(list, e);
    Value excs = obj_getattr_cstr(e, "exceptions");
    if (!excs)
        return -1;
    int rc = 0;
    for (ssize_t i = 0; i < tuple_size(val_as_obj(excs)) && rc == 0; i++)
        rc = collect_leaves(tuple_get(val_as_obj(excs), i), list);
    val_decref(excs);
    return rc;
}

static bool same_metadata(Value a, Value b)
{
    ExcObj *x = (ExcObj *)val_as_obj(a), *y = (ExcObj *)val_as_obj(b);
    return x->notes == y->notes && x->traceback == y->traceback && x->cause == y->cause &&
           x->context == y->context;
}

/* The split predicate: leaf identity in the tuple bound as self. */
static Value leaf_in(Value self, const Value *args, size_t nargs, Object *kw)
{
    (void)kw;
    if (nargs != 1)
        return val_ref(VAL_FALSE);
    Object *leaves = val_as_obj(self);
    for (ssize_t i = 0; i < list_size(leaves); i++) {
        Value l = list_get(leaves, i);
        val_decref(l);
        if (l == args[0])
            return val_ref(VAL_TRUE);
    }
    return val_ref(VAL_FALSE);
}

static const MethodDef leaf_in_def = {"_leaf_in", leaf_in, 0, NULL};

Value op_prep_reraise_star(Value orig, Value excs)
{
    Object *l = val_as_obj(excs);
    ssize_t n = list_size(l);
    Object *raised = list_new(0), *reraised_leaves = list_new(0);
    if (!raised || !reraised_leaves)
        goto fail;
    int nreraised = 0;
    for (ssize_t i = 0; i < n; i++) {
        Value e = list_get(l, i);
        if (e == VAL_NONE) {
            val_decref(e);
            continue;
        }
        bool is_reraise = val_isinstance_type(orig, &Exc_BaseExceptionGroup) && same_metadata(e, orig);
        int r = is_reraise ? collect_leaves(e, reraised_leaves) : list_append(raised, e);
        nreraised += is_reraise;
        val_decref(e);
        if (r < 0)
            goto fail;
    }
    if (list_size(raised) == 0 && nreraised == 0) {
        obj_decref(raised);
        obj_decref(reraised_leaves);
        return val_ref(VAL_NONE);
    }
    if (!val_isinstance_type(orig, &Exc_BaseExceptionGroup)) {
        /* a naked exception: one item, raised or re-raised */
        Value r = list_size(raised) ? list_get(raised, 0) : val_ref(orig);
        obj_decref(raised);
        obj_decref(reraised_leaves);
        return r;
    }
    Value keep = VAL_NULL;
    if (nreraised) {
        Value pred = cfunc_new(&leaf_in_def, val_from_obj(reraised_leaves), NULL);
        if (!pred)
            goto fail;
        keep = obj_call_method_cstr(orig, "subgroup", &pred, 1);
        val_decref(pred);
        if (!keep)
            goto fail;
    }
    obj_decref(reraised_leaves);
    reraised_leaves = NULL;
    if (list_size(raised) == 0) {
        obj_decref(raised);
        return keep ? keep : val_ref(VAL_NONE);
    }
    if (keep && keep != VAL_NONE && list_append(raised, keep) < 0)
        goto fail;
    val_xdecref(keep);
    keep = VAL_NULL;
    if (list_size(raised) == 1) {
        Value r = list_get(raised, 0);
        obj_decref(raised);
        return r;
    }
    {
        Value msg = str_empty();
        Value args[2] = {msg, val_from_obj(raised)};
        Value g = exc_new(&Exc_ExceptionGroup, args, 2);
        if (!g) {
            err_clear();
            g = exc_new(&Exc_BaseExceptionGroup, args, 2);
        }
        obj_decref(raised);
        return g;
    }
fail:
    if (raised)
        obj_decref(raised);
    if (reraised_leaves)
        obj_decref(reraised_leaves);
    val_xdecref(keep);
    return VAL_NULL;
}

/* ---- Awaitables ------------------------------------------------------------------------------- */

Value op_get_awaitable(Value v, int where)
{
    if (val_is_obj(v) && val_as_obj(v)->type == &Coroutine_Type) {
        GenObj *g = (GenObj *)val_as_obj(v);
        if (g->delegating && atomic_load(&g->state) == GEN_SUSPENDED) {
            err_set(&Exc_RuntimeError, "coroutine is being awaited already");
            return VAL_NULL;
        }
        return val_ref(v);
    }
    if (val_is_obj(v) && val_as_obj(v)->type == &Generator_Type &&
        (gen_frame((GenObj *)val_as_obj(v))->code->flags & CO_ITERABLE_COROUTINE))
        return val_ref(v);
    Value aw = lookup_special(v, "__await__");
    if (!aw) {
        if (err_occurred())
            return VAL_NULL;
        if (where == 1)
            err_set(&Exc_TypeError, "'async with' received an object from __aenter__ that does not implement __await__: %s",
                    type_name(val_type(v)));
        else if (where == 2)
            err_set(&Exc_TypeError, "'async with' received an object from __aexit__ that does not implement __await__: %s",
                    type_name(val_type(v)));
        else
            err_set(&Exc_TypeError, "'%s' object can't be awaited", type_name(val_type(v)));
        return VAL_NULL;
    }
    Value it = obj_call0(aw);
    val_decref(aw);
    if (!it)
        return VAL_NULL;
    if (val_is_obj(it) && (val_as_obj(it)->type == &Coroutine_Type)) {
        err_set(&Exc_TypeError, "__await__() returned a coroutine");
        val_decref(it);
        return VAL_NULL;
    }
    if (!val_type(it)->iternext) {
        err_set(&Exc_TypeError, "__await__() returned non-iterator of type '%s'", type_name(val_type(it)));
        val_decref(it);
        return VAL_NULL;
    }
    return it;
}

Value op_get_aiter(Value v)
{
    Value m = lookup_special(v, "__aiter__");
    if (!m) {
        if (!err_occurred())
            err_set(&Exc_TypeError, "'async for' requires an object with __aiter__ method, got %s",
                    type_name(val_type(v)));
        return VAL_NULL;
    }
    Value it = obj_call0(m);
    val_decref(m);
    if (!it)
        return VAL_NULL;
    Value nx = type_lookup(val_type(it), str_intern_cstr("__anext__"));
    if (!nx) {
        err_set(&Exc_TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                type_name(val_type(it)));
        val_decref(it);
        return VAL_NULL;
    }
    return it;
}

Value op_get_anext(Value aiter)
{
    if (val_is_obj(aiter) && val_as_obj(aiter)->type == &AsyncGenerator_Type)
        return async_gen_asend(aiter, VAL_NONE);
    Value m = lookup_special(aiter, "__anext__");
    if (!m) {
        if (!err_occurred())
            err_set(&Exc_TypeError, "'async for' requires an iterator with __anext__ method, got %s",
                    type_name(val_type(aiter)));
        return VAL_NULL;
    }
    Value aw = obj_call0(m);
    val_decref(m);
    if (!aw)
        return VAL_NULL;
    Value it = op_get_awaitable(aw, 0);
    if (!it && err_matches(&Exc_TypeError)) {
        err_clear();
        err_set(&Exc_TypeError, "'async for' received an invalid object from __anext__: %s", type_name(val_type(aw)));
    }
    val_decref(aw);
    return it;
}

Value op_get_yield_from_iter(Frame *f, Value v)
{
    if (val_is_obj(v) && val_as_obj(v)->type == &Coroutine_Type) {
        if (!(f->code->flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
            err_set(&Exc_TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
            return VAL_NULL;
        }
        return val_ref(v);
    }
    if (val_is_obj(v) && val_as_obj(v)->type == &Generator_Type)
        return val_ref(v);
    return obj_iter(v);
}

/* ---- Pattern matching --------------------------------------------------------------------------- */

static bool mro_has_name(Type *t, const char *a, const char *b)
{
    Object *mro = t->mro;
    if (!mro)
        return false;
    for (ssize_t i = 0; i < tuple_size(mro); i++) {
        Type *m = (Type *)val_as_obj(tuple_get(mro, i));
        const char *n = m->core.name;
        if (m->name_obj)
            n = str_utf8_lossy((StrObj *)m->name_obj);
        if (strcmp(n, a) == 0 || (b && strcmp(n, b) == 0))
            return true;
    }
    return false;
}

int op_match_mapping(Value subject)
{
    if (val_is_dict(subject))
        return 1;
    Type *t = val_type(subject);
    if (val_is_int(subject) || val_is_str(subject) || val_is_tuple(subject) || val_is_list(subject))
        return 0;
    return mro_has_name(t, "Mapping", "MutableMapping");
}

int op_match_sequence(Value subject)
{
    if (val_is_list(subject) || val_is_tuple(subject))
        return 1;
    if (val_is_int(subject) || val_is_str(subject) || val_is_dict(subject) ||
        val_type_has(subject, TF_BYTES_SUBCLASS))
        return 0;
    Type *t = val_type(subject);
    if (mro_has_name(t, "bytearray", NULL))
        return 0;
    return mro_has_name(t, "Sequence", "MutableSequence") || mro_has_name(t, "range", "memoryview") ||
           mro_has_name(t, "deque", "array");
}

Value op_match_keys(Value subject, Value keys)
{
    Object *k = val_as_obj(keys);
    ssize_t n = tuple_size(k);
    if (n == 0)
        return val_from_obj(tuple_new(0));
    Value get = obj_getattr_cstr(subject, "get");
    if (!get)
        return VAL_NULL;
    Object *vals = tuple_new(n);
    if (!vals) {
        val_decref(get);
        return VAL_NULL;
    }
    for (ssize_t i = 0; i < n; i++)
        tuple_items(vals)[i] = VAL_NULL;
    Value dummy = val_from_obj(str_intern_cstr("<ftpy match dummy>"));
    for (ssize_t i = 0; i < n; i++) {
        Value args[2] = {tuple_get(k, i), dummy};
        Value v = obj_call(get, args, 2, NULL);
        if (!v) {
            obj_decref(vals);
            val_decref(get);
            return VAL_NULL;
        }
        if (v == dummy) {
            val_decref(v);
            obj_decref(vals);
            val_decref(get);
            return val_ref(VAL_NONE);
        }
        tuple_items(vals)[i] = v;
    }
    val_decref(get);
    return val_from_obj(vals);
}

static int match_attr(Value subject, Value name, Value *out)
{
    int r = obj_lookup_attr(subject, val_as_obj(name), out);
    return r;
}

static bool is_self_matching(Type *t)
{
    static const char *const names[] = {"bool", "bytearray", "bytes", "dict", "float", "frozenset", "int",
                                        "list", "set", "str", "tuple", NULL};
    for (Type *b = t; b; b = b->base)
        for (int i = 0; names[i]; i++)
            if (!(b->tflags & TF_HEAPTYPE) && strcmp(b->core.name, names[i]) == 0)
                return true;
    return false;
}

Value op_match_class(Value subject, Value cls, int nargs, Value names)
{
    if (!val_type_has(cls, TF_TYPE_SUBCLASS)) {
        err_set(&Exc_TypeError, "called match pattern must be a class");
        return VAL_NULL;
    }
    int inst = obj_isinstance(subject, cls);
    if (inst <= 0)
        return inst < 0 ? VAL_NULL : val_ref(VAL_NONE);
    Type *ct = (Type *)val_as_obj(cls);
    Object *kw = val_as_obj(names);
    ssize_t nkw = tuple_size(kw);
    Object *attrs = list_new(0);
    Object *seen = list_new(0);
    if (!attrs || !seen)
        goto fail;
    if (nargs) {
        Value match_args = VAL_NULL;
        int r = obj_lookup_attr(cls, str_intern_cstr("__match_args__"), &match_args);
        if (r < 0)
            goto fail;
        bool self_match = false;
        ssize_t allowed;
        if (r == 0) {
            self_match = is_self_matching(ct);
            allowed = self_match ? 1 : 0;
        } else {
            if (!val_is_tuple(match_args)) {
                err_set(&Exc_TypeError, "%s.__match_args__ must be a tuple (got %s)", type_name(ct),
                        type_name(val_type(match_args)));
                val_decref(match_args);
                goto fail;
            }
            allowed = tuple_size(val_as_obj(match_args));
        }
        if (nargs > allowed) {
            err_set(&Exc_TypeError, "%s() accepts %zd positional sub-pattern%s (%d given)", type_name(ct), allowed,
                    allowed == 1 ? "" : "s", nargs);
            val_xdecref(match_args);
            goto fail;
        }
        if (self_match) {
            if (list_append(attrs, subject) < 0)
                goto fail;
        } else {
            for (int i = 0; i < nargs; i++) {
                Value name = tuple_get(val_as_obj(match_args), i);
                if (!val_is_str(name)) {
                    err_set(&Exc_TypeError, "__match_args__ elements must be strings (got %s)",
                            type_name(val_type(name)));
                    val_decref(match_args);
                    goto fail;
                }
                for (ssize_t j = 0; j < list_size(seen); j++) {
                    Value s = list_get(seen, j);
                    val_decref(s);
                    if (str_eq(val_as_str(s), val_as_str(name))) {
                        err_set(&Exc_TypeError, "%s() got multiple sub-patterns for attribute %R", type_name(ct),
                                name);
                        val_decref(match_args);
                        goto fail;
                    }
                }
                if (list_append(seen, name) < 0)
                    goto fail;
                Value v;
                int has = match_attr(subject, name, &v);
                if (has <= 0) {
                    val_decref(match_args);
                    if (has < 0)
                        goto fail;
                    obj_decref(attrs);
                    obj_decref(seen);
                    return val_ref(VAL_NONE);
                }
                int rr = list_append(attrs, v);
                val_decref(v);
                if (rr < 0)
                    goto fail;
            }
        }
        val_xdecref(match_args);
    }
    for (ssize_t i = 0; i < nkw; i++) {
        Value name = tuple_get(kw, i);
        for (ssize_t j = 0; j < list_size(seen); j++) {
            Value s = list_get(seen, j);
            val_decref(s);
            if (str_eq(val_as_str(s), val_as_str(name))) {
                err_set(&Exc_TypeError, "%s() got multiple sub-patterns for attribute %R", type_name(ct), name);
                goto fail;
            }
        }
        if (list_append(seen, name) < 0)
            goto fail;
        Value v;
        int has = match_attr(subject, name, &v);
        if (has <= 0) {
            if (has < 0)
                goto fail;
            obj_decref(attrs);
            obj_decref(seen);
            return val_ref(VAL_NONE);
        }
        int rr = list_append(attrs, v);
        val_decref(v);
        if (rr < 0)
            goto fail;
    }
    obj_decref(seen);
    Object *t = list_as_tuple(attrs);
    obj_decref(attrs);
    return t ? val_from_obj(t) : VAL_NULL;
fail:
    if (attrs)
        obj_decref(attrs);
    if (seen)
        obj_decref(seen);
    return VAL_NULL;
}

/* ---- Strings ------------------------------------------------------------------------------------- */

Value op_build_string(Value *items, int n)
{
    StrBuilder b;
    sb_init(&b);
    for (int i = 0; i < n; i++)
        sb_add_str(&b, items[i]);
    return sb_finish(&b);
}

Value op_format(Value v, Value spec)
{
    return obj_format(v, spec);
}

Value op_convert(Value v, int how)
{
    switch (how) {
    case CONV_STR: return obj_str(v);
    case CONV_REPR: return obj_repr(v);
    case CONV_ASCII: return obj_ascii(v);
    default:
        err_set(&Exc_SystemError, "bad conversion %d", how);
        return VAL_NULL;
    }
}

/* ---- Intrinsics ------------------------------------------------------------------------------------ */

static Value not_supported(const char *what)
{
    err_set(&Exc_NotImplementedError, "%s is not supported yet", what);
    return VAL_NULL;
}

Value op_intrinsic1(Frame *f, int which, Value v)
{
    switch (which) {
    case INTRINSIC_PRINT: {
        Value mods = sys_modules();
        if (!mods)
            return VAL_NULL;
        Value sys = obj_getitem(mods, val_from_obj(str_intern_cstr("sys")));
        val_decref(mods);
        if (!sys)
            return VAL_NULL;
        Value hook = obj_getattr_cstr(sys, "displayhook");
        val_decref(sys);
        if (!hook)
            return VAL_NULL;
        Value r = obj_call1(hook, v);
        val_decref(hook);
        return r;
    }
    case INTRINSIC_IMPORT_STAR:
        return op_import_star(f, v) < 0 ? VAL_NULL : val_ref(VAL_NONE);
    case INTRINSIC_STOPITERATION_ERROR:
        return val_ref(v);
    case INTRINSIC_ASYNC_GEN_WRAP:
        return async_gen_wrap(val_ref(v));
    case INTRINSIC_UNARY_POSITIVE:
        return obj_pos(v);
    case INTRINSIC_LIST_TO_TUPLE: {
        Object *t = list_as_tuple(val_as_obj(v));
        return t ? val_from_obj(t) : VAL_NULL;
    }
    case INTRINSIC_TYPEVAR: case INTRINSIC_PARAMSPEC: case INTRINSIC_TYPEVARTUPLE:
    case INTRINSIC_SUBSCRIPT_GENERIC: case INTRINSIC_TYPEALIAS:
        return not_supported("PEP 695 type parameter syntax");
    default:
        err_set(&Exc_SystemError, "bad intrinsic %d", which);
        return VAL_NULL;
    }
}

Value op_intrinsic2(Frame *f, int which, Value a, Value b)
{
    (void)f;
    switch (which) {
    case INTRINSIC_PREP_RERAISE_STAR:
        return op_prep_reraise_star(a, b);
    case INTRINSIC_SET_FUNCTION_TYPE_PARAMS:
        if (val_is_obj(a) && val_as_obj(a)->type == &Function_Type) {
            val_replace(&((FuncObj *)val_as_obj(a))->type_params, val_ref(b));
            return val_ref(a);
        }
        return not_supported("PEP 695 type parameter syntax");
    default:
        return not_supported("PEP 695 type parameter syntax");
    }
}
