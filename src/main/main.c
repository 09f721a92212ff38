/* ftpy's command line. The compiler and VM are not built yet (issues 3
 * and 4); today the binary reports its version and runs the runtime's
 * multi-threaded self-check. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/ast_dump.h"
#include "selfcheck.h"

#define FTPY_PY_VERSION "3.14.0"
#define FTPY_VERSION "0.1.0"

static int usage(FILE *out, int code)
{
    fprintf(out, "usage: ftpy [option] ...\n"
                 "-V     : print the Python version number and exit (also --version)\n"
                 "         when given twice, print more information about the build\n"
                 "-X selfcheck[=N] : run the runtime's multi-threaded self-check\n"
                 "                   on up to N threads (default: the CPU count)\n");
    return code;
}

int main(int argc, char **argv)
{
    int version = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
            version++;
        } else if (strcmp(a, "-VV") == 0) {
            version += 2;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            return usage(stdout, 0);
        } else if (strcmp(a, "-X") == 0 && i + 2 < argc &&
                   strcmp(argv[i + 1], "dump-ast") == 0) {
            return ast_dump_main(argv[i + 2]);
        } else if (strcmp(a, "-X") == 0 && i + 1 < argc &&
                   strncmp(argv[i + 1], "selfcheck", 9) == 0) {
            const char *opt = argv[++i];
            int n = opt[9] == '=' ? atoi(opt + 10) : 0;
            return selfcheck_run(n);
        } else {
            fprintf(stderr, "ftpy: cannot run '%s': the compiler and VM are not built yet\n", a);
            return 2;
        }
    }
    if (version == 1) {
        printf("Python %s\n", FTPY_PY_VERSION);
        return 0;
    }
    if (version >= 2) {
        printf("Python %s free-threading build (ftpy %s, %s %s) [%s]\n", FTPY_PY_VERSION,
               FTPY_VERSION, __DATE__, __TIME__,
#if defined(__clang__)
               "Clang " __clang_version__
#else
               "GCC " __VERSION__
#endif
        );
        return 0;
    }
    return usage(stderr, 2);
}
