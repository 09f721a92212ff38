/* The io/_io module: file objects (FileIO, Buffered*, TextIOWrapper),
 * StringIO/BytesIO, open(), and the standard streams; plus the C interface
 * print(), input(), sys and main() use. */
#ifndef FT_IO_H
#define FT_IO_H

#include <stdbool.h>

#include "objects/obj.h"

/* Readies every I/O type (UnsupportedOperation's two bases included).
 * Idempotent; io_init and io_module_init call it too. */
int io_types_init(void);

/* Before io_init: -u / PYTHONUNBUFFERED (stdout/stderr unbuffered and
 * write-through). */
int io_set_unbuffered(bool unbuffered);

/* Creates sys.stdin/stdout/stderr over fds 0/1/2 (once, at startup, after
 * the types are ready). A closed or invalid fd gives None, as CPython. */
int io_init(void);

/* The startup stream of fd 0, 1 or 2 (borrowed; None if the fd was not
 * open). */
Value io_std_stream(int fd);

/* file.write(s), with fast paths for TextIOWrapper and StringIO. 0 / -1. */
int io_write_str(Value file, Value s);
/* file.flush(). 0 / -1. */
int io_flush(Value file);
/* Flushes the startup stdout and stderr, ignoring errors. */
void io_flush_std(void);
/* At exit: flushes every open buffered file and sys.stdout/sys.stderr
 * (the current ones given, or the startup ones when VAL_NULL). Returns 0,
 * or 120 when flushing stdout failed (CPython's exit status; the error is
 * reported as "Exception ignored on flushing sys.stdout:" on stderr). */
int io_finalize_streams(Value out, Value err);
int io_finalize(void);

/* input(prompt): writes prompt (VAL_NULL: none) to sys.stdout (the startup
 * one), flushes, reads a line from sys.stdin, strips the newline; EOFError
 * "EOF when reading a line" at end of file. */
Value io_readline_stdin(Value prompt);
/* The same with explicit streams (the current sys.stdin/sys.stdout). */
Value io_readline_from(Value in, Value out, Value prompt);

/* The builtin open(). */
extern const MethodDef io_open_def;

/* Fills the "_io" and "io" modules (the module's __name__ decides the
 * spelling of the base classes). */
int io_module_init(Value module);

#endif
