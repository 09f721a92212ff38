/* The regex compiler: syntax tree to the backtracking program, plus the
 * character predicates (\d \w \s, classes, case keys) the matcher uses. */
#include "regex_internal.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unicode_db.h"

/* ---- character predicates (sre's categories) ---- */

bool regex_is_digit(uint32_t c, bool ascii)
{
    if (ascii || c < 128) return c >= '0' && c <= '9';
    return ucd_has(c, UCD_DECIMAL);
}

bool regex_is_space(uint32_t c, bool ascii)
{
    if (ascii || c < 128) {
        if (c == ' ' || (c >= 9 && c <= 13)) return true;
        return !ascii && c >= 0x1c && c <= 0x1f;
    }
    return ucd_has(c, UCD_SPACE);
}

bool regex_is_word(uint32_t c, bool ascii)
{
    if (ascii || c < 128)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
               (c >= '0' && c <= '9') || c == '_';
    const UcdRecord *r = ucd_record(c);
    return (r->flags & (UCD_ALPHA | UCD_DECIMAL | UCD_DIGIT | UCD_NUMERIC)) != 0;
}

static uint32_t ascii_lower(uint32_t c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* sre compares lower-case forms and adds the characters whose lower-case
 * forms differ but whose one-character upper-case forms agree ('s', 'ſ';
 * 'k', 'K' (Kelvin); 'i', 'ı'). So the key is the upper-case form of the
 * lower-case form when str.upper gives one character, else the lower-case
 * form (U+1F80's upper case is two characters: it matches only itself). */
uint32_t regex_case_key(uint32_t c, bool ascii)
{
    if (ascii) return ascii_lower(c);
    uint32_t l = ucd_simple_lower(c), u[UCD_MAX_CASE];
    return ucd_to_upper(l, u) == 1 ? u[0] : l;
}

/* Characters sharing a case key with another character, sorted by key:
 * the reverse map for classes under IGNORECASE. Built once; read-only
 * afterwards, so matching threads share it without locks. */
typedef struct { uint32_t key, c; } KeyPair;
static KeyPair *key_pairs;
static size_t nkey_pairs;
static pthread_once_t key_once = PTHREAD_ONCE_INIT;

static int cmp_pair(const void *a, const void *b)
{
    const KeyPair *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    return x->c < y->c ? -1 : x->c > y->c;
}

static void build_keys(void)
{
    size_t cap = 4096, n = 0;
    KeyPair *v = malloc(cap * sizeof *v);
    if (!v) return;
    for (uint32_t c = 0; c <= 0x10FFFF; c++) {
        uint32_t k = regex_case_key(c, false);
        if (k == c && ucd_simple_lower(c) == c && ucd_simple_upper(c) == c)
            continue;
        if (n + 2 > cap) {
            KeyPair *nv = realloc(v, cap * 2 * sizeof *v);
            if (!nv) {
                free(v);
                return;
            }
            v = nv;
            cap *= 2;
        }
        v[n++] = (KeyPair){k, c};
        v[n++] = (KeyPair){k, k};
    }
    qsort(v, n, sizeof *v, cmp_pair);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (m == 0 || v[m - 1].key != v[i].key || v[m - 1].c != v[i].c) v[m++] = v[i];
    key_pairs = v;
    nkey_pairs = m;
}

static bool raw_has(const RegexClass *cl, uint32_t c)
{
    for (uint32_t i = 0; i < cl->nranges; i++)
        if (c >= cl->ranges[2 * i] && c <= cl->ranges[2 * i + 1]) return true;
    uint8_t k = cl->cats;
    if (!k) return false;
    bool a = cl->ascii;
    if ((k & RCAT_DIGIT) && regex_is_digit(c, a)) return true;
    if ((k & RCAT_NOT_DIGIT) && !regex_is_digit(c, a)) return true;
    if ((k & RCAT_WORD) && regex_is_word(c, a)) return true;
    if ((k & RCAT_NOT_WORD) && !regex_is_word(c, a)) return true;
    if ((k & RCAT_SPACE) && regex_is_space(c, a)) return true;
    if ((k & RCAT_NOT_SPACE) && !regex_is_space(c, a)) return true;
    return false;
}

bool regex_class_has(const RegexClass *cl, uint32_t c)
{
    bool in = raw_has(cl, c);
    if (!in && cl->icase) {
        if (cl->ascii) {
            uint32_t l = ascii_lower(c);
            uint32_t u = l >= 'a' && l <= 'z' ? l - 32 : l;
            in = raw_has(cl, l) || raw_has(cl, u);
        } else {
            pthread_once(&key_once, build_keys);
            uint32_t k = regex_case_key(c, false);
            size_t lo = 0, hi = nkey_pairs;
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if (key_pairs[mid].key < k) lo = mid + 1;
                else hi = mid;
            }
            for (size_t i = lo; i < nkey_pairs && key_pairs[i].key == k && !in; i++)
                in = raw_has(cl, key_pairs[i].c);
        }
    }
    return in != (cl->negate != 0);
}

/* ---- code generation ---- */

typedef struct {
    RegexTree *t;
    RegexInst *prog;
    size_t n, cap;
    int nrep;
    bool oom;
} Gen;

static size_t emit(Gen *g, RegexOp op, uint32_t a, uint32_t b)
{
    if (g->n == g->cap) {
        size_t cap = g->cap ? g->cap * 2 : 64;
        RegexInst *p = realloc(g->prog, cap * sizeof *p);
        if (!p) {
            g->oom = true;
            return g->n;
        }
        g->prog = p;
        g->cap = cap;
    }
    g->prog[g->n] = (RegexInst){.op = (uint8_t)op, .a = a, .b = b};
    return g->n++;
}

#define AT(i) (g->prog[(i)])

static bool single_char(const RegexNode *nd)
{
    return nd->kind == RN_CHAR || nd->kind == RN_ANY || nd->kind == RN_CLASS;
}

/* Recursion follows the pattern's nesting, never the subject. */
static void gen(Gen *g, int32_t i)
{
    if (g->oom) return;
    const RegexNode *nd = &g->t->nodes[i];
    switch ((RegexNodeKind)nd->kind) {
    case RN_EMPTY:
        break;
    case RN_CHAR:
        if (nd->icase)
            emit(g, RO_CHAR_I, regex_case_key(nd->a, nd->ascii), nd->ascii);
        else
            emit(g, RO_CHAR, nd->a, 0);
        break;
    case RN_ANY:
        emit(g, nd->sub ? RO_ANY_ALL : RO_ANY, 0, 0);
        break;
    case RN_CLASS:
        emit(g, RO_CLASS, nd->a, 0);
        break;
    case RN_CAT:
        for (int32_t c = nd->child; c >= 0; c = g->t->nodes[c].next) gen(g, c);
        break;
    case RN_ALT: {
        /* SPLIT next-branch; branch; JMP end — jumps patched at the end */
        size_t jumps[64], nj = 0;
        size_t *jv = jumps;
        size_t count = 0;
        for (int32_t c = nd->child; c >= 0; c = g->t->nodes[c].next) count++;
        if (count > 64) {
            jv = malloc(count * sizeof *jv);
            if (!jv) {
                g->oom = true;
                return;
            }
        }
        for (int32_t c = nd->child; c >= 0; c = g->t->nodes[c].next) {
            bool last = g->t->nodes[c].next < 0;
            size_t sp = 0;
            if (!last) sp = emit(g, RO_SPLIT, 0, 0);
            if (!last && !g->oom) AT(sp).a = (uint32_t)(sp + 1);
            gen(g, c);
            if (!last) {
                jv[nj++] = emit(g, RO_JMP, 0, 0);
                if (!g->oom) AT(sp).b = (uint32_t)g->n;
            }
        }
        if (!g->oom)
            for (size_t k = 0; k < nj; k++) AT(jv[k]).a = (uint32_t)g->n;
        if (jv != jumps) free(jv);
        break;
    }
    case RN_GROUP:
        emit(g, RO_SAVE, 2 * nd->a, 0);
        gen(g, nd->child);
        emit(g, RO_SAVE, 2 * nd->a + 1, 0);
        break;
    case RN_REPEAT: {
        const RegexNode *body = &g->t->nodes[nd->child];
        if (nd->b == 0) break; /* {0}: never runs its body */
        if (single_char(body)) {
            size_t r = emit(g, RO_REP1, nd->a, nd->b);
            if (!g->oom) AT(r).c = nd->sub;
            gen(g, nd->child);
            break;
        }
        uint32_t reg = (uint32_t)g->nrep++;
        if (nd->sub == RREP_POSSESSIVE) {
            /* sre's POSSESSIVE_REPEAT: each iteration is atomic on its own
             * (a failing mandatory iteration does not retry the previous
             * one), and an empty optional iteration ends the loop */
            emit(g, RO_REP_INIT, reg, 0);
            size_t ps = emit(g, RO_POSS, reg, nd->a);
            gen(g, nd->child);
            emit(g, RO_END_SUB, 0, 0);
            if (!g->oom) {
                AT(ps).c = nd->b;
                AT(ps).e = (uint32_t)g->n;
            }
            break;
        }
        emit(g, RO_REP_INIT, reg, 0);
        size_t u = emit(g, RO_UNTIL, reg, nd->a);
        emit(g, RO_LAZY_MORE, reg, 0);
        gen(g, nd->child);
        emit(g, RO_JMP, (uint32_t)u, 0);
        if (g->oom) return;
        AT(u).c = nd->b;
        AT(u).d = nd->sub == RREP_LAZY;
        AT(u).e = (uint32_t)g->n;
        AT(u + 1).b = nd->a;
        AT(u + 1).c = nd->b;
        break;
    }
    case RN_LOOK: {
        size_t l = emit(g, RO_LOOK, nd->sub & 1, (nd->sub >> 1) & 1);
        if (!g->oom) AT(l).c = nd->a;
        gen(g, nd->child);
        emit(g, RO_END_SUB, 0, 0);
        if (!g->oom) AT(l).e = (uint32_t)g->n;
        break;
    }
    case RN_ATOMIC: {
        size_t l = emit(g, RO_ATOMIC, 0, 0);
        gen(g, nd->child);
        emit(g, RO_END_SUB, 0, 0);
        if (!g->oom) AT(l).e = (uint32_t)g->n;
        break;
    }
    case RN_BACKREF:
        emit(g, RO_BACKREF, nd->a, nd->icase | (uint32_t)nd->ascii << 1);
        break;
    case RN_AT:
        emit(g, RO_AT, nd->sub, nd->ascii);
        break;
    case RN_COND: {
        int32_t yes = nd->child, no = g->t->nodes[yes].next;
        size_t c = emit(g, RO_COND, nd->a, 0);
        gen(g, yes);
        size_t j = emit(g, RO_JMP, 0, 0);
        if (!g->oom) AT(c).b = (uint32_t)g->n;
        gen(g, no);
        if (!g->oom) AT(j).a = (uint32_t)g->n;
        break;
    }
    }
}

bool regex_compile_tree(RegexTree *t, RegexPattern *p)
{
    Gen g = {.t = t};
    gen(&g, t->root);
    emit(&g, RO_MATCH, 0, 0);
    if (g.oom) {
        free(g.prog);
        return false;
    }
    p->prog = g.prog;
    p->nprog = g.n;
    p->nrepeats = g.nrep;
    p->flags = t->flags;
    p->ngroups = t->ngroups;
    p->classes = t->classes;
    p->nclasses = t->nclasses;
    p->names = t->names;
    p->name_lens = t->name_lens;
    p->name_groups = t->name_groups;
    p->nnames = t->nnames;
    t->classes = NULL;
    t->nclasses = 0;
    t->names = NULL;
    t->name_lens = NULL;
    t->name_groups = NULL;
    t->nnames = 0;
    p->first_char = -1;
    const RegexInst *in = &p->prog[0];
    if (in->op == RO_CHAR) p->first_char = in->a;
    else if (in->op == RO_REP1 && in->a >= 1 && in[1].op == RO_CHAR)
        p->first_char = in[1].a;
    return true;
}

RegexPattern *regex_compile(const uint32_t *pat, size_t n, int flags,
                            bool bytes, RegexError *err)
{
    RegexTree t;
    if (!regex_parse(pat, n, flags, bytes, &t, err)) return NULL;
    RegexPattern *p = calloc(1, sizeof *p);
    if (!p || !regex_compile_tree(&t, p)) {
        free(p);
        regex_tree_free(&t);
        snprintf(err->msg, sizeof err->msg, "out of memory");
        err->pos = -1;
        return NULL;
    }
    p->bytes = bytes;
    regex_tree_free(&t);
    return p;
}

void regex_free(RegexPattern *p)
{
    if (!p) return;
    for (int i = 0; i < p->nclasses; i++) free(p->classes[i].ranges);
    free(p->classes);
    for (int i = 0; i < p->nnames; i++) free(p->names[i]);
    free(p->names);
    free(p->name_lens);
    free(p->name_groups);
    free(p->prog);
    free(p);
}

int regex_flags(const RegexPattern *p) { return p->flags; }
int regex_groups(const RegexPattern *p) { return p->ngroups; }
int regex_name_count(const RegexPattern *p) { return p->nnames; }

const uint32_t *regex_group_name(const RegexPattern *p, int i, size_t *len,
                                 int *group)
{
    *len = p->name_lens[i];
    *group = p->name_groups[i];
    return p->names[i];
}

const uint32_t *regex_name_of_group(const RegexPattern *p, int g, size_t *len)
{
    for (int i = 0; i < p->nnames; i++)
        if (p->name_groups[i] == g) {
            *len = p->name_lens[i];
            return p->names[i];
        }
    return NULL;
}

int regex_group_index(const RegexPattern *p, const uint32_t *name, size_t len)
{
    for (int i = 0; i < p->nnames; i++)
        if (p->name_lens[i] == len && memcmp(p->names[i], name, len * 4) == 0)
            return p->name_groups[i];
    return -1;
}
