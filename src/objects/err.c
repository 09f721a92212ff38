/* The current thread's raised exception and the functions that raise,
 * fetch and match it; err_set's small format language. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "objects/err.h"
#include "objects/exc_internal.h"
#include "objects/intobj.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"

/* The raised exception instance (a reference), or VAL_NULL. */
static _Thread_local Value err_current;

bool err_occurred(void) { return err_current != VAL_NULL; }
Value err_peek(void) { return err_current; }

Value err_fetch(void)
{
    Value e = err_current;
    err_current = VAL_NULL;
    return e;
}

void err_restore(Value exc)
{
    Value old = err_current;
    err_current = exc;
    val_xdecref(old);
}

void err_clear(void) { err_restore(VAL_NULL); }

int err_matches_value(Value exc, Value t_or_tuple)
{
    if (!exc)
        return 0;
    if (val_is_tuple(t_or_tuple)) {
        for (ssize_t i = 0; i < tuple_size(val_as_obj(t_or_tuple)); i++)
            if (err_matches_value(exc, tuple_get(val_as_obj(t_or_tuple), i)))
                return 1;
        return 0;
    }
    if (!val_type_has(t_or_tuple, TF_TYPE_SUBCLASS))
        return 0;
    return type_is_subtype(val_type(exc), (Type *)val_as_obj(t_or_tuple));
}

int err_matches(Type *t)
{
    return err_current && type_is_subtype(val_type(err_current), t);
}

Value exc_new(Type *exc_type, const Value *args, size_t nargs)
{
    return obj_call((Value)exc_type, args, nargs, NULL);
}

void err_set_value(Type *exc_type, Value value)
{
    Value exc;
    if (value && val_isinstance_type(value, exc_type) && val_type_has(value, TF_EXC_SUBCLASS)) {
        exc = val_ref(value);
    } else if (value && val_is_tuple(value) && exc_type != &Exc_StopIteration &&
               exc_type != &Exc_KeyError) {
        exc = exc_new(exc_type, tuple_items(val_as_obj(value)), (size_t)tuple_size(val_as_obj(value)));
    } else {
        /* None means "no arguments", as PyErr_SetObject; KeyError and
         * StopIteration always carry their value. */
        bool one = value && (value != VAL_NONE || exc_type == &Exc_KeyError ||
                             exc_type == &Exc_StopIteration);
        exc = exc_new(exc_type, one ? &value : NULL, one ? 1 : 0);
    }
    if (!exc)
        return; /* creating it raised; that exception stands */
    err_restore(exc);
}

void err_set_object(Value exc)
{
    if (val_type_has(exc, TF_EXC_SUBCLASS)) {
        err_restore(val_ref(exc));
        return;
    }
    if (val_type_has(exc, TF_TYPE_SUBCLASS) &&
        type_is_subtype((Type *)val_as_obj(exc), &Exc_BaseException)) {
        Value inst = obj_call0(exc);
        if (!inst)
            return;
        if (!val_type_has(inst, TF_EXC_SUBCLASS)) {
            err_set(&Exc_TypeError,
                    "calling %R should have returned an instance of BaseException, not %s", exc,
                    type_name(val_type(inst)));
            val_decref(inst);
            return;
        }
        err_restore(inst);
        return;
    }
    err_set(&Exc_TypeError, "exceptions must derive from BaseException");
}

Value err_no_memory(void)
{
    /* A preallocated instance would avoid allocating here; MemoryError
     * without arguments allocates only the instance. */
    err_set_value(&Exc_MemoryError, VAL_NULL);
    return VAL_NULL;
}

/* ---- Formatting --------------------------------------------------------------- */

static void add_value_str(StrBuilder *b, Value v, int how)
{
    Value s;
    switch (how) {
    case 'R': s = obj_repr(v); break;
    case 'A': s = obj_ascii(v); break;
    default: s = obj_str(v); break;
    }
    if (!s) {
        err_clear();
        sb_add_ascii(b, "<exception str() failed>");
        return;
    }
    sb_add_str(b, s);
    val_decref(s);
}

Value str_vprintf(const char *fmt, va_list ap)
{
    StrBuilder b;
    sb_init(&b);
    /* Formatting must not clobber an exception that is already set (it
     * usually is not: callers format first, then raise). */
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            const char *q = p;
            while (*q && *q != '%')
                q++;
            sb_add_utf8(&b, p, (size_t)(q - p));
            p = q - 1;
            continue;
        }
        p++;
        char spec[16] = "%";
        size_t sl = 1;
        while (*p && strchr("0123456789.-lzh", *p) && sl < sizeof spec - 2)
            spec[sl++] = *p++;
        char conv = *p;
        spec[sl++] = conv;
        spec[sl] = 0;
        char buf[128];
        bool is_long = strstr(spec, "ll") != NULL, is_l = !is_long && strchr(spec, 'l') != NULL,
             is_z = strchr(spec, 'z') != NULL;
        switch (conv) {
        case '%': sb_add_char(&b, '%'); break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            sb_add_utf8(&b, s ? s : "(null)", strlen(s ? s : "(null)"));
            break;
        }
        case 'c': sb_add_char(&b, (uint32_t)va_arg(ap, int)); break;
        case 'd': case 'i': case 'u': case 'x': case 'X':
            if (is_long)
                snprintf(buf, sizeof buf, spec, va_arg(ap, long long));
            else if (is_l)
                snprintf(buf, sizeof buf, spec, va_arg(ap, long));
            else if (is_z)
                snprintf(buf, sizeof buf, spec, va_arg(ap, size_t));
            else
                snprintf(buf, sizeof buf, spec, va_arg(ap, int));
            sb_add_ascii(&b, buf);
            break;
        case 'p':
            snprintf(buf, sizeof buf, "%p", va_arg(ap, void *));
            sb_add_ascii(&b, buf);
            break;
        case 'R': case 'S': case 'A':
            add_value_str(&b, va_arg(ap, Value), conv);
            break;
        case 'T': {
            Value v = va_arg(ap, Value);
            const char *n = type_name(val_type(v));
            sb_add_utf8(&b, n, strlen(n));
            break;
        }
        case 'U': {
            Object *s = va_arg(ap, Object *);
            sb_add_str(&b, (Value)s);
            break;
        }
        default:
            sb_add_char(&b, '%');
            if (!conv)
                p--;
            else
                sb_add_char(&b, (uint32_t)(unsigned char)conv);
        }
        if (!*p)
            break;
    }
    return sb_finish(&b);
}

Value str_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Value r = str_vprintf(fmt, ap);
    va_end(ap);
    return r;
}

void err_setv(Type *exc_type, const char *fmt, va_list ap)
{
    Value msg = str_vprintf(fmt, ap);
    if (!msg)
        return;
    err_set_value(exc_type, msg);
    val_decref(msg);
}

void err_set(Type *exc_type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    err_setv(exc_type, fmt, ap);
    va_end(ap);
}

Value err_type_name(const char *fmt, Value v)
{
    err_set(&Exc_TypeError, fmt, v);
    return VAL_NULL;
}

void err_index_out_of_range(const char *msg)
{
    err_set(&Exc_IndexError, "%s", msg);
}

void err_set_from_errno(Type *exc_type, Value filename)
{
    int e = errno;
    Value args[3];
    args[0] = val_from_int(e);
    args[1] = str_from_cstr(strerror(e));
    if (!args[1])
        return;
    size_t n = 2;
    if (filename)
        args[n++] = filename;
    Value exc = exc_new(exc_type ? exc_type : &Exc_OSError, args, n);
    val_decref(args[1]);
    if (exc)
        err_restore(exc);
}

void err_attribute(Value obj, Object *name, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Value msg = str_vprintf(fmt, ap);
    va_end(ap);
    if (!msg)
        return;
    Value exc = exc_new(&Exc_AttributeError, &msg, 1);
    val_decref(msg);
    if (!exc)
        return;
    /* AttributeError.name and .obj (the fields of its ExcFields layout) */
    ExcFields *f = (ExcFields *)val_as_obj(exc);
    val_replace(&f->f[0], val_ref((Value)name));
    val_replace(&f->f[1], val_ref(obj));
    err_restore(exc);
}
