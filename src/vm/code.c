/* Code objects: construction, the line-table encoding, exception-table
 * lookup, and the co_* attributes, co_lines() and co_positions(). */
#include <string.h>

#include "objects/bytesobj.h"
#include "objects/err.h"
#include "objects/listobj.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "runtime/mem.h"
#include "vm/code.h"


/* ---- Line table -----------------------------------------------------------------
 * One record per run of code units sharing a location: varint(units),
 * zigzag(line - previous line), zigzag(end_line - line), varint(col + 1),
 * varint(end_col + 1). Line -1 (and col -1) mean "none". */

static void lt_byte(LineTableWriter *w, uint8_t b)
{
    if (w->len < 0)
        return;
    if (w->len == w->cap) {
        int cap = w->cap ? w->cap * 2 : 64;
        uint8_t *n = mem_realloc(w->buf, (size_t)cap);
        if (!n) {
            w->len = -1;
            return;
        }
        w->buf = n;
        w->cap = cap;
    }
    w->buf[w->len++] = b;
}

static void lt_varint(LineTableWriter *w, uint32_t v)
{
    while (v >= 0x80) {
        lt_byte(w, (uint8_t)(v | 0x80));
        v >>= 7;
    }
    lt_byte(w, (uint8_t)v);
}

static void lt_signed(LineTableWriter *w, int v)
{
    lt_varint(w, v < 0 ? ((uint32_t)(-(int64_t)v) << 1) | 1 : (uint32_t)v << 1);
}

void lt_add(LineTableWriter *w, int units, const CodeLoc *loc)
{
    lt_varint(w, (uint32_t)units);
    lt_signed(w, loc->line - w->prev_line);
    lt_signed(w, loc->end_line - loc->line);
    lt_varint(w, (uint32_t)(loc->col + 1));
    lt_varint(w, (uint32_t)(loc->end_col + 1));
    w->prev_line = loc->line;
}

static uint32_t rd_varint(const uint8_t **pp, const uint8_t *end)
{
    uint32_t v = 0;
    int shift = 0;
    const uint8_t *p = *pp;
    while (p < end) {
        uint8_t b = *p++;
        v |= (uint32_t)(b & 0x7f) << shift;
        shift += 7;
        if (!(b & 0x80))
            break;
    }
    *pp = p;
    return v;
}

static int rd_signed(const uint8_t **pp, const uint8_t *end)
{
    uint32_t v = rd_varint(pp, end);
    return (v & 1) ? -(int)(v >> 1) : (int)(v >> 1);
}

void lt_init(LineTableReader *r, const CodeObj *co)
{
    r->p = co->linetable;
    r->end = co->linetable + co->linetable_len;
    r->start = 0;
    r->units = 0;
    r->loc = (CodeLoc){0, 0, -1, -1};
}

bool lt_next(LineTableReader *r)
{
    if (r->p >= r->end)
        return false;
    r->start += r->units;
    r->units = (int)rd_varint(&r->p, r->end);
    r->loc.line += rd_signed(&r->p, r->end);
    r->loc.end_line = r->loc.line + rd_signed(&r->p, r->end);
    r->loc.col = (int)rd_varint(&r->p, r->end) - 1;
    r->loc.end_col = (int)rd_varint(&r->p, r->end) - 1;
    return true;
}

void code_location(const CodeObj *co, int off, CodeLoc *out)
{
    LineTableReader r;
    lt_init(&r, co);
    while (lt_next(&r)) {
        if (off >= r.start && off < r.start + r.units) {
            *out = r.loc;
            return;
        }
    }
    *out = (CodeLoc){-1, -1, -1, -1};
}

const ExcEntry *code_find_handler(const CodeObj *co, int off)
{
    int lo = 0, hi = co->nexc;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        const ExcEntry *e = &co->exctable[mid];
        if ((uint32_t)off < e->start)
            hi = mid;
        else if ((uint32_t)off >= e->end)
            lo = mid + 1;
        else
            return e;
    }
    return NULL;
}

/* ---- Construction ------------------------------------------------------------------ */

Value code_new(const CodeSpec *s)
{
    CodeObj *co = (CodeObj *)obj_alloc(&Code_Type, (size_t)s->ncode);
    if (!co)
        return VAL_NULL;
    co->argcount = s->argcount;
    co->posonlyargcount = s->posonlyargcount;
    co->kwonlyargcount = s->kwonlyargcount;
    co->flags = s->flags;
    co->nlocalsplus = s->nlocalsplus;
    co->stacksize = s->stacksize;
    co->framesize = s->nlocalsplus + s->stacksize;
    co->firstlineno = s->firstlineno;
    co->ncode = s->ncode;
    memcpy(co->code, s->code, (size_t)s->ncode * sizeof(CodeUnit));
    co->consts = val_ref(s->consts);
    co->names = val_ref(s->names);
    co->localsplusnames = val_ref(s->localsplusnames);
    co->name = val_ref(s->name);
    co->qualname = val_ref(s->qualname);
    co->filename = val_ref(s->filename);
    co->localspluskinds = mem_alloc((size_t)s->nlocalsplus + 1);
    co->linetable = mem_alloc((size_t)s->linetable_len + 1);
    co->exctable = mem_alloc((size_t)s->nexc * sizeof(ExcEntry) + 1);
    if (!co->localspluskinds || !co->linetable || !co->exctable) {
        obj_decref(&co->base);
        return err_no_memory();
    }
    memcpy(co->localspluskinds, s->localspluskinds, (size_t)s->nlocalsplus);
    if (s->linetable_len)
        memcpy(co->linetable, s->linetable, (size_t)s->linetable_len);
    co->linetable_len = s->linetable_len;
    if (s->nexc)
        memcpy(co->exctable, s->exctable, (size_t)s->nexc * sizeof(ExcEntry));
    co->nexc = s->nexc;
    for (int i = 0; i < s->nlocalsplus; i++) {
        uint8_t k = s->localspluskinds[i];
        if (k & FAST_LOCAL)
            co->nlocals++;
        if (k & FAST_CELL)
            co->ncells++;
        if (k & FAST_FREE)
            co->nfrees++;
    }
    return val_from_obj(&co->base);
}

static void code_dealloc(Object *o)
{
    CodeObj *co = (CodeObj *)o;
    val_xdecref(co->consts);
    val_xdecref(co->names);
    val_xdecref(co->localsplusnames);
    val_xdecref(co->name);
    val_xdecref(co->qualname);
    val_xdecref(co->filename);
    mem_free(co->localspluskinds);
    mem_free(co->linetable);
    mem_free(co->exctable);
    obj_free(o);
}

/* ---- Attributes ----------------------------------------------------------------------- */

static Value names_of_kind(CodeObj *co, uint8_t kind)
{
    int n = 0;
    for (int i = 0; i < co->nlocalsplus; i++)
        if (co->localspluskinds[i] & kind)
            n++;
    Object *t = tuple_new(n);
    if (!t)
        return VAL_NULL;
    n = 0;
    for (int i = 0; i < co->nlocalsplus; i++)
        if (co->localspluskinds[i] & kind)
            tuple_items(t)[n++] = val_ref(tuple_get(val_as_obj(co->localsplusnames), i));
    return val_from_obj(t);
}

#define CODE(self) ((CodeObj *)val_as_obj(self))
static Value co_name_get(Value self, void *cl) { (void)cl; return val_ref(CODE(self)->name); }
static Value co_qualname_get(Value self, void *cl) { (void)cl; return val_ref(CODE(self)->qualname); }
static Value co_filename_get(Value self, void *cl) { (void)cl; return val_ref(CODE(self)->filename); }
static Value co_consts_get(Value self, void *cl) { (void)cl; return val_ref(CODE(self)->consts); }
static Value co_names_get(Value self, void *cl) { (void)cl; return val_ref(CODE(self)->names); }
static Value co_firstlineno_get(Value self, void *cl) { (void)cl; return val_from_int(CODE(self)->firstlineno); }
static Value co_argcount_get(Value self, void *cl) { (void)cl; return val_from_int(CODE(self)->argcount); }
static Value co_posonly_get(Value self, void *cl) { (void)cl; return val_from_int(CODE(self)->posonlyargcount); }
static Value co_kwonly_get(Value self, void *cl) { (void)cl; return val_from_int(CODE(self)->kwonlyargcount); }
static Value co_nlocals_get(Value self, void *cl) { (void)cl; return val_from_int(CODE(self)->nlocals); }
static Value co_flags_get(Value self, void *cl) { (void)cl; return val_from_int(CODE(self)->flags); }
static Value co_stacksize_get(Value self, void *cl) { (void)cl; return val_from_int(CODE(self)->stacksize); }
static Value co_varnames_get(Value self, void *cl) { (void)cl; return names_of_kind(CODE(self), FAST_LOCAL); }
static Value co_cellvars_get(Value self, void *cl) { (void)cl; return names_of_kind(CODE(self), FAST_CELL); }
static Value co_freevars_get(Value self, void *cl) { (void)cl; return names_of_kind(CODE(self), FAST_FREE); }

static Value co_code_get(Value self, void *cl)
{
    (void)cl;
    CodeObj *co = CODE(self);
    uint8_t *buf = mem_alloc((size_t)co->ncode * 2 + 1);
    if (!buf)
        return err_no_memory();
    for (int i = 0; i < co->ncode; i++) {
        buf[2 * i] = CU_OP(co->code[i]);
        buf[2 * i + 1] = CU_ARG(co->code[i]);
    }
    Value b = bytes_from_data((const char *)buf, (ssize_t)co->ncode * 2);
    mem_free(buf);
    return b;
}

static Value opt(int v) { return v < 0 ? val_ref(VAL_NONE) : val_from_int(v); }

static Value co_lines(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("co_lines", kwnames) < 0 || args_count("co_lines", nargs, 0, 0) < 0)
        return VAL_NULL;
    (void)args;
    CodeObj *co = CODE(self);
    Object *list = list_new(0);
    if (!list)
        return VAL_NULL;
    LineTableReader r;
    lt_init(&r, co);
    int start = -1, end = 0, line = -2;
    while (lt_next(&r)) {
        if (r.loc.line == line && start >= 0) {
            end = r.start + r.units;
            continue;
        }
        if (start >= 0) {
            Object *t = tuple_pack(3, val_from_int(start * 2), val_from_int(end * 2), opt(line));
            if (!t || list_append(list, val_from_obj(t)) < 0) {
                if (t)
                    obj_decref(t);
                obj_decref(list);
                return VAL_NULL;
            }
            obj_decref(t);
        }
        start = r.start;
        end = r.start + r.units;
        line = r.loc.line;
    }
    if (start >= 0) {
        Object *t = tuple_pack(3, val_from_int(start * 2), val_from_int(end * 2), opt(line));
        if (!t || list_append(list, val_from_obj(t)) < 0) {
            if (t)
                obj_decref(t);
            obj_decref(list);
            return VAL_NULL;
        }
        obj_decref(t);
    }
    Value it = obj_iter(val_from_obj(list));
    obj_decref(list);
    return it;
}

static Value co_positions(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("co_positions", kwnames) < 0 || args_count("co_positions", nargs, 0, 0) < 0)
        return VAL_NULL;
    (void)args;
    CodeObj *co = CODE(self);
    Object *list = list_new(0);
    if (!list)
        return VAL_NULL;
    LineTableReader r;
    lt_init(&r, co);
    while (lt_next(&r)) {
        for (int i = 0; i < r.units; i++) {
            Value line = opt(r.loc.line), eline = opt(r.loc.end_line), col = opt(r.loc.col),
                  ecol = opt(r.loc.end_col);
            Object *t = tuple_pack(4, line, eline, col, ecol);
            if (!t || list_append(list, val_from_obj(t)) < 0) {
                if (t)
                    obj_decref(t);
                obj_decref(list);
                return VAL_NULL;
            }
            obj_decref(t);
        }
    }
    Value it = obj_iter(val_from_obj(list));
    obj_decref(list);
    return it;
}

static Value code_repr(Value self)
{
    CodeObj *co = CODE(self);
    return str_printf("<code object %U at %p, file \"%U\", line %d>", val_as_obj(co->name),
                      (void *)val_as_obj(self), val_as_obj(co->filename), co->firstlineno);
}

static hash_t code_hash(Value self) { return (hash_t)(self >> 4); }

static const GetSetDef code_getsets[] = {
    {"co_name", co_name_get, NULL, NULL, NULL},
    {"co_qualname", co_qualname_get, NULL, NULL, NULL},
    {"co_filename", co_filename_get, NULL, NULL, NULL},
    {"co_consts", co_consts_get, NULL, NULL, NULL},
    {"co_names", co_names_get, NULL, NULL, NULL},
    {"co_firstlineno", co_firstlineno_get, NULL, NULL, NULL},
    {"co_argcount", co_argcount_get, NULL, NULL, NULL},
    {"co_posonlyargcount", co_posonly_get, NULL, NULL, NULL},
    {"co_kwonlyargcount", co_kwonly_get, NULL, NULL, NULL},
    {"co_nlocals", co_nlocals_get, NULL, NULL, NULL},
    {"co_flags", co_flags_get, NULL, NULL, NULL},
    {"co_stacksize", co_stacksize_get, NULL, NULL, NULL},
    {"co_varnames", co_varnames_get, NULL, NULL, NULL},
    {"co_cellvars", co_cellvars_get, NULL, NULL, NULL},
    {"co_freevars", co_freevars_get, NULL, NULL, NULL},
    {"co_code", co_code_get, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const MethodDef code_methods[] = {
    {"co_lines", co_lines, 0, NULL},
    {"co_positions", co_positions, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type Code_Type = {
    TYPE_HEADER("code", code_dealloc),
    .tflags = TF_IMMUTABLE,
    .basicsize = sizeof(CodeObj),
    .itemsize = sizeof(CodeUnit),
    .repr = code_repr,
    .hash = code_hash,
    .getsets = code_getsets,
    .methods = code_methods,
};
