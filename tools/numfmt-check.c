/* numfmt-check: runs numfmt on test lines from stdin and prints one line
 * each, "ok RESULT" or "error Kind: message" (tests/numfmt/run.sh). */
#include "numfmt.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Arguments are space-separated; inside one, "\xNN" is a byte, "\\" a
 * backslash and a lone "\E" the empty string. Results print with bytes
 * below 0x20, 0x7f and '\' as "\xNN". */
static size_t unescape(char *s)
{
    if (strcmp(s, "\\E") == 0) {
        s[0] = 0;
        return 0;
    }
    size_t n = 0;
    for (size_t i = 0; s[i]; i++) {
        if (s[i] == '\\' && s[i + 1] == 'x' && s[i + 2] && s[i + 3]) {
            char h[3] = {s[i + 2], s[i + 3], 0};
            s[n++] = (char)strtol(h, NULL, 16);
            i += 3;
        } else if (s[i] == '\\' && s[i + 1] == '\\') {
            s[n++] = '\\';
            i++;
        } else {
            s[n++] = s[i];
        }
    }
    s[n] = 0;
    return n;
}

static void put_escaped(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c == 0x7f || c == '\\')
            printf("\\x%02x", c);
        else
            putchar(c);
    }
}

/* s: a result of n bytes (SIZE_MAX: up to its NUL), or NULL for err */
static void result_n(char *s, size_t n, NumfmtError *err)
{
    if (s) {
        fputs("ok ", stdout);
        put_escaped(s, n == SIZE_MAX ? strlen(s) : n);
        free(s);
    } else {
        printf("error %s: ", numfmt_error_name(err->kind));
        put_escaped(err->msg ? err->msg : "", err->msg ? strlen(err->msg) : 0);
    }
    putchar('\n');
    numfmt_error_clear(err);
}

static void result(char *s, NumfmtError *err)
{
    result_n(s, SIZE_MAX, err);
}

static char *double_text(double x)
{
    if (isnan(x))
        return strdup(signbit(x) ? "-nan" : "nan");
    return numfmt_float_hex(x);
}

static char *mpz_text(mpz_srcptr v)
{
    char *s = malloc(mpz_sizeinbase(v, 10) + 2);
    mpz_get_str(s, 10, v);
    return s;
}

static bool parse_percent(const char *fmt, NumfmtPercent *f, char *conv)
{
    memset(f, 0, sizeof *f);
    f->width = f->precision = -1;
    if (*fmt++ != '%')
        return false;
    for (;; fmt++) {
        if (*fmt == '-') f->ljust = true;
        else if (*fmt == '+') f->sign = true;
        else if (*fmt == ' ') f->blank = true;
        else if (*fmt == '#') f->alt = true;
        else if (*fmt == '0') f->zero = true;
        else break;
    }
    if (*fmt >= '0' && *fmt <= '9')
        f->width = strtoll(fmt, (char **)&fmt, 10);
    if (*fmt == '.') {
        fmt++;
        f->precision = strtoll(fmt, (char **)&fmt, 10);
    }
    *conv = *fmt;
    return fmt[0] && !fmt[1];
}

int main(void)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    mpz_t a, b;
    mpz_inits(a, b, NULL);
    while ((got = getline(&line, &cap, stdin)) > 0) {
        if (line[got - 1] == '\n')
            line[--got] = 0;
        char *arg[6] = {0};
        size_t alen[6] = {0};
        int na = 0;
        for (char *tok = strtok(line, " "); tok && na < 6; tok = strtok(NULL, " ")) {
            arg[na] = tok;
            alen[na] = unescape(tok);
            na++;
        }
        if (na == 0)
            continue;
        const char *cmd = arg[0];
        NumfmtError err = NUMFMT_ERROR_INIT;
        size_t n = 0;
        long limit = na > 3 ? atol(arg[3]) : 4300;
        if (strcmp(cmd, "format-int") == 0 && na >= 3) {
            mpz_set_str(a, arg[1], 10);
            { char *r_ = numfmt_format_int(a, arg[2], alen[2], "int", limit, &n, &err); result_n(r_, n, &err); }
        } else if (strcmp(cmd, "format-float") == 0 && na >= 3) {
            { char *r_ = numfmt_format_float(strtod(arg[1], NULL), arg[2], alen[2], &n, &err); result_n(r_, n, &err); }
        } else if (strcmp(cmd, "format-complex") == 0 && na >= 4) {
            { char *r_ = numfmt_format_complex(strtod(arg[1], NULL), strtod(arg[2], NULL),
                                           arg[3], alen[3], &n, &err); result_n(r_, n, &err); }
        } else if (strcmp(cmd, "format-str") == 0 && na >= 3) {
            { char *r_ = numfmt_format_str(arg[1], alen[1], arg[2], alen[2], &n, &err); result_n(r_, n, &err); }
        } else if (strcmp(cmd, "percent-int") == 0 && na >= 3) {
            NumfmtPercent f;
            char conv;
            parse_percent(arg[1], &f, &conv);
            mpz_set_str(a, arg[2], 10);
            { char *r_ = numfmt_percent_int(a, conv, &f, 4300, &n, &err); result_n(r_, n, &err); }
        } else if (strcmp(cmd, "percent-float") == 0 && na >= 3) {
            NumfmtPercent f;
            char conv;
            parse_percent(arg[1], &f, &conv);
            double x = strtod(arg[2], NULL);
            if (conv == 'r' || conv == 's' || conv == 'a') {
                char *r = numfmt_format_float(x, "", 0, NULL, &err);
                char *s = numfmt_percent_text(r, strlen(r), conv, &f, &n);
                free(r);
                result_n(s, n, &err);
            } else {
                result(numfmt_percent_float(x, conv, &f, &err), &err);
            }
        } else if (strcmp(cmd, "parse-float") == 0 && na >= 2) {
            double x;
            result(numfmt_parse_float(arg[1], alen[1], &x, &err) ? double_text(x) : NULL, &err);
        } else if (strcmp(cmd, "parse-int") == 0 && na >= 3) {
            bool ok = numfmt_parse_int(a, arg[1], alen[1], atoi(arg[2]), limit, &err);
            result(ok ? mpz_text(a) : NULL, &err);
        } else if (strcmp(cmd, "int-str") == 0 && na >= 3) {
            mpz_set_str(a, arg[1], 10);
            result(numfmt_int_to_str(a, atoi(arg[2]), true, limit, &err), &err);
        } else if (strcmp(cmd, "hex") == 0 && na >= 2) {
            result(numfmt_float_hex(strtod(arg[1], NULL)), &err);
        } else if (strcmp(cmd, "fromhex") == 0 && na >= 2) {
            double x;
            result(numfmt_float_fromhex(arg[1], alen[1], &x, &err) ? double_text(x) : NULL, &err);
        } else if (strcmp(cmd, "round") == 0 && na >= 3) {
            double x = strtod(arg[1], NULL), r;
            if (strcmp(arg[2], "none") == 0) {
                bool ok = numfmt_round_to_int(x, a, &err);
                result(ok ? mpz_text(a) : NULL, &err);
            } else {
                bool ok = numfmt_round(x, strtoll(arg[2], NULL, 10), &r, &err);
                result(ok ? double_text(r) : NULL, &err);
            }
        } else if (strcmp(cmd, "ratio") == 0 && na >= 2) {
            if (numfmt_as_integer_ratio(strtod(arg[1], NULL), a, b, &err)) {
                char *num = mpz_text(a), *den = mpz_text(b);
                printf("ok %s/%s\n", num, den);
                free(num);
                free(den);
            } else {
                result(NULL, &err);
            }
        } else {
            printf("error bad test line\n");
        }
    }
    mpz_clears(a, b, NULL);
    free(line);
    return 0;
}
