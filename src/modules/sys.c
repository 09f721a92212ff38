/* The sys module: interpreter state visible to Python (argv, path,
 * modules, the standard streams, version, limits, exit, exc_info, ...). */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "modules/builtins.h"
#include "modules/io.h"
#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/floatobj.h"
#include "objects/intobj.h"
#include "objects/listobj.h"
#include "objects/module.h"
#include "objects/strobj.h"
#include "objects/structseq.h"
#include "objects/traceback_print.h"
#include "objects/tupleobj.h"
#include "vm/vm.h"
#include "version.h"

InterpConfig interp_config = {.int_max_str_digits = -1};

static Value sys_module_obj;

Object *sys_dict(void) { return sys_module_obj ? module_dict(sys_module_obj) : NULL; }

Value sys_get_std(const char *name)
{
    Value v;
    Object *d = sys_dict();
    int found = d ? dict_get_cstr(d, name, &v) : 0;
    if (found < 0)
        return VAL_NULL;
    if (!found) {
        err_set(&Exc_RuntimeError, "lost sys.%s", name);
        return VAL_NULL;
    }
    return v;
}

void sys_write_stderr(const char *s, size_t len)
{
    Value err = VAL_NULL;
    Object *d = sys_dict();
    if (d && dict_get_cstr(d, "stderr", &err) > 0 && err != VAL_NONE) {
        Value str = str_from_utf8(s, (ssize_t)len);
        if (str) {
            int r = io_write_str(err, str);
            val_decref(str);
            io_flush(err);
            val_decref(err);
            if (r == 0)
                return;
        }
        err_clear();
    } else {
        val_xdecref(err);
    }
    fflush(stdout);
    if (write(2, s, len) < 0) {
        /* nowhere left to report it */
    }
}

/* ---- functions ---------------------------------------------------------------- */

static Value s_exit(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("exit", kw) < 0 || args_count("exit", nargs, 0, 1) < 0)
        return VAL_NULL;
    err_set_value(&Exc_SystemExit, nargs ? args[0] : VAL_NULL);
    return VAL_NULL;
}

static Value s_getrecursionlimit(Value self, const Value *args, size_t nargs, Object *kw)
{
    return val_from_int(vm_get_recursion_limit());
}

static Value s_setrecursionlimit(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("setrecursionlimit", kw) < 0 || args_count("setrecursionlimit", nargs, 1, 1) < 0)
        return VAL_NULL;
    if (!val_is_int_like(args[0])) {
        err_set(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(val_type(args[0])));
        return VAL_NULL;
    }
    int64_t n;
    if (int_as_i64(args[0], &n) < 0)
        return VAL_NULL;
    if (n < 1) {
        err_set(&Exc_ValueError, "recursion limit must be greater or equal than 1");
        return VAL_NULL;
    }
    vm_set_recursion_limit(n > 1000000000 ? 1000000000 : (int)n);
    return VAL_NONE;
}

static Value s_exception(Value self, const Value *args, size_t nargs, Object *kw)
{
    Value e = vm_handled_exception();
    return e ? val_ref(e) : VAL_NONE;
}

static Value s_exc_info(Value self, const Value *args, size_t nargs, Object *kw)
{
    Value e = vm_handled_exception();
    if (!e || e == VAL_NONE)
        return (Value)tuple_pack(3, VAL_NONE, VAL_NONE, VAL_NONE);
    Value tb = ((ExcObj *)val_as_obj(e))->traceback;
    return (Value)tuple_pack(3, (Value)val_type(e), e, tb ? tb : VAL_NONE);
}

static Value s_getrefcount(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("getrefcount", nargs, 1, 1) < 0)
        return VAL_NULL;
    if (!val_is_obj(args[0]))
        return int_from_i64(UINT32_MAX);
    return int_from_i64(obj_refcount(val_as_obj(args[0])));
}

static Value s_intern(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("intern", kw) < 0 || args_count("intern", nargs, 1, 1) < 0)
        return VAL_NULL;
    if (val_type(args[0]) != &Str_Type) {
        err_set(&Exc_TypeError, "intern() argument must be str, not %s", type_name(val_type(args[0])));
        return VAL_NULL;
    }
    return (Value)str_intern(val_as_obj(val_ref(args[0])));
}

static Value s_getsizeof(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("getsizeof", nargs, 1, 2) < 0)
        return VAL_NULL;
    bool missing;
    Value r = obj_call_special(args[0], str_intern_cstr("__sizeof__"), NULL, 0, NULL, &missing);
    if (missing)
        err_set(&Exc_TypeError, "Type %s doesn't define __sizeof__", type_name(val_type(args[0])));
    if (!r) {
        if (nargs == 2 && err_matches(&Exc_TypeError)) {
            err_clear();
            return val_ref(args[1]);
        }
        return VAL_NULL;
    }
    return r;
}

static Value s_getdefaultencoding(Value self, const Value *args, size_t nargs, Object *kw)
{
    return str_from_cstr("utf-8");
}

static Value s_getframe(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("_getframe", nargs, 0, 1) < 0)
        return VAL_NULL;
    int64_t depth = 0;
    if (nargs && int_as_i64(args[0], &depth) < 0)
        return VAL_NULL;
    return vm_get_frame((int)depth);
}

static Value s_is_gil_enabled(Value self, const Value *args, size_t nargs, Object *kw)
{
    return val_bool(interp_config.gil == 1);
}

static _Atomic uint64_t switch_interval_us = 5000;

static Value s_getswitchinterval(Value self, const Value *args, size_t nargs, Object *kw)
{
    return float_new((double)atomic_load(&switch_interval_us) / 1e6);
}

static Value s_setswitchinterval(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("setswitchinterval", nargs, 1, 1) < 0)
        return VAL_NULL;
    double d;
    if (float_as_double(args[0], &d) < 0)
        return VAL_NULL;
    if (!(d > 0)) {
        err_set(&Exc_ValueError, "switch interval must be strictly positive");
        return VAL_NULL;
    }
    atomic_store(&switch_interval_us, (uint64_t)(d * 1e6));
    return VAL_NONE;
}

static Value s_get_int_max_str_digits(Value self, const Value *args, size_t nargs, Object *kw)
{
    return val_from_int(int_get_max_str_digits());
}

static Value s_set_int_max_str_digits(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"maxdigits"};
    static const ArgSpec spec = {"set_int_max_str_digits", names, 1, 0, 1, 1};
    Value a[1];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    int64_t n;
    if (int_as_i64(a[0], &n) < 0)
        return VAL_NULL;
    if (n != 0 && n < 640) {
        err_set(&Exc_ValueError, "maxdigits must be 0 or larger than %d", 640);
        return VAL_NULL;
    }
    int_set_max_str_digits((int)n);
    return VAL_NONE;
}

static Value s_excepthook(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("excepthook", nargs, 3, 3) < 0)
        return VAL_NULL;
    exc_print(args[1]);
    return VAL_NONE;
}

static Value s_displayhook(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("displayhook", nargs, 1, 1) < 0)
        return VAL_NULL;
    if (args[0] == VAL_NONE)
        return VAL_NONE;
    Object *bd = builtins_dict();
    if (bd && dict_set_cstr(bd, "_", VAL_NONE) < 0)
        return VAL_NULL;
    Value r = obj_repr(args[0]);
    if (!r)
        return VAL_NULL;
    Value out = sys_get_std("stdout");
    if (!out) {
        val_decref(r);
        return VAL_NULL;
    }
    Value nl = str_from_cstr("\n");
    int rc = io_write_str(out, r);
    if (rc == 0)
        rc = io_write_str(out, nl);
    val_decref(nl);
    val_decref(r);
    val_decref(out);
    if (rc < 0 || (bd && dict_set_cstr(bd, "_", args[0]) < 0))
        return VAL_NULL;
    return VAL_NONE;
}

static Value s_is_finalizing(Value self, const Value *args, size_t nargs, Object *kw)
{
    return VAL_FALSE;
}

static Value s_getfilesystemencoding(Value self, const Value *args, size_t nargs, Object *kw)
{
    return str_from_cstr("utf-8");
}

static Value s_getfilesystemencodeerrors(Value self, const Value *args, size_t nargs, Object *kw)
{
    return str_from_cstr("surrogateescape");
}

static const MethodDef sys_functions[] = {
    {"exit", s_exit, 0, NULL},
    {"getrecursionlimit", s_getrecursionlimit, 0, NULL},
    {"setrecursionlimit", s_setrecursionlimit, 0, NULL},
    {"exception", s_exception, 0, NULL},
    {"exc_info", s_exc_info, 0, NULL},
    {"getrefcount", s_getrefcount, 0, NULL},
    {"intern", s_intern, 0, NULL},
    {"getsizeof", s_getsizeof, 0, NULL},
    {"getdefaultencoding", s_getdefaultencoding, 0, NULL},
    {"getfilesystemencoding", s_getfilesystemencoding, 0, NULL},
    {"getfilesystemencodeerrors", s_getfilesystemencodeerrors, 0, NULL},
    {"_getframe", s_getframe, 0, NULL},
    {"_is_gil_enabled", s_is_gil_enabled, 0, NULL},
    {"getswitchinterval", s_getswitchinterval, 0, NULL},
    {"setswitchinterval", s_setswitchinterval, 0, NULL},
    {"get_int_max_str_digits", s_get_int_max_str_digits, 0, NULL},
    {"set_int_max_str_digits", s_set_int_max_str_digits, 0, NULL},
    {"excepthook", s_excepthook, 0, NULL},
    {"__excepthook__", s_excepthook, 0, NULL},
    {"displayhook", s_displayhook, 0, NULL},
    {"__displayhook__", s_displayhook, 0, NULL},
    {"is_finalizing", s_is_finalizing, 0, NULL},
    {0},
};

/* ---- data ------------------------------------------------------------------------ */

static const char *const version_info_fields[] = {"major", "minor", "micro", "releaselevel", "serial", NULL};
static const char *const flags_fields[] = {"debug", "inspect", "interactive", "optimize",
    "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose",
    "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
    "warn_default_encoding", "safe_path", "int_max_str_digits", "gil", "thread_inherit_context",
    "context_aware_warnings", NULL};
static const char *const float_info_fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp",
    "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds", NULL};
static const char *const int_info_fields[] = {"bits_per_digit", "sizeof_digit",
    "default_max_str_digits", "str_digits_check_threshold", NULL};
static const char *const hash_info_fields[] = {"width", "modulus", "inf", "nan", "imag",
    "algorithm", "hash_bits", "seed_bits", "cutoff", NULL};

static int add_int(Value m, const char *name, int64_t v)
{
    Value x = int_from_i64(v);
    int r = x ? module_add(m, name, x) : -1;
    val_xdecref(x);
    return r;
}

static int add_str(Value m, const char *name, const char *v)
{
    Value x = str_from_cstr(v);
    int r = x ? module_add(m, name, x) : -1;
    val_xdecref(x);
    return r;
}

static int add_new(Value m, const char *name, Value v)
{
    if (!v)
        return -1;
    int r = module_add(m, name, v);
    val_decref(v);
    return r;
}

static int add_structseq(Value m, const char *attr, const char *tname, const char *const *fields,
                         const Value *vals)
{
    int n = 0;
    while (fields[n])
        n++;
    Type *t = structseq_new_type(tname, fields, n);
    return t ? add_new(m, attr, structseq_make(t, vals)) : -1;
}

int sys_set_argv(int argc, char **argv, const char *argv0)
{
    Object *l = list_new(0);
    if (!l)
        return -1;
    if (argv0) {
        Value s = str_from_cstr(argv0);
        if (!s || list_append(l, s) < 0)
            return -1;
        val_decref(s);
    }
    for (int i = 0; i < argc; i++) {
        Value s = str_from_cstr(argv[i]);
        if (!s || list_append(l, s) < 0)
            return -1;
        val_decref(s);
    }
    if (list_size(l) == 0) {
        Value s = str_empty();
        list_append(l, s);
    }
    return add_new(sys_module_obj, "argv", (Value)l);
}

int sys_set_orig_argv(int argc, char **argv)
{
    Object *l = list_new(0);
    for (int i = 0; l && i < argc; i++) {
        Value s = str_from_cstr(argv[i]);
        if (!s || list_append(l, s) < 0)
            return -1;
        val_decref(s);
    }
    return l ? add_new(sys_module_obj, "orig_argv", (Value)l) : -1;
}

int sys_module_init(Value m)
{
    sys_module_obj = m;
    val_incref(m);
    if (module_add_functions(m, sys_functions) < 0)
        return -1;
    Value vi[] = {val_from_int(FTPY_PY_MAJOR), val_from_int(FTPY_PY_MINOR), val_from_int(FTPY_PY_MICRO),
                  str_from_cstr("final"), val_from_int(0)};
    if (add_structseq(m, "version_info", "sys.version_info", version_info_fields, vi) < 0)
        return -1;
    Value version_info = VAL_NULL;
    dict_get_cstr(module_dict(m), "version_info", &version_info);
    val_decref(vi[3]);
    Value fl[] = {val_from_int(0), val_from_int(interp_config.inspect), val_from_int(interp_config.inspect),
                  val_from_int(interp_config.optimize), val_from_int(interp_config.dont_write_bytecode),
                  val_from_int(0), val_from_int(interp_config.no_site), val_from_int(interp_config.ignore_env),
                  val_from_int(interp_config.verbose), val_from_int(0), val_from_int(interp_config.quiet),
                  val_from_int(1), val_from_int(interp_config.isolated), VAL_FALSE, val_from_int(1),
                  val_from_int(0), VAL_FALSE, val_from_int(int_get_max_str_digits()),
                  val_from_int(interp_config.gil), VAL_TRUE, VAL_TRUE};
    if (add_structseq(m, "flags", "sys.flags", flags_fields, fl) < 0)
        return -1;
    Value fi[] = {float_new(1.7976931348623157e+308), val_from_int(1024), val_from_int(308),
                  float_new(2.2250738585072014e-308), val_from_int(-1021), val_from_int(-307),
                  val_from_int(15), val_from_int(53), float_new(2.220446049250313e-16),
                  val_from_int(2), val_from_int(1)};
    int r = add_structseq(m, "float_info", "sys.float_info", float_info_fields, fi);
    val_decref(fi[0]);
    val_decref(fi[3]);
    val_decref(fi[8]);
    if (r < 0)
        return -1;
    Value ii[] = {val_from_int(30), val_from_int(4), val_from_int(4300), val_from_int(640)};
    if (add_structseq(m, "int_info", "sys.int_info", int_info_fields, ii) < 0)
        return -1;
    Value hi[] = {val_from_int(64), int_from_i64((int64_t)HASH_MODULUS), val_from_int(HASH_INF),
                  val_from_int(0), val_from_int(HASH_IMAG), str_from_cstr("siphash13"),
                  val_from_int(64), val_from_int(128), val_from_int(0)};
    r = add_structseq(m, "hash_info", "sys.hash_info", hash_info_fields, hi);
    val_decref(hi[1]);
    val_decref(hi[5]);
    if (r < 0)
        return -1;
    char version[256];
    snprintf(version, sizeof version, "%s free-threading build (ftpy %s, %s %s) [%s]",
             FTPY_PY_VERSION, FTPY_VERSION, __DATE__, __TIME__, FTPY_COMPILER);
    static const char *const impl_names[] = {"name", "cache_tag", "version", "hexversion", "_multiarch", "supports_isolated_interpreters"};
    Value impl_vals[] = {str_from_cstr("ftpy"), VAL_NONE, version_info, int_from_i64(FTPY_HEXVERSION),
                         str_from_cstr("x86_64-linux-gnu"), VAL_FALSE};
    Value impl = namespace_new(impl_names, impl_vals, 6);
    val_decref(impl_vals[0]);
    val_decref(impl_vals[4]);
    val_xdecref(version_info);
    if (add_new(m, "implementation", impl) < 0)
        return -1;
    Object *path = list_new(0), *meta = list_new(0), *hooks = list_new(0), *warn = list_new(0);
    Object *cache = dict_new(), *xopts = dict_new();
    if (add_new(m, "path", (Value)path) < 0 || add_new(m, "meta_path", (Value)meta) < 0 ||
        add_new(m, "path_hooks", (Value)hooks) < 0 || add_new(m, "warnoptions", (Value)warn) < 0 ||
        add_new(m, "path_importer_cache", (Value)cache) < 0 || add_new(m, "_xoptions", (Value)xopts) < 0)
        return -1;
    if (add_str(m, "version", version) < 0 || add_int(m, "hexversion", FTPY_HEXVERSION) < 0 ||
        add_int(m, "api_version", 1013) < 0 || add_str(m, "platform", "linux") < 0 ||
        add_str(m, "byteorder", "little") < 0 || add_int(m, "maxsize", INT64_MAX) < 0 ||
        add_int(m, "maxunicode", 0x10FFFF) < 0 || add_str(m, "abiflags", "t") < 0 ||
        add_str(m, "float_repr_style", "short") < 0 || add_str(m, "platlibdir", "lib") < 0 ||
        add_str(m, "prefix", FTPY_PREFIX) < 0 || add_str(m, "exec_prefix", FTPY_PREFIX) < 0 ||
        add_str(m, "base_prefix", FTPY_PREFIX) < 0 || add_str(m, "base_exec_prefix", FTPY_PREFIX) < 0 ||
        add_str(m, "copyright", "Copyright (c) ftpy contributors.") < 0 ||
        module_add(m, "pycache_prefix", VAL_NONE) < 0 ||
        module_add(m, "dont_write_bytecode", VAL_TRUE) < 0)
        return -1;
    return 0;
}
