/* Raising and inspecting exceptions: the current thread's raised exception
 * (one Value in the thread state) and the built-in exception types. */
#ifndef FT_ERR_H
#define FT_ERR_H

#include "obj.h"

/* Every built-in exception type (exceptions.c), named Exc_<Name>. */
#define EXC_TYPES(X)                                                          \
    X(BaseException) X(BaseExceptionGroup) X(ExceptionGroup)                  \
    X(Exception) X(GeneratorExit) X(KeyboardInterrupt) X(SystemExit)          \
    X(ArithmeticError) X(FloatingPointError) X(OverflowError)                 \
    X(ZeroDivisionError) X(AssertionError) X(AttributeError) X(BufferError)   \
    X(EOFError) X(ImportError) X(ModuleNotFoundError) X(LookupError)          \
    X(IndexError) X(KeyError) X(MemoryError) X(NameError)                     \
    X(UnboundLocalError) X(OSError) X(BlockingIOError) X(ChildProcessError)   \
    X(ConnectionError) X(BrokenPipeError) X(ConnectionAbortedError)           \
    X(ConnectionRefusedError) X(ConnectionResetError) X(FileExistsError)      \
    X(FileNotFoundError) X(InterruptedError) X(IsADirectoryError)             \
    X(NotADirectoryError) X(PermissionError) X(ProcessLookupError)            \
    X(TimeoutError) X(ReferenceError) X(RuntimeError) X(NotImplementedError)  \
    X(PythonFinalizationError) X(RecursionError) X(StopAsyncIteration)        \
    X(StopIteration) X(SyntaxError) X(IncompleteInputError)                   \
    X(IndentationError) X(TabError) X(SystemError) X(TypeError)               \
    X(ValueError) X(UnicodeError) X(UnicodeDecodeError)                       \
    X(UnicodeEncodeError) X(UnicodeTranslateError) X(Warning)                 \
    X(BytesWarning) X(DeprecationWarning) X(EncodingWarning)                  \
    X(FutureWarning) X(ImportWarning) X(PendingDeprecationWarning)            \
    X(ResourceWarning) X(RuntimeWarning) X(SyntaxWarning) X(UnicodeWarning)   \
    X(UserWarning)

#define EXC_DECLARE(n) extern Type Exc_##n;
EXC_TYPES(EXC_DECLARE)
#undef EXC_DECLARE

/* Instance layout of BaseException (subclasses add fields after it). */
typedef struct ExcObj {
    Object base;
    Object *dict;
    Value args;        /* tuple */
    Value notes;       /* __notes__ list, or VAL_NULL */
    Value traceback;   /* traceback object or VAL_NULL */
    Value context;     /* __context__ or VAL_NULL */
    Value cause;       /* __cause__ or VAL_NULL */
    bool suppress_context;
} ExcObj;

/* Raising. The format understands printf's %s %d %i %u %ld %lld %zd %zu %x
 * %c %% and: %R repr(Value), %S str(Value), %T the type name of a Value,
 * %U a str Object* inserted as is, %A ascii(Value). */
void err_set(Type *exc_type, const char *fmt, ...);
void err_setv(Type *exc_type, const char *fmt, va_list ap);
/* Raises exc_type(value) (value may be VAL_NULL for no arguments). */
void err_set_value(Type *exc_type, Value value);
/* Raises an instance, or a class (instantiated without arguments). Used
 * by `raise`; sets a TypeError when exc is neither. */
void err_set_object(Value exc);
Value err_no_memory(void); /* raises MemoryError; returns VAL_NULL */
/* Raises OSError (the subclass matching errno, e.g. FileNotFoundError)
 * from errno, with filename (VAL_NULL for none). */
void err_set_from_errno(Type *exc_type, Value filename);

bool err_occurred(void);
/* The raised exception instance (borrowed) or VAL_NULL. */
Value err_peek(void);
/* Takes the raised exception (new reference to the instance; VAL_NULL if
 * none) and clears it. */
Value err_fetch(void);
/* Makes exc (an instance; the reference is stolen) the raised exception. */
void err_restore(Value exc);
void err_clear(void);
/* 1 when the raised exception is an instance of t (or of a class in a
 * tuple t_or_tuple); 0 otherwise or when none is raised. */
int err_matches(Type *t);
int err_matches_value(Value exc, Value t_or_tuple);

/* AttributeError(message) with .name and .obj set (for the "Did you
 * mean" hints and for code that inspects them). */
void err_attribute(Value obj, Object *name, const char *fmt, ...);

/* Convenience raisers for the common messages. */
Value err_type_name(const char *fmt, Value v); /* TypeError with %T of v */
void err_index_out_of_range(const char *msg); /* IndexError(msg): "list index out of range" */

/* Creates an exception instance exc_type(*args) without raising it. */
Value exc_new(Type *exc_type, const Value *args, size_t nargs);
/* Attribute access in C. */
Value exc_args(Value exc);                   /* borrowed */
void exc_set_context(Value exc, Value ctx);  /* steals ctx */
void exc_set_cause(Value exc, Value cause);  /* steals cause */
void exc_set_traceback(Value exc, Value tb); /* steals tb */

/* Prints exc with its chain (__cause__/__context__) and traceback to
 * sys.stderr exactly as CPython's default excepthook does. */
void exc_print(Value exc);

/* Ready every exception type (called at startup). */
int exceptions_init(void);

#endif
