/* open(), the standard streams, the C interface of io.h (print/input/exit
 * support) and the init of the "_io" and "io" modules. */
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mem.h"
#include "modules/builtins.h"
#include "modules/io_internal.h"
#include "objects/bytesobj.h"
#include "objects/dictobj.h"
#include "objects/intobj.h"
#include "objects/module.h"
#include "objects/strobj.h"

/* ---- open() ------------------------------------------------------------------------ */

static int opt_str(Value v, const char *argname, const char **out)
{
    *out = NULL;
    if (!v || v == VAL_NONE)
        return 0;
    if (!val_is_str(v)) {
        err_set(&Exc_TypeError, "open() argument '%s' must be str or None, not %s", argname,
                type_name(val_type(v)));
        return -1;
    }
    *out = str_utf8(val_as_str(v), NULL);
    return *out ? 0 : -1;
}

static Value call_type(Type *t, const Value *args, size_t nargs)
{
    return obj_call((Value)t, args, nargs, NULL);
}

static Value io_open_fn(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"file", "mode", "buffering", "encoding",
                                        "errors", "newline", "closefd", "opener"};
    static const ArgSpec spec = {"open", names, 8, 0, 1, 8};
    Value a[8];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    Value file = a[0];
    const char *mode = "r";
    Value mode_obj = a[1];
    if (mode_obj) {
        if (!val_is_str(mode_obj)) {
            err_set(&Exc_TypeError, "open() argument 'mode' must be str, not %s",
                    type_name(val_type(mode_obj)));
            return VAL_NULL;
        }
        mode = str_utf8(val_as_str(mode_obj), NULL);
        if (!mode)
            return VAL_NULL;
    }
    int64_t buffering = -1;
    if (a[2]) {
        if (!val_is_int_like(a[2])) {
            err_set(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                    type_name(val_type(a[2])));
            return VAL_NULL;
        }
        if (int_as_i64(a[2], &buffering) < 0)
            return VAL_NULL;
    }
    const char *encoding, *errors, *newline;
    if (opt_str(a[3], "encoding", &encoding) < 0 || opt_str(a[4], "errors", &errors) < 0 ||
        opt_str(a[5], "newline", &newline) < 0)
        return VAL_NULL;
    bool closefd = true;
    if (a[6]) {
        int t = obj_is_true(a[6]);
        if (t < 0)
            return VAL_NULL;
        closefd = t;
    }
    Value opener = a[7] ? a[7] : VAL_NONE;

    /* The mode: each of "rwxabt+" at most once. */
    bool creating = false, reading = false, writing = false, appending = false, updating = false;
    bool text = false, binary = false;
    for (const char *p = mode; *p; p++) {
        const char *ok = strchr("rwxabt+", *p);
        if (!ok || strchr(p + 1, *p)) {
            err_set(&Exc_ValueError, "invalid mode: %R", mode_obj);
            return VAL_NULL;
        }
        switch (*p) {
        case 'x': creating = true; break;
        case 'r': reading = true; break;
        case 'w': writing = true; break;
        case 'a': appending = true; break;
        case '+': updating = true; break;
        case 't': text = true; break;
        case 'b': binary = true; break;
        }
    }
    if (text && binary) {
        err_set(&Exc_ValueError, "can't have text and binary mode at once");
        return VAL_NULL;
    }
    if ((int)creating + (int)reading + (int)writing + (int)appending > 1) {
        err_set(&Exc_ValueError, "must have exactly one of create/read/write/append mode");
        return VAL_NULL;
    }
    if (binary && encoding) {
        err_set(&Exc_ValueError, "binary mode doesn't take an encoding argument");
        return VAL_NULL;
    }
    if (binary && errors) {
        err_set(&Exc_ValueError, "binary mode doesn't take an errors argument");
        return VAL_NULL;
    }
    if (binary && newline) {
        err_set(&Exc_ValueError, "binary mode doesn't take a newline argument");
        return VAL_NULL;
    }
    char rawmode[6];
    size_t k = 0;
    if (creating)
        rawmode[k++] = 'x';
    if (reading)
        rawmode[k++] = 'r';
    if (writing)
        rawmode[k++] = 'w';
    if (appending)
        rawmode[k++] = 'a';
    if (updating)
        rawmode[k++] = '+';
    rawmode[k] = 0;

    Value raw = fileio_open(file, rawmode, closefd, opener);
    if (!raw)
        return VAL_NULL;
    Value buffer = VAL_NULL, wrapper = VAL_NULL;
    Value outer = raw; /* the outermost layer made so far: closing it closes all */
    FileIO *f = (FileIO *)val_as_obj(raw);
    bool line_buffering = false;
    if (buffering == 1 || (buffering < 0 && isatty(f->fd))) {
        buffering = -1;
        line_buffering = true;
    }
    if (buffering < 0)
        buffering = f->blksize > IO_DEFAULT_BUFFER_SIZE ? f->blksize : IO_DEFAULT_BUFFER_SIZE;
    if (buffering == 0) {
        if (binary)
            return raw;
        err_set(&Exc_ValueError, "can't have unbuffered text I/O");
        goto fail;
    }
    Type *bt = updating ? &BufferedRandom_Type
               : (creating || writing || appending) ? &BufferedWriter_Type
                                                     : &BufferedReader_Type;
    Value bargs[2] = {raw, int_from_i64(buffering)};
    buffer = call_type(bt, bargs, 2);
    val_decref(bargs[1]);
    if (!buffer)
        goto fail;
    outer = buffer;
    if (binary) {
        val_decref(raw);
        return buffer;
    }
    Value targs[5] = {buffer, a[3] ? a[3] : VAL_NONE, a[4] ? a[4] : VAL_NONE,
                      a[5] ? a[5] : VAL_NONE, val_bool(line_buffering)};
    wrapper = call_type(&TextIOWrapper_Type, targs, 5);
    if (!wrapper)
        goto fail;
    outer = wrapper;
    Value m = mode_obj ? val_ref(mode_obj) : str_from_cstr("r");
    if (!m || io_dict_set((IOObj *)val_as_obj(wrapper), "mode", m) < 0) {
        val_xdecref(m);
        goto fail;
    }
    val_decref(m);
    val_decref(buffer);
    val_decref(raw);
    return wrapper;
fail:;
    /* Close what was opened, keeping the first error. */
    Value exc = err_fetch();
    Value r = obj_call_method_cstr(outer, "close", NULL, 0);
    val_xdecref(r);
    err_clear();
    err_restore(exc);
    val_xdecref(wrapper);
    val_xdecref(buffer);
    val_decref(raw);
    return VAL_NULL;
}

#define IO_OPEN_DOC "Open file and return a stream.  Raise OSError upon failure."
const MethodDef io_open_def = {"open", io_open_fn, 0, IO_OPEN_DOC};

static Value io_open_code(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"path"};
    static const ArgSpec spec = {"open_code", names, 1, 0, 1, 1};
    Value a[1];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    if (!val_is_str(a[0])) {
        err_set(&Exc_TypeError, "open_code() argument 'path' must be str, not %s",
                type_name(val_type(a[0])));
        return VAL_NULL;
    }
    Value m = str_from_cstr("rb");
    if (!m)
        return VAL_NULL;
    Value oa[2] = {a[0], m};
    Value r = io_open_fn(VAL_NULL, oa, 2, NULL);
    val_decref(m);
    return r;
}

static Value io_text_encoding(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"encoding", "stacklevel"};
    static const ArgSpec spec = {"text_encoding", names, 2, 0, 1, 2};
    Value a[2];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    if (a[0] != VAL_NONE)
        return val_ref(a[0]);
    return str_from_cstr("locale");
}

static const MethodDef io_functions[] = {
    {"open", io_open_fn, 0, IO_OPEN_DOC},
    {"open_code", io_open_code, 0, "Opens the provided file with the intent to import the contents."},
    {"text_encoding", io_text_encoding, 0, "A helper function to choose the text encoding."},
    {0},
};

/* ---- The standard streams ---------------------------------------------------------- */

static Value std_streams[3];
static bool std_unbuffered;

int io_set_unbuffered(bool unbuffered)
{
    std_unbuffered = unbuffered;
    return 0;
}

Value io_std_stream(int fd)
{
    if (fd < 0 || fd > 2 || !std_streams[fd])
        return VAL_NONE;
    return std_streams[fd];
}

/* CPython's default for stdin/stdout errors: surrogateescape in the C and
 * POSIX locales and their UTF-8 coercion targets, strict elsewhere. */
static const char *stdio_default_errors(void)
{
    const char *names[] = {"LC_ALL", "LC_CTYPE", "LANG"};
    const char *loc = NULL;
    for (int i = 0; i < 3 && !loc; i++) {
        const char *v = getenv(names[i]);
        if (v && *v)
            loc = v;
    }
    if (!loc || !strcmp(loc, "C") || !strcmp(loc, "POSIX") || !strncmp(loc, "C.", 2))
        return "surrogateescape";
    locale_t l = newlocale(LC_CTYPE_MASK, loc, (locale_t)0);
    if (!l)
        return "surrogateescape"; /* an unknown locale falls back to C */
    freelocale(l);
    return "strict";
}

static Value make_std(int fd, const char *encoding, const char *errors)
{
    if (fcntl(fd, F_GETFD) < 0)
        return val_ref(VAL_NONE);
    bool write = fd != 0;
    Value raw = fileio_open(val_from_int(fd), write ? "wb" : "rb", false, VAL_NULL);
    if (!raw)
        return VAL_NULL;
    static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    Value name = str_from_cstr(names[fd]);
    if (!name || io_dict_set((IOObj *)val_as_obj(raw), "name", name) < 0) {
        val_xdecref(name);
        val_decref(raw);
        return VAL_NULL;
    }
    val_decref(name);
    Value buf = raw;
    if (!(write && std_unbuffered)) {
        Value bargs[1] = {raw};
        buf = call_type(write ? &BufferedWriter_Type : &BufferedReader_Type, bargs, 1);
        val_decref(raw);
        if (!buf)
            return VAL_NULL;
    }
    bool tty = isatty(fd);
    bool line_buffering = !std_unbuffered && (tty || fd == 2);
    Value text = text_new_std(buf, encoding, errors, "\n", line_buffering, std_unbuffered);
    val_decref(buf);
    if (!text)
        return VAL_NULL;
    Value mode = str_from_cstr(write ? "w" : "r");
    if (!mode || io_dict_set((IOObj *)val_as_obj(text), "mode", mode) < 0) {
        val_xdecref(mode);
        val_decref(text);
        return VAL_NULL;
    }
    val_decref(mode);
    return text;
}

int io_init(void)
{
    if (io_types_init() < 0)
        return -1;
    const char *env = getenv("PYTHONIOENCODING");
    char encbuf[64] = "utf-8", errbuf[64] = "";
    if (env && *env) {
        const char *colon = strchr(env, ':');
        size_t elen = colon ? (size_t)(colon - env) : strlen(env);
        if (elen > 0 && elen < sizeof encbuf) {
            memcpy(encbuf, env, elen);
            encbuf[elen] = 0;
        }
        if (colon && colon[1] && strlen(colon + 1) < sizeof errbuf)
            strcpy(errbuf, colon + 1);
    }
    const char *io_errors = errbuf[0] ? errbuf : stdio_default_errors();
    for (int fd = 0; fd < 3; fd++) {
        if (std_streams[fd])
            continue;
        Value s = make_std(fd, encbuf, fd == 2 ? (errbuf[0] ? errbuf : "backslashreplace") : io_errors);
        if (!s)
            return -1;
        std_streams[fd] = s; /* owned for the life of the process */
    }
    return 0;
}

/* ---- The C interface --------------------------------------------------------------- */

int io_write_str(Value file, Value s)
{
    Type *t = val_type(file);
    if (val_is_str(s)) {
        if (t == &TextIOWrapper_Type)
            return text_write_str((TextIO *)val_as_obj(file), s);
        if (t == &StringIO_Type)
            return stringio_write_str((StringIO *)val_as_obj(file), s);
    }
    Value r = obj_call_method_cstr(file, "write", &s, 1);
    if (!r)
        return -1;
    val_decref(r);
    return 0;
}

int io_flush(Value file)
{
    if (obj_type_is(file, &TextIOWrapper_Type))
        return text_flush_c((TextIO *)val_as_obj(file));
    if (obj_type_is(file, &StringIO_Type)) {
        if (((StringIO *)val_as_obj(file))->closed) {
            io_err_closed();
            return -1;
        }
        return 0;
    }
    Value r = obj_call_method_cstr(file, "flush", NULL, 0);
    if (!r)
        return -1;
    val_decref(r);
    return 0;
}

/* Flushes a stream at exit unless it is None or closed; -1 with the error
 * set when the flush failed. */
static int flush_at_exit(Value s)
{
    if (!s || s == VAL_NONE)
        return 0;
    int c = io_is_closed(s);
    if (c != 0) {
        err_clear();
        return 0;
    }
    return io_flush(s);
}

void io_flush_std(void)
{
    for (int fd = 1; fd < 3; fd++)
        if (flush_at_exit(std_streams[fd]) < 0)
            err_clear();
}

static void report_ignored(Value errstream, const char *what, Value exc)
{
    Value msg = obj_str(exc);
    Value line = VAL_NULL;
    if (msg && str_len(val_as_str(msg)) > 0)
        line = str_printf("Exception ignored on flushing %s:\n%s: %U\n", what,
                          type_name(val_type(exc)), val_as_obj(msg));
    else if (msg)
        line = str_printf("Exception ignored on flushing %s:\n%s\n", what, type_name(val_type(exc)));
    val_xdecref(msg);
    if (!line) {
        err_clear();
        return;
    }
    if (!errstream || errstream == VAL_NONE || io_write_str(errstream, line) < 0 ||
        io_flush(errstream) < 0) {
        err_clear();
        ssize_t n;
        const char *u = str_utf8(val_as_str(line), &n);
        if (u && write(2, u, (size_t)n) < 0) {
            /* nowhere left to report it */
        }
        err_clear();
    }
    val_decref(line);
}

int io_finalize_streams(Value out, Value err)
{
    if (!out)
        out = std_streams[1];
    if (!err)
        err = std_streams[2];
    int status = 0;
    if (flush_at_exit(out) < 0) {
        Value exc = err_fetch();
        report_ignored(err, "sys.stdout", exc);
        val_xdecref(exc);
        status = 120;
    }
    if (flush_at_exit(err) < 0)
        err_clear();
    /* Files still open: CPython flushes them as their objects are
     * finalized at shutdown. */
    if (buffered_flush_all() < 0)
        err_clear();
    for (int fd = 1; fd < 3; fd++)
        if (std_streams[fd] != out && std_streams[fd] != err && flush_at_exit(std_streams[fd]) < 0)
            err_clear();
    return status;
}

int io_finalize(void) { return io_finalize_streams(VAL_NULL, VAL_NULL); }

Value io_readline_from(Value in, Value out, Value prompt)
{
    if (!in || in == VAL_NONE) {
        err_set(&Exc_RuntimeError, "input(): lost sys.stdin");
        return VAL_NULL;
    }
    if (!out || out == VAL_NONE) {
        err_set(&Exc_RuntimeError, "input(): lost sys.stdout");
        return VAL_NULL;
    }
    Value errs = std_streams[2];
    if (errs && errs != VAL_NONE && flush_at_exit(errs) < 0)
        err_clear();
    if (prompt) {
        Value s = obj_str(prompt);
        if (!s)
            return VAL_NULL;
        int rc = io_write_str(out, s);
        val_decref(s);
        if (rc < 0)
            return VAL_NULL;
    }
    if (io_flush(out) < 0)
        return VAL_NULL;
    Value line;
    if (obj_type_is(in, &TextIOWrapper_Type))
        line = text_readline_c((TextIO *)val_as_obj(in), -1);
    else
        line = obj_call_method_cstr(in, "readline", NULL, 0);
    if (!line)
        return VAL_NULL;
    if (!val_is_str(line)) {
        err_set(&Exc_TypeError, "object.readline() returned non-string");
        val_decref(line);
        return VAL_NULL;
    }
    StrObj *s = val_as_str(line);
    if (s->length == 0) {
        val_decref(line);
        err_set(&Exc_EOFError, "EOF when reading a line");
        return VAL_NULL;
    }
    if (str_char_at(s, s->length - 1) != '\n')
        return line;
    Value r = str_substr(s, 0, s->length - 1);
    val_decref(line);
    return r;
}

Value io_readline_stdin(Value prompt)
{
    return io_readline_from(io_std_stream(0), io_std_stream(1), prompt);
}

/* ---- Module init --------------------------------------------------------------------- */

int io_module_init(Value module)
{
    if (io_types_init() < 0)
        return -1;
    bool is_io = false;
    Value name = obj_getattr_cstr(module, "__name__");
    if (!name)
        return -1;
    is_io = val_is_str(name) && str_eq_cstr(val_as_str(name), "io");
    val_decref(name);
    if (module_add_functions(module, io_functions) < 0)
        return -1;
    /* `open is io.open`: share the builtins module's function object. */
    Object *bd = builtins_dict();
    Value bopen;
    if (bd && dict_get_cstr(bd, "open", &bopen) > 0) {
        int r = module_add(module, "open", bopen);
        val_decref(bopen);
        if (r < 0)
            return -1;
    }
    static Type *const types[] = {&FileIO_Type, &BytesIO_Type, &StringIO_Type,
                                  &BufferedReader_Type, &BufferedWriter_Type,
                                  &BufferedRandom_Type, &TextIOWrapper_Type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (module_add_type(module, types[i]) < 0)
            return -1;
    if (module_add(module, "UnsupportedOperation", (Value)&Exc_UnsupportedOperation) < 0 ||
        module_add(module, "BlockingIOError", (Value)&Exc_BlockingIOError) < 0 ||
        module_add(module, "DEFAULT_BUFFER_SIZE", val_from_int(IO_DEFAULT_BUFFER_SIZE)) < 0)
        return -1;
    static const char *const base_names[2][4] = {
        {"_IOBase", "_RawIOBase", "_BufferedIOBase", "_TextIOBase"},
        {"IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase"},
    };
    Type *bases[4] = {&IOBase_Type, &RawIOBase_Type, &BufferedIOBase_Type, &TextIOBase_Type};
    for (int i = 0; i < 4; i++)
        if (module_add(module, base_names[is_io][i], (Value)bases[i]) < 0)
            return -1;
    if (is_io) {
        if (module_add(module, "SEEK_SET", val_from_int(0)) < 0 ||
            module_add(module, "SEEK_CUR", val_from_int(1)) < 0 ||
            module_add(module, "SEEK_END", val_from_int(2)) < 0)
            return -1;
    }
    return 0;
}
