/* Interpreter startup and the run of __main__: thread state, object layer,
 * sys/builtins/import, standard streams, then the script, -c command, -m
 * module or stdin; uncaught exceptions and SystemExit become the exit
 * status as in CPython. */
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "main/run.h"
#include "modules/builtins.h"
#include "modules/io.h"
#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/intobj.h"
#include "objects/listobj.h"
#include "objects/module.h"
#include "objects/strobj.h"
#include "objects/traceback_print.h"
#include "objects/tupleobj.h"
#include "pyhash.h"
#include "readfile.h"
#include "tstate.h"
#include "vm/vm.h"

int types_init(void);
int sys_set_argv(int argc, char **argv, const char *argv0);
int sys_set_orig_argv(int argc, char **argv);
Object *sys_dict(void);

/* The exit status for an uncaught exception; prints it as CPython does. */
static int handle_uncaught(void)
{
    Value exc = err_fetch();
    if (!exc)
        return 0;
    if (val_isinstance_type(exc, &Exc_SystemExit)) {
        Value code = obj_getattr_cstr(exc, "code");
        int status = 0;
        if (!code) {
            err_clear();
            status = 1;
        } else if (code == VAL_NONE) {
            status = 0;
        } else if (val_is_int_like(code)) {
            int64_t c;
            if (int_as_i64(code, &c) < 0) {
                err_clear();
                c = -1;
            }
            status = (int)(c & 0xff);
        } else {
            Value s = obj_str(code);
            if (s) {
                ssize_t len;
                const char *u = str_utf8(val_as_str(s), &len);
                if (u) {
                    sys_write_stderr(u, (size_t)len);
                    sys_write_stderr("\n", 1);
                }
                val_decref(s);
            }
            err_clear();
            status = 1;
        }
        val_xdecref(code);
        val_decref(exc);
        return status;
    }
    /* sys.excepthook(type, value, traceback) */
    Value hook = VAL_NULL;
    Object *sd = sys_dict();
    if (sd && dict_get_cstr(sd, "excepthook", &hook) > 0) {
        Value tb = ((ExcObj *)val_as_obj(exc))->traceback;
        Value args[3] = {(Value)val_type(exc), exc, tb ? tb : VAL_NONE};
        Value r = obj_call(hook, args, 3, NULL);
        val_decref(hook);
        if (r) {
            val_decref(r);
        } else {
            Value e2 = err_fetch();
            sys_write_stderr("Error in sys.excepthook:\n", 25);
            if (e2) {
                exc_print(e2);
                val_decref(e2);
            }
            sys_write_stderr("\nOriginal exception was:\n", 25);
            exc_print(exc);
        }
    } else {
        exc_print(exc);
    }
    val_decref(exc);
    return 1;
}

static Value make_main_module(void)
{
    Value m = module_new(str_intern_cstr("__main__"));
    if (!m)
        return VAL_NULL;
    Object *bd = builtins_dict();
    Value builtins;
    if (dict_get(sys_modules(), (Value)str_intern_cstr("builtins"), &builtins) <= 0 ||
        module_add(m, "__builtins__", builtins) < 0 ||
        dict_set(sys_modules(), (Value)str_intern_cstr("__main__"), m) < 0) {
        val_decref(m);
        return VAL_NULL;
    }
    (void)bd;
    val_decref(builtins);
    return m;
}

static int run_source(Value main_mod, const char *src, size_t len, const char *filename)
{
    Value fn = str_from_cstr(filename);
    if (!fn)
        return -1;
    Value code = vm_compile(src, len, val_as_obj(fn), COMPILE_EXEC, interp_config.optimize);
    val_decref(fn);
    if (!code)
        return -1;
    Value r = vm_eval_code(code, module_dict(main_mod), VAL_NULL);
    val_decref(code);
    if (!r)
        return -1;
    val_decref(r);
    return 0;
}

static int env_flag(const char *name, const RunOptions *opt)
{
    if (opt->ignore_env)
        return 0;
    const char *v = getenv(name);
    return v && *v ? 1 : 0;
}

int run_main(const RunOptions *opt)
{
    interp_config.optimize = opt->optimize;
    interp_config.unbuffered = opt->unbuffered || env_flag("PYTHONUNBUFFERED", opt);
    interp_config.ignore_env = opt->ignore_env;
    interp_config.isolated = opt->isolated;
    interp_config.quiet = opt->quiet;
    interp_config.inspect = opt->inspect;
    interp_config.verbose = opt->verbose;
    interp_config.dont_write_bytecode = true;
    if (!opt->ignore_env && getenv("PYTHONOPTIMIZE") && !opt->optimize)
        interp_config.optimize = atoi(getenv("PYTHONOPTIMIZE"));
    interp_config.gil = 0;
    const char *gil_env = opt->ignore_env ? NULL : getenv("PYTHON_GIL");
    if (gil_env && *gil_env) {
        if (strcmp(gil_env, "0") == 0)
            interp_config.gil = 0;
        else if (strcmp(gil_env, "1") == 0)
            interp_config.gil = 1;
        else {
            fprintf(stderr, "Fatal Python error: config_read_gil: PYTHON_GIL / -X gil must be \"0\" or \"1\"\n");
            return 1;
        }
    }
    if (opt->gil >= 0)
        interp_config.gil = opt->gil;

    if (hash_init_secret(opt->ignore_env ? NULL : getenv("PYTHONHASHSEED")) < 0) {
        fprintf(stderr, "Fatal Python error: _Py_HashRandomization_Init: PYTHONHASHSEED must be "
                        "\"random\" or an integer in range [0; 4294967295]\n");
        return 1;
    }
    ThreadState *ts = ts_create();
    ts_attach(ts);

    /* sys.path[0]: the script's directory, '' for -c, the cwd for -m. */
    char dirbuf[PATH_MAX];
    const char *script_dir = "";
    if (opt->script && strcmp(opt->script, "-") != 0) {
        char real[PATH_MAX];
        if (realpath(opt->script, real)) {
            snprintf(dirbuf, sizeof dirbuf, "%s", dirname(real));
            script_dir = dirbuf;
        }
    } else if (opt->module) {
        if (getcwd(dirbuf, sizeof dirbuf))
            script_dir = dirbuf;
    }

    if (types_init() < 0 || import_init(script_dir) < 0 || io_set_unbuffered(interp_config.unbuffered) < 0 ||
        io_init() < 0) {
        Value e = err_fetch();
        fprintf(stderr, "Fatal Python error: cannot initialise the interpreter\n");
        if (e)
            exc_print(e);
        return 1;
    }
    static const char *const std_names[3][2] = {{"stdin", "__stdin__"}, {"stdout", "__stdout__"},
                                                {"stderr", "__stderr__"}};
    for (int fd = 0; fd < 3; fd++)
        for (int k = 0; k < 2; k++)
            dict_set_cstr(sys_dict(), std_names[fd][k], io_std_stream(fd));
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        Value s = str_from_cstr(exe);
        if (s) {
            dict_set_cstr(sys_dict(), "executable", s);
            dict_set_cstr(sys_dict(), "_base_executable", s);
            val_decref(s);
        }
    }
    sys_set_orig_argv(opt->orig_argc, opt->orig_argv);
    const char *argv0 = opt->command ? "-c" : opt->module ? opt->module : opt->script ? opt->script : "";
    sys_set_argv(opt->argc, opt->argv, argv0);

    Value main_mod = make_main_module();
    int status = 0;
    if (!main_mod) {
        status = handle_uncaught();
        goto out;
    }
    int rc = 0;
    if (opt->command) {
        rc = run_source(main_mod, opt->command, strlen(opt->command), "<string>");
    } else if (opt->module) {
        rc = run_module_as_main(main_mod, opt->module);
    } else if (opt->script && strcmp(opt->script, "-") != 0) {
        size_t len;
        char *src = file_read_all(opt->script, &len);
        if (!src) {
            char real[PATH_MAX];
            const char *shown = opt->script;
            if (opt->script[0] != '/' && getcwd(real, sizeof real)) {
                size_t l = strlen(real);
                snprintf(real + l, sizeof real - l, "/%s", opt->script);
                shown = real;
            }
            fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", opt->orig_argv[0], shown,
                    errno, strerror(errno));
            status = 2;
            goto out;
        }
        /* __file__ and the code's filename are absolute (cwd joined, not
         * normalised), as CPython 3.9+. */
        char abspath[PATH_MAX * 2];
        char cwd[PATH_MAX];
        if (opt->script[0] != '/' && getcwd(cwd, sizeof cwd))
            snprintf(abspath, sizeof abspath, "%s/%s", cwd, opt->script);
        else
            snprintf(abspath, sizeof abspath, "%s", opt->script);
        Value file = str_from_cstr(abspath);
        if (file) {
            module_add(main_mod, "__file__", file);
            val_decref(file);
        }
        module_add(main_mod, "__cached__", VAL_NONE);
        rc = run_source(main_mod, src, len, abspath);
        free(src);
    } else if (!isatty(0) || (opt->script && strcmp(opt->script, "-") == 0)) {
        size_t len;
        char *src = file_read_fd(0, &len);
        rc = src ? run_source(main_mod, src, len, "<stdin>") : -1;
        free(src);
    } else {
        rc = run_repl(main_mod);
    }
    if (rc < 0)
        status = handle_uncaught();
    else if (rc > 0)
        status = rc;
out:
    {
        int io_status = io_finalize();
        if (io_status)
            status = io_status;
    }
    fflush(stdout);
    fflush(stderr);
    /* Threads and module teardown come with issue 5; exit without freeing. */
    _exit(status);
}
