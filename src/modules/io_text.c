/* _io.TextIOWrapper: construction, encoding and writing, flush/close,
 * seek/tell, reconfigure and the attributes. Decoding and reading are in
 * io_textread.c. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mem.h"
#include "modules/io_internal.h"
#include "objects/bytesobj.h"
#include "objects/dictobj.h"
#include "objects/intobj.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"

static TextIO *as_text(Value v) { return (TextIO *)val_as_obj(v); }

/* ---- Codec errors as exceptions ---------------------------------------------------- */

void io_raise_codec(CodecError *e, Value object)
{
    switch (e->kind) {
    case CODEC_UNICODE_DECODE_ERROR:
    case CODEC_UNICODE_ENCODE_ERROR: {
        Value args[5];
        args[0] = str_from_cstr(e->encoding);
        args[1] = object ? val_ref(object) : bytes_empty();
        args[2] = int_from_i64((int64_t)e->start);
        args[3] = int_from_i64((int64_t)e->end);
        args[4] = str_from_cstr(e->reason ? e->reason : "");
        if (args[0] && args[1] && args[4]) {
            Value exc = exc_new(e->kind == CODEC_UNICODE_DECODE_ERROR ? &Exc_UnicodeDecodeError
                                                                      : &Exc_UnicodeEncodeError,
                                args, 5);
            if (exc)
                err_restore(exc);
        }
        for (int i = 0; i < 5; i++)
            val_xdecref(args[i]);
        break;
    }
    case CODEC_LOOKUP_ERROR:
        err_set(&Exc_LookupError, "%s", e->msg ? e->msg : "unknown encoding");
        break;
    case CODEC_TYPE_ERROR:
        err_set(&Exc_TypeError, "%s", e->msg ? e->msg : "codec error");
        break;
    default:
        err_no_memory();
        break;
    }
    codec_error_clear(e);
}

/* ---- State checks ------------------------------------------------------------------- */

int text_check_attached(TextIO *t)
{
    if (!t->ok) {
        if (t->detached)
            err_set(&Exc_ValueError, "underlying buffer has been detached");
        else
            err_set(&Exc_ValueError, "I/O operation on uninitialized object");
        return -1;
    }
    return 0;
}

/* buffer.closed; -1 on error. */
int text_buffer_closed(TextIO *t)
{
    if (t->bufkind == BUFKIND_BUFFERED) {
        Buffered *b = (Buffered *)val_as_obj(t->buffer);
        if (b->fraw)
            return b->fraw->fd < 0;
    } else if (t->bufkind == BUFKIND_FILEIO) {
        return ((FileIO *)val_as_obj(t->buffer))->fd < 0;
    }
    return io_is_closed(t->buffer);
}

int text_check_open(TextIO *t)
{
    if (text_check_attached(t) < 0)
        return -1;
    int c = text_buffer_closed(t);
    if (c < 0)
        return -1;
    if (c) {
        io_err_closed();
        return -1;
    }
    return 0;
}

/* ---- Passing bytes to the buffer (t is marked busy around each call) ----------------- */

static int pend_flush(TextIO *t)
{
    if (!t->pend_len)
        return 0;
    Value b = io_bytes(t->pend, t->pend_len);
    if (!b)
        return -1;
    t->pend_len = 0;
    io_busy_begin(&t->io);
    Value r = obj_call_method_cstr(t->buffer, "write", &b, 1);
    io_busy_end(&t->io);
    val_decref(b);
    if (!r)
        return -1;
    val_decref(r);
    return 0;
}

static int give_bytes(TextIO *t, const uint8_t *data, size_t n)
{
    int rc;
    switch (t->bufkind) {
    case BUFKIND_BUFFERED:
        io_busy_begin(&t->io);
        rc = buffered_write_data((Buffered *)val_as_obj(t->buffer), data, n);
        io_busy_end(&t->io);
        return rc;
    case BUFKIND_FILEIO: {
        FileIO *f = (FileIO *)val_as_obj(t->buffer);
        CriticalSection cs;
        io_busy_begin(&t->io);
        rc = io_enter(&f->io, &cs);
        if (rc == 0) {
            rc = fileio_write_all(f, data, n);
            io_leave(&cs);
        }
        io_busy_end(&t->io);
        return rc;
    }
    default:
        if (t->pend_len + n > t->pend_cap) {
            size_t cap = (t->pend_len + n) * 2;
            uint8_t *p = mem_realloc(t->pend, cap);
            if (!p) {
                err_no_memory();
                return -1;
            }
            t->pend = p;
            t->pend_cap = cap;
        }
        memcpy(t->pend + t->pend_len, data, n);
        t->pend_len += n;
        if (t->write_through || t->pend_len > IO_TEXT_CHUNK)
            return pend_flush(t);
        return 0;
    }
}

/* flush() without entering t: pending bytes to the buffer, then buffer.flush(). */
int text_flush_unlocked(TextIO *t)
{
    if (pend_flush(t) < 0)
        return -1;
    int rc = 0;
    switch (t->bufkind) {
    case BUFKIND_BUFFERED:
        io_busy_begin(&t->io);
        rc = buffered_flush_c((Buffered *)val_as_obj(t->buffer));
        io_busy_end(&t->io);
        break;
    case BUFKIND_FILEIO:
        if (((FileIO *)val_as_obj(t->buffer))->fd < 0) {
            io_err_closed();
            rc = -1;
        }
        break;
    default: {
        io_busy_begin(&t->io);
        Value r = obj_call_method_cstr(t->buffer, "flush", NULL, 0);
        io_busy_end(&t->io);
        if (!r)
            rc = -1;
        else
            val_decref(r);
    }
    }
    return rc;
}

/* ---- Encoding ----------------------------------------------------------------------- */

/* The codec to encode the next write with: the BOM-writing codecs write
 * their BOM once, at the start of the stream. */
static CodecId write_codec(TextIO *t)
{
    if (!t->enc_started)
        return t->codec;
    switch (t->codec) {
    case CODEC_UTF16: return CODEC_UTF16_LE;
    case CODEC_UTF32: return CODEC_UTF32_LE;
    case CODEC_UTF8_SIG: return CODEC_UTF8;
    default: return t->codec;
    }
}

/* '\n' -> writenl over a whole str (rare: newline='\r' or '\r\n'). */
static Value translate_newlines_out(Value s, const char *nl)
{
    StrObj *so = val_as_str(s);
    StrBuilder sb;
    sb_init(&sb);
    for (ssize_t i = 0; i < so->length; i++) {
        uint32_t c = str_char_at(so, i);
        if (c == '\n')
            sb_add_ascii(&sb, nl);
        else
            sb_add_char(&sb, c);
    }
    return sb_finish(&sb);
}

static bool str_has_char(StrObj *s, uint32_t ch)
{
    if (s->kind == 1)
        return memchr(str_data(s), (int)ch, (size_t)s->length) != NULL;
    for (ssize_t i = 0; i < s->length; i++)
        if (str_char_at(s, i) == ch)
            return true;
    return false;
}

/* Encodes s and gives the bytes to the buffer. */
static int encode_and_give(TextIO *t, Value s)
{
    StrObj *so = val_as_str(s);
    if (so->length == 0)
        return 0;
    CodecId id = write_codec(t);
    bool plain = id == CODEC_UTF8 || id == CODEC_ASCII || id == CODEC_LATIN1 || id == CODEC_CP1252;
    /* The hot path: ASCII text through an ASCII-compatible codec is its
     * own encoding. */
    if (so->ascii && plain) {
        t->enc_started = true;
        return give_bytes(t, str_data(so), (size_t)so->length);
    }
    if (id == CODEC_UTF8) {
        ssize_t n;
        const char *u = str_utf8(so, &n);
        if (u) {
            t->enc_started = true;
            return give_bytes(t, (const uint8_t *)u, (size_t)n);
        }
        err_clear(); /* lone surrogates: let the error handler decide */
    }
    uint32_t *cps = str_to_ucs4(so);
    if (!cps) {
        err_no_memory();
        return -1;
    }
    unsigned char *out = NULL;
    size_t outlen = 0;
    CodecError e = CODEC_ERROR_INIT;
    bool ok = codec_encode(id, cps, (size_t)so->length, t->errors_c, &out, &outlen, &e);
    mem_free(cps);
    if (!ok) {
        io_raise_codec(&e, s);
        return -1;
    }
    t->enc_started = true;
    int rc = give_bytes(t, out, outlen);
    free(out);
    return rc;
}

/* The body of write(s) for a str s; t is entered. */
static int write_unlocked(TextIO *t, Value s)
{
    if (text_check_open(t) < 0)
        return -1;
    if (!t->writable) {
        err_set(&Exc_UnsupportedOperation, "not writable");
        return -1;
    }
    StrObj *so = val_as_str(s);
    bool has_lf = so->length && str_has_char(so, '\n');
    Value text = s;
    val_incref(text);
    if (has_lf && t->writetranslate && t->writenl) {
        Value tr = translate_newlines_out(s, t->writenl);
        val_decref(text);
        if (!tr)
            return -1;
        text = tr;
    }
    /* A write discards text decoded ahead (CPython does the same). */
    if (t->decoded || (t->has_dec && t->dec.npending))
        text_drop_decoded(t);
    int rc = encode_and_give(t, text);
    if (rc == 0 && t->line_buffering && (has_lf || str_has_char(so, '\r')))
        rc = text_flush_unlocked(t);
    val_decref(text);
    return rc;
}

/* The hot path of print(): ASCII text into the buffer of a BufferedWriter
 * over a FileIO when it fits, both objects locked at once (one section,
 * no busy marks: nothing here can block). 1 done, 0 take the general path. */
static int write_fast(TextIO *t, StrObj *so)
{
    Value bv = atomic_load_explicit(&t->buffer, memory_order_acquire);
    if (!bv || !io_is_buffered(bv) || !so->ascii)
        return 0;
    Buffered *b = (Buffered *)val_as_obj(bv);
    size_t n = (size_t)so->length;
    CriticalSection2 cs;
    cs_begin2(&cs, &t->io.base, &b->io.base);
    int done = 0;
    CodecId id = t->codec;
    if (t->buffer == bv && t->ok && t->writable && t->bufkind == BUFKIND_BUFFERED &&
        !atomic_load_explicit(&t->io.busy, memory_order_acquire) &&
        !atomic_load_explicit(&b->io.busy, memory_order_acquire) && !t->decoded &&
        !t->pend_len && (id == CODEC_UTF8 || id == CODEC_ASCII || id == CODEC_LATIN1 ||
                         id == CODEC_CP1252 || (id == CODEC_UTF8_SIG && t->enc_started)) &&
        b->ok && b->fraw && b->fraw->fd >= 0 && b->rend == b->rpos && b->wlen + n <= b->cap &&
        !(t->writenl && memchr(str_data(so), '\n', n)) && !(t->has_dec && t->dec.npending)) {
        memcpy(b->buf + b->wlen, str_data(so), n);
        b->wlen += n;
        t->enc_started = true;
        done = 1;
    }
    cs_end2(&cs);
    return done;
}

int text_write_str(TextIO *t, Value s)
{
    StrObj *so = val_as_str(s);
    if (write_fast(t, so)) {
        if (!t->line_buffering ||
            (!memchr(str_data(so), '\n', (size_t)so->length) &&
             !memchr(str_data(so), '\r', (size_t)so->length)))
            return 0;
        return text_flush_c(t);
    }
    CriticalSection cs;
    if (io_enter(&t->io, &cs) < 0)
        return -1;
    int rc = write_unlocked(t, s);
    io_leave(&cs);
    return rc;
}

int text_flush_c(TextIO *t)
{
    CriticalSection cs;
    if (io_enter(&t->io, &cs) < 0)
        return -1;
    int rc = text_check_open(t);
    if (rc == 0)
        rc = text_flush_unlocked(t);
    io_leave(&cs);
    return rc;
}

/* ---- Construction ------------------------------------------------------------------ */

static Value text_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    Object *o = obj_alloc(type, 0);
    return o ? (Value)o : VAL_NULL;
}

static int opt_str(Value v, const char *argname, const char **out)
{
    *out = NULL;
    if (!v || v == VAL_NONE)
        return 0;
    if (!val_is_str(v)) {
        err_set(&Exc_TypeError, "TextIOWrapper() argument '%s' must be str or None, not %s",
                argname, type_name(val_type(v)));
        return -1;
    }
    *out = str_utf8(val_as_str(v), NULL);
    return *out ? 0 : -1;
}

static int set_newline(TextIO *t, const char *nl)
{
    if (nl && strcmp(nl, "") != 0 && strcmp(nl, "\n") != 0 && strcmp(nl, "\r") != 0 &&
        strcmp(nl, "\r\n") != 0) {
        err_set(&Exc_ValueError, "illegal newline value: %s", nl);
        return -1;
    }
    static const char *const known[] = {"", "\n", "\r", "\r\n"};
    const char *k = NULL;
    for (int i = 0; nl && i < 4; i++)
        if (strcmp(nl, known[i]) == 0)
            k = known[i];
    t->readuniversal = !k || !k[0];
    t->readtranslate = !k;
    t->readnl = k && k[0] ? k : NULL;
    t->writetranslate = !k || k[0];
    t->writenl = k && k[0] && strcmp(k, "\n") != 0 ? k : NULL;
    return 0;
}

/* Sets encoding/errors (C strings; NULL: the defaults). */
static int set_encoding(TextIO *t, const char *enc, const char *errors)
{
    if (!enc || strcmp(enc, "locale") == 0)
        enc = "UTF-8"; /* the locale's encoding here; 3.15 makes utf-8 the default */
    CodecId id;
    CodecError e = CODEC_ERROR_INIT;
    if (!codec_lookup(enc, strlen(enc), &id, &e)) {
        io_raise_codec(&e, VAL_NULL);
        return -1;
    }
    if (id == CODEC_UNICODE_ESCAPE || id == CODEC_RAW_UNICODE_ESCAPE) {
        err_set(&Exc_LookupError, "'%s' is not a text encoding", enc);
        return -1;
    }
    Value ev = str_from_cstr(enc);
    Value errv = str_from_cstr(errors ? errors : "strict");
    char *errc = errors && strcmp(errors, "strict") != 0 ? mem_alloc(strlen(errors) + 1) : NULL;
    if (!ev || !errv || (errors && strcmp(errors, "strict") != 0 && !errc)) {
        val_xdecref(ev);
        val_xdecref(errv);
        mem_free(errc);
        if (!err_occurred())
            err_no_memory();
        return -1;
    }
    if (errc)
        strcpy(errc, errors);
    val_xdecref(t->encoding);
    val_xdecref(t->errors);
    mem_free(t->errors_c);
    t->encoding = ev;
    t->errors = errv;
    t->errors_c = errc;
    t->codec = id;
    if (t->has_dec) {
        codec_decoder_free(&t->dec);
        t->has_dec = false;
    }
    return 0;
}

/* Moves the buffer reference to `retired` (see TextIO). */
static int retire_buffer(TextIO *t)
{
    Value *r = mem_realloc(t->retired, (t->nretired + 1) * sizeof *r);
    if (!r) {
        err_no_memory();
        return -1;
    }
    t->retired = r;
    r[t->nretired++] = t->buffer;
    t->buffer = VAL_NULL;
    return 0;
}

static int buffer_flag(Value buffer, const char *method)
{
    Value r = obj_call_method_cstr(buffer, method, NULL, 0);
    if (!r)
        return -1;
    int v = obj_is_true(r);
    val_decref(r);
    return v;
}

static int text_init(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"buffer", "encoding", "errors", "newline",
                                        "line_buffering", "write_through"};
    static const ArgSpec spec = {"TextIOWrapper", names, 6, 0, 1, 6};
    Value a[6];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return -1;
    TextIO *t = as_text(self);
    const char *enc, *errors, *nl;
    if (opt_str(a[1], "encoding", &enc) < 0 || opt_str(a[2], "errors", &errors) < 0 ||
        opt_str(a[3], "newline", &nl) < 0)
        return -1;
    bool lb = false, wt = false;
    if (a[4]) {
        int v = obj_is_true(a[4]);
        if (v < 0)
            return -1;
        lb = v;
    }
    if (a[5]) {
        int v = obj_is_true(a[5]);
        if (v < 0)
            return -1;
        wt = v;
    }
    Value buffer = a[0];
    t->ok = false;
    if (set_newline(t, nl) < 0 || set_encoding(t, enc, errors) < 0)
        return -1;
    int r = buffer_flag(buffer, "readable");
    int w = r < 0 ? -1 : buffer_flag(buffer, "writable");
    int s = w < 0 ? -1 : buffer_flag(buffer, "seekable");
    if (s < 0)
        return -1;
    if (t->buffer && retire_buffer(t) < 0)
        return -1;
    t->buffer = val_ref(buffer);
    t->bufkind = io_is_buffered(buffer) ? BUFKIND_BUFFERED
                 : obj_type_is(buffer, &FileIO_Type) ? BUFKIND_FILEIO
                                                     : BUFKIND_GENERIC;
    t->readable = r;
    t->writable = w;
    t->seekable = t->telling = s;
    t->line_buffering = lb;
    t->write_through = wt;
    t->enc_started = false;
    t->ok = true;
    t->detached = false;
    text_drop_decoded(t);
    if (s && w && (t->codec == CODEC_UTF16 || t->codec == CODEC_UTF32 ||
                   t->codec == CODEC_UTF8_SIG)) {
        /* Appending to a non-empty file: no second BOM. */
        Value pos = obj_call_method_cstr(buffer, "tell", NULL, 0);
        if (!pos)
            return -1;
        t->enc_started = !(val_is_int(pos) && val_as_int(pos) == 0);
        val_decref(pos);
    }
    return 0;
}

Value text_new_std(Value buffer, const char *encoding, const char *errors, const char *newline,
                   bool line_buffering, bool write_through)
{
    Value t = text_new(&TextIOWrapper_Type, NULL, 0, NULL);
    if (!t)
        return VAL_NULL;
    Value enc = str_from_cstr(encoding), err = str_from_cstr(errors), nl = str_from_cstr(newline);
    if (!enc || !err || !nl) {
        val_xdecref(enc);
        val_xdecref(err);
        val_xdecref(nl);
        val_decref(t);
        return VAL_NULL;
    }
    Value args[6] = {buffer, enc, err, nl, val_bool(line_buffering), val_bool(write_through)};
    int rc = text_init(t, args, 6, NULL);
    val_decref(enc);
    val_decref(err);
    val_decref(nl);
    if (rc < 0) {
        val_decref(t);
        return VAL_NULL;
    }
    return t;
}

static void text_dealloc(Object *o)
{
    TextIO *t = (TextIO *)o;
    if (t->ok && t->pend_len) {
        Value saved = err_fetch();
        if (pend_flush(t) < 0)
            err_clear();
        if (saved)
            err_restore(saved);
    }
    val_xdecref(t->buffer);
    val_xdecref(t->encoding);
    val_xdecref(t->errors);
    val_xdecref(t->decoded);
    mem_free(t->errors_c);
    if (t->has_dec)
        codec_decoder_free(&t->dec);
    for (size_t i = 0; i < t->nretired; i++)
        val_decref(t->retired[i]);
    mem_free(t->retired);
    mem_free(t->pend);
    obj_xdecref(t->io.dict);
    obj_free(o);
}

/* ---- Methods ------------------------------------------------------------------------ */

#define ENTER(t, cs)                                                         \
    CriticalSection cs;                                                      \
    if (io_enter(&(t)->io, &cs) < 0)                                         \
        return VAL_NULL

static Value m_write(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("write", kw) < 0 || args_count("write", nargs, 1, 1) < 0)
        return VAL_NULL;
    if (!val_is_str(args[0])) {
        err_set(&Exc_TypeError, "write() argument must be str, not %s", type_name(val_type(args[0])));
        return VAL_NULL;
    }
    if (text_write_str(as_text(self), args[0]) < 0)
        return VAL_NULL;
    return val_from_int(str_len(val_as_str(args[0])));
}

static Value m_flush(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("flush", nargs, 0, 0) < 0)
        return VAL_NULL;
    TextIO *t = as_text(self);
    ENTER(t, cs);
    int rc = text_check_open(t);
    if (rc == 0) {
        t->telling = t->seekable;
        rc = text_flush_unlocked(t);
    }
    io_leave(&cs);
    return rc < 0 ? VAL_NULL : val_ref(VAL_NONE);
}

static Value m_close(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("close", nargs, 0, 0) < 0)
        return VAL_NULL;
    TextIO *t = as_text(self);
    ENTER(t, cs);
    if (text_check_attached(t) < 0) {
        io_leave(&cs);
        return VAL_NULL;
    }
    int c = text_buffer_closed(t);
    if (c) {
        io_leave(&cs);
        return c < 0 ? VAL_NULL : val_ref(VAL_NONE);
    }
    Value flush_exc = VAL_NULL;
    if (text_flush_unlocked(t) < 0)
        flush_exc = err_fetch();
    io_busy_begin(&t->io);
    Value r = obj_call_method_cstr(t->buffer, "close", NULL, 0);
    io_busy_end(&t->io);
    io_leave(&cs);
    if (flush_exc) {
        if (r) {
            val_decref(r);
            err_restore(flush_exc);
            return VAL_NULL;
        }
        Value close_exc = err_fetch();
        exc_set_context(close_exc, flush_exc);
        err_restore(close_exc);
    }
    return r;
}

static Value m_tell(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("tell", nargs, 0, 0) < 0)
        return VAL_NULL;
    TextIO *t = as_text(self);
    ENTER(t, cs);
    Value r = VAL_NULL;
    if (text_check_open(t) < 0)
        goto out;
    if (!t->seekable) {
        err_set(&Exc_UnsupportedOperation, "underlying stream is not seekable");
        goto out;
    }
    if (!t->telling) {
        err_set(&Exc_OSError, "telling position disabled by next() call");
        goto out;
    }
    if (text_flush_unlocked(t) < 0)
        goto out;
    int64_t pos;
    if (t->bufkind == BUFKIND_BUFFERED) {
        io_busy_begin(&t->io);
        pos = buffered_tell_c((Buffered *)val_as_obj(t->buffer));
        io_busy_end(&t->io);
        if (pos < 0)
            goto out;
    } else {
        io_busy_begin(&t->io);
        Value p = obj_call_method_cstr(t->buffer, "tell", NULL, 0);
        io_busy_end(&t->io);
        if (!p)
            goto out;
        int ok = val_is_int_like(p) ? int_as_i64(p, &pos) : -1;
        if (!val_is_int_like(p))
            err_set(&Exc_TypeError, "tell() should return an int");
        val_decref(p);
        if (ok < 0)
            goto out;
    }
    pos -= text_unconsumed_bytes(t);
    r = int_from_i64(pos < 0 ? 0 : pos);
out:
    io_leave(&cs);
    return r;
}

static int64_t buffer_seek(TextIO *t, int64_t pos, int whence)
{
    if (t->bufkind == BUFKIND_BUFFERED) {
        io_busy_begin(&t->io);
        int64_t r = buffered_seek_c((Buffered *)val_as_obj(t->buffer), pos, whence);
        io_busy_end(&t->io);
        return r;
    }
    Value a[2] = {int_from_i64(pos), val_from_int(whence)};
    if (!a[0])
        return -1;
    io_busy_begin(&t->io);
    Value r = obj_call_method_cstr(t->buffer, "seek", a, 2);
    io_busy_end(&t->io);
    val_decref(a[0]);
    if (!r)
        return -1;
    int64_t out = 0;
    int ok = val_is_int_like(r) ? int_as_i64(r, &out) : 0;
    val_decref(r);
    return ok < 0 ? -1 : out;
}

static Value m_seek(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("seek", kw) < 0 || args_count("seek", nargs, 1, 2) < 0)
        return VAL_NULL;
    int whence = 0;
    if (nargs > 1) {
        int64_t w;
        if (!val_is_int_like(args[1])) {
            err_set(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                    type_name(val_type(args[1])));
            return VAL_NULL;
        }
        if (int_as_i64(args[1], &w) < 0)
            return VAL_NULL;
        whence = (int)w;
    }
    if (!val_is_int_like(args[0])) {
        err_set(&Exc_TypeError, "an integer is required");
        return VAL_NULL;
    }
    TextIO *t = as_text(self);
    int sign = int_sign(args[0]);
    ENTER(t, cs);
    Value r = VAL_NULL;
    if (text_check_open(t) < 0)
        goto out;
    if (!t->seekable) {
        err_set(&Exc_UnsupportedOperation, "underlying stream is not seekable");
        goto out;
    }
    if (whence == SEEK_CUR || whence == SEEK_END) {
        if (sign != 0) {
            err_set(&Exc_UnsupportedOperation, whence == SEEK_CUR ? "can't do nonzero cur-relative seeks"
                                                                  : "can't do nonzero end-relative seeks");
            goto out;
        }
    } else if (whence != SEEK_SET) {
        err_set(&Exc_ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence);
        goto out;
    }
    if (whence == SEEK_SET && sign < 0) {
        err_set(&Exc_ValueError, "negative seek position %R", args[0]);
        goto out;
    }
    if (text_flush_unlocked(t) < 0)
        goto out;
    int64_t target = 0;
    if (whence == SEEK_CUR) {
        /* seek(0, 1) is "where we are": tell() */
        io_leave(&cs);
        Value p = m_tell(self, NULL, 0, NULL);
        if (!p)
            return VAL_NULL;
        if (io_enter(&t->io, &cs) < 0) {
            val_decref(p);
            return VAL_NULL;
        }
        int ok = int_as_i64(p, &target);
        val_decref(p);
        if (ok < 0)
            goto out;
        whence = SEEK_SET;
    } else if (whence == SEEK_SET && int_as_i64(args[0], &target) < 0) {
        goto out;
    }
    text_drop_decoded(t);
    int64_t pos = buffer_seek(t, target, whence);
    if (pos < 0)
        goto out;
    t->enc_started = pos != 0;
    r = int_from_i64(pos);
out:
    io_leave(&cs);
    return r;
}

static Value m_truncate(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("truncate", kw) < 0 || args_count("truncate", nargs, 0, 1) < 0)
        return VAL_NULL;
    TextIO *t = as_text(self);
    Value fl = m_flush(self, NULL, 0, NULL);
    if (!fl)
        return VAL_NULL;
    val_decref(fl);
    Value pos = nargs ? args[0] : VAL_NONE;
    Value owned = VAL_NULL;
    if (pos == VAL_NONE) {
        owned = m_tell(self, NULL, 0, NULL);
        if (!owned)
            return VAL_NULL;
        pos = owned;
    }
    Value r = obj_call_method_cstr(t->buffer, "truncate", &pos, 1);
    val_xdecref(owned);
    return r;
}

static Value m_detach(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("detach", nargs, 0, 0) < 0)
        return VAL_NULL;
    TextIO *t = as_text(self);
    ENTER(t, cs);
    Value r = VAL_NULL;
    if (text_check_attached(t) < 0 || text_flush_unlocked(t) < 0)
        goto out;
    r = val_ref(t->buffer);
    if (retire_buffer(t) < 0) {
        val_decref(r);
        r = VAL_NULL;
        goto out;
    }
    t->ok = false;
    t->detached = true;
out:
    io_leave(&cs);
    return r;
}

static Value forward(Value self, const char *method)
{
    TextIO *t = as_text(self);
    if (text_check_attached(t) < 0)
        return VAL_NULL;
    return obj_call_method_cstr(t->buffer, method, NULL, 0);
}

static Value m_fileno(Value self, const Value *a, size_t n, Object *kw) { return forward(self, "fileno"); }
static Value m_isatty(Value self, const Value *a, size_t n, Object *kw) { return forward(self, "isatty"); }
static Value m_seekable(Value self, const Value *a, size_t n, Object *kw)
{
    if (text_check_open(as_text(self)) < 0)
        return VAL_NULL;
    return val_bool(as_text(self)->seekable);
}
static Value m_readable(Value self, const Value *a, size_t n, Object *kw) { return forward(self, "readable"); }
static Value m_writable(Value self, const Value *a, size_t n, Object *kw) { return forward(self, "writable"); }

static Value m_read(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("read", kw) < 0 || args_count("read", nargs, 0, 1) < 0)
        return VAL_NULL;
    ssize_t n = -1;
    if (nargs && io_parse_size(args[0], &n) < 0)
        return VAL_NULL;
    TextIO *t = as_text(self);
    ENTER(t, cs);
    Value r = text_read_unlocked(t, n);
    io_leave(&cs);
    return r;
}

static Value m_readline(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("readline", kw) < 0 || args_count("readline", nargs, 0, 1) < 0)
        return VAL_NULL;
    ssize_t n = -1;
    if (nargs) {
        if (args[0] != VAL_NONE && !val_is_int_like(args[0])) {
            err_set(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                    type_name(val_type(args[0])));
            return VAL_NULL;
        }
        if (io_parse_size(args[0], &n) < 0)
            return VAL_NULL;
    }
    TextIO *t = as_text(self);
    ENTER(t, cs);
    Value r = text_readline_unlocked(t, n);
    io_leave(&cs);
    return r;
}

Value text_readline_c(TextIO *t, ssize_t limit)
{
    ENTER(t, cs);
    Value r = text_readline_unlocked(t, limit);
    io_leave(&cs);
    return r;
}

static Value m_reconfigure(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"encoding", "errors", "newline", "line_buffering",
                                        "write_through"};
    static const ArgSpec spec = {"reconfigure", names, 5, 0, 0, 0};
    Value a[5];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    TextIO *t = as_text(self);
    const char *enc = NULL, *errors = NULL, *nl = NULL;
    if (opt_str(a[0], "encoding", &enc) < 0 || opt_str(a[1], "errors", &errors) < 0)
        return VAL_NULL;
    bool nl_given = a[2] && a[2] != VAL_ELLIPSIS;
    if (nl_given && opt_str(a[2], "newline", &nl) < 0)
        return VAL_NULL;
    ENTER(t, cs);
    Value r = VAL_NULL;
    if (text_check_attached(t) < 0)
        goto out;
    if ((enc || nl_given) && t->decoded) {
        err_set(&Exc_UnsupportedOperation,
                "It is not possible to set the encoding or newline of stream after the first read");
        goto out;
    }
    if (text_flush_unlocked(t) < 0)
        goto out;
    if (enc || errors) {
        char *cur_enc = NULL;
        if (!enc) {
            const char *ce = str_utf8(val_as_str(t->encoding), NULL);
            cur_enc = ce ? mem_alloc(strlen(ce) + 1) : NULL;
            if (!cur_enc) {
                err_no_memory();
                goto out;
            }
            strcpy(cur_enc, ce);
        }
        int rc = set_encoding(t, enc ? enc : cur_enc, errors ? errors : (enc ? "strict" : t->errors_c));
        mem_free(cur_enc);
        if (rc < 0)
            goto out;
    }
    if (nl_given && set_newline(t, nl) < 0)
        goto out;
    if (a[3] && a[3] != VAL_NONE) {
        int v = obj_is_true(a[3]);
        if (v < 0)
            goto out;
        t->line_buffering = v;
    }
    if (a[4] && a[4] != VAL_NONE) {
        int v = obj_is_true(a[4]);
        if (v < 0)
            goto out;
        t->write_through = v;
    }
    r = val_ref(VAL_NONE);
out:
    io_leave(&cs);
    return r;
}

/* ---- Attributes ---------------------------------------------------------------------- */

static Value g_encoding(Value self, void *c)
{
    TextIO *t = as_text(self);
    return t->encoding ? val_ref(t->encoding) : val_ref(VAL_NONE);
}
static Value g_errors(Value self, void *c)
{
    TextIO *t = as_text(self);
    return t->errors ? val_ref(t->errors) : val_ref(VAL_NONE);
}
static Value g_buffer(Value self, void *c)
{
    TextIO *t = as_text(self);
    if (text_check_attached(t) < 0)
        return VAL_NULL;
    return val_ref(t->buffer);
}
static Value g_closed(Value self, void *c)
{
    TextIO *t = as_text(self);
    if (text_check_attached(t) < 0)
        return VAL_NULL;
    int r = text_buffer_closed(t);
    return r < 0 ? VAL_NULL : val_bool(r);
}
static Value g_name(Value self, void *c)
{
    TextIO *t = as_text(self);
    if (text_check_attached(t) < 0)
        return VAL_NULL;
    return obj_getattr_cstr(t->buffer, "name");
}
static Value g_line_buffering(Value self, void *c) { return val_bool(as_text(self)->line_buffering); }
static Value g_write_through(Value self, void *c) { return val_bool(as_text(self)->write_through); }
static Value g_chunk_size(Value self, void *c) { return val_from_int(IO_TEXT_CHUNK); }

static Value text_repr(Value self)
{
    const char *tn = io_type_name(self);
    TextIO *t = as_text(self);
    if (obj_repr_enter(self) > 0) {
        err_set(&Exc_RuntimeError, "reentrant call inside %s.__repr__", tn);
        return VAL_NULL;
    }
    StrBuilder sb;
    sb_init(&sb);
    sb_add_ascii(&sb, "<");
    sb_add_ascii(&sb, tn);
    Value name = VAL_NULL;
    int found = t->ok ? obj_lookup_attr(self, str_intern_cstr("name"), &name) : 0;
    if (found < 0) {
        if (!err_matches(&Exc_ValueError))
            goto fail;
        err_clear();
    } else if (found) {
        sb_add_ascii(&sb, " name=");
        int rc = sb_add_repr(&sb, name);
        val_decref(name);
        if (rc < 0)
            goto fail;
    }
    Value mode = io_dict_get(&t->io, "mode");
    if (mode) {
        sb_add_ascii(&sb, " mode=");
        if (sb_add_repr(&sb, mode) < 0)
            goto fail;
    }
    if (t->encoding) {
        sb_add_ascii(&sb, " encoding=");
        if (sb_add_repr(&sb, t->encoding) < 0)
            goto fail;
    }
    sb_add_ascii(&sb, ">");
    obj_repr_leave(self);
    return sb_finish(&sb);
fail:
    obj_repr_leave(self);
    sb_discard(&sb);
    return VAL_NULL;
}

static const MethodDef text_methods[] = {
    {"write", m_write, 0, NULL},
    {"read", m_read, 0, NULL},
    {"readline", m_readline, 0, NULL},
    {"flush", m_flush, 0, NULL},
    {"close", m_close, 0, NULL},
    {"seek", m_seek, 0, NULL},
    {"tell", m_tell, 0, NULL},
    {"truncate", m_truncate, 0, NULL},
    {"detach", m_detach, 0, NULL},
    {"reconfigure", m_reconfigure, 0, NULL},
    {"fileno", m_fileno, 0, NULL},
    {"isatty", m_isatty, 0, NULL},
    {"seekable", m_seekable, 0, NULL},
    {"readable", m_readable, 0, NULL},
    {"writable", m_writable, 0, NULL},
    {0},
};

static const GetSetDef text_getsets[] = {
    {"encoding", g_encoding, NULL, NULL, NULL},
    {"errors", g_errors, NULL, NULL, NULL},
    {"buffer", g_buffer, NULL, NULL, NULL},
    {"closed", g_closed, NULL, NULL, NULL},
    {"name", g_name, NULL, NULL, NULL},
    {"newlines", text_get_newlines, NULL, NULL, NULL},
    {"line_buffering", g_line_buffering, NULL, NULL, NULL},
    {"write_through", g_write_through, NULL, NULL, NULL},
    {"_CHUNK_SIZE", g_chunk_size, NULL, NULL, NULL},
    {0},
};

Type TextIOWrapper_Type = {
    TYPE_HEADER("_io.TextIOWrapper", text_dealloc),
    .tflags = TF_BASETYPE,
    .base = &TextIOBase_Type,
    .basicsize = sizeof(TextIO),
    .tp_new = text_new,
    .init = text_init,
    .repr = text_repr,
    .iternext = text_iternext,
    .methods = text_methods,
    .getsets = text_getsets,
    .doc = "Character and line based layer over a BufferedIOBase object, buffer.",
};
