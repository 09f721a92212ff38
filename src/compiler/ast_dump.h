/* Prints an AST as CPython 3.13's ast.dump(ast.parse(source)) does, and
 * the `-X dump-ast FILE` entry point. */
#ifndef FT_AST_DUMP_H
#define FT_AST_DUMP_H

#include <stdio.h>

#include "compiler/ast.h"
#include "compiler/parser.h"

void ast_dump_module(FILE *out, const AstModule *m);
/* include_attributes: positions as ast.dump(..., include_attributes=True). */
void ast_dump_module_ex(FILE *out, const AstModule *m, int include_attributes);
/* Prints err as CPython prints an uncaught SyntaxError for a script. */
void ast_print_syntax_error(FILE *out, const char *filename, const ParseError *err);
/* Parses PATH and prints its dump and a newline to stdout: 0; or prints
 * the SyntaxError to stderr: 1. */
int ast_dump_main(const char *path);

#endif
