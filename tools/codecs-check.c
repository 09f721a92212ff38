/* codecs-check: runs the codecs on test lines from stdin and prints one line
 * each, "ok RESULT" or "error Kind: message [start end]" (tests/codecs). */
#include "codecs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Lines:
 *   lookup NAME                       NAME with "\xNN" escapes
 *   decode ENC ERRORS HEX             bytes.decode; HEX "-" is empty
 *   idecode ENC ERRORS HEX|HEX|... final|more
 *                                     an incremental decoder fed chunk by
 *                                     chunk, final on the last if "final"
 *   encode ENC ERRORS CPS             str.encode; CPS hex, comma-separated
 *   fast HEX                          the fast paths: "ok valid=V count=N
 *                                     ascii=A" (count "-" when not valid;
 *                                     ascii from both the bytes and the
 *                                     code points of their latin-1 text)
 * Results: code points as comma-separated hex, bytes as hex, "-" if empty;
 * idecode prints each chunk's result joined by '|' and " pending=HEX", or
 * the error and " (chunk K)". Messages print with bytes outside ' '..'~'
 * and '\' as "\xNN". */

static void put_escaped(const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c < 0x20 || c >= 0x7f || c == '\\')
            printf("\\x%02x", c);
        else
            putchar(c);
    }
}

static void put_error(const CodecError *err)
{
    printf("error %s: ", codec_error_name(err->kind));
    put_escaped(err->msg ? err->msg : "");
    if (err->kind == CODEC_UNICODE_DECODE_ERROR || err->kind == CODEC_UNICODE_ENCODE_ERROR)
        printf(" [%zu %zu]", err->start, err->end);
}

static size_t unescape(char *s)
{
    size_t n = 0;
    for (size_t i = 0; s[i]; i++) {
        if (s[i] == '\\' && s[i + 1] == 'x' && s[i + 2] && s[i + 3]) {
            char h[3] = {s[i + 2], s[i + 3], 0};
            s[n++] = (char)strtol(h, NULL, 16);
            i += 3;
        } else {
            s[n++] = s[i];
        }
    }
    s[n] = 0;
    return n;
}

static unsigned char *parse_hex(const char *s, size_t *n)
{
    size_t len = strlen(s);
    unsigned char *b = malloc(len / 2 + 1);
    *n = 0;
    if (strcmp(s, "-") == 0)
        return b;
    for (size_t i = 0; i + 1 < len; i += 2) {
        char h[3] = {s[i], s[i + 1], 0};
        b[(*n)++] = (unsigned char)strtoul(h, NULL, 16);
    }
    return b;
}

static uint32_t *parse_cps(char *s, size_t *n)
{
    uint32_t *c = malloc((strlen(s) + 1) * sizeof *c);
    *n = 0;
    if (strcmp(s, "-") == 0)
        return c;
    for (char *tok = strtok(s, ","); tok; tok = strtok(NULL, ","))
        c[(*n)++] = (uint32_t)strtoul(tok, NULL, 16);
    return c;
}

static void put_cps(const uint32_t *c, size_t n)
{
    if (n == 0)
        fputs("-", stdout);
    for (size_t i = 0; i < n; i++)
        printf(i ? ",%x" : "%x", (unsigned)c[i]);
}

static void put_bytes(const unsigned char *b, size_t n)
{
    if (n == 0)
        fputs("-", stdout);
    for (size_t i = 0; i < n; i++)
        printf("%02x", b[i]);
}

static bool lookup(const char *name, CodecId *id, CodecError *err)
{
    return codec_lookup(name, strlen(name), id, err);
}

static void run_line(char *line)
{
    char *argv[6] = {0};
    int argc = 0;
    for (char *tok = strtok(line, " \n"); tok && argc < 6; tok = strtok(NULL, " \n"))
        argv[argc++] = tok;
    if (argc == 0)
        return;
    CodecError err = CODEC_ERROR_INIT;
    CodecId id;
    const char *cmd = argv[0];
    if (strcmp(cmd, "lookup") == 0 && argc == 2) {
        size_t len = unescape(argv[1]);
        if (codec_lookup(argv[1], len, &id, &err))
            printf("ok %s", codec_name(id));
        else
            put_error(&err);
    } else if (strcmp(cmd, "decode") == 0 && argc == 4) {
        size_t n, outlen;
        uint32_t *out;
        unsigned char *b = parse_hex(argv[3], &n);
        if (!lookup(argv[1], &id, &err)) {
            put_error(&err);
        } else if (codec_decode(id, b, n, argv[2], &out, &outlen, &err)) {
            fputs("ok ", stdout);
            put_cps(out, outlen);
            free(out);
        } else {
            put_error(&err);
        }
        free(b);
    } else if (strcmp(cmd, "encode") == 0 && argc == 4) {
        size_t n, outlen;
        unsigned char *out;
        uint32_t *c = parse_cps(argv[3], &n);
        if (!lookup(argv[1], &id, &err)) {
            put_error(&err);
        } else if (codec_encode(id, c, n, argv[2], &out, &outlen, &err)) {
            fputs("ok ", stdout);
            put_bytes(out, outlen);
            free(out);
        } else {
            put_error(&err);
        }
        free(c);
    } else if (strcmp(cmd, "fast") == 0 && argc == 2) {
        size_t n;
        unsigned char *b = parse_hex(argv[1], &n);
        uint32_t *t = malloc((n + 1) * sizeof *t);
        for (size_t i = 0; i < n; i++)
            t[i] = b[i];
        bool valid = codec_utf8_valid(b, n);
        bool ascii = codec_bytes_are_ascii(b, n);
        if (ascii != codec_text_is_ascii(t, n))
            printf("error text and bytes disagree");
        else if (valid)
            printf("ok valid=1 count=%zu ascii=%d", codec_utf8_count(b, n), ascii);
        else
            printf("ok valid=0 count=- ascii=%d", ascii);
        free(t);
        free(b);
    } else if (strcmp(cmd, "idecode") == 0 && argc == 5) {
        bool final = strcmp(argv[4], "final") == 0;
        CodecDecoder d;
        if (!lookup(argv[1], &id, &err)) {
            put_error(&err);
        } else if (codec_decoder_init(&d, id, argv[2])) {
            /* split on '|' by hand: strtok is busy with the line */
            char *chunks[64];
            int nchunks = 0;
            char *p = argv[3];
            chunks[nchunks++] = p;
            for (; *p; p++)
                if (*p == '|' && nchunks < 64) {
                    *p = 0;
                    chunks[nchunks++] = p + 1;
                }
            char res[8192] = "ok ";
            size_t rl = 3;
            bool failed = false;
            for (int k = 0; k < nchunks && !failed; k++) {
                size_t n, outlen;
                uint32_t *out;
                unsigned char *b = parse_hex(chunks[k], &n);
                if (codec_decoder_decode(&d, b, n, final && k == nchunks - 1,
                                         &out, &outlen, &err)) {
                    if (k)
                        rl += (size_t)snprintf(res + rl, sizeof res - rl, "|");
                    if (outlen == 0)
                        rl += (size_t)snprintf(res + rl, sizeof res - rl, "-");
                    for (size_t i = 0; i < outlen && rl < sizeof res - 16; i++)
                        rl += (size_t)snprintf(res + rl, sizeof res - rl,
                                               i ? ",%x" : "%x", (unsigned)out[i]);
                    free(out);
                } else {
                    put_error(&err);
                    printf(" (chunk %d)", k);
                    failed = true;
                }
                free(b);
            }
            if (!failed) {
                fputs(res, stdout);
                fputs(" pending=", stdout);
                put_bytes(d.pending, d.npending);
            }
            codec_decoder_free(&d);
        }
    } else {
        printf("bad line");
    }
    putchar('\n');
    codec_error_clear(&err);
}

int main(void)
{
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, stdin) > 0)
        run_line(line);
    free(line);
    return 0;
}
