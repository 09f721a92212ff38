/* The bytecode compiler's frame: vm_compile (parse, symbol table, code
 * generation, assembly), SyntaxError objects, compile units (one per
 * scope), instruction emission, labels, constants and name resolution.
 * Statements are in compile_stmt.c, expressions in compile_expr.c. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/compile_internal.h"
#include "objects/err.h"
#include "objects/floatobj.h"
#include "objects/intobj.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "runtime/mem.h"
#include "vm/vm.h"

int vm_default_optimize = 0;

/* ---- Errors ---------------------------------------------------------------- */

_Noreturn void cc_error(Compiler *c, CodeLoc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->err.msg, sizeof c->err.msg, fmt, ap);
    va_end(ap);
    c->err.exc = "SyntaxError";
    c->err.lineno = loc.line;
    c->err.offset = loc.col >= 0 ? loc.col + 1 : 0;
    c->err.end_lineno = loc.end_line;
    c->err.end_offset = loc.end_col >= 0 ? loc.end_col + 1 : 0;
    c->err.text = NULL;
    c->failed_pyexc = false;
    longjmp(c->fail, 1);
}

_Noreturn void cc_pyerr(Compiler *c)
{
    c->failed_pyexc = true;
    longjmp(c->fail, 1);
}

/* The source line `lineno` with its newline, as CPython reads it back from
 * the file for errors found after parsing; None for <string>-like names. */
static Value source_line(const char *src, size_t len, int lineno, const char *filename)
{
    if (!src || lineno < 1 || (filename && filename[0] == '<'))
        return val_ref(VAL_NONE);
    size_t i = 0;
    for (int l = 1; l < lineno && i < len; i++)
        if (src[i] == '\n')
            l++;
    if (i >= len)
        return val_ref(VAL_NONE);
    size_t j = i;
    while (j < len && src[j] != '\n')
        j++;
    Value s = str_from_utf8(src + i, (ssize_t)(j - i + (j < len)));
    if (!s)
        err_clear();
    return s ? s : val_ref(VAL_NONE);
}

static Value opt_int(int v, bool present)
{
    return present ? val_from_int(v) : val_ref(VAL_NONE);
}

/* Raises the SyntaxError (or IndentationError, TabError) of err. */
static void raise_parse_error(const ParseError *err, Value filename, const char *src, size_t len,
                              bool from_parser)
{
    Type *t = &Exc_SyntaxError;
    if (strcmp(err->exc, "IndentationError") == 0)
        t = &Exc_IndentationError;
    else if (strcmp(err->exc, "TabError") == 0)
        t = &Exc_TabError;
    else if (strcmp(err->exc, "MemoryError") == 0) {
        err_set(&Exc_MemoryError, "%s", err->msg);
        return;
    }
    Value text;
    if (from_parser) {
        if (err->text) {
            size_t n = strlen(err->text);
            char *buf = mem_alloc(n + 2);
            if (!buf) {
                err_no_memory();
                return;
            }
            memcpy(buf, err->text, n);
            buf[n] = '\n';
            text = str_from_utf8(buf, (ssize_t)n + 1);
            mem_free(buf);
            if (!text) {
                err_clear();
                text = val_ref(VAL_NONE);
            }
        } else {
            text = val_ref(VAL_NONE);
        }
    } else {
        ssize_t flen;
        const char *fn = str_utf8(val_as_str(filename), &flen);
        text = source_line(src, len, err->lineno, fn);
    }
    Value msg = str_from_cstr(err->msg);
    if (!msg) {
        val_decref(text);
        return;
    }
    Object *loc = tuple_new(6);
    if (!loc) {
        val_decref(text);
        val_decref(msg);
        return;
    }
    Value *it = tuple_items(loc);
    it[0] = val_ref(filename);
    it[1] = opt_int(err->lineno, err->lineno > 0);
    it[2] = opt_int(err->offset, err->lineno > 0);
    it[3] = text;
    it[4] = opt_int(err->end_lineno, err->end_lineno > 0);
    it[5] = opt_int(err->end_offset, err->end_lineno > 0);
    Value args[2] = {msg, val_from_obj(loc)};
    Value exc = exc_new(t, args, 2);
    val_decref(msg);
    obj_decref(loc);
    if (exc)
        err_restore(exc);
}

/* ---- Name maps ------------------------------------------------------------- */

static uint32_t name_hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (uint8_t)*s) * 16777619u;
    return h;
}

int namemap_find(const NameMap *m, const char *name)
{
    if (!m->index_cap)
        return -1;
    uint32_t mask = (uint32_t)m->index_cap - 1;
    for (uint32_t i = name_hash(name) & mask;; i = (i + 1) & mask) {
        int slot = m->index[i];
        if (!slot)
            return -1;
        if (strcmp(m->names[slot - 1], name) == 0)
            return slot - 1;
    }
}

int namemap_add(Arena *a, NameMap *m, const char *name)
{
    int found = namemap_find(m, name);
    if (found >= 0)
        return found;
    if (m->n == m->cap) {
        int cap = m->cap ? m->cap * 2 : 8;
        const char **names = arena_alloc(a, (size_t)cap * sizeof *names);
        if (m->n)
            memcpy(names, m->names, (size_t)m->n * sizeof *names);
        m->names = names;
        m->cap = cap;
    }
    if ((m->n + 1) * 2 > m->index_cap) {
        int cap = m->index_cap ? m->index_cap * 2 : 16;
        m->index = arena_alloc(a, (size_t)cap * sizeof *m->index);
        m->index_cap = cap;
        for (int i = 0; i < m->n; i++) {
            uint32_t h = name_hash(m->names[i]) & (uint32_t)(cap - 1);
            while (m->index[h])
                h = (h + 1) & (uint32_t)(cap - 1);
            m->index[h] = i + 1;
        }
    }
    m->names[m->n] = name;
    uint32_t mask = (uint32_t)m->index_cap - 1;
    uint32_t h = name_hash(name) & mask;
    while (m->index[h])
        h = (h + 1) & mask;
    m->index[h] = m->n + 1;
    return m->n++;
}

/* ---- Constants -------------------------------------------------------------- */

/* A key that equal constants share (and, rarely, unequal ones). */
static uint64_t const_key(Value v)
{
    if (val_is_int(v))
        return v;
    Type *t = val_type(v);
    uint64_t h = (uint64_t)(uintptr_t)t * 0x9E3779B97F4A7C15ull;
    if (t == &Str_Type)
        return h ^ (uint64_t)str_hash(val_as_str(v));
    if (t == &Float_Type) {
        double d = float_value(v);
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        return h ^ bits;
    }
    if (t == &Tuple_Type) {
        Object *o = val_as_obj(v);
        for (ssize_t i = 0; i < tuple_size(o); i++)
            h = (h ^ const_key(tuple_get(o, i))) * 1099511628211ull;
        return h;
    }
    if (t == &Int_Type || (t->tflags & TF_BYTES_SUBCLASS)) {
        hash_t x = obj_hash(v);
        if (x == -1) {
            err_clear();
            return h;
        }
        return h ^ (uint64_t)x;
    }
    return (uint64_t)v; /* identity: code objects, singletons, complex */
}

static bool const_equal(Value a, Value b)
{
    if (a == b)
        return true;
    if (val_is_int(a) || val_is_int(b))
        return false;
    Type *t = val_type(a);
    if (t != val_type(b))
        return false;
    if (t == &Str_Type)
        return str_eq(val_as_str(a), val_as_str(b));
    if (t == &Float_Type)
        return memcmp(&((FloatObj *)val_as_obj(a))->v, &((FloatObj *)val_as_obj(b))->v,
                      sizeof(double)) == 0;
    if (t == &Complex_Type) {
        ComplexObj *x = (ComplexObj *)val_as_obj(a), *y = (ComplexObj *)val_as_obj(b);
        return memcmp(&x->re, &y->re, sizeof(double)) == 0 &&
               memcmp(&x->im, &y->im, sizeof(double)) == 0;
    }
    if (t == &Tuple_Type) {
        Object *x = val_as_obj(a), *y = val_as_obj(b);
        if (tuple_size(x) != tuple_size(y))
            return false;
        for (ssize_t i = 0; i < tuple_size(x); i++)
            if (!const_equal(tuple_get(x, i), tuple_get(y, i)))
                return false;
        return true;
    }
    if (t == &Int_Type || (t->tflags & TF_BYTES_SUBCLASS)) {
        int r = obj_richcompare_bool(a, b, CMP_EQ);
        if (r < 0)
            err_clear();
        return r == 1;
    }
    return false;
}

int cc_add_const(Compiler *c, Value v)
{
    if (!v)
        cc_pyerr(c);
    ConstTable *ct = &c->u->consts;
    uint64_t key = const_key(v);
    if (ct->index_cap) {
        uint32_t mask = (uint32_t)ct->index_cap - 1;
        for (uint32_t i = (uint32_t)(key ^ (key >> 29)) & mask;; i = (i + 1) & mask) {
            int slot = ct->index[i];
            if (!slot)
                break;
            if (ct->keys[slot - 1] == key && const_equal(ct->items[slot - 1], v)) {
                val_decref(v);
                return slot - 1;
            }
        }
    }
    if (ct->n == ct->cap) {
        int cap = ct->cap ? ct->cap * 2 : 8;
        Value *items = mem_realloc(ct->items, (size_t)cap * sizeof *items);
        uint64_t *keys = items ? mem_realloc(ct->keys, (size_t)cap * sizeof *keys) : NULL;
        if (!items || !keys) {
            if (items)
                ct->items = items;
            val_decref(v);
            err_no_memory();
            cc_pyerr(c);
        }
        ct->items = items;
        ct->keys = keys;
        ct->cap = cap;
    }
    if ((ct->n + 1) * 2 > ct->index_cap) {
        int cap = ct->index_cap ? ct->index_cap * 2 : 16;
        int *index = mem_calloc((size_t)cap, sizeof *index);
        if (!index) {
            val_decref(v);
            err_no_memory();
            cc_pyerr(c);
        }
        mem_free(ct->index);
        ct->index = index;
        ct->index_cap = cap;
        for (int i = 0; i < ct->n; i++) {
            uint64_t k = ct->keys[i];
            uint32_t h = (uint32_t)(k ^ (k >> 29)) & (uint32_t)(cap - 1);
            while (index[h])
                h = (h + 1) & (uint32_t)(cap - 1);
            index[h] = i + 1;
        }
    }
    ct->items[ct->n] = v;
    ct->keys[ct->n] = key;
    uint32_t mask = (uint32_t)ct->index_cap - 1;
    uint32_t h = (uint32_t)(key ^ (key >> 29)) & mask;
    while (ct->index[h])
        h = (h + 1) & mask;
    ct->index[h] = ct->n + 1;
    return ct->n++;
}

static void consts_free(ConstTable *ct)
{
    for (int i = 0; i < ct->n; i++)
        val_decref(ct->items[i]);
    mem_free(ct->items);
    mem_free(ct->keys);
    mem_free(ct->index);
    memset(ct, 0, sizeof *ct);
}

Value cc_str(Compiler *c, const char *s)
{
    Object *o = str_intern_cstr(s);
    if (!o)
        cc_pyerr(c);
    return val_from_obj(o);
}

Value cc_str_len(Compiler *c, const char *s, size_t len)
{
    Value v = str_from_utf8(s, (ssize_t)len);
    if (!v)
        cc_pyerr(c);
    return v;
}

int cc_add_name(Compiler *c, const char *name)
{
    return namemap_add(c->arena, &c->u->names, cc_mangle(c, name));
}

const char *cc_mangle(Compiler *c, const char *name)
{
    if (!c->u->private_name)
        return name;
    return symtable_mangle(c->arena, c->u->private_name, name);
}

/* ---- Emission ---------------------------------------------------------------- */

void cc_emit(Compiler *c, int op, int arg)
{
    Unit *u = c->u;
    if (u->ninstrs == u->capinstrs) {
        int cap = u->capinstrs ? u->capinstrs * 2 : 64;
        Instr *n = mem_realloc(u->instrs, (size_t)cap * sizeof *n);
        if (!n) {
            err_no_memory();
            cc_pyerr(c);
        }
        u->instrs = n;
        u->capinstrs = cap;
    }
    u->instrs[u->ninstrs++] = (Instr){.op = (uint8_t)op, .arg = arg, .loc = u->loc};
}

int cc_new_label(Compiler *c) { return c->u->nlabels++; }

void cc_use_label(Compiler *c, int label)
{
    CodeLoc saved = c->u->loc;
    c->u->loc = NO_LOC;
    cc_emit(c, LABEL, label);
    c->u->loc = saved;
}

void cc_push_fblock(Compiler *c, FBlockKind kind, int block, int exit, const void *datum)
{
    Unit *u = c->u;
    if (u->nfb >= MAX_FBLOCKS)
        cc_error(c, u->loc, "too many statically nested blocks");
    u->fb[u->nfb++] = (FBlock){kind, block, exit, datum, u->loc};
}

void cc_pop_fblock(Compiler *c) { c->u->nfb--; }

/* ---- Units ----------------------------------------------------------------- */

bool cc_is_function_like(const Unit *u)
{
    return u->ste->type != SYM_BLOCK_MODULE && u->ste->type != SYM_BLOCK_CLASS;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Adds the names of b's symbols with resolved scope `scope` (or any of
 * `flag`), sorted, skipping those with `skip` flags. */
static void add_by_scope(Compiler *c, NameMap *m, const SymBlock *b, int scope, int flag, int skip)
{
    const char **tmp = arena_alloc(c->arena, (size_t)(b->symbols.n + 1) * sizeof *tmp);
    int n = 0;
    for (int i = 0; i < b->symbols.n; i++) {
        int f = b->symbols.flags[i];
        int sc = (f >> SYM_SCOPE_OFFSET) & SYM_SCOPE_MASK;
        if ((sc == scope || (f & flag)) && !(f & skip))
            tmp[n++] = b->symbols.names[i];
    }
    qsort(tmp, (size_t)n, sizeof *tmp, cmp_names);
    for (int i = 0; i < n; i++)
        namemap_add(c->arena, m, tmp[i]);
}

static const char *qualname_for(Compiler *c, Unit *u)
{
    Unit *parent = u->parent;
    if (!parent || parent->kind == U_MODULE)
        return u->name;
    if (parent->kind == U_TYPE_PARAMS) {
        if (!parent->parent || parent->parent->kind == U_MODULE)
            return u->name;
        parent = parent->parent;
    }
    bool force_global = false;
    if (u->kind == U_FUNCTION || u->kind == U_ASYNC_FUNCTION || u->kind == U_CLASS) {
        const char *m = parent->private_name
                            ? symtable_mangle(c->arena, parent->private_name, u->name)
                            : u->name;
        if (symtable_scope(parent->ste, m) == SYM_GLOBAL_EXPLICIT)
            force_global = true;
    }
    if (force_global)
        return u->name;
    const char *base = parent->qualname;
    const char *sep = ".";
    if (parent->kind == U_FUNCTION || parent->kind == U_ASYNC_FUNCTION || parent->kind == U_LAMBDA)
        sep = ".<locals>.";
    size_t n = strlen(base) + strlen(sep) + strlen(u->name) + 1;
    char *q = arena_alloc(c->arena, n);
    snprintf(q, n, "%s%s%s", base, sep, u->name);
    return q;
}

void cc_unit_enter(Compiler *c, UnitKind kind, const void *key, const char *name, int firstlineno)
{
    Unit *u = mem_calloc(1, sizeof *u);
    if (!u) {
        err_no_memory();
        cc_pyerr(c);
    }
    u->parent = c->u;
    u->kind = kind;
    u->name = name;
    u->ste = symtable_block_for(c->st, key);
    if (!u->ste) {
        mem_free(u);
        err_set(&Exc_SystemError, "compiler: no symbol table block for %s", name);
        cc_pyerr(c);
    }
    u->firstlineno = firstlineno;
    u->loc = NO_LOC;
    if (kind == U_CLASS)
        u->private_name = name;
    else if (u->parent)
        u->private_name = u->parent->private_name;
    for (int i = 0; i < 64; i++)
        if (!c->all_units[i]) {
            c->all_units[i] = u;
            break;
        }
    c->u = u;
    u->qualname = qualname_for(c, u);

    SymBlock *b = u->ste;
    for (int i = 0; i < b->nvarnames; i++)
        namemap_add(c->arena, &u->varnames, b->varnames[i]);
    add_by_scope(c, &u->cellvars, b, SYM_CELL, 0, SYM_DEF_COMP_CELL);
    if (b->needs_class_closure)
        namemap_add(c->arena, &u->cellvars, "__class__");
    if (b->needs_classdict)
        namemap_add(c->arena, &u->cellvars, "__classdict__");
    if (b->has_conditional_annotations && kind == U_CLASS)
        namemap_add(c->arena, &u->cellvars, "__conditional_annotations__");
    add_by_scope(c, &u->freevars, b, SYM_FREE, SYM_DEF_FREE_CLASS, 0);
}

static void unit_free(Compiler *c, Unit *u)
{
    for (int i = 0; i < 64; i++)
        if (c->all_units[i] == u)
            c->all_units[i] = NULL;
    consts_free(&u->consts);
    mem_free(u->instrs);
    mem_free(u);
}

Value cc_unit_exit(Compiler *c)
{
    Unit *u = c->u;
    Value code = cc_assemble(c, u);
    c->u = u->parent;
    unit_free(c, u);
    if (!code)
        cc_pyerr(c);
    return code;
}

/* ---- Names ----------------------------------------------------------------- */

enum { NOP_FAST, NOP_GLOBAL, NOP_DEREF, NOP_NAME };

void cc_nameop(Compiler *c, const char *name, AstCtx ctx)
{
    Unit *u = c->u;
    if (ctx == AST_LOAD && strcmp(name, "__debug__") == 0) {
        cc_load_const(c, val_bool(c->optimize < 1));
        return;
    }
    const char *mangled = cc_mangle(c, name);
    int scope = symtable_scope(u->ste, mangled);
    int kind = NOP_NAME;
    int idx = 0;
    switch (scope) {
    case SYM_FREE:
        kind = NOP_DEREF;
        idx = namemap_find(&u->freevars, mangled);
        if (idx < 0)
            idx = namemap_add(c->arena, &u->freevars, mangled);
        idx += 1 << 16; /* marks a free variable until assembly */
        break;
    case SYM_CELL:
        kind = NOP_DEREF;
        idx = namemap_add(c->arena, &u->cellvars, mangled);
        break;
    case SYM_LOCAL:
        if (cc_is_function_like(u) || namemap_find(&u->fasthidden, mangled) >= 0)
            kind = NOP_FAST;
        break;
    case SYM_GLOBAL_IMPLICIT:
        if (cc_is_function_like(u))
            kind = NOP_GLOBAL;
        break;
    case SYM_GLOBAL_EXPLICIT:
        kind = NOP_GLOBAL;
        break;
    default:
        break;
    }
    switch (kind) {
    case NOP_DEREF: {
        int op = ctx == AST_LOAD ? LOAD_DEREF : ctx == AST_STORE ? STORE_DEREF : DELETE_DEREF;
        if (ctx == AST_LOAD) {
            if (u->ste->type == SYM_BLOCK_CLASS && !u->in_inlined_comp) {
                cc_emit(c, LOAD_LOCALS, 0);
                op = LOAD_FROM_DICT_OR_DEREF;
            } else if (u->ste->can_see_class_scope) {
                int cd = namemap_find(&u->freevars, "__classdict__");
                if (cd < 0)
                    cd = namemap_add(c->arena, &u->freevars, "__classdict__");
                cc_emit(c, LOAD_DEREF, cd + (1 << 16));
                op = LOAD_FROM_DICT_OR_DEREF;
            }
        }
        cc_emit(c, op, idx);
        return;
    }
    case NOP_FAST:
        idx = namemap_add(c->arena, &u->varnames, mangled);
        cc_emit(c, ctx == AST_LOAD ? LOAD_FAST : ctx == AST_STORE ? STORE_FAST : DELETE_FAST, idx);
        return;
    case NOP_GLOBAL:
        idx = namemap_add(c->arena, &u->names, mangled);
        if (ctx == AST_LOAD) {
            if (u->ste->can_see_class_scope && scope == SYM_GLOBAL_IMPLICIT) {
                int cd = namemap_find(&u->freevars, "__classdict__");
                if (cd < 0)
                    cd = namemap_add(c->arena, &u->freevars, "__classdict__");
                cc_emit(c, LOAD_DEREF, cd + (1 << 16));
                cc_emit(c, LOAD_FROM_DICT_OR_GLOBALS, idx);
            } else {
                cc_emit(c, LOAD_GLOBAL, idx << 1);
            }
        } else {
            cc_emit(c, ctx == AST_STORE ? STORE_GLOBAL : DELETE_GLOBAL, idx);
        }
        return;
    default:
        idx = namemap_add(c->arena, &u->names, mangled);
        cc_emit(c, ctx == AST_LOAD ? LOAD_NAME : ctx == AST_STORE ? STORE_NAME : DELETE_NAME, idx);
        return;
    }
}

/* ---- Entry ------------------------------------------------------------------ */

static bool is_docstring(AstList *body, int optimize, AstStmt **out)
{
    if (body->n == 0 || optimize >= 2)
        return false;
    AstStmt *s = body->items[0];
    if (s->kind != AST_Expr || s->v.ret.value->kind != AST_Constant ||
        s->v.ret.value->v.constant.value.kind != AST_CONST_STR)
        return false;
    *out = s;
    return true;
}

bool cc_find_docstring(Compiler *c, AstList *body, Value *doc);
bool cc_find_docstring(Compiler *c, AstList *body, Value *doc)
{
    AstStmt *s;
    if (!is_docstring(body, c->optimize, &s))
        return false;
    *doc = cc_const_value(c, &s->v.ret.value->v.constant.value);
    if (!*doc)
        cc_pyerr(c);
    return true;
}

static bool has_annotations(AstList *body)
{
    for (int i = 0; i < body->n; i++) {
        AstStmt *s = body->items[i];
        if (s->kind == AST_AnnAssign)
            return true;
        /* 3.13: SETUP_ANNOTATIONS when annotations appear in nested blocks too */
        AstList *subs[4] = {0};
        switch (s->kind) {
        case AST_For: case AST_AsyncFor: subs[0] = &s->v.forloop.body; subs[1] = &s->v.forloop.orelse; break;
        case AST_While: case AST_If: subs[0] = &s->v.cond.body; subs[1] = &s->v.cond.orelse; break;
        case AST_With: case AST_AsyncWith: subs[0] = &s->v.with.body; break;
        case AST_Try: case AST_TryStar:
            subs[0] = &s->v.try_.body; subs[1] = &s->v.try_.orelse; subs[2] = &s->v.try_.finalbody;
            for (int h = 0; h < s->v.try_.handlers.n; h++)
                if (has_annotations(&((AstExceptHandler *)s->v.try_.handlers.items[h])->body))
                    return true;
            break;
        case AST_Match:
            for (int h = 0; h < s->v.match.cases.n; h++)
                if (has_annotations(&((AstMatchCase *)s->v.match.cases.items[h])->body))
                    return true;
            break;
        default: break;
        }
        for (int k = 0; k < 4; k++)
            if (subs[k] && has_annotations(subs[k]))
                return true;
    }
    return false;
}

bool cc_body_has_annotations(AstList *body);
bool cc_body_has_annotations(AstList *body) { return has_annotations(body); }

static Value compile_module(Compiler *c, AstModule *m)
{
    cc_unit_enter(c, U_MODULE, m, "<module>", 1);
    AstList *body = &m->body;
    int start = 0;
    if (c->mode == COMPILE_EVAL) {
        AstStmt *s = body->items[0];
        c->u->loc = loc_of(s->loc);
        cc_visit_expr(c, s->v.ret.value);
        cc_emit(c, RETURN_VALUE, 0);
        return cc_unit_exit(c);
    }
    if (has_annotations(body))
        cc_emit(c, SETUP_ANNOTATIONS, 0);
    AstStmt *ds;
    if (c->mode == COMPILE_EXEC && is_docstring(body, c->optimize, &ds)) {
        c->u->loc = loc_of(ds->loc);
        cc_load_const(c, cc_const_value(c, &ds->v.ret.value->v.constant.value));
        cc_nameop(c, "__doc__", AST_STORE);
        start = 1;
    }
    for (int i = start; i < body->n; i++) {
        AstStmt *s = body->items[i];
        if (c->mode == COMPILE_SINGLE && s->kind == AST_Expr) {
            c->u->loc = loc_of(s->loc);
            cc_visit_expr(c, s->v.ret.value);
            cc_emit(c, CALL_INTRINSIC_1, INTRINSIC_PRINT);
            cc_emit(c, POP_TOP, 0);
        } else {
            cc_visit_stmt(c, s);
        }
    }
    c->u->loc = NO_LOC;
    cc_load_const(c, val_ref(VAL_NONE));
    cc_emit(c, RETURN_VALUE, 0);
    return cc_unit_exit(c);
}

Value vm_compile(const char *src, size_t len, Object *filename, int mode, int optimize)
{
    if (optimize < 0)
        optimize = vm_default_optimize;
    ssize_t flen;
    const char *fname = str_utf8((StrObj *)filename, &flen);
    if (!fname)
        return VAL_NULL;
    if (mode == COMPILE_FUNC_TYPE) {
        err_set(&Exc_ValueError, "compile() mode 'func_type' is not supported");
        return VAL_NULL;
    }
    Arena *a = arena_new();
    ParseError perr;
    memset(&perr, 0, sizeof perr);
    AstModule *m = parse_file(a, src, len, fname, &perr);
    if (!m) {
        raise_parse_error(&perr, val_from_obj(filename), src, len, true);
        arena_free(a);
        return VAL_NULL;
    }
    if (mode == COMPILE_EVAL) {
        AstStmt *s = m->body.n == 1 ? m->body.items[0] : NULL;
        if (!s || s->kind != AST_Expr) {
            memset(&perr, 0, sizeof perr);
            perr.exc = "SyntaxError";
            snprintf(perr.msg, sizeof perr.msg, "invalid syntax");
            if (m->body.n) {
                AstStmt *f = m->body.items[0];
                perr.lineno = f->loc.lineno;
                perr.offset = f->loc.col_offset + 1;
                perr.end_lineno = f->loc.end_lineno;
                perr.end_offset = f->loc.end_col_offset + 1;
            }
            raise_parse_error(&perr, val_from_obj(filename), src, len, false);
            arena_free(a);
            return VAL_NULL;
        }
    }
    SymTable *st = symtable_build(a, m, fname, SYMTABLE_PY313, &perr);
    if (!st) {
        raise_parse_error(&perr, val_from_obj(filename), src, len, false);
        arena_free(a);
        return VAL_NULL;
    }
    Compiler *c = mem_calloc(1, sizeof *c);
    if (!c) {
        arena_free(a);
        return err_no_memory();
    }
    c->arena = a;
    c->st = st;
    c->filename = val_from_obj(filename);
    c->filename_c = fname;
    c->src = src;
    c->srclen = len;
    c->optimize = optimize;
    c->mode = mode;
    c->future_annotations = st->future_annotations != 0;
    Value code = VAL_NULL;
    if (setjmp(c->fail) == 0) {
        code = compile_module(c, m);
    } else {
        for (int i = 0; i < 64; i++)
            if (c->all_units[i])
                unit_free(c, c->all_units[i]);
        if (!c->failed_pyexc)
            raise_parse_error(&c->err, val_from_obj(filename), src, len, false);
        code = VAL_NULL;
    }
    cc_fold_free(c);
    mem_free(c);
    arena_free(a);
    return code;
}
