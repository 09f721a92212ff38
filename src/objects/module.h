/* Module objects and the registry of modules built into the interpreter. */
#ifndef FT_MODULE_H
#define FT_MODULE_H

#include "obj.h"

typedef struct ModuleObj {
    Object base;
    Object *dict;
    Object *name; /* str */
    const struct BuiltinModule *def; /* NULL for modules from source files */
} ModuleObj;

extern Type Module_Type;

/* A new module named name with __name__, __doc__ (None), __package__,
 * __loader__ and __spec__ (None) set. */
Value module_new(Object *name);
Object *module_dict(Value m); /* borrowed */
int module_add(Value m, const char *name, Value v);  /* v is not stolen */
int module_add_functions(Value m, const MethodDef *defs);
int module_add_type(Value m, Type *t);

/* A module implemented in C: init fills the fresh module object. */
typedef struct BuiltinModule {
    const char *name;
    int (*init)(Value module);
} BuiltinModule;

/* The table of built-in modules (modules/registry.c), NULL-terminated. */
extern const BuiltinModule *const builtin_modules[];

#endif
