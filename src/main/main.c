/* ftpy's command line: options as CPython's (-c, -m, -X, -u, -E, -O, -V,
 * ...), interpreter startup, running the script as __main__, and turning
 * an uncaught exception or SystemExit into the exit status. */
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compiler/ast_dump.h"
#include "main/run.h"
#include "modules/version.h"
#include "selfcheck.h"

static int usage(FILE *out, int code)
{
    fprintf(out, "usage: ftpy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                 "-c cmd : program passed in as string (terminates option list)\n"
                 "-E     : ignore PYTHON* environment variables (such as PYTHONPATH)\n"
                 "-I     : isolate Python from the user's environment (implies -E)\n"
                 "-m mod : run library module as a script (terminates option list)\n"
                 "-O     : remove assert and __debug__-dependent statements\n"
                 "-OO    : do -O changes and also discard docstrings\n"
                 "-q     : don't print version and copyright messages on interactive startup\n"
                 "-u     : force the stdout and stderr streams to be unbuffered\n"
                 "-V     : print the Python version number and exit (also --version)\n"
                 "         when given twice, print more information about the build\n"
                 "-X opt : set implementation-specific option:\n"
                 "         gil=0|1, dis FILE, dump-ast FILE, selfcheck[=N]\n"
                 "file   : program read from script file\n"
                 "-      : program read from stdin\n"
                 "arg ...: arguments passed to program in sys.argv[1:]\n");
    return code;
}

int main(int argc, char **argv)
{
    RunOptions opt = {0};
    opt.gil = -1;
    int version = 0;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0)
            break;
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "--version") == 0) {
            version++;
            continue;
        }
        if (strcmp(a, "--help") == 0)
            return usage(stdout, 0);
        /* bundled single-letter flags: -uE, -OO, -VV */
        for (const char *p = a + 1; *p; p++) {
            switch (*p) {
            case 'V': version++; break;
            case 'u': opt.unbuffered = true; break;
            case 'E': opt.ignore_env = true; break;
            case 'I': opt.isolated = opt.ignore_env = true; break;
            case 's': case 'S': case 'B': case 'b': case 'd': case 'R': case 'P': break;
            case 'i': opt.inspect = true; break;
            case 'q': opt.quiet = true; break;
            case 'v': opt.verbose++; break;
            case 'O': opt.optimize++; break;
            case 'h': case '?': return usage(stdout, 0);
            case 'c': case 'm': case 'X': case 'W': {
                const char *val = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (!val) {
                    fprintf(stderr, "Argument expected for the -%c option\n", *p);
                    return usage(stderr, 2);
                }
                if (*p == 'c') {
                    opt.command = val;
                    i++;
                    goto args_done;
                }
                if (*p == 'm') {
                    opt.module = val;
                    i++;
                    goto args_done;
                }
                if (*p == 'X') {
                    if (strcmp(val, "dump-ast") == 0 && i + 1 < argc)
                        return ast_dump_main(argv[i + 1]);
                    if (strcmp(val, "dis") == 0 && i + 1 < argc)
                        return dis_main(argv[i + 1]);
                    if (strncmp(val, "selfcheck", 9) == 0)
                        return selfcheck_run(val[9] == '=' ? atoi(val + 10) : 0);
                    if (strcmp(val, "gil=0") == 0)
                        opt.gil = 0;
                    else if (strcmp(val, "gil=1") == 0)
                        opt.gil = 1;
                    else if (strncmp(val, "gil", 3) == 0) {
                        fprintf(stderr, "Fatal Python error: config_read_gil: "
                                        "PYTHON_GIL / -X gil must be \"0\" or \"1\"\n");
                        return 1;
                    }
                    if (opt.nxoptions < MAX_XOPTIONS)
                        opt.xoptions[opt.nxoptions++] = val;
                }
                goto next_arg; /* the value used the rest of this argument */
            }
            default:
                fprintf(stderr, "Unknown option: -%c\n", *p);
                return usage(stderr, 2);
            }
        }
    next_arg:;
    }
args_done:
    if (version == 1) {
        printf("Python %s\n", FTPY_PY_VERSION);
        return 0;
    }
    if (version >= 2) {
        printf("Python %s free-threading build (ftpy %s, %s %s) [%s]\n", FTPY_PY_VERSION,
               FTPY_VERSION, __DATE__, __TIME__, FTPY_COMPILER);
        return 0;
    }
    if (!opt.command && !opt.module && i < argc)
        opt.script = argv[i++];
    opt.argc = argc - i;
    opt.argv = argv + i;
    opt.orig_argc = argc;
    opt.orig_argv = argv;
    return run_main(&opt);
}
