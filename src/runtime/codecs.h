/* Text encoders and decoders with CPython 3.14's semantics, over code point
 * arrays and byte arrays: codec lookup, error handlers, incremental decoding. */
#ifndef FT_CODECS_H
#define FT_CODECS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Text is an array of code points (lone surrogates allowed, as in a Python
 * str); bytes are unsigned char. Results are malloc'd (never NULL on
 * success, even when empty). A failure comes back as a CodecError: the
 * exception for the caller to raise, with CPython's exact message. */
typedef enum {
    CODEC_OK = 0,
    CODEC_LOOKUP_ERROR,
    CODEC_TYPE_ERROR,
    CODEC_UNICODE_DECODE_ERROR,
    CODEC_UNICODE_ENCODE_ERROR,
    CODEC_MEMORY_ERROR,
} CodecErrorKind;

typedef struct {
    CodecErrorKind kind;
    char *msg;            /* malloc'd str(exc); NULL when kind is CODEC_OK */
    /* UnicodeDecodeError/UnicodeEncodeError attributes (the object is the
     * input the caller passed, or the incremental decoder's buffered input
     * for codec_decoder_decode). */
    char encoding[24];    /* exc.encoding: "utf-8", "utf-16-le", "charmap" */
    const char *reason;   /* exc.reason, static */
    size_t start, end;    /* exc.start, exc.end */
} CodecError;

#define CODEC_ERROR_INIT {CODEC_OK, NULL, {0}, NULL, 0, 0}

/* "LookupError", "UnicodeDecodeError", ... */
const char *codec_error_name(CodecErrorKind kind);
void codec_error_clear(CodecError *err);

/* The codecs, by the name codecs.lookup(x).name gives. */
typedef enum {
    CODEC_UTF8,
    CODEC_ASCII,
    CODEC_LATIN1,
    CODEC_UTF16,      /* BOM written on encode, detected on decode */
    CODEC_UTF16_LE,
    CODEC_UTF16_BE,
    CODEC_UTF32,
    CODEC_UTF32_LE,
    CODEC_UTF32_BE,
    CODEC_CP1252,
    CODEC_UNICODE_ESCAPE,      /* never fails to encode */
    CODEC_RAW_UNICODE_ESCAPE,
    CODEC_UTF8_SIG,   /* utf-8 with a BOM written, and skipped if present */
    CODEC_COUNT_,
} CodecId;

/* codecs.lookup(name): name is UTF-8 of len bytes, normalised and resolved
 * through the aliases as encodings.search_function does. An encoding CPython
 * has but ftpy lacks is reported as unknown. LookupError
 * "unknown encoding: NAME". */
bool codec_lookup(const char *name, size_t len, CodecId *out, CodecError *err);
/* codecs.lookup(x).name: "utf-8", "iso8859-1", "utf-16-le", ... */
const char *codec_name(CodecId id);

/* Error handlers are passed by name (NULL means "strict"). As in CPython, a
 * handler name is only looked up when an error needs it: an unknown name
 * is a LookupError "unknown error handler name 'x'" at the first error.
 * Known: strict ignore replace backslashreplace surrogateescape
 * surrogatepass xmlcharrefreplace namereplace (the last two encode only;
 * decoding with them is a TypeError, as in CPython). */

/* str.encode(encoding, errors). */
bool codec_encode(CodecId id, const uint32_t *s, size_t n, const char *errors,
                  unsigned char **out, size_t *outlen, CodecError *err);
/* bytes.decode(encoding, errors). */
bool codec_decode(CodecId id, const unsigned char *b, size_t n,
                  const char *errors, uint32_t **out, size_t *outlen,
                  CodecError *err);

/* Incremental decoding as codecs.getincrementaldecoder(enc)(errors) does
 * it (what TextIOWrapper uses): an incomplete sequence at the end of a
 * chunk is kept for the next one unless final is set. The plain utf-16 and
 * utf-32 decoders settle the byte order from the BOM of the first bytes;
 * without a BOM they raise UnicodeDecodeError "Stream does not start with
 * BOM", exactly as CPython's do. Error positions are relative to the kept
 * bytes followed by the new chunk, as in CPython's BufferedIncrementalDecoder.
 * After an error the decoder's state is unchanged. */
typedef struct {
    CodecId id;
    char *errors;               /* malloc'd copy, NULL for strict */
    int byteorder;              /* utf-16/32: 0 undecided, -1 LE, 1 BE;
                                   utf-8-sig: 0 until the BOM is settled */
    unsigned char pending[8];   /* incomplete tail (at most 7 bytes) */
    size_t npending;
} CodecDecoder;

/* false when memory runs out, or for the escape codecs (not incremental
 * here: CPython keeps an incomplete escape of any length). */
bool codec_decoder_init(CodecDecoder *d, CodecId id, const char *errors);
bool codec_decoder_decode(CodecDecoder *d, const unsigned char *b, size_t n,
                          bool final, uint32_t **out, size_t *outlen,
                          CodecError *err);
void codec_decoder_reset(CodecDecoder *d);
void codec_decoder_free(CodecDecoder *d);

/* ---- fast paths ------------------------------------------------------- */

/* Whether b is well-formed UTF-8 (no surrogates, nothing past U+10FFFF). */
bool codec_utf8_valid(const unsigned char *b, size_t n);
/* The number of code points in well-formed UTF-8 (counts the bytes that
 * are not continuation bytes). */
size_t codec_utf8_count(const unsigned char *b, size_t n);
bool codec_bytes_are_ascii(const unsigned char *b, size_t n);
bool codec_text_is_ascii(const uint32_t *s, size_t n);

#endif
