/* The Unicode database's logic over the generated tables of unicode_tables.c:
 * case mappings, name encoding and lookup, Hangul and normalization. */
#include "runtime/unicode_db.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Tables defined in the generated unicode_tables.c. */
extern const double ucd_tab_numeric[];
extern const uint32_t ucd_tab_case_ext[];
extern const char *const ucd_tab_decomp_tags[];
extern const uint32_t ucd_tab_decomp_data[];
uint32_t ucd_tab_decomp_index(uint32_t cp);
extern const UcdComposition ucd_tab_compositions[];
extern const size_t ucd_tab_ncompositions;
extern const unsigned ucd_tab_one_byte;
extern const size_t ucd_tab_nwords;
extern const char ucd_tab_words[];
extern const uint32_t ucd_tab_word_offsets[];
extern const uint8_t ucd_tab_phrases[];
extern const uint32_t ucd_tab_name_blocks[];
extern const UcdNameFamily ucd_tab_name_families[];
extern const size_t ucd_tab_nname_families;
extern const UcdAlias ucd_tab_aliases[];
extern const size_t ucd_tab_naliases;
extern const UcdSequence ucd_tab_sequences[];
extern const size_t ucd_tab_nsequences;

/* ---- Numeric values ---------------------------------------------------- */

double ucd_numeric(uint32_t cp, bool *has)
{
    unsigned i = ucd_record(cp)->numeric;
    *has = i != 0;
    return ucd_tab_numeric[i];
}

int ucd_decimal(uint32_t cp) { return ucd_record(cp)->decimal; }
int ucd_digit(uint32_t cp) { return ucd_record(cp)->digit; }

/* ---- Case mappings ----------------------------------------------------- */

static int case_map(uint32_t cp, int32_t code, uint32_t out[UCD_MAX_CASE])
{
    if (code < UCD_CASE_EXT_) {
        out[0] = (uint32_t)((int32_t)cp + code);
        return 1;
    }
    int len = (code >> 16) & 0xFF;
    const uint32_t *p = ucd_tab_case_ext + (code & 0xFFFF);
    for (int i = 0; i < len; i++)
        out[i] = p[i];
    return len;
}

/* Past U+10FFFF the unassigned record maps cp to itself (delta 0). */
int ucd_to_upper(uint32_t cp, uint32_t out[UCD_MAX_CASE])
{
    return case_map(cp, ucd_record(cp)->upper_, out);
}

int ucd_to_lower(uint32_t cp, uint32_t out[UCD_MAX_CASE])
{
    return case_map(cp, ucd_record(cp)->lower_, out);
}

int ucd_to_title(uint32_t cp, uint32_t out[UCD_MAX_CASE])
{
    return case_map(cp, ucd_record(cp)->title_, out);
}

int ucd_to_fold(uint32_t cp, uint32_t out[UCD_MAX_CASE])
{
    return case_map(cp, ucd_record(cp)->fold_, out);
}

uint32_t ucd_simple_upper(uint32_t cp)
{
    uint32_t m[UCD_MAX_CASE] = {cp};
    ucd_to_upper(cp, m);
    return m[0];
}

uint32_t ucd_simple_lower(uint32_t cp)
{
    uint32_t m[UCD_MAX_CASE] = {cp};
    ucd_to_lower(cp, m);
    return m[0];
}

/* ---- Hangul syllables (Unicode 3.12: computed, not tabulated) ---------- */

enum {
    H_SBASE = 0xAC00, H_LBASE = 0x1100, H_VBASE = 0x1161, H_TBASE = 0x11A7,
    H_LCOUNT = 19, H_VCOUNT = 21, H_TCOUNT = 28,
    H_NCOUNT = H_VCOUNT * H_TCOUNT, H_SCOUNT = H_LCOUNT * H_NCOUNT,
};

static const char *const jamo_l[H_LCOUNT] = {
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
    "C", "K", "T", "P", "H",
};
static const char *const jamo_v[H_VCOUNT] = {
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
    "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I",
};
static const char *const jamo_t[H_TCOUNT] = {
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
    "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T",
    "P", "H",
};

static bool is_hangul(uint32_t cp) { return cp - H_SBASE < H_SCOUNT; }

/* Longest jamo short name at s (the empty one counts); -1 if none. */
static int match_jamo(const char *const *tab, int n, const char *s, size_t len,
                      size_t *used)
{
    int best = -1;
    size_t best_len = 0;
    for (int i = 0; i < n; i++) {
        size_t l = strlen(tab[i]);
        if (l <= len && memcmp(s, tab[i], l) == 0 && (best < 0 || l > best_len)) {
            best = i;
            best_len = l;
        }
    }
    *used = best_len;
    return best;
}

/* ---- Names ------------------------------------------------------------- */

/* Name data: per block of 1 << UCD_NAME_SHIFT code points, the phrase bytes
 * of its named characters in order. Each starts with a header byte (words
 * shared with the previous name of the block << 4 | new words), then one
 * code per new word: below ucd_tab_one_byte a word index, else the high
 * part of a two-byte index. Decoding walks the block from its start. */

static uint32_t read_word(const uint8_t **pp)
{
    const uint8_t *p = *pp;
    uint32_t b = *p++;
    if (b >= ucd_tab_one_byte)
        b = ucd_tab_one_byte + ((b - ucd_tab_one_byte) << 8 | *p++);
    *pp = p;
    return b;
}

/* Words of the name of cp (stored in the phrase table) into w; returns the
 * word count, 0 if cp has no stored name. */
static int stored_name_words(uint32_t cp, uint32_t w[16])
{
    if (cp >= 0x110000 || !(ucd_record(cp)->flags & UCD_NAMED_))
        return 0;
    uint32_t blk = cp >> UCD_NAME_SHIFT;
    const uint8_t *p = ucd_tab_phrases + ucd_tab_name_blocks[blk];
    int nw = 0;
    for (uint32_t c = blk << UCD_NAME_SHIFT; c <= cp; c++) {
        if (!(ucd_record(c)->flags & UCD_NAMED_))
            continue;
        unsigned h = *p++;
        nw = (int)(h >> 4);
        for (unsigned i = 0; i < (h & 15); i++)
            w[nw++] = read_word(&p);
    }
    return nw;
}

/* Writes the words joined by spaces; false if it does not fit. */
static bool join_words(const uint32_t *w, int nw, char *buf, size_t n)
{
    size_t pos = 0;
    for (int i = 0; i < nw; i++) {
        uint32_t off = ucd_tab_word_offsets[w[i]];
        size_t l = ucd_tab_word_offsets[w[i] + 1] - off;
        if (pos + l + (i > 0) + 1 > n)
            return false;
        if (i > 0)
            buf[pos++] = ' ';
        memcpy(buf + pos, ucd_tab_words + off, l);
        pos += l;
    }
    buf[pos] = 0;
    return true;
}

bool ucd_name(uint32_t cp, char *buf, size_t n)
{
    if (cp >= 0x110000 || n == 0)
        return false;
    if (is_hangul(cp)) {
        uint32_t s = cp - H_SBASE;
        int r = snprintf(buf, n, "HANGUL SYLLABLE %s%s%s", jamo_l[s / H_NCOUNT],
                         jamo_v[s % H_NCOUNT / H_TCOUNT], jamo_t[s % H_TCOUNT]);
        return r > 0 && (size_t)r < n;
    }
    for (size_t i = 0; i < ucd_tab_nname_families; i++) {
        const UcdNameFamily *f = &ucd_tab_name_families[i];
        if (cp >= f->lo && cp <= f->hi) {
            int r = snprintf(buf, n, "%s-%04X", f->prefix, (unsigned)cp);
            return r > 0 && (size_t)r < n;
        }
    }
    uint32_t w[16];
    int nw = stored_name_words(cp, w);
    return nw > 0 && join_words(w, nw, buf, n);
}

/* name -> code point for the stored names: an open-addressing table of code
 * points keyed by a hash of the name, built on first use (pthread_once
 * publishes it to every thread). Load factor is about one half. */
#define NAME_HASH_BITS 16
static uint32_t *name_hash;   /* cp + 1 per slot, 0 when empty */
static pthread_once_t name_hash_once = PTHREAD_ONCE_INIT;

static uint32_t hash_name(const char *s, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (uint8_t)s[i]) * 16777619u;
    return h;
}

static void build_name_hash(void)
{
    uint32_t *t = calloc((size_t)1 << NAME_HASH_BITS, sizeof *t);
    if (!t)
        return;  /* lookups fall back to not found; only under OOM */
    uint32_t mask = (1u << NAME_HASH_BITS) - 1;
    uint32_t nblocks = 0x110000 >> UCD_NAME_SHIFT;
    for (uint32_t blk = 0; blk < nblocks; blk++) {
        if (ucd_tab_name_blocks[blk] == ucd_tab_name_blocks[blk + 1])
            continue;
        /* Decode the block in one pass rather than per character. */
        const uint8_t *p = ucd_tab_phrases + ucd_tab_name_blocks[blk];
        uint32_t w[16];
        for (uint32_t cp = blk << UCD_NAME_SHIFT; cp < (blk + 1) << UCD_NAME_SHIFT; cp++) {
            if (!(ucd_record(cp)->flags & UCD_NAMED_))
                continue;
            unsigned h = *p++;
            int nw = (int)(h >> 4);
            for (unsigned i = 0; i < (h & 15); i++)
                w[nw++] = read_word(&p);
            char buf[UCD_MAX_NAME];
            join_words(w, nw, buf, sizeof buf);
            uint32_t slot = hash_name(buf, strlen(buf)) & mask;
            while (t[slot])
                slot = (slot + 1) & mask;
            t[slot] = cp + 1;
        }
    }
    name_hash = t;
}

static bool lookup_stored(const char *up, size_t len, uint32_t *cp)
{
    pthread_once(&name_hash_once, build_name_hash);
    if (!name_hash)
        return false;
    uint32_t mask = (1u << NAME_HASH_BITS) - 1;
    for (uint32_t slot = hash_name(up, len) & mask; name_hash[slot];
         slot = (slot + 1) & mask) {
        char buf[UCD_MAX_NAME];
        uint32_t c = name_hash[slot] - 1;
        if (ucd_name(c, buf, sizeof buf) && strlen(buf) == len &&
            memcmp(buf, up, len) == 0) {
            *cp = c;
            return true;
        }
    }
    return false;
}

/* Upper-cases ASCII letters into buf; false if the name cannot be one. */
static bool upper_name(const char *name, size_t len, char *buf)
{
    if (len == 0 || len >= UCD_MAX_NAME)
        return false;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)name[i];
        if (c == 0 || c >= 0x80)
            return false;
        buf[i] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
    }
    buf[len] = 0;
    return true;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* CPython matches these two families on the name as given (so upper case
 * only); CJK UNIFIED IDEOGRAPH takes four or five hex digits. */
static bool lookup_hangul_cjk(const char *s, size_t len, uint32_t *cp)
{
    static const char hangul[] = "HANGUL SYLLABLE ";
    static const char cjk[] = "CJK UNIFIED IDEOGRAPH-";
    if (len > sizeof hangul - 1 && memcmp(s, hangul, sizeof hangul - 1) == 0) {
        s += sizeof hangul - 1;
        len -= sizeof hangul - 1;
        size_t u;
        int l = match_jamo(jamo_l, H_LCOUNT, s, len, &u);
        s += u; len -= u;
        int v = match_jamo(jamo_v, H_VCOUNT, s, len, &u);
        s += u; len -= u;
        int t = match_jamo(jamo_t, H_TCOUNT, s, len, &u);
        len -= u;
        if (l < 0 || v < 0 || t < 0 || len != 0)
            return false;
        *cp = H_SBASE + ((uint32_t)l * H_VCOUNT + (uint32_t)v) * H_TCOUNT + (uint32_t)t;
        return true;
    }
    if (len > sizeof cjk - 1 && memcmp(s, cjk, sizeof cjk - 1) == 0) {
        s += sizeof cjk - 1;
        len -= sizeof cjk - 1;
        if (len != 4 && len != 5)
            return false;
        uint32_t v = 0;
        for (size_t i = 0; i < len; i++) {
            int d = hexval(s[i]);
            if (d < 0)
                return false;
            v = v * 16 + (uint32_t)d;
        }
        for (size_t i = 0; i < ucd_tab_nname_families; i++) {
            const UcdNameFamily *f = &ucd_tab_name_families[i];
            if (v >= f->lo && v <= f->hi && strcmp(f->prefix, "CJK UNIFIED IDEOGRAPH") == 0) {
                *cp = v;
                return true;
            }
        }
    }
    return false;
}

/* The other PREFIX-XXXX families are plain names to CPython: matched case-
 * insensitively, and the hex part must be the canonical %04X spelling. */
static bool lookup_family(const char *up, size_t len, uint32_t *cp)
{
    const char *dash = memrchr(up, '-', len);
    if (!dash)
        return false;
    size_t plen = (size_t)(dash - up), hlen = len - plen - 1;
    if (hlen < 4 || hlen > 6)
        return false;
    uint32_t v = 0;
    for (size_t i = 0; i < hlen; i++) {
        int d = hexval(dash[1 + i]);
        if (d < 0)
            return false;
        v = v * 16 + (uint32_t)d;
    }
    char canon[8];
    snprintf(canon, sizeof canon, "%04X", (unsigned)v);
    if (strlen(canon) != hlen)
        return false;
    for (size_t i = 0; i < ucd_tab_nname_families; i++) {
        const UcdNameFamily *f = &ucd_tab_name_families[i];
        if (v >= f->lo && v <= f->hi && strlen(f->prefix) == plen &&
            memcmp(f->prefix, up, plen) == 0 &&
            strcmp(f->prefix, "CJK UNIFIED IDEOGRAPH") != 0) {
            *cp = v;
            return true;
        }
    }
    return false;
}

bool ucd_lookup(const char *name, size_t len, uint32_t *cp, int flags)
{
    char up[UCD_MAX_NAME];
    if (!upper_name(name, len, up))
        return false;
    if (lookup_hangul_cjk(name, len, cp) || lookup_family(up, len, cp) ||
        lookup_stored(up, len, cp))
        return true;
    if (flags & UCD_LOOKUP_ALIASES) {
        for (size_t i = 0; i < ucd_tab_naliases; i++) {
            if (strcmp(ucd_tab_aliases[i].name, up) == 0) {
                *cp = ucd_tab_aliases[i].cp;
                return true;
            }
        }
    }
    return false;
}

const uint32_t *ucd_lookup_sequence(const char *name, size_t len, size_t *n)
{
    char up[UCD_MAX_NAME];
    if (!upper_name(name, len, up))
        return NULL;
    for (size_t i = 0; i < ucd_tab_nsequences; i++) {
        if (strcmp(ucd_tab_sequences[i].name, up) == 0) {
            *n = ucd_tab_sequences[i].len;
            return ucd_tab_sequences[i].cps;
        }
    }
    return NULL;
}

/* ---- Normalization ----------------------------------------------------- */

typedef struct {
    uint32_t *p;
    size_t len, cap;
    bool oom;
} Buf;

static void buf_push(Buf *b, uint32_t c)
{
    if (b->len == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 16;
        uint32_t *np = realloc(b->p, cap * sizeof *np);
        if (!np) {
            b->oom = true;
            return;
        }
        b->p = np;
        b->cap = cap;
    }
    b->p[b->len++] = c;
}

/* Full decomposition of cp (canonical, or compatibility too when compat).
 * Mappings nest at most a few levels, so recursion is shallow. */
static void decompose(uint32_t cp, bool compat, Buf *b)
{
    if (is_hangul(cp)) {
        uint32_t s = cp - H_SBASE;
        buf_push(b, H_LBASE + s / H_NCOUNT);
        buf_push(b, H_VBASE + s % H_NCOUNT / H_TCOUNT);
        if (s % H_TCOUNT)
            buf_push(b, H_TBASE + s % H_TCOUNT);
        return;
    }
    uint32_t i = ucd_tab_decomp_index(cp);
    if (i) {
        uint32_t head = ucd_tab_decomp_data[i];
        if ((head >> 8) == 0 || compat) {
            for (uint32_t k = 0; k < (head & 0xFF); k++)
                decompose(ucd_tab_decomp_data[i + 1 + k], compat, b);
            return;
        }
    }
    buf_push(b, cp);
}

/* Canonical ordering: a stable sort of each run of non-starters by
 * combining class (insertion sort; runs are short). */
static void reorder(uint32_t *s, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        uint32_t c = s[i];
        unsigned cc = ucd_record(c)->combining;
        if (cc == 0)
            continue;
        size_t j = i;
        while (j > 0) {
            unsigned pc = ucd_record(s[j - 1])->combining;
            if (pc == 0 || pc <= cc)
                break;
            s[j] = s[j - 1];
            j--;
        }
        s[j] = c;
    }
}

/* Primary composite of the pair, or 0. */
static uint32_t compose_pair(uint32_t a, uint32_t b)
{
    if (a - H_LBASE < H_LCOUNT && b - H_VBASE < H_VCOUNT)
        return H_SBASE + ((a - H_LBASE) * H_VCOUNT + (b - H_VBASE)) * H_TCOUNT;
    if (is_hangul(a) && (a - H_SBASE) % H_TCOUNT == 0 && b - H_TBASE - 1 < H_TCOUNT - 1)
        return a + (b - H_TBASE);
    size_t lo = 0, hi = ucd_tab_ncompositions;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const UcdComposition *m = &ucd_tab_compositions[mid];
        if (m->first < a || (m->first == a && m->second < b))
            lo = mid + 1;
        else if (m->first == a && m->second == b)
            return m->composite;
        else
            hi = mid;
    }
    return 0;
}

/* Canonical composition in place; returns the new length. A character
 * composes with the last starter unless something between them is a
 * starter or has a combining class not below its own (it is "blocked"). */
static size_t compose(uint32_t *s, size_t n)
{
    size_t out = 0, starter = 0;
    bool have_starter = false;
    unsigned last_cc = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = s[i];
        unsigned cc = ucd_record(c)->combining;
        if (have_starter && (out == starter + 1 || last_cc < cc)) {
            uint32_t comp = compose_pair(s[starter], c);
            if (comp) {
                s[starter] = comp;
                continue;
            }
        }
        if (cc == 0) {
            have_starter = true;
            starter = out;
        }
        last_cc = cc;
        s[out++] = c;
    }
    return out;
}

size_t ucd_normalize(int form, const uint32_t *in, size_t n, uint32_t **out)
{
    Buf b = {NULL, 0, 0, false};
    bool compat = form == UCD_NFKC || form == UCD_NFKD;
    for (size_t i = 0; i < n; i++)
        decompose(in[i], compat, &b);
    if (b.oom || (b.len == 0 && !(b.p = malloc(sizeof *b.p)))) {
        free(b.p);
        *out = NULL;
        return (size_t)-1;
    }
    reorder(b.p, b.len);
    if (form == UCD_NFC || form == UCD_NFKC)
        b.len = compose(b.p, b.len);
    *out = b.p;
    return b.len;
}

int ucd_is_normalized(int form, const uint32_t *in, size_t n)
{
    size_t i = 0;
    while (i < n && in[i] < 0x80)
        i++;
    if (i == n)
        return 1;  /* ASCII is in every form */
    uint32_t *res;
    size_t m = ucd_normalize(form, in, n, &res);
    if (m == (size_t)-1)
        return -1;
    int same = m == n && memcmp(res, in, n * sizeof *in) == 0;
    free(res);
    return same;
}

int ucd_form_from_name(const char *name)
{
    static const char *const forms[] = {"NFC", "NFD", "NFKC", "NFKD"};
    for (int i = 0; i < 4; i++)
        if (strcmp(name, forms[i]) == 0)
            return i;
    return -1;
}

bool ucd_decomposition(uint32_t cp, char *buf, size_t n)
{
    uint32_t i = ucd_tab_decomp_index(cp);
    if (n == 0)
        return false;
    buf[0] = 0;
    if (!i)
        return true;
    uint32_t head = ucd_tab_decomp_data[i];
    size_t pos = 0;
    const char *tag = ucd_tab_decomp_tags[head >> 8];
    int r = snprintf(buf, n, "%s", tag);
    if (r < 0 || (size_t)r >= n)
        return false;
    pos = (size_t)r;
    for (uint32_t k = 0; k < (head & 0xFF); k++) {
        r = snprintf(buf + pos, n - pos, "%s%04X", pos ? " " : "",
                     (unsigned)ucd_tab_decomp_data[i + 1 + k]);
        if (r < 0 || (size_t)r >= n - pos)
            return false;
        pos += (size_t)r;
    }
    return true;
}

bool ucd_name_extended(uint32_t cp, char *buf, size_t n)
{
    const char *name = NULL;
    if (ucd_name(cp, buf, n))
        return true;
    if (cp >= 0xF0000 && cp - 0xF0000 < ucd_tab_naliases)
        name = ucd_tab_aliases[cp - 0xF0000].name;
    else if (cp >= 0xF0200 && cp - 0xF0200 < ucd_tab_nsequences)
        name = ucd_tab_sequences[cp - 0xF0200].name;
    if (!name || strlen(name) >= n)
        return false;
    memcpy(buf, name, strlen(name) + 1);
    return true;
}
