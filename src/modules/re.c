/* The re module: Pattern objects (compile with a cache, match, search,
 * fullmatch, findall, finditer, sub, subn, split), the module-level
 * functions, escape, flags and re.error, over src/runtime/regex. Match
 * objects are in re_match.c. */
#include <stdio.h>
#include <string.h>

#include "modules/builtins.h"
#include "modules/re_internal.h"
#include "objects/bytesobj.h"
#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/exc_internal.h"
#include "objects/intobj.h"
#include "objects/listobj.h"
#include "objects/module.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "objects/type_internal.h"
#include "mutex.h"
#include "tstate.h"

/* ---- subjects --------------------------------------------------------------------- */

int subject_get(Value s, bool want_bytes, Subject *out)
{
    memset(out, 0, sizeof *out);
    if (val_is_str(s)) {
        if (want_bytes) {
            err_set(&Exc_TypeError, "cannot use a bytes pattern on a string-like object");
            return -1;
        }
        StrObj *so = val_as_str(s);
        out->len = (size_t)so->length;
        if (so->kind == 4) {
            out->cp = str_data(so);
        } else {
            out->owned = str_to_ucs4(so);
            if (!out->owned && so->length) {
                err_no_memory();
                return -1;
            }
            out->cp = out->owned;
        }
        return 0;
    }
    const uint8_t *d;
    ssize_t n;
    if (buffer_get(s, &d, &n) < 0) {
        err_clear();
        err_set(&Exc_TypeError, "expected string or bytes-like object, got '%s'", type_name(val_type(s)));
        return -1;
    }
    if (!want_bytes) {
        err_set(&Exc_TypeError, "cannot use a string pattern on a bytes-like object");
        return -1;
    }
    out->owned = mem_alloc(((size_t)n + 1) * sizeof(uint32_t));
    if (!out->owned) {
        err_no_memory();
        return -1;
    }
    for (ssize_t i = 0; i < n; i++)
        out->owned[i] = d[i];
    out->cp = out->owned;
    out->len = (size_t)n;
    out->bytes = true;
    return 0;
}

void subject_free(Subject *s)
{
    mem_free(s->owned);
    s->owned = NULL;
}

Value subject_slice(Value string, const Subject *sub, ssize_t start, ssize_t end)
{
    if (start < 0 || end < start)
        return VAL_NONE;
    if (val_is_str(string))
        return str_substr(val_as_str(string), start, end);
    if (val_is_bytes(string))
        return bytes_from_data(bytes_data(val_as_bytes(string)) + start, end - start);
    /* other bytes-likes: CPython slices the object itself */
    uint8_t *tmp = mem_alloc((size_t)(end - start) + 1);
    if (!tmp)
        return err_no_memory();
    for (ssize_t i = start; i < end; i++)
        tmp[i - start] = (uint8_t)sub->cp[i];
    Value r = bytes_from_data(tmp, end - start);
    mem_free(tmp);
    return r;
}

int re_check_interrupt(void *arg)
{
    ThreadState *ts = ts_current;
    if (ts && ts_breaker_pending(ts))
        ts_safe_point(ts);
    return 0;
}

static const RegexHooks hooks = {re_check_interrupt, NULL};

/* ---- re.error ------------------------------------------------------------------------- */

void re_raise(const RegexError *e, Value pattern)
{
    Value msg = str_from_cstr(e->msg);
    if (!msg)
        return;
    Value pos = e->pos >= 0 ? int_from_i64(e->pos) : VAL_NONE;
    Value args[3] = {msg, pattern ? pattern : VAL_NONE, pos};
    Value exc = obj_call((Value)&Exc_ReError, args, 3, NULL);
    val_decref(msg);
    val_decref(pos);
    if (exc)
        err_restore(exc);
}

/* re.error(msg, pattern=None, pos=None): msg, pattern, pos, lineno, colno
 * in the ExcFields layout (f0..f4). */
static int reerror_init(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"msg", "pattern", "pos"};
    static const ArgSpec spec = {"error", names, 3, 0, 1, 3};
    Value a[3];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return -1;
    ExcFields *f = (ExcFields *)val_as_obj(self);
    Value pattern = a[1] ? a[1] : VAL_NONE, pos = a[2] ? a[2] : VAL_NONE;
    Value full = val_ref(a[0]);
    Value lineno = VAL_NONE, colno = VAL_NONE;
    if (pos != VAL_NONE && pattern != VAL_NONE && val_is_int(pos)) {
        int64_t p = val_as_int(pos), line = 1, col = 1;
        bool is_str = val_is_str(pattern);
        Subject sub;
        if (subject_get(pattern, !is_str, &sub) == 0) {
            for (int64_t i = 0; i < p && (size_t)i < sub.len; i++) {
                if (sub.cp[i] == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            subject_free(&sub);
        } else {
            err_clear();
        }
        lineno = val_from_int(line);
        colno = val_from_int(col);
        Value nf = line > 1 ? str_printf("%S at position %S (line %lld, column %lld)", a[0], pos,
                                         (long long)line, (long long)col)
                            : str_printf("%S at position %S", a[0], pos);
        if (!nf) {
            val_decref(full);
            return -1;
        }
        val_replace(&full, nf);
    }
    Object *t = tuple_pack(1, full);
    val_decref(full);
    if (!t)
        return -1;
    val_replace(&f->base.args, (Value)t);
    val_replace(&f->f[0], val_ref(a[0]));
    val_replace(&f->f[1], val_ref(pattern));
    val_replace(&f->f[2], val_ref(pos));
    val_replace(&f->f[3], lineno);
    val_replace(&f->f[4], colno);
    return 0;
}

static const MemberDef reerror_members[] = {
    {"msg", offsetof(ExcFields, f) + 0 * sizeof(Value), MEMBER_NULL_IS_NONE, NULL},
    {"pattern", offsetof(ExcFields, f) + 1 * sizeof(Value), MEMBER_NULL_IS_NONE, NULL},
    {"pos", offsetof(ExcFields, f) + 2 * sizeof(Value), MEMBER_NULL_IS_NONE, NULL},
    {"lineno", offsetof(ExcFields, f) + 3 * sizeof(Value), MEMBER_NULL_IS_NONE, NULL},
    {"colno", offsetof(ExcFields, f) + 4 * sizeof(Value), MEMBER_NULL_IS_NONE, NULL},
    {0},
};

Type Exc_ReError = {
    TYPE_HEADER("re.PatternError", NULL),
    .tflags = TF_BASETYPE,
    .base = &Exc_Exception,
    .basicsize = sizeof(ExcFields),
    .init = reerror_init,
    .members = reerror_members,
    .doc = "Exception raised for invalid regular expressions.",
};

/* ---- Pattern -------------------------------------------------------------------------- */

#define PAT(v) ((PatternObj *)val_as_obj(v))

static void pattern_dealloc(Object *o)
{
    PatternObj *p = (PatternObj *)o;
    if (p->rx)
        regex_free(p->rx);
    val_clear(&p->pattern);
    val_clear(&p->groupindex);
    obj_free(o);
}

static Value pattern_compile_uncached(Value pattern, int flags)
{
    bool is_str = val_is_str(pattern);
    if (!is_str && buffer_check(pattern) <= 0) {
        err_set(&Exc_TypeError, "first argument must be string or compiled pattern");
        return VAL_NULL;
    }
    if ((flags & REGEX_ASCII) && (flags & REGEX_UNICODE)) {
        err_set(&Exc_ValueError, "ASCII and UNICODE flags are incompatible");
        return VAL_NULL;
    }
    if (is_str && (flags & REGEX_LOCALE)) {
        err_set(&Exc_ValueError, "cannot use LOCALE flag with a str pattern");
        return VAL_NULL;
    }
    if (!is_str && (flags & REGEX_UNICODE)) {
        err_set(&Exc_ValueError, "cannot use UNICODE flag with a bytes pattern");
        return VAL_NULL;
    }
    if (!is_str && (flags & REGEX_LOCALE) && (flags & REGEX_ASCII)) {
        err_set(&Exc_ValueError, "ASCII and LOCALE flags are incompatible");
        return VAL_NULL;
    }
    Subject sub;
    if (subject_get(pattern, !is_str, &sub) < 0)
        return VAL_NULL;
    RegexError e;
    RegexPattern *rx = regex_compile(sub.cp, sub.len, flags, !is_str, &e);
    subject_free(&sub);
    if (!rx) {
        re_raise(&e, pattern);
        return VAL_NULL;
    }
    PatternObj *p = (PatternObj *)obj_alloc(&Pattern_Type, 0);
    if (!p) {
        regex_free(rx);
        return VAL_NULL;
    }
    p->rx = rx;
    p->pattern = val_is_str(pattern) || val_is_bytes(pattern) ? val_ref(pattern) : bytes_from_object(pattern);
    p->flags = regex_flags(rx);
    p->bytes = !is_str;
    Object *gi = dict_new();
    if (!gi || !p->pattern) {
        obj_xdecref(gi);
        obj_decref(&p->base);
        return VAL_NULL;
    }
    for (int i = 0; i < regex_name_count(rx); i++) {
        size_t len;
        int g;
        const uint32_t *name = regex_group_name(rx, i, &len, &g);
        Value n = str_from_ucs4(name, (ssize_t)len);
        if (!n || dict_set(gi, n, val_from_int(g)) < 0) {
            val_xdecref(n);
            obj_decref(gi);
            obj_decref(&p->base);
            return VAL_NULL;
        }
        val_decref(n);
    }
    p->groupindex = mappingproxy_new((Value)gi);
    obj_decref(gi);
    if (!p->groupindex) {
        obj_decref(&p->base);
        return VAL_NULL;
    }
    return (Value)p;
}

/* A small cache of compiled patterns keyed by (type, pattern, flags), as
 * CPython's re._cache. */
#define RE_CACHE_MAX 512
static Object *re_cache;
static Mutex re_cache_lock;

Value pattern_compile(Value pattern, int flags)
{
    if (val_type(pattern) == &Pattern_Type) {
        if (flags) {
            err_set(&Exc_ValueError, "cannot process flags argument with a compiled pattern");
            return VAL_NULL;
        }
        return val_ref(pattern);
    }
    Object *key = tuple_pack(3, (Value)val_type(pattern), pattern, val_from_int(flags));
    if (!key)
        return VAL_NULL;
    Value hit = VAL_NULL;
    mutex_lock(&re_cache_lock);
    int f = re_cache ? dict_get(re_cache, (Value)key, &hit) : 0;
    mutex_unlock(&re_cache_lock);
    if (f < 0)
        err_clear(); /* unhashable pattern (bytearray): compile without caching */
    if (f > 0) {
        obj_decref(key);
        return hit;
    }
    Value p = pattern_compile_uncached(pattern, flags);
    if (p && f == 0) {
        mutex_lock(&re_cache_lock);
        if (!re_cache)
            re_cache = dict_new();
        if (re_cache) {
            if (dict_len(re_cache) >= RE_CACHE_MAX)
                dict_clear(re_cache);
            if (dict_set(re_cache, (Value)key, p) < 0)
                err_clear();
        }
        mutex_unlock(&re_cache_lock);
    }
    obj_decref(key);
    return p;
}

/* Clamps pos/endpos as CPython's state_init. */
static void clamp(ssize_t len, Value vpos, Value vend, ssize_t *pos, ssize_t *endpos)
{
    *pos = vpos ? obj_as_ssize(vpos, NULL) : 0;
    *endpos = vend ? obj_as_ssize(vend, NULL) : len;
    if (*pos < 0)
        *pos = 0;
    if (*pos > len)
        *pos = len;
    if (*endpos < 0)
        *endpos = 0;
    if (*endpos > len)
        *endpos = len;
}

static Value do_match(Value self, const Value *args, size_t nargs, Object *kw, int mode,
                      const char *fname)
{
    static const char *const names[] = {"string", "pos", "endpos"};
    ArgSpec spec = {fname, names, 3, 0, 1, 3};
    Value a[3];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    PatternObj *p = PAT(self);
    Subject sub;
    if (subject_get(a[0], p->bytes, &sub) < 0)
        return VAL_NULL;
    ssize_t pos, endpos;
    clamp((ssize_t)sub.len, a[1], a[2], &pos, &endpos);
    if (err_occurred()) {
        subject_free(&sub);
        return VAL_NULL;
    }
    int ng = regex_groups(p->rx) + 1;
    ssize_t small[32];
    ssize_t *spans = 2 * ng <= 32 ? small : mem_alloc(2 * (size_t)ng * sizeof(ssize_t));
    RegexResult res = {spans, -1};
    int r = spans ? regex_exec(p->rx, sub.cp, sub.len, (size_t)pos, (size_t)endpos, mode, &res, &hooks)
                  : REGEX_NOMEM;
    Value out;
    if (r == REGEX_FOUND)
        out = match_new(p, a[0], &res, pos, endpos);
    else if (r == REGEX_NOMATCH)
        out = VAL_NONE;
    else
        out = r == REGEX_NOMEM ? err_no_memory() : (err_occurred() ? VAL_NULL : VAL_NONE);
    if (spans != small)
        mem_free(spans);
    subject_free(&sub);
    return out;
}

static Value pattern_match(Value self, const Value *args, size_t nargs, Object *kw)
{
    return do_match(self, args, nargs, kw, REGEX_MATCH, "match");
}
static Value pattern_fullmatch(Value self, const Value *args, size_t nargs, Object *kw)
{
    return do_match(self, args, nargs, kw, REGEX_FULLMATCH, "fullmatch");
}
static Value pattern_search(Value self, const Value *args, size_t nargs, Object *kw)
{
    return do_match(self, args, nargs, kw, REGEX_SEARCH, "search");
}

/* Runs every match of p over the subject, calling fn for each. */
typedef int (*EachFn)(void *ctx, const RegexResult *res);

static int each_match(PatternObj *p, const Subject *sub, ssize_t pos, ssize_t endpos, EachFn fn,
                      void *ctx)
{
    int ng = regex_groups(p->rx) + 1;
    ssize_t *spans = mem_alloc(2 * (size_t)ng * sizeof(ssize_t));
    if (!spans) {
        err_no_memory();
        return -1;
    }
    RegexIter it;
    regex_iter_init(&it, p->rx, sub->cp, sub->len, (size_t)pos, (size_t)endpos);
    int rc = 0;
    for (;;) {
        RegexResult res = {spans, -1};
        int r = regex_iter_next(&it, &res, &hooks);
        if (r == REGEX_NOMATCH)
            break;
        if (r != REGEX_FOUND) {
            if (r == REGEX_NOMEM)
                err_no_memory();
            rc = -1;
            break;
        }
        int c = fn(ctx, &res);
        if (c != 0) {
            rc = c < 0 ? -1 : 0;
            break;
        }
    }
    mem_free(spans);
    return rc;
}

typedef struct {
    PatternObj *p;
    Value string;
    const Subject *sub;
    Object *out;
} FindallCtx;

static int findall_one(void *vctx, const RegexResult *res)
{
    FindallCtx *c = vctx;
    int groups = regex_groups(c->p->rx);
    Value item;
    if (groups <= 1) {
        int g = groups == 0 ? 0 : 1;
        ssize_t s = res->spans[2 * g], e = res->spans[2 * g + 1];
        item = s < 0 ? subject_slice(c->string, c->sub, 0, 0) : subject_slice(c->string, c->sub, s, e);
    } else {
        Object *t = tuple_new(groups);
        if (!t)
            return -1;
        for (int g = 1; g <= groups; g++) {
            ssize_t s = res->spans[2 * g], e = res->spans[2 * g + 1];
            Value v = s < 0 ? subject_slice(c->string, c->sub, 0, 0) : subject_slice(c->string, c->sub, s, e);
            if (!v) {
                obj_decref(t);
                return -1;
            }
            tuple_items(t)[g - 1] = v;
        }
        item = (Value)t;
    }
    if (!item)
        return -1;
    int r = list_append(c->out, item);
    val_decref(item);
    return r < 0 ? -1 : 0;
}

static Value pattern_findall(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"string", "pos", "endpos"};
    static const ArgSpec spec = {"findall", names, 3, 0, 1, 3};
    Value a[3];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    PatternObj *p = PAT(self);
    Subject sub;
    if (subject_get(a[0], p->bytes, &sub) < 0)
        return VAL_NULL;
    ssize_t pos, endpos;
    clamp((ssize_t)sub.len, a[1], a[2], &pos, &endpos);
    Object *out = list_new(0);
    FindallCtx c = {p, a[0], &sub, out};
    int r = out ? each_match(p, &sub, pos, endpos, findall_one, &c) : -1;
    subject_free(&sub);
    if (r < 0) {
        obj_xdecref(out);
        return VAL_NULL;
    }
    return (Value)out;
}

typedef struct {
    PatternObj *p;
    Value string;
    Object *out;
    ssize_t pos, endpos;
} FinditerCtx;

static int finditer_one(void *vctx, const RegexResult *res)
{
    FinditerCtx *c = vctx;
    Value m = match_new(c->p, c->string, res, c->pos, c->endpos);
    if (!m)
        return -1;
    int r = list_append(c->out, m);
    val_decref(m);
    return r < 0 ? -1 : 0;
}

/* finditer: the matches are found eagerly (the engine needs a stable
 * subject array) and handed out by an iterator. */
static Value pattern_finditer(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"string", "pos", "endpos"};
    static const ArgSpec spec = {"finditer", names, 3, 0, 1, 3};
    Value a[3];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    PatternObj *p = PAT(self);
    Subject sub;
    if (subject_get(a[0], p->bytes, &sub) < 0)
        return VAL_NULL;
    ssize_t pos, endpos;
    clamp((ssize_t)sub.len, a[1], a[2], &pos, &endpos);
    Object *out = list_new(0);
    FinditerCtx c = {p, a[0], out, pos, endpos};
    int r = out ? each_match(p, &sub, pos, endpos, finditer_one, &c) : -1;
    subject_free(&sub);
    if (r < 0) {
        obj_xdecref(out);
        return VAL_NULL;
    }
    Value it = obj_iter((Value)out);
    obj_decref(out);
    return it;
}

/* ---- sub / subn -------------------------------------------------------------------- */

typedef struct {
    PatternObj *p;
    Value string;
    const Subject *sub;
    Value repl;           /* callable, or VAL_NULL for a template */
    RegexTemplate *tmpl;
    Object *pieces;       /* list of str/bytes pieces */
    ssize_t last;         /* end of the previous match */
    ssize_t count, max;
    ssize_t pos, endpos;
} SubCtx;

static int add_piece(SubCtx *c, Value v)
{
    if (!v)
        return -1;
    int r = list_append(c->pieces, v);
    val_decref(v);
    return r;
}

Value re_template_expand(PatternObj *p, Value string, const Subject *sub, const RegexTemplate *t,
                         const ssize_t *spans)
{
    Object *parts = list_new(0);
    if (!parts)
        return VAL_NULL;
    for (size_t i = 0; i < t->nitems; i++) {
        const RegexTemplateItem *it = &t->items[i];
        Value v;
        if (it->group < 0) {
            if (p->bytes) {
                uint8_t *tmp = mem_alloc(it->len + 1);
                for (size_t k = 0; tmp && k < it->len; k++)
                    tmp[k] = (uint8_t)t->text[it->start + k];
                v = tmp ? bytes_from_data(tmp, (ssize_t)it->len) : err_no_memory();
                mem_free(tmp);
            } else {
                v = str_from_ucs4(t->text + it->start, (ssize_t)it->len);
            }
        } else {
            ssize_t s = spans[2 * it->group], e = spans[2 * it->group + 1];
            v = s < 0 ? subject_slice(string, sub, 0, 0) : subject_slice(string, sub, s, e);
        }
        if (!v || list_append(parts, v) < 0) {
            val_xdecref(v);
            obj_decref(parts);
            return VAL_NULL;
        }
        val_decref(v);
    }
    Value empty = p->bytes ? bytes_empty() : str_empty();
    Value r = obj_call_method_cstr(empty, "join", (Value[]){(Value)parts}, 1);
    val_decref(empty);
    obj_decref(parts);
    return r;
}

static int sub_one(void *vctx, const RegexResult *res)
{
    SubCtx *c = vctx;
    if (c->max > 0 && c->count >= c->max)
        return 1;
    ssize_t s = res->spans[0], e = res->spans[1];
    if (add_piece(c, subject_slice(c->string, c->sub, c->last, s)) < 0)
        return -1;
    Value r;
    if (c->repl) {
        Value m = match_new(c->p, c->string, res, c->pos, c->endpos);
        if (!m)
            return -1;
        r = obj_call1(c->repl, m);
        val_decref(m);
        if (!r)
            return -1;
        bool ok = c->p->bytes ? buffer_check(r) > 0 : val_is_str(r);
        if (!ok) {
            err_set(&Exc_TypeError, "expected %s instance, %s found", c->p->bytes ? "a bytes-like object" : "str",
                    type_name(val_type(r)));
            val_decref(r);
            return -1;
        }
    } else {
        r = re_template_expand(c->p, c->string, c->sub, c->tmpl, res->spans);
    }
    if (add_piece(c, r) < 0)
        return -1;
    c->last = e;
    c->count++;
    return 0;
}

static Value do_sub(PatternObj *p, Value repl, Value string, Value vcount, bool subn)
{
    Subject sub;
    if (subject_get(string, p->bytes, &sub) < 0)
        return VAL_NULL;
    ssize_t max = vcount ? obj_as_ssize(vcount, &Exc_OverflowError) : 0;
    if (max == -1 && err_occurred()) {
        subject_free(&sub);
        return VAL_NULL;
    }
    SubCtx c = {p, string, &sub, VAL_NULL, NULL, list_new(0), 0, 0, max, 0, (ssize_t)sub.len};
    RegexTemplate tmpl = {0};
    Value result = VAL_NULL;
    if (!c.pieces)
        goto out;
    if (val_type(repl)->call && !val_is_str(repl) && !val_type_has(repl, TF_BYTES_SUBCLASS)) {
        c.repl = repl;
    } else {
        Subject rs;
        if (subject_get(repl, p->bytes, &rs) < 0)
            goto out;
        RegexError e;
        bool ok = regex_template_parse(p->rx, rs.cp, rs.len, p->bytes, &tmpl, &e);
        subject_free(&rs);
        if (!ok) {
            re_raise(&e, repl);
            goto out;
        }
        c.tmpl = &tmpl;
    }
    if (each_match(p, &sub, 0, (ssize_t)sub.len, sub_one, &c) < 0)
        goto out;
    if (add_piece(&c, subject_slice(string, &sub, c.last, (ssize_t)sub.len)) < 0)
        goto out;
    {
        Value empty = p->bytes ? bytes_empty() : str_empty();
        Value joined = obj_call_method_cstr(empty, "join", (Value[]){(Value)c.pieces}, 1);
        val_decref(empty);
        if (!joined)
            goto out;
        if (subn) {
            result = (Value)tuple_pack(2, joined, val_from_int(c.count));
            val_decref(joined);
        } else {
            result = joined;
        }
    }
out:
    if (c.tmpl)
        regex_template_free(&tmpl);
    obj_xdecref(c.pieces);
    subject_free(&sub);
    return result;
}

static Value pattern_sub_common(Value self, const Value *args, size_t nargs, Object *kw, bool subn)
{
    static const char *const names[] = {"repl", "string", "count"};
    ArgSpec spec = {subn ? "subn" : "sub", names, 3, 0, 2, 3};
    Value a[3];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    return do_sub(PAT(self), a[0], a[1], a[2], subn);
}

static Value pattern_sub(Value self, const Value *args, size_t nargs, Object *kw)
{
    return pattern_sub_common(self, args, nargs, kw, false);
}
static Value pattern_subn(Value self, const Value *args, size_t nargs, Object *kw)
{
    return pattern_sub_common(self, args, nargs, kw, true);
}

/* ---- split ------------------------------------------------------------------------ */

typedef struct {
    PatternObj *p;
    Value string;
    const Subject *sub;
    Object *out;
    ssize_t last, count, max;
} SplitCtx;

static int split_one(void *vctx, const RegexResult *res)
{
    SplitCtx *c = vctx;
    if (c->max > 0 && c->count >= c->max)
        return 1;
    Value piece = subject_slice(c->string, c->sub, c->last, res->spans[0]);
    if (!piece || list_append(c->out, piece) < 0) {
        val_xdecref(piece);
        return -1;
    }
    val_decref(piece);
    int groups = regex_groups(c->p->rx);
    for (int g = 1; g <= groups; g++) {
        ssize_t s = res->spans[2 * g], e = res->spans[2 * g + 1];
        Value v = s < 0 ? VAL_NONE : subject_slice(c->string, c->sub, s, e);
        if (!v || list_append(c->out, v) < 0) {
            val_xdecref(v);
            return -1;
        }
        val_decref(v);
    }
    c->last = res->spans[1];
    c->count++;
    return 0;
}

static Value do_split(PatternObj *p, Value string, Value vmax)
{
    Subject sub;
    if (subject_get(string, p->bytes, &sub) < 0)
        return VAL_NULL;
    ssize_t max = vmax ? obj_as_ssize(vmax, &Exc_OverflowError) : 0;
    if (max == -1 && err_occurred()) {
        subject_free(&sub);
        return VAL_NULL;
    }
    SplitCtx c = {p, string, &sub, list_new(0), 0, 0, max};
    Value result = VAL_NULL;
    if (c.out && (max < 0 || each_match(p, &sub, 0, (ssize_t)sub.len, split_one, &c) == 0)) {
        Value rest = subject_slice(string, &sub, c.last, (ssize_t)sub.len);
        if (rest && list_append(c.out, rest) == 0)
            result = val_ref((Value)c.out);
        val_xdecref(rest);
    }
    obj_xdecref(c.out);
    subject_free(&sub);
    return result;
}

static Value pattern_split(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"string", "maxsplit"};
    static const ArgSpec spec = {"split", names, 2, 0, 1, 2};
    Value a[2];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    return do_split(PAT(self), a[0], a[1]);
}

/* ---- Pattern attributes ----------------------------------------------------------------- */

static const struct { int flag; const char *name; } flag_names[] = {
    {REGEX_IGNORECASE, "re.IGNORECASE"}, {REGEX_LOCALE, "re.LOCALE"},
    {REGEX_MULTILINE, "re.MULTILINE"}, {REGEX_DOTALL, "re.DOTALL"},
    {REGEX_UNICODE, "re.UNICODE"}, {REGEX_VERBOSE, "re.VERBOSE"},
    {128, "re.DEBUG"}, {REGEX_ASCII, "re.ASCII"},
};

static Value pattern_repr(Value self)
{
    PatternObj *p = PAT(self);
    StrBuilder b;
    sb_init(&b);
    sb_add_ascii(&b, "re.compile(");
    Value pr = obj_repr(p->pattern);
    if (!pr) {
        sb_discard(&b);
        return VAL_NULL;
    }
    /* CPython cuts very long patterns at 200 characters */
    if (str_len(val_as_str(pr)) > 200) {
        Value cut = str_substr(val_as_str(pr), 0, 200);
        val_decref(pr);
        pr = cut;
        if (!pr) {
            sb_discard(&b);
            return VAL_NULL;
        }
    }
    sb_add_str(&b, pr);
    val_decref(pr);
    int flags = p->flags;
    if (!p->bytes)
        flags &= ~REGEX_UNICODE; /* implied for str patterns */
    if (flags) {
        sb_add_ascii(&b, ", ");
        bool first = true;
        for (size_t i = 0; i < sizeof flag_names / sizeof *flag_names; i++) {
            if (flags & flag_names[i].flag) {
                if (!first)
                    sb_add_char(&b, '|');
                sb_add_ascii(&b, flag_names[i].name);
                first = false;
                flags &= ~flag_names[i].flag;
            }
        }
        if (flags) {
            char buf[32];
            snprintf(buf, sizeof buf, "%s0x%x", first ? "" : "|", flags);
            sb_add_ascii(&b, buf);
        }
    }
    sb_add_char(&b, ')');
    return sb_finish(&b);
}

static Value pattern_richcompare(Value a, Value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || val_type(b) != &Pattern_Type)
        return VAL_NOTIMPL;
    PatternObj *x = PAT(a), *y = PAT(b);
    int eq = x->flags == y->flags && x->bytes == y->bytes;
    if (eq)
        eq = obj_richcompare_bool(x->pattern, y->pattern, CMP_EQ);
    if (eq < 0)
        return VAL_NULL;
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static hash_t pattern_hash(Value self)
{
    hash_t h = obj_hash(PAT(self)->pattern);
    if (h == -1)
        return -1;
    h = h * 1000003 ^ PAT(self)->flags;
    return h == -1 ? -2 : h;
}

static Value pattern_get_pattern(Value self, void *c) { return val_ref(PAT(self)->pattern); }
static Value pattern_get_flags(Value self, void *c) { return val_from_int(PAT(self)->flags); }
static Value pattern_get_groups(Value self, void *c) { return val_from_int(regex_groups(PAT(self)->rx)); }
static Value pattern_get_groupindex(Value self, void *c) { return val_ref(PAT(self)->groupindex); }

static const GetSetDef pattern_getsets[] = {
    {"pattern", pattern_get_pattern, NULL, NULL, NULL},
    {"flags", pattern_get_flags, NULL, NULL, NULL},
    {"groups", pattern_get_groups, NULL, NULL, NULL},
    {"groupindex", pattern_get_groupindex, NULL, NULL, NULL},
    {0},
};

static Value pattern_copy(Value self, const Value *args, size_t nargs, Object *kw) { return val_ref(self); }

static const MethodDef pattern_methods[] = {
    {"match", pattern_match, 0, NULL},
    {"fullmatch", pattern_fullmatch, 0, NULL},
    {"search", pattern_search, 0, NULL},
    {"findall", pattern_findall, 0, NULL},
    {"finditer", pattern_finditer, 0, NULL},
    {"sub", pattern_sub, 0, NULL},
    {"subn", pattern_subn, 0, NULL},
    {"split", pattern_split, 0, NULL},
    {"__copy__", pattern_copy, 0, NULL},
    {"__deepcopy__", pattern_copy, 0, NULL},
    {0},
};

Type Pattern_Type = {
    TYPE_HEADER("re.Pattern", pattern_dealloc),
    .basicsize = sizeof(PatternObj),
    .repr = pattern_repr,
    .richcompare = pattern_richcompare,
    .hash = pattern_hash,
    .methods = pattern_methods,
    .getsets = pattern_getsets,
};

/* ---- module functions ------------------------------------------------------------------ */

static int flags_arg(Value v, int *out)
{
    if (!v) {
        *out = 0;
        return 0;
    }
    int64_t f;
    Value i = obj_index(v);
    if (!i)
        return -1;
    int r = int_as_i64(i, &f);
    val_decref(i);
    *out = (int)f;
    return r;
}

static Value with_pattern(const char *fname, const Value *args, size_t nargs, Object *kw,
                          const char *const *names, int count, int nreq, int flags_at,
                          Value (*method)(Value, const Value *, size_t, Object *))
{
    ArgSpec spec = {fname, names, (uint8_t)count, 0, (uint8_t)nreq, (uint8_t)count};
    Value a[5];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    int flags;
    if (flags_arg(a[flags_at], &flags) < 0)
        return VAL_NULL;
    Value p = pattern_compile(a[0], flags);
    if (!p)
        return VAL_NULL;
    Value margs[3];
    size_t n = 0;
    for (int i = 1; i < flags_at; i++)
        if (a[i])
            margs[n++] = a[i];
    Value r = method(p, margs, n, NULL);
    val_decref(p);
    return r;
}

static Value re_compile(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"pattern", "flags"};
    static const ArgSpec spec = {"compile", names, 2, 0, 1, 2};
    Value a[2];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    int flags;
    if (flags_arg(a[1], &flags) < 0)
        return VAL_NULL;
    return pattern_compile(a[0], flags);
}

#define MATCHLIKE(fn, pyname, method)                                                          \
    static Value fn(Value self, const Value *args, size_t nargs, Object *kw)                   \
    {                                                                                          \
        static const char *const names[] = {"pattern", "string", "flags"};                     \
        return with_pattern(pyname, args, nargs, kw, names, 3, 2, 2, method);                  \
    }
MATCHLIKE(re_match, "match", pattern_match)
MATCHLIKE(re_fullmatch, "fullmatch", pattern_fullmatch)
MATCHLIKE(re_search, "search", pattern_search)
MATCHLIKE(re_findall, "findall", pattern_findall)
MATCHLIKE(re_finditer, "finditer", pattern_finditer)

static Value re_sub_common(const Value *args, size_t nargs, Object *kw, bool subn)
{
    static const char *const names[] = {"pattern", "repl", "string", "count", "flags"};
    ArgSpec spec = {subn ? "subn" : "sub", names, 5, 0, 3, 5};
    Value a[5];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    int flags;
    if (flags_arg(a[4], &flags) < 0)
        return VAL_NULL;
    Value p = pattern_compile(a[0], flags);
    if (!p)
        return VAL_NULL;
    Value r = do_sub(PAT(p), a[1], a[2], a[3], subn);
    val_decref(p);
    return r;
}

static Value re_sub(Value self, const Value *args, size_t nargs, Object *kw)
{
    return re_sub_common(args, nargs, kw, false);
}
static Value re_subn(Value self, const Value *args, size_t nargs, Object *kw)
{
    return re_sub_common(args, nargs, kw, true);
}

static Value re_split(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"pattern", "string", "maxsplit", "flags"};
    static const ArgSpec spec = {"split", names, 4, 0, 2, 4};
    Value a[4];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    int flags;
    if (flags_arg(a[3], &flags) < 0)
        return VAL_NULL;
    Value p = pattern_compile(a[0], flags);
    if (!p)
        return VAL_NULL;
    Value r = do_split(PAT(p), a[1], a[2]);
    val_decref(p);
    return r;
}

/* re.escape: every character except ASCII letters, digits and '_' that is
 * special in a pattern gets a backslash (CPython 3.7+'s set). */
static bool needs_escape(uint32_t c)
{
    return c < 128 && strchr("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", (int)c) && c != 0;
}

static Value re_escape(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"pattern"};
    static const ArgSpec spec = {"escape", names, 1, 0, 1, 1};
    Value a[1];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    bool is_str = val_is_str(a[0]);
    Subject s;
    if (subject_get(a[0], !is_str, &s) < 0)
        return VAL_NULL;
    uint32_t *out = mem_alloc((2 * s.len + 1) * sizeof(uint32_t));
    if (!out) {
        subject_free(&s);
        return err_no_memory();
    }
    size_t n = 0;
    for (size_t i = 0; i < s.len; i++) {
        if (needs_escape(s.cp[i]))
            out[n++] = '\\';
        out[n++] = s.cp[i];
    }
    Value r;
    if (is_str) {
        r = str_from_ucs4(out, (ssize_t)n);
    } else {
        uint8_t *b = mem_alloc(n + 1);
        for (size_t i = 0; b && i < n; i++)
            b[i] = (uint8_t)out[i];
        r = b ? bytes_from_data(b, (ssize_t)n) : err_no_memory();
        mem_free(b);
    }
    mem_free(out);
    subject_free(&s);
    return r;
}

static Value re_purge(Value self, const Value *args, size_t nargs, Object *kw)
{
    mutex_lock(&re_cache_lock);
    if (re_cache)
        dict_clear(re_cache);
    mutex_unlock(&re_cache_lock);
    return VAL_NONE;
}

static const MethodDef re_functions[] = {
    {"compile", re_compile, 0, NULL},
    {"match", re_match, 0, NULL},
    {"fullmatch", re_fullmatch, 0, NULL},
    {"search", re_search, 0, NULL},
    {"findall", re_findall, 0, NULL},
    {"finditer", re_finditer, 0, NULL},
    {"sub", re_sub, 0, NULL},
    {"subn", re_subn, 0, NULL},
    {"split", re_split, 0, NULL},
    {"escape", re_escape, 0, NULL},
    {"purge", re_purge, 0, NULL},
    {0},
};

int re_module_init(Value m)
{
    if (type_ready(&Exc_ReError) < 0 || type_ready(&Pattern_Type) < 0 || re_match_init_types() < 0)
        return -1;
    if (module_add_functions(m, re_functions) < 0)
        return -1;
    static const struct { const char *names[2]; int v; } flags[] = {
        {{"A", "ASCII"}, REGEX_ASCII}, {{"I", "IGNORECASE"}, REGEX_IGNORECASE},
        {{"L", "LOCALE"}, REGEX_LOCALE}, {{"M", "MULTILINE"}, REGEX_MULTILINE},
        {{"S", "DOTALL"}, REGEX_DOTALL}, {{"U", "UNICODE"}, REGEX_UNICODE},
        {{"X", "VERBOSE"}, REGEX_VERBOSE}, {{"DEBUG", "DEBUG"}, 128}, {{"NOFLAG", "NOFLAG"}, 0},
    };
    for (size_t i = 0; i < sizeof flags / sizeof *flags; i++)
        for (int k = 0; k < 2; k++)
            if (module_add(m, flags[i].names[k], val_from_int(flags[i].v)) < 0)
                return -1;
    if (module_add(m, "error", (Value)&Exc_ReError) < 0 ||
        module_add(m, "PatternError", (Value)&Exc_ReError) < 0 ||
        module_add(m, "Pattern", (Value)&Pattern_Type) < 0 ||
        module_add(m, "Match", (Value)&Match_Type) < 0)
        return -1;
    Value all = str_from_cstr("0.0.1");
    int r = all ? module_add(m, "__version__", all) : -1;
    val_xdecref(all);
    return r;
}
