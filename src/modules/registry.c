/* The modules built into the interpreter, by import name. */
#include "modules/builtins.h"
#include "modules/io.h"
#include "objects/module.h"

int sys_module_init(Value m);
int importlib_module_init(Value m);
int thread_module_init(Value m);

static const BuiltinModule mod_builtins = {"builtins", builtins_init};
static const BuiltinModule mod_sys = {"sys", sys_module_init};
static const BuiltinModule mod_importlib = {"importlib", importlib_module_init};
static const BuiltinModule mod_io = {"io", io_module_init};
static const BuiltinModule mod__io = {"_io", io_module_init};
static const BuiltinModule mod__thread = {"_thread", thread_module_init};

const BuiltinModule *const builtin_modules[] = {
    &mod_builtins, &mod_sys, &mod_importlib, &mod_io, &mod__io, &mod__thread, NULL,
};
