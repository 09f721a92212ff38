/* Reading a whole file into memory, for the front end and its tools. */
#ifndef FT_READFILE_H
#define FT_READFILE_H

#include <stddef.h>

/* The contents of path, malloc'd (free with free), its size in *len; or
 * NULL with errno set (ENOMEM when memory ran out). */
char *file_read_all(const char *path, size_t *len);
/* The rest of an open descriptor (stdin), read the same way; fd stays open. */
char *file_read_fd(int fd, size_t *len);

#endif
