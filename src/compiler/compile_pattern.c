/* Code generation for `match`: every pattern kind with CPython's stack
 * discipline (captured values wait on the stack until the whole pattern
 * matched; a failure pops them through a ladder of fail_pop labels) and
 * CPython's SyntaxErrors. */
#include <stdio.h>
#include <string.h>

#include "compiler/compile_internal.h"
#include "objects/err.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"

typedef struct {
    const char **names;
    int n, cap;
} NameList;

typedef struct {
    NameList stores;
    bool allow_irrefutable;
    int *fail_pop;
    int fail_pop_size, fail_pop_cap;
    int on_top;
} PatternCtx;

static void names_add(Compiler *c, NameList *l, const char *name)
{
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 8;
        const char **n = arena_alloc(c->arena, (size_t)cap * sizeof *n);
        if (l->n)
            memcpy(n, l->names, (size_t)l->n * sizeof *n);
        l->names = n;
        l->cap = cap;
    }
    l->names[l->n++] = name;
}

static int names_index(const NameList *l, const char *name)
{
    for (int i = 0; i < l->n; i++)
        if (strcmp(l->names[i], name) == 0)
            return i;
    return -1;
}

static bool is_wildcard(const AstPattern *p)
{
    return p->kind == AST_MatchAs && !p->v.as.name;
}

static bool is_star_wildcard(const AstPattern *p)
{
    return p->kind == AST_MatchStar && !p->v.star.name;
}

static void ensure_fail_pop(Compiler *c, PatternCtx *pc, int n)
{
    int size = n + 1;
    if (size <= pc->fail_pop_size)
        return;
    if (size > pc->fail_pop_cap) {
        int cap = size * 2;
        int *fp = arena_alloc(c->arena, (size_t)cap * sizeof *fp);
        if (pc->fail_pop_size)
            memcpy(fp, pc->fail_pop, (size_t)pc->fail_pop_size * sizeof *fp);
        pc->fail_pop = fp;
        pc->fail_pop_cap = cap;
    }
    while (pc->fail_pop_size < size)
        pc->fail_pop[pc->fail_pop_size++] = cc_new_label(c);
}

static void jump_to_fail_pop(Compiler *c, PatternCtx *pc, int op)
{
    int pops = pc->on_top + pc->stores.n;
    ensure_fail_pop(c, pc, pops);
    cc_emit(c, op, pc->fail_pop[pops]);
}

static void emit_and_reset_fail_pop(Compiler *c, PatternCtx *pc)
{
    if (!pc->fail_pop_size)
        return;
    while (--pc->fail_pop_size) {
        cc_use_label(c, pc->fail_pop[pc->fail_pop_size]);
        cc_emit(c, POP_TOP, 0);
    }
    cc_use_label(c, pc->fail_pop[0]);
    pc->fail_pop = NULL;
    pc->fail_pop_cap = 0;
}

static void rotate(Compiler *c, int count)
{
    while (count > 1)
        cc_emit(c, SWAP, count--);
}

static void store_name(Compiler *c, const char *name, PatternCtx *pc, CodeLoc loc)
{
    if (!name) {
        cc_emit(c, POP_TOP, 0);
        return;
    }
    if (names_index(&pc->stores, name) >= 0)
        cc_error(c, loc, "multiple assignments to name '%s' in pattern", name);
    rotate(c, pc->on_top + pc->stores.n + 1);
    names_add(c, &pc->stores, name);
}

static void pattern(Compiler *c, AstPattern *p, PatternCtx *pc);

static void subpattern(Compiler *c, AstPattern *p, PatternCtx *pc)
{
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    pattern(c, p, pc);
    pc->allow_irrefutable = allow;
}

static void unpack_for_pattern(Compiler *c, AstList *patterns, CodeLoc loc)
{
    int n = patterns->n;
    for (int i = 0; i < n; i++) {
        AstPattern *p = patterns->items[i];
        if (p->kind == AST_MatchStar) {
            if (i >= (1 << 8) || n - i - 1 >= (1 << 23))
                cc_error(c, loc, "too many expressions in star-unpacking sequence pattern");
            cc_emit(c, UNPACK_EX, i + ((n - i - 1) << 8));
            return;
        }
    }
    cc_emit(c, UNPACK_SEQUENCE, n);
}

static void pattern_sequence(Compiler *c, AstPattern *p, PatternCtx *pc)
{
    AstList *patterns = &p->v.seq.patterns;
    int size = patterns->n, star = -1;
    bool only_wildcard = true, star_wildcard = false;
    CodeLoc loc = loc_of(p->loc);
    for (int i = 0; i < size; i++) {
        AstPattern *q = patterns->items[i];
        if (q->kind == AST_MatchStar) {
            if (star >= 0)
                cc_error(c, loc, "multiple starred names in sequence pattern");
            star_wildcard = is_star_wildcard(q);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= is_wildcard(q);
    }
    pc->on_top++;
    cc_emit(c, MATCH_SEQUENCE, 0);
    jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE);
    if (star < 0) {
        cc_emit(c, GET_LEN, 0);
        cc_load_const(c, val_from_int(size));
        cc_emit(c, COMPARE_OP, CMP_EQ);
        jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE);
    } else if (size > 1) {
        cc_emit(c, GET_LEN, 0);
        cc_load_const(c, val_from_int(size - 1));
        cc_emit(c, COMPARE_OP, CMP_GE);
        jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE);
    }
    pc->on_top--;
    if (only_wildcard) {
        cc_emit(c, POP_TOP, 0);
    } else if (star_wildcard) {
        pc->on_top++;
        for (int i = 0; i < size; i++) {
            AstPattern *q = patterns->items[i];
            if (is_wildcard(q) || i == star)
                continue;
            cc_emit(c, COPY, 1);
            if (i < star) {
                cc_load_const(c, val_from_int(i));
            } else {
                cc_emit(c, GET_LEN, 0);
                cc_load_const(c, val_from_int(size - i));
                cc_emit(c, BINARY_OP, OP_SUB);
            }
            cc_emit(c, BINARY_SUBSCR, 0);
            subpattern(c, q, pc);
        }
        pc->on_top--;
        cc_emit(c, POP_TOP, 0);
    } else {
        unpack_for_pattern(c, patterns, loc);
        pc->on_top += size;
        for (int i = 0; i < size; i++) {
            pc->on_top--;
            subpattern(c, patterns->items[i], pc);
        }
    }
}

static void pattern_mapping(Compiler *c, AstPattern *p, PatternCtx *pc)
{
    AstList *keys = &p->v.mapping.keys, *patterns = &p->v.mapping.patterns;
    int size = keys->n;
    const char *star_target = p->v.mapping.rest;
    CodeLoc loc = loc_of(p->loc);
    pc->on_top++;
    cc_emit(c, MATCH_MAPPING, 0);
    jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE);
    if (!size && !star_target) {
        pc->on_top--;
        cc_emit(c, POP_TOP, 0);
        return;
    }
    if (size) {
        cc_emit(c, GET_LEN, 0);
        cc_load_const(c, val_from_int(size));
        cc_emit(c, COMPARE_OP, CMP_GE);
        jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE);
    }
    Value *seen = arena_alloc(c->arena, (size_t)(size + 1) * sizeof *seen);
    int nseen = 0;
    for (int i = 0; i < size; i++) {
        AstExpr *key = keys->items[i];
        Value k = cc_fold(c, key);
        if (k) {
            for (int j = 0; j < nseen; j++) {
                int eq = obj_richcompare_bool(seen[j], k, CMP_EQ);
                if (eq < 0)
                    err_clear();
                if (eq == 1) {
                    Value r = obj_repr(k);
                    const char *rs = r ? str_utf8_lossy(val_as_str(r)) : "?";
                    char buf[256];
                    snprintf(buf, sizeof buf, "%s", rs);
                    if (r)
                        val_decref(r);
                    else
                        err_clear();
                    cc_error(c, loc, "mapping pattern checks duplicate key (%s)", buf);
                }
            }
            seen[nseen++] = k;
            cc_load_const(c, val_ref(k));
        } else if (key->kind == AST_Attribute) {
            cc_visit_expr(c, key);
        } else {
            cc_error(c, loc, "mapping pattern keys may only match literals and attribute lookups");
        }
    }
    c->u->loc = loc;
    cc_emit(c, BUILD_TUPLE, size);
    cc_emit(c, MATCH_KEYS, 0);
    pc->on_top += 2;
    cc_emit(c, COPY, 1);
    cc_load_const(c, val_ref(VAL_NONE));
    cc_emit(c, IS_OP, 1);
    jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE);
    cc_emit(c, UNPACK_SEQUENCE, size);
    pc->on_top += size - 1;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        subpattern(c, patterns->items[i], pc);
    }
    pc->on_top -= 2;
    if (star_target) {
        cc_emit(c, BUILD_MAP, 0);
        cc_emit(c, SWAP, 3);
        cc_emit(c, DICT_UPDATE, 2);
        cc_emit(c, UNPACK_SEQUENCE, size);
        while (size) {
            cc_emit(c, COPY, 1 + size--);
            cc_emit(c, SWAP, 2);
            cc_emit(c, DELETE_SUBSCR, 0);
        }
        store_name(c, star_target, pc, loc);
    } else {
        cc_emit(c, POP_TOP, 0);
        cc_emit(c, POP_TOP, 0);
    }
}

static void pattern_class(Compiler *c, AstPattern *p, PatternCtx *pc)
{
    AstList *patterns = &p->v.cls.patterns, *attrs = &p->v.cls.kwd_attrs,
            *kwd_patterns = &p->v.cls.kwd_patterns;
    int nargs = patterns->n, nattrs = attrs->n;
    CodeLoc loc = loc_of(p->loc);
    for (int i = 0; i < nattrs; i++) {
        const char *a = attrs->items[i];
        for (int j = i + 1; j < nattrs; j++)
            if (strcmp(a, (const char *)attrs->items[j]) == 0) {
                AstPattern *q = kwd_patterns->items[j];
                cc_error(c, loc_of(q->loc), "attribute name repeated in class pattern: %s", a);
            }
    }
    cc_visit_expr(c, p->v.cls.cls);
    c->u->loc = loc;
    Object *names = tuple_new(nattrs);
    if (!names)
        cc_pyerr(c);
    for (int i = 0; i < nattrs; i++)
        tuple_items(names)[i] = VAL_NULL;
    for (int i = 0; i < nattrs; i++)
        tuple_items(names)[i] = cc_str(c, attrs->items[i]);
    cc_load_const(c, val_from_obj(names));
    cc_emit(c, MATCH_CLASS, nargs);
    cc_emit(c, COPY, 1);
    cc_load_const(c, val_ref(VAL_NONE));
    cc_emit(c, IS_OP, 1);
    pc->on_top++;
    jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE);
    cc_emit(c, UNPACK_SEQUENCE, nargs + nattrs);
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        AstPattern *q = i < nargs ? patterns->items[i] : kwd_patterns->items[i - nargs];
        if (is_wildcard(q)) {
            cc_emit(c, POP_TOP, 0);
            continue;
        }
        subpattern(c, q, pc);
    }
}

static void pattern_or(Compiler *c, AstPattern *p, PatternCtx *pc)
{
    int end = cc_new_label(c);
    AstList *alts = &p->v.seq.patterns;
    int size = alts->n;
    PatternCtx old = *pc;
    NameList control = {0};
    bool have_control = false;
    CodeLoc loc = loc_of(p->loc);
    for (int i = 0; i < size; i++) {
        AstPattern *alt = alts->items[i];
        pc->stores = (NameList){0};
        pc->allow_irrefutable = (i == size - 1) && old.allow_irrefutable;
        pc->fail_pop = NULL;
        pc->fail_pop_size = pc->fail_pop_cap = 0;
        pc->on_top = 0;
        c->u->loc = loc_of(alt->loc);
        cc_emit(c, COPY, 1);
        pattern(c, alt, pc);
        int nstores = pc->stores.n;
        if (!have_control) {
            control = pc->stores;
            have_control = true;
        } else if (nstores != control.n) {
            cc_error(c, loc, "alternative patterns bind different names");
        } else if (nstores) {
            for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                const char *name = control.names[icontrol];
                int istores = names_index(&pc->stores, name);
                if (istores < 0)
                    cc_error(c, loc, "alternative patterns bind different names");
                if (icontrol != istores) {
                    int rotations = istores + 1;
                    /* rotated = stores[:rotations]; del stores[:rotations];
                     * stores[icontrol-istores:icontrol-istores] = rotated */
                    const char *tmp[256];
                    const char **rot = rotations <= 256 ? tmp
                                                        : arena_alloc(c->arena, (size_t)rotations * sizeof *rot);
                    memcpy(rot, pc->stores.names, (size_t)rotations * sizeof *rot);
                    int rest = pc->stores.n - rotations;
                    memmove(pc->stores.names, pc->stores.names + rotations, (size_t)rest * sizeof *rot);
                    int at = icontrol - istores;
                    memmove(pc->stores.names + at + rotations, pc->stores.names + at,
                            (size_t)(rest - at) * sizeof *rot);
                    memcpy(pc->stores.names + at, rot, (size_t)rotations * sizeof *rot);
                    while (rotations--)
                        rotate(c, icontrol + 1);
                }
            }
        }
        c->u->loc = loc_of(alt->loc);
        cc_emit(c, JUMP, end);
        emit_and_reset_fail_pop(c, pc);
    }
    *pc = old;
    c->u->loc = loc;
    cc_emit(c, POP_TOP, 0);
    jump_to_fail_pop(c, pc, JUMP);
    cc_use_label(c, end);
    int nstores = control.n;
    int nrots = nstores + 1 + pc->on_top + pc->stores.n;
    for (int i = 0; i < nstores; i++) {
        rotate(c, nrots);
        const char *name = control.names[i];
        if (names_index(&pc->stores, name) >= 0)
            cc_error(c, loc, "multiple assignments to name '%s' in pattern", name);
        names_add(c, &pc->stores, name);
    }
    cc_emit(c, POP_TOP, 0);
}

static bool is_value_expr(Compiler *c, AstExpr *e)
{
    return e->kind == AST_Attribute || cc_fold(c, e) != VAL_NULL;
}

static void pattern(Compiler *c, AstPattern *p, PatternCtx *pc)
{
    CodeLoc loc = loc_of(p->loc);
    c->u->loc = loc;
    switch (p->kind) {
    case AST_MatchValue: {
        AstExpr *v = p->v.value.value;
        if (!is_value_expr(c, v))
            cc_error(c, loc, "patterns may only match literals and attribute lookups");
        cc_visit_expr(c, v);
        c->u->loc = loc;
        cc_emit(c, COMPARE_OP, CMP_EQ);
        jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE);
        break;
    }
    case AST_MatchSingleton: {
        Value v = p->v.singleton == AST_CONST_NONE ? VAL_NONE
                  : p->v.singleton == AST_CONST_TRUE ? VAL_TRUE : VAL_FALSE;
        cc_load_const(c, v);
        cc_emit(c, IS_OP, 0);
        jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE);
        break;
    }
    case AST_MatchSequence: pattern_sequence(c, p, pc); break;
    case AST_MatchMapping: pattern_mapping(c, p, pc); break;
    case AST_MatchClass: pattern_class(c, p, pc); break;
    case AST_MatchStar: store_name(c, p->v.star.name, pc, loc); break;
    case AST_MatchAs:
        if (!p->v.as.pattern) {
            if (!pc->allow_irrefutable) {
                if (p->v.as.name)
                    cc_error(c, loc, "name capture '%s' makes remaining patterns unreachable", p->v.as.name);
                cc_error(c, loc, "wildcard makes remaining patterns unreachable");
            }
            store_name(c, p->v.as.name, pc, loc);
            break;
        }
        pc->on_top++;
        cc_emit(c, COPY, 1);
        pattern(c, p->v.as.pattern, pc);
        pc->on_top--;
        c->u->loc = loc;
        store_name(c, p->v.as.name, pc, loc);
        break;
    case AST_MatchOr: pattern_or(c, p, pc); break;
    }
}

void cc_match(Compiler *c, AstStmt *s)
{
    c->u->loc = loc_of(s->loc);
    cc_visit_expr(c, s->v.match.subject);
    int end = cc_new_label(c);
    int ncases = s->v.match.cases.n;
    AstMatchCase *last = s->v.match.cases.items[ncases - 1];
    bool has_default = is_wildcard(last->pattern) && ncases > 1;
    PatternCtx pc;
    for (int i = 0; i < ncases - has_default; i++) {
        AstMatchCase *m = s->v.match.cases.items[i];
        c->u->loc = loc_of(m->pattern->loc);
        if (i != ncases - has_default - 1)
            cc_emit(c, COPY, 1);
        memset(&pc, 0, sizeof pc);
        pc.allow_irrefutable = m->guard != NULL || i == ncases - 1;
        pattern(c, m->pattern, &pc);
        c->u->loc = loc_of(m->pattern->loc);
        for (int n = 0; n < pc.stores.n; n++)
            cc_nameop(c, pc.stores.names[n], AST_STORE);
        if (m->guard) {
            ensure_fail_pop(c, &pc, 0);
            cc_jump_if(c, m->guard, pc.fail_pop[0], false);
        }
        if (i != ncases - has_default - 1) {
            c->u->loc = NO_LOC;
            cc_emit(c, POP_TOP, 0);
        }
        cc_visit_stmts(c, &m->body);
        c->u->loc = NO_LOC;
        cc_emit(c, JUMP, end);
        c->u->loc = loc_of(m->pattern->loc);
        emit_and_reset_fail_pop(c, &pc);
    }
    if (has_default) {
        c->u->loc = loc_of(last->pattern->loc);
        cc_emit(c, ncases == 1 ? POP_TOP : NOP, 0);
        if (last->guard)
            cc_jump_if(c, last->guard, end, false);
        cc_visit_stmts(c, &last->body);
    }
    cc_use_label(c, end);
}
