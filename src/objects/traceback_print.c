/* Printing an uncaught exception as CPython's default excepthook does: the
 * chain (__cause__/__context__), "Traceback (most recent call last):", one
 * entry per frame with the source line, repeated-entry folding, the
 * SyntaxError caret block, and "Type: message" with __notes__. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/exc_internal.h"
#include "objects/intobj.h"
#include "objects/listobj.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "objects/traceback_print.h"
#include "readfile.h"
#include "vm/vm.h"

typedef struct Out {
    StrBuilder b;
} Out;

static void out_ascii(Out *o, const char *s) { sb_add_utf8(&o->b, s, strlen(s)); }

/* Line n (1-based) of a file, without its newline and leading whitespace;
 * NULL when unavailable. The caller frees it. */
char *tb_source_line(const char *path, long n, size_t *indent_out)
{
    size_t len;
    char *src = file_read_all(path, &len);
    if (!src)
        return NULL;
    const char *p = src, *end = src + len;
    for (long i = 1; i < n && p < end; i++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    char *line = NULL;
    if (p < end) {
        const char *q = p;
        while (q < end && *q != '\n')
            q++;
        const char *s = p;
        while (s < q && (*s == ' ' || *s == '\t' || *s == '\f'))
            s++;
        const char *e = q;
        while (e > s && (e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t'))
            e--;
        line = mem_alloc((size_t)(e - s) + 1);
        if (line) {
            memcpy(line, s, (size_t)(e - s));
            line[e - s] = 0;
        }
        if (indent_out)
            *indent_out = (size_t)(s - p);
    }
    free(src); /* file_read_all uses malloc */
    return line;
}

static void print_entry(Out *o, Value tbv)
{
    TracebackObj *tb = (TracebackObj *)val_as_obj(tbv);
    Object *filename = NULL, *name = NULL;
    vm_frame_info(tb->frame, &filename, &name);
    const char *fn = filename ? str_utf8_lossy((StrObj *)filename) : "<unknown>";
    char head[64];
    sb_add_ascii(&o->b, "  File \"");
    sb_add_utf8(&o->b, fn, strlen(fn));
    snprintf(head, sizeof head, "\", line %d, in ", tb->lineno);
    sb_add_ascii(&o->b, head);
    if (name)
        sb_add_str(&o->b, (Value)name);
    sb_add_char(&o->b, '\n');
    if (tb->lineno > 0 && filename) {
        size_t indent = 0;
        char *line = tb_source_line(fn, tb->lineno, &indent);
        if (line && *line) {
            sb_add_ascii(&o->b, "    ");
            sb_add_utf8(&o->b, line, strlen(line));
            sb_add_char(&o->b, '\n');
            tb_print_carets(&o->b, tbv, line, indent);
        }
        mem_free(line);
    }
}

static bool same_entry(Value a, Value b)
{
    TracebackObj *x = (TracebackObj *)val_as_obj(a), *y = (TracebackObj *)val_as_obj(b);
    if (x->lineno != y->lineno)
        return false;
    Object *f1, *n1, *f2, *n2;
    vm_frame_info(x->frame, &f1, &n1);
    vm_frame_info(y->frame, &f2, &n2);
    return f1 && f2 && n1 && n2 && str_eq((StrObj *)f1, (StrObj *)f2) && str_eq((StrObj *)n1, (StrObj *)n2);
}

#define RECURSIVE_CUTOFF 3

static void print_tb(Out *o, Value tb)
{
    out_ascii(o, "Traceback (most recent call last):\n");
    Value last = VAL_NULL;
    long repeat = 0;
    for (; tb; tb = ((TracebackObj *)val_as_obj(tb))->next) {
        if (last && same_entry(last, tb)) {
            repeat++;
            if (repeat >= RECURSIVE_CUTOFF)
                continue;
        } else {
            if (repeat >= RECURSIVE_CUTOFF) {
                char buf[96];
                long more = repeat - RECURSIVE_CUTOFF + 1;
                snprintf(buf, sizeof buf, "  [Previous line repeated %ld more time%s]\n", more,
                         more > 1 ? "s" : "");
                out_ascii(o, buf);
            }
            repeat = 0;
        }
        last = tb;
        print_entry(o, tb);
    }
    if (repeat >= RECURSIVE_CUTOFF) {
        char buf[96];
        long more = repeat - RECURSIVE_CUTOFF + 1;
        snprintf(buf, sizeof buf, "  [Previous line repeated %ld more time%s]\n", more,
                 more > 1 ? "s" : "");
        out_ascii(o, buf);
    }
}

/* "module.Qualname" unless the module is builtins or __main__. */
static void print_type_name(Out *o, Type *t)
{
    if (!(t->tflags & TF_HEAPTYPE)) {
        out_ascii(o, t->core.name);
        return;
    }
    Value mod;
    if (dict_get_cstr(t->dict, "__module__", &mod) > 0) {
        if (val_is_str(mod) && !str_eq_cstr(val_as_str(mod), "builtins") &&
            !str_eq_cstr(val_as_str(mod), "__main__")) {
            sb_add_str(&o->b, mod);
            sb_add_char(&o->b, '.');
        }
        val_decref(mod);
    } else {
        err_clear();
    }
    sb_add_str(&o->b, (Value)t->qualname);
}

static void print_syntax_error_block(Out *o, Value exc)
{
    ExcFields *f = (ExcFields *)val_as_obj(exc);
    Value fn = f->f[1], ln = f->f[2], off = f->f[3], text = f->f[4], eoff = f->f[6], eln = f->f[5];
    if (fn && val_is_str(fn) && ln && val_is_int(ln)) {
        char buf[64];
        out_ascii(o, "  File \"");
        sb_add_str(&o->b, fn);
        snprintf(buf, sizeof buf, "\", line %lld\n", (long long)val_as_int(ln));
        out_ascii(o, buf);
    }
    if (text && val_is_str(text)) {
        /* Strip the line as CPython: leading whitespace moves the caret. */
        StrObj *s = val_as_str(text);
        ssize_t start = 0, end = s->length;
        while (end > 0 && (str_char_at(s, end - 1) == '\n' || str_char_at(s, end - 1) == '\r'))
            end--;
        while (start < end && (str_char_at(s, start) == ' ' || str_char_at(s, start) == '\t' ||
                               str_char_at(s, start) == '\f'))
            start++;
        Value line = str_substr(s, start, end);
        if (!line) {
            err_clear();
            return;
        }
        out_ascii(o, "    ");
        sb_add_str(&o->b, line);
        sb_add_char(&o->b, '\n');
        ssize_t linelen = str_len(val_as_str(line));
        val_decref(line);
        if (off && val_is_int(off)) {
            /* offsets are 1-based columns in characters */
            ssize_t col = (ssize_t)val_as_int(off) - 1 - start;
            ssize_t ecol = col + 1;
            if (eoff && val_is_int(eoff) && val_as_int(eoff) > 0 &&
                (!eln || !val_is_int(eln) || !ln || val_as_int(eln) == val_as_int(ln)))
                ecol = (ssize_t)val_as_int(eoff) - 1 - start;
            if (col < 0)
                col = 0;
            if (col > linelen)
                col = linelen;
            if (ecol <= col)
                ecol = col + 1;
            if (ecol > linelen + 1)
                ecol = linelen + 1;
            out_ascii(o, "    ");
            for (ssize_t i = 0; i < col; i++)
                sb_add_char(&o->b, ' ');
            for (ssize_t i = col; i < ecol; i++)
                sb_add_char(&o->b, '^');
            sb_add_char(&o->b, '\n');
        }
    }
}

static void print_exception_line(Out *o, Value exc)
{
    Type *t = val_type(exc);
    bool syntax = type_is_subtype(t, &Exc_SyntaxError);
    if (syntax)
        print_syntax_error_block(o, exc);
    print_type_name(o, t);
    Value s = syntax ? VAL_NULL : obj_str(exc);
    if (syntax) {
        Value msg = ((ExcFields *)val_as_obj(exc))->f[0];
        s = msg ? obj_str(msg) : obj_str(exc);
    }
    if (!s) {
        err_clear();
        out_ascii(o, ": <exception str() failed>");
    } else if (str_len(val_as_str(s)) > 0) {
        out_ascii(o, ": ");
        sb_add_str(&o->b, s);
    }
    val_xdecref(s);
    sb_add_char(&o->b, '\n');
    /* __notes__ */
    Object *d = obj_instance_dict(exc, false);
    Value notes;
    if (d && dict_get_cstr(d, "__notes__", &notes) > 0) {
        if (val_is_list(notes)) {
            for (ssize_t i = 0; i < list_size(val_as_obj(notes)); i++) {
                Value n = list_get(val_as_obj(notes), i);
                Value ns = n ? (val_is_str(n) ? val_ref(n) : obj_str(n)) : VAL_NULL;
                if (ns) {
                    sb_add_str(&o->b, ns);
                    val_decref(ns);
                } else {
                    err_clear();
                    out_ascii(o, "<note str() failed>");
                }
                val_xdecref(n);
                sb_add_char(&o->b, '\n');
            }
        } else {
            Value ns = obj_repr(notes);
            if (ns) {
                sb_add_str(&o->b, ns);
                val_decref(ns);
            } else {
                err_clear();
            }
            sb_add_char(&o->b, '\n');
        }
        val_decref(notes);
    }
}

static void print_chain(Out *o, Value exc, Value *seen, size_t *nseen, size_t cap)
{
    if (*nseen < cap)
        seen[(*nseen)++] = exc;
    ExcObj *e = (ExcObj *)val_as_obj(exc);
    bool in_seen;
    Value cause = e->cause, ctx = e->context;
    if (cause) {
        in_seen = false;
        for (size_t i = 0; i < *nseen; i++)
            in_seen |= seen[i] == cause;
        if (!in_seen && val_type_has(cause, TF_EXC_SUBCLASS)) {
            print_chain(o, cause, seen, nseen, cap);
            out_ascii(o, "\nThe above exception was the direct cause of the following exception:\n\n");
        }
    } else if (ctx && !e->suppress_context) {
        in_seen = false;
        for (size_t i = 0; i < *nseen; i++)
            in_seen |= seen[i] == ctx;
        if (!in_seen && val_type_has(ctx, TF_EXC_SUBCLASS)) {
            print_chain(o, ctx, seen, nseen, cap);
            out_ascii(o, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    if (val_isinstance_type(exc, &Exc_BaseExceptionGroup)) {
        tb_print_group(&o->b, exc);
        return;
    }
    if (e->traceback)
        print_tb(o, e->traceback);
    print_exception_line(o, exc);
}

Value exc_format(Value exc)
{
    Out o;
    sb_init(&o.b);
    Value seen[256];
    size_t nseen = 0;
    Value saved = err_fetch();
    print_chain(&o, exc, seen, &nseen, 256);
    err_restore(saved);
    return sb_finish(&o.b);
}

void exc_print(Value exc)
{
    Value s = exc_format(exc);
    if (!s) {
        err_clear();
        return;
    }
    ssize_t len;
    const char *u = str_utf8(val_as_str(s), &len);
    if (!u) {
        err_clear();
        u = str_utf8_lossy(val_as_str(s));
        len = (ssize_t)strlen(u);
    }
    sys_write_stderr(u, (size_t)len);
    val_decref(s);
}
