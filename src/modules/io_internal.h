/* Shared between the io*.c files: the object layouts of the I/O types, the
 * busy protocol that keeps an object exclusive across blocking calls, and
 * the C-level fast paths one layer calls on another. */
#ifndef FT_IO_INTERNAL_H
#define FT_IO_INTERNAL_H

#include <stdatomic.h>
#include <stdint.h>

#include "codecs.h"
#include "critical_section.h"
#include "modules/io.h"
#include "objects/err.h"
#include "objects/obj.h"

#define IO_DEFAULT_BUFFER_SIZE 8192
#define IO_TEXT_CHUNK 8192

/* Every I/O object starts with this. Operations run in a critical section
 * on the object. A blocking syscall (or a call into Python code) suspends
 * that section, so before one the operation marks the object busy with its
 * thread id; any other thread that enters meanwhile parks until the mark is
 * cleared. So operations on one object never interleave: each write lands
 * whole, even when it had to flush in the middle. The same thread finding
 * its own mark re-entered the object from Python code: a RuntimeError, as
 * CPython's "reentrant call". */
typedef struct IOObj {
    Object base;
    Object *dict;               /* instance attributes (mode, name, ...) */
    _Atomic uint32_t busy;      /* tid of the thread inside a suspension point, 0 */
    _Atomic uint8_t busy_waiters;
    uint8_t base_closed;        /* IOBase's own closed flag (Python subclasses) */
} IOObj;

/* Enters o: critical section, then waits until no other thread has o
 * busy. -1 (section ended) with RuntimeError on re-entry by the same
 * thread. */
int io_enter(IOObj *o, CriticalSection *cs);
static inline void io_leave(CriticalSection *cs) { cs_end(cs); }
/* Brackets a point where the critical section may be suspended. */
void io_busy_begin(IOObj *o);
void io_busy_end(IOObj *o);

/* read/write/lseek on a file descriptor with the thread detached (EINTR is
 * retried after running signal handlers... here simply retried). -1 with
 * errno on failure. */
ssize_t io_sys_read(int fd, void *buf, size_t n);
ssize_t io_sys_write(int fd, const void *buf, size_t n);

/* ---- FileIO ---------------------------------------------------------------------- */
typedef struct FileIO {
    IOObj io;
    int fd;                    /* -1 once closed */
    bool readable, writable, appending, created, closefd;
    int8_t seekable;           /* -1 unknown */
    int64_t blksize;
} FileIO;
extern Type FileIO_Type;

/* ---- Buffered{Reader,Writer,Random} ---------------------------------------------- */
typedef struct Buffered {
    IOObj io;
    Value raw;
    FileIO *fraw;              /* raw when it is an exact FileIO: direct fd calls */
    bool readable, writable;   /* the kind: reader, writer, random */
    bool ok, detached;
    uint8_t *buf;
    size_t cap;
    size_t rpos, rend;         /* unread bytes read ahead [rpos, rend) */
    size_t wlen;               /* pending written bytes [0, wlen); nonzero only with no read-ahead */
    struct Buffered *reg_prev, *reg_next; /* writers still open, flushed at exit */
} Buffered;
extern Type BufferedReader_Type, BufferedWriter_Type, BufferedRandom_Type;

static inline bool io_is_buffered(Value v)
{
    Type *t = val_type(v);
    return t == &BufferedWriter_Type || t == &BufferedReader_Type || t == &BufferedRandom_Type;
}
/* Appends data to a buffered writer (flushing as needed); -1 on error. */
int buffered_write_data(Buffered *b, const uint8_t *data, size_t n);
int buffered_flush_c(Buffered *b);
/* Reads at most n bytes with at most one raw read (read1): bytes, b'' at
 * EOF. */
Value buffered_read1_c(Buffered *b, ssize_t n);
int64_t buffered_tell_c(Buffered *b);
int64_t buffered_seek_c(Buffered *b, int64_t pos, int whence);
/* Flushes every open buffered writer (exit); the first error is raised. */
int buffered_flush_all(void);

/* ---- FileIO C entry points ------------------------------------------------------- */
Value fileio_open(Value file, const char *mode, bool closefd, Value opener);
int fileio_write_all(FileIO *f, const uint8_t *data, size_t n);
Value fileio_read_c(FileIO *f, ssize_t n);
int64_t fileio_seek_c(FileIO *f, int64_t pos, int whence);
bool fileio_isatty_c(FileIO *f);

/* ---- TextIOWrapper --------------------------------------------------------------- */
enum { BUFKIND_GENERIC, BUFKIND_BUFFERED, BUFKIND_FILEIO };

typedef struct TextIO {
    IOObj io;
    /* Read without the lock by write()'s fast path, so a buffer once set
     * stays alive as long as the wrapper: detach() and a second __init__
     * keep the old one in `retired` until dealloc. */
    _Atomic Value buffer;
    Value *retired;
    size_t nretired;
    int bufkind;
    bool ok, detached;
    Value encoding;            /* str, as given (or the default) */
    Value errors;              /* str */
    CodecId codec;
    char *errors_c;            /* NULL: strict */
    bool ascii_compat;         /* ASCII text encodes to itself */
    bool enc_started;          /* a BOM-writing codec wrote its BOM already */
    CodecDecoder dec;
    bool has_dec;
    /* newline handling */
    bool readuniversal, readtranslate, writetranslate;
    const char *readnl;        /* NULL (universal), "\n", "\r", "\r\n" */
    const char *writenl;       /* NULL: no translation ("\n") */
    bool line_buffering, write_through;
    bool readable, writable, seekable, telling;
    bool pending_cr;           /* newlines: a chunk ended in '\r', kind not yet known */
    uint8_t seen_nl;           /* 1 \r, 2 \n, 4 \r\n */
    /* decoded text not yet returned */
    Value decoded;             /* str or VAL_NULL */
    ssize_t dpos;
    /* encoded bytes not yet given to a generic buffer */
    uint8_t *pend;
    size_t pend_len, pend_cap;
} TextIO;
extern Type TextIOWrapper_Type;

int text_write_str(TextIO *t, Value s);  /* the fast path of write(); -1 on error */
/* Shared by io_text.c and io_textread.c (t entered unless said). */
void io_raise_codec(CodecError *e, Value object);
int text_check_attached(TextIO *t);
int text_buffer_closed(TextIO *t);
int text_check_open(TextIO *t);
int text_flush_unlocked(TextIO *t);
void text_drop_decoded(TextIO *t);     /* forget read-ahead, reset the decoder */
int64_t text_unconsumed_bytes(TextIO *t); /* bytes read from the buffer but not returned */
Value text_read_unlocked(TextIO *t, ssize_t n);
Value text_readline_unlocked(TextIO *t, ssize_t limit);
Value text_get_newlines(Value self, void *c);
Value text_iternext(Value self);
int text_flush_c(TextIO *t);
Value text_readline_c(TextIO *t, ssize_t limit);
Value text_new_std(Value buffer, const char *encoding, const char *errors, const char *newline,
                   bool line_buffering, bool write_through);

/* ---- StringIO / BytesIO ---------------------------------------------------------- */
typedef struct StringIO {
    IOObj io;
    uint32_t *buf;
    size_t len, cap, pos;
    bool ok, closed;
    bool translate;            /* newline=None: \r and \r\n become \n on write */
    bool universal;            /* readline splits on any newline */
    const char *writenl;       /* "\r", "\r\n": '\n' becomes it on write */
    const char *readnl;
    uint8_t seen_nl;
} StringIO;
extern Type StringIO_Type;
int stringio_write_str(StringIO *s, Value str);

typedef struct BytesIO {
    IOObj io;
    uint8_t *buf;
    size_t len, cap, pos;
    bool closed;
    ssize_t exports;
} BytesIO;
extern Type BytesIO_Type;

/* ---- Base classes, errors and helpers (io_base.c) -------------------------------- */
extern Type IOBase_Type, RawIOBase_Type, BufferedIOBase_Type, TextIOBase_Type;
extern Type Exc_UnsupportedOperation;

Value io_err_closed(void);                /* ValueError "I/O operation on closed file." */
Value io_err_unsupported(const char *msg);
/* self.closed as a C bool: 1/0, -1 on error. */
int io_is_closed(Value self);
/* -1 + ValueError when closed. */
int io_check_closed(Value self);
/* The bytes of a bytes-like argument; data valid while o lives. */
int io_get_bytes(Value o, const uint8_t **data, ssize_t *len);
/* A writable buffer (bytearray, writable memoryview) for readinto. */
int io_get_writable(Value o, uint8_t **data, ssize_t *len);
/* size argument: None or int; -1 for "all". */
int io_parse_size(Value v, ssize_t *out);
/* An attribute from the instance dict (borrowed, VAL_NULL if missing). */
Value io_dict_get(IOObj *o, const char *name);
int io_dict_set(IOObj *o, const char *name, Value v);
/* The type name for reprs, "_io.FileIO" or the subclass's name. */
const char *io_type_name(Value self);
/* Exposes len bytes as bytes. */
Value io_bytes(const uint8_t *data, size_t n);

int io_types_ready(void);

#endif
