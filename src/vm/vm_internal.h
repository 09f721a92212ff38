/* The eval loop's helpers (eval_ops.c, genobj.c): the slower halves of
 * instructions — imports, unpacking, with/async protocols, exception
 * matching, pattern matching, intrinsics — and the generator protocol. */
#ifndef FT_VM_INTERNAL_H
#define FT_VM_INTERNAL_H

#include "vm/frame.h"


/* Instruction helpers: each returns a new reference or VAL_NULL/-1 with an
 * exception set. */
Value op_import_name(Frame *f, Object *name, Value fromlist, Value level);
Value op_import_from(Value module, Object *name);
int op_import_star(Frame *f, Value module);
int op_unpack_sequence(Value seq, int n, Value *out); /* out[0] = first item */
int op_unpack_ex(Value seq, int before, int after, Value *out); /* out: before + 1 + after */
int op_before_with(Value mgr, bool async, Value *exit_out, Value *res_out);
Value op_with_exit(Value exit, Value exc);
int op_check_exc_match_type(Value type, bool star);
int op_check_eg_match(Value exc, Value type, Value *rest, Value *match);
Value op_prep_reraise_star(Value orig, Value excs);
void op_raise(Value exc, Value cause); /* sets the exception (consumes neither) */
Value op_get_awaitable(Value v, int where);
Value op_get_aiter(Value v);
Value op_get_anext(Value aiter);
Value op_get_yield_from_iter(Frame *f, Value v);
Value op_match_class(Value subject, Value cls, int nargs, Value names);
int op_match_mapping(Value subject);
int op_match_sequence(Value subject);
Value op_match_keys(Value subject, Value keys);
Value op_build_string(Value *items, int n);
Value op_format(Value v, Value spec);
Value op_convert(Value v, int how);
Value op_intrinsic1(Frame *f, int which, Value v);
Value op_intrinsic2(Frame *f, int which, Value a, Value b);
Value op_load_name(Frame *f, Object *name);
Value op_load_global(Frame *f, Object *name);
void op_name_error(Object *name);
void op_unbound_local(CodeObj *co, int slot);
void op_unbound_deref(CodeObj *co, int slot);
Value op_call_ex(Value func, Value args, Value kwargs);
int op_dict_merge(Value func, Value dict, Value m);
Value op_function_str(Value func); /* "mod.f()" as CPython's messages name a callable */

/* Generators (genobj.c). */
typedef enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_COMPLETED } GenState;
typedef struct GenObj {
    Object base;
    Value name, qualname;
    ExcStackItem exc_state;
    _Atomic int state;       /* GenState */
    uint8_t delegating;      /* suspended in a yield-from/await (the sub-iterator is on top) */
    uint8_t finalized;
    uint8_t ag_running;      /* async generators: an asend/athrow is in progress */
    uint8_t ag_closed;
    Object *weakrefs;
    /* a Frame and its slots follow */
} GenObj;

static inline Frame *gen_frame(GenObj *g) { return (Frame *)(g + 1); }
static inline GenObj *frame_gen(Frame *f) { return (GenObj *)f - 1; }

typedef enum { SEND_RETURN, SEND_NEXT, SEND_ERROR } SendResult;
/* Resumes gen with arg (or raises the set exception in it when throwing). */
SendResult gen_send_ex(GenObj *gen, Value arg, bool throwing, Value *result);
/* Makes the generator for a call of fn whose code is a generator,
 * coroutine or async generator; the frame's slots are already bound. */
Value gen_new_for_frame(FuncObj *fn, Frame **frame_out);
bool val_is_gen_like(Value v); /* generator or coroutine object */
Value async_gen_wrap(Value v);  /* steals v */
Value async_gen_asend(Value gen, Value arg);
int genobj_init(void);

#endif
