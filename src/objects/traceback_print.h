/* Pieces of traceback printing shared between traceback_print.c (chains
 * and entries), traceback_carets.c (the ~~~^^^ lines) and
 * traceback_group.c (exception groups). */
#ifndef FT_TRACEBACK_PRINT_H
#define FT_TRACEBACK_PRINT_H

#include "strobj.h"

/* Line n of a file, stripped; *indent_out gets the leading whitespace width. */
char *tb_source_line(const char *path, long n, size_t *indent_out);
/* Adds a traceback entry's source line(s), with the caret line when
 * CPython shows one; false when the source is unavailable. */
bool tb_print_source(StrBuilder *b, Value tb, const char *path, int lineno);
/* The whole printed form of an exception (what exc_print writes). */
Value exc_format(Value exc);
/* Writes to sys.stderr (or fd 2 before sys exists). */
void sys_write_stderr(const char *s, size_t len);

#endif
