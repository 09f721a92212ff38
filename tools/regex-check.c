/* regex-check: runs test lines through the regex engine and prints results
 * in the format tests/regex/gen-cases.py prints from CPython's re.
 *   line:  GROUP OP FLAGS KIND PATTERN SUBJECT [TEMPLATE]
 *   OP: search|match|fullmatch[:POS:ENDPOS] | findall | sub | split
 *   KIND: s (str) or b (bytes). Fields: bytes '!'..'~' as themselves,
 *   "\\" a backslash, "\x{HEX}" any code point, "\E" the empty string.
 * Output: "error MSG at POS|None", "none", "m LASTINDEX s,e s,e ...",
 * "all [s,e s,e] [..]", "sub TEXT", "split TEXT|\N ...". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/regex.h"

static size_t unesc(const char *f, uint32_t *out)
{
    size_t n = 0;
    if (strcmp(f, "\\E") == 0) return 0;
    for (size_t i = 0; f[i];) {
        if (f[i] == '\\' && f[i + 1] == '\\') {
            out[n++] = '\\';
            i += 2;
        } else if (f[i] == '\\' && f[i + 1] == 'x' && f[i + 2] == '{') {
            char *e;
            out[n++] = (uint32_t)strtoul(f + i + 3, &e, 16);
            i = (size_t)(e - f) + 1;
        } else {
            out[n++] = (unsigned char)f[i++];
        }
    }
    return n;
}

static void put(const uint32_t *s, size_t n)
{
    if (n == 0) {
        fputs("\\E", stdout);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        uint32_t c = s[i];
        if (c == '\\') fputs("\\\\", stdout);
        else if (c > ' ' && c < 0x7f) putchar((int)c);
        else printf("\\x{%x}", c);
    }
}

static void put_msg(const char *m)
{
    for (; *m; m++) {
        unsigned char c = (unsigned char)*m;
        if (c < 0x20) printf("\\x{%x}", c);
        else putchar(c);
    }
}

static void put_err(const RegexError *e)
{
    fputs("error ", stdout);
    put_msg(e->msg);
    if (e->pos < 0) fputs(" at None", stdout);
    else printf(" at %zd", e->pos);
}

static void put_spans(const RegexResult *r, int groups)
{
    for (int g = 0; g <= groups; g++) {
        if (g) putchar(' ');
        printf("%zd,%zd", r->spans[2 * g], r->spans[2 * g + 1]);
    }
}

int main(void)
{
    static char line[1 << 20];
    static uint32_t pat[1 << 18], subj[1 << 18], repl[1 << 18];
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = 0;
        char *f[8] = {0};
        int nf = 0;
        for (char *tok = strtok(line, " "); tok && nf < 8; tok = strtok(NULL, " ")) f[nf++] = tok;
        if (nf < 6) {
            puts("bad line");
            continue;
        }
        const char *op = f[1];
        int flags = atoi(f[2]);
        bool bytes = f[3][0] == 'b';
        size_t np = unesc(f[4], pat), ns = unesc(f[5], subj);
        RegexError err;
        RegexPattern *p = regex_compile(pat, np, flags, bytes, &err);
        if (!p) {
            put_err(&err);
            putchar('\n');
            continue;
        }
        int groups = regex_groups(p);
        ssize_t *spans = malloc(2 * ((size_t)groups + 1) * sizeof *spans);
        RegexResult res = {.spans = spans};
        if (strncmp(op, "search", 6) == 0 || strncmp(op, "match", 5) == 0 ||
            strncmp(op, "fullmatch", 9) == 0) {
            int mode = op[0] == 's' ? REGEX_SEARCH : op[0] == 'm' ? REGEX_MATCH : REGEX_FULLMATCH;
            size_t pos = 0, endpos = ns;
            const char *colon = strchr(op, ':');
            if (colon) {
                pos = strtoul(colon + 1, NULL, 10);
                endpos = strtoul(strchr(colon + 1, ':') + 1, NULL, 10);
                if (pos > ns) pos = ns;
            }
            int r = regex_exec(p, subj, ns, pos, endpos, mode, &res, NULL);
            if (r == REGEX_FOUND) {
                printf("m %d ", res.lastindex);
                put_spans(&res, groups);
            } else {
                printf(r == REGEX_NOMATCH ? "none" : "fail %d", r);
            }
        } else if (strcmp(op, "findall") == 0) {
            RegexIter it;
            regex_iter_init(&it, p, subj, ns, 0, ns);
            fputs("all", stdout);
            while (regex_iter_next(&it, &res, NULL) == REGEX_FOUND) {
                fputs(" [", stdout);
                put_spans(&res, groups);
                putchar(']');
            }
        } else if (strcmp(op, "sub") == 0) {
            size_t nr = nf > 6 ? unesc(f[6], repl) : 0;
            RegexTemplate t;
            if (!regex_template_parse(p, repl, nr, bytes, &t, &err)) {
                put_err(&err);
            } else {
                uint32_t *out = malloc((ns + 1) * 4);
                size_t cap = ns + 1, n = 0, last = 0;
#define OUT(c) do { if (n == cap) { cap *= 2; out = realloc(out, cap * 4); } out[n++] = (c); } while (0)
                RegexIter it;
                regex_iter_init(&it, p, subj, ns, 0, ns);
                while (regex_iter_next(&it, &res, NULL) == REGEX_FOUND) {
                    for (size_t k = last; k < (size_t)res.spans[0]; k++) OUT(subj[k]);
                    for (size_t k = 0; k < t.nitems; k++) {
                        RegexTemplateItem *ti = &t.items[k];
                        if (ti->group < 0) {
                            for (size_t j = 0; j < ti->len; j++) OUT(t.text[ti->start + j]);
                        } else if (res.spans[2 * ti->group] >= 0) {
                            for (ssize_t j = res.spans[2 * ti->group]; j < res.spans[2 * ti->group + 1]; j++)
                                OUT(subj[j]);
                        }
                    }
                    last = (size_t)res.spans[1];
                }
                for (size_t k = last; k < ns; k++) OUT(subj[k]);
                fputs("sub ", stdout);
                put(out, n);
                free(out);
                regex_template_free(&t);
            }
        } else if (strcmp(op, "split") == 0) {
            RegexIter it;
            regex_iter_init(&it, p, subj, ns, 0, ns);
            fputs("split", stdout);
            size_t last = 0;
            while (regex_iter_next(&it, &res, NULL) == REGEX_FOUND) {
                putchar(' ');
                put(subj + last, (size_t)res.spans[0] - last);
                for (int g = 1; g <= groups; g++) {
                    putchar(' ');
                    if (res.spans[2 * g] < 0) fputs("\\N", stdout);
                    else put(subj + res.spans[2 * g], (size_t)(res.spans[2 * g + 1] - res.spans[2 * g]));
                }
                last = (size_t)res.spans[1];
            }
            putchar(' ');
            put(subj + last, ns - last);
        } else {
            fputs("bad op", stdout);
        }
        putchar('\n');
        free(spans);
        regex_free(p);
    }
    return 0;
}
