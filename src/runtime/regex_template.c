/* sub() replacement templates: parses "\1", "\g<name>", "\g<0>", octal and
 * character escapes into literal runs and group references, with the
 * errors of CPython's re._parser.parse_template. */
#include "regex_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unicode_db.h"
#include "utf8.h"

typedef struct {
    RegexTemplate *t;
    size_t ncap, tcap, tlen, run_start;
    bool oom;
} TB;

static void lit(TB *b, uint32_t c)
{
    if (b->tlen == b->tcap) {
        size_t cap = b->tcap ? b->tcap * 2 : 32;
        uint32_t *n = realloc(b->t->text, cap * 4);
        if (!n) {
            b->oom = true;
            return;
        }
        b->t->text = n;
        b->tcap = cap;
    }
    b->t->text[b->tlen++] = c;
}

static void item(TB *b, int group)
{
    if (b->t->nitems + 2 > b->ncap) {
        size_t cap = b->ncap ? b->ncap * 2 : 8;
        RegexTemplateItem *n = realloc(b->t->items, cap * sizeof *n);
        if (!n) {
            b->oom = true;
            return;
        }
        b->t->items = n;
        b->ncap = cap;
    }
    if (b->tlen > b->run_start)
        b->t->items[b->t->nitems++] = (RegexTemplateItem){-1, b->run_start, b->tlen - b->run_start};
    b->run_start = b->tlen;
    if (group >= 0) b->t->items[b->t->nitems++] = (RegexTemplateItem){group, 0, 0};
}

static bool fail(RegexError *err, ssize_t pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    err->pos = pos;
    return false;
}

static bool oct(uint32_t c) { return c >= '0' && c <= '7'; }
static bool dig(uint32_t c) { return c >= '0' && c <= '9'; }

bool regex_template_parse(const RegexPattern *p, const uint32_t *s, size_t n,
                          bool bytes, RegexTemplate *t, RegexError *err)
{
    memset(t, 0, sizeof *t);
    TB b = {.t = t};
    char buf[200];
    size_t i = 0;
    while (i < n && !b.oom) {
        uint32_t c = s[i];
        if (c != '\\') {
            lit(&b, c);
            i++;
            continue;
        }
        size_t bs = i++;
        if (i >= n) {
            regex_template_free(t);
            return fail(err, (ssize_t)bs, "bad escape (end of pattern)");
        }
        c = s[i++];
        if (c == 'g') {
            if (i >= n || s[i] != '<') {
                regex_template_free(t);
                return fail(err, (ssize_t)i, "missing <");
            }
            size_t a = ++i;
            while (i < n && s[i] != '>') i++;
            if (i >= n || i == a) {
                regex_template_free(t);
                if (i == a && i < n) return fail(err, (ssize_t)i, "missing group name");
                if (i == a) return fail(err, (ssize_t)i, "missing group name");
                return fail(err, (ssize_t)a, "missing >, unterminated name");
            }
            size_t e = i++;
            bool digits = true;
            for (size_t k = a; k < e; k++) digits &= dig(s[k]);
            long g = 0;
            if (digits) {
                for (size_t k = a; k < e && g < 1000000000L; k++) g = g * 10 + (s[k] - '0');
            } else {
                bool ident = true;
                for (size_t k = a; k < e; k++) {
                    uint32_t ch = s[k];
                    if (bytes && ch >= 0x80) ident = false;
                    else if (k == a ? !(ch == '_' || ucd_has(ch, UCD_XID_START))
                                    : !ucd_has(ch, UCD_XID_CONTINUE)) ident = false;
                }
                char nm[240];
                regex_repr(s, a, e, nm, sizeof nm, bytes);
                if (!ident) {
                    regex_template_free(t);
                    return fail(err, (ssize_t)a, "bad character in group name %s", nm);
                }
                g = regex_group_index(p, s + a, e - a);
                if (g < 0) {
                    regex_template_free(t);
                    return fail(err, -1, "unknown group name %s", nm);
                }
            }
            if (g > p->ngroups) {
                regex_template_free(t);
                return fail(err, (ssize_t)a, "invalid group reference %ld", g);
            }
            item(&b, (int)g);
        } else if (c == '0') {
            uint32_t v = 0;
            for (int k = 0; k < 2 && i < n && oct(s[i]); k++) v = v * 8 + (s[i++] - '0');
            lit(&b, v & 0xff);
        } else if (dig(c)) {
            if (i < n && dig(s[i])) {
                i++;
                if (oct(c) && oct(s[i - 1]) && i < n && oct(s[i])) {
                    i++;
                    uint32_t v = (c - '0') * 64 + (s[i - 2] - '0') * 8 + (s[i - 1] - '0');
                    if (v > 0377) {
                        utf8_encode_range(s, bs, i, buf, sizeof buf);
                        regex_template_free(t);
                        return fail(err, (ssize_t)bs, "octal escape value %s outside of range 0-0o377", buf);
                    }
                    lit(&b, v);
                    continue;
                }
            }
            long g = 0;
            for (size_t k = bs + 1; k < i; k++) g = g * 10 + (s[k] - '0');
            if (g > p->ngroups) {
                regex_template_free(t);
                return fail(err, (ssize_t)bs + 1, "invalid group reference %ld", g);
            }
            item(&b, (int)g);
        } else {
            static const char esc[] = "abfnrtv\\";
            static const uint32_t val[] = {7, 8, 12, 10, 13, 9, 11, '\\'};
            const char *q = c < 128 && c ? strchr(esc, (int)c) : NULL;
            if (q) {
                lit(&b, val[q - esc]);
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                utf8_encode_range(s, bs, i, buf, sizeof buf);
                regex_template_free(t);
                return fail(err, (ssize_t)bs, "bad escape %s", buf);
            } else {
                lit(&b, '\\');
                lit(&b, c);
            }
        }
    }
    item(&b, -1);
    if (b.oom) {
        regex_template_free(t);
        return fail(err, -1, "out of memory");
    }
    return true;
}

void regex_template_free(RegexTemplate *t)
{
    free(t->text);
    free(t->items);
    memset(t, 0, sizeof *t);
}
