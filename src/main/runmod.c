/* -m: running a library module (or a package's __main__) as __main__,
 * found on sys.path without importing it first. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Path buffers are PATH_MAX-sized; a longer path is cut and then simply not
 * found, so gcc's truncation warnings are noise here. */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wformat-truncation"
#endif
#include <sys/stat.h>

#include "main/run.h"
#include "modules/builtins.h"
#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/listobj.h"
#include "objects/module.h"
#include "objects/strobj.h"
#include "readfile.h"
#include "vm/vm.h"

static bool exists_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static bool exists_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Finds the file of module `name` ("a.b": imports package a first). */
static int find_module_file(const char *name, char *out, size_t cap, bool *is_pkg)
{
    const char *dot = strrchr(name, '.');
    Value search;
    const char *leaf = name;
    if (dot) {
        Value parent_name = str_from_utf8(name, dot - name);
        if (!parent_name)
            return -1;
        Value top = import_module_level(val_as_obj(parent_name), VAL_NONE, VAL_NULL, 0);
        Value parent = VAL_NULL;
        if (top) {
            val_decref(top);
            if (dict_get(sys_modules(), parent_name, &parent) == 0)
                err_set(&Exc_KeyError, "%R", parent_name);
        }
        val_decref(parent_name);
        if (!parent)
            return -1;
        search = obj_getattr_cstr(parent, "__path__");
        val_decref(parent);
        if (!search) {
            err_clear();
            return 0;
        }
        leaf = dot + 1;
    } else {
        search = sys_get_std("path");
        if (!search)
            return -1;
    }
    Object *dirs = list_from_iterable(search);
    val_decref(search);
    if (!dirs)
        return -1;
    int found = 0;
    for (ssize_t i = 0; i < list_size(dirs) && !found; i++) {
        Value d = list_get(dirs, i);
        const char *dir = val_is_str(d) ? str_utf8(val_as_str(d), NULL) : NULL;
        if (dir) {
            char base[4096];
            snprintf(base, sizeof base, "%s/%s", *dir ? dir : ".", leaf);
            char init[4200];
            snprintf(init, sizeof init, "%s/__init__.py", base);
            if (exists_dir(base) && exists_file(init)) {
                snprintf(out, cap, "%s", base);
                *is_pkg = true;
                found = 1;
            } else {
                snprintf(init, sizeof init, "%s.py", base);
                if (exists_file(init)) {
                    snprintf(out, cap, "%s", init);
                    *is_pkg = false;
                    found = 1;
                }
            }
        }
        err_clear();
        val_decref(d);
    }
    obj_decref(dirs);
    return found;
}

int run_module_as_main(Value main_mod, const char *name)
{
    char path[4096];
    bool is_pkg = false;
    int f = find_module_file(name, path, sizeof path, &is_pkg);
    if (f < 0)
        return -1;
    char modname[1024];
    snprintf(modname, sizeof modname, "%s", name);
    if (f && is_pkg) {
        snprintf(modname, sizeof modname, "%s.__main__", name);
        /* the package itself is imported, then its __main__ runs */
        Value pkg = import_module_cstr(name);
        if (!pkg)
            return -1;
        val_decref(pkg);
        char sub[4200];
        snprintf(sub, sizeof sub, "%s/__main__.py", path);
        if (!exists_file(sub)) {
            fprintf(stderr, "%s: No module named %s.__main__; '%s' is a package and cannot be directly executed\n",
                    "ftpy", name, name);
            return 1;
        }
        snprintf(path, sizeof path, "%s", sub);
    }
    if (!f) {
        fprintf(stderr, "%s: No module named %s\n", "ftpy", name);
        return 1;
    }
    size_t len;
    char *src = file_read_all(path, &len);
    if (!src) {
        fprintf(stderr, "%s: can't open file '%s'\n", "ftpy", path);
        return 1;
    }
    Value file = str_from_cstr(path);
    Object *dict = module_dict(main_mod);
    if (!file || dict_set_cstr(dict, "__file__", file) < 0) {
        free(src);
        return -1;
    }
    const char *dot = strrchr(modname, '.');
    Value pkgname = dot ? str_from_utf8(modname, dot - modname) : str_empty();
    if (pkgname) {
        dict_set_cstr(dict, "__package__", pkgname);
        val_decref(pkgname);
    }
    Value sysargv = sys_get_std("argv");
    if (sysargv && val_is_list(sysargv) && list_size(val_as_obj(sysargv)) > 0)
        list_set(val_as_obj(sysargv), 0, file);
    val_xdecref(sysargv);
    Value code = vm_compile(src, len, val_as_obj(file), COMPILE_EXEC, interp_config.optimize);
    free(src);
    val_decref(file);
    if (!code)
        return -1;
    Value r = vm_eval_code(code, dict, VAL_NULL);
    val_decref(code);
    if (!r)
        return -1;
    val_decref(r);
    return 0;
}
