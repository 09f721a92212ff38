/* Shared by the codecs*.c files only: output buffers, error handler
 * dispatch and the per-codec entry points. */
#ifndef FT_CODECS_INTERNAL_H
#define FT_CODECS_INTERNAL_H

#include "codecs.h"

typedef struct { uint32_t *p; size_t n, cap; } CodecCps;
typedef struct { unsigned char *p; size_t n, cap; } CodecBytes;

bool codec_cps_grow(CodecCps *b, size_t more);
bool codec_bytes_grow(CodecBytes *b, size_t more);

static inline bool codec_cps_put(CodecCps *b, uint32_t c)
{
    if (b->n == b->cap && !codec_cps_grow(b, 1))
        return false;
    b->p[b->n++] = c;
    return true;
}

static inline bool codec_bytes_put(CodecBytes *b, unsigned char c)
{
    if (b->n == b->cap && !codec_bytes_grow(b, 1))
        return false;
    b->p[b->n++] = c;
    return true;
}

/* What the surrogatepass handler may turn a surrogate into, by the error's
 * encoding (CPython decides by exc.encoding the same way). */
enum { CODEC_SP_NONE, CODEC_SP_UTF8, CODEC_SP_UTF16LE, CODEC_SP_UTF16BE,
       CODEC_SP_UTF32LE, CODEC_SP_UTF32BE };

typedef enum {
    CODEC_H_STRICT, CODEC_H_IGNORE, CODEC_H_REPLACE, CODEC_H_BACKSLASH,
    CODEC_H_SURROGATEESCAPE, CODEC_H_SURROGATEPASS, CODEC_H_XMLCHARREF,
    CODEC_H_NAMEREPLACE, CODEC_H_UNKNOWN,
} CodecHandler;

CodecHandler codec_handler_from_name(const char *errors);

/* A decode in progress. in/n is the whole object the handler sees. */
typedef struct {
    const char *encoding;
    const char *errors;
    CodecHandler handler;
    int sp;
    const unsigned char *in;
    size_t n;
    CodecCps out;
    CodecError *err;
} CodecDec;

/* An encode in progress. put_ascii encodes one ASCII character of a
 * handler's str replacement; unit is the code unit size (2 for utf-16,
 * 4 for utf-32): a handler's bytes replacement must be a multiple of it. */
typedef struct {
    const char *encoding;
    const char *errors;
    CodecHandler handler;
    int sp;
    int unit;
    bool se_skip;  /* surrogateescape first writes the escapable prefix */
    bool (*put_ascii)(CodecBytes *b, unsigned char c);
    const uint32_t *in;
    size_t n;
    CodecBytes out;
    CodecError *err;
} CodecEnc;

/* Applies the handler to the malformed input [start, end) with the given
 * reason: appends its replacement and sets *resume, or fills the error and
 * returns false. */
bool codec_dec_error(CodecDec *d, const char *reason, size_t start,
                     size_t end, size_t *resume);
bool codec_enc_error(CodecEnc *e, const char *reason, size_t start,
                     size_t end, size_t *resume);
bool codec_set_memory_error(CodecError *err);

/* Per-codec workers. consumed: NULL for a final decode, else receives how
 * many bytes were decoded (an incomplete tail stays). bo: utf-16/32 byte
 * order in/out (0: detect from a BOM, -1 LE, 1 BE). */
bool codec_utf8_decode(CodecDec *d, size_t *consumed);
bool codec_utf8_encode(CodecEnc *e);
bool codec_utf16_decode(CodecDec *d, int *bo, size_t *consumed);
bool codec_utf16_encode(CodecEnc *e, int bo, bool bom);
bool codec_utf32_decode(CodecDec *d, int *bo, size_t *consumed);
bool codec_utf32_encode(CodecEnc *e, int bo, bool bom);
bool codec_ascii_decode(CodecDec *d);
bool codec_ascii_encode(CodecEnc *e, uint32_t limit);
bool codec_cp1252_decode(CodecDec *d);
bool codec_cp1252_encode(CodecEnc *e);
bool codec_escape_encode(CodecEnc *e, bool raw);
bool codec_unicode_escape_decode(CodecDec *d);
bool codec_raw_unicode_escape_decode(CodecDec *d);
bool codec_put_ascii_1(CodecBytes *b, unsigned char c);

#endif
