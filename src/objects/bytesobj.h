/* bytes (immutable, data inline), bytearray (a mutable buffer, mutated in
 * critical sections) and memoryview (a window on either), plus the simple
 * buffer protocol the runtime uses for bytes-like arguments. */
#ifndef FT_BYTESOBJ_H
#define FT_BYTESOBJ_H

#include <stdatomic.h>

#include "obj.h"

/* size bytes of data (plus a NUL) follow the BytesObj, also in instances
 * of bytes subclasses (the core keeps their instance dict at the end of
 * the block). */
typedef struct BytesObj {
    Object base;
    ssize_t size;
    _Atomic hash_t hash;   /* -1 until computed (relaxed) */
} BytesObj;

/* bytearray's storage: replaced (never resized in place) when it grows, and
 * the old one retired through QSBR, so a reader that loaded the pointer
 * without the lock may still read cap bytes of it. */
typedef struct ByteArrayBuf {
    ssize_t cap;
    uint8_t data[];
} ByteArrayBuf;

/* Mutations run in a critical section on the object; exports counts live
 * memoryviews (a bytearray with exports refuses to resize). */
typedef struct ByteArrayObj {
    Object base;
    _Atomic ssize_t size;
    _Atomic(ByteArrayBuf *) buf; /* NULL when empty and never grown */
    _Atomic ssize_t exports;
} ByteArrayObj;

/* A contiguous one-dimensional byte view (format 'B') of a bytes or
 * bytearray (or of another memoryview's object). */
typedef struct MemoryViewObj {
    Object base;
    Value obj;             /* the exporter; VAL_NULL once released */
    ssize_t start;         /* first byte in obj's data */
    ssize_t step;          /* 1 for contiguous views */
    ssize_t length;        /* items */
    bool readonly;
    _Atomic bool released;
    _Atomic hash_t hash;
} MemoryViewObj;

extern Type Bytes_Type, ByteArray_Type, MemoryView_Type, BytesIter_Type, ByteArrayIter_Type;

static inline bool val_is_bytes(Value v)
{
    return val_is_obj(v) && (val_as_obj(v)->type->tflags & TF_BYTES_SUBCLASS) != 0;
}
static inline bool val_is_bytearray(Value v)
{
    return val_is_obj(v) && type_is_subtype(val_as_obj(v)->type, &ByteArray_Type);
}
static inline BytesObj *val_as_bytes(Value v) { return (BytesObj *)val_as_obj(v); }
static inline uint8_t *bytes_data(const BytesObj *b) { return (uint8_t *)(b + 1); }
static inline ssize_t bytes_size(const BytesObj *b) { return b->size; }

/* Construction. bytes_new_raw: len uninitialised bytes (NUL-terminated) to
 * fill before the object escapes. */
Value bytes_from_data(const void *data, ssize_t len);
Value bytes_new_raw(ssize_t len);
Value bytes_empty(void); /* immortal b'' */
/* bytes(x) for any x bytes() accepts. */
Value bytes_from_object(Value x);
Value bytes_concat(Value a, Value b);
hash_t bytes_hash(BytesObj *b);
/* repr of raw data with CPython's escaping: b'...' (or bytearray(b'...')
 * when prefix is "bytearray(" and suffix ")"). */
Value bytes_repr_data(const uint8_t *data, ssize_t len, const char *prefix, const char *suffix);

Value bytearray_from_data(const void *data, ssize_t len);
/* The bytearray's current data and size; the pointer stays readable until
 * the caller's next quiescent state even if another thread resizes it. */
uint8_t *bytearray_data(ByteArrayObj *a, ssize_t *len);

/* The simple buffer protocol: the bytes of a bytes-like object (bytes,
 * bytearray, memoryview (contiguous)). 0 on success; -1 + TypeError "a
 * bytes-like object is required, not 'X'" otherwise. The data stays valid
 * while o lives and, for a bytearray, is not resized. */
int buffer_get(Value o, const uint8_t **data, ssize_t *len);
/* 1 when o supports buffer_get, else 0 (no exception). */
int buffer_check(Value o);
/* The same as buffer_get, under the name modules/builtins.h declares. */
int buffer_get_simple(Value o, const uint8_t **data, ssize_t *len);

/* memoryview(o) */
Value memoryview_new(Value o);

#endif
