/* Dumps ftpy's Unicode database (src/runtime/unicode_db.h) in the line format
 * of tools/ucddump-cpython.py, so tests/unicode/run.sh can compare the two.
 *   ucddump          every code point with something non-default, then an
 *                    "L" line per name alias and named sequence
 *   ucddump FILE     the sample items in FILE (code points, "S" sequences,
 *                    "L" names) */
#include "runtime/unicode_db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern const UcdAlias ucd_tab_aliases[];
extern const size_t ucd_tab_naliases;
extern const UcdSequence ucd_tab_sequences[];
extern const size_t ucd_tab_nsequences;

/* Appends "=" (when s is the single code point orig), "-" (empty) or the
 * code points joined by '+'. */
static void put_seq(char *out, const uint32_t *s, size_t n, const uint32_t *orig,
                    size_t norig)
{
    if (orig && n == norig && memcmp(s, orig, n * sizeof *s) == 0) {
        strcat(out, "=");
        return;
    }
    if (n == 0) {
        strcat(out, "-");
        return;
    }
    for (size_t i = 0; i < n; i++)
        sprintf(out + strlen(out), "%s%04X", i ? "+" : "", (unsigned)s[i]);
}

static void p_line(uint32_t cp, char *out)
{
    static const unsigned bits[] = {
        UCD_ALPHA, UCD_DECIMAL, UCD_DIGIT, UCD_NUMERIC, UCD_SPACE, UCD_PRINTABLE,
        UCD_XID_START, UCD_XID_CONTINUE, UCD_CASED, UCD_CASE_IGNORABLE,
        UCD_UPPER, UCD_LOWER, UCD_TITLE, UCD_LINEBREAK,
    };
    static const char letters[] = "adgnspSCciULTB";
    const UcdRecord *r = ucd_record(cp);
    char fl[sizeof letters];
    for (size_t i = 0; i < sizeof bits / sizeof bits[0]; i++)
        fl[i] = (r->flags & bits[i]) ? letters[i] : '.';
    fl[sizeof letters - 1] = 0;
    const char *bidi = ucd_bidi_names[r->bidi];
    char dec[8] = "-", dig[8] = "-", num[40] = "-";
    if (r->decimal >= 0) sprintf(dec, "%d", r->decimal);
    if (r->digit >= 0) sprintf(dig, "%d", r->digit);
    bool has;
    double v = ucd_numeric(cp, &has);
    if (has) sprintf(num, "%.17g", v);
    sprintf(out, "%s %s %d %s %d %s %s %s %s", ucd_category_names[r->category],
            *bidi ? bidi : "-", r->combining, ucd_east_asian_names[r->east_asian],
            (r->flags & UCD_MIRRORED) ? 1 : 0, fl, dec, dig, num);
}

static void c_line(uint32_t cp, char *out)
{
    int (*const maps[4])(uint32_t, uint32_t *) = {
        ucd_to_upper, ucd_to_lower, ucd_to_title, ucd_to_fold,
    };
    out[0] = 0;
    for (int i = 0; i < 4; i++) {
        uint32_t m[UCD_MAX_CASE];
        int n = maps[i](cp, m);
        if (i) strcat(out, " ");
        put_seq(out, m, (size_t)n, &cp, 1);
    }
    /* The re module's view: simple lower, and "cased" as _sre defines it. */
    uint32_t lo = ucd_simple_lower(cp);
    strcat(out, " ");
    put_seq(out, &lo, 1, &cp, 1);
    strcat(out, cp != lo || cp != ucd_simple_upper(cp) ? " 1" : " 0");
}

/* Normal forms of s, '|'-separated, each "=" when unchanged. */
static void forms(const uint32_t *s, size_t n, char *out)
{
    for (int f = 0; f < 4; f++) {
        uint32_t *r;
        size_t m = ucd_normalize(f, s, n, &r);
        if (m == (size_t)-1) {
            fprintf(stderr, "ucddump: out of memory\n");
            exit(2);
        }
        if (f) strcat(out, "|");
        put_seq(out, r, m, s, n);
        free(r);
    }
}

static void d_line(uint32_t cp, char *out)
{
    char d[256];
    ucd_decomposition(cp, d, sizeof d);
    sprintf(out, "%s|", *d ? d : "-");
    forms(&cp, 1, out);
}

static void dump_cp(uint32_t cp, bool all, const char *default_p)
{
    char line[1024], name[UCD_MAX_NAME];
    p_line(cp, line);
    if (all || strcmp(line, default_p) != 0)
        printf("P %04X %s\n", (unsigned)cp, line);
    c_line(cp, line);
    if (all || strcmp(line, "= = = = = 0") != 0)
        printf("C %04X %s\n", (unsigned)cp, line);
    if (ucd_name(cp, name, sizeof name)) {
        uint32_t back;
        /* The round trip is checked here; CPython's side always holds. */
        bool ok = ucd_lookup(name, strlen(name), &back, 0) && back == cp;
        printf("N %04X %s%s\n", (unsigned)cp, name, ok ? "" : " !lookup");
    } else if (all) {
        printf("N %04X -\n", (unsigned)cp);
    }
    d_line(cp, line);
    if (all || strcmp(line, "-|=|=|=|=") != 0)
        printf("D %04X %s\n", (unsigned)cp, line);
}

static void l_line(const char *name)
{
    char out[512] = "";
    uint32_t cp;
    size_t n, len = strlen(name);
    const uint32_t *s;
    if (ucd_lookup(name, len, &cp, UCD_LOOKUP_ALIASES))
        put_seq(out, &cp, 1, NULL, 0);
    else if ((s = ucd_lookup_sequence(name, len, &n)))
        put_seq(out, s, n, NULL, 0);
    else
        strcat(out, "KeyError");
    strcat(out, "|");
    if (ucd_lookup(name, len, &cp, UCD_LOOKUP_ALIASES))
        put_seq(out, &cp, 1, NULL, 0);
    else
        strcat(out, "SyntaxError");
    printf("L %s|%s\n", name, out);
}

static void s_line(const uint32_t *s, size_t n)
{
    char out[4096] = "";
    put_seq(out, s, n, NULL, 0);
    strcat(out, " ");
    forms(s, n, out);
    strcat(out, "|");
    for (int f = 0; f < 4; f++)
        strcat(out, ucd_is_normalized(f, s, n) == 1 ? "1" : "0");
    printf("S %s\n", out);
}

int main(int argc, char **argv)
{
    char default_p[256];
    p_line(0x378, default_p);
    if (argc == 1) {
        for (uint32_t cp = 0; cp < 0x110000; cp++)
            dump_cp(cp, false, default_p);
        for (size_t i = 0; i < ucd_tab_naliases; i++)
            l_line(ucd_tab_aliases[i].name);
        for (size_t i = 0; i < ucd_tab_nsequences; i++)
            l_line(ucd_tab_sequences[i].name);
        return 0;
    }
    FILE *f = fopen(argv[1], "r");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    char line[512];
    while (fgets(line, sizeof line, f)) {
        char *hash = strchr(line, '#');
        if (hash) *hash = 0;
        size_t len = strlen(line);
        while (len && (line[len - 1] == '\n' || line[len - 1] == ' ' || line[len - 1] == '\t'))
            line[--len] = 0;
        char *p = line;
        while (*p == ' ' || *p == '\t') p++;
        if (!*p)
            continue;
        if (p[0] == 'S' && p[1] == ' ') {
            uint32_t s[64];
            size_t n = 0;
            char *q = p + 2, *end;
            while (n < 64) {
                unsigned long v = strtoul(q, &end, 16);
                if (end == q) break;
                s[n++] = (uint32_t)v;
                q = end;
            }
            s_line(s, n);
        } else if (p[0] == 'L' && p[1] == ' ') {
            l_line(p + 2);
        } else {
            dump_cp((uint32_t)strtoul(p, NULL, 16), true, default_p);
        }
    }
    fclose(f);
    return 0;
}
