/* The source lines and ~~~^^^ caret lines of a traceback entry, placed
 * exactly as CPython 3.13's traceback module places them: the
 * instruction's span, anchors for binary operators, subscripts and calls
 * (found by parsing the span), the rules that suppress carets spanning a
 * whole line, and the abbreviation of long multi-line spans. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/parser.h"
#include "objects/err.h"
#include "objects/strobj.h"
#include "objects/traceback_print.h"
#include "readfile.h"
#include "unicode_db.h"
#include "utf8.h"
#include "vm/vm.h"

typedef struct {
    uint32_t *c;
    size_t n;
} Line;

static uint32_t utf8_next(const unsigned char *s, size_t len, size_t *i)
{
    unsigned char b = s[*i];
    int extra = b < 0x80 ? 0 : b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : -1;
    if (extra < 0 || *i + (size_t)extra >= len + (extra ? 0 : 1)) {
        (*i)++;
        return 0xFFFD;
    }
    uint32_t c = extra == 0 ? b : b & (0x3F >> extra);
    for (int k = 1; k <= extra; k++) {
        if (*i + (size_t)k >= len || (s[*i + k] & 0xC0) != 0x80) {
            (*i)++;
            return 0xFFFD;
        }
        c = c << 6 | (s[*i + k] & 0x3F);
    }
    *i += (size_t)extra + 1;
    return c;
}

static Line line_from_utf8(const char *s, size_t len)
{
    Line l = {mem_alloc((len + 1) * sizeof(uint32_t)), 0};
    if (!l.c)
        return l;
    for (size_t i = 0; i < len;)
        l.c[l.n++] = utf8_next((const unsigned char *)s, len, &i);
    return l;
}

/* Characters in the first `bytes` bytes of the line's UTF-8 form. */
static size_t byte_to_char(const Line *l, long bytes)
{
    long used = 0;
    size_t i = 0;
    while (i < l->n && used < bytes) {
        uint32_t c = l->c[i];
        used += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        i++;
    }
    return i;
}

static bool line_is_ascii(const Line *l)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->c[i] >= 0x80)
            return false;
    return true;
}

/* _display_width: East Asian wide and full-width characters count 2. */
static size_t display_width(const Line *l, size_t offset)
{
    if (offset > l->n)
        offset = l->n;
    if (line_is_ascii(l))
        return offset;
    size_t w = 0;
    for (size_t i = 0; i < offset; i++) {
        const char *ea = ucd_east_asian_names[ucd_record(l->c[i])->east_asian];
        w += (strcmp(ea, "W") == 0 || strcmp(ea, "F") == 0) ? 2 : 1;
    }
    return w;
}

static bool is_ws(uint32_t c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' || c == '\n'; }

static bool is_space_char(uint32_t c)
{
    return is_ws(c) || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x1f || c == 0x85 ||
           (c >= 0x80 && ucd_has(c, UCD_SPACE));
}

/* textwrap.dedent over lines: whitespace-only lines become empty, the
 * common leading whitespace of the others is removed. */
static void dedent(Line *lines, size_t n)
{
    size_t margin = (size_t)-1;
    const Line *ref = NULL;
    for (size_t i = 0; i < n; i++) {
        size_t k = 0;
        while (k < lines[i].n && (lines[i].c[k] == ' ' || lines[i].c[k] == '\t'))
            k++;
        if (k == lines[i].n) {
            lines[i].n = 0;
            continue;
        }
        if (!ref) {
            ref = &lines[i];
            margin = k;
            continue;
        }
        size_t m = 0;
        while (m < margin && m < k && lines[i].c[m] == ref->c[m])
            m++;
        margin = m;
    }
    if (!ref || margin == 0)
        return;
    for (size_t i = 0; i < n; i++) {
        if (lines[i].n == 0)
            continue;
        memmove(lines[i].c, lines[i].c + margin, (lines[i].n - margin) * sizeof(uint32_t));
        lines[i].n -= margin;
    }
}

static char *to_utf8(const uint32_t *c, size_t n, size_t *len_out)
{
    char *out = mem_alloc(n * 4 + 1);
    if (!out)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += utf8_encode(c[i], out + k);
    out[k] = 0;
    if (len_out)
        *len_out = k;
    return out;
}

/* ---- anchors ------------------------------------------------------------------- */

typedef struct {
    bool ok;
    int left_end_lineno, left_end_offset, right_start_lineno, right_start_offset;
    char primary, secondary;
} Anchors;

typedef struct {
    Line *lines;
    size_t n;
    bool failed;
} Seg;

static void next_valid(Seg *s, int *ln, int *col)
{
    while (*ln < (int)s->n && *col >= (int)s->lines[*ln].n) {
        *col = 0;
        (*ln)++;
    }
    if (*ln >= (int)s->n)
        s->failed = true;
}

static void increment_until(Seg *s, int *ln, int *col, int mode)
{
    for (int guard = 0; !s->failed && guard < 1000000; guard++) {
        uint32_t ch = s->lines[*ln].c[*col];
        bool stop = mode == 0 ? (!is_space_char(ch) && ch != ')') : mode == 1 ? ch == '[' : ch == '(';
        if (ch == '\\' || ch == '#') {
            *col = 0;
            (*ln)++;
            next_valid(s, ln, col);
        } else if (!stop) {
            (*col)++;
            next_valid(s, ln, col);
        } else {
            return;
        }
    }
}

static void setup_positions(Seg *s, const AstExpr *e, bool force_valid, int *ln, int *col)
{
    *ln = e->loc.end_lineno - 2;
    if (*ln < 0 || *ln >= (int)s->n) {
        s->failed = true;
        return;
    }
    *col = (int)byte_to_char(&s->lines[*ln], e->loc.end_col_offset);
    if (force_valid)
        next_valid(s, ln, col);
}

static Anchors extract_anchors(const uint32_t *segment, size_t seglen)
{
    Anchors a = {0};
    a.primary = '~';
    a.secondary = '^';
    size_t ulen;
    char *u = to_utf8(segment, seglen, &ulen);
    if (!u)
        return a;
    char *wrapped = mem_alloc(ulen + 5);
    if (!wrapped) {
        mem_free(u);
        return a;
    }
    memcpy(wrapped, "(\n", 2);
    memcpy(wrapped + 2, u, ulen);
    memcpy(wrapped + 2 + ulen, "\n)", 3);
    mem_free(u);
    Arena *arena = arena_new();
    ParseError perr;
    AstModule *mod = arena ? parse_file(arena, wrapped, ulen + 4, "<anchors>", &perr) : NULL;
    mem_free(wrapped);
    if (!mod || mod->body.n != 1) {
        if (arena)
            arena_free(arena);
        return a;
    }
    /* the segment's lines */
    Seg s = {NULL, 0, false};
    size_t cap = 1;
    for (size_t i = 0; i < seglen; i++)
        cap += segment[i] == '\n';
    s.lines = mem_alloc(cap * sizeof(Line));
    if (!s.lines) {
        arena_free(arena);
        return a;
    }
    size_t start = 0;
    for (size_t i = 0; i <= seglen; i++) {
        if (i == seglen || segment[i] == '\n') {
            s.lines[s.n].c = (uint32_t *)segment + start;
            s.lines[s.n].n = i - start;
            s.n++;
            start = i + 1;
        }
    }
    const AstStmt *st = mod->body.items[0];
    if (st->kind == AST_Expr) {
        const AstExpr *e = st->v.ret.value;
        int ln = 0, col = 0;
        if (e->kind == AST_BinOp) {
            setup_positions(&s, e->v.binop.left, true, &ln, &col);
            if (!s.failed)
                increment_until(&s, &ln, &col, 0);
            if (!s.failed) {
                int right_col = col + 1;
                const Line *l = &s.lines[ln];
                const AstExpr *r = e->v.binop.right;
                if (right_col < (int)l->n) {
                    int rline = r->loc.lineno - 2;
                    bool before_right = rline > ln ||
                        (rline >= 0 && rline < (int)s.n &&
                         right_col < (int)byte_to_char(&s.lines[rline], r->loc.col_offset));
                    uint32_t ch = l->c[right_col];
                    if (before_right && !is_space_char(ch) && ch != '\\' && ch != '#')
                        right_col++;
                }
                a = (Anchors){true, ln, col, ln, right_col, '~', '^'};
            }
        } else if (e->kind == AST_Subscript || e->kind == AST_Call) {
            const AstExpr *left = e->kind == AST_Subscript ? e->v.subscript.value : e->v.call.func;
            setup_positions(&s, left, true, &ln, &col);
            if (!s.failed)
                increment_until(&s, &ln, &col, e->kind == AST_Subscript ? 1 : 2);
            int rln = 0, rcol = 0;
            if (!s.failed)
                setup_positions(&s, e, false, &rln, &rcol);
            if (!s.failed)
                a = (Anchors){true, ln, col, rln, rcol, '~', '^'};
        }
    }
    mem_free(s.lines);
    arena_free(arena);
    return a;
}

/* _should_show_carets */
static bool should_show_carets(size_t start_offset, size_t end_offset, Line *all, size_t n,
                               const Anchors *anchors)
{
    /* '\n'.join(all_lines) parsed as a module */
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        total += all[i].n + 1;
    uint32_t *joined = mem_alloc((total + 1) * sizeof(uint32_t));
    if (joined) {
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {
            if (i)
                joined[k++] = '\n';
            memcpy(joined + k, all[i].c, all[i].n * sizeof(uint32_t));
            k += all[i].n;
        }
        size_t ulen;
        char *u = to_utf8(joined, k, &ulen);
        mem_free(joined);
        Arena *arena = u ? arena_new() : NULL;
        ParseError perr;
        AstModule *mod = arena ? parse_file(arena, u, ulen, "<carets>", &perr) : NULL;
        mem_free(u);
        if (mod && mod->body.n > 0) {
            const AstStmt *st = mod->body.items[0];
            const AstExpr *value = NULL;
            if (st->kind == AST_Return && st->v.ret.value && st->v.ret.value->kind == AST_Call &&
                st->v.ret.value->v.call.func->kind == AST_Name)
                value = st->v.ret.value;
            else if (st->kind == AST_Assign && st->v.assign.value->kind == AST_Call &&
                     st->v.assign.value->v.call.func->kind == AST_Name && st->v.assign.targets.n == 1 &&
                     ((const AstExpr *)st->v.assign.targets.items[0])->kind == AST_Name)
                value = st->v.assign.value;
            if (value && value->loc.lineno == 1 && value->loc.end_lineno == (int)n &&
                value->loc.col_offset == (int)start_offset && value->loc.end_col_offset == (int)end_offset) {
                arena_free(arena);
                return false;
            }
        }
        if (arena)
            arena_free(arena);
    }
    if (anchors->ok)
        return true;
    for (size_t i = 0; i < start_offset && i < all[0].n; i++)
        if (!is_space_char(all[0].c[i]))
            return true;
    for (size_t i = end_offset; i < all[n - 1].n; i++)
        if (!is_space_char(all[n - 1].c[i]))
            return true;
    return false;
}

/* ---- output ------------------------------------------------------------------------ */

typedef struct {
    Line *rows;
    size_t n, cap;
} Rows;

static void rows_add(Rows *r, const uint32_t *c, size_t n)
{
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 8;
        Line *nr = mem_realloc(r->rows, cap * sizeof(Line));
        if (!nr)
            return;
        r->rows = nr;
        r->cap = cap;
    }
    Line l = {mem_alloc((n + 1) * sizeof(uint32_t)), n};
    if (!l.c)
        return;
    memcpy(l.c, c, n * sizeof(uint32_t));
    r->rows[r->n++] = l;
}

typedef struct {
    Line *all;
    size_t n;
    bool show;
    const Anchors *anc;
    size_t left_end, right_start; /* display columns */
    size_t dp_start, dp_end;
} CaretCtx;

static void output_line(CaretCtx *x, Rows *out, size_t lineno)
{
    Line *l = &x->all[lineno];
    rows_add(out, l->c, l->n);
    if (!x->show)
        return;
    size_t num_spaces = 0;
    while (num_spaces < l->n && is_space_char(l->c[num_spaces]))
        num_spaces++;
    size_t num = lineno == x->n - 1 ? x->dp_end : display_width(l, l->n);
    uint32_t *car = mem_alloc((num + 1) * sizeof(uint32_t));
    if (!car)
        return;
    for (size_t col = 0; col < num; col++) {
        if (col < num_spaces || (lineno == 0 && col < x->dp_start)) {
            car[col] = ' ';
        } else if (x->anc->ok &&
                   ((int)lineno > x->anc->left_end_lineno ||
                    ((int)lineno == x->anc->left_end_lineno && col >= x->left_end)) &&
                   ((int)lineno < x->anc->right_start_lineno ||
                    ((int)lineno == x->anc->right_start_lineno && col < x->right_start))) {
            car[col] = (uint32_t)x->anc->secondary;
        } else {
            car[col] = (uint32_t)(x->anc->ok ? x->anc->primary : '^');
        }
    }
    rows_add(out, car, num);
    mem_free(car);
}

static void emit_rows(StrBuilder *b, Rows *rows)
{
    dedent(rows->rows, rows->n);
    for (size_t i = 0; i < rows->n; i++) {
        sb_add_ascii(b, "    ");
        for (size_t k = 0; k < rows->rows[i].n; k++)
            sb_add_char(b, rows->rows[i].c[k]);
        sb_add_char(b, '\n');
        mem_free(rows->rows[i].c);
    }
    mem_free(rows->rows);
}

/* Prints the entry's source (and carets). Returns false when nothing was
 * printed (no source available). */
bool tb_print_source(StrBuilder *b, Value tb, const char *path, int lineno)
{
    int line = 0, end_line = 0, col = -1, end_col = -1;
    bool have_pos = vm_tb_position(tb, &line, &end_line, &col, &end_col) == 0 && line == lineno &&
                    end_line >= line && col >= 0 && end_col >= 0;
    if (!have_pos)
        end_line = lineno;
    size_t len;
    char *src = file_read_all(path, &len);
    if (!src)
        return false;
    /* the original lines lineno..end_line */
    size_t nl = (size_t)(end_line - lineno + 1);
    Line *orig = mem_calloc(nl, sizeof(Line));
    Line *all = mem_calloc(nl, sizeof(Line));
    const char *p = src, *end = src + len;
    for (int i = 1; i < lineno && p < end; i++) {
        const char *q = memchr(p, '\n', (size_t)(end - p));
        p = q ? q + 1 : end;
    }
    size_t got = 0;
    for (; got < nl && p < end; got++) {
        const char *q = memchr(p, '\n', (size_t)(end - p));
        const char *e = q ? q : end;
        const char *t = e;
        if (t > p && t[-1] == '\r')
            t--;
        orig[got] = line_from_utf8(p, (size_t)(t - p));
        all[got] = line_from_utf8(p, (size_t)(t - p));
        p = q ? q + 1 : end;
    }
    free(src);
    bool printed = false;
    if (got == 0 || got < nl)
        goto done;
    dedent(all, nl);
    bool any = false;
    for (size_t i = 0; i < nl && !any; i++)
        for (size_t k = 0; k < all[i].n; k++)
            if (!is_space_char(all[i].c[k])) {
                any = true;
                break;
            }
    if (!any)
        goto done;
    printed = true;
    if (!have_pos) {
        /* only the first line, stripped */
        Line *l = &orig[0];
        size_t s = 0, e = l->n;
        while (s < e && is_space_char(l->c[s]))
            s++;
        while (e > s && is_space_char(l->c[e - 1]))
            e--;
        sb_add_ascii(b, "    ");
        for (size_t k = s; k < e; k++)
            sb_add_char(b, l->c[k]);
        sb_add_char(b, '\n');
        goto done;
    }
    size_t start_offset = byte_to_char(&orig[0], col);
    size_t end_offset = byte_to_char(&orig[nl - 1], end_col);
    size_t dedent_chars = orig[0].n - all[0].n;
    start_offset = start_offset > dedent_chars ? start_offset - dedent_chars : 0;
    end_offset = end_offset > dedent_chars ? end_offset - dedent_chars : 0;
    size_t dp_start = display_width(&all[0], start_offset);
    size_t dp_end = display_width(&all[nl - 1], end_offset);
    /* segment = "\n".join(all)[start_offset : len - (len(all[-1]) - end_offset)] */
    size_t total = 0;
    for (size_t i = 0; i < nl; i++)
        total += all[i].n + (i ? 1 : 0);
    uint32_t *joined = mem_alloc((total + 1) * sizeof(uint32_t));
    Anchors anc = {0};
    if (joined) {
        size_t k = 0;
        for (size_t i = 0; i < nl; i++) {
            if (i)
                joined[k++] = '\n';
            memcpy(joined + k, all[i].c, all[i].n * sizeof(uint32_t));
            k += all[i].n;
        }
        long cut_end = (long)all[nl - 1].n - (long)end_offset;
        long seg_end = (long)total - cut_end;
        if ((long)start_offset <= seg_end && seg_end <= (long)total)
            anc = extract_anchors(joined + start_offset, (size_t)(seg_end - (long)start_offset));
        mem_free(joined);
    }
    CaretCtx x = {all, nl, false, &anc, 0, 0, dp_start, dp_end};
    x.show = should_show_carets(start_offset, end_offset, all, nl, &anc);
    bool sig[4096] = {0};
    size_t nsig = nl < 4096 ? nl : 4096;
    sig[0] = true;
    sig[nsig - 1] = true;
    if (anc.ok) {
        size_t le = (size_t)anc.left_end_offset, rs = (size_t)anc.right_start_offset;
        if (anc.left_end_lineno == 0)
            le += start_offset;
        if (anc.right_start_lineno == 0)
            rs += start_offset;
        if (anc.left_end_lineno < (int)nl)
            x.left_end = display_width(&all[anc.left_end_lineno], le);
        if (anc.right_start_lineno < (int)nl)
            x.right_start = display_width(&all[anc.right_start_lineno], rs);
        for (int d = -1; d <= 1; d++) {
            int a1 = anc.left_end_lineno + d, a2 = anc.right_start_lineno + d;
            if (a1 >= 0 && a1 < (int)nsig)
                sig[a1] = true;
            if (a2 >= 0 && a2 < (int)nsig)
                sig[a2] = true;
        }
    }
    Rows rows = {0};
    long prev = -1;
    for (size_t i = 0; i < nsig; i++) {
        if (!sig[i])
            continue;
        if (prev >= 0) {
            long diff = (long)i - prev;
            if (diff == 2) {
                output_line(&x, &rows, i - 1);
            } else if (diff > 2) {
                char msg[64];
                snprintf(msg, sizeof msg, "...<%ld lines>...", diff - 1);
                Line m = line_from_utf8(msg, strlen(msg));
                rows_add(&rows, m.c, m.n);
                mem_free(m.c);
            }
        }
        output_line(&x, &rows, i);
        prev = (long)i;
    }
    emit_rows(b, &rows);
done:
    for (size_t i = 0; i < nl; i++) {
        mem_free(orig[i].c);
        mem_free(all[i].c);
    }
    mem_free(orig);
    mem_free(all);
    return printed;
}
