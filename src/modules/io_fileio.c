/* _io.FileIO: raw, unbuffered I/O on a file descriptor (open, read,
 * readinto, readall, write, seek, tell, truncate, close). */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mem.h"
#include "tstate.h"
#include "modules/io_internal.h"
#include "objects/bytesobj.h"
#include "objects/intobj.h"
#include "objects/strobj.h"

static FileIO *as_fileio(Value v) { return (FileIO *)val_as_obj(v); }

static Value fileio_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    FileIO *f = (FileIO *)obj_alloc(type, 0);
    if (!f)
        return VAL_NULL;
    f->fd = -1;
    f->seekable = -1;
    f->closefd = true;
    return (Value)f;
}

/* Parses FileIO's mode ("r", "w", "x", "a", an optional '+', 'b' ignored). */
static int parse_raw_mode(FileIO *f, const char *mode, int *flags)
{
    bool rwa = false, plus = false;
    int fl = 0;
    for (const char *p = mode; *p; p++) {
        switch (*p) {
        case 'x': case 'r': case 'w': case 'a':
            if (rwa)
                goto bad;
            rwa = true;
            if (*p == 'x') {
                f->created = f->writable = true;
                fl |= O_EXCL | O_CREAT;
            } else if (*p == 'r') {
                f->readable = true;
            } else if (*p == 'w') {
                f->writable = true;
                fl |= O_CREAT | O_TRUNC;
            } else {
                f->writable = f->appending = true;
                fl |= O_APPEND | O_CREAT;
            }
            break;
        case '+':
            if (plus)
                goto bad;
            f->readable = f->writable = true;
            plus = true;
            break;
        case 'b':
            break;
        default:
            err_set(&Exc_ValueError, "invalid mode: %s", mode);
            return -1;
        }
    }
    if (!rwa)
        goto bad;
    if (f->readable && f->writable)
        fl |= O_RDWR;
    else if (f->readable)
        fl |= O_RDONLY;
    else
        fl |= O_WRONLY;
    *flags = fl | O_CLOEXEC;
    return 0;
bad:
    err_set(&Exc_ValueError, "Must have exactly one of create/read/write/append "
                             "mode and at most one plus");
    return -1;
}

/* The path of a str/bytes/PathLike argument as a C string (new reference
 * to the object holding it in *holder). */
static const char *path_of(Value file, Value *holder)
{
    Value p = file;
    val_incref(p);
    if (!val_is_str(p) && !val_is_bytes(p)) {
        Value fs;
        Object *name = str_intern_cstr("__fspath__");
        int r = obj_get_method(p, name, &fs);
        if (r < 0) {
            err_clear();
            err_set(&Exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                    type_name(val_type(file)));
            val_decref(p);
            return NULL;
        }
        Value q = r == 1 ? obj_call1(fs, p) : obj_call0(fs);
        val_decref(fs);
        val_decref(p);
        if (!q)
            return NULL;
        if (!val_is_str(q) && !val_is_bytes(q)) {
            err_set(&Exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                    type_name(val_type(file)), type_name(val_type(q)));
            val_decref(q);
            return NULL;
        }
        p = q;
    }
    const char *s;
    ssize_t n;
    if (val_is_str(p)) {
        s = str_utf8(val_as_str(p), &n);
        if (!s) {
            val_decref(p);
            return NULL;
        }
    } else {
        s = (const char *)bytes_data(val_as_bytes(p));
        n = bytes_size(val_as_bytes(p));
    }
    if ((ssize_t)strlen(s) != n) {
        err_set(&Exc_ValueError, "embedded null byte");
        val_decref(p);
        return NULL;
    }
    *holder = p;
    return s;
}

static int fileio_init(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"file", "mode", "closefd", "opener"};
    static const ArgSpec spec = {"FileIO", names, 4, 0, 1, 4};
    Value a[4];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return -1;
    FileIO *f = as_fileio(self);
    if (f->fd >= 0) {
        if (f->closefd)
            close(f->fd);
        f->fd = -1;
    }
    f->readable = f->writable = f->appending = f->created = false;
    f->seekable = -1;
    const char *mode = "r";
    if (a[1]) {
        if (!val_is_str(a[1])) {
            err_set(&Exc_TypeError, "FileIO() argument 'mode' must be str, not %s",
                    type_name(val_type(a[1])));
            return -1;
        }
        mode = str_utf8(val_as_str(a[1]), NULL);
        if (!mode)
            return -1;
    }
    bool closefd = true;
    if (a[2]) {
        int t = obj_is_true(a[2]);
        if (t < 0)
            return -1;
        closefd = t;
    }
    int flags;
    if (parse_raw_mode(f, mode, &flags) < 0)
        return -1;
    Value file = a[0];
    if (val_is_obj(file) && val_type_has(file, TF_FLOAT_SUBCLASS)) {
        err_set(&Exc_TypeError, "expected str, bytes or os.PathLike object, not float");
        return -1;
    }
    int fd = -1;
    if (val_is_int_like(file)) {
        int64_t v;
        if (int_as_i64(file, &v) < 0)
            return -1;
        if (v < 0 || v > 0x7fffffff) {
            err_set(&Exc_ValueError, "negative file descriptor");
            return -1;
        }
        fd = (int)v;
        f->closefd = closefd;
    } else {
        if (!closefd) {
            err_set(&Exc_ValueError, "Cannot use closefd=False with file name");
            return -1;
        }
        f->closefd = true;
        Value holder;
        const char *path = path_of(file, &holder);
        if (!path)
            return -1;
        if (a[3] && a[3] != VAL_NONE) {
            Value fl = val_from_int(flags);
            Value r = obj_call2(a[3], file, fl);
            val_decref(holder);
            if (!r)
                return -1;
            if (!val_is_int_like(r)) {
                err_set(&Exc_TypeError, "expected integer from opener");
                val_decref(r);
                return -1;
            }
            int64_t v;
            int ok = int_as_i64(r, &v);
            val_decref(r);
            if (ok < 0)
                return -1;
            if (v < 0) {
                err_set(&Exc_ValueError, "opener returned %lld", (long long)v);
                return -1;
            }
            fd = (int)v;
        } else {
            ThreadState *ts = ts_block_begin();
            do
                fd = open(path, flags, 0666);
            while (fd < 0 && errno == EINTR);
            int e = errno;
            ts_block_end(ts);
            errno = e;
            val_decref(holder);
            if (fd < 0) {
                err_set_from_errno(&Exc_OSError, file);
                return -1;
            }
        }
    }
    f->fd = fd;
    f->blksize = IO_DEFAULT_BUFFER_SIZE;
    struct stat st;
    if (fstat(fd, &st) < 0) {
        int e = errno;
        if (e == EBADF) {
            err_set_from_errno(&Exc_OSError, VAL_NULL);
            f->fd = -1;
            return -1;
        }
    } else {
        if (S_ISDIR(st.st_mode)) {
            errno = EISDIR;
            err_set_from_errno(&Exc_OSError, file);
            if (f->closefd)
                close(fd);
            f->fd = -1;
            return -1;
        }
        if (st.st_blksize > 1)
            f->blksize = st.st_blksize;
    }
    if (io_dict_set(&f->io, "name", file) < 0)
        return -1;
    if (f->appending)
        lseek(fd, 0, SEEK_END); /* as CPython: the position starts at the end */
    return 0;
}

Value fileio_open(Value file, const char *mode, bool closefd, Value opener)
{
    Value f = fileio_new(&FileIO_Type, NULL, 0, NULL);
    if (!f)
        return VAL_NULL;
    Value m = str_from_cstr(mode);
    if (!m) {
        val_decref(f);
        return VAL_NULL;
    }
    Value args[4] = {file, m, val_bool(closefd), opener ? opener : VAL_NONE};
    int r = fileio_init(f, args, 4, NULL);
    val_decref(m);
    if (r < 0) {
        val_decref(f);
        return VAL_NULL;
    }
    return f;
}

static void fileio_dealloc(Object *o)
{
    FileIO *f = (FileIO *)o;
    if (f->fd >= 0 && f->closefd)
        close(f->fd);
    obj_xdecref(f->io.dict);
    obj_free(o);
}

static int check_open(FileIO *f)
{
    if (f->fd < 0) {
        err_set(&Exc_ValueError, "I/O operation on closed file");
        return -1;
    }
    return 0;
}

static Value err_mode(const char *what)
{
    err_set(&Exc_UnsupportedOperation, "File not open for %s", what);
    return VAL_NULL;
}

bool fileio_isatty_c(FileIO *f)
{
    return f->fd >= 0 && isatty(f->fd);
}

/* ---- Reading ----------------------------------------------------------------------- */

static Value read_all(FileIO *f)
{
    size_t cap = 8192, len = 0;
    struct stat st;
    if (fstat(f->fd, &st) == 0 && S_ISREG(st.st_mode)) {
        off_t pos = lseek(f->fd, 0, SEEK_CUR);
        if (pos >= 0 && st.st_size >= pos)
            cap = (size_t)(st.st_size - pos) + 1;
    }
    uint8_t *buf = mem_alloc(cap);
    if (!buf)
        return err_no_memory();
    for (;;) {
        if (len == cap) {
            size_t ncap = cap + (cap >> 1) + 8192;
            uint8_t *nb = mem_realloc(buf, ncap);
            if (!nb) {
                mem_free(buf);
                return err_no_memory();
            }
            buf = nb;
            cap = ncap;
        }
        io_busy_begin(&f->io);
        ssize_t n = io_sys_read(f->fd, buf + len, cap - len);
        io_busy_end(&f->io);
        if (n < 0) {
            if (errno == EAGAIN && len == 0) {
                mem_free(buf);
                return val_ref(VAL_NONE);
            }
            if (errno == EAGAIN)
                break;
            err_set_from_errno(&Exc_OSError, VAL_NULL);
            mem_free(buf);
            return VAL_NULL;
        }
        if (n == 0)
            break;
        len += (size_t)n;
    }
    Value r = io_bytes(buf, len);
    mem_free(buf);
    return r;
}

Value fileio_read_c(FileIO *f, ssize_t size)
{
    if (check_open(f) < 0)
        return VAL_NULL;
    if (!f->readable)
        return err_mode("reading");
    if (size < 0)
        return read_all(f);
    Value b = bytes_new_raw(size);
    if (!b)
        return VAL_NULL;
    io_busy_begin(&f->io);
    ssize_t n = io_sys_read(f->fd, bytes_data(val_as_bytes(b)), (size_t)size);
    io_busy_end(&f->io);
    if (n < 0) {
        val_decref(b);
        if (errno == EAGAIN)
            return val_ref(VAL_NONE);
        err_set_from_errno(&Exc_OSError, VAL_NULL);
        return VAL_NULL;
    }
    if (n == size)
        return b;
    Value r = io_bytes(bytes_data(val_as_bytes(b)), (size_t)n);
    val_decref(b);
    return r;
}

static Value fileio_read(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("read", kw) < 0 || args_count("read", nargs, 0, 1) < 0)
        return VAL_NULL;
    ssize_t n = -1;
    if (nargs && io_parse_size(args[0], &n) < 0)
        return VAL_NULL;
    CriticalSection cs;
    if (io_enter(&as_fileio(self)->io, &cs) < 0)
        return VAL_NULL;
    Value r = fileio_read_c(as_fileio(self), n);
    io_leave(&cs);
    return r;
}

static Value fileio_readall(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("readall", nargs, 0, 0) < 0)
        return VAL_NULL;
    CriticalSection cs;
    if (io_enter(&as_fileio(self)->io, &cs) < 0)
        return VAL_NULL;
    Value r = fileio_read_c(as_fileio(self), -1);
    io_leave(&cs);
    return r;
}

static Value fileio_readinto(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("readinto", kw) < 0 || args_count("readinto", nargs, 1, 1) < 0)
        return VAL_NULL;
    FileIO *f = as_fileio(self);
    uint8_t *dst;
    ssize_t cap;
    if (io_get_writable(args[0], &dst, &cap) < 0)
        return VAL_NULL;
    CriticalSection cs;
    if (io_enter(&f->io, &cs) < 0)
        return VAL_NULL;
    Value r = VAL_NULL;
    if (check_open(f) < 0)
        goto out;
    if (!f->readable) {
        err_mode("reading");
        goto out;
    }
    io_busy_begin(&f->io);
    ssize_t n = io_sys_read(f->fd, dst, (size_t)cap);
    io_busy_end(&f->io);
    if (n < 0) {
        if (errno == EAGAIN)
            r = val_ref(VAL_NONE);
        else
            err_set_from_errno(&Exc_OSError, VAL_NULL);
    } else {
        r = val_from_int(n);
    }
out:
    io_leave(&cs);
    return r;
}

/* ---- Writing ----------------------------------------------------------------------- */

/* Writes every byte (looping over partial writes); the caller is inside f. */
int fileio_write_all(FileIO *f, const uint8_t *data, size_t n)
{
    if (check_open(f) < 0)
        return -1;
    if (!f->writable) {
        err_mode("writing");
        return -1;
    }
    io_busy_begin(&f->io);
    while (n > 0) {
        ssize_t w = io_sys_write(f->fd, data, n);
        if (w < 0) {
            io_busy_end(&f->io);
            err_set_from_errno(&Exc_OSError, VAL_NULL);
            return -1;
        }
        data += w;
        n -= (size_t)w;
    }
    io_busy_end(&f->io);
    return 0;
}

static Value fileio_write(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("write", kw) < 0 || args_count("write", nargs, 1, 1) < 0)
        return VAL_NULL;
    FileIO *f = as_fileio(self);
    const uint8_t *data;
    ssize_t len;
    if (io_get_bytes(args[0], &data, &len) < 0)
        return VAL_NULL;
    CriticalSection cs;
    if (io_enter(&f->io, &cs) < 0)
        return VAL_NULL;
    Value r = VAL_NULL;
    if (check_open(f) < 0)
        goto out;
    if (!f->writable) {
        err_mode("writing");
        goto out;
    }
    /* One write(2), as CPython: the count it returns is the result. */
    io_busy_begin(&f->io);
    ssize_t w = io_sys_write(f->fd, data, (size_t)len);
    io_busy_end(&f->io);
    if (w < 0) {
        if (errno == EAGAIN)
            r = val_ref(VAL_NONE);
        else
            err_set_from_errno(&Exc_OSError, VAL_NULL);
    } else {
        r = val_from_int(w);
    }
out:
    io_leave(&cs);
    return r;
}

/* ---- Positioning ------------------------------------------------------------------- */

int64_t fileio_seek_c(FileIO *f, int64_t pos, int whence)
{
    if (check_open(f) < 0)
        return -1;
    off_t r = lseek(f->fd, (off_t)pos, whence);
    if (r < 0) {
        err_set_from_errno(&Exc_OSError, VAL_NULL);
        return -1;
    }
    return (int64_t)r;
}

static int parse_whence(Value v, int *out)
{
    if (!v) {
        *out = SEEK_SET;
        return 0;
    }
    int64_t w;
    if (!val_is_int_like(v)) {
        err_set(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                type_name(val_type(v)));
        return -1;
    }
    if (int_as_i64(v, &w) < 0)
        return -1;
    *out = (int)w;
    return 0;
}

static Value fileio_seek(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("seek", kw) < 0 || args_count("seek", nargs, 1, 2) < 0)
        return VAL_NULL;
    if (val_is_obj(args[0]) && val_type_has(args[0], TF_FLOAT_SUBCLASS)) {
        err_set(&Exc_TypeError, "an integer is required");
        return VAL_NULL;
    }
    Value idx = obj_index(args[0]);
    if (!idx)
        return VAL_NULL;
    int64_t pos;
    int ok = int_as_i64(idx, &pos);
    val_decref(idx);
    int whence;
    if (ok < 0 || parse_whence(nargs > 1 ? args[1] : VAL_NULL, &whence) < 0)
        return VAL_NULL;
    FileIO *f = as_fileio(self);
    CriticalSection cs;
    if (io_enter(&f->io, &cs) < 0)
        return VAL_NULL;
    int64_t r = fileio_seek_c(f, pos, whence);
    io_leave(&cs);
    return r < 0 ? VAL_NULL : int_from_i64(r);
}

static Value fileio_tell(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("tell", nargs, 0, 0) < 0)
        return VAL_NULL;
    FileIO *f = as_fileio(self);
    CriticalSection cs;
    if (io_enter(&f->io, &cs) < 0)
        return VAL_NULL;
    int64_t r = fileio_seek_c(f, 0, SEEK_CUR);
    io_leave(&cs);
    return r < 0 ? VAL_NULL : int_from_i64(r);
}

static Value fileio_truncate(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("truncate", kw) < 0 || args_count("truncate", nargs, 0, 1) < 0)
        return VAL_NULL;
    FileIO *f = as_fileio(self);
    CriticalSection cs;
    if (io_enter(&f->io, &cs) < 0)
        return VAL_NULL;
    Value r = VAL_NULL;
    if (check_open(f) < 0)
        goto out;
    if (!f->writable) {
        err_mode("writing");
        goto out;
    }
    int64_t size;
    if (nargs == 0 || args[0] == VAL_NONE) {
        size = fileio_seek_c(f, 0, SEEK_CUR);
        if (size < 0)
            goto out;
    } else {
        if (!val_is_int_like(args[0])) {
            err_set(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                    type_name(val_type(args[0])));
            goto out;
        }
        if (int_as_i64(args[0], &size) < 0)
            goto out;
    }
    if (ftruncate(f->fd, (off_t)size) < 0) {
        err_set_from_errno(&Exc_OSError, VAL_NULL);
        goto out;
    }
    r = int_from_i64(size);
out:
    io_leave(&cs);
    return r;
}

/* ---- State ------------------------------------------------------------------------- */

static Value fileio_close(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("close", nargs, 0, 0) < 0)
        return VAL_NULL;
    FileIO *f = as_fileio(self);
    /* A subclass may override flush(): IOBase.close calls it first. */
    if (!obj_type_is(self, &FileIO_Type) && f->fd >= 0) {
        Value r = obj_call_method_cstr(self, "flush", NULL, 0);
        if (!r)
            return VAL_NULL;
        val_decref(r);
    }
    CriticalSection cs;
    if (io_enter(&f->io, &cs) < 0)
        return VAL_NULL;
    int fd = f->fd;
    f->fd = -1;
    int rc = 0;
    if (fd >= 0 && f->closefd)
        rc = close(fd);
    io_leave(&cs);
    if (rc < 0) {
        err_set_from_errno(&Exc_OSError, VAL_NULL);
        return VAL_NULL;
    }
    return val_ref(VAL_NONE);
}

static Value fileio_seekable(Value self, const Value *args, size_t nargs, Object *kw)
{
    FileIO *f = as_fileio(self);
    if (check_open(f) < 0)
        return VAL_NULL;
    if (f->seekable < 0)
        f->seekable = lseek(f->fd, 0, SEEK_CUR) >= 0;
    return val_bool(f->seekable);
}

static Value fileio_readable(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (check_open(as_fileio(self)) < 0)
        return VAL_NULL;
    return val_bool(as_fileio(self)->readable);
}

static Value fileio_writable(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (check_open(as_fileio(self)) < 0)
        return VAL_NULL;
    return val_bool(as_fileio(self)->writable);
}

static Value fileio_fileno(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (check_open(as_fileio(self)) < 0)
        return VAL_NULL;
    return val_from_int(as_fileio(self)->fd);
}

static Value fileio_isatty(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (check_open(as_fileio(self)) < 0)
        return VAL_NULL;
    return val_bool(fileio_isatty_c(as_fileio(self)));
}

static const char *mode_string(FileIO *f)
{
    if (f->created)
        return f->readable ? "xb+" : "xb";
    if (f->appending)
        return f->readable ? "ab+" : "ab";
    if (f->readable)
        return f->writable ? "rb+" : "rb";
    return "wb";
}

static Value fileio_get_mode(Value self, void *c) { return str_from_cstr(mode_string(as_fileio(self))); }
static Value fileio_get_closed(Value self, void *c) { return val_bool(as_fileio(self)->fd < 0); }
static Value fileio_get_closefd(Value self, void *c) { return val_bool(as_fileio(self)->closefd); }
static Value fileio_get_blksize(Value self, void *c) { return int_from_i64(as_fileio(self)->blksize); }

static Value fileio_repr(Value self)
{
    FileIO *f = as_fileio(self);
    const char *tn = io_type_name(self);
    if (f->fd < 0)
        return str_printf("<%s [closed]>", tn);
    Value name;
    int found = obj_lookup_attr(self, str_intern_cstr("name"), &name);
    if (found < 0)
        return VAL_NULL;
    Value r;
    if (!found) {
        r = str_printf("<%s fd=%d mode='%s' closefd=%s>", tn, f->fd, mode_string(f),
                       f->closefd ? "True" : "False");
    } else {
        if (obj_repr_enter(self) > 0) {
            val_decref(name);
            err_set(&Exc_RuntimeError, "reentrant call inside %s.__repr__", tn);
            return VAL_NULL;
        }
        r = str_printf("<%s name=%R mode='%s' closefd=%s>", tn, name, mode_string(f),
                       f->closefd ? "True" : "False");
        obj_repr_leave(self);
        val_decref(name);
    }
    return r;
}

static const MethodDef fileio_methods[] = {
    {"read", fileio_read, 0, "Read at most size bytes, returned as bytes."},
    {"readall", fileio_readall, 0, "Read all data from the file, returned as bytes."},
    {"readinto", fileio_readinto, 0, "Same as RawIOBase.readinto()."},
    {"write", fileio_write, 0, "Write buffer b to file, return number of bytes written."},
    {"seek", fileio_seek, 0, "Move to new file position and return the file position."},
    {"tell", fileio_tell, 0, "Current file position."},
    {"truncate", fileio_truncate, 0, "Truncate the file to at most size bytes."},
    {"close", fileio_close, 0, "Close the file."},
    {"seekable", fileio_seekable, 0, "True if file supports random-access."},
    {"readable", fileio_readable, 0, "True if file was opened in a read mode."},
    {"writable", fileio_writable, 0, "True if file was opened in a write mode."},
    {"fileno", fileio_fileno, 0, "Return the underlying file descriptor (an integer)."},
    {"isatty", fileio_isatty, 0, "True if the file is connected to a TTY device."},
    {0},
};

static const GetSetDef fileio_getsets[] = {
    {"closed", fileio_get_closed, NULL, NULL, "True if the file is closed"},
    {"closefd", fileio_get_closefd, NULL, NULL, "True if the file descriptor will be closed"},
    {"mode", fileio_get_mode, NULL, NULL, "String giving the file mode"},
    {"_blksize", fileio_get_blksize, NULL, NULL, NULL},
    {0},
};

Type FileIO_Type = {
    TYPE_HEADER("_io.FileIO", fileio_dealloc),
    .tflags = TF_BASETYPE,
    .base = &RawIOBase_Type,
    .basicsize = sizeof(FileIO),
    .tp_new = fileio_new,
    .init = fileio_init,
    .repr = fileio_repr,
    .methods = fileio_methods,
    .getsets = fileio_getsets,
    .doc = "Open a file.",
};
