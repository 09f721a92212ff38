/* The modules built into the interpreter, by import name. */
#include "modules/builtins.h"
#include "modules/io.h"
#include "objects/module.h"

int sys_module_init(Value m);
int re_module_init(Value m);
int codecs_module_init(Value m);
int importlib_module_init(Value m);
/* Standard-library modules written in C (src/modules/<name>.c). */
int _collections_module_init(Value m);
int _functools_module_init(Value m);
int _operator_module_init(Value m);
int _random_module_init(Value m);
int errno_module_init(Value m);
int itertools_module_init(Value m);
int math_module_init(Value m);
int operator_module_init(Value m);
int posix_module_init(Value m);
int time_module_init(Value m);
int thread_module_init(Value m);

static const BuiltinModule mod_builtins = {"builtins", builtins_init};
static const BuiltinModule mod_sys = {"sys", sys_module_init};
static const BuiltinModule mod_importlib = {"importlib", importlib_module_init};
static const BuiltinModule mod_re = {"re", re_module_init};
static const BuiltinModule mod_codecs = {"codecs", codecs_module_init};
static const BuiltinModule mod_io = {"io", io_module_init};
static const BuiltinModule mod__io = {"_io", io_module_init};
static const BuiltinModule mod__collections = {"_collections", _collections_module_init};
static const BuiltinModule mod__functools = {"_functools", _functools_module_init};
static const BuiltinModule mod__operator = {"_operator", _operator_module_init};
static const BuiltinModule mod__random = {"_random", _random_module_init};
static const BuiltinModule mod_errno = {"errno", errno_module_init};
static const BuiltinModule mod_itertools = {"itertools", itertools_module_init};
static const BuiltinModule mod_math = {"math", math_module_init};
static const BuiltinModule mod_operator = {"operator", operator_module_init};
static const BuiltinModule mod_posix = {"posix", posix_module_init};
static const BuiltinModule mod_time = {"time", time_module_init};
static const BuiltinModule mod__thread = {"_thread", thread_module_init};

const BuiltinModule *const builtin_modules[] = {
    &mod_builtins, &mod_sys, &mod_importlib, &mod_io, &mod__io, &mod_re, &mod_codecs,
    &mod__collections, &mod__functools, &mod__operator, &mod__random, &mod_errno,
    &mod_itertools, &mod_math, &mod_operator, &mod_posix, &mod_time, &mod__thread,
    NULL,
};
