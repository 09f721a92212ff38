/* Spot checks of the Unicode database (src/runtime/unicode_db.h): special
 * casing, singletons and Hangul in normalization, names both ways, and
 * lookups from many threads at once. The full comparison with CPython is
 * tests/unicode/run.sh's job. */
#include "runtime/unicode_db.h"
#include "unit.h"

/* Compares a mapping result with the expected code points. */
static int seq_is(const uint32_t *got, size_t n, const uint32_t *want, size_t wn)
{
    return n == wn && (n == 0 || memcmp(got, want, n * sizeof *got) == 0);
}

#define SEQ(...) ((const uint32_t[]){__VA_ARGS__}), \
                 (sizeof((const uint32_t[]){__VA_ARGS__}) / sizeof(uint32_t))

static int norm_is(int form, const uint32_t *in, size_t n, const uint32_t *want, size_t wn)
{
    uint32_t *out;
    size_t m = ucd_normalize(form, in, n, &out);
    int ok = m != (size_t)-1 && seq_is(out, m, want, wn);
    free(out);
    return ok;
}

TEST(case_special)
{
    uint32_t m[UCD_MAX_CASE];
    CHECK(seq_is(m, (size_t)ucd_to_upper(0xDF, m), SEQ('S', 'S')));      /* ß */
    CHECK(seq_is(m, (size_t)ucd_to_lower(0xDF, m), SEQ(0xDF)));
    CHECK(seq_is(m, (size_t)ucd_to_title(0xDF, m), SEQ('S', 's')));
    CHECK(seq_is(m, (size_t)ucd_to_fold(0xDF, m), SEQ('s', 's')));
    CHECK(seq_is(m, (size_t)ucd_to_lower(0x130, m), SEQ('i', 0x307)));  /* İ */
    CHECK(seq_is(m, (size_t)ucd_to_upper(0xFB03, m), SEQ('F', 'F', 'I'))); /* ﬃ */
    CHECK(seq_is(m, (size_t)ucd_to_title(0x1C6, m), SEQ(0x1C5)));       /* ǆ → ǅ */
    CHECK(seq_is(m, (size_t)ucd_to_upper(0x390, m), SEQ(0x399, 0x308, 0x301)));
    CHECK(seq_is(m, (size_t)ucd_to_lower(0x3A3, m), SEQ(0x3C3)));       /* not final */
    CHECK(seq_is(m, (size_t)ucd_to_fold(0x3C2, m), SEQ(0x3C3)));
    CHECK(seq_is(m, (size_t)ucd_to_upper('a', m), SEQ('A')));
    CHECK(seq_is(m, (size_t)ucd_to_upper(0x110000, m), SEQ(0x110000)));
    CHECK(ucd_has(0x3A3, UCD_CASED) && ucd_has(0x345, UCD_CASED));
    CHECK(ucd_has('\'', UCD_CASE_IGNORABLE) && !ucd_has('A', UCD_CASE_IGNORABLE));
}

TEST(properties)
{
    CHECK_EQ_LL(ucd_record('A')->category, UCD_Lu);
    CHECK_EQ_LL(ucd_record(0x378)->category, UCD_Cn);
    CHECK(strcmp(ucd_bidi_names[ucd_record(0x5D0)->bidi], "R") == 0);
    CHECK(strcmp(ucd_east_asian_names[ucd_record(0x4E00)->east_asian], "W") == 0);
    CHECK_EQ_LL(ucd_record(0x301)->combining, 230);
    CHECK(ucd_has(0x20, UCD_PRINTABLE) && !ucd_has(0xA0, UCD_PRINTABLE));
    CHECK(ucd_has(0x1C, UCD_SPACE) && ucd_has(0x3000, UCD_SPACE) && !ucd_has(0x200B, UCD_SPACE));
    CHECK(ucd_has(0x2028, UCD_LINEBREAK) && ucd_has(0x85, UCD_LINEBREAK));
    CHECK(ucd_has(0x2118, UCD_XID_START));   /* ℘: Other_ID_Start */
    CHECK(ucd_has(0xB7, UCD_XID_CONTINUE) && !ucd_has(0xB7, UCD_XID_START));
    CHECK_EQ_LL(ucd_decimal(0x660), 0);
    CHECK_EQ_LL(ucd_decimal(0xB2), -1);
    CHECK_EQ_LL(ucd_digit(0xB2), 2);
    bool has;
    CHECK(ucd_numeric(0xBD, &has) == 0.5 && has);
    CHECK(ucd_numeric(0x5104, &has) == 1e8 && has);    /* 億 */
    CHECK(ucd_numeric(0xF33, &has) == -0.5 && has);
    ucd_numeric('x', &has);
    CHECK(!has);
    CHECK(strcmp(ucd_unicode_version, "15.1.0") == 0);
}

TEST(normalize)
{
    /* Singletons never come back in NFC. */
    CHECK(norm_is(UCD_NFC, SEQ(0x2126), SEQ(0x3A9)));   /* Ω OHM SIGN */
    CHECK(norm_is(UCD_NFC, SEQ(0x212A), SEQ('K')));
    CHECK(norm_is(UCD_NFC, SEQ(0x212B), SEQ(0xC5)));
    CHECK(norm_is(UCD_NFD, SEQ(0x212B), SEQ('A', 0x30A)));
    /* Hangul: decompose and compose back, LV + T too. */
    CHECK(norm_is(UCD_NFD, SEQ(0xD4DB), SEQ(0x1111, 0x1171, 0x11B6)));
    CHECK(norm_is(UCD_NFC, SEQ(0x1111, 0x1171, 0x11B6), SEQ(0xD4DB)));
    CHECK(norm_is(UCD_NFC, SEQ(0xAC00, 0x11A8), SEQ(0xAC01)));
    for (uint32_t s = 0xAC00; s <= 0xD7A3; s += 97) {
        uint32_t *d, *c;
        size_t nd = ucd_normalize(UCD_NFD, &s, 1, &d);
        size_t nc = ucd_normalize(UCD_NFC, d, nd, &c);
        CHECK(nc == 1 && c[0] == s);
        free(d);
        free(c);
    }
    /* Reordering and blocking. */
    CHECK(norm_is(UCD_NFC, SEQ('q', 0x307, 0x323), SEQ('q', 0x323, 0x307)));
    CHECK(norm_is(UCD_NFC, SEQ(0x1E9B, 0x323), SEQ(0x1E9B, 0x323)));
    CHECK(norm_is(UCD_NFKC, SEQ(0x1E9B, 0x323), SEQ(0x1E69)));
    CHECK(norm_is(UCD_NFKC, SEQ(0xFB01), SEQ('f', 'i')));
    CHECK(norm_is(UCD_NFC, SEQ(0x915, 0x93C), SEQ(0x915, 0x93C)));   /* excluded */
    static const uint32_t none[1];
    CHECK(norm_is(UCD_NFC, none, 0, none, 0));
    CHECK_EQ_LL(ucd_is_normalized(UCD_NFC, SEQ(0xC5)), 1);
    CHECK_EQ_LL(ucd_is_normalized(UCD_NFD, SEQ(0xC5)), 0);
    CHECK_EQ_LL(ucd_is_normalized(UCD_NFKC, SEQ('a', 'b')), 1);
    CHECK_EQ_LL(ucd_form_from_name("NFKD"), UCD_NFKD);
    CHECK_EQ_LL(ucd_form_from_name("nfc"), -1);
    char buf[64];
    CHECK(ucd_decomposition(0xFB01, buf, sizeof buf) && strcmp(buf, "<compat> 0066 0069") == 0);
    CHECK(ucd_decomposition(0xC5, buf, sizeof buf) && strcmp(buf, "0041 030A") == 0);
    CHECK(ucd_decomposition('a', buf, sizeof buf) && buf[0] == 0);
    CHECK(ucd_decomposition(0xAC00, buf, sizeof buf) && buf[0] == 0);  /* as CPython */
}

static int lookup_is(const char *name, int flags, uint32_t want)
{
    uint32_t cp;
    return ucd_lookup(name, strlen(name), &cp, flags) && cp == want;
}

TEST(names)
{
    char buf[UCD_MAX_NAME];
    CHECK(ucd_name('a', buf, sizeof buf) && strcmp(buf, "LATIN SMALL LETTER A") == 0);
    CHECK(ucd_name(0xAC01, buf, sizeof buf) && strcmp(buf, "HANGUL SYLLABLE GAG") == 0);
    CHECK(ucd_name(0x4E00, buf, sizeof buf) && strcmp(buf, "CJK UNIFIED IDEOGRAPH-4E00") == 0);
    CHECK(ucd_name(0x2F800, buf, sizeof buf) &&
          strcmp(buf, "CJK COMPATIBILITY IDEOGRAPH-2F800") == 0);
    CHECK(ucd_name(0x1F600, buf, sizeof buf) && strcmp(buf, "GRINNING FACE") == 0);
    CHECK(!ucd_name(0, buf, sizeof buf));         /* controls have no name */
    CHECK(!ucd_name(0x378, buf, sizeof buf));
    CHECK(!ucd_name(0x110000, buf, sizeof buf));
    CHECK(!ucd_name('a', buf, 5));                /* too small */

    CHECK(lookup_is("LATIN SMALL LETTER A", 0, 'a'));
    CHECK(lookup_is("latin small letter a", 0, 'a'));
    CHECK(lookup_is("HANGUL SYLLABLE PWILH", 0, 0xD4DB));
    CHECK(!lookup_is("hangul syllable pwilh", 0, 0xD4DB));    /* as CPython */
    CHECK(lookup_is("CJK UNIFIED IDEOGRAPH-9FFF", 0, 0x9FFF));
    CHECK(!lookup_is("CJK UNIFIED IDEOGRAPH-4DC0", 0, 0x4DC0));
    CHECK(lookup_is("nushu character-1b170", 0, 0x1B170));
    /* Aliases only when asked for. */
    CHECK(!lookup_is("LF", 0, 0x0A));
    CHECK(lookup_is("LF", UCD_LOOKUP_ALIASES, 0x0A));
    CHECK(lookup_is("byte order mark", UCD_LOOKUP_ALIASES, 0xFEFF));
    CHECK(lookup_is("LATIN CAPITAL LETTER GHA", UCD_LOOKUP_ALIASES, 0x1A2));
    uint32_t cp;
    CHECK(!ucd_lookup("", 0, &cp, UCD_LOOKUP_ALIASES));
    CHECK(!ucd_lookup("LATIN SMALL LETTER A ", 21, &cp, UCD_LOOKUP_ALIASES));
    CHECK(!ucd_lookup("LATIN SMALL LETTER \xc3\xa0", 21, &cp, UCD_LOOKUP_ALIASES));
    size_t n;
    const uint32_t *s = ucd_lookup_sequence("keycap number sign", 18, &n);
    CHECK(s && seq_is(s, n, SEQ('#', 0xFE0F, 0x20E3)));
    CHECK(!ucd_lookup_sequence("LATIN SMALL LETTER A", 20, &n));
}

/* The name table is built on first lookup: race several first lookups. */
static void *lookup_thread(void *arg)
{
    uintptr_t bad = 0;
    char buf[UCD_MAX_NAME];
    for (uint32_t c = 0x20 + (uint32_t)(uintptr_t)arg; c < 0x3000; c += 7) {
        uint32_t back;
        if (ucd_name(c, buf, sizeof buf) &&
            !(ucd_lookup(buf, strlen(buf), &back, 0) && back == c))
            bad++;
    }
    return (void *)bad;
}

TEST(lookup_threads)
{
    pthread_t t[4];
    for (uintptr_t i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, lookup_thread, (void *)i);
    for (int i = 0; i < 4; i++) {
        void *r;
        pthread_join(t[i], &r);
        CHECK_EQ_LL((uintptr_t)r, 0);
    }
}

UNIT_MAIN(case_special, properties, normalize, names, lookup_threads)
