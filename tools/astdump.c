/* astdump [--attrs] FILE: prints what python3.13's ast.dump(ast.parse(src))
 * prints, with --attrs what ast.dump(..., include_attributes=True) prints
 * (node positions); `ftpy -X dump-ast FILE` is the plain form. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "readfile.h"
#include "compiler/ast_dump.h"

int main(int argc, char **argv)
{
    int attrs = argc > 1 && strcmp(argv[1], "--attrs") == 0;
    if (argc != 2 + attrs) {
        fprintf(stderr, "usage: astdump [--attrs] FILE\n");
        return 2;
    }
    const char *path = argv[1 + attrs];
    size_t len;
    char *buf = file_read_all(path, &len);
    if (!buf) {
        perror(path);
        return 2;
    }
    Arena *a = arena_new();
    ParseError err;
    AstModule *m = parse_file(a, buf, len, path, &err);
    int rc = 0;
    if (m) {
        ast_dump_module_ex(stdout, m, attrs);
        putchar('\n');
    } else {
        ast_print_syntax_error(stderr, path, &err);
        rc = 1;
    }
    arena_free(a);
    free(buf);
    return rc;
}
