/* symdump [--py313] FILE: parses FILE, builds its symbol table and prints
 * every block and symbol as tools/symdump-cpython.py prints python3.13's
 * symtable module's view (so the two compare byte for byte). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "readfile.h"
#include "compiler/parser.h"
#include "compiler/symtable.h"

static const char *const block_types[] = {
    "function", "class", "module", "annotation", "type alias",
    "type parameters", "type variable"
};
static const char *const scope_names[] = {
    "NONE", "LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL"
};

static int cmp_names(const void *x, const void *y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

static void dump_block(const SymBlock *b, int depth)
{
    int ind = depth * 2;
    printf("%*sblock %s '%s' line %d nested %d optimized %d children %d\n", ind, "",
           block_types[b->type], b->name, b->loc.lineno, b->nested,
           b->type == SYM_BLOCK_FUNCTION, b->nchildren);
    printf("%*s  varnames:", ind, "");
    for (int i = 0; i < b->nvarnames; i++) printf(" %s", b->varnames[i]);
    printf("\n");
    int n = b->symbols.n;
    const char **names = malloc(sizeof(char *) * (size_t)(n ? n : 1));
    if (!names) exit(2);
    if (n) memcpy(names, b->symbols.names, sizeof(char *) * (size_t)n);
    qsort(names, (size_t)n, sizeof(char *), cmp_names);
    /* The symtable module treats a block named "top" as the module. */
    int module_scope = strcmp(b->name, "top") == 0;
    for (int i = 0; i < n; i++) {
        int flags = symtable_flags(b, names[i]);
        int scope = (flags >> SYM_SCOPE_OFFSET) & SYM_SCOPE_MASK;
        int bound_top = module_scope && (flags & SYM_DEF_BOUND);
        int ns = 0;
        for (int c = 0; c < b->nchildren; c++)
            if (strcmp(b->children[c]->name, names[i]) == 0) ns = 1;
        printf("%*s  sym '%s' %s 0x%x", ind, "", names[i],
               scope <= SYM_CELL ? scope_names[scope] : "?", flags);
        if (flags & SYM_USE) printf(" referenced");
        if (flags & SYM_DEF_IMPORT) printf(" imported");
        if (flags & SYM_DEF_PARAM) printf(" parameter");
        if (scope == SYM_GLOBAL_IMPLICIT || scope == SYM_GLOBAL_EXPLICIT || bound_top)
            printf(" global");
        if (scope == SYM_GLOBAL_EXPLICIT) printf(" declared_global");
        if (scope == SYM_LOCAL || scope == SYM_CELL || bound_top) printf(" local");
        if (flags & SYM_DEF_ANNOT) printf(" annotated");
        if (scope == SYM_FREE) printf(" free");
        if (flags & SYM_DEF_NONLOCAL) printf(" nonlocal");
        if (flags & SYM_DEF_LOCAL) printf(" assigned");
        if (ns) printf(" namespace");
        printf("\n");
    }
    free(names);
    for (int c = 0; c < b->nchildren; c++) dump_block(b->children[c], depth + 1);
}

int main(int argc, char **argv)
{
    int py313 = argc > 1 && strcmp(argv[1], "--py313") == 0;
    if (argc != 2 + py313) {
        fprintf(stderr, "usage: symdump [--py313] FILE\n");
        return 2;
    }
    const char *path = argv[1 + py313];
    size_t len;
    char *buf = file_read_all(path, &len);
    if (!buf) {
        perror(path);
        return 2;
    }
    Arena *a = arena_new();
    ParseError err;
    memset(&err, 0, sizeof err);
    int rc = 0;
    AstModule *m = parse_file(a, buf, len, path, &err);
    SymTable *st = m ? symtable_build(a, m, path, py313 ? SYMTABLE_PY313 : 0, &err) : NULL;
    if (st) {
        dump_block(st->top, 0);
    } else {
        /* An end of 0 is "none": SyntaxError's None. */
        char el[16] = "None", eo[16] = "None";
        if (err.end_lineno) snprintf(el, sizeof el, "%d", err.end_lineno);
        if (err.end_offset) snprintf(eo, sizeof eo, "%d", err.end_offset);
        printf("error %s: %s (line %d, offset %d, end %s %s)\n", err.exc, err.msg,
               err.lineno, err.offset, el, eo);
        rc = 1;
    }
    arena_free(a);
    free(buf);
    return rc;
}
