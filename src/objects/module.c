/* Module objects: a namespace dict with __name__, attribute access through
 * it (with the module-level __getattr__ of PEP 562), and helpers for
 * modules written in C. */
#include <string.h>

#include "objects/descr.h"
#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/listobj.h"
#include "objects/module.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"

Value module_new(Object *name)
{
    ModuleObj *m = (ModuleObj *)obj_alloc(&Module_Type, 0);
    if (!m)
        return VAL_NULL;
    m->dict = dict_new();
    obj_incref(name);
    m->name = name;
    if (!m->dict || dict_set_cstr(m->dict, "__name__", (Value)name) < 0 ||
        dict_set_cstr(m->dict, "__doc__", VAL_NONE) < 0 ||
        dict_set_cstr(m->dict, "__package__", VAL_NONE) < 0 ||
        dict_set_cstr(m->dict, "__loader__", VAL_NONE) < 0 ||
        dict_set_cstr(m->dict, "__spec__", VAL_NONE) < 0) {
        obj_decref(&m->base);
        return VAL_NULL;
    }
    return (Value)m;
}

Object *module_dict(Value m) { return ((ModuleObj *)val_as_obj(m))->dict; }

int module_add(Value m, const char *name, Value v)
{
    return dict_set_cstr(module_dict(m), name, v);
}

int module_add_functions(Value m, const MethodDef *defs)
{
    ModuleObj *mod = (ModuleObj *)val_as_obj(m);
    for (const MethodDef *d = defs; d->name; d++) {
        Value f = cfunc_new(d, m, mod->name);
        if (!f)
            return -1;
        int r = module_add(m, d->name, f);
        val_decref(f);
        if (r < 0)
            return -1;
    }
    return 0;
}

int module_add_type(Value m, Type *t)
{
    if (type_ready(t) < 0)
        return -1;
    const char *dot = strrchr(t->core.name, '.');
    return module_add(m, dot ? dot + 1 : t->core.name, (Value)t);
}

static void module_dealloc(Object *o)
{
    ModuleObj *m = (ModuleObj *)o;
    obj_xdecref(m->dict);
    obj_xdecref(m->name);
    obj_free(o);
}

static int module_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    ModuleObj *m = (ModuleObj *)o;
    return m->dict ? visit((Value)m->dict, arg) : 0;
}

static Value module_getattro(Value self, Object *name)
{
    Value r = obj_generic_getattr(self, name);
    if (r || !err_matches(&Exc_AttributeError))
        return r;
    ModuleObj *m = (ModuleObj *)val_as_obj(self);
    Value getattr;
    int found = dict_get_cstr(m->dict, "__getattr__", &getattr);
    if (found < 0)
        return VAL_NULL;
    if (found) {
        err_clear();
        r = obj_call1(getattr, (Value)name);
        val_decref(getattr);
        return r;
    }
    Value mname;
    found = dict_get_cstr(m->dict, "__name__", &mname);
    err_clear();
    if (found > 0 && val_is_str(mname))
        err_attribute(self, name, "module '%U' has no attribute '%U'", val_as_obj(mname), name);
    else
        err_attribute(self, name, "module has no attribute '%U'", name);
    val_xdecref(found > 0 ? mname : VAL_NULL);
    return VAL_NULL;
}

static Value module_repr(Value self)
{
    ModuleObj *m = (ModuleObj *)val_as_obj(self);
    Value name, file;
    int fn = dict_get_cstr(m->dict, "__name__", &name);
    if (fn < 0)
        return VAL_NULL;
    if (!fn)
        name = str_from_cstr("?");
    int ff = dict_get_cstr(m->dict, "__file__", &file);
    Value r;
    if (ff > 0)
        r = str_printf("<module %R from %R>", name, file);
    else if (m->def)
        r = str_printf("<module %R (built-in)>", name);
    else
        r = str_printf("<module %R>", name);
    val_decref(name);
    if (ff > 0)
        val_decref(file);
    return r;
}

static Value module_tp_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    ModuleObj *m = (ModuleObj *)obj_alloc(type, 0);
    if (!m)
        return VAL_NULL;
    m->dict = dict_new();
    if (!m->dict) {
        obj_decref(&m->base);
        return VAL_NULL;
    }
    return (Value)m;
}

static int module_init(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"name", "doc"};
    static const ArgSpec spec = {"module", names, 2, 0, 1, 2};
    Value a[2];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return -1;
    if (!val_is_str(a[0])) {
        err_set(&Exc_TypeError, "module.__init__() argument 'name' must be str, not %s",
                type_name(val_type(a[0])));
        return -1;
    }
    ModuleObj *m = (ModuleObj *)val_as_obj(self);
    obj_xdecref(m->name);
    m->name = val_as_obj(val_ref(a[0]));
    if (dict_set_cstr(m->dict, "__name__", a[0]) < 0 ||
        dict_set_cstr(m->dict, "__doc__", a[1] ? a[1] : VAL_NONE) < 0 ||
        dict_set_cstr(m->dict, "__package__", VAL_NONE) < 0 ||
        dict_set_cstr(m->dict, "__loader__", VAL_NONE) < 0 ||
        dict_set_cstr(m->dict, "__spec__", VAL_NONE) < 0)
        return -1;
    return 0;
}

static Value module_dir(Value self, const Value *args, size_t nargs, Object *kw)
{
    ModuleObj *m = (ModuleObj *)val_as_obj(self);
    Value dirfn;
    int found = dict_get_cstr(m->dict, "__dir__", &dirfn);
    if (found < 0)
        return VAL_NULL;
    if (found) {
        Value r = obj_call0(dirfn);
        val_decref(dirfn);
        return r;
    }
    Object *keys = dict_keys_list(m->dict);
    return keys ? (Value)keys : VAL_NULL;
}

static const MethodDef module_methods[] = {
    {"__dir__", module_dir, 0, NULL},
    {0},
};

static Value module_get_dict(Value self, void *c)
{
    return val_ref((Value)((ModuleObj *)val_as_obj(self))->dict);
}

static const GetSetDef module_getsets[] = {
    {"__dict__", module_get_dict, NULL, NULL, NULL},
    {0},
};

Type Module_Type = {
    TYPE_HEADER("module", module_dealloc),
    .tflags = TF_BASETYPE | TF_HAS_GC,
    .basicsize = sizeof(ModuleObj),
    .dictoffset = offsetof(ModuleObj, dict),
    .getattr = module_getattro,
    .repr = module_repr,
    .tp_new = module_tp_new,
    .init = module_init,
    .traverse = module_traverse,
    .methods = module_methods,
    .getsets = module_getsets,
    .doc = "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.",
};
