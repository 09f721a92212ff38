/* The I/O layer through its C interface: text and binary round trips
 * through temporary files, StringIO/BytesIO, buffering and flush order,
 * encodings and newline translation, error types and messages, and
 * several threads writing lines to one stream. */
#include <sys/stat.h>
#include <unistd.h>

#include "tobj.h"

#include "modules/io.h"
#include "modules/io_internal.h"
#include "objects/bytesobj.h"
#include "objects/err.h"
#include "objects/intobj.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"

int types_init(void);

/* Stops the case when a precondition fails. */
#define REQUIRE_OR(cond)                                                    \
    do {                                                                    \
        CHECK(cond);                                                        \
        if (!(cond))                                                        \
            return;                                                         \
    } while (0)

static void setup(void)
{
    static int done;
    if (done)
        return;
    done = 1;
    hash_init_secret("0");
    tobj_thread_begin();
    if (types_init() < 0 || io_types_init() < 0)
        abort();
}

static char tmp_path[64];

static const char *tmpfile_name(const char *tag)
{
    snprintf(tmp_path, sizeof tmp_path, "/tmp/ftpy_io_test_%s_%d", tag, (int)getpid());
    return tmp_path;
}

static Value S(const char *s) { return str_from_utf8(s, (ssize_t)strlen(s)); }

/* open(path, mode, **kw) with kw given as name/value pairs. */
static Value open_kw(const char *path, const char *mode, int nkw, const char **names, Value *vals)
{
    Value args[8];
    args[0] = S(path);
    args[1] = S(mode);
    Object *kwn = NULL;
    for (int i = 0; i < nkw; i++)
        args[2 + i] = vals[i];
    if (nkw) {
        kwn = tuple_new(nkw);
        for (int i = 0; i < nkw; i++)
            tuple_items(kwn)[i] = (Value)str_intern_cstr(names[i]);
    }
    Value f = io_open_def.fn(VAL_NULL, args, 2, kwn);
    val_decref(args[0]);
    val_decref(args[1]);
    if (kwn)
        obj_decref(kwn);
    return f;
}

static Value open_(const char *path, const char *mode) { return open_kw(path, mode, 0, NULL, NULL); }

static Value call(Value o, const char *m) { return obj_call_method_cstr(o, m, NULL, 0); }
static Value call1(Value o, const char *m, Value a) { return obj_call_method_cstr(o, m, &a, 1); }

static void call_ok(Value o, const char *m)
{
    Value r = call(o, m);
    CHECK(r != VAL_NULL);
    val_xdecref(r);
}

static bool str_is(Value v, const char *want)
{
    if (!v || !val_is_str(v))
        return false;
    ssize_t n;
    const char *u = str_utf8(val_as_str(v), &n);
    return u && (size_t)n == strlen(want) && memcmp(u, want, (size_t)n) == 0;
}

static bool bytes_is(Value v, const void *want, size_t n)
{
    return v && val_is_bytes(v) && (size_t)bytes_size(val_as_bytes(v)) == n &&
           memcmp(bytes_data(val_as_bytes(v)), want, n) == 0;
}

/* The raised exception is of type t and str(exc) is msg; clears it. */
static bool raised(Type *t, const char *msg)
{
    Value exc = err_fetch();
    if (!exc)
        return false;
    bool ok = val_isinstance_type(exc, t);
    Value s = obj_str(exc);
    if (!str_is(s, msg)) {
        fprintf(stderr, "  got %s: %s\n", type_name(val_type(exc)),
                s ? str_utf8_lossy(val_as_str(s)) : "?");
        ok = false;
    }
    val_xdecref(s);
    val_decref(exc);
    return ok;
}

static size_t disk_size(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? (size_t)st.st_size : (size_t)-1;
}

static size_t disk_read(const char *path, char *buf, size_t cap)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    size_t n = fread(buf, 1, cap, f);
    fclose(f);
    return n;
}

TEST(text_round_trip)
{
    setup();
    const char *p = tmpfile_name("text");
    Value f = open_(p, "w");
    REQUIRE_OR(f != VAL_NULL);
    Value s = S("h\xc3\xa9llo\nworld\nlast");
    CHECK(io_write_str(f, s) == 0);
    val_decref(s);
    call_ok(f, "close");
    val_decref(f);
    CHECK_EQ_LL(disk_size(p), 17);

    f = open_(p, "r");
    REQUIRE_OR(f != VAL_NULL);
    Value line = call(f, "readline");
    CHECK(str_is(line, "h\xc3\xa9llo\n"));
    val_xdecref(line);
    Value pos = call(f, "tell");
    CHECK(pos == val_from_int(7)); /* byte offset: é is two bytes */
    val_xdecref(pos);
    Value rest = call(f, "read");
    CHECK(str_is(rest, "world\nlast"));
    val_xdecref(rest);
    line = call(f, "readline");
    CHECK(str_is(line, ""));
    val_xdecref(line);
    Value zero = val_from_int(0);
    Value r = call1(f, "seek", zero);
    val_xdecref(r);
    Value it = obj_iter(f);
    int n = 0;
    for (Value l; (l = obj_next(it)); n++)
        val_decref(l);
    CHECK(!err_occurred());
    CHECK_EQ_LL(n, 3);
    val_decref(it);
    Value rep = obj_repr(f);
    char want[128];
    snprintf(want, sizeof want, "<_io.TextIOWrapper name='%s' mode='r' encoding='UTF-8'>", p);
    CHECK(str_is(rep, want));
    val_xdecref(rep);
    call_ok(f, "close");
    val_decref(f);
    unlink(p);
}

TEST(binary_round_trip)
{
    setup();
    const char *p = tmpfile_name("bin");
    Value f = open_(p, "wb");
    REQUIRE_OR(f != VAL_NULL);
    Value b = bytes_from_data("\x00\x01\x02line\nxyz", 11);
    Value w = call1(f, "write", b);
    CHECK(w == val_from_int(11));
    val_xdecref(w);
    val_decref(b);
    Value rep = obj_repr(f);
    char want[128];
    snprintf(want, sizeof want, "<_io.BufferedWriter name='%s'>", p);
    CHECK(str_is(rep, want));
    val_xdecref(rep);
    call_ok(f, "close");
    val_decref(f);

    f = open_(p, "rb");
    REQUIRE_OR(f != VAL_NULL);
    Value three = val_from_int(3);
    Value r = call1(f, "read", three);
    CHECK(bytes_is(r, "\x00\x01\x02", 3));
    val_xdecref(r);
    r = call(f, "readline");
    CHECK(bytes_is(r, "line\n", 5));
    val_xdecref(r);
    r = call(f, "tell");
    CHECK(r == val_from_int(8));
    val_xdecref(r);
    Value args[2] = {val_from_int(-2), val_from_int(2)};
    r = obj_call_method_cstr(f, "seek", args, 2);
    CHECK(r == val_from_int(9));
    val_xdecref(r);
    r = call(f, "read");
    CHECK(bytes_is(r, "yz", 2));
    val_xdecref(r);
    call_ok(f, "close");
    val_decref(f);
    unlink(p);
}

TEST(stringio_and_bytesio)
{
    setup();
    Value sio = obj_call0((Value)&StringIO_Type);
    REQUIRE_OR(sio != VAL_NULL);
    Value s = S("ab\ncd\n\xe2\x82\xac");
    CHECK(io_write_str(sio, s) == 0);
    val_decref(s);
    Value v = call(sio, "getvalue");
    CHECK(str_is(v, "ab\ncd\n\xe2\x82\xac"));
    val_xdecref(v);
    Value r = call1(sio, "seek", val_from_int(0));
    val_xdecref(r);
    Value line = call(sio, "readline");
    CHECK(str_is(line, "ab\n"));
    val_xdecref(line);
    r = call(sio, "tell");
    CHECK(r == val_from_int(3));
    val_xdecref(r);
    val_decref(sio);

    /* newline=None translates \r\n and \r on write */
    Value init = S("a\r\nb\rc\n");
    Value args[2] = {init, VAL_NONE};
    sio = obj_call((Value)&StringIO_Type, args, 2, NULL);
    REQUIRE_OR(sio != VAL_NULL);
    v = call(sio, "getvalue");
    CHECK(str_is(v, "a\nb\nc\n"));
    val_xdecref(v);
    val_decref(init);
    val_decref(sio);

    Value bio = obj_call0((Value)&BytesIO_Type);
    Value b = bytes_from_data("hello\nworld", 11);
    r = call1(bio, "write", b);
    CHECK(r == val_from_int(11));
    val_xdecref(r);
    val_decref(b);
    r = call1(bio, "seek", val_from_int(0));
    val_xdecref(r);
    r = call(bio, "readline");
    CHECK(bytes_is(r, "hello\n", 6));
    val_xdecref(r);
    r = call(bio, "getvalue");
    CHECK(bytes_is(r, "hello\nworld", 11));
    val_xdecref(r);
    call_ok(bio, "close");
    r = call(bio, "getvalue");
    CHECK(r == VAL_NULL && raised(&Exc_ValueError, "I/O operation on closed file."));
    val_decref(bio);
}

TEST(buffering_and_flush_order)
{
    setup();
    const char *p = tmpfile_name("flush");
    Value f = open_(p, "w");
    REQUIRE_OR(f != VAL_NULL);
    Value s = S("abc");
    CHECK(io_write_str(f, s) == 0);
    CHECK_EQ_LL(disk_size(p), 0); /* still in the buffer */
    CHECK(io_flush(f) == 0);
    CHECK_EQ_LL(disk_size(p), 3);
    /* a write larger than the buffer goes out at once, after what was buffered */
    CHECK(io_write_str(f, s) == 0);
    size_t big = 100000;
    char *data = malloc(big + 1);
    memset(data, 'z', big);
    data[big] = 0;
    Value bs = S(data);
    CHECK(io_write_str(f, bs) == 0);
    CHECK_EQ_LL(disk_size(p), 3 + 3 + big);
    val_decref(bs);
    free(data);
    call_ok(f, "close");
    val_decref(f);

    /* line buffering: a newline flushes */
    const char *names[] = {"buffering"};
    Value vals[] = {val_from_int(1)};
    f = open_kw(p, "w", 1, names, vals);
    REQUIRE_OR(f != VAL_NULL);
    CHECK(io_write_str(f, s) == 0);
    CHECK_EQ_LL(disk_size(p), 0);
    Value nl = S("x\n");
    CHECK(io_write_str(f, nl) == 0);
    CHECK_EQ_LL(disk_size(p), 5);
    val_decref(nl);
    val_decref(f); /* dropping the last reference flushes and closes */
    val_decref(s);
    unlink(p);
}

TEST(encodings_and_newlines)
{
    setup();
    const char *p = tmpfile_name("enc");
    char buf[64];
    const char *names[] = {"encoding"};
    Value vals[1];

    vals[0] = S("utf-16");
    Value f = open_kw(p, "w", 1, names, vals);
    REQUIRE_OR(f != VAL_NULL);
    Value s = S("hi");
    CHECK(io_write_str(f, s) == 0);
    CHECK(io_write_str(f, s) == 0); /* one BOM only */
    call_ok(f, "close");
    val_decref(f);
    CHECK_EQ_LL(disk_read(p, buf, sizeof buf), 10);
    CHECK(memcmp(buf, "\xff\xfeh\0i\0h\0i\0", 10) == 0);
    f = open_kw(p, "r", 1, names, vals);
    REQUIRE_OR(f != VAL_NULL);
    Value r = call(f, "read");
    CHECK(str_is(r, "hihi"));
    val_xdecref(r);
    call_ok(f, "close");
    val_decref(f);
    val_decref(vals[0]);

    vals[0] = S("latin-1");
    f = open_kw(p, "w", 1, names, vals);
    REQUIRE_OR(f != VAL_NULL);
    Value e = S("\xc3\xa9");
    CHECK(io_write_str(f, e) == 0);
    Value euro = S("\xe2\x82\xac");
    CHECK(io_write_str(f, euro) == -1);
    CHECK(err_matches(&Exc_UnicodeEncodeError));
    err_clear();
    call_ok(f, "close");
    val_decref(f);
    CHECK_EQ_LL(disk_read(p, buf, sizeof buf), 1);
    CHECK((uint8_t)buf[0] == 0xE9);
    val_decref(vals[0]);
    val_decref(e);
    val_decref(euro);

    /* invalid UTF-8 on disk */
    FILE *cf = fopen(p, "wb");
    fwrite("ok\xff", 1, 3, cf);
    fclose(cf);
    f = open_(p, "r");
    REQUIRE_OR(f != VAL_NULL);
    r = call(f, "read");
    CHECK(r == VAL_NULL && err_matches(&Exc_UnicodeDecodeError));
    err_clear();
    call_ok(f, "close");
    val_decref(f);

    /* newline='\r\n' on write; universal newlines on read */
    const char *nlnames[] = {"newline"};
    vals[0] = S("\r\n");
    f = open_kw(p, "w", 1, nlnames, vals);
    REQUIRE_OR(f != VAL_NULL);
    Value two = S("a\nb\n");
    CHECK(io_write_str(f, two) == 0);
    call_ok(f, "close");
    val_decref(f);
    val_decref(vals[0]);
    CHECK_EQ_LL(disk_read(p, buf, sizeof buf), 6);
    CHECK(memcmp(buf, "a\r\nb\r\n", 6) == 0);
    f = open_(p, "r");
    REQUIRE_OR(f != VAL_NULL);
    r = call(f, "read");
    CHECK(str_is(r, "a\nb\n"));
    val_xdecref(r);
    r = obj_getattr_cstr(f, "newlines");
    CHECK(str_is(r, "\r\n"));
    val_xdecref(r);
    call_ok(f, "close");
    val_decref(f);
    val_decref(two);
    s = S("x");
    val_decref(s);
    val_decref(S("y"));
    unlink(p);
}

TEST(errors_and_messages)
{
    setup();
    Value f = open_("/tmp/ftpy_io_test_no/such", "r");
    CHECK(f == VAL_NULL &&
          raised(&Exc_FileNotFoundError, "[Errno 2] No such file or directory: '/tmp/ftpy_io_test_no/such'"));
    f = open_("/tmp/x", "rw");
    CHECK(f == VAL_NULL && raised(&Exc_ValueError, "must have exactly one of create/read/write/append mode"));
    f = open_("/tmp/x", "rr");
    CHECK(f == VAL_NULL && raised(&Exc_ValueError, "invalid mode: 'rr'"));
    const char *names[] = {"encoding"};
    Value vals[] = {S("utf-8")};
    f = open_kw("/tmp/x", "rb", 1, names, vals);
    CHECK(f == VAL_NULL && raised(&Exc_ValueError, "binary mode doesn't take an encoding argument"));
    val_decref(vals[0]);

    const char *p = tmpfile_name("err");
    f = open_(p, "w");
    REQUIRE_OR(f != VAL_NULL);
    Value r = call(f, "read");
    CHECK(r == VAL_NULL && raised(&Exc_UnsupportedOperation, "not readable"));
    call_ok(f, "close");
    Value s = S("x");
    CHECK(io_write_str(f, s) == -1 && raised(&Exc_ValueError, "I/O operation on closed file."));
    val_decref(f);
    f = open_(p, "r");
    REQUIRE_OR(f != VAL_NULL);
    CHECK(io_write_str(f, s) == -1 && raised(&Exc_UnsupportedOperation, "not writable"));
    call_ok(f, "close");
    val_decref(f);
    val_decref(s);
    CHECK(type_is_subtype(&Exc_UnsupportedOperation, &Exc_OSError));
    CHECK(type_is_subtype(&Exc_UnsupportedOperation, &Exc_ValueError));
    unlink(p);
}

TEST(crlf_across_chunks_and_tell)
{
    setup();
    const char *p = tmpfile_name("crlf");
    /* lines of 8191 'a' + "\r\n": every \r\n straddles an 8 KiB chunk edge somewhere */
    FILE *cf = fopen(p, "wb");
    REQUIRE_OR(cf != NULL);
    int nlines = 20;
    for (int i = 0; i < nlines; i++) {
        for (int k = 0; k < 8191 + (i % 3); k++)
            fputc('a', cf);
        fputs("\r\n", cf);
    }
    fclose(cf);
    Value f = open_(p, "r");
    REQUIRE_OR(f != VAL_NULL);
    long expect_pos = 0;
    for (int i = 0; i < nlines; i++) {
        Value line = call(f, "readline");
        REQUIRE_OR(line && val_is_str(line));
        StrObj *so = val_as_str(line);
        CHECK_EQ_LL(so->length, 8191 + (i % 3) + 1);
        CHECK(str_char_at(so, so->length - 1) == '\n');
        CHECK(str_char_at(so, so->length - 2) == 'a');
        val_decref(line);
        expect_pos += 8191 + (i % 3) + 2;
        Value pos = call(f, "tell");
        CHECK(pos == val_from_int(expect_pos));
        val_xdecref(pos);
    }
    Value last = call(f, "readline");
    CHECK(str_is(last, ""));
    val_xdecref(last);
    Value nl = obj_getattr_cstr(f, "newlines");
    CHECK(str_is(nl, "\r\n"));
    val_xdecref(nl);
    call_ok(f, "close");
    val_decref(f);
    unlink(p);
}

/* ---- Threads: each write lands whole ----------------------------------------------- */

static Value shared_file;
enum { WRITERS = 4, LINES = 2000 };

static void *writer(void *arg)
{
    ThreadState *ts = tobj_thread_begin();
    int id = (int)(intptr_t)arg;
    char line[64];
    for (int i = 0; i < LINES; i++) {
        snprintf(line, sizeof line, "thread %d line %05d of a longer text\n", id, i);
        Value s = S(line);
        if (io_write_str(shared_file, s) < 0)
            __atomic_fetch_add(&unit_failed_checks, 1, __ATOMIC_RELAXED);
        val_decref(s);
        tobj_safe_point(ts);
    }
    ts_destroy_current();
    return NULL;
}

TEST(threads_write_whole_lines)
{
    setup();
    const char *p = tmpfile_name("threads");
    char path[64];
    snprintf(path, sizeof path, "%s", p);
    shared_file = open_(path, "w");
    REQUIRE_OR(shared_file != VAL_NULL);
    pthread_t th[WRITERS];
    ThreadState *ts = ts_block_begin();
    for (int i = 0; i < WRITERS; i++)
        pthread_create(&th[i], NULL, writer, (void *)(intptr_t)i);
    for (int i = 0; i < WRITERS; i++)
        pthread_join(th[i], NULL);
    ts_block_end(ts);
    call_ok(shared_file, "close");
    val_decref(shared_file);
    FILE *f = fopen(path, "r");
    REQUIRE_OR(f != NULL);
    int counts[WRITERS] = {0}, next[WRITERS] = {0}, bad = 0;
    char line[128];
    while (fgets(line, sizeof line, f)) {
        int id, i;
        char want[64];
        if (sscanf(line, "thread %d line %d", &id, &i) != 2 || id < 0 || id >= WRITERS ||
            i != next[id] ||
            (snprintf(want, sizeof want, "thread %d line %05d of a longer text\n", id, i),
             strcmp(want, line) != 0)) {
            bad++;
            continue;
        }
        next[id]++;
        counts[id]++;
    }
    fclose(f);
    CHECK_EQ_LL(bad, 0);
    for (int i = 0; i < WRITERS; i++)
        CHECK_EQ_LL(counts[i], LINES);
    unlink(path);
}

UNIT_MAIN(text_round_trip, binary_round_trip, stringio_and_bytesio, buffering_and_flush_order,
          encodings_and_newlines, errors_and_messages, crlf_across_chunks_and_tell,
          threads_write_whole_lines)
