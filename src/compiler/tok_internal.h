/* Internals shared by the tokenizer's files (tokenizer.c, tok_source.c);
 * not part of the API in tokenizer.h. */
#ifndef FT_TOK_INTERNAL_H
#define FT_TOK_INTERNAL_H

#include "compiler/tokenizer.h"

/* The source after decoding: UTF-8 text, NUL-terminated, always ending in
 * '\n' (one is appended when the file lacks it, as CPython does). */
typedef struct {
    char *text;
    size_t len;             /* bytes, including the final '\n' */
    int implicit_newline;   /* the final '\n' was added */
    char encoding[64];      /* as the tokenize module names it */
} TokSource;

/* Detects the encoding (BOM, PEP 263 cookie) and decodes buf into src.
 * replace_errors: undecodable UTF-8 outside the cookie lines becomes
 * U+FFFD (what the tokenize module does) instead of an error. Returns 0, or
 * -1 with *err filled (src->text is then NULL). */
int tok_source_decode(const char *buf, size_t len, const char *filename,
                      int replace_errors, TokSource *src, TokError *err);

/* Decodes one UTF-8 sequence at s (at most n bytes); returns its length
 * (>= 1) and the code point in *cp, or 0 if invalid. */
int tok_utf8_decode(const unsigned char *s, size_t n, unsigned *cp);

void *tok_alloc(size_t n);
void *tok_realloc(void *p, size_t n);
void tok_dealloc(void *p);

#endif
