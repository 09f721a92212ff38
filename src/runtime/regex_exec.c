/* The regex matcher: a backtracking machine over the compiled program whose
 * choice points and undo records live on a growable heap stack, so no C
 * recursion depends on the subject. Also the match iterator. */
#include "regex_internal.h"

#include <stdlib.h>
#include <string.h>

#include "unicode_db.h"

/* Stack frames. Backtracking pops frames: undo records restore the values
 * they saved, a choice point resumes at its pc and position, a REP1 frame
 * gives back (greedy) or takes (lazy) one more character, and a barrier
 * ends a look-around or atomic body whose content failed. An UNTIL frame is
 * a greedy loop's "or leave here" choice and the undo record of the
 * iteration it began, in one frame, to keep long loops small. Invariant:
 * the machine state (slots, loop registers, lastindex) at any choice point
 * is what undoing every record above it gives. */
enum {
    F_CHOICE,   /* pc, pos */
    F_SLOT,     /* x: slot, old: its value, pc: lastindex + 1 before */
    F_REPU,     /* reg: loop register, x: its count, old: its last */
    F_UNTIL,    /* F_REPU's fields plus pc, pos: the loop's exit */
    F_BARRIER,  /* pc: LOOK/ATOMIC/POSS, pos, x: enclosing barrier,
                 * old: POSS iteration is optional */
    F_REP1,     /* pc: REP1, pos: loop start, x: count taken */
};

typedef struct {
    uint32_t type;   /* low 8 bits: F_*; F_REPU/F_UNTIL: register << 8 */
    uint32_t pc;
    ssize_t pos;
    ssize_t x;
    ssize_t old;
} Frame;

#define FTYPE(f) ((f)->type & 0xFF)
#define FREG(f) ((f)->type >> 8)

typedef struct {
    const RegexPattern *p;
    const uint32_t *s;
    ssize_t end;         /* endpos: nothing at or past it is seen */
    ssize_t len;         /* the whole subject (sre's $ may peek past end) */
    ssize_t start;       /* where a must_advance match may not end */
    bool must_advance;
    int mode;
    ssize_t *slots;      /* 2 * (groups + 1) */
    ssize_t *rcount, *rlast;
    int lastindex;
    Frame *st;
    size_t sp, cap;
    ssize_t barrier;     /* index of the innermost open barrier, -1 */
    const RegexHooks *hooks;
    unsigned steps;
} M;

static bool push(M *m, Frame f)
{
    if (m->sp == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 256;
        Frame *n = realloc(m->st, cap * sizeof *n);
        if (!n) return false;
        m->st = n;
        m->cap = cap;
    }
    m->st[m->sp++] = f;
    return true;
}

static void undo(M *m, const Frame *f)
{
    switch (FTYPE(f)) {
    case F_SLOT:
        m->slots[f->x] = f->old;
        m->lastindex = (int)f->pc - 1;
        break;
    case F_REPU:
    case F_UNTIL:
        m->rcount[FREG(f)] = f->x;
        m->rlast[FREG(f)] = f->old;
        break;
    default:
        break;
    }
}

static bool match_item(const M *m, const RegexInst *in, uint32_t c)
{
    switch (in->op) {
    case RO_CHAR: return c == in->a;
    case RO_CHAR_I: return regex_case_key(c, in->b) == in->a;
    case RO_ANY: return c != '\n';
    case RO_ANY_ALL: return true;
    case RO_CLASS: return regex_class_has(&m->p->classes[in->a], c);
    default: return false;
    }
}

static bool at(const M *m, uint32_t kind, bool ascii, ssize_t pos)
{
    const uint32_t *s = m->s;
    switch (kind) {
    case RAT_BEGIN: return pos == 0;
    case RAT_BEGIN_LINE: return pos == 0 || s[pos - 1] == '\n';
    case RAT_END: return pos == m->end || (pos + 1 == m->end && s[pos] == '\n');
    case RAT_END_LINE: return pos == m->end || (pos < m->len && s[pos] == '\n');
    case RAT_END_STRING: return pos == m->end;
    case RAT_BOUNDARY:
    case RAT_NON_BOUNDARY: {
        if (m->end == 0) return kind == RAT_NON_BOUNDARY; /* 3.14: \B matches "" */
        bool a = pos < m->end && regex_is_word(s[pos], ascii);
        bool b = pos > 0 && regex_is_word(s[pos - 1], ascii);
        return (a != b) == (kind == RAT_BOUNDARY);
    }
    }
    return false;
}

static uint32_t lower(uint32_t c, bool ascii)
{
    if (ascii) return c >= 'A' && c <= 'Z' ? c + 32 : c;
    return ucd_simple_lower(c);
}

/* Counts a step; every 65536 steps asks the VM's hook whether to stop. */
static inline bool tick(M *m)
{
    return m->hooks && m->hooks->check && (++m->steps & 0xFFFF) == 0 &&
           m->hooks->check(m->hooks->arg);
}

/* Logs loop register r (count and last) before it changes. */
#define LOG_REP(r)                                                           \
    do {                                                                     \
        if (!push(m, (Frame){.type = F_REPU | (uint32_t)(r) << 8,            \
                             .x = m->rcount[r], .old = m->rlast[r]}))        \
            return REGEX_NOMEM;                                              \
    } while (0)

/* One attempt anchored at pos. */
static int run(M *m, ssize_t pos)
{
    const RegexInst *prog = m->p->prog;
    const uint32_t *s = m->s;
    size_t pc = 0;
    ssize_t end = m->end;
    m->sp = 0;
    m->barrier = -1;
    for (;;) {
        const RegexInst *in = &prog[pc];
        switch ((RegexOp)in->op) {
        case RO_CHAR: case RO_CHAR_I: case RO_ANY: case RO_ANY_ALL: case RO_CLASS:
            if (pos < end && match_item(m, in, s[pos])) {
                pos++;
                pc++;
                continue;
            }
            goto fail;
        case RO_AT:
            if (at(m, in->a, in->b, pos)) {
                pc++;
                continue;
            }
            goto fail;
        case RO_SAVE:
            if (!push(m, (Frame){.type = F_SLOT, .x = in->a, .old = m->slots[in->a],
                                 .pc = (uint32_t)(m->lastindex + 1)}))
                return REGEX_NOMEM;
            m->slots[in->a] = pos;
            if (in->a & 1) m->lastindex = (int)(in->a / 2);
            pc++;
            continue;
        case RO_SPLIT:
            if (!push(m, (Frame){.type = F_CHOICE, .pc = in->b, .pos = pos}))
                return REGEX_NOMEM;
            pc = in->a;
            continue;
        case RO_JMP:
            pc = in->a;
            continue;
        case RO_REP_INIT:
            LOG_REP(in->a);
            m->rcount[in->a] = -1;
            m->rlast[in->a] = -2;
            pc++;
            continue;
        case RO_UNTIL: {
            /* every loop iteration and every backtrack counts a step, so a
             * long run without failures still reaches the hook */
            if (tick(m)) return REGEX_INTERRUPTED;
            ssize_t c = m->rcount[in->a] + 1;
            if (c < (ssize_t)in->b) {
                LOG_REP(in->a);
                m->rcount[in->a] = c;
                pc += 2;
                continue;
            }
            if (in->d) {
                /* lazy: the tail first, one more iteration on failure */
                if (!push(m, (Frame){.type = F_CHOICE, .pc = (uint32_t)pc + 1, .pos = pos}))
                    return REGEX_NOMEM;
                pc = in->e;
                continue;
            }
            if ((in->c == REGEX_INF || c < (ssize_t)in->c) && pos != m->rlast[in->a]) {
                if (!push(m, (Frame){.type = F_UNTIL | in->a << 8, .pc = in->e, .pos = pos,
                                     .x = m->rcount[in->a], .old = m->rlast[in->a]}))
                    return REGEX_NOMEM;
                m->rcount[in->a] = c;
                m->rlast[in->a] = pos;
                pc += 2;
                continue;
            }
            pc = in->e;
            continue;
        }
        case RO_LAZY_MORE: {
            ssize_t c = m->rcount[in->a] + 1;
            if ((in->c != REGEX_INF && c >= (ssize_t)in->c) || pos == m->rlast[in->a])
                goto fail;
            LOG_REP(in->a);
            m->rcount[in->a] = c;
            m->rlast[in->a] = pos;
            pc++;
            continue;
        }
        case RO_REP1: {
            const RegexInst *item = in + 1;
            ssize_t n = 0;
            if (pos > end) goto fail; /* match() with pos > endpos, as sre */
            ssize_t want = in->c == RREP_LAZY ? (ssize_t)in->a
                         : in->b == REGEX_INF ? end - pos : (ssize_t)in->b;
            while (n < want && pos + n < end && match_item(m, item, s[pos + n])) n++;
            if (n < (ssize_t)in->a) goto fail;
            bool more = in->c == RREP_GREEDY ? n > (ssize_t)in->a
                      : in->c == RREP_LAZY ? (in->b == REGEX_INF || n < (ssize_t)in->b)
                      : false;
            if (more && !push(m, (Frame){.type = F_REP1, .pc = (uint32_t)pc, .pos = pos, .x = n}))
                return REGEX_NOMEM;
            pos += n;
            pc += 2;
            continue;
        }
        case RO_BACKREF: {
            ssize_t a = m->slots[2 * in->a], b = m->slots[2 * in->a + 1];
            if (a < 0 || b < 0 || b < a) goto fail;
            ssize_t len = b - a;
            if (end - pos < len) goto fail;
            bool icase = in->b & 1, ascii = in->b >> 1;
            for (ssize_t k = 0; k < len; k++) {
                uint32_t x = s[a + k], y = s[pos + k];
                if (x != y && (!icase || lower(x, ascii) != lower(y, ascii))) goto fail;
            }
            pos += len;
            pc++;
            continue;
        }
        case RO_LOOK:
            if (in->a && pos < (ssize_t)in->c) {
                if (in->b) { /* negative look-behind before the start */
                    pc = in->e;
                    continue;
                }
                goto fail;
            }
            if (!push(m, (Frame){.type = F_BARRIER, .pc = (uint32_t)pc, .pos = pos, .x = m->barrier}))
                return REGEX_NOMEM;
            m->barrier = (ssize_t)m->sp - 1;
            if (in->a) pos -= (ssize_t)in->c;
            pc++;
            continue;
        case RO_POSS: {
            ssize_t done = m->rcount[in->a] + 1;
            ssize_t optional = 0;
            if (done >= (ssize_t)in->b) {
                if ((in->c != REGEX_INF && done >= (ssize_t)in->c) || pos == m->rlast[in->a]) {
                    pc = in->e;
                    continue;
                }
                LOG_REP(in->a);
                m->rlast[in->a] = pos;
                optional = 1;
            }
            if (!push(m, (Frame){.type = F_BARRIER, .pc = (uint32_t)pc, .pos = pos,
                                 .x = m->barrier, .old = optional}))
                return REGEX_NOMEM;
            m->barrier = (ssize_t)m->sp - 1;
            pc++;
            continue;
        }
        case RO_ATOMIC:
            if (!push(m, (Frame){.type = F_BARRIER, .pc = (uint32_t)pc, .pos = pos, .x = m->barrier}))
                return REGEX_NOMEM;
            m->barrier = (ssize_t)m->sp - 1;
            pc++;
            continue;
        case RO_END_SUB: {
            /* the body succeeded */
            size_t b = (size_t)m->barrier;
            Frame bf = m->st[b];
            const RegexInst *op = &prog[bf.pc];
            m->barrier = bf.x;
            if (op->op == RO_LOOK && op->b) {
                /* negative: undo the body, then the assertion fails */
                while (m->sp > b + 1) undo(m, &m->st[--m->sp]);
                m->sp = b;
                goto fail;
            }
            /* keep the body's undo records, drop its choice points */
            size_t w = b;
            for (size_t r = b + 1; r < m->sp; r++) {
                uint32_t t = FTYPE(&m->st[r]);
                if (t == F_SLOT || t == F_REPU) {
                    m->st[w++] = m->st[r];
                } else if (t == F_UNTIL) { /* keep its undo half */
                    m->st[w] = m->st[r];
                    m->st[w++].type = F_REPU | FREG(&m->st[r]) << 8;
                }
            }
            m->sp = w;
            if (op->op == RO_POSS) {
                /* one more iteration done; decide on the next */
                LOG_REP(op->a);
                m->rcount[op->a]++;
                pc = bf.pc;
                continue;
            }
            if (op->op == RO_LOOK) pos = bf.pos;
            pc = op->e;
            continue;
        }
        case RO_COND: {
            ssize_t a = m->slots[2 * in->a], b = m->slots[2 * in->a + 1];
            /* sre: a group whose new start passed its old end is unset */
            pc = a >= 0 && b >= a ? pc + 1 : in->b;
            continue;
        }
        case RO_MATCH:
            if (m->mode == REGEX_FULLMATCH && pos != end) goto fail;
            if (m->must_advance && pos == m->start) goto fail;
            m->slots[1] = pos;
            return REGEX_FOUND;
        }
    fail:
        for (;;) {
            if (tick(m)) return REGEX_INTERRUPTED;
            if (m->sp == 0) return REGEX_NOMATCH;
            Frame *f = &m->st[m->sp - 1];
            uint32_t t = FTYPE(f);
            if (t == F_SLOT || t == F_REPU) {
                undo(m, f);
                m->sp--;
                continue;
            }
            if (t == F_UNTIL) {
                undo(m, f);
                pc = f->pc;
                pos = f->pos;
                m->sp--;
                break;
            }
            if (t == F_CHOICE) {
                pc = f->pc;
                pos = f->pos;
                m->sp--;
                break;
            }
            if (t == F_REP1) {
                const RegexInst *r = &prog[f->pc];
                if (r->c == RREP_GREEDY) {
                    f->x--;
                    if (f->x <= (ssize_t)r->a) m->sp--;
                    pos = f->pos + f->x;
                    pc = f->pc + 2;
                    break;
                }
                ssize_t p2 = f->pos + f->x;
                if (p2 < end && match_item(m, r + 1, s[p2])) {
                    f->x++;
                    pos = p2 + 1;
                    if (r->b != REGEX_INF && f->x >= (ssize_t)r->b) m->sp--;
                    pc = f->pc + 2;
                    break;
                }
                m->sp--;
                continue;
            }
            /* barrier: the body failed */
            const RegexInst *op = &prog[f->pc];
            m->barrier = f->x;
            m->sp--;
            if ((op->op == RO_LOOK && op->b) || (op->op == RO_POSS && f->old)) {
                /* a negative assertion holds; an optional possessive
                 * iteration failed, so the loop ends where it began */
                pos = f->pos;
                pc = op->e;
                break;
            }
        }
    }
}

/* match/fullmatch at pos, or search from pos; must_advance: no empty
 * match at pos (the iterator's rule). */
static int exec(const RegexPattern *p, const uint32_t *subj, size_t len,
                size_t pos, size_t endpos, int mode, bool must_advance,
                RegexResult *res, const RegexHooks *hooks)
{
    M m = {.p = p, .s = subj, .end = (ssize_t)endpos, .len = (ssize_t)len,
           .start = (ssize_t)pos,
           .must_advance = must_advance, .mode = mode, .hooks = hooks};
    size_t nslots = 2 * ((size_t)p->ngroups + 1);
    size_t nrep = (size_t)p->nrepeats;
    ssize_t *buf = malloc((nslots + 2 * nrep + 1) * sizeof *buf);
    if (!buf) return REGEX_NOMEM;
    m.slots = buf;
    m.rcount = buf + nslots;
    m.rlast = m.rcount + nrep;
    int r = REGEX_NOMATCH;
    /* match with pos > endpos still runs (sre does): zero-width items and
     * look-behinds may succeed there */
    for (size_t at = pos; at <= endpos || (at == pos && mode != REGEX_SEARCH); at++) {
        if (mode == REGEX_SEARCH && p->first_char >= 0) {
            while (at < endpos && subj[at] != (uint32_t)p->first_char) at++;
            if (at == endpos) break;
        }
        for (size_t k = 0; k < nslots; k++) buf[k] = -1;
        m.lastindex = -1;
        r = run(&m, (ssize_t)at);
        if (r != REGEX_NOMATCH) {
            if (r == REGEX_FOUND) {
                m.slots[0] = (ssize_t)at;
                for (size_t g = 0; g < nslots; g += 2)
                    if (m.slots[g] < 0 || m.slots[g + 1] < 0)
                        m.slots[g] = m.slots[g + 1] = -1;
                memcpy(res->spans, m.slots, nslots * sizeof *buf);
                res->lastindex = m.lastindex;
            }
            break;
        }
        if (mode != REGEX_SEARCH) break;
    }
    free(m.st);
    free(buf);
    return r;
}

int regex_exec(const RegexPattern *p, const uint32_t *subj, size_t len,
               size_t pos, size_t endpos, int mode, RegexResult *res,
               const RegexHooks *hooks)
{
    if (endpos > len) endpos = len;
    if (pos > len) pos = len;
    if (pos > endpos && mode == REGEX_SEARCH) return REGEX_NOMATCH;
    return exec(p, subj, len, pos, endpos, mode, false, res, hooks);
}

void regex_iter_init(RegexIter *it, const RegexPattern *p,
                     const uint32_t *subj, size_t len, size_t pos,
                     size_t endpos)
{
    if (endpos > len) endpos = len;
    *it = (RegexIter){.pat = p, .subj = subj, .len = len, .pos = pos,
                      .endpos = endpos, .done = pos > endpos};
}

int regex_iter_next(RegexIter *it, RegexResult *res, const RegexHooks *hooks)
{
    if (it->done) return REGEX_NOMATCH;
    int r = exec(it->pat, it->subj, it->len, it->pos, it->endpos, REGEX_SEARCH,
                 it->must_advance, res, hooks);
    if (r != REGEX_FOUND) {
        it->done = r == REGEX_NOMATCH;
        return r;
    }
    it->must_advance = res->spans[1] == res->spans[0];
    it->pos = (size_t)res->spans[1];
    return r;
}
