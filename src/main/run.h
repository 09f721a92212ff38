/* Running the interpreter for the command line: startup, the __main__
 * module, exit status. */
#ifndef FT_RUN_H
#define FT_RUN_H

#include <stdbool.h>

#define MAX_XOPTIONS 32

typedef struct RunOptions {
    const char *command;  /* -c */
    const char *module;   /* -m */
    const char *script;   /* file, or "-" for stdin */
    int argc;             /* arguments after the script/command */
    char **argv;
    int orig_argc;
    char **orig_argv;
    bool unbuffered, ignore_env, isolated, inspect, quiet;
    int verbose, optimize;
    int gil;              /* -1: from PYTHON_GIL or default */
    const char *xoptions[MAX_XOPTIONS];
    int nxoptions;
} RunOptions;

int run_main(const RunOptions *opt);
/* The interactive prompt (repl.c) and -m (runmod.c): 0, or -1 with an
 * exception set. */
#include "objects/obj.h"
int run_repl(Value main_mod);
int run_module_as_main(Value main_mod, const char *name);
/* -X dis FILE (src/vm) */
int dis_main(const char *path);

#endif
