/* _io.StringIO: an in-memory text stream (code points in a growable UCS4
 * array) with StringIO's newline rules: None translates \r and \r\n to \n
 * on write, '\r'/'\r\n' turn \n into themselves on write, and readline
 * splits on the newline (any of them for None and ''). */
#include <string.h>

#include "mem.h"
#include "modules/io_internal.h"
#include "objects/intobj.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"

enum { SEEN_LF = 1, SEEN_CR = 2, SEEN_CRLF = 4 };

static StringIO *as_sio(Value v) { return (StringIO *)val_as_obj(v); }

static int check(StringIO *s)
{
    if (!s->ok) {
        err_set(&Exc_ValueError, "I/O operation on uninitialized object");
        return -1;
    }
    if (s->closed) {
        io_err_closed();
        return -1;
    }
    return 0;
}

static int reserve(StringIO *s, size_t need)
{
    if (need <= s->cap)
        return 0;
    size_t cap = s->cap ? s->cap : 16;
    while (cap < need)
        cap = cap + (cap >> 1) + 16;
    uint32_t *nb = mem_realloc(s->buf, cap * sizeof *nb);
    if (!nb) {
        err_no_memory();
        return -1;
    }
    s->buf = nb;
    s->cap = cap;
    return 0;
}

/* Writes n code points at pos (zero-padding a gap). */
static int put(StringIO *s, const uint32_t *cp, size_t n)
{
    if (reserve(s, s->pos + n) < 0)
        return -1;
    if (s->pos > s->len)
        memset(s->buf + s->len, 0, (s->pos - s->len) * sizeof *s->buf);
    memcpy(s->buf + s->pos, cp, n * sizeof *cp);
    s->pos += n;
    if (s->pos > s->len)
        s->len = s->pos;
    return 0;
}

static void note_newlines(StringIO *s, StrObj *so)
{
    for (ssize_t i = 0; i < so->length; i++) {
        uint32_t c = str_char_at(so, i);
        if (c == '\n')
            s->seen_nl |= SEEN_LF;
        else if (c == '\r') {
            if (i + 1 < so->length && str_char_at(so, i + 1) == '\n') {
                s->seen_nl |= SEEN_CRLF;
                i++;
            } else {
                s->seen_nl |= SEEN_CR;
            }
        }
    }
}

static int write_unlocked(StringIO *s, Value str)
{
    StrObj *so = val_as_str(str);
    size_t n = (size_t)so->length;
    if (n == 0)
        return 0;
    if (s->universal)
        note_newlines(s, so);
    bool plain = !s->translate && !s->writenl;
    if (plain && so->kind == 1) {
        if (reserve(s, s->pos + n) < 0)
            return -1;
        if (s->pos > s->len)
            memset(s->buf + s->len, 0, (s->pos - s->len) * sizeof *s->buf);
        const uint8_t *d = str_data(so);
        uint32_t *dst = s->buf + s->pos;
        for (size_t i = 0; i < n; i++)
            dst[i] = d[i];
        s->pos += n;
        if (s->pos > s->len)
            s->len = s->pos;
        return 0;
    }
    uint32_t *cps = str_to_ucs4(so);
    if (!cps) {
        err_no_memory();
        return -1;
    }
    int rc;
    if (plain) {
        rc = put(s, cps, n);
    } else {
        size_t nl = s->writenl ? strlen(s->writenl) : 1;
        uint32_t *out = mem_alloc((n * nl + 1) * sizeof *out);
        if (!out) {
            mem_free(cps);
            err_no_memory();
            return -1;
        }
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {
            uint32_t c = cps[i];
            if (s->translate && c == '\r') {
                out[k++] = '\n';
                if (i + 1 < n && cps[i + 1] == '\n')
                    i++;
            } else if (s->writenl && c == '\n') {
                for (const char *p = s->writenl; *p; p++)
                    out[k++] = (uint8_t)*p;
            } else {
                out[k++] = c;
            }
        }
        rc = put(s, out, k);
        mem_free(out);
    }
    mem_free(cps);
    return rc;
}

int stringio_write_str(StringIO *s, Value str)
{
    CriticalSection cs;
    if (io_enter(&s->io, &cs) < 0)
        return -1;
    int rc = check(s);
    if (rc == 0)
        rc = write_unlocked(s, str);
    io_leave(&cs);
    return rc;
}

/* ---- Construction ------------------------------------------------------------------ */

static Value sio_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    Object *o = obj_alloc(type, 0);
    return o ? (Value)o : VAL_NULL;
}

static int sio_init(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"initial_value", "newline"};
    static const ArgSpec spec = {"StringIO", names, 2, 0, 0, 2};
    Value a[2];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return -1;
    StringIO *s = as_sio(self);
    Value init = a[0], nl = a[1];
    const char *nls = "\n";
    if (nl) {
        if (nl == VAL_NONE) {
            nls = NULL;
        } else if (!val_is_str(nl)) {
            err_set(&Exc_TypeError, "newline must be str or None, not %s", type_name(val_type(nl)));
            return -1;
        } else {
            nls = str_utf8(val_as_str(nl), NULL);
            if (!nls)
                return -1;
            if (strcmp(nls, "") && strcmp(nls, "\n") && strcmp(nls, "\r") && strcmp(nls, "\r\n")) {
                err_set(&Exc_ValueError, "illegal newline value: %R", nl);
                return -1;
            }
        }
    }
    if (init && init != VAL_NONE && !val_is_str(init)) {
        err_set(&Exc_TypeError, "initial_value must be str or None, not %s",
                type_name(val_type(init)));
        return -1;
    }
    s->translate = nls == NULL;
    s->universal = nls == NULL || nls[0] == 0;
    s->writenl = !nls ? NULL : strcmp(nls, "\r") == 0 ? "\r" : strcmp(nls, "\r\n") == 0 ? "\r\n" : NULL;
    s->readnl = nls == NULL ? "\n" : nls[0] == 0 ? NULL
                : strcmp(nls, "\r") == 0 ? "\r" : strcmp(nls, "\r\n") == 0 ? "\r\n" : "\n";
    s->len = s->pos = 0;
    s->seen_nl = 0;
    s->closed = false;
    s->ok = true;
    if (init && init != VAL_NONE && write_unlocked(s, init) < 0)
        return -1;
    s->pos = 0;
    return 0;
}

static void sio_dealloc(Object *o)
{
    StringIO *s = (StringIO *)o;
    mem_free(s->buf);
    obj_xdecref(s->io.dict);
    obj_free(o);
}

/* ---- Reading ----------------------------------------------------------------------- */

static Value take(StringIO *s, size_t n)
{
    Value r = str_from_ucs4(s->buf + s->pos, (ssize_t)n);
    if (r)
        s->pos += n;
    return r;
}

static Value readline_unlocked(StringIO *s, ssize_t limit)
{
    if (s->pos >= s->len)
        return str_empty();
    size_t start = s->pos, end = s->len, i;
    if (limit >= 0 && start + (size_t)limit < end)
        end = start + (size_t)limit;
    const uint32_t *b = s->buf;
    size_t stop = end;
    if (!s->readnl) {
        for (i = start; i < end; i++) {
            if (b[i] == '\n') {
                stop = i + 1;
                break;
            }
            if (b[i] == '\r') {
                stop = i + 1 < end && b[i + 1] == '\n' ? i + 2 : i + 1;
                break;
            }
        }
    } else if (s->readnl[1] == 0) {
        uint32_t c = (uint8_t)s->readnl[0];
        for (i = start; i < end; i++)
            if (b[i] == c) {
                stop = i + 1;
                break;
            }
    } else {
        for (i = start; i + 1 < end; i++)
            if (b[i] == '\r' && b[i + 1] == '\n') {
                stop = i + 2;
                break;
            }
    }
    return take(s, stop - start);
}

#define ENTER(s, cs)                                                         \
    CriticalSection cs;                                                      \
    if (io_enter(&(s)->io, &cs) < 0)                                         \
        return VAL_NULL;                                                     \
    if (check(s) < 0) {                                                      \
        io_leave(&cs);                                                       \
        return VAL_NULL;                                                     \
    }

static Value m_read(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("read", kw) < 0 || args_count("read", nargs, 0, 1) < 0)
        return VAL_NULL;
    ssize_t n = -1;
    if (nargs && io_parse_size(args[0], &n) < 0)
        return VAL_NULL;
    StringIO *s = as_sio(self);
    ENTER(s, cs);
    size_t left = s->pos < s->len ? s->len - s->pos : 0;
    Value r = take(s, n < 0 || (size_t)n > left ? left : (size_t)n);
    io_leave(&cs);
    return r;
}

static Value m_readline(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("readline", kw) < 0 || args_count("readline", nargs, 0, 1) < 0)
        return VAL_NULL;
    ssize_t n = -1;
    if (nargs && io_parse_size(args[0], &n) < 0)
        return VAL_NULL;
    StringIO *s = as_sio(self);
    ENTER(s, cs);
    Value r = readline_unlocked(s, n);
    io_leave(&cs);
    return r;
}

static Value sio_iternext(Value self)
{
    if (!obj_type_is(self, &StringIO_Type)) {
        Value line = obj_call_method_cstr(self, "readline", NULL, 0);
        if (line && !val_is_str(line)) {
            err_set(&Exc_OSError, "readline() should have returned a str object, not '%s'",
                    type_name(val_type(line)));
            val_decref(line);
            return VAL_NULL;
        }
        if (line && str_len(val_as_str(line)) == 0) {
            val_decref(line);
            return VAL_NULL;
        }
        return line;
    }
    StringIO *s = as_sio(self);
    ENTER(s, cs);
    Value r = readline_unlocked(s, -1);
    io_leave(&cs);
    if (r && str_len(val_as_str(r)) == 0) {
        val_decref(r);
        return VAL_NULL;
    }
    return r;
}

/* ---- Writing and positioning ---------------------------------------------------------- */

static Value m_write(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("write", kw) < 0 || args_count("write", nargs, 1, 1) < 0)
        return VAL_NULL;
    if (!val_is_str(args[0])) {
        err_set(&Exc_TypeError, "string argument expected, got '%s'", type_name(val_type(args[0])));
        return VAL_NULL;
    }
    if (stringio_write_str(as_sio(self), args[0]) < 0)
        return VAL_NULL;
    return val_from_int(str_len(val_as_str(args[0])));
}

static Value m_getvalue(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("getvalue", nargs, 0, 0) < 0)
        return VAL_NULL;
    StringIO *s = as_sio(self);
    ENTER(s, cs);
    Value r = str_from_ucs4(s->buf, (ssize_t)s->len);
    io_leave(&cs);
    return r;
}

static Value m_tell(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("tell", nargs, 0, 0) < 0)
        return VAL_NULL;
    StringIO *s = as_sio(self);
    ENTER(s, cs);
    Value r = int_from_i64((int64_t)s->pos);
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
    StringIO *s = as_sio(self);
    ENTER(s, cs);
    Value r = VAL_NULL;
    if (whence < 0 || whence > 2) {
        err_set(&Exc_ValueError, "Invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    } else if (pos < 0 && whence == 0) {
        err_set(&Exc_ValueError, "Negative seek position %zd", pos);
    } else if (whence != 0 && pos != 0) {
        err_set(&Exc_OSError, "Can't do nonzero cur-relative seeks");
    } else {
        if (whence == 2)
            s->pos = s->len;
        else if (whence == 0)
            s->pos = (size_t)pos;
        r = int_from_i64((int64_t)s->pos);
    }
    io_leave(&cs);
    return r;
}

static Value m_truncate(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("truncate", kw) < 0 || args_count("truncate", nargs, 0, 1) < 0)
        return VAL_NULL;
    StringIO *s = as_sio(self);
    ssize_t size = -2;
    if (nargs && args[0] != VAL_NONE) {
        size = obj_as_ssize(args[0], &Exc_OverflowError);
        if (size == -1 && err_occurred())
            return VAL_NULL;
        if (size < 0) {
            err_set(&Exc_ValueError, "Negative size value %zd", size);
            return VAL_NULL;
        }
    }
    ENTER(s, cs);
    if (size == -2)
        size = (ssize_t)s->pos;
    if ((size_t)size < s->len)
        s->len = (size_t)size;
    io_leave(&cs);
    return int_from_i64(size);
}

static Value m_close(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("close", nargs, 0, 0) < 0)
        return VAL_NULL;
    StringIO *s = as_sio(self);
    CriticalSection cs;
    if (io_enter(&s->io, &cs) < 0)
        return VAL_NULL;
    s->closed = true;
    mem_free(s->buf);
    s->buf = NULL;
    s->len = s->cap = s->pos = 0;
    io_leave(&cs);
    return val_ref(VAL_NONE);
}

static Value m_true(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (check(as_sio(self)) < 0)
        return VAL_NULL;
    return val_ref(VAL_TRUE);
}

static Value g_closed(Value self, void *c)
{
    StringIO *s = as_sio(self);
    if (!s->ok) {
        err_set(&Exc_ValueError, "I/O operation on uninitialized object");
        return VAL_NULL;
    }
    return val_bool(s->closed);
}

static Value g_line_buffering(Value self, void *c)
{
    if (check(as_sio(self)) < 0)
        return VAL_NULL;
    return val_ref(VAL_FALSE);
}

static Value g_newlines(Value self, void *c)
{
    StringIO *s = as_sio(self);
    if (check(s) < 0)
        return VAL_NULL;
    if (!s->universal || !s->seen_nl)
        return val_ref(VAL_NONE);
    const char *parts[3];
    int k = 0;
    if (s->seen_nl & SEEN_CR)
        parts[k++] = "\r";
    if (s->seen_nl & SEEN_LF)
        parts[k++] = "\n";
    if (s->seen_nl & SEEN_CRLF)
        parts[k++] = "\r\n";
    if (k == 1)
        return str_from_cstr(parts[0]);
    Object *t = tuple_new(k);
    if (!t)
        return VAL_NULL;
    for (int i = 0; i < k; i++) {
        Value v = str_from_cstr(parts[i]);
        if (!v) {
            obj_decref(t);
            return VAL_NULL;
        }
        tuple_items(t)[i] = v;
    }
    return (Value)t;
}

static const MethodDef sio_methods[] = {
    {"getvalue", m_getvalue, 0, "Retrieve the entire contents of the object."},
    {"read", m_read, 0, NULL},
    {"readline", m_readline, 0, NULL},
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

static const GetSetDef sio_getsets[] = {
    {"closed", g_closed, NULL, NULL, NULL},
    {"line_buffering", g_line_buffering, NULL, NULL, NULL},
    {"newlines", g_newlines, NULL, NULL, NULL},
    {0},
};

Type StringIO_Type = {
    TYPE_HEADER("_io.StringIO", sio_dealloc),
    .tflags = TF_BASETYPE,
    .base = &TextIOBase_Type,
    .basicsize = sizeof(StringIO),
    .tp_new = sio_new,
    .init = sio_init,
    .iternext = sio_iternext,
    .methods = sio_methods,
    .getsets = sio_getsets,
    .doc = "Text I/O implementation using an in-memory buffer.",
};
