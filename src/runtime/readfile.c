/* file_read_all: reads in doubling chunks, so pipes and files whose size
 * changes while read work as well as regular files. */
#include "readfile.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

static char *read_stream(FILE *f, size_t *len, bool close)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *nb = realloc(buf, cap *= 2);
        if (!nb)
            free(buf);
        buf = nb;
    }
    int failed = ferror(f);
    if (close)
        fclose(f);
    if (!buf) {
        errno = ENOMEM;
        return NULL;
    }
    if (failed) {
        free(buf);
        errno = EIO;
        return NULL;
    }
    *len = n;
    return buf;
}

char *file_read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    return read_stream(f, len, true);
}

char *file_read_fd(int fd, size_t *len)
{
    FILE *f = fdopen(fd, "rb");
    if (!f)
        return NULL;
    return read_stream(f, len, false);
}
