/* The interactive prompt: reads statements (continuing with "... " while a
 * compound statement is open), runs each in __main__ with results shown by
 * sys.displayhook, and prints exceptions without leaving. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "main/run.h"
#include "modules/builtins.h"
#include "modules/io.h"
#include "modules/version.h"
#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/module.h"
#include "objects/strobj.h"
#include "vm/vm.h"

/* Reads one line from stdin after writing the prompt to stderr (as
 * CPython does without readline); NULL at end of input. */
static char *read_line(const char *prompt, size_t *len)
{
    fputs(prompt, stderr);
    fflush(stderr);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) {
        free(line);
        return NULL;
    }
    *len = (size_t)n;
    return line;
}

static bool opens_block(const char *line, size_t len)
{
    while (len && (line[len - 1] == '\n' || line[len - 1] == ' ' || line[len - 1] == '\t' ||
                   line[len - 1] == '\r'))
        len--;
    return len && line[len - 1] == ':';
}

int run_repl(Value main_mod)
{
    if (!interp_config.quiet)
        fprintf(stderr, "Python %s free-threading build (ftpy %s)\nType \"help\", \"copyright\", "
                        "\"credits\" or \"license\" for more information.\n",
                FTPY_PY_VERSION, FTPY_VERSION);
    Value fn = str_from_cstr("<stdin>");
    for (;;) {
        io_flush_std();
        size_t len;
        char *line = read_line(">>> ", &len);
        if (!line) {
            fputc('\n', stderr);
            break;
        }
        char *src = line;
        size_t srclen = len;
        if (opens_block(line, len)) {
            for (;;) {
                size_t l2;
                char *more = read_line("... ", &l2);
                if (!more || l2 <= 1) {
                    free(more);
                    break;
                }
                char *joined = realloc(src, srclen + l2 + 1);
                if (!joined) {
                    free(more);
                    break;
                }
                memcpy(joined + srclen, more, l2);
                srclen += l2;
                joined[srclen] = 0;
                src = joined;
                free(more);
            }
        }
        Value code = vm_compile(src, srclen, val_as_obj(fn), COMPILE_SINGLE, interp_config.optimize);
        free(src);
        Value r = code ? vm_eval_code(code, module_dict(main_mod), VAL_NULL) : VAL_NULL;
        val_xdecref(code);
        if (r) {
            val_decref(r);
            continue;
        }
        if (err_matches(&Exc_SystemExit))
            return -1;
        Value exc = err_fetch();
        if (exc) {
            exc_print(exc);
            val_decref(exc);
        }
    }
    val_decref(fn);
    return 0;
}
