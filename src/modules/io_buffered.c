/* _io.BufferedReader, BufferedWriter and BufferedRandom: one buffer over a
 * raw stream, holding either bytes read ahead or bytes not yet written.
 * Over an exact FileIO the raw calls are direct syscalls; any other raw
 * object is called through its methods. */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "mem.h"
#include "mutex.h"
#include "modules/io_internal.h"
#include "objects/bytesobj.h"
#include "objects/intobj.h"
#include "objects/strobj.h"

static Buffered *as_buf(Value v) { return (Buffered *)val_as_obj(v); }

/* Writers that are open, so that exit can flush them (CPython flushes them
 * when their modules and objects are torn down). */
static Mutex registry_lock = MUTEX_INIT;
static Buffered *registry;

static void registry_add(Buffered *b)
{
    mutex_lock(&registry_lock);
    b->reg_prev = NULL;
    b->reg_next = registry;
    if (registry)
        registry->reg_prev = b;
    registry = b;
    mutex_unlock(&registry_lock);
}

static void registry_remove(Buffered *b)
{
    mutex_lock(&registry_lock);
    if (b->reg_prev)
        b->reg_prev->reg_next = b->reg_next;
    else if (registry == b)
        registry = b->reg_next;
    if (b->reg_next)
        b->reg_next->reg_prev = b->reg_prev;
    b->reg_prev = b->reg_next = NULL;
    mutex_unlock(&registry_lock);
}

/* ---- Raw calls (the caller is inside b, which is marked busy around them) ----------- */

/* Bytes read (0 at EOF), -2 when the raw stream would block, -1 on error. */
static ssize_t raw_read(Buffered *b, uint8_t *dst, size_t n)
{
    if (b->fraw) {
        FileIO *f = b->fraw;
        if (f->fd < 0) {
            err_set(&Exc_ValueError, "I/O operation on closed file");
            return -1;
        }
        if (!f->readable) {
            err_set(&Exc_UnsupportedOperation, "File not open for reading");
            return -1;
        }
        io_busy_begin(&b->io);
        ssize_t r = io_sys_read(f->fd, dst, n);
        io_busy_end(&b->io);
        if (r < 0) {
            if (errno == EAGAIN)
                return -2;
            err_set_from_errno(&Exc_OSError, VAL_NULL);
            return -1;
        }
        return r;
    }
    io_busy_begin(&b->io);
    Value sz = int_from_i64((int64_t)n);
    Value data = obj_call_method_cstr(b->raw, "read", &sz, 1);
    io_busy_end(&b->io);
    if (!data)
        return -1;
    if (data == VAL_NONE) {
        val_decref(data);
        return -2;
    }
    const uint8_t *d;
    ssize_t len;
    if (io_get_bytes(data, &d, &len) < 0) {
        val_decref(data);
        return -1;
    }
    if ((size_t)len > n) {
        err_set(&Exc_OSError, "raw read() returned invalid length %zd (should have been between 0 and %zu)",
                len, n);
        val_decref(data);
        return -1;
    }
    memcpy(dst, d, (size_t)len);
    val_decref(data);
    return len;
}

/* Bytes written, -2 when it would block, -1 on error. */
static ssize_t raw_write(Buffered *b, const uint8_t *src, size_t n)
{
    if (b->fraw) {
        FileIO *f = b->fraw;
        if (f->fd < 0) {
            err_set(&Exc_ValueError, "I/O operation on closed file");
            return -1;
        }
        if (!f->writable) {
            err_set(&Exc_UnsupportedOperation, "File not open for writing");
            return -1;
        }
        io_busy_begin(&b->io);
        ssize_t r = io_sys_write(f->fd, src, n);
        io_busy_end(&b->io);
        if (r < 0) {
            if (errno == EAGAIN)
                return -2;
            err_set_from_errno(&Exc_OSError, VAL_NULL);
            return -1;
        }
        return r;
    }
    Value data = io_bytes(src, n);
    if (!data)
        return -1;
    io_busy_begin(&b->io);
    Value r = obj_call_method_cstr(b->raw, "write", &data, 1);
    io_busy_end(&b->io);
    val_decref(data);
    if (!r)
        return -1;
    if (r == VAL_NONE) {
        val_decref(r);
        return -2;
    }
    ssize_t w = obj_as_ssize(r, &Exc_OverflowError);
    val_decref(r);
    if (w == -1 && err_occurred())
        return -1;
    if (w < 0 || (size_t)w > n) {
        err_set(&Exc_OSError, "raw write() returned invalid length %zd (should have been between 0 and %zu)",
                w, n);
        return -1;
    }
    return w;
}

static int64_t raw_seek(Buffered *b, int64_t pos, int whence)
{
    if (b->fraw)
        return fileio_seek_c(b->fraw, pos, whence);
    Value args[2] = {int_from_i64(pos), val_from_int(whence)};
    if (!args[0])
        return -1;
    io_busy_begin(&b->io);
    Value r = obj_call_method_cstr(b->raw, "seek", args, 2);
    io_busy_end(&b->io);
    val_decref(args[0]);
    if (!r)
        return -1;
    int64_t out;
    int ok = val_is_int_like(r) ? int_as_i64(r, &out) : -1;
    if (!val_is_int_like(r))
        err_set(&Exc_TypeError, "seek() should return an int");
    val_decref(r);
    if (ok < 0)
        return -1;
    if (out < 0) {
        err_set(&Exc_OSError, "Raw stream returned invalid position %lld", (long long)out);
        return -1;
    }
    return out;
}

/* ---- Internal operations ---------------------------------------------------------- */

static int check_ready(Buffered *b)
{
    if (!b->ok) {
        if (b->detached)
            err_set(&Exc_ValueError, "raw stream has been detached");
        else
            err_set(&Exc_ValueError, "I/O operation on uninitialized object");
        return -1;
    }
    return 0;
}

/* raw.closed (fast for FileIO); -1 on error. */
static int raw_closed(Buffered *b)
{
    if (b->fraw)
        return b->fraw->fd < 0;
    return io_is_closed(b->raw);
}

static int check_closed_msg(Buffered *b, const char *msg)
{
    if (check_ready(b) < 0)
        return -1;
    int c = raw_closed(b);
    if (c < 0)
        return -1;
    /* CPython lets a read through while bytes remain buffered. */
    if (c) {
        err_set(&Exc_ValueError, "%s", msg);
        return -1;
    }
    return 0;
}

static int flush_unlocked(Buffered *b)
{
    size_t done = 0;
    while (done < b->wlen) {
        ssize_t w = raw_write(b, b->buf + done, b->wlen - done);
        if (w < 0) {
            if (w == -2)
                err_set(&Exc_BlockingIOError, "write could not complete without blocking");
            memmove(b->buf, b->buf + done, b->wlen - done);
            b->wlen -= done;
            return -1;
        }
        done += (size_t)w;
    }
    b->wlen = 0;
    return 0;
}

/* Drops the read-ahead, moving the raw position back to the logical one. */
static int drop_readahead(Buffered *b)
{
    size_t ahead = b->rend - b->rpos;
    b->rpos = b->rend = 0;
    if (ahead && raw_seek(b, -(int64_t)ahead, SEEK_CUR) < 0)
        return -1;
    return 0;
}

/* Refills the read buffer with one raw read: bytes got, 0 at EOF, -2
 * would block, -1 error. */
static ssize_t fill(Buffered *b)
{
    if (b->wlen && flush_unlocked(b) < 0)
        return -1;
    b->rpos = b->rend = 0;
    ssize_t n = raw_read(b, b->buf, b->cap);
    if (n > 0)
        b->rend = (size_t)n;
    return n;
}

static Value read_all(Buffered *b)
{
    size_t avail = b->rend - b->rpos;
    uint8_t *acc = NULL;
    size_t len = 0, cap = 0;
    if (avail) {
        cap = avail + b->cap;
        acc = mem_alloc(cap);
        if (!acc)
            return err_no_memory();
        memcpy(acc, b->buf + b->rpos, avail);
        len = avail;
        b->rpos = b->rend = 0;
    }
    if (b->wlen && flush_unlocked(b) < 0)
        goto fail;
    if (b->fraw) {
        /* FileIO.readall sizes its read from fstat. */
        io_busy_begin(&b->io);
        Value rest = fileio_read_c(b->fraw, -1);
        io_busy_end(&b->io);
        if (!rest)
            goto fail;
        if (rest == VAL_NONE) {
            if (len) {
                val_decref(rest);
                goto done;
            }
            mem_free(acc);
            return rest;
        }
        if (len == 0) {
            mem_free(acc);
            return rest;
        }
        ssize_t n = bytes_size(val_as_bytes(rest));
        uint8_t *na = mem_realloc(acc, len + (size_t)n + 1);
        if (!na) {
            val_decref(rest);
            err_no_memory();
            goto fail;
        }
        acc = na;
        memcpy(acc + len, bytes_data(val_as_bytes(rest)), (size_t)n);
        len += (size_t)n;
        val_decref(rest);
        goto done;
    }
    for (;;) {
        if (cap - len < b->cap) {
            cap = cap * 2 + b->cap;
            uint8_t *na = mem_realloc(acc, cap);
            if (!na) {
                err_no_memory();
                goto fail;
            }
            acc = na;
        }
        ssize_t n = raw_read(b, acc + len, cap - len);
        if (n == -1)
            goto fail;
        if (n == -2) {
            if (len == 0) {
                mem_free(acc);
                return val_ref(VAL_NONE);
            }
            break;
        }
        if (n == 0)
            break;
        len += (size_t)n;
    }
done:;
    Value r = io_bytes(acc, len);
    mem_free(acc);
    return r;
fail:
    mem_free(acc);
    return VAL_NULL;
}

/* read(n) for n >= 0: blocks until n bytes or EOF. */
static Value read_n(Buffered *b, size_t n)
{
    size_t avail = b->rend - b->rpos;
    if (n <= avail) {
        Value r = io_bytes(b->buf + b->rpos, n);
        if (r)
            b->rpos += n;
        return r;
    }
    if (b->wlen && flush_unlocked(b) < 0)
        return VAL_NULL;
    Value out = bytes_new_raw((ssize_t)n);
    if (!out)
        return VAL_NULL;
    uint8_t *dst = bytes_data(val_as_bytes(out));
    memcpy(dst, b->buf + b->rpos, avail);
    size_t got = avail;
    b->rpos = b->rend = 0;
    while (got < n) {
        size_t want = n - got;
        ssize_t r;
        if (want >= b->cap) {
            r = raw_read(b, dst + got, want - want % b->cap);
            if (r > 0)
                got += (size_t)r;
        } else {
            r = fill(b);
            if (r > 0) {
                size_t take = (size_t)r < want ? (size_t)r : want;
                memcpy(dst + got, b->buf, take);
                b->rpos = take;
                got += take;
            }
        }
        if (r == -1) {
            val_decref(out);
            return VAL_NULL;
        }
        if (r == -2 && got == 0) {
            val_decref(out);
            return val_ref(VAL_NONE);
        }
        if (r <= 0)
            break;
    }
    if (got == n)
        return out;
    Value r = io_bytes(dst, got);
    val_decref(out);
    return r;
}

static Value read1_unlocked(Buffered *b, ssize_t n)
{
    if (n < 0)
        n = (ssize_t)b->cap;
    if (n == 0)
        return bytes_empty();
    if (b->rend == b->rpos) {
        ssize_t r = fill(b);
        if (r == -1)
            return VAL_NULL;
        if (r == -2)
            return val_ref(VAL_NONE);
    }
    size_t avail = b->rend - b->rpos;
    size_t take = (size_t)n < avail ? (size_t)n : avail;
    Value r = io_bytes(b->buf + b->rpos, take);
    if (r)
        b->rpos += take;
    return r;
}

static Value readline_c(Buffered *b, ssize_t limit)
{
    size_t lim = limit < 0 ? SIZE_MAX : (size_t)limit;
    /* Common case: the line is in the buffer. */
    size_t avail = b->rend - b->rpos;
    size_t scan = avail < lim ? avail : lim;
    uint8_t *nl = memchr(b->buf + b->rpos, '\n', scan);
    if (nl || scan == lim) {
        size_t n = nl ? (size_t)(nl - (b->buf + b->rpos)) + 1 : scan;
        Value r = io_bytes(b->buf + b->rpos, n);
        if (r)
            b->rpos += n;
        return r;
    }
    uint8_t *acc = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        avail = b->rend - b->rpos;
        scan = avail < lim - len ? avail : lim - len;
        nl = memchr(b->buf + b->rpos, '\n', scan);
        size_t take = nl ? (size_t)(nl - (b->buf + b->rpos)) + 1 : scan;
        if (len + take > cap) {
            cap = (len + take) * 2 + 64;
            uint8_t *na = mem_realloc(acc, cap);
            if (!na) {
                mem_free(acc);
                return err_no_memory();
            }
            acc = na;
        }
        memcpy(acc + len, b->buf + b->rpos, take);
        len += take;
        b->rpos += take;
        if (nl || len == lim)
            break;
        ssize_t r = fill(b);
        if (r == -1) {
            mem_free(acc);
            return VAL_NULL;
        }
        if (r <= 0)
            break;
    }
    Value r = io_bytes(acc, len);
    mem_free(acc);
    return r;
}

int buffered_write_data(Buffered *b, const uint8_t *data, size_t n)
{
    CriticalSection cs;
    if (io_enter(&b->io, &cs) < 0)
        return -1;
    int rc = -1;
    if (check_ready(b) < 0)
        goto out;
    if (b->fraw ? b->fraw->fd < 0 : raw_closed(b) != 0) {
        if (!err_occurred())
            err_set(&Exc_ValueError, "write to closed file");
        goto out;
    }
    if (b->rend != b->rpos && drop_readahead(b) < 0)
        goto out;
    if (b->wlen + n <= b->cap) {
        memcpy(b->buf + b->wlen, data, n);
        b->wlen += n;
        rc = 0;
        goto out;
    }
    if (flush_unlocked(b) < 0)
        goto out;
    if (n >= b->cap) {
        /* Large writes go straight to the raw stream. */
        while (n > 0) {
            ssize_t w = raw_write(b, data, n);
            if (w == -1)
                goto out;
            if (w == -2) {
                err_set(&Exc_BlockingIOError, "write could not complete without blocking");
                goto out;
            }
            data += w;
            n -= (size_t)w;
        }
    } else {
        memcpy(b->buf, data, n);
        b->wlen = n;
    }
    rc = 0;
out:
    io_leave(&cs);
    return rc;
}

int buffered_flush_c(Buffered *b)
{
    CriticalSection cs;
    if (io_enter(&b->io, &cs) < 0)
        return -1;
    int rc = -1;
    if (check_ready(b) < 0)
        goto out;
    if (b->writable) {
        int c = raw_closed(b);
        if (c) {
            if (c > 0)
                err_set(&Exc_ValueError, "flush of closed file");
            goto out;
        }
        rc = flush_unlocked(b);
    } else {
        rc = 0;
    }
out:
    io_leave(&cs);
    return rc;
}

static int64_t tell_unlocked(Buffered *b)
{
    int64_t pos = raw_seek(b, 0, SEEK_CUR);
    if (pos < 0)
        return -1;
    pos -= (int64_t)(b->rend - b->rpos);
    pos += (int64_t)b->wlen;
    return pos < 0 ? 0 : pos;
}

static int64_t seek_unlocked(Buffered *b, int64_t pos, int whence)
{
    if (whence == SEEK_SET || whence == SEEK_CUR) {
        /* Inside the read-ahead: move in the buffer only. */
        if (b->rend != b->rpos && b->wlen == 0) {
            int64_t cur = raw_seek(b, 0, SEEK_CUR);
            if (cur < 0)
                return -1;
            int64_t start = cur - (int64_t)b->rend;
            int64_t logical = cur - (int64_t)(b->rend - b->rpos);
            int64_t target = whence == SEEK_SET ? pos : logical + pos;
            if (target >= start && target <= cur) {
                b->rpos = (size_t)(target - start);
                return target;
            }
        }
    }
    if (b->wlen && flush_unlocked(b) < 0)
        return -1;
    if (whence == SEEK_CUR)
        pos -= (int64_t)(b->rend - b->rpos);
    b->rpos = b->rend = 0;
    return raw_seek(b, pos, whence);
}

/* The entry points other layers call: each enters b. */
int64_t buffered_tell_c(Buffered *b)
{
    CriticalSection cs;
    if (io_enter(&b->io, &cs) < 0)
        return -1;
    int64_t r = check_ready(b) < 0 ? -1 : tell_unlocked(b);
    io_leave(&cs);
    return r;
}

int64_t buffered_seek_c(Buffered *b, int64_t pos, int whence)
{
    CriticalSection cs;
    if (io_enter(&b->io, &cs) < 0)
        return -1;
    int64_t r = check_closed_msg(b, "seek of closed file") < 0 ? -1 : seek_unlocked(b, pos, whence);
    io_leave(&cs);
    return r;
}

Value buffered_read1_c(Buffered *b, ssize_t n)
{
    CriticalSection cs;
    if (io_enter(&b->io, &cs) < 0)
        return VAL_NULL;
    Value r = check_closed_msg(b, "read of closed file") < 0 ? VAL_NULL : read1_unlocked(b, n);
    io_leave(&cs);
    return r;
}

int buffered_flush_all(void)
{
    /* Take references under the lock, flush outside it (flushing may
     * block, and close() takes the lock to unregister). */
    size_t n = 0, cap = 0;
    Buffered **list = NULL;
    mutex_lock(&registry_lock);
    for (Buffered *b = registry; b; b = b->reg_next) {
        if (!b->wlen)
            continue;
        if (n == cap) {
            cap = cap * 2 + 16;
            Buffered **nl = mem_realloc(list, cap * sizeof *nl);
            if (!nl)
                break;
            list = nl;
        }
        obj_incref(&b->io.base);
        list[n++] = b;
    }
    mutex_unlock(&registry_lock);
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        if (buffered_flush_c(list[i]) < 0) {
            err_clear();
            rc = -1;
        }
        obj_decref(&list[i]->io.base);
    }
    mem_free(list);
    return rc;
}

/* ---- Construction ------------------------------------------------------------------ */

static Value buffered_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    Object *o = obj_alloc(type, 0);
    return o ? (Value)o : VAL_NULL;
}

static int call_bool(Value o, const char *method)
{
    if (obj_type_is(o, &FileIO_Type)) {
        FileIO *f = (FileIO *)val_as_obj(o);
        if (f->fd >= 0) {
            if (method[0] == 'r')
                return f->readable;
            if (method[0] == 'w')
                return f->writable;
        }
    }
    Value r = obj_call_method_cstr(o, method, NULL, 0);
    if (!r)
        return -1;
    int t = obj_is_true(r);
    val_decref(r);
    return t;
}

static int buffered_init(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"raw", "buffer_size"};
    Buffered *b = as_buf(self);
    Type *t = val_type(self);
    bool is_random = type_is_subtype(t, &BufferedRandom_Type);
    bool is_writer = type_is_subtype(t, &BufferedWriter_Type);
    const char *fname = is_random ? "BufferedRandom" : is_writer ? "BufferedWriter" : "BufferedReader";
    ArgSpec spec = {fname, names, 2, 0, 1, 2};
    Value a[2];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return -1;
    ssize_t size = IO_DEFAULT_BUFFER_SIZE;
    if (a[1]) {
        size = obj_as_ssize(a[1], &Exc_OverflowError);
        if (size == -1 && err_occurred())
            return -1;
        if (size <= 0) {
            err_set(&Exc_ValueError, "buffer size must be strictly positive");
            return -1;
        }
    }
    Value raw = a[0];
    if (is_random || !is_writer) {
        int r = call_bool(raw, "readable");
        if (r < 0)
            return -1;
        if (!r) {
            err_set(&Exc_UnsupportedOperation, "File or stream is not readable.");
            return -1;
        }
    }
    if (is_random || is_writer) {
        int r = call_bool(raw, "writable");
        if (r < 0)
            return -1;
        if (!r) {
            err_set(&Exc_UnsupportedOperation, "File or stream is not writable.");
            return -1;
        }
    }
    if (is_random) {
        Value r = obj_call_method_cstr(raw, "seekable", NULL, 0);
        if (!r)
            return -1;
        int s = obj_is_true(r);
        val_decref(r);
        if (s < 0)
            return -1;
        if (!s) {
            err_set(&Exc_UnsupportedOperation, "File or stream is not seekable.");
            return -1;
        }
    }
    uint8_t *buf = mem_alloc((size_t)size);
    if (!buf) {
        err_no_memory();
        return -1;
    }
    CriticalSection cs;
    if (io_enter(&b->io, &cs) < 0) {
        mem_free(buf);
        return -1;
    }
    if (b->writable && b->ok)
        registry_remove(b);
    mem_free(b->buf);
    val_xdecref(b->raw);
    b->raw = val_ref(raw);
    b->fraw = obj_type_is(raw, &FileIO_Type) ? (FileIO *)val_as_obj(raw) : NULL;
    b->buf = buf;
    b->cap = (size_t)size;
    b->rpos = b->rend = b->wlen = 0;
    b->readable = is_random || !is_writer;
    b->writable = is_random || is_writer;
    b->ok = true;
    b->detached = false;
    if (b->writable)
        registry_add(b);
    io_leave(&cs);
    return 0;
}

static void buffered_dealloc(Object *o)
{
    Buffered *b = (Buffered *)o;
    if (b->writable && b->ok) {
        registry_remove(b);
        /* Flush what is left, as CPython's close-on-finalize does. The raw
         * object is still alive: we hold it. */
        if (b->wlen) {
            Value saved = err_fetch();
            if (b->fraw && b->fraw->fd >= 0)
                fileio_write_all(b->fraw, b->buf, b->wlen);
            else if (!b->fraw)
                flush_unlocked(b);
            err_clear();
            if (saved)
                err_restore(saved);
        }
    }
    /* Closing the raw file happens when its own count drops (FileIO closes
     * its fd on dealloc). */
    val_xdecref(b->raw);
    mem_free(b->buf);
    obj_xdecref(b->io.dict);
    obj_free(o);
}

/* ---- Python methods ---------------------------------------------------------------- */

#define ENTER(b, cs)                                                         \
    CriticalSection cs;                                                      \
    if (io_enter(&(b)->io, &cs) < 0)                                         \
        return VAL_NULL

static Value m_read(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("read", kw) < 0 || args_count("read", nargs, 0, 1) < 0)
        return VAL_NULL;
    ssize_t n = -1;
    if (nargs) {
        if (args[0] != VAL_NONE && !val_is_int_like(args[0])) {
            err_set(&Exc_TypeError, "argument should be integer or None, not '%s'",
                    type_name(val_type(args[0])));
            return VAL_NULL;
        }
        if (args[0] != VAL_NONE) {
            n = obj_as_ssize(args[0], &Exc_OverflowError);
            if (n == -1 && err_occurred())
                return VAL_NULL;
            if (n < -1) {
                err_set(&Exc_ValueError, "read length must be non-negative or -1");
                return VAL_NULL;
            }
        }
    }
    Buffered *b = as_buf(self);
    ENTER(b, cs);
    Value r = VAL_NULL;
    if (check_ready(b) < 0)
        goto out;
    if (n != 0 && b->rend == b->rpos && check_closed_msg(b, "read of closed file") < 0)
        goto out;
    if (n == 0 && check_closed_msg(b, "read of closed file") < 0)
        goto out;
    r = n < 0 ? read_all(b) : read_n(b, (size_t)n);
out:
    io_leave(&cs);
    return r;
}

static Value m_read1(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("read1", kw) < 0 || args_count("read1", nargs, 0, 1) < 0)
        return VAL_NULL;
    ssize_t n = -1;
    if (nargs && io_parse_size(args[0], &n) < 0)
        return VAL_NULL;
    Buffered *b = as_buf(self);
    ENTER(b, cs);
    Value r = VAL_NULL;
    if (check_closed_msg(b, "read of closed file") == 0)
        r = read1_unlocked(b, n);
    io_leave(&cs);
    return r;
}

static Value m_peek(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("peek", kw) < 0 || args_count("peek", nargs, 0, 1) < 0)
        return VAL_NULL;
    Buffered *b = as_buf(self);
    ENTER(b, cs);
    Value r = VAL_NULL;
    if (check_closed_msg(b, "peek of closed file") < 0)
        goto out;
    if (b->rend == b->rpos) {
        ssize_t n = fill(b);
        if (n == -1)
            goto out;
    }
    r = io_bytes(b->buf + b->rpos, b->rend - b->rpos);
out:
    io_leave(&cs);
    return r;
}

static Value m_readinto_common(Value self, const Value *args, size_t nargs, Object *kw, bool one)
{
    const char *fname = one ? "readinto1" : "readinto";
    if (args_no_kw(fname, kw) < 0 || args_count(fname, nargs, 1, 1) < 0)
        return VAL_NULL;
    uint8_t *dst;
    ssize_t cap;
    if (io_get_writable(args[0], &dst, &cap) < 0)
        return VAL_NULL;
    Buffered *b = as_buf(self);
    ENTER(b, cs);
    Value r = VAL_NULL;
    if (check_closed_msg(b, "readinto of closed file") < 0)
        goto out;
    size_t got = 0, n = (size_t)cap;
    size_t avail = b->rend - b->rpos;
    size_t take = avail < n ? avail : n;
    memcpy(dst, b->buf + b->rpos, take);
    b->rpos += take;
    got = take;
    if (b->wlen && got < n && flush_unlocked(b) < 0)
        goto out;
    while (got < n) {
        if (one && got > 0)
            break;
        ssize_t k;
        if (n - got >= b->cap) {
            k = raw_read(b, dst + got, n - got);
            if (k > 0)
                got += (size_t)k;
        } else {
            k = fill(b);
            if (k > 0) {
                size_t t = (size_t)k < n - got ? (size_t)k : n - got;
                memcpy(dst + got, b->buf, t);
                b->rpos = t;
                got += t;
            }
        }
        if (k == -1)
            goto out;
        if (k <= 0 || one)
            break;
    }
    r = val_from_int((int64_t)got);
out:
    io_leave(&cs);
    return r;
}

static Value m_readinto(Value self, const Value *args, size_t nargs, Object *kw)
{
    return m_readinto_common(self, args, nargs, kw, false);
}
static Value m_readinto1(Value self, const Value *args, size_t nargs, Object *kw)
{
    return m_readinto_common(self, args, nargs, kw, true);
}

static Value m_readline(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("readline", kw) < 0 || args_count("readline", nargs, 0, 1) < 0)
        return VAL_NULL;
    ssize_t limit = -1;
    if (nargs && io_parse_size(args[0], &limit) < 0)
        return VAL_NULL;
    Buffered *b = as_buf(self);
    ENTER(b, cs);
    Value r = VAL_NULL;
    if (check_closed_msg(b, "readline of closed file") == 0)
        r = readline_c(b, limit);
    io_leave(&cs);
    return r;
}

static Value buffered_iternext(Value self)
{
    Buffered *b = as_buf(self);
    ENTER(b, cs);
    Value r = VAL_NULL;
    if (check_closed_msg(b, "readline of closed file") == 0)
        r = readline_c(b, -1);
    io_leave(&cs);
    if (r && bytes_size(val_as_bytes(r)) == 0) {
        val_decref(r);
        return VAL_NULL;
    }
    return r;
}

static Value m_write(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("write", kw) < 0 || args_count("write", nargs, 1, 1) < 0)
        return VAL_NULL;
    const uint8_t *data;
    ssize_t len;
    if (io_get_bytes(args[0], &data, &len) < 0)
        return VAL_NULL;
    if (buffered_write_data(as_buf(self), data, (size_t)len) < 0)
        return VAL_NULL;
    return val_from_int(len);
}

static Value m_flush(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("flush", nargs, 0, 0) < 0)
        return VAL_NULL;
    Buffered *b = as_buf(self);
    if (!b->writable) {
        /* A reader's flush is its raw stream's. */
        if (check_ready(b) < 0)
            return VAL_NULL;
        return obj_call_method_cstr(b->raw, "flush", NULL, 0);
    }
    if (buffered_flush_c(b) < 0)
        return VAL_NULL;
    return val_ref(VAL_NONE);
}

static int parse_pos_whence(const Value *args, size_t nargs, int64_t *pos, int *whence)
{
    if (val_is_obj(args[0]) && val_type_has(args[0], TF_FLOAT_SUBCLASS)) {
        err_set(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    Value idx = obj_index(args[0]);
    if (!idx)
        return -1;
    int ok = int_as_i64(idx, pos);
    val_decref(idx);
    if (ok < 0)
        return -1;
    *whence = 0;
    if (nargs > 1) {
        int64_t w;
        if (!val_is_int_like(args[1])) {
            err_set(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                    type_name(val_type(args[1])));
            return -1;
        }
        if (int_as_i64(args[1], &w) < 0)
            return -1;
        *whence = (int)w;
    }
    return 0;
}

static Value m_seek(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("seek", kw) < 0 || args_count("seek", nargs, 1, 2) < 0)
        return VAL_NULL;
    int64_t pos;
    int whence;
    if (parse_pos_whence(args, nargs, &pos, &whence) < 0)
        return VAL_NULL;
    if (whence < 0 || whence > 2) {
        err_set(&Exc_ValueError, "whence value %d unsupported", whence);
        return VAL_NULL;
    }
    Buffered *b = as_buf(self);
    ENTER(b, cs);
    Value r = VAL_NULL;
    if (check_closed_msg(b, "seek of closed file") < 0)
        goto out;
    int64_t p = seek_unlocked(b, pos, whence);
    if (p >= 0)
        r = int_from_i64(p);
out:
    io_leave(&cs);
    return r;
}

static Value m_tell(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("tell", nargs, 0, 0) < 0)
        return VAL_NULL;
    Buffered *b = as_buf(self);
    ENTER(b, cs);
    Value r = VAL_NULL;
    if (check_ready(b) == 0) {
        int64_t p = tell_unlocked(b);
        if (p >= 0)
            r = int_from_i64(p);
    }
    io_leave(&cs);
    return r;
}

static Value m_truncate(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("truncate", kw) < 0 || args_count("truncate", nargs, 0, 1) < 0)
        return VAL_NULL;
    Buffered *b = as_buf(self);
    ENTER(b, cs);
    Value r = VAL_NULL;
    if (check_closed_msg(b, "truncate of closed file") < 0)
        goto out;
    if (!b->writable) {
        io_err_unsupported("truncate");
        goto out;
    }
    if (flush_unlocked(b) < 0)
        goto out;
    if (b->rend != b->rpos && drop_readahead(b) < 0)
        goto out;
    Value pos = nargs ? args[0] : VAL_NONE;
    io_busy_begin(&b->io);
    r = obj_call_method_cstr(b->raw, "truncate", &pos, 1);
    io_busy_end(&b->io);
out:
    io_leave(&cs);
    return r;
}

static Value m_close(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("close", nargs, 0, 0) < 0)
        return VAL_NULL;
    Buffered *b = as_buf(self);
    ENTER(b, cs);
    if (check_ready(b) < 0) {
        io_leave(&cs);
        return VAL_NULL;
    }
    int c = raw_closed(b);
    if (c) {
        io_leave(&cs);
        return c < 0 ? VAL_NULL : val_ref(VAL_NONE);
    }
    Value flush_exc = VAL_NULL;
    if (b->writable && flush_unlocked(b) < 0)
        flush_exc = err_fetch();
    if (b->writable)
        registry_remove(b);
    io_busy_begin(&b->io);
    Value r = obj_call_method_cstr(b->raw, "close", NULL, 0);
    io_busy_end(&b->io);
    io_leave(&cs);
    if (flush_exc) {
        if (!r) {
            Value close_exc = err_fetch();
            exc_set_context(close_exc, flush_exc);
            err_restore(close_exc);
        } else {
            val_decref(r);
            err_restore(flush_exc);
            r = VAL_NULL;
        }
    }
    return r;
}

static Value m_detach(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("detach", nargs, 0, 0) < 0)
        return VAL_NULL;
    Buffered *b = as_buf(self);
    ENTER(b, cs);
    Value r = VAL_NULL;
    if (check_ready(b) < 0)
        goto out;
    if (b->writable) {
        int c = raw_closed(b);
        if (c) {
            if (c > 0)
                err_set(&Exc_ValueError, "flush of closed file");
            goto out;
        }
        if (flush_unlocked(b) < 0)
            goto out;
        registry_remove(b);
    } else {
        int c = raw_closed(b);
        if (c) {
            if (c > 0)
                io_err_closed();
            goto out;
        }
    }
    r = b->raw;
    b->raw = VAL_NULL;
    b->fraw = NULL;
    b->ok = false;
    b->detached = true;
out:
    io_leave(&cs);
    return r;
}

static Value forward(Value self, const char *method)
{
    Buffered *b = as_buf(self);
    if (check_ready(b) < 0)
        return VAL_NULL;
    return obj_call_method_cstr(b->raw, method, NULL, 0);
}

static Value m_fileno(Value self, const Value *a, size_t n, Object *kw) { return forward(self, "fileno"); }
static Value m_isatty(Value self, const Value *a, size_t n, Object *kw) { return forward(self, "isatty"); }
static Value m_seekable(Value self, const Value *a, size_t n, Object *kw) { return forward(self, "seekable"); }
static Value m_readable(Value self, const Value *a, size_t n, Object *kw) { return forward(self, "readable"); }
static Value m_writable(Value self, const Value *a, size_t n, Object *kw) { return forward(self, "writable"); }

static Value get_attr_of_raw(Value self, const char *name)
{
    Buffered *b = as_buf(self);
    if (check_ready(b) < 0)
        return VAL_NULL;
    return obj_getattr_cstr(b->raw, name);
}

static Value g_raw(Value self, void *c)
{
    Buffered *b = as_buf(self);
    if (check_ready(b) < 0)
        return VAL_NULL;
    return val_ref(b->raw);
}
static Value g_closed(Value self, void *c) { return get_attr_of_raw(self, "closed"); }
static Value g_name(Value self, void *c) { return get_attr_of_raw(self, "name"); }
static Value g_mode(Value self, void *c) { return get_attr_of_raw(self, "mode"); }

static Value buffered_repr(Value self)
{
    const char *tn = io_type_name(self);
    Buffered *b = as_buf(self);
    if (!b->ok)
        return str_printf("<%s>", tn);
    Value name;
    int found = obj_lookup_attr(self, str_intern_cstr("name"), &name);
    if (found < 0) {
        if (!err_matches(&Exc_ValueError))
            return VAL_NULL;
        err_clear();
        found = 0;
    }
    if (!found)
        return str_printf("<%s>", tn);
    if (obj_repr_enter(self) > 0) {
        val_decref(name);
        err_set(&Exc_RuntimeError, "reentrant call inside %s.__repr__", tn);
        return VAL_NULL;
    }
    Value r = str_printf("<%s name=%R>", tn, name);
    obj_repr_leave(self);
    val_decref(name);
    return r;
}

#define COMMON_METHODS                                                        \
    {"flush", m_flush, 0, NULL},                                              \
    {"close", m_close, 0, NULL},                                              \
    {"detach", m_detach, 0, NULL},                                            \
    {"seek", m_seek, 0, NULL},                                                \
    {"tell", m_tell, 0, NULL},                                                \
    {"truncate", m_truncate, 0, NULL},                                        \
    {"fileno", m_fileno, 0, NULL},                                            \
    {"isatty", m_isatty, 0, NULL},                                            \
    {"seekable", m_seekable, 0, NULL},                                        \
    {"readable", m_readable, 0, NULL},                                        \
    {"writable", m_writable, 0, NULL}

#define READ_METHODS                                                          \
    {"read", m_read, 0, NULL},                                                \
    {"read1", m_read1, 0, NULL},                                              \
    {"peek", m_peek, 0, NULL},                                                \
    {"readinto", m_readinto, 0, NULL},                                        \
    {"readinto1", m_readinto1, 0, NULL},                                      \
    {"readline", m_readline, 0, NULL}

static const MethodDef reader_methods[] = {COMMON_METHODS, READ_METHODS, {0}};
static const MethodDef writer_methods[] = {COMMON_METHODS, {"write", m_write, 0, NULL}, {0}};
static const MethodDef random_methods[] = {COMMON_METHODS, READ_METHODS,
                                           {"write", m_write, 0, NULL}, {0}};

static const GetSetDef buffered_getsets[] = {
    {"raw", g_raw, NULL, NULL, NULL},
    {"closed", g_closed, NULL, NULL, NULL},
    {"name", g_name, NULL, NULL, NULL},
    {"mode", g_mode, NULL, NULL, NULL},
    {0},
};

Type BufferedReader_Type = {
    TYPE_HEADER("_io.BufferedReader", buffered_dealloc),
    .tflags = TF_BASETYPE,
    .base = &BufferedIOBase_Type,
    .basicsize = sizeof(Buffered),
    .tp_new = buffered_new,
    .init = buffered_init,
    .repr = buffered_repr,
    .iternext = buffered_iternext,
    .methods = reader_methods,
    .getsets = buffered_getsets,
    .doc = "Create a new buffered reader using the given readable raw IO object.",
};

Type BufferedWriter_Type = {
    TYPE_HEADER("_io.BufferedWriter", buffered_dealloc),
    .tflags = TF_BASETYPE,
    .base = &BufferedIOBase_Type,
    .basicsize = sizeof(Buffered),
    .tp_new = buffered_new,
    .init = buffered_init,
    .repr = buffered_repr,
    .methods = writer_methods,
    .getsets = buffered_getsets,
    .doc = "A buffer for a writeable sequential RawIO object.",
};

Type BufferedRandom_Type = {
    TYPE_HEADER("_io.BufferedRandom", buffered_dealloc),
    .tflags = TF_BASETYPE,
    .base = &BufferedIOBase_Type,
    .basicsize = sizeof(Buffered),
    .tp_new = buffered_new,
    .init = buffered_init,
    .repr = buffered_repr,
    .iternext = buffered_iternext,
    .methods = random_methods,
    .getsets = buffered_getsets,
    .doc = "A buffered interface to random access streams.",
};
