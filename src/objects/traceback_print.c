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
    if (tb->lineno > 0 && filename)
        tb_print_source(&o->b, tbv, fn, tb->lineno);
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

/* ---- Chains and exception groups (traceback.TracebackException.format) ---- */

#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10
#define MAX_SEEN 1024

typedef struct {
    StrBuilder *b;
    int depth;        /* exception_group_depth */
    bool need_close;
    Value seen[MAX_SEEN];
    size_t nseen;
} Ctx;

static bool ctx_seen(Ctx *c, Value e)
{
    for (size_t i = 0; i < c->nseen; i++)
        if (c->seen[i] == e)
            return true;
    return false;
}

static void ctx_indent(Ctx *c)
{
    for (int i = 0; i < 2 * c->depth; i++)
        sb_add_char(c->b, ' ');
}

/* Emits every line of the text in o with the context's indent and margin. */
static void ctx_emit(Ctx *c, Out *o, char margin)
{
    Value text = sb_finish(&o->b);
    if (!text) {
        err_clear();
        return;
    }
    StrObj *t = val_as_str(text);
    ssize_t start = 0;
    for (ssize_t i = 0; i <= t->length; i++) {
        if (i == t->length || str_char_at(t, i) == '\n') {
            if (i == t->length && i == start)
                break;
            ctx_indent(c);
            if (c->depth) {
                sb_add_char(c->b, (uint32_t)(margin ? margin : '|'));
                sb_add_char(c->b, ' ');
            }
            for (ssize_t k = start; k < i; k++)
                sb_add_char(c->b, str_char_at(t, k));
            if (i < t->length)
                sb_add_char(c->b, '\n');
            start = i + 1;
        }
    }
    val_decref(text);
    sb_init(&o->b);
}

static void emit_ascii(Ctx *c, const char *s, char margin)
{
    Out o;
    sb_init(&o.b);
    out_ascii(&o, s);
    ctx_emit(c, &o, margin);
}

static void format_exc(Ctx *c, Value exc0, bool chain)
{
    /* The chain, newest first; printed oldest first. */
    Value chainv[64];
    const char *msgs[64];
    size_t n = 0;
    Value exc = exc0;
    if (!ctx_seen(c, exc) && c->nseen < MAX_SEEN)
        c->seen[c->nseen++] = exc;
    while (exc && n < 64) {
        ExcObj *e = (ExcObj *)val_as_obj(exc);
        Value next = VAL_NULL;
        const char *msg = NULL;
        if (chain && e->cause && val_type_has(e->cause, TF_EXC_SUBCLASS) && !ctx_seen(c, e->cause)) {
            next = e->cause;
            msg = "\nThe above exception was the direct cause of the following exception:\n\n";
        } else if (chain && e->context && !e->suppress_context &&
                   val_type_has(e->context, TF_EXC_SUBCLASS) && !ctx_seen(c, e->context)) {
            next = e->context;
            msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
        }
        chainv[n] = exc;
        msgs[n] = msg;
        n++;
        if (next && c->nseen < MAX_SEEN)
            c->seen[c->nseen++] = next;
        exc = next;
    }
    for (size_t k = n; k-- > 0;) {
        Value x = chainv[k];
        ExcObj *e = (ExcObj *)val_as_obj(x);
        Out o;
        sb_init(&o.b);
        if (!val_isinstance_type(x, &Exc_BaseExceptionGroup)) {
            if (e->traceback) {
                print_tb(&o, e->traceback);
                ctx_emit(c, &o, 0);
            }
            print_exception_line(&o, x);
            ctx_emit(c, &o, 0);
        } else if (c->depth > MAX_GROUP_DEPTH) {
            char buf[64];
            snprintf(buf, sizeof buf, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
            out_ascii(&o, buf);
            ctx_emit(c, &o, 0);
        } else {
            bool toplevel = c->depth == 0;
            if (toplevel)
                c->depth++;
            if (e->traceback) {
                out_ascii(&o, "Exception Group Traceback (most recent call last):\n");
                ctx_emit(c, &o, toplevel ? '+' : 0);
                /* print_tb starts with its own header line: skip it */
                Out t;
                sb_init(&t.b);
                print_tb(&t, e->traceback);
                Value all = sb_finish(&t.b);
                if (all) {
                    StrObj *as = val_as_str(all);
                    ssize_t nl = 0;
                    while (nl < as->length && str_char_at(as, nl) != '\n')
                        nl++;
                    Value rest = str_substr(as, nl + 1, as->length);
                    if (rest) {
                        sb_add_str(&o.b, rest);
                        val_decref(rest);
                    }
                    val_decref(all);
                }
                ctx_emit(c, &o, 0);
            }
            print_exception_line(&o, x);
            ctx_emit(c, &o, 0);
            Value excs = ((ExcFields *)val_as_obj(x))->f[1];
            ssize_t num = val_is_tuple(excs) ? tuple_size(val_as_obj(excs)) : 0;
            ssize_t shown = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
            c->need_close = false;
            for (ssize_t i = 0; i < shown; i++) {
                bool last = i == shown - 1;
                if (last)
                    c->need_close = true;
                bool truncated = i >= MAX_GROUP_WIDTH;
                char title[32];
                if (truncated)
                    snprintf(title, sizeof title, "...");
                else
                    snprintf(title, sizeof title, "%zd", i + 1);
                ctx_indent(c);
                sb_add_ascii(c->b, i == 0 ? "+-" : "  ");
                sb_add_ascii(c->b, "+---------------- ");
                sb_add_ascii(c->b, title);
                sb_add_ascii(c->b, " ----------------\n");
                c->depth++;
                if (!truncated) {
                    format_exc(c, tuple_get(val_as_obj(excs), i), chain);
                } else {
                    char buf[80];
                    ssize_t remaining = num - MAX_GROUP_WIDTH;
                    snprintf(buf, sizeof buf, "and %zd more exception%s\n", remaining,
                             remaining > 1 ? "s" : "");
                    emit_ascii(c, buf, 0);
                }
                if (last && c->need_close) {
                    ctx_indent(c);
                    sb_add_ascii(c->b, "+------------------------------------\n");
                    c->need_close = false;
                }
                c->depth--;
            }
            if (toplevel)
                c->depth = 0;
        }
        if (k > 0 && msgs[k - 1])
            emit_ascii(c, msgs[k - 1], 0);
    }
}

Value exc_format(Value exc)
{
    StrBuilder b;
    sb_init(&b);
    Ctx *c = mem_calloc(1, sizeof(Ctx));
    if (!c)
        return err_no_memory();
    c->b = &b;
    Value saved = err_fetch();
    format_exc(c, exc, true);
    err_restore(saved);
    mem_free(c);
    return sb_finish(&b);
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
