/* TextIOWrapper's reading side: chunks of bytes from the buffer decoded
 * incrementally (with fast paths for ASCII, UTF-8 and Latin-1), universal
 * newlines, read(), readline(), iteration and tell()'s byte count.
 *
 * Invariant: `decoded` holds text as decoded, newlines NOT yet translated;
 * translation happens as text is handed out. So every char not yet handed
 * out maps to a fixed number of bytes of a stateless codec, which is what
 * tell() computes (ftpy's simplification of CPython's opaque cookies: the
 * cookie is the byte offset; it is exact for the codecs here except after
 * a decoding error handled by 'replace'/'ignore' in the unread part). */
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "modules/io_internal.h"
#include "objects/bytesobj.h"
#include "objects/intobj.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"

enum { SEEN_LF = 1, SEEN_CR = 2, SEEN_CRLF = 4 };

static TextIO *as_text(Value v) { return (TextIO *)val_as_obj(v); }

static ssize_t dlen(TextIO *t) { return t->decoded ? str_len(val_as_str(t->decoded)) : 0; }
static ssize_t avail(TextIO *t) { return dlen(t) - t->dpos; }

void text_drop_decoded(TextIO *t)
{
    val_clear(&t->decoded);
    t->dpos = 0;
    t->pending_cr = false;
    if (t->has_dec)
        codec_decoder_reset(&t->dec);
}

static int ensure_decoder(TextIO *t)
{
    if (t->has_dec)
        return 0;
    if (!codec_decoder_init(&t->dec, t->codec, t->errors_c)) {
        err_no_memory();
        return -1;
    }
    t->has_dec = true;
    return 0;
}

/* Whether UTF-8 data ends on a character boundary. */
static bool utf8_complete(const uint8_t *d, size_t n)
{
    if (n == 0 || d[n - 1] < 0x80)
        return true;
    size_t i = n, back = 0;
    while (i > 0 && back < 4 && (d[i - 1] & 0xC0) == 0x80) {
        i--;
        back++;
    }
    if (i == 0)
        return false;
    uint8_t lead = d[i - 1];
    size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return back + 1 == need;
}

static Value decode_bytes(TextIO *t, const uint8_t *d, size_t n, bool final)
{
    if (ensure_decoder(t) < 0)
        return VAL_NULL;
    if (t->dec.npending == 0) {
        CodecId c = t->codec;
        if (c == CODEC_LATIN1)
            return n ? str_from_latin1(d, (ssize_t)n) : str_empty();
        if ((c == CODEC_UTF8 || c == CODEC_ASCII || c == CODEC_CP1252) &&
            codec_bytes_are_ascii(d, n))
            return n ? str_from_ascii((const char *)d, (ssize_t)n) : str_empty();
        if (c == CODEC_UTF8 && utf8_complete(d, n) && codec_utf8_valid(d, n))
            return str_from_utf8((const char *)d, (ssize_t)n);
    }
    uint32_t *out = NULL;
    size_t outlen = 0;
    CodecError e = CODEC_ERROR_INIT;
    if (!codec_decoder_decode(&t->dec, d, n, final, &out, &outlen, &e)) {
        Value obj = io_bytes(d, n);
        io_raise_codec(&e, obj);
        val_xdecref(obj);
        return VAL_NULL;
    }
    Value s = outlen ? str_from_ucs4(out, (ssize_t)outlen) : str_empty();
    free(out);
    return s;
}

/* Records the kinds of newline seen (the `newlines` attribute). A '\r'
 * ending a chunk is classified when the next chunk (or the end) comes. */
static void note_newlines(TextIO *t, StrObj *s, bool eof)
{
    if (!t->readuniversal)
        return;
    ssize_t i = 0;
    if (t->pending_cr) {
        if (s->length == 0 && !eof)
            return;
        t->pending_cr = false;
        if (s->length && str_char_at(s, 0) == '\n') {
            t->seen_nl |= SEEN_CRLF;
            i = 1;
        } else {
            t->seen_nl |= SEEN_CR;
        }
    }
    if (i >= s->length)
        return;
    if (s->kind == 1 && !memchr((uint8_t *)str_data(s) + i, '\r', (size_t)(s->length - i))) {
        if (memchr((uint8_t *)str_data(s) + i, '\n', (size_t)(s->length - i)))
            t->seen_nl |= SEEN_LF;
        return;
    }
    for (; i < s->length; i++) {
        uint32_t c = str_char_at(s, i);
        if (c == '\n') {
            t->seen_nl |= SEEN_LF;
        } else if (c == '\r') {
            if (i + 1 < s->length) {
                if (str_char_at(s, i + 1) == '\n') {
                    t->seen_nl |= SEEN_CRLF;
                    i++;
                } else {
                    t->seen_nl |= SEEN_CR;
                }
            } else if (eof) {
                t->seen_nl |= SEEN_CR;
            } else {
                t->pending_cr = true;
            }
        }
    }
}

/* Appends decoded text s (stolen) after what is left unread. */
static int append_decoded(TextIO *t, Value s, bool eof)
{
    note_newlines(t, val_as_str(s), eof);
    if (!t->decoded || avail(t) == 0) {
        val_xdecref(t->decoded);
        t->decoded = s;
        t->dpos = 0;
        return 0;
    }
    if (str_len(val_as_str(s)) == 0) {
        val_decref(s);
        return 0;
    }
    Value rest = str_substr(val_as_str(t->decoded), t->dpos, dlen(t));
    if (!rest) {
        val_decref(s);
        return -1;
    }
    Value joined = str_concat(rest, s);
    val_decref(rest);
    val_decref(s);
    if (!joined)
        return -1;
    val_decref(t->decoded);
    t->decoded = joined;
    t->dpos = 0;
    return 0;
}

/* Reads from the buffer: size < 0 everything (read()), else one chunk
 * (read1). */
static Value buffer_read(TextIO *t, ssize_t size)
{
    Value data;
    io_busy_begin(&t->io);
    if (size >= 0 && t->bufkind == BUFKIND_BUFFERED) {
        data = buffered_read1_c((Buffered *)val_as_obj(t->buffer), size);
    } else if (size < 0) {
        data = obj_call_method_cstr(t->buffer, "read", NULL, 0);
    } else {
        Value n = val_from_int(size);
        const char *m = t->bufkind == BUFKIND_FILEIO ? "read" : "read1";
        if (t->bufkind == BUFKIND_GENERIC) {
            int has = obj_hasattr(t->buffer, str_intern_cstr("read1"));
            if (has < 0) {
                io_busy_end(&t->io);
                return VAL_NULL;
            }
            if (!has)
                m = "read";
        }
        data = obj_call_method_cstr(t->buffer, m, &n, 1);
    }
    io_busy_end(&t->io);
    if (data && data != VAL_NONE && !buffer_check(data)) {
        err_set(&Exc_TypeError, "underlying %s() should have returned a bytes-like object, not '%s'",
                size < 0 ? "read" : "read1", type_name(val_type(data)));
        val_decref(data);
        return VAL_NULL;
    }
    return data;
}

/* One more chunk into `decoded`: 1 read something, 0 at end of file, -1 error. */
static int fetch_chunk(TextIO *t)
{
    Value data = buffer_read(t, IO_TEXT_CHUNK);
    if (!data)
        return -1;
    const uint8_t *d = NULL;
    ssize_t n = 0;
    if (data != VAL_NONE && io_get_bytes(data, &d, &n) < 0) {
        val_decref(data);
        return -1;
    }
    bool eof = n == 0;
    Value s = decode_bytes(t, d, (size_t)n, eof);
    val_decref(data);
    if (!s || append_decoded(t, s, eof) < 0)
        return -1;
    return eof ? 0 : 1;
}

static int check_readable(TextIO *t)
{
    if (text_check_open(t) < 0)
        return -1;
    if (!t->readable) {
        err_set(&Exc_UnsupportedOperation, "not readable");
        return -1;
    }
    if (t->pend_len && text_flush_unlocked(t) < 0)
        return -1;
    return 0;
}

/* Hands out decoded[dpos : dpos+take] with \r\n and \r turned into \n when
 * translating; `take` counts source chars. */
static Value hand_out(TextIO *t, ssize_t take)
{
    StrObj *s = val_as_str(t->decoded);
    ssize_t start = t->dpos, end = start + take;
    t->dpos = end;
    bool has_cr = false;
    if (t->readtranslate) {
        if (s->kind == 1) {
            has_cr = memchr((uint8_t *)str_data(s) + start, '\r', (size_t)take) != NULL;
        } else {
            for (ssize_t i = start; i < end && !has_cr; i++)
                has_cr = str_char_at(s, i) == '\r';
        }
    }
    if (!has_cr)
        return str_substr(s, start, end);
    StrBuilder sb;
    sb_init(&sb);
    for (ssize_t i = start; i < end; i++) {
        uint32_t c = str_char_at(s, i);
        if (c == '\r') {
            sb_add_char(&sb, '\n');
            if (i + 1 < end && str_char_at(s, i + 1) == '\n')
                i++;
        } else {
            sb_add_char(&sb, c);
        }
    }
    return sb_finish(&sb);
}

/* How many source chars make (at most) n output chars (translation merges
 * \r\n); *out gets the output count. Stops before a final '\r' whose
 * partner may come with the next chunk. */
static ssize_t source_span(TextIO *t, ssize_t n, bool eof, ssize_t *out)
{
    StrObj *s = val_as_str(t->decoded);
    ssize_t len = s->length, i = t->dpos, o = 0;
    if (!t->readtranslate) {
        ssize_t a = len - i;
        *out = n < a ? n : a;
        return *out;
    }
    while (i < len && o < n) {
        if (str_char_at(s, i) == '\r') {
            if (i + 1 < len)
                i += str_char_at(s, i + 1) == '\n' ? 2 : 1;
            else if (!eof)
                break;
            else
                i++;
        } else {
            i++;
        }
        o++;
    }
    *out = o;
    return i - t->dpos;
}

Value text_read_unlocked(TextIO *t, ssize_t n)
{
    if (check_readable(t) < 0)
        return VAL_NULL;
    if (n < 0) {
        Value data = buffer_read(t, -1);
        if (!data)
            return VAL_NULL;
        const uint8_t *d = NULL;
        ssize_t len = 0;
        if (data != VAL_NONE && io_get_bytes(data, &d, &len) < 0) {
            val_decref(data);
            return VAL_NULL;
        }
        Value s = decode_bytes(t, d, (size_t)len, true);
        val_decref(data);
        if (!s || append_decoded(t, s, true) < 0)
            return VAL_NULL;
        Value r = t->decoded ? hand_out(t, avail(t)) : str_empty();
        text_drop_decoded(t);
        return r;
    }
    bool eof = false;
    for (;;) {
        if (n == 0)
            return str_empty();
        if (t->decoded) {
            ssize_t out;
            ssize_t span = source_span(t, n, eof, &out);
            if (out == n || eof)
                return hand_out(t, span);
        } else if (eof) {
            return str_empty();
        }
        int r = fetch_chunk(t);
        if (r < 0)
            return VAL_NULL;
        if (r == 0)
            eof = true;
    }
}

/* The end (exclusive, in source chars) of the line starting at dpos, or
 * -1 when the text so far holds no complete line terminator. `from` is
 * where to resume scanning. */
static ssize_t find_line_end(TextIO *t, ssize_t from, bool eof)
{
    StrObj *s = val_as_str(t->decoded);
    ssize_t len = s->length;
    const uint8_t *d1 = s->kind == 1 ? (const uint8_t *)str_data(s) : NULL;
    if (!t->readuniversal && t->readnl && t->readnl[0] == '\n') {
        if (d1) {
            const uint8_t *p = memchr(d1 + from, '\n', (size_t)(len - from));
            return p ? (p - d1) + 1 : -1;
        }
        for (ssize_t i = from; i < len; i++)
            if (str_char_at(s, i) == '\n')
                return i + 1;
        return -1;
    }
    if (!t->readuniversal) {
        /* "\r" or "\r\n" */
        bool crlf = t->readnl[1] == '\n';
        for (ssize_t i = from; i < len; i++) {
            if (str_char_at(s, i) != '\r')
                continue;
            if (!crlf)
                return i + 1;
            if (i + 1 < len && str_char_at(s, i + 1) == '\n')
                return i + 2;
        }
        return -1;
    }
    /* universal: \n, \r, \r\n */
    ssize_t i = from;
    if (d1) {
        const uint8_t *lf = memchr(d1 + from, '\n', (size_t)(len - from));
        ssize_t lim = lf ? lf - d1 : len;
        const uint8_t *cr = memchr(d1 + from, '\r', (size_t)(lim - from));
        if (!cr)
            return lf ? lim + 1 : -1;
        i = cr - d1;
    } else {
        for (; i < len; i++) {
            uint32_t c = str_char_at(s, i);
            if (c == '\n')
                return i + 1;
            if (c == '\r')
                break;
        }
        if (i == len)
            return -1;
    }
    /* s[i] == '\r' */
    if (i + 1 < len)
        return str_char_at(s, i + 1) == '\n' ? i + 2 : i + 1;
    return eof ? i + 1 : -1;
}

Value text_readline_unlocked(TextIO *t, ssize_t limit)
{
    if (check_readable(t) < 0)
        return VAL_NULL;
    bool eof = false;
    ssize_t scanned = 0; /* chars after dpos already known to hold no terminator */
    for (;;) {
        if (t->decoded) {
            ssize_t from = t->dpos + scanned;
            ssize_t end = find_line_end(t, from, eof);
            if (end >= 0) {
                ssize_t take = end - t->dpos;
                if (limit >= 0 && take > limit)
                    take = limit;
                return hand_out(t, take);
            }
            ssize_t a = avail(t);
            if (limit >= 0 && a >= limit)
                return hand_out(t, limit);
            if (eof)
                return a ? hand_out(t, a) : str_empty();
            /* rescan a final '\r' that may pair with the next chunk */
            scanned = a > 0 ? a - 1 : 0;
        } else if (eof) {
            return str_empty();
        }
        int r = fetch_chunk(t);
        if (r < 0)
            return VAL_NULL;
        if (r == 0)
            eof = true;
    }
}

int64_t text_unconsumed_bytes(TextIO *t)
{
    int64_t n = t->has_dec ? (int64_t)t->dec.npending : 0;
    if (!t->decoded)
        return n;
    StrObj *s = val_as_str(t->decoded);
    ssize_t a = avail(t);
    switch (t->codec) {
    case CODEC_UTF8:
    case CODEC_UTF8_SIG:
        if (s->ascii)
            return n + a;
        for (ssize_t i = t->dpos; i < s->length; i++) {
            uint32_t c = str_char_at(s, i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        return n;
    case CODEC_UTF16:
    case CODEC_UTF16_LE:
    case CODEC_UTF16_BE:
        for (ssize_t i = t->dpos; i < s->length; i++)
            n += str_char_at(s, i) > 0xFFFF ? 4 : 2;
        return n;
    case CODEC_UTF32:
    case CODEC_UTF32_LE:
    case CODEC_UTF32_BE:
        return n + 4 * (int64_t)a;
    default:
        return n + a;
    }
}

Value text_get_newlines(Value self, void *c)
{
    TextIO *t = as_text(self);
    if (!t->readuniversal || !t->seen_nl)
        return val_ref(VAL_NONE);
    const char *parts[3];
    int k = 0;
    if (t->seen_nl & SEEN_CR)
        parts[k++] = "\r";
    if (t->seen_nl & SEEN_LF)
        parts[k++] = "\n";
    if (t->seen_nl & SEEN_CRLF)
        parts[k++] = "\r\n";
    if (k == 1)
        return str_from_cstr(parts[0]);
    Object *tup = tuple_new(k);
    if (!tup)
        return VAL_NULL;
    for (int i = 0; i < k; i++) {
        Value s = str_from_cstr(parts[i]);
        if (!s) {
            obj_decref(tup);
            return VAL_NULL;
        }
        tuple_items(tup)[i] = s;
    }
    return (Value)tup;
}

Value text_iternext(Value self)
{
    TextIO *t = as_text(self);
    Value line;
    if (obj_type_is(self, &TextIOWrapper_Type)) {
        CriticalSection cs;
        if (io_enter(&t->io, &cs) < 0)
            return VAL_NULL;
        t->telling = false;
        line = text_readline_unlocked(t, -1);
        if (line && str_len(val_as_str(line)) == 0)
            t->telling = t->seekable;
        io_leave(&cs);
    } else {
        line = obj_call_method_cstr(self, "readline", NULL, 0);
        if (line && !val_is_str(line)) {
            err_set(&Exc_OSError, "readline() should have returned a str object, not '%s'",
                    type_name(val_type(line)));
            val_decref(line);
            return VAL_NULL;
        }
    }
    if (line && str_len(val_as_str(line)) == 0) {
        val_decref(line);
        return VAL_NULL;
    }
    return line;
}
