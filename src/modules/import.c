/* The import system: finding modules on sys.path (source files and
 * packages) and among the built-in modules, executing them into module
 * objects cached in sys.modules, relative imports and fromlist handling
 * (__import__'s semantics), and importlib.import_module. */
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

/* Path buffers are PATH_MAX-sized; a longer path is cut and then simply not
 * found, so gcc's truncation warnings are noise here. */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wformat-truncation"
#endif
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "modules/builtins.h"
#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/listobj.h"
#include "objects/module.h"
#include "objects/strobj.h"
#include "objects/structseq.h"
#include "objects/tupleobj.h"
#include "rmutex.h"
#include "readfile.h"
#include "vm/vm.h"

static Object *modules_dict;  /* sys.modules */
static Value builtins_module;
static RMutex import_lock;

Object *sys_modules(void) { return modules_dict; }
Object *builtins_dict(void) { return builtins_module ? module_dict(builtins_module) : NULL; }

int sys_module_init(Value m);
Object *sys_dict(void);

static bool is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* ---- module specs ------------------------------------------------------------------ */

static Value make_spec(Object *name, Value origin, Value search_locations, bool builtin)
{
    static const char *const names[] = {"name", "loader", "origin", "submodule_search_locations",
                                        "loader_state", "cached", "parent", "has_location", "_initializing"};
    Value parent;
    StrObj *s = (StrObj *)name;
    ssize_t dot = -1;
    for (ssize_t i = s->length; i-- > 0;)
        if (str_char_at(s, i) == '.') {
            dot = i;
            break;
        }
    if (search_locations)
        parent = val_ref((Value)name);
    else if (dot >= 0)
        parent = str_substr(s, 0, dot);
    else
        parent = str_empty();
    if (!parent)
        return VAL_NULL;
    Value origin_v = builtin ? str_from_cstr("built-in") : val_ref(origin ? origin : VAL_NONE);
    Value vals[] = {(Value)name, VAL_NONE, origin_v, search_locations ? search_locations : VAL_NONE,
                    VAL_NONE, VAL_NONE, parent, val_bool(!builtin && origin), VAL_FALSE};
    Value spec = namespace_new(names, vals, 9);
    val_decref(parent);
    val_xdecref(origin_v);
    return spec;
}

/* ---- executing a module ------------------------------------------------------------ */

/* Creates name's module from a source file and runs it; sys.modules holds
 * it while it runs (circular imports see the partial module). */
static Value load_source_module(Object *name, const char *path, const char *pkg_dir)
{
    size_t len;
    char *src = file_read_all(path, &len);
    if (!src) {
        Value p = str_from_cstr(path);
        err_set_from_errno(&Exc_OSError, p);
        val_xdecref(p);
        return VAL_NULL;
    }
    Value m = module_new(name);
    if (!m) {
        free(src);
        return VAL_NULL;
    }
    Value path_v = str_from_cstr(path);
    Value search = VAL_NULL;
    if (pkg_dir) {
        Value d = str_from_cstr(pkg_dir);
        search = d ? (Value)list_from_array(&d, 1) : VAL_NULL;
        val_xdecref(d);
    }
    Value spec = path_v ? make_spec(name, path_v, search, false) : VAL_NULL;
    Value package = VAL_NULL;
    if (spec)
        package = obj_getattr_cstr(spec, "parent");
    if (!path_v || !spec || !package || module_add(m, "__file__", path_v) < 0 ||
        module_add(m, "__spec__", spec) < 0 || module_add(m, "__package__", package) < 0 ||
        module_add(m, "__cached__", VAL_NONE) < 0 ||
        module_add(m, "__builtins__", builtins_module) < 0 ||
        (search && module_add(m, "__path__", search) < 0) ||
        dict_set(modules_dict, (Value)name, m) < 0) {
        goto fail;
    }
    Value code = vm_compile(src, len, val_as_obj(path_v), COMPILE_EXEC, -1);
    if (!code)
        goto fail_remove;
    Value r = vm_eval_code(code, module_dict(m), VAL_NULL);
    val_decref(code);
    if (!r)
        goto fail_remove;
    val_decref(r);
    free(src);
    val_decref(path_v);
    val_xdecref(search);
    val_decref(spec);
    val_decref(package);
    /* The module may have replaced itself in sys.modules. */
    Value final;
    if (dict_get(modules_dict, (Value)name, &final) > 0) {
        val_decref(m);
        return final;
    }
    return m;
fail_remove:
    {
        Value saved = err_fetch();
        dict_del(modules_dict, (Value)name);
        err_restore(saved);
    }
fail:
    free(src);
    val_xdecref(path_v);
    val_xdecref(search);
    val_xdecref(spec);
    val_xdecref(package);
    val_decref(m);
    return VAL_NULL;
}

static Value load_builtin_module(Object *name, const BuiltinModule *def)
{
    Value m = module_new(name);
    if (!m)
        return VAL_NULL;
    ((ModuleObj *)val_as_obj(m))->def = def;
    Value spec = make_spec(name, VAL_NULL, VAL_NULL, true);
    if (!spec || module_add(m, "__spec__", spec) < 0 || module_add(m, "__package__", str_empty()) < 0 ||
        dict_set(modules_dict, (Value)name, m) < 0) {
        val_xdecref(spec);
        val_decref(m);
        return VAL_NULL;
    }
    val_decref(spec);
    if (def->init(m) < 0) {
        Value saved = err_fetch();
        dict_del(modules_dict, (Value)name);
        err_restore(saved);
        val_decref(m);
        return VAL_NULL;
    }
    return m;
}

static const BuiltinModule *find_builtin(const char *name)
{
    for (const BuiltinModule *const *b = builtin_modules; *b; b++)
        if (strcmp((*b)->name, name) == 0)
            return *b;
    return NULL;
}

/* Searches the directories of `paths` (a list of str) for last-component
 * `leaf` of the module `name`. */
static Value find_and_load(Object *name, const char *leaf, Value paths)
{
    Object *snapshot = list_from_iterable(paths);
    if (!snapshot)
        return VAL_NULL;
    char buf[4096];
    Value result = VAL_NULL;
    bool found = false;
    for (ssize_t i = 0; i < list_size(snapshot) && !found; i++) {
        Value d = list_get(snapshot, i);
        if (!val_is_str(d)) {
            val_decref(d);
            continue;
        }
        const char *dir = str_utf8(val_as_str(d), NULL);
        if (!dir) {
            err_clear();
            val_decref(d);
            continue;
        }
        const char *sep = *dir ? "/" : "";
        const char *base = *dir ? dir : ".";
        snprintf(buf, sizeof buf, "%s%s%s", base, *dir ? sep : "/", leaf);
        char pkgdir[4096];
        snprintf(pkgdir, sizeof pkgdir, "%s", buf);
        if (is_dir(pkgdir)) {
            char init[4200];
            snprintf(init, sizeof init, "%s/__init__.py", pkgdir);
            if (is_file(init)) {
                result = load_source_module(name, init, pkgdir);
                found = true;
            }
        }
        if (!found) {
            char file[4200];
            snprintf(file, sizeof file, "%s.py", buf);
            if (is_file(file)) {
                result = load_source_module(name, file, NULL);
                found = true;
            }
        }
        val_decref(d);
    }
    obj_decref(snapshot);
    if (!found)
        return VAL_NULL; /* no exception: not found */
    return result;
}

static void not_found(Object *name, Value parent_name_for_msg)
{
    Value msg;
    if (parent_name_for_msg)
        msg = str_printf("No module named '%U'; '%S' is not a package", name, parent_name_for_msg);
    else
        msg = str_printf("No module named '%U'", name);
    if (!msg)
        return;
    Value exc = obj_call((Value)&Exc_ModuleNotFoundError, &msg, 1, NULL);
    val_decref(msg);
    if (!exc)
        return;
    obj_setattr(exc, str_intern_cstr("name"), (Value)name);
    err_restore(exc);
}

/* Imports the absolute dotted name (parents first); a new reference. */
static Value import_absolute(Object *name)
{
    Value m;
    int f = dict_get(modules_dict, (Value)name, &m);
    if (f)
        return f < 0 ? VAL_NULL : m;
    StrObj *s = (StrObj *)name;
    ssize_t dot = -1;
    for (ssize_t i = s->length; i-- > 0;)
        if (str_char_at(s, i) == '.') {
            dot = i;
            break;
        }
    const char *full = str_utf8(s, NULL);
    if (!full)
        return VAL_NULL;
    if (dot < 0) {
        const BuiltinModule *b = find_builtin(full);
        if (b)
            return load_builtin_module(name, b);
        Value path = sys_get_std("path");
        if (!path)
            return VAL_NULL;
        m = find_and_load(name, full, path);
        val_decref(path);
        if (!m && !err_occurred())
            not_found(name, VAL_NULL);
        return m;
    }
    Value parent_name = str_substr(s, 0, dot);
    if (!parent_name)
        return VAL_NULL;
    Value parent = import_absolute(val_as_obj(parent_name));
    if (!parent) {
        val_decref(parent_name);
        return VAL_NULL;
    }
    /* Importing the parent may have imported us. */
    f = dict_get(modules_dict, (Value)name, &m);
    if (f) {
        val_decref(parent);
        val_decref(parent_name);
        return f < 0 ? VAL_NULL : m;
    }
    Value path;
    f = obj_lookup_attr(parent, str_intern_cstr("__path__"), &path);
    if (f <= 0) {
        if (f == 0)
            not_found(name, parent_name);
        val_decref(parent);
        val_decref(parent_name);
        return VAL_NULL;
    }
    m = find_and_load(name, full + dot + 1, path);
    val_decref(path);
    if (!m && !err_occurred())
        not_found(name, VAL_NULL);
    if (m) {
        /* bind the submodule on its parent */
        Value leaf = str_substr(s, dot + 1, s->length);
        if (!leaf || obj_setattr(parent, val_as_obj(leaf), m) < 0) {
            val_xdecref(leaf);
            val_decref(m);
            m = VAL_NULL;
        } else {
            val_decref(leaf);
        }
    }
    val_decref(parent);
    val_decref(parent_name);
    return m;
}

/* The package a relative import in a module with these globals resolves
 * against. */
static Value resolve_package(Value globals)
{
    if (!globals || globals == VAL_NONE || !val_is_dict(globals)) {
        err_set(&Exc_KeyError, "'__name__' not in globals");
        return VAL_NULL;
    }
    Object *g = val_as_obj(globals);
    Value pkg;
    int f = dict_get_cstr(g, "__package__", &pkg);
    if (f < 0)
        return VAL_NULL;
    if (f && pkg != VAL_NONE) {
        if (!val_is_str(pkg)) {
            err_set(&Exc_TypeError, "package must be a string");
            val_decref(pkg);
            return VAL_NULL;
        }
        return pkg;
    }
    val_xdecref(f ? pkg : VAL_NULL);
    Value spec;
    f = dict_get_cstr(g, "__spec__", &spec);
    if (f > 0 && spec != VAL_NONE) {
        Value parent = obj_getattr_cstr(spec, "parent");
        val_decref(spec);
        return parent;
    }
    if (f > 0)
        val_decref(spec);
    Value name;
    f = dict_get_cstr(g, "__name__", &name);
    if (f <= 0) {
        if (f == 0)
            err_set(&Exc_KeyError, "'__name__' not in globals");
        return VAL_NULL;
    }
    Value path;
    if (dict_get_cstr(g, "__path__", &path) > 0) {
        val_decref(path);
        return name;
    }
    StrObj *s = val_as_str(name);
    ssize_t dot = -1;
    for (ssize_t i = s->length; i-- > 0;)
        if (str_char_at(s, i) == '.') {
            dot = i;
            break;
        }
    Value r = dot < 0 ? str_empty() : str_substr(s, 0, dot);
    val_decref(name);
    return r;
}

static Value resolve_name(Object *name, Value globals, int level)
{
    Value package = resolve_package(globals);
    if (!package)
        return VAL_NULL;
    StrObj *p = val_as_str(package);
    if (p->length == 0) {
        val_decref(package);
        err_set(&Exc_ImportError, "attempted relative import with no known parent package");
        return VAL_NULL;
    }
    ssize_t end = p->length;
    for (int i = 1; i < level; i++) {
        ssize_t j = end;
        while (j > 0 && str_char_at(p, j - 1) != '.')
            j--;
        if (j == 0) {
            val_decref(package);
            err_set(&Exc_ImportError, "attempted relative import beyond top-level package");
            return VAL_NULL;
        }
        end = j - 1;
    }
    Value base = str_substr(p, 0, end);
    val_decref(package);
    if (!base)
        return VAL_NULL;
    if (((StrObj *)name)->length == 0)
        return base;
    Value r = str_printf("%S.%U", base, name);
    val_decref(base);
    return r;
}

static int handle_fromlist(Value module, Value fromlist)
{
    Value path;
    int f = obj_lookup_attr(module, str_intern_cstr("__path__"), &path);
    if (f <= 0)
        return f;
    val_decref(path);
    Object *items = list_from_iterable(fromlist);
    if (!items)
        return -1;
    Value mname = obj_getattr_cstr(module, "__name__");
    if (!mname) {
        obj_decref(items);
        return -1;
    }
    for (ssize_t i = 0; i < list_size(items); i++) {
        Value item = list_get(items, i);
        if (!val_is_str(item)) {
            err_set(&Exc_TypeError, "Item in %S.__all__ must be str, not %s", mname, type_name(val_type(item)));
            val_decref(item);
            goto fail;
        }
        if (str_eq_cstr(val_as_str(item), "*")) {
            Value all;
            int fa = obj_lookup_attr(module, str_intern_cstr("__all__"), &all);
            if (fa > 0) {
                int r = handle_fromlist(module, all);
                val_decref(all);
                if (r < 0) {
                    val_decref(item);
                    goto fail;
                }
            }
            val_decref(item);
            if (fa < 0)
                goto fail;
            continue;
        }
        int has = obj_hasattr(module, val_as_obj(item));
        if (has == 0) {
            Value sub = str_printf("%S.%S", mname, item);
            Value m = sub ? import_absolute(val_as_obj(sub)) : VAL_NULL;
            if (!m) {
                /* A missing submodule is fine here: the caller's IMPORT_FROM reports it. */
                if (err_matches(&Exc_ModuleNotFoundError)) {
                    Value e = err_peek();
                    Value en = obj_getattr_cstr(e, "name");
                    bool ours = en && sub && val_is_str(en) && str_eq(val_as_str(en), val_as_str(sub));
                    val_xdecref(en);
                    if (ours)
                        err_clear();
                }
            }
            val_xdecref(m);
            val_xdecref(sub);
            if (err_occurred()) {
                val_decref(item);
                goto fail;
            }
        }
        val_decref(item);
        if (has < 0)
            goto fail;
    }
    val_decref(mname);
    obj_decref(items);
    return 0;
fail:
    val_decref(mname);
    obj_decref(items);
    return -1;
}

Value import_module_level(Object *name, Value globals, Value fromlist, int level)
{
    Value full;
    if (level > 0) {
        full = resolve_name(name, globals, level);
        if (!full)
            return VAL_NULL;
    } else {
        if (((StrObj *)name)->length == 0) {
            err_set(&Exc_ValueError, "Empty module name");
            return VAL_NULL;
        }
        full = val_ref((Value)name);
    }
    rmutex_lock(&import_lock);
    Value m = import_absolute(val_as_obj(full));
    rmutex_unlock(&import_lock);
    if (!m) {
        val_decref(full);
        return VAL_NULL;
    }
    bool has_from = false;
    if (fromlist && fromlist != VAL_NONE) {
        int t = obj_is_true(fromlist);
        if (t < 0)
            goto fail;
        has_from = t;
    }
    if (has_from) {
        rmutex_lock(&import_lock);
        int r = handle_fromlist(m, fromlist);
        rmutex_unlock(&import_lock);
        if (r < 0)
            goto fail;
        val_decref(full);
        return m;
    }
    /* No fromlist: `import a.b.c` binds the top-level package. */
    StrObj *n = (StrObj *)name;
    ssize_t first_dot = -1;
    for (ssize_t i = 0; i < n->length; i++)
        if (str_char_at(n, i) == '.') {
            first_dot = i;
            break;
        }
    if (first_dot < 0 && level == 0) {
        val_decref(full);
        return m;
    }
    if (level == 0) {
        Value top = str_substr(n, 0, first_dot);
        Value r = VAL_NULL;
        if (top && dict_get(modules_dict, top, &r) == 0)
            err_set(&Exc_KeyError, "%R not in sys.modules as expected", top);
        val_xdecref(top);
        val_decref(m);
        val_decref(full);
        return r;
    }
    if (n->length == 0) {
        val_decref(full);
        return m;
    }
    /* relative: the module named by the part of full before name's tail */
    ssize_t cut = n->length - (first_dot < 0 ? n->length : first_dot);
    StrObj *f = val_as_str(full);
    Value key = str_substr(f, 0, f->length - cut);
    Value r = VAL_NULL;
    if (key && dict_get(modules_dict, key, &r) == 0)
        err_set(&Exc_KeyError, "%R not in sys.modules as expected", key);
    val_xdecref(key);
    val_decref(m);
    val_decref(full);
    return r;
fail:
    val_decref(m);
    val_decref(full);
    return VAL_NULL;
}

Value import_module_cstr(const char *name)
{
    return import_module_level(str_intern_cstr(name), VAL_NONE, VAL_NULL, 0);
}

/* ---- importlib ------------------------------------------------------------------------ */

static Value il_import_module(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"name", "package"};
    static const ArgSpec spec = {"import_module", names, 2, 0, 1, 2};
    Value a[2];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    if (!val_is_str(a[0])) {
        err_set(&Exc_TypeError, "module name must be str, not %s", type_name(val_type(a[0])));
        return VAL_NULL;
    }
    StrObj *n = val_as_str(a[0]);
    int level = 0;
    while (level < n->length && str_char_at(n, level) == '.')
        level++;
    if (level == 0)
        return import_module_level(val_as_obj(a[0]), VAL_NONE, VAL_NULL, 0);
    if (!a[1] || a[1] == VAL_NONE) {
        err_set(&Exc_TypeError, "the 'package' argument is required to perform a relative import for %R", a[0]);
        return VAL_NULL;
    }
    Object *g = dict_new();
    if (!g || dict_set_cstr(g, "__package__", a[1]) < 0 || dict_set_cstr(g, "__name__", a[1]) < 0) {
        obj_xdecref(g);
        return VAL_NULL;
    }
    Value tail = str_substr(n, level, n->length);
    Value full = tail ? import_module_level(val_as_obj(tail), (Value)g, VAL_NULL, level) : VAL_NULL;
    /* import_module returns the named module itself, not the top package */
    Value r = VAL_NULL;
    if (full) {
        Value resolved = resolve_name(val_as_obj(tail), (Value)g, level);
        if (resolved && dict_get(modules_dict, resolved, &r) == 0)
            err_set(&Exc_KeyError, "%R", resolved);
        val_xdecref(resolved);
        val_decref(full);
    }
    val_xdecref(tail);
    obj_decref(g);
    return r;
}

static Value il_invalidate_caches(Value self, const Value *args, size_t nargs, Object *kw)
{
    return VAL_NONE;
}

static const MethodDef importlib_functions[] = {
    {"import_module", il_import_module, 0, NULL},
    {"invalidate_caches", il_invalidate_caches, 0, NULL},
    {NULL},
};

int importlib_module_init(Value m)
{
    if (module_add_functions(m, importlib_functions) < 0)
        return -1;
    Value path = (Value)list_new(0);
    return path ? (module_add(m, "__path__", path), val_decref(path), 0) : -1;
}

/* ---- startup ---------------------------------------------------------------------------- */

static bool find_stdlib_dir(char *out, size_t cap)
{
    const char *home = interp_config.ignore_env ? NULL : getenv("FTPYHOME");
    char probe[4200];
    if (home && *home) {
        snprintf(out, cap, "%s/lib", home);
        snprintf(probe, sizeof probe, "%s/.ftpy-stdlib", out);
        if (is_file(probe))
            return true;
    }
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return false;
    exe[n] = 0;
    for (int up = 0; up < 4; up++) {
        char *slash = strrchr(exe, '/');
        if (!slash)
            return false;
        *slash = 0;
        snprintf(probe, sizeof probe, "%s/lib/.ftpy-stdlib", exe);
        if (is_file(probe)) {
            snprintf(out, cap, "%s/lib", exe);
            return true;
        }
    }
    return false;
}

int import_init(const char *script_dir)
{
    modules_dict = dict_new();
    if (!modules_dict)
        return -1;
    Value sys = load_builtin_module(str_intern_cstr("sys"), find_builtin("sys"));
    if (!sys)
        return -1;
    if (module_add(sys, "modules", (Value)modules_dict) < 0)
        return -1;
    builtins_module = load_builtin_module(str_intern_cstr("builtins"), find_builtin("builtins"));
    if (!builtins_module)
        return -1;
    Object *names = list_new(0);
    for (const BuiltinModule *const *b = builtin_modules; names && *b; b++) {
        Value s = str_from_cstr((*b)->name);
        if (!s || list_append(names, s) < 0)
            return -1;
        val_decref(s);
    }
    if (!names || list_sort(names, VAL_NULL, false) < 0)
        return -1;
    Object *t = list_as_tuple(names);
    obj_decref(names);
    if (!t || module_add(sys, "builtin_module_names", (Value)t) < 0)
        return -1;
    obj_decref(t);
    /* sys.path: the script's directory, then PYTHONPATH entries. */
    Value path = sys_get_std("path");
    if (!path)
        return -1;
    if (script_dir) {
        Value d = str_from_cstr(script_dir);
        if (!d || list_append(val_as_obj(path), d) < 0)
            return -1;
        val_decref(d);
    }
    const char *pp = interp_config.ignore_env ? NULL : getenv("PYTHONPATH");
    while (pp && *pp) {
        const char *colon = strchr(pp, ':');
        size_t n = colon ? (size_t)(colon - pp) : strlen(pp);
        if (n) {
            Value d = str_from_utf8(pp, (ssize_t)n);
            if (!d || list_append(val_as_obj(path), d) < 0)
                return -1;
            val_decref(d);
        }
        pp = colon ? colon + 1 : NULL;
    }
    /* The standard library written in Python: lib/ beside the executable,
     * or above it (the build tree keeps the binary in build/<variant>/). */
    char libdir[4096];
    if (find_stdlib_dir(libdir, sizeof libdir)) {
        Value d = str_from_cstr(libdir);
        if (!d || list_append(val_as_obj(path), d) < 0)
            return -1;
        val_decref(d);
    }
    val_decref(path);
    return 0;
}
