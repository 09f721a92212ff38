/* Helpers shared by the numfmt_*.c files: a growable byte buffer, UTF-8
 * decoding and error construction. Not for use outside numfmt. */
#ifndef FT_NUMFMT_INTERNAL_H
#define FT_NUMFMT_INTERNAL_H

#include "numfmt.h"

#include <stdarg.h>

typedef struct {
    char *p;
    size_t len, cap;
    bool oom; /* an allocation failed; every later append is dropped */
} NfBuf;

void nf_put(NfBuf *b, const char *s, size_t n);
void nf_putc(NfBuf *b, char c);
void nf_fill(NfBuf *b, uint32_t cp, int64_t n);  /* n copies of cp (UTF-8) */
void nf_put_cp(NfBuf *b, uint32_t cp);
/* Returns the NUL-terminated text (owned by the caller), or NULL with a
 * MemoryError in err when an append failed. */
char *nf_finish(NfBuf *b, NumfmtError *err);
char *nf_finish_len(NfBuf *b, size_t *outlen, NumfmtError *err);

/* Decodes the code point at s[*i] (valid UTF-8 assumed) and advances *i. */
uint32_t nf_utf8_next(const char *s, size_t len, size_t *i);
size_t nf_utf8_count(const char *s, size_t len);

void nf_error(NumfmtError *err, NumfmtErrorKind kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Digits of |x| as dtoa gives them, trailing zeros stripped ("0" for a zero
 * result): mode 0 shortest round-trip, mode 2 nd significant digits, mode 3
 * nd digits after the point. *decpt: the point's position in the digits. */
char *nf_float_digits(double x, int mode, int nd, int *decpt);

#endif
