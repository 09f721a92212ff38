/* The I/O layer's interface to the rest of the interpreter (the io module
 * itself is in io*.c): the standard streams, writes for print(), input(). */
#ifndef FT_IO_H
#define FT_IO_H

#include "objects/obj.h"

int io_set_unbuffered(bool unbuffered);   /* -u; before io_init */
int io_init(void);                        /* creates sys.stdin/stdout/stderr */
Value io_std_stream(int fd);              /* borrowed: the startup stream for fd 0/1/2 */
int io_write_str(Value file, Value s);    /* file.write(s), fast for built-in text files */
int io_flush(Value file);
void io_flush_std(void);
int io_finalize(void);                    /* flushes; returns an exit-status override or 0 */
Value io_readline_stdin(Value prompt);    /* input(prompt) */
extern const MethodDef io_open_def;       /* builtins.open */
int io_module_init(Value module);

#endif
