/* Pieces of the builtins module shared between its files, and the
 * interpreter-wide configuration the command line sets. */
#ifndef FT_BUILTINS_H
#define FT_BUILTINS_H

#include "objects/obj.h"

typedef struct InterpConfig {
    int optimize;        /* -O count */
    bool unbuffered;     /* -u */
    bool ignore_env;     /* -E */
    bool isolated;       /* -I */
    bool no_site;        /* -S */
    bool quiet;          /* -q */
    bool inspect;        /* -i */
    bool dont_write_bytecode;
    int verbose;
    int gil;             /* -X gil / PYTHON_GIL: 0 free-threaded (default), 1 GIL */
    int int_max_str_digits; /* -1: default */
} InterpConfig;

extern InterpConfig interp_config;

extern const MethodDef builtin_functions_iter[];
extern const MethodDef builtin_functions_exec[];
extern Type *const builtin_types[];

int builtins_init(Value module);
/* anext(it, default)'s awaitable (builtins_anext.c). */
Value anext_awaitable_new(Value awaitable, Value dflt);
extern Type AnextAwaitable_Type;

/* sys.<name> (stdout, stderr, ...): a new reference, VAL_NULL +
 * RuntimeError "lost sys.stdout" when missing. */
Value sys_get_std(const char *name);
/* The calling interpreter's sys.modules dict (borrowed). */
Object *sys_modules(void);
/* The builtins module's dict (borrowed). */
Object *builtins_dict(void);

/* Bytes-like objects (bytes, bytearray, memoryview): their data, or -1
 * with a TypeError. */
int buffer_get_simple(Value o, const uint8_t **data, ssize_t *len);

/* Imports (import.c). */
Value import_module_level(Object *name, Value globals, Value fromlist, int level);
Value import_module_cstr(const char *name);
/* Creates and registers the modules built into the interpreter (sys,
 * builtins, ...) and sys.path; called once at startup. */
int import_init(const char *script_dir);

#endif
