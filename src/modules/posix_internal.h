/* Shared pieces of the posix module (posix.c, posix_dir.c). */
#ifndef FT_POSIX_INTERNAL_H
#define FT_POSIX_INTERNAL_H

#include <sys/stat.h>

#include "critical_section.h"
#include "modules/modutil.h"

/* A path argument (str, bytes or os.PathLike) as a C string: c stays
 * valid until posix_path_clear. */
typedef struct {
    Value obj;      /* the argument as given (borrowed) */
    Value fspath;   /* __fspath__() result, or VAL_NULL */
    Value encoded;  /* the UTF-8 (surrogateescape) bytes of a str, or VAL_NULL */
    const char *c;
    bool is_bytes;
} PosixPath;

int posix_path(Value arg, const char *fname, const char *argname, PosixPath *out);
void posix_path_clear(PosixPath *p);
/* os.fspath(p) */
Value posix_fspath(Value p);
/* Raises the OSError subclass for errno with the file name(s) (VAL_NULL
 * for none); returns VAL_NULL. */
Value posix_error(Value filename, Value filename2);
/* A file name from the system as str (surrogateescape) or bytes. */
Value posix_decode_name(const char *s, size_t len, bool as_bytes);
Value posix_stat_result(const struct stat *st);

Value posix_listdir(Value self, const Value *args, size_t nargs, Object *kw);
Value posix_scandir(Value self, const Value *args, size_t nargs, Object *kw);
int posix_dir_init(Value m);

#endif
