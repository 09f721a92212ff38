/* The posix module (what lib/os.py re-exports): files, directories,
 * stat, file descriptors, the process and its environment. Directory
 * listing and scandir are in posix_dir.c. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "modules/posix_internal.h"
#include "objects/bytesobj.h"
#include "objects/dictobj.h"
#include "objects/module.h"
#include "objects/structseq.h"
#include "objects/tupleobj.h"
#include "tstate.h"

extern char **environ;

/* ---- paths ------------------------------------------------------------------ */

Value posix_fspath(Value p)
{
    if (val_is_str(p) || val_is_bytes(p))
        return val_ref(p);
    bool found;
    Value r = mod_call_special(p, "__fspath__", NULL, 0, &found);
    if (!found) {
        err_set(&Exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                type_name(val_type(p)));
        return VAL_NULL;
    }
    if (r && !val_is_str(r) && !val_is_bytes(r)) {
        err_set(&Exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                type_name(val_type(p)), type_name(val_type(r)));
        val_decref(r);
        return VAL_NULL;
    }
    return r;
}

int posix_path(Value arg, const char *fname, const char *argname, PosixPath *out)
{
    out->obj = arg;
    out->fspath = VAL_NULL;
    out->encoded = VAL_NULL;
    if (!val_is_str(arg) && !val_is_bytes(arg)) {
        bool found;
        Value r = mod_call_special(arg, "__fspath__", NULL, 0, &found);
        if (!found) {
            err_set(&Exc_TypeError, "%s: %s should be string, bytes or os.PathLike, not %s", fname,
                    argname, type_name(val_type(arg)));
            return -1;
        }
        if (!r)
            return -1;
        if (!val_is_str(r) && !val_is_bytes(r)) {
            err_set(&Exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                    type_name(val_type(arg)), type_name(val_type(r)));
            val_decref(r);
            return -1;
        }
        out->fspath = r;
        arg = r;
    }
    out->is_bytes = val_is_bytes(arg);
    if (out->is_bytes) {
        BytesObj *b = val_as_bytes(arg);
        out->c = (const char *)bytes_data(b);
        if ((ssize_t)strlen(out->c) != bytes_size(b)) {
            posix_path_clear(out);
            err_set(&Exc_ValueError, "%s: embedded null character in %s", fname, argname);
            return -1;
        }
        return 0;
    }
    out->encoded = str_encode(arg, "utf-8", "surrogateescape");
    if (!out->encoded) {
        posix_path_clear(out);
        return -1;
    }
    BytesObj *b = val_as_bytes(out->encoded);
    out->c = (const char *)bytes_data(b);
    if ((ssize_t)strlen(out->c) != bytes_size(b)) {
        posix_path_clear(out);
        err_set(&Exc_ValueError, "%s: embedded null character in %s", fname, argname);
        return -1;
    }
    return 0;
}

void posix_path_clear(PosixPath *p)
{
    val_clear(&p->fspath);
    val_clear(&p->encoded);
}

Value posix_error(Value filename, Value filename2)
{
    int e = errno;
    Value args[5];
    args[0] = val_from_int(e);
    args[1] = str_from_cstr(strerror(e));
    if (!args[1])
        return VAL_NULL;
    size_t n = 2;
    if (filename) {
        args[n++] = filename;
        if (filename2) {
            args[n++] = VAL_NONE;
            args[n++] = filename2;
        }
    }
    Value exc = exc_new(&Exc_OSError, args, n);
    val_decref(args[1]);
    if (exc)
        err_restore(exc);
    return VAL_NULL;
}

Value posix_decode_name(const char *s, size_t len, bool as_bytes)
{
    if (as_bytes)
        return bytes_from_data(s, (ssize_t)len);
    return str_decode(s, (ssize_t)len, "utf-8", "surrogateescape");
}

/* ---- stat ------------------------------------------------------------------- */

static Type *StatResult_Type;

static const char *const stat_fields[] = {
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
    /* the visible integer times; the float attributes of the same names
     * (below) are defined later and so win for attribute access */
    "st_atime", "st_mtime", "st_ctime",
    "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
    "st_blksize", "st_blocks", "st_rdev", NULL,
};

static Value ns_int(const struct timespec *ts)
{
    mpz_t z;
    mpz_init_set_si(z, (long)ts->tv_sec);
    mpz_mul_ui(z, z, 1000000000UL);
    if (ts->tv_nsec >= 0)
        mpz_add_ui(z, z, (unsigned long)ts->tv_nsec);
    Value r = int_from_mpz(z);
    mpz_clear(z);
    return r;
}

Value posix_stat_result(const struct stat *st)
{
    Value v[19];
    v[0] = int_from_i64(st->st_mode);
    v[1] = int_from_u64(st->st_ino);
    v[2] = int_from_u64(st->st_dev);
    v[3] = int_from_u64(st->st_nlink);
    v[4] = int_from_u64(st->st_uid);
    v[5] = int_from_u64(st->st_gid);
    v[6] = int_from_i64(st->st_size);
    v[7] = int_from_i64(st->st_atim.tv_sec);
    v[8] = int_from_i64(st->st_mtim.tv_sec);
    v[9] = int_from_i64(st->st_ctim.tv_sec);
    v[10] = float_new((double)st->st_atim.tv_sec + st->st_atim.tv_nsec * 1e-9);
    v[11] = float_new((double)st->st_mtim.tv_sec + st->st_mtim.tv_nsec * 1e-9);
    v[12] = float_new((double)st->st_ctim.tv_sec + st->st_ctim.tv_nsec * 1e-9);
    v[13] = ns_int(&st->st_atim);
    v[14] = ns_int(&st->st_mtim);
    v[15] = ns_int(&st->st_ctim);
    v[16] = int_from_i64(st->st_blksize);
    v[17] = int_from_i64(st->st_blocks);
    v[18] = int_from_u64(st->st_rdev);
    Value r = VAL_NULL;
    bool ok = true;
    for (int i = 0; i < 19; i++)
        ok = ok && v[i];
    if (ok)
        r = structseq_make(StatResult_Type, v);
    for (int i = 0; i < 19; i++)
        val_xdecref(v[i]);
    return r;
}

static int dir_fd_unsupported(Value v, const char *fname)
{
    if (v && v != VAL_NONE) {
        err_set(&Exc_NotImplementedError, "%s: dir_fd unavailable on this platform", fname);
        return -1;
    }
    return 0;
}

static Value do_stat(const char *fname, bool lstat_, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"path", "dir_fd", "follow_symlinks"};
    ArgSpec spec = {fname, names, 3, 0, 1, 1};
    Value a[3];
    if (args_parse(&spec, args, nargs, kw, a) < 0 || dir_fd_unsupported(a[1], fname) < 0)
        return VAL_NULL;
    bool follow = !lstat_;
    if (a[2]) {
        int t = obj_is_true(a[2]);
        if (t < 0)
            return VAL_NULL;
        follow = follow && t;
    }
    struct stat st;
    int r;
    if (val_is_int_like(a[0])) {
        int64_t fd;
        if (int_as_i64(a[0], &fd) < 0)
            return VAL_NULL;
        ThreadState *ts = ts_block_begin();
        r = fstat((int)fd, &st);
        ts_block_end(ts);
        if (r != 0)
            return posix_error(VAL_NULL, VAL_NULL);
        return posix_stat_result(&st);
    }
    if (!val_is_str(a[0]) && !val_is_bytes(a[0]) && !type_lookup(val_type(a[0]), mod_name("__fspath__"))) {
        err_set(&Exc_TypeError, "%s: path should be string, bytes, os.PathLike or integer, not %s",
                fname, type_name(val_type(a[0])));
        return VAL_NULL;
    }
    PosixPath p;
    if (posix_path(a[0], fname, "path", &p) < 0)
        return VAL_NULL;
    ThreadState *ts = ts_block_begin();
    r = follow ? stat(p.c, &st) : lstat(p.c, &st);
    ts_block_end(ts);
    Value out = r != 0 ? posix_error(a[0], VAL_NULL) : posix_stat_result(&st);
    posix_path_clear(&p);
    return out;
}

static Value px_stat(Value self, const Value *args, size_t nargs, Object *kw)
{
    return do_stat("stat", false, args, nargs, kw);
}

static Value px_lstat(Value self, const Value *args, size_t nargs, Object *kw)
{
    return do_stat("lstat", true, args, nargs, kw);
}

static int fd_arg(Value v, int *fd)
{
    if (val_is_float(v)) {
        err_set(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    int64_t i;
    if (mod_arg_i64(v, &i) < 0)
        return -1;
    if (i < INT_MIN || i > INT_MAX) {
        err_set(&Exc_OverflowError, "fd is greater than maximum");
        return -1;
    }
    *fd = (int)i;
    return 0;
}

static Value px_fstat(Value self, const Value *args, size_t nargs, Object *kw)
{
    int fd;
    if (args_count("fstat", nargs, 1, 1) < 0 || fd_arg(args[0], &fd) < 0)
        return VAL_NULL;
    struct stat st;
    ThreadState *ts = ts_block_begin();
    int r = fstat(fd, &st);
    ts_block_end(ts);
    return r != 0 ? posix_error(VAL_NULL, VAL_NULL) : posix_stat_result(&st);
}

/* ---- one-path operations ----------------------------------------------------- */

typedef int (*PathOp)(const char *path, long arg);

static Value one_path(const char *fname, Value path, PathOp op, long arg)
{
    PosixPath p;
    if (posix_path(path, fname, "path", &p) < 0)
        return VAL_NULL;
    ThreadState *ts = ts_block_begin();
    int r = op(p.c, arg);
    ts_block_end(ts);
    posix_path_clear(&p);
    return r != 0 ? posix_error(path, VAL_NULL) : VAL_NONE;
}

static int op_chdir(const char *p, long a) { return chdir(p); }
static int op_rmdir(const char *p, long a) { return rmdir(p); }
static int op_unlink(const char *p, long a) { return unlink(p); }
static int op_mkdir(const char *p, long mode) { return mkdir(p, (mode_t)mode); }
static int op_chmod(const char *p, long mode) { return chmod(p, (mode_t)mode); }

static Value px_chdir(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"path"};
    static const ArgSpec spec = {"chdir", names, 1, 0, 1, 1};
    Value a[1];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    return one_path("chdir", a[0], op_chdir, 0);
}

static Value px_rmdir(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"path", "dir_fd"};
    static const ArgSpec spec = {"rmdir", names, 2, 0, 1, 1};
    Value a[2];
    if (args_parse(&spec, args, nargs, kw, a) < 0 || dir_fd_unsupported(a[1], "rmdir") < 0)
        return VAL_NULL;
    return one_path("rmdir", a[0], op_rmdir, 0);
}

static Value remove_common(const char *fname, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"path", "dir_fd"};
    ArgSpec spec = {fname, names, 2, 0, 1, 1};
    Value a[2];
    if (args_parse(&spec, args, nargs, kw, a) < 0 || dir_fd_unsupported(a[1], fname) < 0)
        return VAL_NULL;
    return one_path(fname, a[0], op_unlink, 0);
}

static Value px_remove(Value self, const Value *args, size_t nargs, Object *kw)
{
    return remove_common("remove", args, nargs, kw);
}

static Value px_unlink(Value self, const Value *args, size_t nargs, Object *kw)
{
    return remove_common("unlink", args, nargs, kw);
}

static Value px_mkdir(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"path", "mode", "dir_fd"};
    static const ArgSpec spec = {"mkdir", names, 3, 0, 1, 2};
    Value a[3];
    if (args_parse(&spec, args, nargs, kw, a) < 0 || dir_fd_unsupported(a[2], "mkdir") < 0)
        return VAL_NULL;
    int64_t mode = 0777;
    if (a[1] && mod_arg_i64(a[1], &mode) < 0)
        return VAL_NULL;
    return one_path("mkdir", a[0], op_mkdir, (long)mode);
}

static Value px_chmod(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"path", "mode", "dir_fd", "follow_symlinks"};
    static const ArgSpec spec = {"chmod", names, 4, 0, 2, 2};
    Value a[4];
    int64_t mode;
    if (args_parse(&spec, args, nargs, kw, a) < 0 || dir_fd_unsupported(a[2], "chmod") < 0 ||
        mod_arg_i64(a[1], &mode) < 0)
        return VAL_NULL;
    return one_path("chmod", a[0], op_chmod, (long)mode);
}

static Value px_access(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"};
    static const ArgSpec spec = {"access", names, 5, 0, 2, 2};
    Value a[5];
    int64_t mode;
    if (args_parse(&spec, args, nargs, kw, a) < 0 || dir_fd_unsupported(a[2], "access") < 0 ||
        mod_arg_i64(a[1], &mode) < 0)
        return VAL_NULL;
    PosixPath p;
    if (posix_path(a[0], "access", "path", &p) < 0)
        return VAL_NULL;
    int r = access(p.c, (int)mode);
    posix_path_clear(&p);
    return val_bool(r == 0);
}

static Value two_paths(const char *fname, const Value *args, size_t nargs, Object *kw,
                       int (*op)(const char *, const char *))
{
    static const char *const names[] = {"src", "dst", "src_dir_fd", "dst_dir_fd"};
    ArgSpec spec = {fname, names, 4, 0, 2, 2};
    Value a[4];
    if (args_parse(&spec, args, nargs, kw, a) < 0 || dir_fd_unsupported(a[2], fname) < 0 ||
        dir_fd_unsupported(a[3], fname) < 0)
        return VAL_NULL;
    PosixPath s, d;
    if (posix_path(a[0], fname, "src", &s) < 0)
        return VAL_NULL;
    if (posix_path(a[1], fname, "dst", &d) < 0) {
        posix_path_clear(&s);
        return VAL_NULL;
    }
    if (s.is_bytes != d.is_bytes) {
        posix_path_clear(&s);
        posix_path_clear(&d);
        err_set(&Exc_TypeError, "%s: src and dst must be the same type", fname);
        return VAL_NULL;
    }
    ThreadState *ts = ts_block_begin();
    int r = op(s.c, d.c);
    ts_block_end(ts);
    posix_path_clear(&s);
    posix_path_clear(&d);
    return r != 0 ? posix_error(a[0], a[1]) : VAL_NONE;
}

static Value px_rename(Value self, const Value *args, size_t nargs, Object *kw)
{
    return two_paths("rename", args, nargs, kw, rename);
}

static Value px_replace(Value self, const Value *args, size_t nargs, Object *kw)
{
    return two_paths("replace", args, nargs, kw, rename);
}

static Value px_link(Value self, const Value *args, size_t nargs, Object *kw)
{
    return two_paths("link", args, nargs, kw, link);
}

static Value px_symlink(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"src", "dst", "target_is_directory", "dir_fd"};
    static const ArgSpec spec = {"symlink", names, 4, 0, 2, 3};
    Value a[4];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    return two_paths("symlink", a, 2, NULL, symlink);
}

static Value px_readlink(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"path", "dir_fd"};
    static const ArgSpec spec = {"readlink", names, 2, 0, 1, 1};
    Value a[2];
    if (args_parse(&spec, args, nargs, kw, a) < 0 || dir_fd_unsupported(a[1], "readlink") < 0)
        return VAL_NULL;
    PosixPath p;
    if (posix_path(a[0], "readlink", "path", &p) < 0)
        return VAL_NULL;
    char buf[PATH_MAX];
    ssize_t n = readlink(p.c, buf, sizeof buf);
    bool as_bytes = p.is_bytes;
    posix_path_clear(&p);
    if (n < 0)
        return posix_error(a[0], VAL_NULL);
    return posix_decode_name(buf, (size_t)n, as_bytes);
}

static Value px_getcwd(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("getcwd", nargs, 0, 0) < 0)
        return VAL_NULL;
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf))
        return posix_error(VAL_NULL, VAL_NULL);
    return posix_decode_name(buf, strlen(buf), false);
}

static Value px_getcwdb(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("getcwdb", nargs, 0, 0) < 0)
        return VAL_NULL;
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf))
        return posix_error(VAL_NULL, VAL_NULL);
    return bytes_from_data(buf, (ssize_t)strlen(buf));
}

/* ---- file descriptors --------------------------------------------------------- */

static Value px_open(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"path", "flags", "mode", "dir_fd"};
    static const ArgSpec spec = {"open", names, 4, 0, 2, 3};
    Value a[4];
    int64_t flags, mode = 0777;
    if (args_parse(&spec, args, nargs, kw, a) < 0 || dir_fd_unsupported(a[3], "open") < 0 ||
        mod_arg_i64(a[1], &flags) < 0 || (a[2] && mod_arg_i64(a[2], &mode) < 0))
        return VAL_NULL;
    PosixPath p;
    if (posix_path(a[0], "open", "path", &p) < 0)
        return VAL_NULL;
    int fd;
    do {
        ThreadState *ts = ts_block_begin();
        fd = open(p.c, (int)flags | O_CLOEXEC, (mode_t)mode);
        ts_block_end(ts);
    } while (fd < 0 && errno == EINTR);
    posix_path_clear(&p);
    if (fd < 0)
        return posix_error(a[0], VAL_NULL);
    return val_from_int(fd);
}

static Value px_close(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"fd"};
    static const ArgSpec spec = {"close", names, 1, 0, 1, 1};
    Value a[1];
    int fd;
    if (args_parse(&spec, args, nargs, kw, a) < 0 || fd_arg(a[0], &fd) < 0)
        return VAL_NULL;
    if (close(fd) != 0)
        return posix_error(VAL_NULL, VAL_NULL);
    return VAL_NONE;
}

static Value px_read(Value self, const Value *args, size_t nargs, Object *kw)
{
    int fd;
    int64_t n;
    if (args_no_kw("read", kw) < 0 || args_count("read", nargs, 2, 2) < 0 || fd_arg(args[0], &fd) < 0 ||
        mod_arg_i64(args[1], &n) < 0)
        return VAL_NULL;
    if (n < 0) {
        errno = EINVAL;
        return posix_error(VAL_NULL, VAL_NULL);
    }
    char *buf = mem_alloc(n ? (size_t)n : 1);
    if (!buf)
        return err_no_memory();
    ssize_t got;
    do {
        ThreadState *ts = ts_block_begin();
        got = read(fd, buf, (size_t)n);
        ts_block_end(ts);
    } while (got < 0 && errno == EINTR);
    Value r = got < 0 ? posix_error(VAL_NULL, VAL_NULL) : bytes_from_data(buf, got);
    mem_free(buf);
    return r;
}

static Value px_write(Value self, const Value *args, size_t nargs, Object *kw)
{
    int fd;
    if (args_no_kw("write", kw) < 0 || args_count("write", nargs, 2, 2) < 0 || fd_arg(args[0], &fd) < 0)
        return VAL_NULL;
    const uint8_t *data;
    ssize_t len;
    if (buffer_get(args[1], &data, &len) < 0)
        return VAL_NULL;
    ssize_t put;
    do {
        ThreadState *ts = ts_block_begin();
        put = write(fd, data, (size_t)len);
        ts_block_end(ts);
    } while (put < 0 && errno == EINTR);
    return put < 0 ? posix_error(VAL_NULL, VAL_NULL) : int_from_i64(put);
}

static Value px_lseek(Value self, const Value *args, size_t nargs, Object *kw)
{
    int fd;
    int64_t pos, how;
    if (args_no_kw("lseek", kw) < 0 || args_count("lseek", nargs, 3, 3) < 0 || fd_arg(args[0], &fd) < 0 ||
        mod_arg_i64(args[1], &pos) < 0 || mod_arg_i64(args[2], &how) < 0)
        return VAL_NULL;
    off_t r = lseek(fd, (off_t)pos, (int)how);
    return r < 0 ? posix_error(VAL_NULL, VAL_NULL) : int_from_i64(r);
}

static Value px_isatty(Value self, const Value *args, size_t nargs, Object *kw)
{
    int fd;
    if (args_count("isatty", nargs, 1, 1) < 0 || fd_arg(args[0], &fd) < 0)
        return VAL_NULL;
    return val_bool(isatty(fd));
}

static Value px_pipe(Value self, const Value *args, size_t nargs, Object *kw)
{
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        return posix_error(VAL_NULL, VAL_NULL);
    Object *t = tuple_pack(2, val_from_int(fds[0]), val_from_int(fds[1]));
    return t ? (Value)t : VAL_NULL;
}

static Value px_dup(Value self, const Value *args, size_t nargs, Object *kw)
{
    int fd;
    if (args_count("dup", nargs, 1, 1) < 0 || fd_arg(args[0], &fd) < 0)
        return VAL_NULL;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    return r < 0 ? posix_error(VAL_NULL, VAL_NULL) : val_from_int(r);
}

static Value px_fsync(Value self, const Value *args, size_t nargs, Object *kw)
{
    int fd;
    if (args_count("fsync", nargs, 1, 1) < 0 || fd_arg(args[0], &fd) < 0)
        return VAL_NULL;
    ThreadState *ts = ts_block_begin();
    int r = fsync(fd);
    ts_block_end(ts);
    return r != 0 ? posix_error(VAL_NULL, VAL_NULL) : VAL_NONE;
}

/* ---- process and system ----------------------------------------------------------- */

static Value px_getpid(Value self, const Value *args, size_t nargs, Object *kw) { return val_from_int(getpid()); }
static Value px_getppid(Value self, const Value *args, size_t nargs, Object *kw) { return val_from_int(getppid()); }
static Value px_getuid(Value self, const Value *args, size_t nargs, Object *kw) { return int_from_u64(getuid()); }
static Value px_geteuid(Value self, const Value *args, size_t nargs, Object *kw) { return int_from_u64(geteuid()); }
static Value px_getgid(Value self, const Value *args, size_t nargs, Object *kw) { return int_from_u64(getgid()); }
static Value px_getegid(Value self, const Value *args, size_t nargs, Object *kw) { return int_from_u64(getegid()); }

/* The CPUs this process may run on (its affinity mask), else the online
 * count; None when unknown. */
static Value px_cpu_count(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("cpu_count", nargs, 0, 0) < 0)
        return VAL_NULL;
    long online = sysconf(_SC_NPROCESSORS_ONLN);
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        int n = CPU_COUNT(&set);
        if (n > 0 && (online < 1 || n < online))
            online = n;
    }
    return online < 1 ? VAL_NONE : val_from_int(online);
}

static Value px_urandom(Value self, const Value *args, size_t nargs, Object *kw)
{
    int64_t n;
    if (args_count("urandom", nargs, 1, 1) < 0 || mod_arg_i64(args[0], &n) < 0)
        return VAL_NULL;
    if (n < 0) {
        err_set(&Exc_ValueError, "negative argument not allowed");
        return VAL_NULL;
    }
    Value b = bytes_new_raw((ssize_t)n);
    if (!b)
        return VAL_NULL;
    uint8_t *p = bytes_data(val_as_bytes(b));
    size_t done = 0;
    while (done < (size_t)n) {
        ssize_t r = getrandom(p + done, (size_t)n - done, 0);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            val_decref(b);
            return posix_error(VAL_NULL, VAL_NULL);
        }
        done += (size_t)r;
    }
    return b;
}

static Value px_strerror(Value self, const Value *args, size_t nargs, Object *kw)
{
    int64_t code;
    if (args_count("strerror", nargs, 1, 1) < 0 || mod_arg_i64(args[0], &code) < 0)
        return VAL_NULL;
    return str_from_cstr(strerror((int)code));
}

static Value px__exit(Value self, const Value *args, size_t nargs, Object *kw)
{
    int64_t code;
    if (args_count("_exit", nargs, 1, 1) < 0 || mod_arg_i64(args[0], &code) < 0)
        return VAL_NULL;
    _exit((int)code);
}

static Value px_umask(Value self, const Value *args, size_t nargs, Object *kw)
{
    int64_t mask;
    if (args_count("umask", nargs, 1, 1) < 0 || mod_arg_i64(args[0], &mask) < 0)
        return VAL_NULL;
    return val_from_int(umask((mode_t)mask));
}

/* putenv/unsetenv change the C environment; os.environ keeps its own
 * mapping in step (lib/os.py). */
static int env_text(Value v, const char *what, Value *holder, const char **out)
{
    *holder = val_is_bytes(v) ? val_ref(v) : val_is_str(v) ? str_encode(v, "utf-8", "surrogateescape") : VAL_NULL;
    if (!*holder) {
        if (!err_occurred())
            err_set(&Exc_TypeError, "str expected, not %s", type_name(val_type(v)));
        return -1;
    }
    *out = (const char *)bytes_data(val_as_bytes(*holder));
    if ((ssize_t)strlen(*out) != bytes_size(val_as_bytes(*holder))) {
        val_clear(holder);
        err_set(&Exc_ValueError, "embedded null byte");
        return -1;
    }
    (void)what;
    return 0;
}

static Value px_putenv(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("putenv", nargs, 2, 2) < 0)
        return VAL_NULL;
    Value hk, hv;
    const char *k, *v;
    if (env_text(args[0], "name", &hk, &k) < 0)
        return VAL_NULL;
    if (env_text(args[1], "value", &hv, &v) < 0) {
        val_decref(hk);
        return VAL_NULL;
    }
    Value r = VAL_NONE;
    if (!*k || strchr(k, '=')) {
        err_set(&Exc_ValueError, "illegal environment variable name");
        r = VAL_NULL;
    } else if (setenv(k, v, 1) != 0) {
        r = posix_error(VAL_NULL, VAL_NULL);
    }
    val_decref(hk);
    val_decref(hv);
    return r;
}

static Value px_unsetenv(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("unsetenv", nargs, 1, 1) < 0)
        return VAL_NULL;
    Value hk;
    const char *k;
    if (env_text(args[0], "name", &hk, &k) < 0)
        return VAL_NULL;
    Value r = VAL_NONE;
    if (!*k || strchr(k, '=')) {
        err_set(&Exc_ValueError, "illegal environment variable name");
        r = VAL_NULL;
    } else if (unsetenv(k) != 0) {
        r = posix_error(VAL_NULL, VAL_NULL);
    }
    val_decref(hk);
    return r;
}

static Value px_fspath(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"path"};
    static const ArgSpec spec = {"fspath", names, 1, 0, 1, 1};
    Value a[1];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    return posix_fspath(a[0]);
}

static Value px_get_terminal_size(Value self, const Value *args, size_t nargs, Object *kw);

/* The environment at start-up as a dict of str (os.environ wraps it). */
static Value environ_dict(void)
{
    Object *d = dict_new();
    if (!d)
        return VAL_NULL;
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e)
            continue;
        Value k = posix_decode_name(*e, (size_t)(eq - *e), false);
        Value v = posix_decode_name(eq + 1, strlen(eq + 1), false);
        int r = k && v ? dict_set(d, k, v) : -1;
        val_xdecref(k);
        val_xdecref(v);
        if (r < 0) {
            obj_decref(d);
            return VAL_NULL;
        }
    }
    return (Value)d;
}

static const MethodDef posix_functions[] = {
    {"_exit", px__exit, 0, "Exit to the system with specified status, without normal exit processing."},
    {"access", px_access, 0, NULL},
    {"chdir", px_chdir, 0, "Change the current working directory to the specified path."},
    {"chmod", px_chmod, 0, NULL},
    {"close", px_close, 0, "Close a file descriptor."},
    {"cpu_count", px_cpu_count, 0, "Return the number of logical CPUs usable by this process."},
    {"dup", px_dup, 0, NULL},
    {"fspath", px_fspath, 0, "Return the file system path representation of the object."},
    {"fstat", px_fstat, 0, NULL},
    {"fsync", px_fsync, 0, NULL},
    {"get_terminal_size", px_get_terminal_size, 0, NULL},
    {"getcwd", px_getcwd, 0, "Return a unicode string representing the current working directory."},
    {"getcwdb", px_getcwdb, 0, "Return a bytes string representing the current working directory."},
    {"getegid", px_getegid, 0, NULL},
    {"geteuid", px_geteuid, 0, NULL},
    {"getgid", px_getgid, 0, NULL},
    {"getpid", px_getpid, 0, "Return the current process id."},
    {"getppid", px_getppid, 0, NULL},
    {"getuid", px_getuid, 0, NULL},
    {"isatty", px_isatty, 0, NULL},
    {"link", px_link, 0, NULL},
    {"listdir", posix_listdir, 0, "Return a list containing the names of the files in the directory."},
    {"lseek", px_lseek, 0, NULL},
    {"lstat", px_lstat, 0, "Perform a stat system call on the given path, without following symbolic links."},
    {"mkdir", px_mkdir, 0, "Create a directory."},
    {"open", px_open, 0, "Open a file for low level IO.  Returns a file descriptor (integer)."},
    {"pipe", px_pipe, 0, NULL},
    {"putenv", px_putenv, 0, "Change or add an environment variable."},
    {"read", px_read, 0, "Read from a file descriptor.  Returns a bytes object."},
    {"readlink", px_readlink, 0, NULL},
    {"remove", px_remove, 0, "Remove a file (same as unlink())."},
    {"rename", px_rename, 0, "Rename a file or directory."},
    {"replace", px_replace, 0, "Rename a file or directory, overwriting the destination."},
    {"rmdir", px_rmdir, 0, "Remove a directory."},
    {"scandir", posix_scandir, 0, "Return an iterator of DirEntry objects for given path."},
    {"stat", px_stat, 0, "Perform a stat system call on the given path."},
    {"strerror", px_strerror, 0, "Translate an error code to a message string."},
    {"symlink", px_symlink, 0, NULL},
    {"umask", px_umask, 0, NULL},
    {"unlink", px_unlink, 0, "Remove a file (same as remove())."},
    {"unsetenv", px_unsetenv, 0, "Delete an environment variable."},
    {"urandom", px_urandom, 0, "Return a bytes object containing random bytes suitable for cryptographic use."},
    {"write", px_write, 0, "Write a bytes object to a file descriptor."},
    {0},
};

/* ---- terminal size ----------------------------------------------------------------- */

#include <sys/ioctl.h>

static Type *TerminalSize_Type;

static Value px_get_terminal_size(Value self, const Value *args, size_t nargs, Object *kw)
{
    int fd = 1;
    if (args_count("get_terminal_size", nargs, 0, 1) < 0 || (nargs && fd_arg(args[0], &fd) < 0))
        return VAL_NULL;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) != 0)
        return posix_error(VAL_NULL, VAL_NULL);
    Value v[2] = {val_from_int(w.ws_col), val_from_int(w.ws_row)};
    return structseq_make(TerminalSize_Type, v);
}

static const char *const terminal_size_fields[] = {"columns", "lines", NULL};

int posix_module_init(Value m)
{
    if (!StatResult_Type) {
        StatResult_Type = structseq_new_type("os.stat_result", stat_fields, 10);
        TerminalSize_Type = structseq_new_type("os.terminal_size", terminal_size_fields, 2);
        if (!StatResult_Type || !TerminalSize_Type)
            return -1;
    }
    if (module_add_functions(m, posix_functions) < 0 || posix_dir_init(m) < 0 ||
        module_add(m, "stat_result", (Value)StatResult_Type) < 0 ||
        module_add(m, "terminal_size", (Value)TerminalSize_Type) < 0)
        return -1;
    static const struct { const char *name; long v; } consts[] = {
        {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
        {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},
        {"O_APPEND", O_APPEND}, {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL},
        {"O_TRUNC", O_TRUNC}, {"O_NONBLOCK", O_NONBLOCK}, {"O_CLOEXEC", O_CLOEXEC},
        {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW}, {"O_SYNC", O_SYNC},
        {"O_NOCTTY", O_NOCTTY}, {"O_ACCMODE", O_ACCMODE},
        {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
        {"EX_OK", 0},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (module_add(m, consts[i].name, val_from_int(consts[i].v)) < 0)
            return -1;
    Value env = environ_dict();
    if (!env)
        return -1;
    int r = module_add(m, "environ", env);
    val_decref(env);
    return r;
}
