/* Frames on the per-thread data stack, the per-thread VM state, and the
 * function, cell and bound-method objects the eval loop works with. */
#ifndef FT_FRAME_H
#define FT_FRAME_H

#include "objects/obj.h"
#include "vm/code.h"
#include "vm/vm.h"

typedef struct FuncObj {
    Object base;
    Value code;        /* CodeObj */
    Object *globals;   /* dict */
    Object *builtins;  /* dict */
    Value name, qualname; /* str */
    Value defaults;    /* tuple or VAL_NULL */
    Value kwdefaults;  /* dict or VAL_NULL */
    Value closure;     /* tuple of cells or VAL_NULL */
    Value doc;         /* VAL_NULL: none set (reads None) */
    Value module;      /* __module__ */
    Value annotations; /* dict, a flat (name, value, ...) tuple until read, or VAL_NULL */
    Value annotate;    /* __annotate__ or VAL_NULL */
    Value type_params; /* tuple or VAL_NULL */
    Object *dict;      /* __dict__, made on demand */
    uint32_t version;  /* 0 after any attribute write that matters to callers */
} FuncObj;

typedef struct CellObj {
    Object base;
    _Atomic Value ref; /* VAL_NULL when empty; written under the object's mutex */
} CellObj;

typedef struct MethodObj {
    Object base;
    Value func, self;
} MethodObj;

/* What owns a frame's memory. */
enum { FRAME_THREAD = 0, FRAME_GENERATOR = 1 };

/* A frame: header, then code->framesize Values (fast slots, then the value
 * stack). Frames of plain calls live on the thread's data stack; a
 * generator's frame lives inside the generator object. */
typedef struct Frame {
    CodeObj *code;        /* counted reference */
    struct Frame *prev;   /* caller (NULL at the bottom of a C entry) */
    Value func;           /* FuncObj (counted) or VAL_NULL for module code */
    Object *globals, *builtins; /* borrowed from func or the caller of vm_eval_code */
    Value locals;         /* mapping for module/class code, else VAL_NULL (counted) */
    const CodeUnit *ip;   /* next instruction (saved while not running) */
    Value *sp;            /* value stack top (saved while not running) */
    Object *frame_obj;    /* the Python frame object once made (counted) */
    uint8_t owner;        /* FRAME_* */
    uint8_t entry;        /* entered from C: its return leaves the eval loop */
    Value localsplus[];   /* fast slots, then the value stack */
} Frame;

static inline Value *frame_stack_base(Frame *f) { return f->localsplus + f->code->nlocalsplus; }
/* Offset of the last instruction started (what tracebacks call lasti). */
static inline int frame_lasti(const Frame *f) { return (int)(f->ip - f->code->code) - 1; }

/* Stack of handled exceptions (sys.exception()): the thread's base item,
 * and one per running generator linked above it. */
typedef struct ExcStackItem {
    Value exc; /* VAL_NULL or None: none */
    struct ExcStackItem *prev;
} ExcStackItem;

/* A chunk of the data stack. */
typedef struct StackChunk {
    struct StackChunk *prev;
    Value *top, *limit;
    Value data[];
} StackChunk;

typedef struct VmThread {
    Frame *frame;          /* innermost running frame */
    StackChunk *chunk;     /* current data-stack chunk */
    ExcStackItem *exc_info;
    ExcStackItem exc_base;
    int depth;             /* Python frames (for the recursion limit) */
    int c_depth;           /* C re-entries of the eval loop */
    int c_limit;
} VmThread;

extern _Thread_local VmThread *vm_tls;
VmThread *vm_thread_slow(void);
static inline VmThread *vm_thread(void)
{
    VmThread *t = vm_tls;
    return t ? t : vm_thread_slow();
}

/* Data stack: space for a frame of code co (NULL + MemoryError). */
Frame *vm_push_frame(VmThread *t, CodeObj *co);
void vm_pop_frame(VmThread *t, Frame *f);
/* Drops every reference the frame holds (locals, stack, code, func). */
void frame_clear(Frame *f);
/* The frame object of f, made on demand (borrowed, stays in f). */
Object *frame_get_object(Frame *f);
/* Called when a frame with a frame object is about to vanish: the object
 * takes a copy of what it needs (locals, line, f_back). */
void frame_detach_object(Frame *f);

/* Binds the call's arguments to the fast slots of f (borrowed args; the
 * slots gain references). -1 with TypeError. */
int vm_bind_args(FuncObj *fn, Value *slots, const Value *args, size_t nargs, Object *kwnames);

/* The eval loop: runs f (already set up, linked as the thread's innermost
 * frame with f->entry set) until it returns or yields. throwing: an
 * exception is set and must be raised at f's current instruction. */
Value vm_eval_frame(VmThread *t, Frame *f, bool throwing);

/* Calls a function object (vectorcall). */
Value func_vectorcall(Value callable, const Value *args, size_t nargs, Object *kwnames);
Value cell_new(Value v); /* v borrowed, may be VAL_NULL */
Value cell_get(CellObj *c); /* new reference or VAL_NULL */
void cell_store(CellObj *c, Value v); /* steals v (may be VAL_NULL) */
/* A function object for code (borrowed) with the given globals. */
Value func_new(Value code, Object *globals, Object *builtins);

/* Recursion guard of C re-entry into the eval loop. */
int vm_enter_c(VmThread *t);
static inline void vm_leave_c(VmThread *t) { t->c_depth--; }

/* Traceback entry for f at its current instruction prepended to exc's. */
void vm_add_traceback(Value exc, Frame *f);
/* Sets the raised exception's __context__ from the handled exception. */
void vm_chain_context(VmThread *t, Value exc);

extern int vm_recursion_limit;

#endif
