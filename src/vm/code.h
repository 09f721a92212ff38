/* Code objects: the immutable result of compiling one scope — bytecode,
 * constants, names, the layout of the frame's fast slots, the line table
 * and the exception table. */
#ifndef FT_CODE_H
#define FT_CODE_H

#include "objects/obj.h"
#include "vm/opcodes.h"
#include "vm/vm.h"

/* co_flags, CPython's values. */
enum {
    CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
    CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_COROUTINE = 0x80,
    CO_ITERABLE_COROUTINE = 0x100, CO_ASYNC_GENERATOR = 0x200,
    CO_FUTURE_ANNOTATIONS = 0x1000000, CO_HAS_DOCSTRING = 0x4000000,
    CO_METHOD = 0x8000000,
};
#define CO_GENLIKE (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)

/* Kinds of the fast slots (localsplus), CPython's bits: an argument that a
 * nested scope captures is LOCAL|CELL (MAKE_CELL wraps it in place). */
enum { FAST_LOCAL = 0x20, FAST_CELL = 0x40, FAST_FREE = 0x80, FAST_HIDDEN = 0x10 };

/* One exception-table entry: an exception raised by an instruction in
 * [start, end) (code units) cuts the value stack to depth, pushes the
 * offset of the raising instruction if lasti, pushes the exception and
 * jumps to target. Entries are sorted by start and do not overlap. */
typedef struct ExcEntry {
    uint32_t start, end, target;
    uint16_t depth;
    uint8_t lasti;
} ExcEntry;

typedef struct CodeObj {
    Object base;
    int32_t argcount, posonlyargcount, kwonlyargcount;
    int32_t flags;
    int32_t nlocalsplus;  /* fast slots: locals, then cells, then frees */
    int32_t nlocals;      /* slots with FAST_LOCAL (co_varnames) */
    int32_t ncells, nfrees;
    int32_t stacksize;
    int32_t framesize;    /* nlocalsplus + stacksize */
    int32_t firstlineno;
    int32_t ncode;        /* code units */
    Value consts;         /* tuple */
    Value names;          /* tuple of interned str */
    Value localsplusnames;/* tuple of interned str */
    Value name, qualname, filename; /* str */
    uint8_t *localspluskinds;
    uint8_t *linetable;   /* see code.c */
    int32_t linetable_len;
    int32_t nexc;
    ExcEntry *exctable;
    /* The first arg that is a cell, for zero-argument super(): nothing
     * to store, computed from kinds on demand. */
    CodeUnit code[];      /* mutable only for specialization */
} CodeObj;

static inline CodeObj *val_as_code(Value v) { return (CodeObj *)val_as_obj(v); }
static inline bool val_is_code(Value v) { return val_is_obj(v) && val_as_obj(v)->type == &Code_Type; }

/* Everything code_new needs; the object takes its own references. */
typedef struct CodeSpec {
    int argcount, posonlyargcount, kwonlyargcount, flags;
    int nlocalsplus, stacksize, firstlineno, ncode;
    const CodeUnit *code;
    Value consts, names, localsplusnames; /* tuples */
    const uint8_t *localspluskinds;
    Value name, qualname, filename;
    const uint8_t *linetable;
    int linetable_len;
    const ExcEntry *exctable;
    int nexc;
} CodeSpec;

Value code_new(const CodeSpec *spec);

/* Source location of the instruction at code unit offset `off`. Line -1
 * when the instruction has none. */
typedef struct CodeLoc {
    int line, end_line, col, end_col;
} CodeLoc;
void code_location(const CodeObj *co, int off, CodeLoc *out);
static inline int code_line(const CodeObj *co, int off)
{
    CodeLoc l;
    code_location(co, off, &l);
    return l.line;
}

/* Line table writer: one call per run of instructions sharing a location. */
typedef struct LineTableWriter {
    uint8_t *buf;
    int len, cap;
    int prev_line;
} LineTableWriter;
void lt_add(LineTableWriter *w, int units, const CodeLoc *loc);

/* Line table reader: runs in order. */
typedef struct LineTableReader {
    const uint8_t *p, *end;
    int start, units; /* the current run */
    CodeLoc loc;
} LineTableReader;
void lt_init(LineTableReader *r, const CodeObj *co);
bool lt_next(LineTableReader *r);

/* The handler of the instruction at off, or NULL. */
const ExcEntry *code_find_handler(const CodeObj *co, int off);

#endif
