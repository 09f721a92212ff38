/* Private to bytes, bytearray and memoryview: the operations they share
 * over (data, length) pairs. */
#ifndef FT_BYTES_INTERNAL_H
#define FT_BYTES_INTERNAL_H

#include "bytesobj.h"
#include "str_internal.h"

Value bytes_alloc(Type *type, ssize_t len);
Value bytes_exact(Value b);
/* An int in 0..255 from v (ValueError "byte must be in range(0, 256)",
 * TypeError for non-ints); -1 on error. */
int bytes_byte_value(Value v);
/* bytes_msg: the ValueError says "bytes must be..." (bytes()) */
int bytes_collect_ints(Value iterable, uint8_t **out, ssize_t *outlen, bool bytes_msg);
/* The contents bytes(x)/bytearray(x) take from one argument. */
int bytes_source(Value x, const char *tname, const uint8_t **data, ssize_t *len, bool *owned);
/* The same for (source, encoding, errors); *keep holds an encoded bytes
 * object the data points into (decref it after). */
int bytes_args_data(const char *tname, Value src, Value enc, Value errs, const uint8_t **data,
                    ssize_t *len, bool *owned, Value *keep);
int bytes_cmp_data(const uint8_t *a, ssize_t na, const uint8_t *b, ssize_t nb);
Value bytes_compare_result(int c, int op);
bool bytes_repeat_count(Value n, ssize_t *count);
/* d * count as a new bytes (type Bytes_Type) or bytearray. */
Value bytes_repeat_data(Type *type, const uint8_t *d, ssize_t n, ssize_t count);
Value bytes_subscript(Type *result_type, const uint8_t *d, ssize_t n, Value key);
int bytes_contains_data(const uint8_t *d, ssize_t n, Value item);

/* A new object of the result type (bytes or bytearray) holding data. */
static inline Value bytes_like_new(Type *t, const void *data, ssize_t len)
{
    return t == &Bytes_Type ? bytes_from_data(data, len) : bytearray_from_data(data, len);
}

/* The method tables and the shared method bodies (bytes_methods.c): each
 * takes the receiver's data as read at the call, and the type of new
 * objects it makes. */
extern const MethodDef bytes_methods[];
extern const MethodDef bytearray_methods[];

/* The text-like methods shared by bytes and bytearray: one entry point per
 * method name, given the receiver (self), its data snapshot and the
 * result type. */
typedef Value (*BytesSharedFn)(Value self, Type *rt, const uint8_t *d, ssize_t n, const Value *args,
                               size_t nargs, Object *kwnames);

/* The methods bytes and bytearray share; bytearray_m_NAME is the
 * bytearray entry point (it reads the data under the object's lock). */
#define BYTES_SHARED_LIST(X)                                                                       \
    X(capitalize) X(center) X(count) X(decode) X(endswith) X(expandtabs) X(find) X(hex) X(index)   \
    X(isalnum) X(isalpha) X(isascii) X(isdigit) X(islower) X(isspace) X(istitle) X(isupper)        \
    X(join) X(ljust) X(lower) X(lstrip) X(partition) X(removeprefix) X(removesuffix) X(replace)    \
    X(rfind) X(rindex) X(rjust) X(rpartition) X(rsplit) X(rstrip) X(split) X(splitlines)           \
    X(startswith) X(strip) X(swapcase) X(title) X(translate) X(upper) X(zfill)
#define BYTES_DECLARE_BA(name) Value bytearray_m_##name(Value self, const Value *args, size_t nargs, Object *kwnames);
BYTES_SHARED_LIST(BYTES_DECLARE_BA)
Value bytearray_call_shared(BytesSharedFn fn, Value self, const Value *args, size_t nargs, Object *kwnames);
Value bytes_fromhex_for(Type *base, Value cls, const Value *args, size_t nargs, Object *kwnames);
Value bytes_maketrans_m(Value unused, const Value *args, size_t nargs, Object *kwnames);
Value bytes_hex_data(const uint8_t *d, ssize_t n, const Value *args, size_t nargs, Object *kwnames);

/* '%' with a bytes template (bytes_percent.c). */
Value bytes_percent(Value template_, Value args);
Value bytes_percent_data(Type *rt, const uint8_t *d, ssize_t n, Value args);

/* memoryview's buffer (for buffer_get): -1 + ValueError when released. */
int memoryview_buffer(Value mv, const uint8_t **data, ssize_t *len);

/* bytearray internals shared with memoryview. */
void bytearray_export(ByteArrayObj *a, int delta);

#endif
