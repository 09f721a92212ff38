/* The built-in exception classes: BaseException's behaviour (args,
 * __str__/__repr__, __traceback__, __context__, __cause__, __notes__) and
 * the subclasses with attributes of their own (StopIteration.value,
 * OSError.errno, SyntaxError.lineno, ...). Exception groups are in
 * exception_group.c; printing tracebacks in traceback_print.c. */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/intobj.h"
#include "objects/listobj.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "objects/exc_internal.h"
#include "vm/vm.h"

/* ---- BaseException --------------------------------------------------------- */

static void exc_dealloc(Object *o)
{
    ExcObj *e = (ExcObj *)o;
    val_clear(&e->args);
    val_clear(&e->notes);
    val_clear(&e->traceback);
    val_clear(&e->context);
    val_clear(&e->cause);
    obj_xdecref(e->dict);
    Type *t = o->type;
    /* Field values of the subclasses with attributes (ExcFields). */
    while (t->tflags & TF_HEAPTYPE)
        t = t->base;
    if (t->basicsize == sizeof(ExcFields)) {
        ExcFields *f = (ExcFields *)o;
        for (int i = 0; i < EXC_NFIELDS; i++)
            val_clear(&f->f[i]);
    }
    obj_free(o);
}

static int exc_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    ExcObj *e = (ExcObj *)o;
    Value vs[] = {e->args, e->notes, e->traceback, e->context, e->cause, (Value)e->dict};
    for (size_t i = 0; i < sizeof vs / sizeof *vs; i++)
        if (vs[i] && visit(vs[i], arg))
            return 1;
    return 0;
}

static Value exc_tp_new(Type *type, const Value *args, size_t nargs, Object *kwnames)
{
    ExcObj *e = (ExcObj *)obj_alloc(type, 0);
    if (!e)
        return VAL_NULL;
    Object *t = tuple_from_array(args, (ssize_t)nargs);
    if (!t) {
        obj_decref(&e->base);
        return VAL_NULL;
    }
    e->args = (Value)t;
    return (Value)e;
}

static int exc_init(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (kwnames && tuple_size(kwnames)) {
        err_set(&Exc_TypeError, "%s() takes no keyword arguments", type_name(val_type(self)));
        return -1;
    }
    ExcObj *e = (ExcObj *)val_as_obj(self);
    Object *t = tuple_from_array(args, (ssize_t)nargs);
    if (!t)
        return -1;
    val_replace(&e->args, (Value)t);
    return 0;
}

static Value exc_str(Value self)
{
    ExcObj *e = (ExcObj *)val_as_obj(self);
    Object *args = val_as_obj(e->args);
    switch (tuple_size(args)) {
    case 0: return str_empty();
    case 1: return obj_str(tuple_get(args, 0));
    default: return obj_str(e->args);
    }
}

static Value exc_repr(Value self)
{
    ExcObj *e = (ExcObj *)val_as_obj(self);
    Type *t = val_type(self);
    const char *name = type_name(t);
    Object *args = val_as_obj(e->args);
    if (t->name_obj) {
        if (tuple_size(args) == 1)
            return str_printf("%U(%R)", t->name_obj, tuple_get(args, 0));
        if (tuple_size(args) == 0)
            return str_printf("%U()", t->name_obj);
        return str_printf("%U%R", t->name_obj, e->args);
    }
    const char *dot = strrchr(name, '.');
    if (dot)
        name = dot + 1;
    if (tuple_size(args) == 1)
        return str_printf("%s(%R)", name, tuple_get(args, 0));
    if (tuple_size(args) == 0)
        return str_printf("%s()", name);
    return str_printf("%s%R", name, e->args);
}

Value exc_args(Value exc) { return ((ExcObj *)val_as_obj(exc))->args; }

void exc_set_context(Value exc, Value ctx)
{
    val_replace(&((ExcObj *)val_as_obj(exc))->context, ctx);
}

void exc_set_cause(Value exc, Value cause)
{
    ExcObj *e = (ExcObj *)val_as_obj(exc);
    val_replace(&e->cause, cause);
    e->suppress_context = true;
}

void exc_set_traceback(Value exc, Value tb)
{
    val_replace(&((ExcObj *)val_as_obj(exc))->traceback, tb);
}

static Value exc_get_args(Value self, void *c) { return val_ref(((ExcObj *)val_as_obj(self))->args); }

static int exc_set_args(Value self, Value v, void *c)
{
    if (!v) {
        err_set(&Exc_TypeError, "args may not be deleted");
        return -1;
    }
    Object *t = tuple_from_iterable(v);
    if (!t)
        return -1;
    val_replace(&((ExcObj *)val_as_obj(self))->args, (Value)t);
    return 0;
}

static Value exc_get_tb(Value self, void *c)
{
    Value tb = ((ExcObj *)val_as_obj(self))->traceback;
    return tb ? val_ref(tb) : VAL_NONE;
}

static int exc_set_tb(Value self, Value v, void *c)
{
    if (!v) {
        err_set(&Exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (v != VAL_NONE && val_type(v) != &Traceback_Type) {
        err_set(&Exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    val_replace(&((ExcObj *)val_as_obj(self))->traceback, v == VAL_NONE ? VAL_NULL : val_ref(v));
    return 0;
}

static Value exc_get_context(Value self, void *c)
{
    Value v = ((ExcObj *)val_as_obj(self))->context;
    return v ? val_ref(v) : VAL_NONE;
}

static int exc_check_chain_value(Value v, const char *what)
{
    if (!v) {
        err_set(&Exc_TypeError, "%s may not be deleted", what);
        return -1;
    }
    if (v != VAL_NONE && !val_type_has(v, TF_EXC_SUBCLASS)) {
        err_set(&Exc_TypeError, "exception %s must be None or derive from BaseException",
                strcmp(what, "__cause__") == 0 ? "cause" : "context");
        return -1;
    }
    return 0;
}

static int exc_set_context_attr(Value self, Value v, void *c)
{
    if (exc_check_chain_value(v, "__context__") < 0)
        return -1;
    val_replace(&((ExcObj *)val_as_obj(self))->context, v == VAL_NONE ? VAL_NULL : val_ref(v));
    return 0;
}

static Value exc_get_cause(Value self, void *c)
{
    Value v = ((ExcObj *)val_as_obj(self))->cause;
    return v ? val_ref(v) : VAL_NONE;
}

static int exc_set_cause_attr(Value self, Value v, void *c)
{
    if (exc_check_chain_value(v, "__cause__") < 0)
        return -1;
    ExcObj *e = (ExcObj *)val_as_obj(self);
    val_replace(&e->cause, v == VAL_NONE ? VAL_NULL : val_ref(v));
    e->suppress_context = true;
    return 0;
}

static Value exc_get_suppress(Value self, void *c)
{
    return val_bool(((ExcObj *)val_as_obj(self))->suppress_context);
}

static int exc_set_suppress(Value self, Value v, void *c)
{
    if (!v) {
        err_set(&Exc_TypeError, "__suppress_context__ may not be deleted");
        return -1;
    }
    int t = obj_is_true(v);
    if (t < 0)
        return -1;
    ((ExcObj *)val_as_obj(self))->suppress_context = t;
    return 0;
}

static const GetSetDef exc_getsets[] = {
    {"args", exc_get_args, exc_set_args, NULL, NULL},
    {"__traceback__", exc_get_tb, exc_set_tb, NULL, NULL},
    {"__context__", exc_get_context, exc_set_context_attr, NULL, NULL},
    {"__cause__", exc_get_cause, exc_set_cause_attr, NULL, NULL},
    {"__suppress_context__", exc_get_suppress, exc_set_suppress, NULL, NULL},
    {0},
};

static Value exc_with_traceback(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("with_traceback", kw) < 0 || args_count("with_traceback", nargs, 1, 1) < 0)
        return VAL_NULL;
    if (exc_set_tb(self, args[0], NULL) < 0)
        return VAL_NULL;
    return val_ref(self);
}

static Value exc_add_note(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("add_note", kw) < 0 || args_count("add_note", nargs, 1, 1) < 0)
        return VAL_NULL;
    if (!val_is_str(args[0])) {
        err_set(&Exc_TypeError, "note must be a str, not '%s'", type_name(val_type(args[0])));
        return VAL_NULL;
    }
    Object *d = obj_instance_dict(self, true);
    if (!d)
        return VAL_NULL;
    Value notes;
    int found = dict_get_cstr(d, "__notes__", &notes);
    if (found < 0)
        return VAL_NULL;
    if (!found) {
        notes = (Value)list_new(0);
        if (!notes || dict_set_cstr(d, "__notes__", notes) < 0) {
            val_xdecref(notes);
            return VAL_NULL;
        }
    }
    if (!val_is_list(notes)) {
        err_set(&Exc_TypeError, "Cannot add note: __notes__ is not a list");
        val_decref(notes);
        return VAL_NULL;
    }
    int r = list_append(val_as_obj(notes), args[0]);
    val_decref(notes);
    return r < 0 ? VAL_NULL : VAL_NONE;
}

static Value exc_reduce(Value self, const Value *args, size_t nargs, Object *kw)
{
    ExcObj *e = (ExcObj *)val_as_obj(self);
    if (e->dict && dict_len(e->dict))
        return (Value)tuple_pack(3, (Value)val_type(self), e->args, (Value)e->dict);
    return (Value)tuple_pack(2, (Value)val_type(self), e->args);
}

static const MethodDef exc_methods[] = {
    {"with_traceback", exc_with_traceback, 0, NULL},
    {"add_note", exc_add_note, 0, NULL},
    {"__reduce__", exc_reduce, 0, NULL},
    {0},
};

Type Exc_BaseException = {
    TYPE_HEADER("BaseException", exc_dealloc),
    .tflags = TF_BASETYPE | TF_EXC_SUBCLASS | TF_HAS_GC,
    .basicsize = sizeof(ExcObj),
    .dictoffset = offsetof(ExcObj, dict),
    .tp_new = exc_tp_new,
    .init = exc_init,
    .str = exc_str,
    .repr = exc_repr,
    .traverse = exc_traverse,
    .methods = exc_methods,
    .getsets = exc_getsets,
    .doc = "Common base class for all exceptions",
};

/* ---- Subclasses with attributes ---------------------------------------------------
 * They share one layout (ExcFields: up to EXC_NFIELDS Values after ExcObj);
 * a members table names the fields of each. */

#define F(i) offsetof(ExcFields, f) + (i) * sizeof(Value)

static void set_field(Value self, int i, Value v)
{
    val_replace(&((ExcFields *)val_as_obj(self))->f[i], v ? val_ref(v) : VAL_NULL);
}

static Value field(Value self, int i) { return ((ExcFields *)val_as_obj(self))->f[i]; }

/* StopIteration(value) */
static int stopiter_init(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (exc_init(self, args, nargs, kw) < 0)
        return -1;
    set_field(self, 0, nargs ? args[0] : VAL_NONE);
    return 0;
}
static const MemberDef stopiter_members[] = {{"value", F(0), 0, NULL}, {0}};

/* SystemExit(code) */
static int sysexit_init(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (exc_init(self, args, nargs, kw) < 0)
        return -1;
    if (nargs == 0)
        set_field(self, 0, VAL_NONE);
    else if (nargs == 1)
        set_field(self, 0, args[0]);
    else
        set_field(self, 0, ((ExcObj *)val_as_obj(self))->args);
    return 0;
}
static const MemberDef sysexit_members[] = {{"code", F(0), 0, NULL}, {0}};

/* ImportError(*args, name=None, path=None, name_from=None): msg, name, path */
static int importerror_init(Value self, const Value *args, size_t nargs, Object *kw)
{
    ssize_t nkw = kw ? tuple_size(kw) : 0;
    if (exc_init(self, args, nargs, NULL) < 0)
        return -1;
    set_field(self, 1, VAL_NONE);
    set_field(self, 2, VAL_NONE);
    for (ssize_t i = 0; i < nkw; i++) {
        StrObj *k = val_as_str(tuple_get(kw, i));
        Value v = args[nargs + (size_t)i];
        if (str_eq_cstr(k, "name"))
            set_field(self, 1, v);
        else if (str_eq_cstr(k, "path"))
            set_field(self, 2, v);
        else if (str_eq_cstr(k, "name_from"))
            set_field(self, 3, v);
        else {
            err_set(&Exc_TypeError, "'%U' is an invalid keyword argument for %s()", (Object *)k,
                    type_name(val_type(self)));
            return -1;
        }
    }
    set_field(self, 0, nargs == 1 ? args[0] : VAL_NONE);
    return 0;
}
static Value importerror_str(Value self)
{
    Value msg = field(self, 0);
    if (msg && msg != VAL_NONE)
        return obj_str(msg);
    return exc_str(self);
}
static const MemberDef importerror_members[] = {
    {"msg", F(0), MEMBER_NULL_IS_NONE, NULL},
    {"name", F(1), MEMBER_NULL_IS_NONE, NULL},
    {"path", F(2), MEMBER_NULL_IS_NONE, NULL},
    {"name_from", F(3), MEMBER_NULL_IS_NONE, NULL},
    {0},
};

/* AttributeError(*args, name=None, obj=None), NameError(*args, name=None) */
static int named_error_init(Value self, const Value *args, size_t nargs, Object *kw)
{
    ssize_t nkw = kw ? tuple_size(kw) : 0;
    if (exc_init(self, args, nargs, NULL) < 0)
        return -1;
    bool attr = val_isinstance_type(self, &Exc_AttributeError);
    for (ssize_t i = 0; i < nkw; i++) {
        StrObj *k = val_as_str(tuple_get(kw, i));
        Value v = args[nargs + (size_t)i];
        if (str_eq_cstr(k, "name"))
            set_field(self, 0, v);
        else if (attr && str_eq_cstr(k, "obj"))
            set_field(self, 1, v);
        else {
            err_set(&Exc_TypeError, "'%U' is an invalid keyword argument for %s()", (Object *)k,
                    type_name(val_type(self)));
            return -1;
        }
    }
    return 0;
}
static const MemberDef attrerror_members[] = {
    {"name", F(0), MEMBER_NULL_IS_NONE, NULL},
    {"obj", F(1), MEMBER_NULL_IS_NONE, NULL},
    {0},
};
static const MemberDef nameerror_members[] = {{"name", F(0), MEMBER_NULL_IS_NONE, NULL}, {0}};

/* KeyError: str() of a single argument is its repr. */
static Value keyerror_str(Value self)
{
    ExcObj *e = (ExcObj *)val_as_obj(self);
    if (tuple_size(val_as_obj(e->args)) == 1)
        return obj_repr(tuple_get(val_as_obj(e->args), 0));
    return exc_str(self);
}

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]):
 * f0 errno, f1 strerror, f2 filename, f3 filename2, f4 characters_written */
static Type *oserror_subclass_for(int code)
{
    switch (code) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return &Exc_BlockingIOError;
    case ECHILD: return &Exc_ChildProcessError;
    case EPIPE: case ESHUTDOWN: return &Exc_BrokenPipeError;
    case ECONNABORTED: return &Exc_ConnectionAbortedError;
    case ECONNREFUSED: return &Exc_ConnectionRefusedError;
    case ECONNRESET: return &Exc_ConnectionResetError;
    case EEXIST: return &Exc_FileExistsError;
    case ENOENT: return &Exc_FileNotFoundError;
    case EISDIR: return &Exc_IsADirectoryError;
    case ENOTDIR: return &Exc_NotADirectoryError;
    case EINTR: return &Exc_InterruptedError;
    case EACCES: case EPERM: return &Exc_PermissionError;
    case ESRCH: return &Exc_ProcessLookupError;
    case ETIMEDOUT: return &Exc_TimeoutError;
    default: return NULL;
    }
}

static Value oserror_new(Type *type, const Value *args, size_t nargs, Object *kw)
{
    if (type == &Exc_OSError && nargs >= 2 && val_is_int(args[0])) {
        Type *sub = oserror_subclass_for((int)val_as_int(args[0]));
        if (sub)
            type = sub;
    }
    return exc_tp_new(type, args, nargs, kw);
}

static int oserror_init(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (exc_init(self, args, nargs, kw) < 0)
        return -1;
    if (nargs >= 2 && nargs <= 5) {
        set_field(self, 0, args[0]);
        set_field(self, 1, args[1]);
        if (nargs >= 3)
            set_field(self, 2, args[2]);
        if (nargs == 5)
            set_field(self, 3, args[4]);
        if (val_isinstance_type(self, &Exc_BlockingIOError) && nargs >= 3 &&
            val_is_int_like(args[2])) {
            set_field(self, 4, args[2]);
            set_field(self, 2, VAL_NULL);
        }
        /* args keeps only (errno, strerror) when a filename is given */
        if (nargs >= 3) {
            Object *t = tuple_pack(2, args[0], args[1]);
            if (!t)
                return -1;
            val_replace(&((ExcObj *)val_as_obj(self))->args, (Value)t);
        }
    }
    return 0;
}

static Value oserror_str(Value self)
{
    Value en = field(self, 0), se = field(self, 1), f1 = field(self, 2), f2 = field(self, 3);
    if (f1 && f1 != VAL_NONE) {
        if (f2 && f2 != VAL_NONE)
            return str_printf("[Errno %S] %S: %R -> %R", en ? en : VAL_NONE, se ? se : VAL_NONE, f1, f2);
        return str_printf("[Errno %S] %S: %R", en ? en : VAL_NONE, se ? se : VAL_NONE, f1);
    }
    if (en && se)
        return str_printf("[Errno %S] %S", en, se);
    return exc_str(self);
}

static Value oserror_get_chars(Value self, void *c)
{
    Value v = field(self, 4);
    if (!v) {
        err_set(&Exc_AttributeError, "characters_written");
        return VAL_NULL;
    }
    return val_ref(v);
}
static int oserror_set_chars(Value self, Value v, void *c)
{
    set_field(self, 4, v);
    return 0;
}
static const MemberDef oserror_members[] = {
    {"errno", F(0), MEMBER_NULL_IS_NONE, NULL},
    {"strerror", F(1), MEMBER_NULL_IS_NONE, NULL},
    {"filename", F(2), MEMBER_NULL_IS_NONE, NULL},
    {"filename2", F(3), MEMBER_NULL_IS_NONE, NULL},
    {0},
};
static const GetSetDef blockingio_getsets[] = {
    {"characters_written", oserror_get_chars, oserror_set_chars, NULL, NULL},
    {0},
};

/* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])):
 * f0 msg, f1 filename, f2 lineno, f3 offset, f4 text, f5 end_lineno,
 * f6 end_offset, f7 print_file_and_line */
static int syntaxerror_init(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (exc_init(self, args, nargs, kw) < 0)
        return -1;
    if (nargs >= 1)
        set_field(self, 0, args[0]);
    if (nargs == 2) {
        Object *info = tuple_from_iterable(args[1]);
        if (!info)
            return -1;
        ssize_t n = tuple_size(info);
        if (n < 4 || n > 6) {
            obj_decref(info);
            err_set(&Exc_IndexError, "tuple index out of range");
            return -1;
        }
        for (ssize_t i = 0; i < n; i++)
            set_field(self, 1 + (int)i, tuple_get(info, i));
        obj_decref(info);
    }
    return 0;
}

static Value syntaxerror_str(Value self)
{
    Value msg = field(self, 0), fn = field(self, 1), ln = field(self, 2);
    Value m = msg ? obj_str(msg) : exc_str(self);
    if (!m)
        return VAL_NULL;
    bool have_fn = fn && val_is_str(fn), have_ln = ln && val_is_int_like(ln);
    if (!have_fn && !have_ln)
        return m;
    Value base = VAL_NULL;
    if (have_fn) {
        /* only the file's basename, as CPython */
        StrObj *s = val_as_str(fn);
        ssize_t start = 0;
        for (ssize_t i = 0; i < s->length; i++)
            if (str_char_at(s, i) == '/')
                start = i + 1;
        base = str_substr(s, start, s->length);
        if (!base) {
            val_decref(m);
            return VAL_NULL;
        }
    }
    Value r;
    if (have_fn && have_ln)
        r = str_printf("%S (%S, line %S)", m, base, ln);
    else if (have_fn)
        r = str_printf("%S (%S)", m, base);
    else
        r = str_printf("%S (line %S)", m, ln);
    val_xdecref(base);
    val_decref(m);
    return r;
}

static const MemberDef syntaxerror_members[] = {
    {"msg", F(0), MEMBER_NULL_IS_NONE, NULL},
    {"filename", F(1), MEMBER_NULL_IS_NONE, NULL},
    {"lineno", F(2), MEMBER_NULL_IS_NONE, NULL},
    {"offset", F(3), MEMBER_NULL_IS_NONE, NULL},
    {"text", F(4), MEMBER_NULL_IS_NONE, NULL},
    {"end_lineno", F(5), MEMBER_NULL_IS_NONE, NULL},
    {"end_offset", F(6), MEMBER_NULL_IS_NONE, NULL},
    {"print_file_and_line", F(7), MEMBER_NULL_IS_NONE, NULL},
    {0},
};

/* UnicodeDecodeError(encoding, object, start, end, reason) and friends:
 * f0 encoding, f1 object, f2 start, f3 end, f4 reason */
static int unicode_error_init(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (exc_init(self, args, nargs, kw) < 0)
        return -1;
    Type *t = val_type(self);
    bool translate = type_is_subtype(t, &Exc_UnicodeTranslateError);
    size_t want = translate ? 4 : 5;
    if (type_is_subtype(t, &Exc_UnicodeDecodeError) || type_is_subtype(t, &Exc_UnicodeEncodeError) ||
        translate) {
        if (nargs != want) {
            err_set(&Exc_TypeError, "function takes exactly %zu arguments (%zu given)", want, nargs);
            return -1;
        }
        int i = 0;
        if (!translate)
            set_field(self, 0, args[i++]);
        if (type_is_subtype(t, &Exc_UnicodeDecodeError)) {
            Value b = obj_call1((Value)&Bytes_Type, args[i]);
            if (!b)
                return -1;
            set_field(self, 1, b);
            val_decref(b);
            i++;
        } else {
            set_field(self, 1, args[i++]);
        }
        set_field(self, 2, args[i++]);
        set_field(self, 3, args[i++]);
        set_field(self, 4, args[i]);
    }
    return 0;
}

static Value unicode_error_str(Value self)
{
    Type *t = val_type(self);
    Value enc = field(self, 0), obj = field(self, 1), st = field(self, 2), en = field(self, 3),
          reason = field(self, 4);
    if (!obj || !st || !en || !reason)
        return exc_str(self);
    int64_t s, e;
    if (int_as_i64(st, &s) < 0 || int_as_i64(en, &e) < 0)
        return VAL_NULL;
    bool decode = type_is_subtype(t, &Exc_UnicodeDecodeError);
    bool translate = type_is_subtype(t, &Exc_UnicodeTranslateError);
    if (e == s + 1) {
        Value item = obj_getitem(obj, st);
        if (!item)
            return VAL_NULL;
        Value r;
        if (decode) {
            r = str_printf("'%S' codec can't decode byte 0x%02x in position %lld: %S", enc,
                           (int)val_as_int(item), (long long)s, reason);
        } else {
            uint32_t c = str_char_at(val_as_str(item), 0);
            const char *fmt = c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x";
            char cbuf[16];
            snprintf(cbuf, sizeof cbuf, fmt, c);
            if (translate)
                r = str_printf("can't translate character '%s' in position %lld: %S", cbuf,
                               (long long)s, reason);
            else
                r = str_printf("'%S' codec can't encode character '%s' in position %lld: %S", enc,
                               cbuf, (long long)s, reason);
        }
        val_decref(item);
        return r;
    }
    if (decode)
        return str_printf("'%S' codec can't decode bytes in position %lld-%lld: %S", enc,
                          (long long)s, (long long)(e - 1), reason);
    if (translate)
        return str_printf("can't translate characters in position %lld-%lld: %S", (long long)s,
                          (long long)(e - 1), reason);
    return str_printf("'%S' codec can't encode characters in position %lld-%lld: %S", enc,
                      (long long)s, (long long)(e - 1), reason);
}

static const MemberDef unicode_error_members[] = {
    {"encoding", F(0), MEMBER_NULL_IS_NONE, NULL},
    {"object", F(1), MEMBER_NULL_IS_NONE, NULL},
    {"start", F(2), MEMBER_NULL_IS_NONE, NULL},
    {"end", F(3), MEMBER_NULL_IS_NONE, NULL},
    {"reason", F(4), MEMBER_NULL_IS_NONE, NULL},
    {0},
};

/* ---- The hierarchy ------------------------------------------------------------------- */

#define EXC_PLAIN(n, b, d)                                                          \
    Type Exc_##n = {TYPE_HEADER(#n, exc_dealloc), .tflags = TF_BASETYPE, .base = &Exc_##b, .doc = d};
#define EXC_FIELDS(n, b, d, ...)                                                    \
    Type Exc_##n = {TYPE_HEADER(#n, exc_dealloc), .tflags = TF_BASETYPE, .base = &Exc_##b, .doc = d, \
                    .basicsize = sizeof(ExcFields), __VA_ARGS__};

EXC_PLAIN(Exception, BaseException, "Common base class for all non-exit exceptions.")
EXC_PLAIN(GeneratorExit, BaseException, "Request that a generator exit.")
EXC_PLAIN(KeyboardInterrupt, BaseException, "Program interrupted by user.")
EXC_FIELDS(SystemExit, BaseException, "Request to exit from the interpreter.",
           .init = sysexit_init, .members = sysexit_members)
EXC_PLAIN(ArithmeticError, Exception, "Base class for arithmetic errors.")
EXC_PLAIN(FloatingPointError, ArithmeticError, "Floating-point operation failed.")
EXC_PLAIN(OverflowError, ArithmeticError, "Result too large to be represented.")
EXC_PLAIN(ZeroDivisionError, ArithmeticError, "Second argument to a division or modulo operation was zero.")
EXC_PLAIN(AssertionError, Exception, "Assertion failed.")
EXC_FIELDS(AttributeError, Exception, "Attribute not found.", .init = named_error_init,
           .members = attrerror_members)
EXC_PLAIN(BufferError, Exception, "Buffer error.")
EXC_PLAIN(EOFError, Exception, "Read beyond end of file.")
EXC_FIELDS(ImportError, Exception, "Import can't find module, or can't find name in module.",
           .init = importerror_init, .str = importerror_str, .members = importerror_members)
EXC_PLAIN(ModuleNotFoundError, ImportError, "Module not found.")
EXC_PLAIN(LookupError, Exception, "Base class for lookup errors.")
EXC_PLAIN(IndexError, LookupError, "Sequence index out of range.")
Type Exc_KeyError = {TYPE_HEADER("KeyError", exc_dealloc), .tflags = TF_BASETYPE, .base = &Exc_LookupError,
                     .str = keyerror_str, .doc = "Mapping key not found."};
EXC_PLAIN(MemoryError, Exception, "Out of memory.")
EXC_FIELDS(NameError, Exception, "Name not found globally.", .init = named_error_init,
           .members = nameerror_members)
EXC_PLAIN(UnboundLocalError, NameError, "Local name referenced but not bound to a value.")
EXC_FIELDS(OSError, Exception, "Base class for I/O related errors.", .tp_new = oserror_new,
           .init = oserror_init, .str = oserror_str, .members = oserror_members)
Type Exc_BlockingIOError = {TYPE_HEADER("BlockingIOError", exc_dealloc), .tflags = TF_BASETYPE, .base = &Exc_OSError,
                            .getsets = blockingio_getsets, .doc = "I/O operation would block."};
EXC_PLAIN(ChildProcessError, OSError, "Child process error.")
EXC_PLAIN(ConnectionError, OSError, "Connection error.")
EXC_PLAIN(BrokenPipeError, ConnectionError, "Broken pipe.")
EXC_PLAIN(ConnectionAbortedError, ConnectionError, "Connection aborted.")
EXC_PLAIN(ConnectionRefusedError, ConnectionError, "Connection refused.")
EXC_PLAIN(ConnectionResetError, ConnectionError, "Connection reset.")
EXC_PLAIN(FileExistsError, OSError, "File already exists.")
EXC_PLAIN(FileNotFoundError, OSError, "File not found.")
EXC_PLAIN(InterruptedError, OSError, "Interrupted by signal.")
EXC_PLAIN(IsADirectoryError, OSError, "Operation doesn't work on directories.")
EXC_PLAIN(NotADirectoryError, OSError, "Operation only works on directories.")
EXC_PLAIN(PermissionError, OSError, "Not enough permissions.")
EXC_PLAIN(ProcessLookupError, OSError, "Process not found.")
EXC_PLAIN(TimeoutError, OSError, "Timeout expired.")
EXC_PLAIN(ReferenceError, Exception, "Weak ref proxy used after referent went away.")
EXC_PLAIN(RuntimeError, Exception, "Unspecified run-time error.")
EXC_PLAIN(NotImplementedError, RuntimeError, "Method or function hasn't been implemented yet.")
EXC_PLAIN(PythonFinalizationError, RuntimeError, "Operation blocked during Python finalization.")
EXC_PLAIN(RecursionError, RuntimeError, "Recursion limit exceeded.")
EXC_PLAIN(StopAsyncIteration, Exception, "Signal the end from iterator.__anext__().")
EXC_FIELDS(StopIteration, Exception, "Signal the end from iterator.__next__().",
           .init = stopiter_init, .members = stopiter_members)
EXC_FIELDS(SyntaxError, Exception, "Invalid syntax.", .init = syntaxerror_init,
           .str = syntaxerror_str, .members = syntaxerror_members)
EXC_PLAIN(IncompleteInputError, SyntaxError, "incomplete input.")
EXC_PLAIN(IndentationError, SyntaxError, "Improper indentation.")
EXC_PLAIN(TabError, IndentationError, "Improper mixture of spaces and tabs.")
EXC_PLAIN(SystemError, Exception, "Internal error in the Python interpreter.")
EXC_PLAIN(TypeError, Exception, "Inappropriate argument type.")
EXC_PLAIN(ValueError, Exception, "Inappropriate argument value (of correct type).")
EXC_FIELDS(UnicodeError, ValueError, "Unicode related error.", .init = unicode_error_init,
           .str = unicode_error_str, .members = unicode_error_members)
EXC_PLAIN(UnicodeDecodeError, UnicodeError, "Unicode decoding error.")
EXC_PLAIN(UnicodeEncodeError, UnicodeError, "Unicode encoding error.")
EXC_PLAIN(UnicodeTranslateError, UnicodeError, "Unicode translation error.")
EXC_PLAIN(Warning, Exception, "Base class for warning categories.")
EXC_PLAIN(BytesWarning, Warning, "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.")
EXC_PLAIN(DeprecationWarning, Warning, "Base class for warnings about deprecated features.")
EXC_PLAIN(EncodingWarning, Warning, "Base class for warnings about encodings.")
EXC_PLAIN(FutureWarning, Warning, "Base class for warnings about constructs that will change semantically\nin the future.")
EXC_PLAIN(ImportWarning, Warning, "Base class for warnings about probable mistakes in module imports")
EXC_PLAIN(PendingDeprecationWarning, Warning, "Base class for warnings about features which will be deprecated\nin the future.")
EXC_PLAIN(ResourceWarning, Warning, "Base class for warnings about resource usage.")
EXC_PLAIN(RuntimeWarning, Warning, "Base class for warnings about dubious runtime behavior.")
EXC_PLAIN(SyntaxWarning, Warning, "Base class for warnings about dubious syntax.")
EXC_PLAIN(UnicodeWarning, Warning, "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.")
EXC_PLAIN(UserWarning, Warning, "Base class for warnings generated by user code.")

int exception_groups_prepare(void);

int exceptions_init(void)
{
    if (exception_groups_prepare() < 0)
        return -1;
#define READY(n)                                                                   \
    if (type_ready(&Exc_##n) < 0)                                                  \
        return -1;
    EXC_TYPES(READY)
#undef READY
    return 0;
}
