/* The builtins module: the functions every Python program can call
 * without importing (print, len, isinstance, sorted, ...). Class creation
 * (__build_class__) and exec/eval/compile are in builtins_exec.c;
 * min/max/sum/sorted and the number formatters in builtins_iter.c. */
#include <string.h>

#include "modules/builtins.h"
#include "modules/io.h"
#include "objects/descr.h"
#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/floatobj.h"
#include "objects/intobj.h"
#include "objects/iterobj.h"
#include "objects/listobj.h"
#include "objects/module.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "vm/vm.h"

#define NOKW(name)                                                                  \
    if (args_no_kw(name, kw) < 0)                                                   \
        return VAL_NULL

static Value b_abs(Value self, const Value *args, size_t nargs, Object *kw)
{
    NOKW("abs");
    if (args_count("abs", nargs, 1, 1) < 0)
        return VAL_NULL;
    return obj_abs(args[0]);
}

static Value all_any(const Value *args, size_t nargs, Object *kw, const char *name, bool want)
{
    if (args_no_kw(name, kw) < 0 || args_count(name, nargs, 1, 1) < 0)
        return VAL_NULL;
    Value it = obj_iter(args[0]);
    if (!it)
        return VAL_NULL;
    for (;;) {
        Value x = obj_next(it);
        if (!x)
            break;
        int t = obj_is_true(x);
        val_decref(x);
        if (t < 0) {
            val_decref(it);
            return VAL_NULL;
        }
        if (t == want) {
            val_decref(it);
            return val_bool(want);
        }
    }
    val_decref(it);
    return err_occurred() ? VAL_NULL : val_bool(!want);
}

static Value b_all(Value self, const Value *args, size_t nargs, Object *kw)
{
    return all_any(args, nargs, kw, "all", false);
}

static Value b_any(Value self, const Value *args, size_t nargs, Object *kw)
{
    return all_any(args, nargs, kw, "any", true);
}

static Value b_ascii(Value self, const Value *args, size_t nargs, Object *kw)
{
    NOKW("ascii");
    if (args_count("ascii", nargs, 1, 1) < 0)
        return VAL_NULL;
    return obj_ascii(args[0]);
}

static Value b_callable(Value self, const Value *args, size_t nargs, Object *kw)
{
    NOKW("callable");
    if (args_count("callable", nargs, 1, 1) < 0)
        return VAL_NULL;
    return val_bool(val_type(args[0])->call != NULL);
}

static Value b_chr(Value self, const Value *args, size_t nargs, Object *kw)
{
    NOKW("chr");
    if (args_count("chr", nargs, 1, 1) < 0)
        return VAL_NULL;
    Value i = obj_index(args[0]);
    if (!i)
        return VAL_NULL;
    int64_t c;
    int r = int_as_i64(i, &c);
    val_decref(i);
    if (r < 0 || c < 0 || c > 0x10FFFF) {
        if (r < 0 && !err_matches(&Exc_OverflowError))
            return VAL_NULL;
        err_clear();
        err_set(r < 0 ? &Exc_OverflowError : &Exc_ValueError,
                r < 0 ? "Python int too large to convert to C int" : "chr() arg not in range(0x110000)");
        return VAL_NULL;
    }
    return str_from_char((uint32_t)c);
}

static Value b_ord(Value self, const Value *args, size_t nargs, Object *kw)
{
    NOKW("ord");
    if (args_count("ord", nargs, 1, 1) < 0)
        return VAL_NULL;
    Value v = args[0];
    if (val_is_str(v)) {
        StrObj *s = val_as_str(v);
        if (s->length == 1)
            return val_from_int(str_char_at(s, 0));
        err_set(&Exc_TypeError, "ord() expected a character, but string of length %zd found", s->length);
        return VAL_NULL;
    }
    const uint8_t *data;
    ssize_t len;
    if (buffer_get_simple(v, &data, &len) == 0) {
        if (len == 1)
            return val_from_int(data[0]);
        err_set(&Exc_TypeError, "ord() expected a character, but string of length %zd found", len);
        return VAL_NULL;
    }
    err_clear();
    err_set(&Exc_TypeError, "ord() expected string of length 1, but %s found", type_name(val_type(v)));
    return VAL_NULL;
}

static Value b_delattr(Value self, const Value *args, size_t nargs, Object *kw)
{
    NOKW("delattr");
    if (args_count("delattr", nargs, 2, 2) < 0)
        return VAL_NULL;
    if (!val_is_str(args[1])) {
        err_set(&Exc_TypeError, "attribute name must be string, not '%s'", type_name(val_type(args[1])));
        return VAL_NULL;
    }
    return obj_setattr(args[0], val_as_obj(args[1]), VAL_NULL) < 0 ? VAL_NULL : VAL_NONE;
}

static Value b_getattr(Value self, const Value *args, size_t nargs, Object *kw)
{
    NOKW("getattr");
    if (args_count("getattr", nargs, 2, 3) < 0)
        return VAL_NULL;
    if (!val_is_str(args[1])) {
        err_set(&Exc_TypeError, "attribute name must be string, not '%s'", type_name(val_type(args[1])));
        return VAL_NULL;
    }
    if (nargs == 2)
        return obj_getattr(args[0], val_as_obj(args[1]));
    Value r;
    int found = obj_lookup_attr(args[0], val_as_obj(args[1]), &r);
    if (found < 0)
        return VAL_NULL;
    return found ? r : val_ref(args[2]);
}

static Value b_hasattr(Value self, const Value *args, size_t nargs, Object *kw)
{
    NOKW("hasattr");
    if (args_count("hasattr", nargs, 2, 2) < 0)
        return VAL_NULL;
    if (!val_is_str(args[1])) {
        err_set(&Exc_TypeError, "attribute name must be string, not '%s'", type_name(val_type(args[1])));
        return VAL_NULL;
    }
    int r = obj_hasattr(args[0], val_as_obj(args[1]));
    return r < 0 ? VAL_NULL : val_bool(r);
}

static Value b_setattr(Value self, const Value *args, size_t nargs, Object *kw)
{
    NOKW("setattr");
    if (args_count("setattr", nargs, 3, 3) < 0)
        return VAL_NULL;
    if (!val_is_str(args[1])) {
        err_set(&Exc_TypeError, "attribute name must be string, not '%s'", type_name(val_type(args[1])));
        return VAL_NULL;
    }
    return obj_setattr(args[0], val_as_obj(args[1]), args[2]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value b_dir(Value self, const Value *args, size_t nargs, Object *kw)
{
    NOKW("dir");
    if (args_count("dir", nargs, 0, 1) < 0)
        return VAL_NULL;
    Value names;
    if (nargs == 0) {
        Value loc = vm_current_locals();
        if (!loc)
            return VAL_NULL;
        Object *l = val_is_dict(loc) ? dict_keys_list(val_as_obj(loc)) : list_from_iterable(loc);
        val_decref(loc);
        names = l ? (Value)l : VAL_NULL;
    } else {
        bool missing;
        names = obj_call_special(args[0], str_intern_cstr("__dir__"), NULL, 0, NULL, &missing);
        if (missing)
            err_set(&Exc_TypeError, "object does not provide __dir__");
    }
    if (!names)
        return VAL_NULL;
    Object *l = list_from_iterable(names);
    val_decref(names);
    if (!l || list_sort(l, VAL_NULL, false) < 0) {
        obj_xdecref(l);
        return VAL_NULL;
    }
    return (Value)l;
}

static Value b_divmod(Value self, const Value *args, size_t nargs, Object *kw)
{
    NOKW("divmod");
    if (args_count("divmod", nargs, 2, 2) < 0)
        return VAL_NULL;
    return number_divmod(args[0], args[1]);
}

static Value b_format(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"value", "format_spec"};
    static const ArgSpec spec = {"format", names, 2, 2, 1, 2};
    Value a[2];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    if (a[1] && !val_is_str(a[1])) {
        err_set(&Exc_TypeError, "format() argument 2 must be str, not %s", type_name(val_type(a[1])));
        return VAL_NULL;
    }
    return obj_format(a[0], a[1]);
}

static Value b_globals(Value self, const Value *args, size_t nargs, Object *kw)
{
    NOKW("globals");
    if (args_count("globals", nargs, 0, 0) < 0)
        return VAL_NULL;
    Object *g = vm_current_globals();
    if (!g) {
        err_set(&Exc_SystemError, "globals(): no current frame");
        return VAL_NULL;
    }
    return val_ref((Value)g);
}

static Value b_locals(Value self, const Value *args, size_t nargs, Object *kw)
{
    NOKW("locals");
    if (args_count("locals", nargs, 0, 0) < 0)
        return VAL_NULL;
    return vm_current_locals();
}

static Value b_vars(Value self, const Value *args, size_t nargs, Object *kw)
{
    NOKW("vars");
    if (args_count("vars", nargs, 0, 1) < 0)
        return VAL_NULL;
    if (nargs == 0)
        return vm_current_locals();
    Value d;
    int found = obj_lookup_attr(args[0], str_intern_cstr("__dict__"), &d);
    if (found < 0)
        return VAL_NULL;
    if (!found) {
        err_set(&Exc_TypeError, "vars() argument must have __dict__ attribute");
        return VAL_NULL;
    }
    return d;
}

static Value b_hash(Value self, const Value *args, size_t nargs, Object *kw)
{
    NOKW("hash");
    if (args_count("hash", nargs, 1, 1) < 0)
        return VAL_NULL;
    hash_t h = obj_hash(args[0]);
    return h == -1 ? VAL_NULL : int_from_i64(h);
}

static Value b_id(Value self, const Value *args, size_t nargs, Object *kw)
{
    NOKW("id");
    if (args_count("id", nargs, 1, 1) < 0)
        return VAL_NULL;
    /* Small ints have no address; their tagged word is unique among
     * values (odd, while object addresses are even). */
    return int_from_u64((uint64_t)args[0]);
}

static Value b_input(Value self, const Value *args, size_t nargs, Object *kw)
{
    NOKW("input");
    if (args_count("input", nargs, 0, 1) < 0)
        return VAL_NULL;
    return io_readline_stdin(nargs ? args[0] : VAL_NULL);
}

static Value b_isinstance(Value self, const Value *args, size_t nargs, Object *kw)
{
    NOKW("isinstance");
    if (args_count("isinstance", nargs, 2, 2) < 0)
        return VAL_NULL;
    int r = obj_isinstance(args[0], args[1]);
    return r < 0 ? VAL_NULL : val_bool(r);
}

static Value b_issubclass(Value self, const Value *args, size_t nargs, Object *kw)
{
    NOKW("issubclass");
    if (args_count("issubclass", nargs, 2, 2) < 0)
        return VAL_NULL;
    int r = obj_issubclass(args[0], args[1]);
    return r < 0 ? VAL_NULL : val_bool(r);
}

static Value b_iter(Value self, const Value *args, size_t nargs, Object *kw)
{
    NOKW("iter");
    if (args_count("iter", nargs, 1, 2) < 0)
        return VAL_NULL;
    if (nargs == 1)
        return obj_iter(args[0]);
    if (!val_type(args[0])->call) {
        err_set(&Exc_TypeError, "iter(v, w): v must be callable");
        return VAL_NULL;
    }
    return calliter_new(args[0], args[1]);
}

static Value b_aiter(Value self, const Value *args, size_t nargs, Object *kw)
{
    NOKW("aiter");
    if (args_count("aiter", nargs, 1, 1) < 0)
        return VAL_NULL;
    Value f = type_lookup(val_type(args[0]), str_intern_cstr("__aiter__"));
    if (!f) {
        err_set(&Exc_TypeError, "'%s' object is not an async iterable", type_name(val_type(args[0])));
        return VAL_NULL;
    }
    return obj_call_method_cstr(args[0], "__aiter__", NULL, 0);
}

static Value b_anext(Value self, const Value *args, size_t nargs, Object *kw)
{
    NOKW("anext");
    if (args_count("anext", nargs, 1, 2) < 0)
        return VAL_NULL;
    Value f = type_lookup(val_type(args[0]), str_intern_cstr("__anext__"));
    if (!f) {
        err_set(&Exc_TypeError, "'%s' object is not an async iterator", type_name(val_type(args[0])));
        return VAL_NULL;
    }
    bool missing;
    Value awaitable = obj_call_special(args[0], str_intern_cstr("__anext__"), NULL, 0, NULL, &missing);
    if (nargs == 1 || !awaitable)
        return awaitable;
    Value r = anext_awaitable_new(awaitable, args[1]);
    val_decref(awaitable);
    return r;
}

static Value b_len(Value self, const Value *args, size_t nargs, Object *kw)
{
    NOKW("len");
    if (args_count("len", nargs, 1, 1) < 0)
        return VAL_NULL;
    ssize_t n = obj_len(args[0]);
    return n < 0 ? VAL_NULL : val_from_int(n);
}

static Value b_next(Value self, const Value *args, size_t nargs, Object *kw)
{
    NOKW("next");
    if (args_count("next", nargs, 1, 2) < 0)
        return VAL_NULL;
    Type *t = val_type(args[0]);
    if (!t->iternext) {
        err_set(&Exc_TypeError, "'%s' object is not an iterator", type_name(t));
        return VAL_NULL;
    }
    Value r = t->iternext(args[0]);
    if (r)
        return r;
    if (err_occurred()) {
        if (nargs == 2 && err_matches(&Exc_StopIteration)) {
            err_clear();
            return val_ref(args[1]);
        }
        return VAL_NULL;
    }
    if (nargs == 2)
        return val_ref(args[1]);
    err_set_value(&Exc_StopIteration, VAL_NULL);
    return VAL_NULL;
}

static Value b_pow(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"base", "exp", "mod"};
    static const ArgSpec spec = {"pow", names, 3, 0, 2, 3};
    Value a[3];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    if (!a[2] || a[2] == VAL_NONE)
        return obj_binop(a[0], a[1], OP_POW);
    return obj_pow3(a[0], a[1], a[2]);
}

static Value b_print(Value self, const Value *args, size_t nargs, Object *kw)
{
    Value sep = VAL_NULL, end = VAL_NULL, file = VAL_NULL, flush = VAL_NULL;
    ssize_t nkw = kw ? tuple_size(kw) : 0;
    for (ssize_t i = 0; i < nkw; i++) {
        StrObj *k = val_as_str(tuple_get(kw, i));
        Value v = args[nargs + (size_t)i];
        if (str_eq_cstr(k, "sep"))
            sep = v;
        else if (str_eq_cstr(k, "end"))
            end = v;
        else if (str_eq_cstr(k, "file"))
            file = v;
        else if (str_eq_cstr(k, "flush"))
            flush = v;
        else {
            err_set(&Exc_TypeError, "print() got an unexpected keyword argument '%U'", (Object *)k);
            return VAL_NULL;
        }
    }
    if (sep == VAL_NONE)
        sep = VAL_NULL;
    if (end == VAL_NONE)
        end = VAL_NULL;
    if (sep && !val_is_str(sep)) {
        err_set(&Exc_TypeError, "sep must be None or a string, not %s", type_name(val_type(sep)));
        return VAL_NULL;
    }
    if (end && !val_is_str(end)) {
        err_set(&Exc_TypeError, "end must be None or a string, not %s", type_name(val_type(end)));
        return VAL_NULL;
    }
    Value owned_file = VAL_NULL;
    if (!file || file == VAL_NONE) {
        owned_file = sys_get_std("stdout");
        if (!owned_file)
            return VAL_NULL;
        if (owned_file == VAL_NONE) {
            val_decref(owned_file);
            return VAL_NONE; /* sys.stdout is None: print does nothing */
        }
        file = owned_file;
    }
    if (!io_is_builtin_text(file)) {
        /* Any other file sees each piece written separately, as CPython. */
        int r = 0;
        Value space = VAL_NULL;
        for (size_t i = 0; i < nargs && r == 0; i++) {
            if (i > 0) {
                if (sep) {
                    r = io_write_str(file, sep);
                } else {
                    if (!space)
                        space = str_from_cstr(" ");
                    r = space ? io_write_str(file, space) : -1;
                }
                if (r < 0)
                    break;
            }
            Value s = obj_str(args[i]);
            r = s ? io_write_str(file, s) : -1;
            val_xdecref(s);
        }
        val_xdecref(space);
        if (r == 0) {
            Value e = end ? val_ref(end) : str_from_cstr("\n");
            r = e ? io_write_str(file, e) : -1;
            val_xdecref(e);
        }
        if (r == 0 && flush) {
            int t = obj_is_true(flush);
            r = t < 0 ? -1 : t ? io_flush(file) : 0;
        }
        val_xdecref(owned_file);
        return r < 0 ? VAL_NULL : VAL_NONE;
    }
    /* Build the whole line first: one write keeps a line from being
     * interleaved with another thread's print(). */
    StrBuilder b;
    sb_init(&b);
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0) {
            if (sep)
                sb_add_str(&b, sep);
            else
                sb_add_char(&b, ' ');
        }
        if (sb_add_strof(&b, args[i]) < 0) {
            sb_discard(&b);
            val_xdecref(owned_file);
            return VAL_NULL;
        }
    }
    if (end)
        sb_add_str(&b, end);
    else
        sb_add_char(&b, '\n');
    Value line = sb_finish(&b);
    if (!line) {
        val_xdecref(owned_file);
        return VAL_NULL;
    }
    int r = io_write_str(file, line);
    val_decref(line);
    if (r == 0 && flush) {
        int t = obj_is_true(flush);
        r = t < 0 ? -1 : t ? io_flush(file) : 0;
    }
    val_xdecref(owned_file);
    return r < 0 ? VAL_NULL : VAL_NONE;
}

static Value b_repr(Value self, const Value *args, size_t nargs, Object *kw)
{
    NOKW("repr");
    if (args_count("repr", nargs, 1, 1) < 0)
        return VAL_NULL;
    return obj_repr(args[0]);
}

static Value b_round(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"number", "ndigits"};
    static const ArgSpec spec = {"round", names, 2, 0, 1, 2};
    Value a[2];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    Value f = type_lookup(val_type(a[0]), str_intern_cstr("__round__"));
    if (!f) {
        err_set(&Exc_TypeError, "type %s doesn't define __round__ method", type_name(val_type(a[0])));
        return VAL_NULL;
    }
    bool missing;
    if (!a[1] || a[1] == VAL_NONE)
        return obj_call_special(a[0], str_intern_cstr("__round__"), NULL, 0, NULL, &missing);
    return obj_call_special(a[0], str_intern_cstr("__round__"), &a[1], 1, NULL, &missing);
}

static const MethodDef builtin_functions[] = {
    {"abs", b_abs, 0, "Return the absolute value of the argument."},
    {"aiter", b_aiter, 0, NULL},
    {"all", b_all, 0, NULL},
    {"anext", b_anext, 0, NULL},
    {"any", b_any, 0, NULL},
    {"ascii", b_ascii, 0, NULL},
    {"callable", b_callable, 0, NULL},
    {"chr", b_chr, 0, NULL},
    {"delattr", b_delattr, 0, NULL},
    {"dir", b_dir, 0, NULL},
    {"divmod", b_divmod, 0, NULL},
    {"format", b_format, 0, NULL},
    {"getattr", b_getattr, 0, NULL},
    {"globals", b_globals, 0, NULL},
    {"hasattr", b_hasattr, 0, NULL},
    {"hash", b_hash, 0, NULL},
    {"id", b_id, 0, NULL},
    {"input", b_input, 0, NULL},
    {"isinstance", b_isinstance, 0, NULL},
    {"issubclass", b_issubclass, 0, NULL},
    {"iter", b_iter, 0, NULL},
    {"len", b_len, 0, "Return the number of items in a container."},
    {"locals", b_locals, 0, NULL},
    {"next", b_next, 0, NULL},
    {"ord", b_ord, 0, NULL},
    {"pow", b_pow, 0, NULL},
    {"print", b_print, 0, NULL},
    {"repr", b_repr, 0, NULL},
    {"round", b_round, 0, NULL},
    {"setattr", b_setattr, 0, NULL},
    {"vars", b_vars, 0, NULL},
    {0},
};

int builtins_init(Value m)
{
    if (module_add_functions(m, builtin_functions) < 0 ||
        module_add_functions(m, builtin_functions_iter) < 0 ||
        module_add_functions(m, builtin_functions_exec) < 0)
        return -1;
    Value open = cfunc_new(&io_open_def, m, str_intern_cstr("_io"));
    if (!open || module_add(m, "open", open) < 0)
        return -1;
    val_decref(open);
    for (Type *const *t = builtin_types; *t; t++)
        if (module_add_type(m, *t) < 0)
            return -1;
#define ADD_EXC(n)                                                                  \
    if (module_add(m, #n, (Value)&Exc_##n) < 0)                                     \
        return -1;
    EXC_TYPES(ADD_EXC)
#undef ADD_EXC
    if (module_add(m, "EnvironmentError", (Value)&Exc_OSError) < 0 ||
        module_add(m, "IOError", (Value)&Exc_OSError) < 0 ||
        module_add(m, "None", VAL_NONE) < 0 || module_add(m, "Ellipsis", VAL_ELLIPSIS) < 0 ||
        module_add(m, "NotImplemented", VAL_NOTIMPL) < 0 ||
        module_add(m, "True", VAL_TRUE) < 0 || module_add(m, "False", VAL_FALSE) < 0 ||
        module_add(m, "__debug__", val_bool(!interp_config.optimize)) < 0)
        return -1;
    return 0;
}
