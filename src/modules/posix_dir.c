/* posix: listdir, and scandir with its DirEntry objects. A scandir
 * iterator reads the whole directory when it is created, so sharing one
 * between threads needs no more than an atomic index. */
#include <dirent.h>
#include <errno.h>
#include <string.h>

#include "modules/posix_internal.h"
#include "objects/bytesobj.h"
#include "objects/listobj.h"
#include "objects/module.h"
#include "objects/tupleobj.h"
#include "tstate.h"

/* Reads the entries of dir (skipping . and ..) calling fn for each; the
 * directory is read with the thread detached. */
typedef int (*EntryFn)(const struct dirent *e, void *ctx);

static int read_dir(const char *dir, EntryFn fn, void *ctx)
{
    ThreadState *ts = ts_block_begin();
    DIR *d = opendir(dir);
    ts_block_end(ts);
    if (!d)
        return -1;
    for (;;) {
        errno = 0;
        struct dirent *e = readdir(d);
        if (!e) {
            int saved = errno;
            closedir(d);
            if (saved) {
                errno = saved;
                return -1;
            }
            return 0;
        }
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (fn(e, ctx) < 0) {
            closedir(d);
            return -2; /* a Python error is set */
        }
    }
}

typedef struct {
    Object *list;
    bool as_bytes;
} ListCtx;

static int add_name(const struct dirent *e, void *vctx)
{
    ListCtx *ctx = vctx;
    Value name = posix_decode_name(e->d_name, strlen(e->d_name), ctx->as_bytes);
    if (!name)
        return -1;
    int r = list_append(ctx->list, name);
    val_decref(name);
    return r;
}

Value posix_listdir(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"path"};
    static const ArgSpec spec = {"listdir", names, 1, 0, 0, 1};
    Value a[1];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    PosixPath p = {0};
    const char *dir = ".";
    Value shown = VAL_NULL;
    if (a[0] && a[0] != VAL_NONE) {
        if (posix_path(a[0], "listdir", "path", &p) < 0)
            return VAL_NULL;
        dir = p.c;
        shown = a[0];
    }
    ListCtx ctx = {list_new(0), p.is_bytes};
    if (!ctx.list) {
        posix_path_clear(&p);
        return VAL_NULL;
    }
    int r = read_dir(dir, add_name, &ctx);
    posix_path_clear(&p);
    if (r < 0) {
        obj_decref(ctx.list);
        if (r == -1) {
            Value fn = shown ? shown : str_from_cstr(".");
            posix_error(fn, VAL_NULL);
            if (!shown)
                val_decref(fn);
        }
        return VAL_NULL;
    }
    return (Value)ctx.list;
}

/* ---- DirEntry ------------------------------------------------------------------- */

typedef struct {
    Object base;
    Value name, path;
    Value stat, lstat; /* cached results, or VAL_NULL */
    unsigned char d_type;
    uint64_t ino;
} DirEntryObj;

extern Type DirEntry_Type, ScandirIter_Type;

static void direntry_dealloc(Object *o)
{
    DirEntryObj *d = (DirEntryObj *)o;
    val_xdecref(d->name);
    val_xdecref(d->path);
    val_xdecref(d->stat);
    val_xdecref(d->lstat);
    obj_free(o);
}

static int direntry_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    DirEntryObj *d = (DirEntryObj *)o;
    Value vs[] = {d->name, d->path, d->stat, d->lstat};
    for (int i = 0; i < 4; i++) {
        int r = vs[i] ? visit(vs[i], arg) : 0;
        if (r)
            return r;
    }
    return 0;
}

static int follow_kw(const char *fname, const Value *args, size_t nargs, Object *kw, bool *follow)
{
    static const char *const names[] = {"follow_symlinks"};
    ArgSpec spec = {fname, names, 1, 0, 0, 0};
    Value a[1];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return -1;
    *follow = true;
    if (a[0]) {
        int t = obj_is_true(a[0]);
        if (t < 0)
            return -1;
        *follow = t;
    }
    return 0;
}

/* stat() or lstat() of the entry, cached as CPython does. */
static Value entry_stat(DirEntryObj *d, bool follow)
{
    Value *slot = follow ? &d->stat : &d->lstat;
    Value cached = *slot;
    if (cached)
        return val_ref(cached);
    PosixPath p;
    if (posix_path(d->path, "stat", "path", &p) < 0)
        return VAL_NULL;
    struct stat st;
    ThreadState *ts = ts_block_begin();
    int r = follow ? stat(p.c, &st) : lstat(p.c, &st);
    ts_block_end(ts);
    posix_path_clear(&p);
    if (r != 0)
        return posix_error(d->path, VAL_NULL);
    Value res = posix_stat_result(&st);
    if (res) {
        CriticalSection cs;
        cs_begin(&cs, &d->base);
        if (!*slot)
            *slot = val_ref(res);
        cs_end(&cs);
    }
    return res;
}

static Value de_stat(Value self, const Value *args, size_t nargs, Object *kw)
{
    bool follow;
    if (follow_kw("stat", args, nargs, kw, &follow) < 0)
        return VAL_NULL;
    DirEntryObj *d = (DirEntryObj *)val_as_obj(self);
    if (follow && d->d_type != DT_LNK && d->d_type != DT_UNKNOWN)
        follow = false; /* not a link: lstat is the same */
    return entry_stat(d, follow);
}

/* Is the entry of this file type? Uses d_type when it answers. */
static Value is_type(Value self, mode_t want, unsigned char dt, const Value *args, size_t nargs,
                     Object *kw, const char *fname)
{
    bool follow;
    if (follow_kw(fname, args, nargs, kw, &follow) < 0)
        return VAL_NULL;
    DirEntryObj *d = (DirEntryObj *)val_as_obj(self);
    if (d->d_type != DT_UNKNOWN && !(follow && d->d_type == DT_LNK))
        return val_bool(d->d_type == dt);
    Value st = entry_stat(d, follow);
    if (!st) {
        if (err_matches(&Exc_FileNotFoundError)) {
            err_clear();
            return VAL_FALSE;
        }
        return VAL_NULL;
    }
    int64_t mode = 0;
    int_as_i64(tuple_get(val_as_obj(st), 0), &mode);
    val_decref(st);
    return val_bool(((mode_t)mode & S_IFMT) == want);
}

static Value de_is_dir(Value self, const Value *args, size_t nargs, Object *kw)
{
    return is_type(self, S_IFDIR, DT_DIR, args, nargs, kw, "is_dir");
}

static Value de_is_file(Value self, const Value *args, size_t nargs, Object *kw)
{
    return is_type(self, S_IFREG, DT_REG, args, nargs, kw, "is_file");
}

static Value de_is_symlink(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("is_symlink", nargs, 0, 0) < 0)
        return VAL_NULL;
    DirEntryObj *d = (DirEntryObj *)val_as_obj(self);
    if (d->d_type != DT_UNKNOWN)
        return val_bool(d->d_type == DT_LNK);
    Value st = entry_stat(d, false);
    if (!st)
        return VAL_NULL;
    int64_t mode = 0;
    int_as_i64(tuple_get(val_as_obj(st), 0), &mode);
    val_decref(st);
    return val_bool(((mode_t)mode & S_IFMT) == S_IFLNK);
}

static Value de_is_junction(Value self, const Value *args, size_t nargs, Object *kw)
{
    return VAL_FALSE;
}

static Value de_inode(Value self, const Value *args, size_t nargs, Object *kw)
{
    return int_from_u64(((DirEntryObj *)val_as_obj(self))->ino);
}

static Value de_fspath(Value self, const Value *args, size_t nargs, Object *kw)
{
    return val_ref(((DirEntryObj *)val_as_obj(self))->path);
}

static Value de_class_getitem(Value cls, const Value *args, size_t nargs, Object *kw)
{
    return val_ref(cls);
}

static Value de_repr(Value self)
{
    return str_printf("<DirEntry %R>", ((DirEntryObj *)val_as_obj(self))->name);
}

static const MethodDef direntry_methods[] = {
    {"stat", de_stat, 0, "Return stat_result object for the entry; cached per entry."},
    {"is_dir", de_is_dir, 0, "Return True if the entry is a directory; cached per entry."},
    {"is_file", de_is_file, 0, "Return True if the entry is a file; cached per entry."},
    {"is_symlink", de_is_symlink, 0, "Return True if the entry is a symbolic link; cached per entry."},
    {"is_junction", de_is_junction, 0, "Return True if the entry is a junction; cached per entry."},
    {"inode", de_inode, 0, "Return inode of the entry; cached per entry."},
    {"__fspath__", de_fspath, 0, "Returns the path for the entry."},
    {"__class_getitem__", de_class_getitem, METH_CLASS, "See PEP 585"},
    {0},
};

static const MemberDef direntry_members[] = {
    {"name", offsetof(DirEntryObj, name), MEMBER_READONLY, "the entry's base filename, relative to scandir() \"path\" argument"},
    {"path", offsetof(DirEntryObj, path), MEMBER_READONLY, "the entry's full path name; equivalent to os.path.join(scandir_path, entry.name)"},
    {0},
};

Type DirEntry_Type = {
    TYPE_HEADER("posix.DirEntry", direntry_dealloc),
    .tflags = TF_HAS_GC,
    .basicsize = sizeof(DirEntryObj),
    .methods = direntry_methods,
    .members = direntry_members,
    .repr = de_repr,
    .traverse = direntry_traverse,
};

/* ---- the scandir iterator -------------------------------------------------------- */

typedef struct {
    Object base;
    Value entries; /* tuple of DirEntry */
    _Atomic ssize_t next;
} ScandirObj;

typedef struct {
    Object *list;
    const char *dir;
    bool as_bytes;
    bool dir_is_default;
} ScanCtx;

static int add_entry(const struct dirent *e, void *vctx)
{
    ScanCtx *ctx = vctx;
    size_t dlen = strlen(ctx->dir), nlen = strlen(e->d_name);
    bool slash = dlen > 0 && ctx->dir[dlen - 1] != '/';
    char *full = mem_alloc(dlen + nlen + 2);
    if (!full) {
        err_no_memory();
        return -1;
    }
    memcpy(full, ctx->dir, dlen);
    size_t k = dlen;
    if (slash)
        full[k++] = '/';
    memcpy(full + k, e->d_name, nlen + 1);
    DirEntryObj *d = (DirEntryObj *)obj_alloc(&DirEntry_Type, 0);
    if (!d) {
        mem_free(full);
        return -1;
    }
    d->name = posix_decode_name(e->d_name, nlen, ctx->as_bytes);
    d->path = posix_decode_name(full, k + nlen, ctx->as_bytes);
    d->d_type = e->d_type;
    d->ino = e->d_ino;
    mem_free(full);
    int r = d->name && d->path ? list_append(ctx->list, (Value)d) : -1;
    obj_decref(&d->base);
    return r;
}

Value posix_scandir(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"path"};
    static const ArgSpec spec = {"scandir", names, 1, 0, 0, 1};
    Value a[1];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    PosixPath p = {0};
    ScanCtx ctx = {NULL, ".", false, true};
    if (a[0] && a[0] != VAL_NONE) {
        if (posix_path(a[0], "scandir", "path", &p) < 0)
            return VAL_NULL;
        ctx.dir = p.c;
        ctx.as_bytes = p.is_bytes;
        ctx.dir_is_default = false;
    }
    ctx.list = list_new(0);
    int r = ctx.list ? read_dir(ctx.dir, add_entry, &ctx) : -2;
    posix_path_clear(&p);
    if (r < 0) {
        if (ctx.list)
            obj_decref(ctx.list);
        if (r == -1) {
            Value fn = ctx.dir_is_default ? str_from_cstr(".") : val_ref(a[0]);
            posix_error(fn, VAL_NULL);
            val_xdecref(fn);
        }
        return VAL_NULL;
    }
    Object *t = list_as_tuple(ctx.list);
    obj_decref(ctx.list);
    if (!t)
        return VAL_NULL;
    ScandirObj *s = (ScandirObj *)obj_alloc(&ScandirIter_Type, 0);
    if (!s) {
        obj_decref(t);
        return VAL_NULL;
    }
    s->entries = (Value)t;
    return (Value)s;
}

static void scandir_dealloc(Object *o)
{
    val_xdecref(((ScandirObj *)o)->entries);
    obj_free(o);
}

static int scandir_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    ScandirObj *s = (ScandirObj *)o;
    return s->entries ? visit(s->entries, arg) : 0;
}

static Value scandir_next(Value self)
{
    ScandirObj *s = (ScandirObj *)val_as_obj(self);
    Object *t = val_as_obj(s->entries);
    ssize_t i = atomic_fetch_add_explicit(&s->next, 1, memory_order_relaxed);
    if (i >= tuple_size(t)) {
        atomic_store_explicit(&s->next, tuple_size(t), memory_order_relaxed);
        return VAL_NULL;
    }
    return val_ref(tuple_get(t, i));
}

static Value scandir_iter(Value self) { return val_ref(self); }

static Value scandir_close(Value self, const Value *args, size_t nargs, Object *kw)
{
    ScandirObj *s = (ScandirObj *)val_as_obj(self);
    atomic_store_explicit(&s->next, tuple_size(val_as_obj(s->entries)), memory_order_relaxed);
    return VAL_NONE;
}

static Value scandir_enter(Value self, const Value *args, size_t nargs, Object *kw)
{
    return val_ref(self);
}

static Value scandir_exit(Value self, const Value *args, size_t nargs, Object *kw)
{
    Value r = scandir_close(self, NULL, 0, NULL);
    val_xdecref(r);
    return VAL_FALSE;
}

static const MethodDef scandir_methods[] = {
    {"close", scandir_close, 0, NULL},
    {"__enter__", scandir_enter, 0, NULL},
    {"__exit__", scandir_exit, 0, NULL},
    {0},
};

Type ScandirIter_Type = {
    TYPE_HEADER("posix.ScandirIterator", scandir_dealloc),
    .tflags = TF_HAS_GC,
    .basicsize = sizeof(ScandirObj),
    .methods = scandir_methods,
    .iter = scandir_iter,
    .iternext = scandir_next,
    .traverse = scandir_traverse,
};

int posix_dir_init(Value m)
{
    if (type_ready(&ScandirIter_Type) < 0 || module_add_type(m, &DirEntry_Type) < 0)
        return -1;
    return 0;
}
