/* _io.BytesIO: an in-memory binary stream over a growable byte buffer. */
#include <string.h>

#include "mem.h"
#include "modules/io_internal.h"
#include "objects/bytesobj.h"
#include "objects/intobj.h"

static BytesIO *as_bio(Value v) { return (BytesIO *)val_as_obj(v); }

static int check(BytesIO *b)
{
    if (b->closed) {
        io_err_closed();
        return -1;
    }
    return 0;
}

#define ENTER(b, cs)                                                         \
    CriticalSection cs;                                                      \
    if (io_enter(&(b)->io, &cs) < 0)                                         \
        return VAL_NULL;                                                     \
    if (check(b) < 0) {                                                      \
        io_leave(&cs);                                                       \
        return VAL_NULL;                                                     \
    }

static int write_at(BytesIO *b, const uint8_t *d, size_t n)
{
    size_t need = b->pos + n;
    if (need > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < need)
            cap = cap + (cap >> 1) + 64;
        uint8_t *nb = mem_realloc(b->buf, cap);
        if (!nb) {
            err_no_memory();
            return -1;
        }
        b->buf = nb;
        b->cap = cap;
    }
    if (b->pos > b->len)
        memset(b->buf + b->len, 0, b->pos - b->len);
    memcpy(b->buf + b->pos, d, n);
    b->pos += n;
    if (b->pos > b->len)
        b->len = b->pos;
    return 0;
}

static Value bio_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    Object *o = obj_alloc(type, 0);
    return o ? (Value)o : VAL_NULL;
}

static int bio_init(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"initial_bytes"};
    static const ArgSpec spec = {"BytesIO", names, 1, 0, 0, 1};
    Value a[1];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return -1;
    BytesIO *b = as_bio(self);
    if (b->exports > 0) {
        err_set(&Exc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    b->len = b->pos = 0;
    b->closed = false;
    if (a[0] && a[0] != VAL_NONE) {
        const uint8_t *d;
        ssize_t n;
        if (io_get_bytes(a[0], &d, &n) < 0)
            return -1;
        if (write_at(b, d, (size_t)n) < 0)
            return -1;
        b->pos = 0;
    }
    return 0;
}

static void bio_dealloc(Object *o)
{
    BytesIO *b = (BytesIO *)o;
    mem_free(b->buf);
    obj_xdecref(b->io.dict);
    obj_free(o);
}

static size_t left(BytesIO *b) { return b->pos < b->len ? b->len - b->pos : 0; }

static Value take(BytesIO *b, size_t n)
{
    Value r = io_bytes(b->buf + b->pos, n);
    if (r)
        b->pos += n;
    return r;
}

static Value m_read(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("read", kw) < 0 || args_count("read", nargs, 0, 1) < 0)
        return VAL_NULL;
    ssize_t n = -1;
    if (nargs && io_parse_size(args[0], &n) < 0)
        return VAL_NULL;
    BytesIO *b = as_bio(self);
    ENTER(b, cs);
    size_t l = left(b);
    Value r = take(b, n < 0 || (size_t)n > l ? l : (size_t)n);
    io_leave(&cs);
    return r;
}

static Value readline_unlocked(BytesIO *b, ssize_t limit)
{
    size_t l = left(b);
    if (limit >= 0 && (size_t)limit < l)
        l = (size_t)limit;
    const uint8_t *p = l ? memchr(b->buf + b->pos, '\n', l) : NULL;
    return take(b, p ? (size_t)(p - (b->buf + b->pos)) + 1 : l);
}

static Value m_readline(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("readline", kw) < 0 || args_count("readline", nargs, 0, 1) < 0)
        return VAL_NULL;
    ssize_t n = -1;
    if (nargs && io_parse_size(args[0], &n) < 0)
        return VAL_NULL;
    BytesIO *b = as_bio(self);
    ENTER(b, cs);
    Value r = readline_unlocked(b, n);
    io_leave(&cs);
    return r;
}

static Value bio_iternext(Value self)
{
    if (!obj_type_is(self, &BytesIO_Type)) {
        Value line = obj_call_method_cstr(self, "readline", NULL, 0);
        if (line && obj_len(line) == 0) {
            val_decref(line);
            return VAL_NULL;
        }
        return line;
    }
    BytesIO *b = as_bio(self);
    ENTER(b, cs);
    Value r = readline_unlocked(b, -1);
    io_leave(&cs);
    if (r && bytes_size(val_as_bytes(r)) == 0) {
        val_decref(r);
        return VAL_NULL;
    }
    return r;
}

static Value m_readinto(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("readinto", kw) < 0 || args_count("readinto", nargs, 1, 1) < 0)
        return VAL_NULL;
    uint8_t *dst;
    ssize_t cap;
    if (io_get_writable(args[0], &dst, &cap) < 0)
        return VAL_NULL;
    BytesIO *b = as_bio(self);
    ENTER(b, cs);
    size_t n = left(b);
    if ((size_t)cap < n)
        n = (size_t)cap;
    memcpy(dst, b->buf + b->pos, n);
    b->pos += n;
    io_leave(&cs);
    return val_from_int((int64_t)n);
}

static Value m_write(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("write", kw) < 0 || args_count("write", nargs, 1, 1) < 0)
        return VAL_NULL;
    BytesIO *b = as_bio(self);
    const uint8_t *d;
    ssize_t n;
    if (check(b) < 0 || io_get_bytes(args[0], &d, &n) < 0)
        return VAL_NULL;
    ENTER(b, cs);
    Value r = VAL_NULL;
    if (b->exports > 0)
        err_set(&Exc_BufferError, "Existing exports of data: object cannot be re-sized");
    else if (n == 0 || write_at(b, d, (size_t)n) == 0)
        r = val_from_int(n);
    io_leave(&cs);
    return r;
}

static Value m_getvalue(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("getvalue", nargs, 0, 0) < 0)
        return VAL_NULL;
    BytesIO *b = as_bio(self);
    ENTER(b, cs);
    Value r = io_bytes(b->buf, b->len);
    io_leave(&cs);
    return r;
}

static Value m_tell(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("tell", nargs, 0, 0) < 0)
        return VAL_NULL;
    BytesIO *b = as_bio(self);
    ENTER(b, cs);
    Value r = int_from_i64((int64_t)b->pos);
    io_leave(&cs);
    return r;
}

static Value m_seek(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("seek", kw) < 0 || args_count("seek", nargs, 1, 2) < 0)
        return VAL_NULL;
    ssize_t pos = obj_as_ssize(args[0], &Exc_OverflowError);
    if (pos == -1 && err_occurred())
        return VAL_NULL;
    int64_t whence = 0;
    if (nargs > 1) {
        if (!val_is_int_like(args[1])) {
            err_set(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                    type_name(val_type(args[1])));
            return VAL_NULL;
        }
        if (int_as_i64(args[1], &whence) < 0)
            return VAL_NULL;
    }
    BytesIO *b = as_bio(self);
    ENTER(b, cs);
    Value r = VAL_NULL;
    if (whence < 0 || whence > 2) {
        err_set(&Exc_ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    } else if (pos < 0 && whence == 0) {
        err_set(&Exc_ValueError, "negative seek value %zd", pos);
    } else {
        if (whence == 1)
            pos += (ssize_t)b->pos;
        else if (whence == 2)
            pos += (ssize_t)b->len;
        b->pos = pos < 0 ? 0 : (size_t)pos;
        r = int_from_i64((int64_t)b->pos);
    }
    io_leave(&cs);
    return r;
}

static Value m_truncate(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("truncate", kw) < 0 || args_count("truncate", nargs, 0, 1) < 0)
        return VAL_NULL;
    BytesIO *b = as_bio(self);
    ssize_t size = -2;
    if (nargs && args[0] != VAL_NONE) {
        size = obj_as_ssize(args[0], &Exc_OverflowError);
        if (size == -1 && err_occurred())
            return VAL_NULL;
        if (size < 0) {
            err_set(&Exc_ValueError, "negative size value %zd", size);
            return VAL_NULL;
        }
    }
    ENTER(b, cs);
    if (size == -2)
        size = (ssize_t)b->pos;
    if ((size_t)size < b->len)
        b->len = (size_t)size;
    io_leave(&cs);
    return int_from_i64(size);
}

static Value m_close(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("close", nargs, 0, 0) < 0)
        return VAL_NULL;
    BytesIO *b = as_bio(self);
    CriticalSection cs;
    if (io_enter(&b->io, &cs) < 0)
        return VAL_NULL;
    Value r = VAL_NULL;
    if (b->exports > 0) {
        err_set(&Exc_BufferError, "Existing exports of data: object cannot be re-sized");
    } else {
        b->closed = true;
        mem_free(b->buf);
        b->buf = NULL;
        b->len = b->cap = b->pos = 0;
        r = val_ref(VAL_NONE);
    }
    io_leave(&cs);
    return r;
}

static Value m_true(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (check(as_bio(self)) < 0)
        return VAL_NULL;
    return val_ref(VAL_TRUE);
}

static Value g_closed(Value self, void *c) { return val_bool(as_bio(self)->closed); }

static const MethodDef bio_methods[] = {
    {"getvalue", m_getvalue, 0, "Retrieve the entire contents of the BytesIO object."},
    {"read", m_read, 0, NULL},
    {"read1", m_read, 0, NULL},
    {"readline", m_readline, 0, NULL},
    {"readinto", m_readinto, 0, NULL},
    {"write", m_write, 0, NULL},
    {"tell", m_tell, 0, NULL},
    {"seek", m_seek, 0, NULL},
    {"truncate", m_truncate, 0, NULL},
    {"close", m_close, 0, NULL},
    {"readable", m_true, 0, NULL},
    {"writable", m_true, 0, NULL},
    {"seekable", m_true, 0, NULL},
    {0},
};

static const GetSetDef bio_getsets[] = {
    {"closed", g_closed, NULL, NULL, NULL},
    {0},
};

Type BytesIO_Type = {
    TYPE_HEADER("_io.BytesIO", bio_dealloc),
    .tflags = TF_BASETYPE,
    .base = &BufferedIOBase_Type,
    .basicsize = sizeof(BytesIO),
    .tp_new = bio_new,
    .init = bio_init,
    .iternext = bio_iternext,
    .methods = bio_methods,
    .getsets = bio_getsets,
    .doc = "Buffered I/O implementation using an in-memory bytes buffer.",
};
