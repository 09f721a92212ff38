/* Pieces of traceback printing shared between traceback_print.c (chains
 * and entries), traceback_carets.c (the ~~~^^^ lines) and
 * traceback_group.c (exception groups). */
#ifndef FT_TRACEBACK_PRINT_H
#define FT_TRACEBACK_PRINT_H

#include "strobj.h"

/* Line n of a file, stripped; *indent_out gets the leading whitespace width. */
char *tb_source_line(const char *path, long n, size_t *indent_out);
/* Adds the caret line under a traceback entry's source line, when CPython
 * shows one (line is the stripped source line, indent what was stripped). */
void tb_print_carets(StrBuilder *b, Value tb, const char *line, size_t indent);
/* Prints an exception group with its nested box layout. */
void tb_print_group(StrBuilder *b, Value exc);
/* The whole printed form of an exception (what exc_print writes). */
Value exc_format(Value exc);
/* Writes to sys.stderr (or fd 2 before sys exists). */
void sys_write_stderr(const char *s, size_t len);

#endif
