/* The parser: Python 3.14 source to the AST of ast.h, or a SyntaxError
 * worded and placed as CPython 3.13/3.14 report it. */
#ifndef FT_PARSER_H
#define FT_PARSER_H

#include <stddef.h>

#include "compiler/arena.h"
#include "compiler/ast.h"

/* What CPython's SyntaxError carries. Offsets are 1-based character
 * columns of `text` (0: none), as SyntaxError.offset/end_offset are. */
typedef struct {
    const char *exc;        /* "SyntaxError", "IndentationError", "TabError",
                               "MemoryError" (source too complex) */
    char msg[512];
    int lineno, offset, end_lineno, end_offset;
    const char *text;       /* the line lineno, without its newline; NULL if
                               unknown (arena memory) */
} ParseError;

/* Parses a whole file (raw bytes; PEP 263 cookies and BOMs are honoured).
 * Returns the module, or NULL with *err filled. Everything lives in a. */
AstModule *parse_file(Arena *a, const char *buf, size_t len,
                      const char *filename, ParseError *err);

#endif
