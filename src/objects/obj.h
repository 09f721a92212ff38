/* The object layer's contract: the Type structure and its protocol slots,
 * the error convention, singletons, and the generic operations (attribute,
 * call, operators, iteration) that the VM and every type build on. */
#ifndef FT_OBJ_H
#define FT_OBJ_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "object.h"
#include "pyhash.h"
#include "mem.h"
#include "value.h"

typedef struct Type Type;

/* ---- Conventions ---------------------------------------------------------
 * References: every function that returns a Value returns a NEW reference,
 * unless its comment says "borrowed". Arguments are borrowed (never stolen)
 * unless the comment says "steals".
 * Errors: a function returning Value returns VAL_NULL with an exception set
 * in the current thread (err.h); one returning int or ssize_t returns -1.
 * Iteration: iternext returns VAL_NULL WITHOUT an exception when exhausted.
 * Calls are vectorcalls: args[0..nargs) positional, then one value per name
 * in kwnames (a tuple of str, or NULL when there are none). */

typedef Value (*CallFn)(Value callable, const Value *args, size_t nargs, Object *kwnames);

/* Binary operators, in the order of the VM's BINARY_OP argument (the same
 * order as CPython's NB_* codes for the non-inplace forms). OP_DIVMOD is
 * divmod() (__divmod__/__rdivmod__), never a BINARY_OP argument and never
 * in-place. */
typedef enum {
    OP_ADD, OP_AND, OP_FLOORDIV, OP_LSHIFT, OP_MATMUL, OP_MUL, OP_MOD, OP_OR,
    OP_POW, OP_RSHIFT, OP_SUB, OP_TRUEDIV, OP_XOR, OP_DIVMOD,
    BINOP_COUNT
} BinOp;

/* Rich comparison operators (CPython's Py_LT .. Py_GE order). */
enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };

/* Methods of built-in types and functions of built-in modules: self is the
 * instance (or the module, or the type for METH_CLASS); args exclude self. */
typedef Value (*MethFn)(Value self, const Value *args, size_t nargs, Object *kwnames);

enum {
    METH_CLASS = 1 << 0,  /* bound to the type (classmethod) */
    METH_STATIC = 1 << 1, /* no self (staticmethod); self is VAL_NULL */
};

typedef struct MethodDef {
    const char *name;
    MethFn fn;
    int flags;
    const char *doc; /* may be NULL */
} MethodDef;

/* Computed attributes (property-like) of built-in types. set may be NULL
 * (read-only). set gets VAL_NULL for `del`. */
typedef struct GetSetDef {
    const char *name;
    Value (*get)(Value self, void *closure);
    int (*set)(Value self, Value v, void *closure);
    void *closure;
    const char *doc;
} GetSetDef;

/* A Value field at a fixed offset of the instance. */
enum {
    MEMBER_READONLY = 1 << 0,
    MEMBER_NULL_IS_NONE = 1 << 1, /* an empty (VAL_NULL) field reads as None */
};
typedef struct MemberDef {
    const char *name;
    size_t offset;
    int flags;
    const char *doc;
} MemberDef;

/* Type flags. */
enum {
    TF_BASETYPE = 1 << 0,    /* may be subclassed */
    TF_HEAPTYPE = 1 << 1,    /* created by a class statement or type() */
    TF_READY = 1 << 2,       /* type_ready() has run */
    TF_ABSTRACT = 1 << 3,
    TF_IMMUTABLE = 1 << 4,   /* attributes cannot be set (built-in types) */
    TF_HAS_GC = 1 << 5,      /* instances may hold references (cycle GC) */
    TF_METHOD_DESCR = 1 << 6, /* descr_get binds like a function (method call optimisation) */
    /* Fast subclass checks of the core types. */
    TF_INT_SUBCLASS = 1 << 8,
    TF_STR_SUBCLASS = 1 << 9,
    TF_TUPLE_SUBCLASS = 1 << 10,
    TF_LIST_SUBCLASS = 1 << 11,
    TF_DICT_SUBCLASS = 1 << 12,
    TF_BYTES_SUBCLASS = 1 << 13,
    TF_TYPE_SUBCLASS = 1 << 14,
    TF_EXC_SUBCLASS = 1 << 15, /* BaseException and its subclasses */
    TF_FLOAT_SUBCLASS = 1 << 16,
};

struct Type {
    TypeCore core;        /* core.base.type is the metatype; core.name the __name__ (C string) */
    uint32_t tflags;      /* TF_* */
    _Atomic uint32_t version; /* attribute-cache version tag; 0 = none assigned */
    size_t basicsize;     /* instance size in bytes (items not included) */
    size_t itemsize;      /* size of one item for variable-size instances, else 0 */
    ssize_t dictoffset;   /* offset of the instance's `Object *dict`, 0 if none */
    ssize_t weaklistoffset; /* offset of the weakref list, 0 if none */
    Type *base;           /* __base__ (NULL only for object) */
    Object *bases;        /* tuple: __bases__ */
    Object *mro;          /* tuple: __mro__ */
    Object *dict;         /* dict: the type's namespace */
    Object *name_obj;     /* str: __name__ (heap types) */
    Object *qualname;     /* str: __qualname__ (heap types) */
    Object *slot_names;   /* tuple of str for __slots__ (heap types), or NULL */
    void *subclasses;     /* weak list of direct subclasses (type.c) */
    uint32_t nslot_values; /* heap types: Values for __slots__ added by this type... */
    uint32_t slots_offset; /* ...starting at this offset */
    const char *doc;
    const MethodDef *methods;  /* NULL-name terminated; turned into descriptors by type_ready */
    const GetSetDef *getsets;
    const MemberDef *members;

    /* Protocol slots; NULL means "not supported" unless noted. */
    void (*finalize)(Object *o);               /* __del__ (heap types) */
    Value (*repr)(Value self);                 /* NULL: object.__repr__ */
    Value (*str)(Value self);                  /* NULL: repr */
    hash_t (*hash)(Value self);                /* -1 on error; NULL: unhashable */
    Value (*richcompare)(Value a, Value b, int op); /* NotImplemented when unsupported */
    Value (*getattr)(Value self, Object *name);     /* NULL: obj_generic_getattr */
    int (*setattr)(Value self, Object *name, Value v); /* v == VAL_NULL deletes */
    CallFn call;
    Value (*iter)(Value self);
    Value (*iternext)(Value self);
    Value (*descr_get)(Value descr, Value obj, Value owner); /* obj VAL_NULL: class access */
    int (*descr_set)(Value descr, Value obj, Value v);       /* v VAL_NULL deletes */
    /* type(...) calls new then, if the result is an instance, init. */
    Value (*tp_new)(Type *type, const Value *args, size_t nargs, Object *kwnames);
    int (*init)(Value self, const Value *args, size_t nargs, Object *kwnames);
    /* Collector support (issue 5): visit every Value the object holds. */
    int (*traverse)(Object *o, int (*visit)(Value v, void *arg), void *arg);
    void (*clear)(Object *o);

    /* Numbers. binop[op](a, b) is called with self on EITHER side, as
     * CPython's nb_* slots are: check both operand types and return
     * NotImplemented (new reference to VAL_NOTIMPL) when unsupported. */
    Value (*binop[BINOP_COUNT])(Value a, Value b);
    Value (*inplace[BINOP_COUNT])(Value a, Value b); /* NULL: use binop */
    Value (*pow3)(Value a, Value b, Value mod);      /* pow(a, b, mod) */
    Value (*neg)(Value self);
    Value (*pos)(Value self);
    Value (*invert)(Value self);
    Value (*absolute)(Value self);
    int (*boolean)(Value self);  /* __bool__: 0/1, -1 on error; NULL: use len, else true */
    Value (*to_int)(Value self);   /* __int__ */
    Value (*to_float)(Value self); /* __float__ */
    Value (*index)(Value self);    /* __index__ */

    /* Containers. */
    ssize_t (*len)(Value self);
    Value (*getitem)(Value self, Value key);
    int (*setitem)(Value self, Value key, Value v); /* v VAL_NULL deletes */
    int (*contains)(Value self, Value item);        /* NULL: iterate */
};

/* ---- Static objects ------------------------------------------------------ */

/* Header of a statically allocated, immortal object of type t. */
#define OBJ_STATIC_HEADER(t)                                                    \
    {.tid = 0, .ref_local = REF_IMMORTAL, .ref_shared = 0, .mutex = {0},        \
     .gc_bits = 0, .flags = OBJ_F_STATIC, .type = (t)}

/* A static built-in type: `Type Foo_Type = { TYPE_HEADER("foo", foo_dealloc), ... }`. */
#define TYPE_HEADER(tname, dealloc_fn)                                          \
    .core = {.base = OBJ_STATIC_HEADER(&Type_Type), .name = (tname), .dealloc = (dealloc_fn)}

extern Type Type_Type, Object_Type, NoneType_Type, NotImplType_Type, Ellipsis_Type;
extern Type Int_Type, Bool_Type; /* more types in their own headers */

extern Object None_Obj, NotImpl_Obj, Ellipsis_Obj;
#define VAL_NONE ((Value)&None_Obj)
#define VAL_NOTIMPL ((Value)&NotImpl_Obj)
#define VAL_ELLIPSIS ((Value)&Ellipsis_Obj)

/* True and False are int-layout objects (intobj.h); immortal. */
extern struct IntObj True_Obj, False_Obj;
#define VAL_TRUE ((Value)&True_Obj)
#define VAL_FALSE ((Value)&False_Obj)
static inline Value val_bool(bool b) { return b ? VAL_TRUE : VAL_FALSE; }

/* ---- Types of values ---------------------------------------------------- */

static inline Type *val_type(Value v)
{
    return val_is_int(v) ? &Int_Type : val_as_obj(v)->type;
}

static inline bool val_type_has(Value v, uint32_t tf) { return (val_type(v)->tflags & tf) != 0; }

static inline const char *arg_type_name(Value v)
{
    return v == VAL_NONE ? "None" : val_type(v)->core.name;
}

/* Returns a new reference to the same value (small ints need none). */
static inline Value val_ref(Value v)
{
    val_incref(v);
    return v;
}

/* Replaces *slot (which holds a reference) with v (a new reference). */
static inline void val_replace(Value *slot, Value v)
{
    Value old = *slot;
    *slot = v;
    if (old)
        val_decref(old);
}

static inline void val_xdecref(Value v)
{
    if (v)
        val_decref(v);
}

static inline void val_clear(Value *slot)
{
    Value old = *slot;
    if (old) {
        *slot = VAL_NULL;
        val_decref(old);
    }
}

/* ---- Allocation ---------------------------------------------------------- */

/* A new object of type t with an initialised header (count 1, owned by the
 * calling thread) and basicsize + nitems * itemsize bytes, the rest zeroed.
 * Heap types gain a reference (dropped by obj_free). NULL + MemoryError on
 * failure. */
Object *obj_alloc(Type *t, size_t nitems);
/* Releases an object's memory (and its reference to a heap type); called
 * by dealloc functions after they dropped what the object holds. */
void obj_free(Object *o);

/* ---- Type objects (type.c) ----------------------------------------------- */

/* Completes a static type: inherits slots from its base, computes the MRO,
 * builds the dict (methods, getsets, members, slot wrappers such as
 * __add__/__radd__/__repr__/__len__ for every non-NULL slot). Idempotent.
 * Returns -1 on error. Every static type is readied at startup. */
int type_ready(Type *t);
bool type_is_subtype(const Type *a, const Type *b);
/* MRO lookup of name (an interned str) in t's dicts, no descriptors
 * invoked. Borrowed; VAL_NULL when missing (no exception). The result stays
 * valid while t is unchanged: the caller must hold a reference before
 * running code that could modify t (obj_call etc). */
Value type_lookup(Type *t, Object *name);
/* Marks t's attribute caches stale (call after changing t->dict). */
void type_modified(Type *t);
/* "module.qualname" for heap types, core.name for built-ins (C string
 * valid while t lives). */
const char *type_name(const Type *t);
/* The type name CPython's argument converters print for a bad argument:
 * "None" for None itself ("must be str, not None"), else the type's name. */
static inline const char *arg_type_name(Value v);

/* Creates a class: meta(name, bases, ns, **kwargs) as type.__new__ does;
 * kwargs (a dict or NULL) go to __init_subclass__. */
Value type_new_class(Type *meta, Object *name, Object *bases, Object *ns, Object *kwargs);
/* The calling thread's "<class 'x'>"-style name of a type for messages. */
Value type_repr(Value t);
/* Recomputes the protocol slots of a heap type (and its subclasses) from
 * the dunder methods visible through its MRO (slots.c). */
void type_fixup_slots(Type *t);
/* Adds the dunder wrappers of t's slots to its dict (slots.c; static types). */
int type_add_slot_wrappers(Type *t);
int slots_init(void);
/* Readies the static types beyond the core ones (types_init.c). */
int more_types_init(void);

/* ---- Generic operations (object.c) --------------------------------------- */

Value obj_repr(Value v);
Value obj_str(Value v);
Value obj_ascii(Value v);
hash_t obj_hash(Value v);                         /* -1 on error */
Value obj_richcompare(Value a, Value b, int op);  /* the result object */
int obj_richcompare_bool(Value a, Value b, int op); /* identity implies EQ for EQ/NE */
int obj_is_true(Value v);                         /* -1 on error */
int obj_not(Value v);

Value obj_getattr(Value o, Object *name); /* name: str */
Value obj_getattr_cstr(Value o, const char *name);
/* 1 and a new reference in *out when found; 0 when missing (AttributeError
 * suppressed); -1 on other errors. */
int obj_lookup_attr(Value o, Object *name, Value *out);
int obj_setattr(Value o, Object *name, Value v); /* v VAL_NULL deletes */
int obj_hasattr(Value o, Object *name);          /* 0/1, -1 on error */
/* object.__getattribute__ / __setattr__: descriptors, instance dict. */
Value obj_generic_getattr(Value o, Object *name);
int obj_generic_setattr(Value o, Object *name, Value v);
/* For calls `o.name(...)`: 1 when *out is an unbound function/method
 * descriptor to call with o prepended; 0 when *out is the attribute itself
 * (call without o); -1 on error. */
int obj_get_method(Value o, Object *name, Value *out);
/* Where an instance keeps its dict pointer: at dictoffset, or, for
 * subclasses of variable-size types (dictoffset == -1), in the last word of
 * the object's memory block (after the items, whatever their number). */
Object **obj_dict_slot(Object *o, const Type *t);
/* The instance dict (created on demand), borrowed; NULL without dict. */
Object *obj_instance_dict(Value o, bool create);

Value obj_call(Value callable, const Value *args, size_t nargs, Object *kwnames);
Value obj_call0(Value callable);
Value obj_call1(Value callable, Value a);
Value obj_call2(Value callable, Value a, Value b);
/* callable(*args, **kwargs): args a tuple (or NULL), kwargs a dict (or NULL). */
Value obj_call_tuple_dict(Value callable, Value args, Value kwargs);
/* type(o).name(o, *args): the lookup of special methods (__dir__,
 * __format__, __round__, ...), which skips the instance. *missing is set
 * (and nothing raised) when the type has no such attribute. */
Value obj_call_special(Value o, Object *name, const Value *args, size_t nargs, Object *kwnames,
                       bool *missing);
/* o.name(*args) */
Value obj_call_method(Value o, Object *name, const Value *args, size_t nargs);
Value obj_call_method_cstr(Value o, const char *name, const Value *args, size_t nargs);

Value obj_binop(Value a, Value b, BinOp op);
Value obj_inplace(Value a, Value b, BinOp op);
Value obj_pow3(Value a, Value b, Value mod);
Value number_divmod(Value a, Value b); /* divmod(a, b) */
Value obj_neg(Value v);
Value obj_pos(Value v);
Value obj_invert(Value v);
Value obj_abs(Value v);
/* The operator's symbol for messages ("+", "//", "**", ...). */
const char *binop_symbol(BinOp op);

Value obj_getitem(Value o, Value key);
int obj_setitem(Value o, Value key, Value v);
int obj_delitem(Value o, Value key);
ssize_t obj_len(Value o);
int obj_contains(Value container, Value item); /* 0/1, -1 on error */

Value obj_iter(Value o);  /* iter(o), with the __getitem__ fallback */
Value obj_next(Value it); /* VAL_NULL with no exception when exhausted */

int obj_isinstance(Value o, Value cls);   /* cls may be a tuple; honours __instancecheck__ */
int obj_issubclass(Value derived, Value cls);
static inline bool obj_type_is(Value v, const Type *t) { return val_type(v) == t; }
static inline bool val_isinstance_type(Value v, const Type *t) { return type_is_subtype(val_type(v), t); }

Value obj_format(Value o, Value spec);   /* format(o, spec); spec a str or VAL_NULL */
Value obj_index(Value o);                /* operator.index(o): an int */
/* o.__index__() as ssize_t; on overflow raises overflow_exc, or clamps
 * when it is NULL. */
ssize_t obj_as_ssize(Value o, Type *overflow_exc);
/* The thread's C-level recursion guard for re-entrant calls (repr of
 * nested containers, __eq__ from dict lookups): 0 or -1 + RecursionError. */
int obj_enter_recursive(const char *where);
void obj_leave_recursive(void);
/* repr() protection against self-containing containers: 1 when o is
 * already being repr'd by this thread (print "[...]"), 0 otherwise (then
 * call obj_repr_leave after), -1 on error. */
int obj_repr_enter(Value o);
void obj_repr_leave(Value o);

/* ---- Argument parsing (args.c) -------------------------------------------
 * For built-in functions and methods, with CPython's TypeError messages.
 * names: parameter names in order; the first nposonly are positional-only,
 * the first nrequired are required; those at index >= kwonly_from are
 * keyword-only (set kwonly_from to the count for none). out receives
 * borrowed values, VAL_NULL for omitted optional ones. */
typedef struct ArgSpec {
    const char *fname;   /* "split" or "str.split": used in messages */
    const char *const *names;
    uint8_t count;
    uint8_t nposonly;
    uint8_t nrequired;
    uint8_t kwonly_from;
} ArgSpec;

int args_parse(const ArgSpec *spec, const Value *args, size_t nargs, Object *kwnames, Value *out);
/* Fast checks for functions without keywords: "f() takes no keyword
 * arguments", "f expected at most 2 arguments, got 3", ... */
int args_no_kw(const char *fname, Object *kwnames);
int args_count(const char *fname, size_t nargs, size_t min, size_t max);

/* ---- Built-in function objects (funcobj_builtin.c) ------------------------ */

/* A callable wrapping def, bound to self (a module, or VAL_NULL). */
Value cfunc_new(const MethodDef *def, Value self, Object *module_name);

#endif
