/* builtins that run or build code: __build_class__ (the class statement),
 * __import__, compile, exec, eval; and the types the builtins module
 * exposes. */
#include <string.h>

#include "modules/builtins.h"
#include "objects/descr.h"
#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/floatobj.h"
#include "objects/intobj.h"
#include "objects/listobj.h"
#include "objects/module.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "vm/vm.h"

Type *type_calculate_meta(Type *meta, Object *bases);

/* Replaces bases that define __mro_entries__ (PEP 560); returns a new
 * tuple, or the same one with a new reference when nothing changed. */
static Object *resolve_bases(Object *bases, bool *changed)
{
    *changed = false;
    Object *out = list_new(0);
    if (!out)
        return NULL;
    for (ssize_t i = 0; i < tuple_size(bases); i++) {
        Value b = tuple_get(bases, i), meth = VAL_NULL;
        int found = val_type_has(b, TF_TYPE_SUBCLASS)
                        ? 0 : obj_lookup_attr(b, str_intern_cstr("__mro_entries__"), &meth);
        if (found < 0)
            goto fail;
        if (!found) {
            if (list_append(out, b) < 0)
                goto fail;
            continue;
        }
        Value entries = obj_call1(meth, (Value)bases);
        val_decref(meth);
        if (!entries)
            goto fail;
        if (!val_is_tuple(entries)) {
            err_set(&Exc_TypeError, "__mro_entries__ must return a tuple");
            val_decref(entries);
            goto fail;
        }
        int r = list_extend(out, entries);
        val_decref(entries);
        if (r < 0)
            goto fail;
        *changed = true;
    }
    if (!*changed) {
        obj_decref(out);
        obj_incref(bases);
        return bases;
    }
    Object *t = list_as_tuple(out);
    obj_decref(out);
    return t;
fail:
    obj_decref(out);
    return NULL;
}

static Value b_build_class(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (nargs < 2) {
        err_set(&Exc_TypeError, "__build_class__: not enough arguments");
        return VAL_NULL;
    }
    Value func = args[0], name = args[1];
    if (val_type(func) != &Function_Type) {
        err_set(&Exc_TypeError, "__build_class__: func must be a function");
        return VAL_NULL;
    }
    if (!val_is_str(name)) {
        err_set(&Exc_TypeError, "__build_class__: name is not a string");
        return VAL_NULL;
    }
    Object *orig_bases = tuple_from_array(args + 2, (ssize_t)nargs - 2);
    if (!orig_bases)
        return VAL_NULL;
    bool changed;
    Object *bases = resolve_bases(orig_bases, &changed);
    Value meta = VAL_NULL, ns = VAL_NULL, cell = VAL_NULL, cls = VAL_NULL;
    Object *kwnames = NULL;
    Value kwvals[32];
    size_t nkw = 0;
    if (!bases)
        goto done;
    ssize_t total_kw = kw ? tuple_size(kw) : 0;
    if (total_kw > 32) {
        err_set(&Exc_TypeError, "too many keyword arguments in class definition");
        goto done;
    }
    Object *kwlist = list_new(0);
    if (!kwlist)
        goto done;
    for (ssize_t i = 0; i < total_kw; i++) {
        Value k = tuple_get(kw, i);
        if (str_eq_cstr(val_as_str(k), "metaclass")) {
            meta = val_ref(args[nargs + (size_t)i]);
            continue;
        }
        list_append(kwlist, k);
        kwvals[nkw++] = args[nargs + (size_t)i];
    }
    if (nkw)
        kwnames = list_as_tuple(kwlist);
    obj_decref(kwlist);
    if (nkw && !kwnames)
        goto done;
    bool is_class = false;
    if (!meta) {
        meta = tuple_size(bases) ? val_ref((Value)val_type(tuple_get(bases, 0))) : val_ref((Value)&Type_Type);
        is_class = true;
    } else {
        is_class = val_type_has(meta, TF_TYPE_SUBCLASS);
    }
    if (is_class) {
        Type *w = type_calculate_meta((Type *)val_as_obj(meta), bases);
        if (!w)
            goto done;
        val_replace(&meta, val_ref((Value)w));
    }
    /* ns = meta.__prepare__(name, bases, **kwds) */
    Value prep;
    int found = obj_lookup_attr(meta, str_intern_cstr("__prepare__"), &prep);
    if (found < 0)
        goto done;
    if (found) {
        Value pargs[2 + 32];
        pargs[0] = name;
        pargs[1] = (Value)bases;
        for (size_t i = 0; i < nkw; i++)
            pargs[2 + i] = kwvals[i];
        ns = obj_call(prep, pargs, 2, kwnames);
        val_decref(prep);
        if (!ns)
            goto done;
        if (!val_type(ns)->getitem) {
            if (is_class)
                err_set(&Exc_TypeError, "%U.__prepare__() must return a mapping, not %s",
                        ((Type *)val_as_obj(meta))->name_obj ? ((Type *)val_as_obj(meta))->name_obj
                                                              : str_intern_cstr(type_name((Type *)val_as_obj(meta))),
                        type_name(val_type(ns)));
            else
                err_set(&Exc_TypeError, "<metaclass>.__prepare__() must return a mapping, not %s",
                        type_name(val_type(ns)));
            goto done;
        }
    } else {
        ns = (Value)dict_new();
        if (!ns)
            goto done;
    }
    cell = vm_run_class_body(func, ns);
    if (!cell)
        goto done;
    if (changed && obj_setitem(ns, (Value)str_intern_cstr("__orig_bases__"), (Value)orig_bases) < 0)
        goto done;
    Value margs[3 + 32];
    margs[0] = name;
    margs[1] = (Value)bases;
    margs[2] = ns;
    for (size_t i = 0; i < nkw; i++)
        margs[3 + i] = kwvals[i];
    cls = obj_call(meta, margs, 3, kwnames);
done:
    obj_decref(orig_bases);
    obj_xdecref(bases);
    val_xdecref(meta);
    val_xdecref(ns);
    val_xdecref(cell);
    obj_xdecref(kwnames);
    return cls;
}

static Value b_import(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level"};
    static const ArgSpec spec = {"__import__", names, 5, 0, 1, 5};
    Value a[5];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    if (!val_is_str(a[0])) {
        err_set(&Exc_TypeError, "__import__() argument 1 must be str, not %s", type_name(val_type(a[0])));
        return VAL_NULL;
    }
    int64_t level = 0;
    if (a[4] && int_as_i64(a[4], &level) < 0)
        return VAL_NULL;
    if (level < 0) {
        err_set(&Exc_ValueError, "level must be >= 0");
        return VAL_NULL;
    }
    return import_module_level(val_as_obj(a[0]), a[1] ? a[1] : VAL_NONE, a[3] ? a[3] : VAL_NULL,
                               (int)level);
}

/* The text of a source argument: str (UTF-8), or bytes-like. */
static const char *source_text(Value src, const char *fname, ssize_t *len, bool strip_leading)
{
    const char *s;
    if (val_is_str(src)) {
        s = str_utf8(val_as_str(src), len);
        if (!s)
            return NULL;
    } else {
        const uint8_t *d;
        if (buffer_get_simple(src, &d, len) < 0) {
            err_clear();
            err_set(&Exc_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
            return NULL;
        }
        s = (const char *)d;
    }
    if ((ssize_t)strlen(s) != *len) {
        err_set(&Exc_SyntaxError, "source code string cannot contain null bytes");
        return NULL;
    }
    if (strip_leading)
        while (*s == ' ' || *s == '\t') {
            s++;
            (*len)--;
        }
    return s;
}

static Value b_compile(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                        "optimize", "_feature_version"};
    static const ArgSpec spec = {"compile", names, 7, 0, 3, 6};
    Value a[7];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    int64_t flags = 0, optimize = -1;
    if (a[3] && int_as_i64(a[3], &flags) < 0)
        return VAL_NULL;
    if (a[5] && int_as_i64(a[5], &optimize) < 0)
        return VAL_NULL;
    if (!val_is_str(a[2])) {
        err_set(&Exc_TypeError, "compile() argument 'mode' must be str, not %s", type_name(val_type(a[2])));
        return VAL_NULL;
    }
    int mode;
    StrObj *m = val_as_str(a[2]);
    if (str_eq_cstr(m, "exec"))
        mode = COMPILE_EXEC;
    else if (str_eq_cstr(m, "eval"))
        mode = COMPILE_EVAL;
    else if (str_eq_cstr(m, "single"))
        mode = COMPILE_SINGLE;
    else if (str_eq_cstr(m, "func_type"))
        mode = COMPILE_FUNC_TYPE;
    else {
        err_set(&Exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
        return VAL_NULL;
    }
    if (flags & ~(int64_t)0x7ffff) {
        err_set(&Exc_ValueError, "compile(): unrecognised flags");
        return VAL_NULL;
    }
    if (flags & 0x400) {
        err_set(&Exc_NotImplementedError, "compile() to an AST object (ast.PyCF_ONLY_AST) is not supported yet");
        return VAL_NULL;
    }
    if (optimize < -1 || optimize > 2) {
        err_set(&Exc_ValueError, "compile(): invalid optimize value");
        return VAL_NULL;
    }
    Value fname = a[1];
    if (!val_is_str(fname)) {
        Value f = obj_call_method_cstr(fname, "__fspath__", NULL, 0);
        if (!f)
            return VAL_NULL;
        fname = f;
    } else {
        val_incref(fname);
    }
    ssize_t len;
    const char *s = source_text(a[0], "compile", &len, false);
    Value code = s ? vm_compile(s, (size_t)len, val_as_obj(fname), mode, (int)optimize) : VAL_NULL;
    val_decref(fname);
    return code;
}

/* exec/eval: resolve globals and locals as CPython 3.13 does. */
static int resolve_namespaces(const char *fname, Value g, Value l, Object **globals, Value *locals)
{
    if (g == VAL_NONE)
        g = VAL_NULL;
    if (l == VAL_NONE)
        l = VAL_NULL;
    if (g && !val_is_dict(g)) {
        err_set(&Exc_TypeError, strcmp(fname, "exec") == 0 ? "exec() globals must be a dict, not %s"
                                                           : "globals must be a dict",
                type_name(val_type(g)));
        return -1;
    }
    if (l && !val_type(l)->getitem) {
        err_set(&Exc_TypeError, "locals must be a mapping");
        return -1;
    }
    if (!g) {
        Object *cur = vm_current_globals();
        if (!cur) {
            err_set(&Exc_SystemError, "%s(): no current frame", fname);
            return -1;
        }
        *globals = cur;
        obj_incref(cur);
        *locals = l ? val_ref(l) : vm_current_locals();
        return *locals ? 0 : -1;
    }
    *globals = val_as_obj(val_ref(g));
    *locals = l ? val_ref(l) : val_ref(g);
    return 0;
}

static Value exec_or_eval(const Value *args, size_t nargs, Object *kw, bool is_eval)
{
    const char *fname = is_eval ? "eval" : "exec";
    static const char *const names[] = {"source", "globals", "locals", "closure"};
    ArgSpec spec = {fname, names, is_eval ? 3 : 4, 1, 1, 3};
    Value a[4];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    Object *globals;
    Value locals;
    if (resolve_namespaces(fname, a[1] ? a[1] : VAL_NONE, a[2] ? a[2] : VAL_NONE, &globals, &locals) < 0)
        return VAL_NULL;
    Value code;
    if (val_type(a[0]) == &Code_Type) {
        code = val_ref(a[0]);
    } else {
        ssize_t len;
        const char *s = source_text(a[0], fname, &len, is_eval);
        Object *fn = str_intern_cstr("<string>");
        code = s ? vm_compile(s, (size_t)len, fn, is_eval ? COMPILE_EVAL : COMPILE_EXEC, -1) : VAL_NULL;
    }
    Value r = VAL_NULL;
    if (code) {
        r = vm_eval_code(code, globals, locals);
        val_decref(code);
    }
    obj_decref(globals);
    val_decref(locals);
    if (r && !is_eval) {
        val_decref(r);
        return VAL_NONE;
    }
    return r;
}

static Value b_exec(Value self, const Value *args, size_t nargs, Object *kw)
{
    return exec_or_eval(args, nargs, kw, false);
}

static Value b_eval(Value self, const Value *args, size_t nargs, Object *kw)
{
    return exec_or_eval(args, nargs, kw, true);
}

const MethodDef builtin_functions_exec[] = {
    {"__build_class__", b_build_class, 0, NULL},
    {"__import__", b_import, 0, NULL},
    {"compile", b_compile, 0, NULL},
    {"eval", b_eval, 0, NULL},
    {"exec", b_exec, 0, NULL},
    {0},
};
