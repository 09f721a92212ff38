/* The io base classes (_IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase)
 * with their default methods, UnsupportedOperation, the busy protocol and
 * the helpers every I/O type shares. */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "mem.h"
#include "parking_lot.h"
#include "tstate.h"
#include "modules/io_internal.h"
#include "objects/bytesobj.h"
#include "objects/dictobj.h"
#include "objects/exc_internal.h"
#include "objects/intobj.h"
#include "objects/listobj.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "objects/type_internal.h"

/* ---- The busy protocol (io_internal.h) -------------------------------------------- */

int io_enter(IOObj *o, CriticalSection *cs)
{
    cs_begin(cs, &o->base);
    for (;;) {
        uint32_t owner = atomic_load_explicit(&o->busy, memory_order_acquire);
        if (owner == 0)
            return 0;
        if (owner == ts_current_tid) {
            cs_end(cs);
            err_set(&Exc_RuntimeError, "reentrant call inside %R", (Value)o);
            return -1;
        }
        /* The count is raised before the park re-checks `busy` under the
         * bucket lock, and io_busy_end reads it after clearing `busy`: one
         * of the two sees the other. Parking detaches, which suspends our
         * section; attaching again resumes it. */
        atomic_fetch_add(&o->busy_waiters, 1);
        parking_lot_park(&o->busy, &owner, sizeof owner, -1, NULL, true);
        atomic_fetch_sub(&o->busy_waiters, 1);
    }
}

void io_busy_begin(IOObj *o)
{
    atomic_store_explicit(&o->busy, ts_current_tid, memory_order_release);
}

void io_busy_end(IOObj *o)
{
    atomic_store(&o->busy, 0);
    if (atomic_load(&o->busy_waiters))
        parking_lot_unpark_all(&o->busy);
}

ssize_t io_sys_read(int fd, void *buf, size_t n)
{
    ssize_t r;
    do {
        ThreadState *ts = ts_block_begin();
        r = read(fd, buf, n);
        int e = errno;
        ts_block_end(ts);
        errno = e;
    } while (r < 0 && errno == EINTR);
    return r;
}

ssize_t io_sys_write(int fd, const void *buf, size_t n)
{
    ssize_t r;
    do {
        ThreadState *ts = ts_block_begin();
        r = write(fd, buf, n);
        int e = errno;
        ts_block_end(ts);
        errno = e;
    } while (r < 0 && errno == EINTR);
    return r;
}

/* ---- Shared helpers ---------------------------------------------------------------- */

Value io_err_closed(void)
{
    err_set(&Exc_ValueError, "I/O operation on closed file.");
    return VAL_NULL;
}

Value io_err_unsupported(const char *msg)
{
    err_set(&Exc_UnsupportedOperation, "%s", msg);
    return VAL_NULL;
}

int io_is_closed(Value self)
{
    Type *t = val_type(self);
    if (t == &FileIO_Type)
        return ((FileIO *)val_as_obj(self))->fd < 0;
    if (t == &StringIO_Type)
        return ((StringIO *)val_as_obj(self))->closed;
    if (t == &BytesIO_Type)
        return ((BytesIO *)val_as_obj(self))->closed;
    Value v = obj_getattr_cstr(self, "closed");
    if (!v)
        return -1;
    int r = obj_is_true(v);
    val_decref(v);
    return r;
}

int io_check_closed(Value self)
{
    int c = io_is_closed(self);
    if (c < 0)
        return -1;
    if (c) {
        io_err_closed();
        return -1;
    }
    return 0;
}

int io_get_bytes(Value o, const uint8_t **data, ssize_t *len)
{
    return buffer_get(o, data, len);
}

int io_get_writable(Value o, uint8_t **data, ssize_t *len)
{
    if (val_is_bytearray(o)) {
        *data = bytearray_data((ByteArrayObj *)val_as_obj(o), len);
        return 0;
    }
    if (val_is_obj(o) && val_isinstance_type(o, &MemoryView_Type)) {
        MemoryViewObj *m = (MemoryViewObj *)val_as_obj(o);
        if (!m->released && !m->readonly && m->step == 1 && m->obj && val_is_bytearray(m->obj)) {
            ssize_t n;
            uint8_t *base = bytearray_data((ByteArrayObj *)val_as_obj(m->obj), &n);
            *data = base + m->start;
            *len = m->length;
            return 0;
        }
    }
    err_set(&Exc_TypeError, "readinto() argument must be read-write bytes-like object, not %s",
            type_name(val_type(o)));
    return -1;
}

int io_parse_size(Value v, ssize_t *out)
{
    if (!v || v == VAL_NONE) {
        *out = -1;
        return 0;
    }
    if (!val_is_int_like(v)) {
        err_set(&Exc_TypeError, "argument should be integer or None, not '%s'",
                type_name(val_type(v)));
        return -1;
    }
    ssize_t n = obj_as_ssize(v, &Exc_OverflowError);
    if (n == -1 && err_occurred())
        return -1;
    *out = n < 0 ? -1 : n;
    return 0;
}

Value io_dict_get(IOObj *o, const char *name)
{
    if (!o->dict)
        return VAL_NULL;
    Value v;
    int r = dict_get_cstr(o->dict, name, &v);
    if (r <= 0) {
        if (r < 0)
            err_clear();
        return VAL_NULL;
    }
    val_decref(v); /* borrowed: the dict keeps it */
    return v;
}

int io_dict_set(IOObj *o, const char *name, Value v)
{
    if (!o->dict) {
        o->dict = dict_new();
        if (!o->dict)
            return -1;
    }
    return dict_set_cstr(o->dict, name, v);
}

const char *io_type_name(Value self) { return val_type(self)->core.name; }

Value io_bytes(const uint8_t *data, size_t n)
{
    if (n == 0)
        return bytes_empty();
    return bytes_from_data(data, (ssize_t)n);
}

/* ---- _IOBase ------------------------------------------------------------------------ */

static Value iobase_unsupported_seek(Value self, const Value *args, size_t nargs, Object *kw)
{
    return io_err_unsupported("seek");
}

static Value iobase_tell(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("tell", kw) < 0 || args_count("tell", nargs, 0, 0) < 0)
        return VAL_NULL;
    Value a[2] = {val_from_int(0), val_from_int(1)};
    return obj_call_method_cstr(self, "seek", a, 2);
}

static Value iobase_truncate(Value self, const Value *args, size_t nargs, Object *kw)
{
    return io_err_unsupported("truncate");
}

static Value iobase_fileno(Value self, const Value *args, size_t nargs, Object *kw)
{
    return io_err_unsupported("fileno");
}

static Value iobase_flush(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("flush", nargs, 0, 0) < 0)
        return VAL_NULL;
    if (io_check_closed(self) < 0)
        return VAL_NULL;
    return val_ref(VAL_NONE);
}

static Value iobase_close(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("close", nargs, 0, 0) < 0)
        return VAL_NULL;
    IOObj *o = (IOObj *)val_as_obj(self);
    if (o->base_closed)
        return val_ref(VAL_NONE);
    Value r = obj_call_method_cstr(self, "flush", NULL, 0);
    o->base_closed = 1;
    if (!r)
        return VAL_NULL;
    val_decref(r);
    return val_ref(VAL_NONE);
}

static Value iobase_get_closed(Value self, void *c)
{
    return val_bool(((IOObj *)val_as_obj(self))->base_closed);
}

static Value iobase_false(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("readable", nargs, 0, 0) < 0)
        return VAL_NULL;
    return val_ref(VAL_FALSE);
}

static Value iobase_isatty(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (io_check_closed(self) < 0)
        return VAL_NULL;
    return val_ref(VAL_FALSE);
}

static Value iobase_check_closed(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (io_check_closed(self) < 0)
        return VAL_NULL;
    return val_ref(VAL_NONE);
}

static Value check_capability(Value self, const char *method, const char *msg)
{
    Value r = obj_call_method_cstr(self, method, NULL, 0);
    if (!r)
        return VAL_NULL;
    int t = obj_is_true(r);
    val_decref(r);
    if (t < 0)
        return VAL_NULL;
    if (!t)
        return io_err_unsupported(msg);
    return val_ref(VAL_NONE);
}

static Value iobase_check_readable(Value self, const Value *args, size_t nargs, Object *kw)
{
    return check_capability(self, "readable", "File or stream is not readable.");
}
static Value iobase_check_writable(Value self, const Value *args, size_t nargs, Object *kw)
{
    return check_capability(self, "writable", "File or stream is not writable.");
}
static Value iobase_check_seekable(Value self, const Value *args, size_t nargs, Object *kw)
{
    return check_capability(self, "seekable", "File or stream is not seekable.");
}

static Value iobase_enter(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (io_check_closed(self) < 0)
        return VAL_NULL;
    return val_ref(self);
}

static Value iobase_exit(Value self, const Value *args, size_t nargs, Object *kw)
{
    return obj_call_method_cstr(self, "close", NULL, 0);
}

static Value iobase_iter(Value self)
{
    if (io_check_closed(self) < 0)
        return VAL_NULL;
    return val_ref(self);
}

static Value iobase_iternext(Value self)
{
    Value line = obj_call_method_cstr(self, "readline", NULL, 0);
    if (!line)
        return VAL_NULL;
    ssize_t n = obj_len(line);
    if (n <= 0) {
        val_decref(line);
        return VAL_NULL; /* exhausted, or the error obj_len set */
    }
    return line;
}

/* readline via peek() when the object has one, else read(1) at a time. */
static Value iobase_readline(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("readline", kw) < 0 || args_count("readline", nargs, 0, 1) < 0)
        return VAL_NULL;
    ssize_t limit = -1;
    if (nargs && io_parse_size(args[0], &limit) < 0)
        return VAL_NULL;
    uint8_t *acc = NULL;
    size_t len = 0, cap = 0;
    Value result = VAL_NULL;
    while (limit < 0 || (ssize_t)len < limit) {
        Value one = val_from_int(1);
        Value b = obj_call_method_cstr(self, "read", &one, 1);
        if (!b)
            goto done;
        if (b == VAL_NONE) {
            val_decref(b);
            break;
        }
        const uint8_t *d;
        ssize_t n;
        if (!val_is_bytes(b)) {
            err_set(&Exc_OSError, "read() should have returned a bytes object, not '%s'",
                    type_name(val_type(b)));
            val_decref(b);
            goto done;
        }
        d = bytes_data(val_as_bytes(b));
        n = bytes_size(val_as_bytes(b));
        if (n == 0) {
            val_decref(b);
            break;
        }
        if (len + (size_t)n > cap) {
            cap = (len + (size_t)n) * 2 + 16;
            uint8_t *nb = mem_realloc(acc, cap);
            if (!nb) {
                val_decref(b);
                err_no_memory();
                goto done;
            }
            acc = nb;
        }
        memcpy(acc + len, d, (size_t)n);
        len += (size_t)n;
        val_decref(b);
        if (acc[len - 1] == '\n')
            break;
    }
    result = io_bytes(acc, len);
done:
    mem_free(acc);
    return result;
}

static Value iobase_readlines(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("readlines", kw) < 0 || args_count("readlines", nargs, 0, 1) < 0)
        return VAL_NULL;
    ssize_t hint = -1;
    if (nargs && io_parse_size(args[0], &hint) < 0)
        return VAL_NULL;
    if (hint == 0)
        hint = -1;
    Object *list = list_new(0);
    if (!list)
        return VAL_NULL;
    Value it = obj_iter(self);
    if (!it)
        goto fail;
    ssize_t total = 0;
    for (;;) {
        Value line = obj_next(it);
        if (!line) {
            if (err_occurred())
                goto fail_it;
            break;
        }
        ssize_t n = obj_len(line);
        int r = list_append(list, line);
        val_decref(line);
        if (r < 0 || n < 0)
            goto fail_it;
        total += n;
        if (hint > 0 && total >= hint)
            break;
    }
    val_decref(it);
    return (Value)list;
fail_it:
    val_decref(it);
fail:
    obj_decref(list);
    return VAL_NULL;
}

static Value iobase_writelines(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("writelines", kw) < 0 || args_count("writelines", nargs, 1, 1) < 0)
        return VAL_NULL;
    if (io_check_closed(self) < 0)
        return VAL_NULL;
    Value it = obj_iter(args[0]);
    if (!it)
        return VAL_NULL;
    for (;;) {
        Value line = obj_next(it);
        if (!line) {
            if (err_occurred()) {
                val_decref(it);
                return VAL_NULL;
            }
            break;
        }
        Value r = VAL_NULL;
        if (obj_type_is(self, &TextIOWrapper_Type) && val_is_str(line)) {
            if (text_write_str((TextIO *)val_as_obj(self), line) == 0)
                r = val_ref(VAL_NONE);
        } else {
            r = obj_call_method_cstr(self, "write", &line, 1);
        }
        val_decref(line);
        if (!r) {
            val_decref(it);
            return VAL_NULL;
        }
        val_decref(r);
    }
    val_decref(it);
    return val_ref(VAL_NONE);
}

static void iobase_dealloc(Object *o)
{
    IOObj *io = (IOObj *)o;
    obj_xdecref(io->dict);
    obj_free(o);
}

static Value iobase_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    Object *o = obj_alloc(type, 0);
    return o ? (Value)o : VAL_NULL;
}

static const MethodDef iobase_methods[] = {
    {"seek", iobase_unsupported_seek, 0, "Change the stream position to the given byte offset."},
    {"tell", iobase_tell, 0, "Return current stream position."},
    {"truncate", iobase_truncate, 0, "Truncate file to size bytes."},
    {"flush", iobase_flush, 0, "Flush write buffers, if applicable."},
    {"close", iobase_close, 0, "Flush and close the IO object."},
    {"seekable", iobase_false, 0, "Return whether object supports random access."},
    {"readable", iobase_false, 0, "Return whether object was opened for reading."},
    {"writable", iobase_false, 0, "Return whether object was opened for writing."},
    {"fileno", iobase_fileno, 0, "Return underlying file descriptor if one exists."},
    {"isatty", iobase_isatty, 0, "Return whether this is an 'interactive' stream."},
    {"_checkClosed", iobase_check_closed, 0, NULL},
    {"_checkReadable", iobase_check_readable, 0, NULL},
    {"_checkWritable", iobase_check_writable, 0, NULL},
    {"_checkSeekable", iobase_check_seekable, 0, NULL},
    {"__enter__", iobase_enter, 0, NULL},
    {"__exit__", iobase_exit, 0, NULL},
    {"readline", iobase_readline, 0, "Read and return a line from the stream."},
    {"readlines", iobase_readlines, 0, "Return a list of lines from the stream."},
    {"writelines", iobase_writelines, 0, "Write a list of lines to stream."},
    {0},
};

static const GetSetDef iobase_getsets[] = {
    {"closed", iobase_get_closed, NULL, NULL, NULL},
    {0},
};

Type IOBase_Type = {
    TYPE_HEADER("_io._IOBase", iobase_dealloc),
    .tflags = TF_BASETYPE,
    .basicsize = sizeof(IOObj),
    .dictoffset = offsetof(IOObj, dict),
    .tp_new = iobase_new,
    .iter = iobase_iter,
    .iternext = iobase_iternext,
    .methods = iobase_methods,
    .getsets = iobase_getsets,
    .doc = "The abstract base class for all I/O classes.",
};

/* ---- _RawIOBase ---------------------------------------------------------------------- */

static Value rawiobase_read(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("read", kw) < 0 || args_count("read", nargs, 0, 1) < 0)
        return VAL_NULL;
    ssize_t n = -1;
    if (nargs && io_parse_size(args[0], &n) < 0)
        return VAL_NULL;
    if (n < 0)
        return obj_call_method_cstr(self, "readall", NULL, 0);
    uint8_t *zero = mem_calloc(1, (size_t)n + 1);
    if (!zero)
        return err_no_memory();
    Value ba = bytearray_from_data(zero, n);
    mem_free(zero);
    if (!ba)
        return VAL_NULL;
    Value r = obj_call_method_cstr(self, "readinto", &ba, 1);
    if (!r || r == VAL_NONE) {
        val_decref(ba);
        return r;
    }
    ssize_t got = obj_as_ssize(r, &Exc_OverflowError);
    val_decref(r);
    if (got == -1 && err_occurred()) {
        val_decref(ba);
        return VAL_NULL;
    }
    if (got < 0 || got > n) {
        val_decref(ba);
        err_set(&Exc_ValueError, "readinto returned %zd outside buffer size %zd", got, n);
        return VAL_NULL;
    }
    ssize_t blen;
    uint8_t *d = bytearray_data((ByteArrayObj *)val_as_obj(ba), &blen);
    Value out = io_bytes(d, (size_t)got);
    val_decref(ba);
    return out;
}

static Value rawiobase_readall(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("readall", nargs, 0, 0) < 0)
        return VAL_NULL;
    uint8_t *acc = NULL;
    size_t len = 0, cap = 0;
    Value result = VAL_NULL;
    for (;;) {
        Value sz = val_from_int(IO_DEFAULT_BUFFER_SIZE);
        Value b = obj_call_method_cstr(self, "read", &sz, 1);
        if (!b)
            goto done;
        if (b == VAL_NONE) {
            if (len == 0) {
                result = b;
                goto done;
            }
            val_decref(b);
            break;
        }
        if (!val_is_bytes(b)) {
            err_set(&Exc_TypeError, "read() should return bytes");
            val_decref(b);
            goto done;
        }
        ssize_t n = bytes_size(val_as_bytes(b));
        if (n == 0) {
            val_decref(b);
            break;
        }
        if (len + (size_t)n > cap) {
            cap = (len + (size_t)n) * 2;
            uint8_t *nb = mem_realloc(acc, cap);
            if (!nb) {
                val_decref(b);
                err_no_memory();
                goto done;
            }
            acc = nb;
        }
        memcpy(acc + len, bytes_data(val_as_bytes(b)), (size_t)n);
        len += (size_t)n;
        val_decref(b);
    }
    result = io_bytes(acc, len);
done:
    mem_free(acc);
    return result;
}

static const MethodDef rawiobase_methods[] = {
    {"read", rawiobase_read, 0, NULL},
    {"readall", rawiobase_readall, 0, "Read until EOF, using multiple read() call."},
    {0},
};

Type RawIOBase_Type = {
    TYPE_HEADER("_io._RawIOBase", iobase_dealloc),
    .tflags = TF_BASETYPE,
    .base = &IOBase_Type,
    .basicsize = sizeof(IOObj),
    .methods = rawiobase_methods,
    .doc = "Base class for raw binary I/O.",
};

/* ---- _BufferedIOBase ----------------------------------------------------------------- */

static Value bufbase_read(Value self, const Value *a, size_t n, Object *kw) { return io_err_unsupported("read"); }
static Value bufbase_read1(Value self, const Value *a, size_t n, Object *kw) { return io_err_unsupported("read1"); }
static Value bufbase_write(Value self, const Value *a, size_t n, Object *kw) { return io_err_unsupported("write"); }
static Value bufbase_detach(Value self, const Value *a, size_t n, Object *kw) { return io_err_unsupported("detach"); }

static Value readinto_via(Value self, const Value *args, size_t nargs, Object *kw, const char *how)
{
    if (args_no_kw("readinto", kw) < 0 || args_count("readinto", nargs, 1, 1) < 0)
        return VAL_NULL;
    uint8_t *dst;
    ssize_t cap;
    if (io_get_writable(args[0], &dst, &cap) < 0)
        return VAL_NULL;
    Value sz = val_from_int(cap);
    Value data = obj_call_method_cstr(self, how, &sz, 1);
    if (!data)
        return VAL_NULL;
    if (!val_is_bytes(data)) {
        err_set(&Exc_TypeError, "%s() should return bytes", how);
        val_decref(data);
        return VAL_NULL;
    }
    ssize_t n = bytes_size(val_as_bytes(data));
    if (n > cap) {
        err_set(&Exc_ValueError, "%s() returned too much data: %zd bytes requested, %zd returned",
                how, cap, n);
        val_decref(data);
        return VAL_NULL;
    }
    /* Reload: the call may have resized a bytearray. */
    if (io_get_writable(args[0], &dst, &cap) < 0 || cap < n) {
        val_decref(data);
        return VAL_NULL;
    }
    memcpy(dst, bytes_data(val_as_bytes(data)), (size_t)n);
    val_decref(data);
    return val_from_int(n);
}

static Value bufbase_readinto(Value self, const Value *a, size_t n, Object *kw)
{
    return readinto_via(self, a, n, kw, "read");
}
static Value bufbase_readinto1(Value self, const Value *a, size_t n, Object *kw)
{
    return readinto_via(self, a, n, kw, "read1");
}

static const MethodDef bufbase_methods[] = {
    {"read", bufbase_read, 0, NULL},
    {"read1", bufbase_read1, 0, NULL},
    {"readinto", bufbase_readinto, 0, NULL},
    {"readinto1", bufbase_readinto1, 0, NULL},
    {"write", bufbase_write, 0, NULL},
    {"detach", bufbase_detach, 0, NULL},
    {0},
};

Type BufferedIOBase_Type = {
    TYPE_HEADER("_io._BufferedIOBase", iobase_dealloc),
    .tflags = TF_BASETYPE,
    .base = &IOBase_Type,
    .basicsize = sizeof(IOObj),
    .methods = bufbase_methods,
    .doc = "Base class for buffered IO objects.",
};

/* ---- _TextIOBase ---------------------------------------------------------------------- */

static Value textbase_read(Value self, const Value *a, size_t n, Object *kw) { return io_err_unsupported("read"); }
static Value textbase_readline(Value self, const Value *a, size_t n, Object *kw) { return io_err_unsupported("readline"); }
static Value textbase_write(Value self, const Value *a, size_t n, Object *kw) { return io_err_unsupported("write"); }
static Value textbase_none(Value self, void *c) { return val_ref(VAL_NONE); }

static const MethodDef textbase_methods[] = {
    {"read", textbase_read, 0, NULL},
    {"readline", textbase_readline, 0, NULL},
    {"write", textbase_write, 0, NULL},
    {"detach", bufbase_detach, 0, NULL},
    {0},
};

static const GetSetDef textbase_getsets[] = {
    {"encoding", textbase_none, NULL, NULL, "Encoding of the text stream."},
    {"newlines", textbase_none, NULL, NULL, "Line endings translated so far."},
    {"errors", textbase_none, NULL, NULL, "The error setting of the decoder or encoder."},
    {0},
};

Type TextIOBase_Type = {
    TYPE_HEADER("_io._TextIOBase", iobase_dealloc),
    .tflags = TF_BASETYPE,
    .base = &IOBase_Type,
    .basicsize = sizeof(IOObj),
    .methods = textbase_methods,
    .getsets = textbase_getsets,
    .doc = "Base class for text I/O.",
};

/* ---- UnsupportedOperation(OSError, ValueError) --------------------------------------- */

Type Exc_UnsupportedOperation = {
    TYPE_HEADER("io.UnsupportedOperation", NULL),
    .tflags = TF_BASETYPE,
    .base = &Exc_OSError,
    .basicsize = sizeof(ExcFields),
};

static int unsupported_prepare(void)
{
    if (Exc_UnsupportedOperation.mro)
        return 0;
    if (type_ready(&Exc_OSError) < 0 || type_ready(&Exc_ValueError) < 0)
        return -1;
    Exc_UnsupportedOperation.core.dealloc = Exc_OSError.core.dealloc;
    Exc_UnsupportedOperation.bases =
        tuple_pack(2, (Value)&Exc_OSError, (Value)&Exc_ValueError);
    if (!Exc_UnsupportedOperation.bases)
        return -1;
    Exc_UnsupportedOperation.mro =
        type_compute_mro(&Exc_UnsupportedOperation, Exc_UnsupportedOperation.bases);
    return Exc_UnsupportedOperation.mro ? 0 : -1;
}

int io_types_ready(void)
{
    static Type *const types[] = {
        &IOBase_Type, &RawIOBase_Type, &BufferedIOBase_Type, &TextIOBase_Type,
        &FileIO_Type, &BufferedReader_Type, &BufferedWriter_Type, &BufferedRandom_Type,
        &TextIOWrapper_Type, &StringIO_Type, &BytesIO_Type, &Exc_UnsupportedOperation,
    };
    if (unsupported_prepare() < 0)
        return -1;
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (type_ready(types[i]) < 0)
            return -1;
    return 0;
}

int io_types_init(void) { return io_types_ready(); }
