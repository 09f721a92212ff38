/* The VM's interface to the rest of the interpreter: compiling source to
 * code objects, running code, class bodies, and the frame/traceback objects
 * that tracebacks and sys read. */
#ifndef FT_VM_H
#define FT_VM_H

#include "objects/obj.h"

/* compile() modes. */
enum { COMPILE_EXEC, COMPILE_EVAL, COMPILE_SINGLE, COMPILE_FUNC_TYPE };

/* Compiles source text (UTF-8, or bytes with a coding cookie) to a code
 * object; a SyntaxError (with filename, lineno, offset, text, end_lineno,
 * end_offset, msg) is raised on bad input. optimize: -1/0/1/2 as compile(). */
Value vm_compile(const char *src, size_t len, Object *filename, int mode, int optimize);

/* Runs a module-level code object with the given globals (a dict; gains
 * __builtins__ if missing) and locals (a mapping, or VAL_NULL to use
 * globals). Returns the value of the code (None for exec mode). */
Value vm_eval_code(Value code, Object *globals, Value locals);

/* Runs the body of a class statement: func is the function the compiler
 * made from the class body; ns is the namespace from __prepare__. Returns
 * the cell for __class__ (or None when there is none). */
Value vm_run_class_body(Value func, Value ns);

/* The innermost Python frame of the calling thread's globals (borrowed,
 * NULL when no Python code runs): globals() and friends. */
Object *vm_current_globals(void);
Value vm_current_locals(void); /* locals(): new reference */
/* The exception being handled (sys.exception()), borrowed, or VAL_NULL. */
Value vm_handled_exception(void);
/* sys.getrecursionlimit() / setrecursionlimit(). */
int vm_get_recursion_limit(void);
void vm_set_recursion_limit(int limit);
/* sys._getframe(depth): a new reference to a frame object. */
Value vm_get_frame(int depth);

/* Traceback entries, linked outermost first as CPython's tb_next chain. */
typedef struct TracebackObj {
    Object base;
    Value next;  /* TracebackObj or VAL_NULL */
    Value frame; /* frame object */
    int lineno;  /* -1 when unknown */
    int lasti;
} TracebackObj;

/* For printing tracebacks: the code location of a frame object. filename
 * and name are borrowed str objects. */
void vm_frame_info(Value frame, Object **filename, Object **name);

extern Type Traceback_Type, Frame_Type, Code_Type, Function_Type, Cell_Type,
    Method_Type, Generator_Type, Coroutine_Type, AsyncGenerator_Type;

/* A bound method object (Method_Type): calling it calls func(self, ...). */
Value method_new(Value func, Value self);
/* Sets the contents of a cell object (for __classcell__). */
void cell_set(Value cell, Value v);

/* Zero-argument super(): the __class__ cell's class and the first
 * argument of the calling function (new references), or -1 +
 * RuntimeError "super(): no arguments" / "super(): __class__ cell not found". */
int vm_super_args(Value *type_out, Value *obj_out);

/* Source positions of a traceback entry's instruction, for the caret
 * line: 0 and 1-based lines / 0-based UTF-8 byte columns, or -1 when the
 * code has no position for it. */
int vm_tb_position(Value tb, int *line, int *end_line, int *col, int *end_col);

/* The builtins module that code run with globals lacking __builtins__
 * gets (set once at startup). */
void vm_set_builtins(Value module);

/* The default optimisation level of compile(optimize=-1) (-O, -OO). */
extern int vm_default_optimize;

/* `ftpy -X dis FILE`: prints the disassembly of FILE; exit status. */
int dis_main(const char *path);

int vm_init(void);

#endif
