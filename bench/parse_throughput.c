/* Front-end throughput (not a test): parses every .py file under a folder
 * (default: python3.13's standard library), builds its symbol table, and
 * prints MB/s. bench/parse_throughput.sh sets it next to CPython. */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "compiler/arena.h"
#include "compiler/parser.h"
#include "compiler/symtable.h"
#include "objects/err.h"
#include "objects/strobj.h"
#include "pyhash.h"
#include "tstate.h"
#include "vm/vm.h"

int types_init(void);
#include "readfile.h"

typedef struct {
    char *path;
    char *data;
    size_t len;
} Source;

static Source *sources;
static size_t nsources, capsources, total_bytes;

static int add_file(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)st;
    (void)ftw;
    size_t n = strlen(path);
    if (type != FTW_F || n < 3 || strcmp(path + n - 3, ".py") != 0)
        return 0;
    size_t len;
    char *data = file_read_all(path, &len);
    if (!data)
        return 0;
    if (nsources == capsources) {
        capsources = capsources ? capsources * 2 : 1024;
        sources = realloc(sources, capsources * sizeof *sources);
        if (!sources)
            abort();
    }
    sources[nsources++] = (Source){strdup(path), data, len};
    total_bytes += len;
    return 0;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    char def[4096];
    const char *dir = argc > 1 ? argv[1] : NULL;
    int rounds = argc > 2 ? atoi(argv[2]) : 3;
    if (!dir) {
        snprintf(def, sizeof def, "%s/.pyenv/versions/3.13.0/lib/python3.13",
                 getenv("HOME") ? getenv("HOME") : "");
        dir = def;
    }
    if (nftw(dir, add_file, 32, FTW_PHYS) != 0 || nsources == 0) {
        fprintf(stderr, "parse_throughput: no .py files under %s\n", dir);
        return 1;
    }
    double best = 1e30;
    size_t errors = 0;
    for (int r = 0; r < rounds; r++) {
        errors = 0;
        double t0 = now();
        for (size_t i = 0; i < nsources; i++) {
            Arena *a = arena_new();
            ParseError err;
            AstModule *m = parse_file(a, sources[i].data, sources[i].len, sources[i].path, &err);
            if (m)
                symtable_build(a, m, sources[i].path, 0, &err);
            else
                errors++;
            arena_free(a);
        }
        double t = now() - t0;
        if (t < best)
            best = t;
    }
    printf("ftpy parse+symtable: %zu files, %.1f MB, best of %d: %.3f s, %.1f MB/s (%zu syntax errors)\n",
           nsources, total_bytes / 1e6, rounds, best, total_bytes / 1e6 / best, errors);

    /* The whole of compile(): parse, symbol table and bytecode (code
     * objects), as CPython's compile() does. */
    hash_init_secret("0");
    ThreadState *ts = ts_create();
    ts_attach(ts);
    if (types_init() < 0) {
        fprintf(stderr, "parse_throughput: cannot start the object layer\n");
        return 1;
    }
    best = 1e30;
    for (int r = 0; r < rounds; r++) {
        errors = 0;
        double t0 = now();
        for (size_t i = 0; i < nsources; i++) {
            Value fn = str_from_cstr(sources[i].path);
            Value code = fn ? vm_compile(sources[i].data, sources[i].len, val_as_obj(fn), COMPILE_EXEC, 0)
                            : VAL_NULL;
            if (!code) {
                errors++;
                err_clear();
            }
            val_xdecref(code);
            val_xdecref(fn);
        }
        double t = now() - t0;
        if (t < best)
            best = t;
    }
    printf("ftpy compile:        %zu files, %.1f MB, best of %d: %.3f s, %.1f MB/s (%zu syntax errors)\n",
           nsources, total_bytes / 1e6, rounds, best, total_bytes / 1e6 / best, errors);
    return 0;
}
