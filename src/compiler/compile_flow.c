/* The assembler: a unit's instruction list becomes basic blocks; one walk
 * computes stack depths, exception handlers and reachability; dead code
 * goes, jumps are threaded and a few peepholes applied; then the layout
 * with EXTENDED_ARG sizes, the exception table, the line table and the
 * code object. */
#include <stdlib.h>
#include <string.h>

#include "compiler/compile_internal.h"
#include "objects/err.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "runtime/mem.h"

typedef struct AInstr {
    Instr i;
    int target;  /* block index of a jump's target, -1 otherwise */
    int handler; /* block index of the exception handler, -1 none */
    int size;    /* code units including EXTENDED_ARG prefixes and caches */
} AInstr;

typedef struct Block {
    AInstr *ins;
    int n, cap;
    int startdepth;        /* -1: not reached */
    int *estack;           /* except stack at entry (handler blocks) */
    int nestack;
    bool is_handler, handler_lasti;
    int handler_depth;
    int offset;
    bool reachable;
} Block;

typedef struct Asm {
    Compiler *c;
    Block *blocks;
    int nblocks, capblocks;
    int *order;            /* layout: block indexes */
    int norder;
    int maxdepth;
    bool failed;
} Asm;

static bool is_jump(int op)
{
    return (op_flags[op] & (OPF_JUMP | OPF_JUMP_BACK)) || op == JUMP || op == JUMP_NO_INTERRUPT;
}

static bool is_setup(int op) { return op == SETUP_FINALLY || op == SETUP_CLEANUP || op == SETUP_WITH; }
static bool is_terminator(int op) { return (op_flags[op] & OPF_TERM) != 0; }

static int new_block(Asm *a)
{
    if (a->nblocks == a->capblocks) {
        int cap = a->capblocks ? a->capblocks * 2 : 16;
        Block *b = mem_realloc(a->blocks, (size_t)cap * sizeof *b);
        if (!b) {
            a->failed = true;
            return -1;
        }
        a->blocks = b;
        a->capblocks = cap;
    }
    memset(&a->blocks[a->nblocks], 0, sizeof(Block));
    a->blocks[a->nblocks].startdepth = -1;
    return a->nblocks++;
}

static void block_add(Asm *a, int bi, const Instr *in, int target)
{
    Block *b = &a->blocks[bi];
    if (b->n == b->cap) {
        int cap = b->cap ? b->cap * 2 : 8;
        AInstr *n = mem_realloc(b->ins, (size_t)cap * sizeof *n);
        if (!n) {
            a->failed = true;
            return;
        }
        b->ins = n;
        b->cap = cap;
    }
    b->ins[b->n++] = (AInstr){*in, target, -1, 0};
}

static void asm_free(Asm *a)
{
    for (int i = 0; i < a->nblocks; i++) {
        mem_free(a->blocks[i].ins);
        mem_free(a->blocks[i].estack);
    }
    mem_free(a->blocks);
    mem_free(a->order);
}

/* ---- Building blocks ----------------------------------------------------------------- */

static bool build_blocks(Asm *a, Unit *u, const Instr *prefix, int nprefix)
{
    int *label_block = mem_alloc((size_t)(u->nlabels + 1) * sizeof *label_block);
    if (!label_block)
        return false;
    for (int i = 0; i < u->nlabels; i++)
        label_block[i] = -1;
    int cur = new_block(a);
    for (int i = 0; i < nprefix; i++)
        block_add(a, cur, &prefix[i], -1);
    for (int i = 0; i < u->ninstrs && !a->failed; i++) {
        Instr *in = &u->instrs[i];
        if (in->op == LABEL) {
            if (a->blocks[cur].n)
                cur = new_block(a);
            label_block[in->arg] = cur;
            continue;
        }
        block_add(a, cur, in, -1);
        if (is_jump(in->op) || is_terminator(in->op))
            cur = new_block(a);
    }
    /* resolve labels */
    for (int b = 0; b < a->nblocks; b++)
        for (int k = 0; k < a->blocks[b].n; k++) {
            AInstr *in = &a->blocks[b].ins[k];
            if (is_jump(in->i.op) || is_setup(in->i.op))
                in->target = label_block[in->i.arg];
        }
    mem_free(label_block);
    a->order = mem_alloc((size_t)(a->nblocks * 2 + 4) * sizeof *a->order);
    if (!a->order)
        return false;
    for (int b = 0; b < a->nblocks; b++)
        a->order[b] = b;
    a->norder = a->nblocks;
    return !a->failed;
}

/* ---- Depth, handlers, reachability --------------------------------------------------- */

typedef struct Work {
    int *items;
    int n, cap;
} Work;

static bool visit_block(Asm *a, Work *w, int bi, int depth, const int *estack, int nestack)
{
    Block *b = &a->blocks[bi];
    if (b->startdepth >= 0) {
        if (b->startdepth != depth) {
            err_set(&Exc_SystemError, "compiler: inconsistent stack depth in %s (%d vs %d)",
                    a->c->u ? a->c->u->name : "?", b->startdepth, depth);
            return false;
        }
        return true;
    }
    b->startdepth = depth;
    if (depth > a->maxdepth)
        a->maxdepth = depth;
    if (nestack) {
        b->estack = mem_alloc((size_t)nestack * sizeof *estack);
        if (!b->estack)
            return false;
        memcpy(b->estack, estack, (size_t)nestack * sizeof *estack);
    }
    b->nestack = nestack;
    if (w->n == w->cap) {
        int cap = w->cap ? w->cap * 2 : 32;
        int *n = mem_realloc(w->items, (size_t)cap * sizeof *n);
        if (!n)
            return false;
        w->items = n;
        w->cap = cap;
    }
    w->items[w->n++] = bi;
    return true;
}

static bool analyze(Asm *a)
{
    Work w = {0};
    int cap = 64;
    int *stack = mem_alloc((size_t)cap * sizeof *stack);
    bool ok = stack && visit_block(a, &w, a->order[0], 0, NULL, 0);
    while (ok && w.n) {
        int bi = w.items[--w.n];
        Block *b = &a->blocks[bi];
        int depth = b->startdepth;
        int ns = b->nestack;
        if (ns > cap) {
            cap = ns * 2;
            int *s2 = mem_realloc(stack, (size_t)cap * sizeof *s2);
            if (!s2) {
                ok = false;
                break;
            }
            stack = s2;
        }
        if (ns)
            memcpy(stack, b->estack, (size_t)ns * sizeof *stack);
        b->reachable = true;
        bool falls = true;
        for (int k = 0; k < b->n && ok; k++) {
            AInstr *in = &b->ins[k];
            int op = in->i.op;
            if (is_setup(op)) {
                Block *h = &a->blocks[in->target];
                h->is_handler = true;
                h->handler_lasti = op != SETUP_FINALLY;
                h->handler_depth = op == SETUP_WITH ? depth - 1 : depth;
                ok = visit_block(a, &w, in->target, depth + op_stack_effect(op, in->i.arg, true), stack, ns);
                if (ns == cap) {
                    cap *= 2;
                    int *s2 = mem_realloc(stack, (size_t)cap * sizeof *s2);
                    if (!s2) {
                        ok = false;
                        break;
                    }
                    stack = s2;
                }
                stack[ns++] = in->target;
                in->handler = ns > 1 ? stack[ns - 2] : -1;
                continue;
            }
            if (op == POP_BLOCK) {
                if (ns > 0)
                    ns--;
                in->handler = ns ? stack[ns - 1] : -1;
                continue;
            }
            in->handler = ns ? stack[ns - 1] : -1;
            if (is_jump(op)) {
                int d = depth + op_stack_effect(op, in->i.arg, true);
                ok = visit_block(a, &w, in->target, d, stack, ns);
            }
            depth += op_stack_effect(op, in->i.arg, false);
            if (depth > a->maxdepth)
                a->maxdepth = depth;
            if (depth < 0) {
                err_set(&Exc_SystemError, "compiler: negative stack depth at %s in %s",
                        op_names[op], a->c->u ? a->c->u->name : "?");
                ok = false;
            }
            if (is_terminator(op)) {
                falls = false;
                break;
            }
        }
        /* the layout is still the creation order here */
        if (ok && falls && bi + 1 < a->nblocks)
            ok = visit_block(a, &w, bi + 1, depth, stack, ns);
    }
    mem_free(w.items);
    mem_free(stack);
    return ok;
}

/* ---- Optimisation ------------------------------------------------------------------------- */

static void remove_unreachable(Asm *a)
{
    int n = 0;
    for (int k = 0; k < a->norder; k++)
        if (a->blocks[a->order[k]].reachable)
            a->order[n++] = a->order[k];
    a->norder = n;
}

static int invert_cond(int op)
{
    switch (op) {
    case POP_JUMP_IF_FALSE: return POP_JUMP_IF_TRUE;
    case POP_JUMP_IF_TRUE: return POP_JUMP_IF_FALSE;
    case POP_JUMP_IF_NONE: return POP_JUMP_IF_NOT_NONE;
    case POP_JUMP_IF_NOT_NONE: return POP_JUMP_IF_NONE;
    default: return -1;
    }
}

static void peephole_block(Asm *a, Block *b)
{
    Unit *u = a->c->u;
    for (int k = 0; k < b->n; k++) {
        AInstr *in = &b->ins[k];
        int op = in->i.op;
        if (is_setup(op) || op == POP_BLOCK) {
            in->i.op = NOP;
            continue;
        }
        if (op == LOAD_CLOSURE)
            in->i.op = LOAD_FAST;
        else if (op == STORE_FAST_MAYBE_NULL)
            in->i.op = STORE_FAST;
        AInstr *next = k + 1 < b->n ? &b->ins[k + 1] : NULL;
        if (!next)
            continue;
        if (op == LOAD_CONST && next->i.op == RETURN_VALUE) {
            in->i.op = NOP;
            next->i.op = RETURN_CONST;
            next->i.arg = in->i.arg;
        } else if (op == BUILD_TUPLE && next->i.op == UNPACK_SEQUENCE && in->i.arg == next->i.arg &&
                   in->i.arg >= 1 && in->i.arg <= 3) {
            if (in->i.arg == 1) {
                in->i.op = NOP;
                next->i.op = NOP;
            } else {
                in->i.op = NOP;
                next->i.op = SWAP;
            }
        } else if (op == UNARY_NOT && invert_cond(next->i.op) >= 0 && next->i.op != POP_JUMP_IF_NONE &&
                   next->i.op != POP_JUMP_IF_NOT_NONE) {
            in->i.op = NOP;
            next->i.op = invert_cond(next->i.op);
        } else if (op == LOAD_CONST && (next->i.op == POP_JUMP_IF_FALSE || next->i.op == POP_JUMP_IF_TRUE)) {
            int truth;
            if (cc_const_is_true(u->consts.items[in->i.arg], &truth)) {
                in->i.op = NOP;
                if ((truth != 0) == (next->i.op == POP_JUMP_IF_TRUE))
                    next->i.op = JUMP;
                else
                    next->i.op = NOP;
            }
        }
    }
}

/* Drops NOPs; fuses LOAD_FAST pairs. */
static void compact_block(Block *b)
{
    int n = 0;
    for (int k = 0; k < b->n; k++) {
        AInstr *in = &b->ins[k];
        if (in->i.op == NOP)
            continue;
        if (in->i.op == LOAD_FAST && n > 0 && b->ins[n - 1].i.op == LOAD_FAST &&
            b->ins[n - 1].i.arg < 16 && in->i.arg < 16 && b->ins[n - 1].handler == in->handler &&
            b->ins[n - 1].i.loc.line == in->i.loc.line) {
            AInstr *prev = &b->ins[n - 1];
            prev->i.op = LOAD_FAST_LOAD_FAST;
            prev->i.arg = (prev->i.arg << 4) | in->i.arg;
            continue;
        }
        b->ins[n++] = *in;
    }
    b->n = n;
}

static int first_real(Asm *a, int bi, int *pos_out)
{
    /* follows empty blocks in layout */
    for (int k = 0; k < a->norder; k++) {
        if (a->order[k] != bi)
            continue;
        for (int j = k; j < a->norder; j++) {
            Block *b = &a->blocks[a->order[j]];
            if (b->n) {
                *pos_out = j;
                return a->order[j];
            }
        }
        return -1;
    }
    return -1;
}

static void thread_jumps(Asm *a)
{
    for (int k = 0; k < a->norder; k++) {
        Block *b = &a->blocks[a->order[k]];
        if (!b->n)
            continue;
        AInstr *last = &b->ins[b->n - 1];
        if (!is_jump(last->i.op) || last->i.op == FOR_ITER || last->i.op == SEND)
            continue;
        for (int hops = 0; hops < 8; hops++) {
            int pos;
            int t = first_real(a, last->target, &pos);
            if (t < 0)
                break;
            Block *tb = &a->blocks[t];
            AInstr *tj = &tb->ins[0];
            if (tj->i.op != JUMP || tj->target == last->target || t == a->order[k])
                break;
            if (last->i.op == JUMP_NO_INTERRUPT)
                break;
            last->target = tj->target;
        }
    }
    /* a jump to the next block is no jump */
    for (int k = 0; k < a->norder; k++) {
        Block *b = &a->blocks[a->order[k]];
        if (!b->n)
            continue;
        AInstr *last = &b->ins[b->n - 1];
        if (last->i.op != JUMP && last->i.op != JUMP_NO_INTERRUPT)
            continue;
        int pos;
        int nextreal = k + 1 < a->norder ? first_real(a, a->order[k + 1], &pos) : -1;
        int t = first_real(a, last->target, &pos);
        if (t >= 0 && t == nextreal)
            last->i.op = NOP;
    }
}

static void mark_reachable(Asm *a)
{
    for (int i = 0; i < a->nblocks; i++)
        a->blocks[i].reachable = false;
    int *work = mem_alloc((size_t)(a->nblocks + 1) * sizeof *work);
    int *pos = mem_alloc((size_t)(a->nblocks + 1) * sizeof *pos);
    if (!work || !pos) {
        mem_free(work);
        mem_free(pos);
        for (int i = 0; i < a->nblocks; i++)
            a->blocks[i].reachable = true;
        return;
    }
    for (int i = 0; i < a->nblocks; i++)
        pos[i] = -1;
    for (int k = 0; k < a->norder; k++)
        pos[a->order[k]] = k;
    int n = 0;
    work[n++] = a->order[0];
    a->blocks[a->order[0]].reachable = true;
#define REACH(x)                                                                 \
    do {                                                                         \
        int x_ = (x);                                                            \
        if (x_ >= 0 && pos[x_] >= 0 && !a->blocks[x_].reachable) {               \
            a->blocks[x_].reachable = true;                                      \
            work[n++] = x_;                                                      \
        }                                                                        \
    } while (0)
    while (n) {
        int bi = work[--n];
        Block *b = &a->blocks[bi];
        bool falls = true;
        for (int k = 0; k < b->n; k++) {
            AInstr *in = &b->ins[k];
            REACH(in->handler);
            if (is_jump(in->i.op))
                REACH(in->target);
            if (is_terminator(in->i.op)) {
                falls = false;
                break;
            }
        }
        if (falls && pos[bi] + 1 < a->norder)
            REACH(a->order[pos[bi] + 1]);
    }
#undef REACH
    mem_free(work);
    mem_free(pos);
}

/* POP_JUMP_IF_* only jump forward: a backward one becomes the inverted
 * jump over a new block holding JUMP_BACKWARD. */
static bool fix_backward_conditionals(Asm *a)
{
    for (int k = 0; k < a->norder; k++) {
        Block *b = &a->blocks[a->order[k]];
        if (!b->n)
            continue;
        AInstr *last = &b->ins[b->n - 1];
        int inv = invert_cond(last->i.op);
        if (inv < 0)
            continue;
        int tpos = -1;
        for (int j = 0; j < a->norder; j++)
            if (a->order[j] == last->target)
                tpos = j;
        if (tpos > k)
            continue;
        int nb = new_block(a);
        if (nb < 0)
            return false;
        b = &a->blocks[a->order[k]];
        last = &b->ins[b->n - 1];
        Instr j = last->i;
        j.op = JUMP;
        int target = last->target;
        int handler = last->handler;
        block_add(a, nb, &j, target);
        if (a->failed)
            return false;
        a->blocks[nb].ins[0].handler = handler;
        a->blocks[nb].reachable = true;
        /* the inverted jump goes to what followed b */
        int after = k + 1 < a->norder ? a->order[k + 1] : -1;
        if (after < 0) {
            /* nothing follows: cannot happen for a conditional */
            return false;
        }
        b = &a->blocks[a->order[k]];
        last = &b->ins[b->n - 1];
        last->i.op = (uint8_t)inv;
        last->target = after;
        memmove(&a->order[k + 2], &a->order[k + 1], (size_t)(a->norder - k - 1) * sizeof *a->order);
        a->order[k + 1] = nb;
        a->norder++;
    }
    return true;
}

/* ---- Layout -------------------------------------------------------------------------------- */

static int ext_units(int arg)
{
    if (arg < 0)
        arg = 0;
    return arg > 0xffffff ? 3 : arg > 0xffff ? 2 : arg > 0xff ? 1 : 0;
}

static void resolve_jump_ops(Asm *a)
{
    for (int k = 0; k < a->norder; k++) {
        Block *b = &a->blocks[a->order[k]];
        for (int j = 0; j < b->n; j++) {
            AInstr *in = &b->ins[j];
            if (in->i.op != JUMP && in->i.op != JUMP_NO_INTERRUPT)
                continue;
            int tpos = -1;
            for (int q = 0; q < a->norder; q++)
                if (a->order[q] == in->target)
                    tpos = q;
            bool back = tpos <= k;
            if (in->i.op == JUMP)
                in->i.op = back ? JUMP_BACKWARD : JUMP_FORWARD;
            else
                in->i.op = back ? JUMP_BACKWARD_NO_INTERRUPT : JUMP_FORWARD;
        }
    }
}

static int layout(Asm *a)
{
    for (int k = 0; k < a->norder; k++) {
        Block *b = &a->blocks[a->order[k]];
        for (int j = 0; j < b->n; j++) {
            AInstr *in = &b->ins[j];
            in->size = 1 + op_cache[in->i.op] + (is_jump(in->i.op) ? 0 : ext_units(in->i.arg));
        }
    }
    for (int iter = 0; iter < 16; iter++) {
        int off = 0;
        for (int k = 0; k < a->norder; k++) {
            Block *b = &a->blocks[a->order[k]];
            b->offset = off;
            for (int j = 0; j < b->n; j++)
                off += b->ins[j].size;
        }
        bool changed = false;
        for (int k = 0; k < a->norder; k++) {
            Block *b = &a->blocks[a->order[k]];
            int o = b->offset;
            for (int j = 0; j < b->n; j++) {
                AInstr *in = &b->ins[j];
                if (is_jump(in->i.op)) {
                    int after = o + in->size;
                    int t = a->blocks[in->target].offset;
                    in->i.arg = (op_flags[in->i.op] & OPF_JUMP_BACK) ? after - t : t - after;
                    int size = 1 + op_cache[in->i.op] + ext_units(in->i.arg);
                    if (size != in->size) {
                        in->size = size;
                        changed = true;
                    }
                }
                o += in->size;
            }
        }
        if (!changed)
            return 0;
    }
    return -1;
}

/* ---- Code object ------------------------------------------------------------------------ */

static Object *names_tuple(Compiler *c, const NameMap *m, int from, int n)
{
    Object *t = tuple_new(n);
    if (!t)
        return NULL;
    for (int i = 0; i < n; i++)
        tuple_items(t)[i] = VAL_NULL;
    for (int i = 0; i < n; i++) {
        Object *s = str_intern_cstr(m->names[from + i]);
        if (!s) {
            obj_decref(t);
            return NULL;
        }
        tuple_items(t)[i] = val_from_obj(s);
    }
    (void)c;
    return t;
}

static int code_flags(Unit *u)
{
    SymBlock *ste = u->ste;
    int f = u->coflags;
    if (cc_is_function_like(u)) {
        f |= CO_OPTIMIZED | CO_NEWLOCALS;
        if (ste->nested)
            f |= CO_NESTED;
        if (ste->generator && ste->coroutine)
            f |= CO_ASYNC_GENERATOR;
        else if (ste->generator)
            f |= CO_GENERATOR;
        else if (ste->coroutine)
            f |= CO_COROUTINE;
        if (ste->varargs)
            f |= CO_VARARGS;
        if (ste->varkeywords)
            f |= CO_VARKEYWORDS;
    }
    return f;
}

Value cc_assemble(Compiler *c, Unit *u)
{
    /* localsplus: varnames, then cells that are not arguments, then frees */
    int nvar = u->varnames.n, ncell = u->cellvars.n, nfree = u->freevars.n;
    int *cell_slot = mem_alloc((size_t)(ncell + 1) * sizeof *cell_slot);
    if (!cell_slot)
        return err_no_memory();
    int nextra = 0;
    for (int i = 0; i < ncell; i++) {
        int v = namemap_find(&u->varnames, u->cellvars.names[i]);
        cell_slot[i] = v >= 0 ? v : nvar + nextra++;
    }
    int nlocalsplus = nvar + nextra + nfree;
    uint8_t *kinds = mem_calloc((size_t)nlocalsplus + 1, 1);
    Object *lpnames = tuple_new(nlocalsplus);
    if (!kinds || !lpnames) {
        mem_free(cell_slot);
        mem_free(kinds);
        if (lpnames)
            obj_decref(lpnames);
        return err_no_memory();
    }
    for (int i = 0; i < nlocalsplus; i++)
        tuple_items(lpnames)[i] = VAL_NULL;
    bool lp_fail = false;
    for (int i = 0; i < nvar; i++) {
        kinds[i] = FAST_LOCAL;
        if (namemap_find(&u->fasthidden, u->varnames.names[i]) >= 0 ||
            (!cc_is_function_like(u)))
            kinds[i] |= FAST_HIDDEN;
        Object *s = str_intern_cstr(u->varnames.names[i]);
        lp_fail |= !s;
        tuple_items(lpnames)[i] = val_from_obj(s);
    }
    for (int i = 0; i < ncell; i++) {
        int slot = cell_slot[i];
        kinds[slot] |= FAST_CELL;
        if (slot >= nvar) {
            Object *s = str_intern_cstr(u->cellvars.names[i]);
            lp_fail |= !s;
            tuple_items(lpnames)[slot] = val_from_obj(s);
        }
    }
    for (int i = 0; i < nfree; i++) {
        int slot = nvar + nextra + i;
        kinds[slot] = FAST_FREE;
        Object *s = str_intern_cstr(u->freevars.names[i]);
        lp_fail |= !s;
        tuple_items(lpnames)[slot] = val_from_obj(s);
    }
    if (lp_fail) {
        mem_free(cell_slot);
        mem_free(kinds);
        obj_decref(lpnames);
        return VAL_NULL;
    }
    /* DEREF-style arguments to slots */
    for (int i = 0; i < u->ninstrs; i++) {
        Instr *in = &u->instrs[i];
        if (op_flags[in->op] & OPF_FREE)
            in->arg = in->arg >= (1 << 16) ? nvar + nextra + (in->arg - (1 << 16)) : cell_slot[in->arg];
    }
    /* prefix: make the cells, copy the free variables */
    Instr prefix[2];
    int nprefix = 0;
    Instr *cells = ncell ? mem_alloc((size_t)(ncell + 1) * sizeof *cells) : prefix;
    if (!cells) {
        mem_free(cell_slot);
        mem_free(kinds);
        obj_decref(lpnames);
        return err_no_memory();
    }
    /* cells in slot order */
    for (int s = 0; s < nlocalsplus; s++)
        if (kinds[s] & FAST_CELL)
            cells[nprefix++] = (Instr){MAKE_CELL, s, {u->firstlineno, u->firstlineno, -1, -1}};
    if (nfree)
        cells[nprefix++] = (Instr){COPY_FREE_VARS, nfree, {u->firstlineno, u->firstlineno, -1, -1}};
    mem_free(cell_slot);

    Asm a = {.c = c};
    Value code = VAL_NULL;
    Object *consts = NULL, *names = NULL;
    CodeUnit *units = NULL;
    ExcEntry *exc = NULL;
    LineTableWriter lt = {0};
    int nexc = 0;
    bool ok = build_blocks(&a, u, cells, nprefix);
    if (cells != prefix)
        mem_free(cells);
    ok = ok && analyze(&a);
    if (!ok)
        goto done;
    remove_unreachable(&a);
    for (int k = 0; k < a.norder; k++)
        peephole_block(&a, &a.blocks[a.order[k]]);
    for (int k = 0; k < a.norder; k++)
        compact_block(&a.blocks[a.order[k]]);
    thread_jumps(&a);
    for (int k = 0; k < a.norder; k++)
        compact_block(&a.blocks[a.order[k]]);
    mark_reachable(&a);
    remove_unreachable(&a);
    if (!fix_backward_conditionals(&a))
        goto done;
    resolve_jump_ops(&a);
    if (layout(&a) < 0) {
        err_set(&Exc_SystemError, "compiler: jump offsets do not settle");
        goto done;
    }
    int ncode = 0;
    for (int k = 0; k < a.norder; k++) {
        Block *b = &a.blocks[a.order[k]];
        for (int j = 0; j < b->n; j++)
            ncode += b->ins[j].size;
    }
    units = mem_alloc((size_t)(ncode + 1) * sizeof *units);
    int capexc = 8;
    exc = mem_alloc((size_t)capexc * sizeof *exc);
    if (!units || !exc) {
        err_no_memory();
        goto done;
    }
    int off = 0;
    CodeLoc prev = {u->firstlineno, u->firstlineno, -1, -1};
    CodeLoc run_loc = prev;
    int run_units = 0;
    int cur_handler = -1, run_start = 0;
    for (int k = 0; k < a.norder; k++) {
        Block *b = &a.blocks[a.order[k]];
        for (int j = 0; j < b->n; j++) {
            AInstr *in = &b->ins[j];
            /* exception table runs */
            if (in->handler != cur_handler) {
                if (cur_handler >= 0 && off > run_start) {
                    if (nexc == capexc) {
                        capexc *= 2;
                        ExcEntry *e2 = mem_realloc(exc, (size_t)capexc * sizeof *exc);
                        if (!e2) {
                            err_no_memory();
                            goto done;
                        }
                        exc = e2;
                    }
                    Block *h = &a.blocks[cur_handler];
                    exc[nexc++] = (ExcEntry){(uint32_t)run_start, (uint32_t)off, (uint32_t)h->offset,
                                             (uint16_t)h->handler_depth, h->handler_lasti};
                }
                cur_handler = in->handler;
                run_start = off;
            }
            /* line table runs */
            CodeLoc l = in->i.loc.line >= 0 ? in->i.loc : prev;
            prev = l;
            if (memcmp(&l, &run_loc, sizeof l) != 0) {
                if (run_units)
                    lt_add(&lt, run_units, &run_loc);
                run_loc = l;
                run_units = 0;
            }
            run_units += in->size;
            /* the instruction */
            int arg = in->i.arg < 0 ? 0 : in->i.arg;
            int ext = in->size - 1 - op_cache[in->i.op];
            for (int e = ext; e > 0; e--)
                units[off++] = CU_MAKE(EXTENDED_ARG, (arg >> (8 * e)) & 0xff);
            units[off++] = CU_MAKE(in->i.op, arg & 0xff);
            for (int q = 0; q < op_cache[in->i.op]; q++)
                units[off++] = 0;
        }
    }
    if (cur_handler >= 0 && off > run_start) {
        if (nexc == capexc) {
            ExcEntry *e2 = mem_realloc(exc, (size_t)(capexc + 1) * sizeof *exc);
            if (!e2) {
                err_no_memory();
                goto done;
            }
            exc = e2;
        }
        Block *h = &a.blocks[cur_handler];
        exc[nexc++] = (ExcEntry){(uint32_t)run_start, (uint32_t)off, (uint32_t)h->offset,
                                 (uint16_t)h->handler_depth, h->handler_lasti};
    }
    if (run_units)
        lt_add(&lt, run_units, &run_loc);
    if (lt.len < 0) {
        err_no_memory();
        goto done;
    }

    consts = tuple_new(u->consts.n);
    if (!consts)
        goto done;
    for (int i = 0; i < u->consts.n; i++) {
        tuple_items(consts)[i] = u->consts.items[i];
        u->consts.items[i] = VAL_NULL;
    }
    u->consts.n = 0;
    names = names_tuple(c, &u->names, 0, u->names.n);
    if (!names)
        goto done;
    Value name = val_from_obj(str_intern_cstr(u->name));
    Value qualname = str_from_cstr(u->qualname);
    if (!name || !qualname) {
        val_xdecref(qualname);
        goto done;
    }
    CodeSpec spec = {
        .argcount = u->argcount, .posonlyargcount = u->posonlyargcount,
        .kwonlyargcount = u->kwonlyargcount, .flags = code_flags(u),
        .nlocalsplus = nlocalsplus, .stacksize = a.maxdepth + 1, .firstlineno = u->firstlineno,
        .ncode = off, .code = units, .consts = val_from_obj(consts), .names = val_from_obj(names),
        .localsplusnames = val_from_obj(lpnames), .localspluskinds = kinds, .name = name,
        .qualname = qualname, .filename = c->filename, .linetable = lt.buf,
        .linetable_len = lt.len, .exctable = exc, .nexc = nexc,
    };
    code = code_new(&spec);
    val_decref(qualname);
done:
    if (!code && !err_occurred())
        err_no_memory();
    if (consts)
        obj_decref(consts);
    if (names)
        obj_decref(names);
    obj_decref(lpnames);
    mem_free(kinds);
    mem_free(units);
    mem_free(exc);
    mem_free(lt.buf);
    asm_free(&a);
    return code;
}
