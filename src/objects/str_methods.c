/* str's searching and splitting methods (find, count, startswith, replace,
 * split, strip, partition, join, ...) over strops, run on the string's own
 * 1/2/4-byte representation, and the table of every str method. */
#include <stdio.h>

#include "critical_section.h"
#include "intobj.h"
#include "listobj.h"
#include "str_internal.h"
#include "tupleobj.h"

/* ---- argument helpers ----------------------------------------------------- */

bool str_slice_bound(Value v, int64_t *out)
{
    if (!v || v == VAL_NONE) {
        *out = STROPS_NONE;
        return true;
    }
    if (val_is_int(v)) {
        *out = val_as_int(v);
        return true;
    }
    if (!val_type(v)->index) {
        err_set(&Exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    Value i = obj_index(v);
    if (!i)
        return false;
    int64_t x;
    if (int_as_i64(i, &x) < 0) {
        err_clear();
        x = int_sign(i) < 0 ? -INT64_MAX : INT64_MAX;
    }
    val_decref(i);
    *out = x == INT64_MIN ? -INT64_MAX : x;
    return true;
}

/* A str argument: TypeError "must be str, not X" otherwise. */
static bool want_str(Value v)
{
    if (val_is_str(v))
        return true;
    err_set(&Exc_TypeError, "must be str, not %s", arg_type_name(v));
    return false;
}

/* (sub[, start[, end]]) of find/count/index/startswith... */
static bool find_args(const char *fname, const Value *args, size_t nargs, Object *kwnames,
                      int64_t *start, int64_t *end)
{
    if (args_no_kw(fname, kwnames) < 0 || args_count(fname, nargs, 1, 3) < 0)
        return false;
    return str_slice_bound(nargs > 1 ? args[1] : VAL_NULL, start) &&
           str_slice_bound(nargs > 2 ? args[2] : VAL_NULL, end);
}

/* ssize_t of an index argument ("maxsplit", "count", "width"). */
static bool index_arg(Value v, ssize_t *out)
{
    if (val_is_int(v)) {
        int64_t i = val_as_int(v);
        *out = (ssize_t)i;
        return true;
    }
    if (val_is_float(v) || !val_type(v)->index) {
        err_set(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                type_name(val_type(v)));
        return false;
    }
    ssize_t r = obj_as_ssize(v, &Exc_OverflowError);
    if (r == -1 && err_occurred())
        return false;
    *out = r;
    return true;
}

/* ---- a needle in the haystack's kind ----------------------------------------- */

typedef struct {
    const void *p;
    size_t n;
    void *owned;
    uint32_t small[32];
} Needle;

/* sub's code points in the given kind; false (no exception) when sub is
 * wider than kind, so it cannot occur. *oom on MemoryError. */
static bool needle_get(const StrObj *sub, int kind, Needle *nd, bool *oom)
{
    nd->owned = NULL;
    nd->n = (size_t)sub->length;
    *oom = false;
    if (sub->kind > kind)
        return false;
    if (sub->kind == kind) {
        nd->p = str_data(sub);
        return true;
    }
    void *dst = nd->small;
    if (nd->n * (size_t)kind > sizeof nd->small) {
        dst = nd->owned = mem_alloc(nd->n * (size_t)kind);
        if (!dst) {
            err_no_memory();
            *oom = true;
            return false;
        }
    }
    for (size_t i = 0; i < nd->n; i++) {
        uint32_t c = str_char_at(sub, (ssize_t)i);
        if (kind == 2)
            ((uint16_t *)dst)[i] = (uint16_t)c;
        else
            ((uint32_t *)dst)[i] = c;
    }
    nd->p = dst;
    return true;
}

static void needle_free(Needle *nd) { mem_free(nd->owned); }

#define BY_KIND(kind, fn, hay, n, sub, ...)                                            \
    ((kind) == 1   ? fn##_u8((const uint8_t *)(hay), n, (const uint8_t *)(sub), __VA_ARGS__)   \
     : (kind) == 2 ? fn##_u16((const uint16_t *)(hay), n, (const uint16_t *)(sub), __VA_ARGS__) \
                   : fn((const uint32_t *)(hay), n, (const uint32_t *)(sub), __VA_ARGS__))

enum { OP_FIND, OP_RFIND, OP_COUNT, OP_STARTS, OP_ENDS };

/* One search over s[start:end]: an index (-1), a count, or a bool (0/1);
 * -2 on MemoryError. */
static int64_t search(int op, const StrObj *s, const StrObj *sub, int64_t start, int64_t end)
{
    Needle nd;
    bool oom;
    size_t n = (size_t)s->length;
    if (!needle_get(sub, s->kind, &nd, &oom)) {
        if (oom)
            return -2;
        return op == OP_FIND || op == OP_RFIND ? -1 : 0;
    }
    int64_t r;
    const void *hay = str_data(s);
    switch (op) {
    case OP_FIND: r = BY_KIND(s->kind, strops_find, hay, n, nd.p, nd.n, start, end); break;
    case OP_RFIND: r = BY_KIND(s->kind, strops_rfind, hay, n, nd.p, nd.n, start, end); break;
    case OP_COUNT: r = BY_KIND(s->kind, strops_count, hay, n, nd.p, nd.n, start, end); break;
    case OP_STARTS: r = BY_KIND(s->kind, strops_startswith, hay, n, nd.p, nd.n, start, end); break;
    default: r = BY_KIND(s->kind, strops_endswith, hay, n, nd.p, nd.n, start, end); break;
    }
    needle_free(&nd);
    return r;
}

ssize_t str_find(const StrObj *s, const StrObj *sub, ssize_t start, ssize_t end, int direction)
{
    int64_t r = search(direction > 0 ? OP_FIND : OP_RFIND, s, sub, start, end);
    return r == -2 ? -1 : (ssize_t)r;
}

static Value find_common(const char *fname, int op, bool raise, Value self, const Value *args,
                         size_t nargs, Object *kwnames)
{
    int64_t start, end;
    if (!find_args(fname, args, nargs, kwnames, &start, &end))
        return VAL_NULL;
    if (!val_is_str(args[0])) {
        err_set(&Exc_TypeError, "%s() argument 1 must be str, not %s", fname, arg_type_name(args[0]));
        return VAL_NULL;
    }
    int64_t r = search(op, val_as_str(self), val_as_str(args[0]), start, end);
    if (r == -2)
        return VAL_NULL;
    if (r == -1 && raise) {
        err_set(&Exc_ValueError, "substring not found");
        return VAL_NULL;
    }
    return int_from_i64(r);
}

static STR_METHOD(str_find_m) { return find_common("find", OP_FIND, false, self, args, nargs, kwnames); }
static STR_METHOD(str_rfind_m) { return find_common("rfind", OP_RFIND, false, self, args, nargs, kwnames); }
static STR_METHOD(str_index_m) { return find_common("index", OP_FIND, true, self, args, nargs, kwnames); }
static STR_METHOD(str_rindex_m) { return find_common("rindex", OP_RFIND, true, self, args, nargs, kwnames); }
static STR_METHOD(str_count_m) { return find_common("count", OP_COUNT, false, self, args, nargs, kwnames); }

static Value starts_ends(const char *fname, int op, Value self, const Value *args, size_t nargs,
                         Object *kwnames)
{
    int64_t start, end;
    if (!find_args(fname, args, nargs, kwnames, &start, &end))
        return VAL_NULL;
    Value p = args[0];
    if (val_is_tuple(p)) {
        Object *t = val_as_obj(p);
        for (ssize_t i = 0; i < tuple_size(t); i++) {
            Value item = tuple_get(t, i);
            if (!val_is_str(item)) {
                err_set(&Exc_TypeError, "tuple for %s must only contain str, not %s", fname,
                        type_name(val_type(item)));
                return VAL_NULL;
            }
            int64_t r = search(op, val_as_str(self), val_as_str(item), start, end);
            if (r == -2)
                return VAL_NULL;
            if (r)
                return str_bool(true);
        }
        return str_bool(false);
    }
    if (!val_is_str(p)) {
        err_set(&Exc_TypeError, "%s first arg must be str or a tuple of str, not %s", fname,
                type_name(val_type(p)));
        return VAL_NULL;
    }
    int64_t r = search(op, val_as_str(self), val_as_str(p), start, end);
    return r == -2 ? VAL_NULL : str_bool(r != 0);
}

static STR_METHOD(str_startswith_m) { return starts_ends("startswith", OP_STARTS, self, args, nargs, kwnames); }
static STR_METHOD(str_endswith_m) { return starts_ends("endswith", OP_ENDS, self, args, nargs, kwnames); }

/* ---- replace ------------------------------------------------------------------ */

/* s's code points widened to kind (s->kind <= kind) in a malloc'd array,
 * or s's own data when already that kind (then *owned is NULL). */
static const void *widen(const StrObj *s, int kind, void **owned)
{
    *owned = NULL;
    if (s->kind == kind)
        return str_data(s);
    void *dst = mem_alloc(((size_t)s->length + 1) * (size_t)kind);
    if (!dst) {
        err_no_memory();
        return NULL;
    }
    for (ssize_t i = 0; i < s->length; i++) {
        uint32_t c = str_char_at(s, i);
        if (kind == 1)
            ((uint8_t *)dst)[i] = (uint8_t)c;
        else if (kind == 2)
            ((uint16_t *)dst)[i] = (uint16_t)c;
        else
            ((uint32_t *)dst)[i] = c;
    }
    *owned = dst;
    return dst;
}

static Value str_replace_impl(Value self, StrObj *old, StrObj *rep, int64_t count)
{
    StrObj *s = val_as_str(self);
    if (old->kind > s->kind || count == 0)
        return str_exact(self);
    int k = s->kind > rep->kind ? s->kind : rep->kind;
    void *o1, *o2, *o3;
    const void *hs = widen(s, k, &o1);
    const void *os = hs ? widen(old, k, &o2) : NULL;
    const void *rs = os ? widen(rep, k, &o3) : NULL;
    Value r = VAL_NULL;
    if (rs) {
        StropsError e = STROPS_ERROR_INIT;
        size_t n = (size_t)s->length, om = (size_t)old->length, rm = (size_t)rep->length;
        bool ok;
        void *out;
        size_t outn;
        if (k == 1) {
            StropsText8 t;
            ok = strops_replace_u8(hs, n, os, om, rs, rm, count, &t, &e);
            out = ok ? t.s : NULL, outn = ok ? t.n : 0;
        } else if (k == 2) {
            StropsText16 t;
            ok = strops_replace_u16(hs, n, os, om, rs, rm, count, &t, &e);
            out = ok ? t.s : NULL, outn = ok ? t.n : 0;
        } else {
            StropsText t;
            ok = strops_replace(hs, n, os, om, rs, rm, count, &t, &e);
            out = ok ? t.s : NULL, outn = ok ? t.n : 0;
        }
        if (!ok)
            str_raise_strops(&e);
        else if (outn == n && k == s->kind && memcmp(out, hs, n * (size_t)k) == 0)
            r = str_exact(self); /* nothing replaced: CPython returns self */
        else
            r = str_from_kind(k, out, (ssize_t)outn);
        free(out);
    }
    if (o1)
        mem_free(o1);
    if (os && o2)
        mem_free(o2);
    if (rs && o3)
        mem_free(o3);
    return r;
}

static STR_METHOD(str_replace_m)
{
    static const char *const names[] = {"", "", "count"};
    static const ArgSpec spec = {"replace", names, 3, 2, 2, 3};
    Value a[3];
    if (nargs < 2) {
        err_set(&Exc_TypeError, "replace() takes at least 2 positional arguments (%zu given)", nargs);
        return VAL_NULL;
    }
    if (args_parse(&spec, args, nargs, kwnames, a) < 0)
        return VAL_NULL;
    if (!val_is_str(a[0])) {
        err_set(&Exc_TypeError, "replace() argument 1 must be str, not %s", arg_type_name(a[0]));
        return VAL_NULL;
    }
    if (!val_is_str(a[1])) {
        err_set(&Exc_TypeError, "replace() argument 2 must be str, not %s", type_name(val_type(a[1])));
        return VAL_NULL;
    }
    ssize_t count = -1;
    if (a[2] && !index_arg(a[2], &count))
        return VAL_NULL;
    return str_replace_impl(self, val_as_str(a[0]), val_as_str(a[1]), count);
}

/* ---- split family ----------------------------------------------------------------- */

static Value list_of_spans(Value self, const StropsSpans *sp)
{
    Object *l = list_new((ssize_t)sp->n);
    if (!l) {
        free(sp->items);
        return VAL_NULL;
    }
    for (size_t i = 0; i < sp->n; i++) {
        Value piece = str_span(self, sp->items[i].start, sp->items[i].end);
        if (!piece) {
            free(sp->items);
            obj_decref(l);
            return VAL_NULL;
        }
        list_init_item(l, (ssize_t)i, piece);
    }
    free(sp->items);
    return (Value)l;
}

static Value split_common(const char *fname, bool right, Value self, const Value *args,
                          size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"sep", "maxsplit"};
    ArgSpec spec = {fname, names, 2, 0, 0, 2};
    Value a[2];
    if (args_parse(&spec, args, nargs, kwnames, a) < 0)
        return VAL_NULL;
    ssize_t maxsplit = -1;
    if (a[1] && !index_arg(a[1], &maxsplit))
        return VAL_NULL;
    StrObj *s = val_as_str(self);
    Needle nd = {.p = NULL, .n = 0, .owned = NULL};
    if (a[0] && a[0] != VAL_NONE) {
        if (!val_is_str(a[0])) {
            err_set(&Exc_TypeError, "must be str or None, not %s", type_name(val_type(a[0])));
            return VAL_NULL;
        }
        bool oom;
        StrObj *sep = val_as_str(a[0]);
        if (!needle_get(sep, s->kind, &nd, &oom)) {
            if (oom)
                return VAL_NULL;
            /* A separator wider than s never occurs: [s]. */
            Object *l = list_new(1);
            if (!l)
                return VAL_NULL;
            list_init_item(l, 0, str_exact(self));
            return (Value)l;
        }
        if (nd.n == 0) {
            err_set(&Exc_ValueError, "empty separator");
            return VAL_NULL;
        }
    }
    StropsSpans sp;
    StropsError e = STROPS_ERROR_INIT;
    size_t n = (size_t)s->length;
    const void *d = str_data(s);
    bool ok;
    if (right)
        ok = BY_KIND(s->kind, strops_rsplit, d, n, nd.p, nd.n, maxsplit, &sp, &e);
    else
        ok = BY_KIND(s->kind, strops_split, d, n, nd.p, nd.n, maxsplit, &sp, &e);
    needle_free(&nd);
    if (!ok) {
        str_raise_strops(&e);
        return VAL_NULL;
    }
    return list_of_spans(self, &sp);
}

static STR_METHOD(str_split_m) { return split_common("split", false, self, args, nargs, kwnames); }
static STR_METHOD(str_rsplit_m) { return split_common("rsplit", true, self, args, nargs, kwnames); }

static STR_METHOD(str_splitlines_m)
{
    static const char *const names[] = {"keepends"};
    static const ArgSpec spec = {"splitlines", names, 1, 0, 0, 1};
    Value a[1];
    if (args_parse(&spec, args, nargs, kwnames, a) < 0)
        return VAL_NULL;
    int keep = 0;
    if (a[0]) {
        keep = obj_is_true(a[0]);
        if (keep < 0)
            return VAL_NULL;
    }
    StrObj *s = val_as_str(self);
    StropsSpans sp;
    StropsError e = STROPS_ERROR_INIT;
    size_t n = (size_t)s->length;
    const void *d = str_data(s);
    bool ok = s->kind == 1   ? strops_splitlines_u8(d, n, keep, &sp, &e)
            : s->kind == 2 ? strops_splitlines_u16(d, n, keep, &sp, &e)
                           : strops_splitlines(d, n, keep, &sp, &e);
    if (!ok) {
        str_raise_strops(&e);
        return VAL_NULL;
    }
    return list_of_spans(self, &sp);
}

static Value partition_common(const char *fname, bool right, Value self, const Value *args,
                              size_t nargs, Object *kwnames)
{
    if (args_no_kw(fname, kwnames) < 0 || args_count(fname, nargs, 1, 1) < 0 || !want_str(args[0]))
        return VAL_NULL;
    StrObj *s = val_as_str(self), *sep = val_as_str(args[0]);
    if (sep->length == 0) {
        err_set(&Exc_ValueError, "empty separator");
        return VAL_NULL;
    }
    StropsSpan out[3];
    Needle nd;
    bool oom;
    size_t n = (size_t)s->length;
    if (!needle_get(sep, s->kind, &nd, &oom)) {
        if (oom)
            return VAL_NULL;
        out[0] = out[1] = out[2] = (StropsSpan){0, 0};
        if (right)
            out[2].end = n;
        else
            out[0].end = n;
    } else {
        StropsError e = STROPS_ERROR_INIT;
        const void *d = str_data(s);
        bool ok = right ? BY_KIND(s->kind, strops_rpartition, d, n, nd.p, nd.n, out, &e)
                        : BY_KIND(s->kind, strops_partition, d, n, nd.p, nd.n, out, &e);
        needle_free(&nd);
        if (!ok) {
            str_raise_strops(&e);
            return VAL_NULL;
        }
    }
    Value parts[3];
    for (int i = 0; i < 3; i++) {
        parts[i] = i == 1 && out[1].end > out[1].start ? str_exact(args[0])
                                                       : str_span(self, out[i].start, out[i].end);
        if (!parts[i]) {
            for (int j = 0; j < i; j++)
                val_decref(parts[j]);
            return VAL_NULL;
        }
    }
    Object *t = tuple_new(3);
    if (!t) {
        for (int j = 0; j < 3; j++)
            val_decref(parts[j]);
        return VAL_NULL;
    }
    for (int i = 0; i < 3; i++)
        tuple_items(t)[i] = parts[i];
    return (Value)t;
}

static STR_METHOD(str_partition_m) { return partition_common("str.partition", false, self, args, nargs, kwnames); }
static STR_METHOD(str_rpartition_m) { return partition_common("str.rpartition", true, self, args, nargs, kwnames); }

static Value strip_common(const char *fname, int which, Value self, const Value *args, size_t nargs,
                          Object *kwnames)
{
    if (args_no_kw(fname, kwnames) < 0 || args_count(fname, nargs, 0, 1) < 0)
        return VAL_NULL;
    StrObj *s = val_as_str(self);
    size_t n = (size_t)s->length;
    const void *d = str_data(s);
    StropsSpan sp;
    if (nargs == 0 || args[0] == VAL_NONE) {
        sp = s->kind == 1   ? strops_strip_u8(d, n, NULL, 0, which)
           : s->kind == 2 ? strops_strip_u16(d, n, NULL, 0, which)
                          : strops_strip(d, n, NULL, 0, which);
    } else {
        if (!val_is_str(args[0])) {
            err_set(&Exc_TypeError, "%s arg must be None or str", fname);
            return VAL_NULL;
        }
        /* Only the characters that fit s's kind can match. */
        StrObj *cs = val_as_str(args[0]);
        size_t m = 0;
        uint32_t small[64], *chars = small;
        if ((size_t)cs->length > 64 && !(chars = mem_alloc((size_t)cs->length * 4)))
            return err_no_memory();
        uint32_t limit = s->kind == 1 ? 0xFF : s->kind == 2 ? 0xFFFF : 0x10FFFF;
        for (ssize_t i = 0; i < cs->length; i++) {
            uint32_t c = str_char_at(cs, i);
            if (c <= limit)
                chars[m++] = c;
        }
        if (s->kind == 4) {
            sp = strops_strip(d, n, chars, m, which);
        } else if (s->kind == 2) {
            uint16_t *c16 = (uint16_t *)chars; /* narrowed in place, front to back */
            for (size_t i = 0; i < m; i++)
                c16[i] = (uint16_t)chars[i];
            sp = strops_strip_u16(d, n, c16, m, which);
        } else {
            uint8_t *c8 = (uint8_t *)chars;
            for (size_t i = 0; i < m; i++)
                c8[i] = (uint8_t)chars[i];
            sp = strops_strip_u8(d, n, c8, m, which);
        }
        if (chars != small)
            mem_free(chars);
    }
    return str_span(self, sp.start, sp.end);
}

static STR_METHOD(str_strip_m) { return strip_common("strip", 3, self, args, nargs, kwnames); }
static STR_METHOD(str_lstrip_m) { return strip_common("lstrip", 1, self, args, nargs, kwnames); }
static STR_METHOD(str_rstrip_m) { return strip_common("rstrip", 2, self, args, nargs, kwnames); }

/* ---- join ---------------------------------------------------------------------------- */

/* sep.join over an array of values that must all be str. */
static Value join_array(StrObj *sep, const Value *items, size_t k)
{
    if (k == 0)
        return str_empty();
    if (k == 1 && obj_type_is(items[0], &Str_Type))
        return val_ref(items[0]);
    size_t total = 0;
    int kind = sep->kind;
    bool ascii = sep->ascii;
    for (size_t i = 0; i < k; i++) {
        if (!val_is_str(items[i])) {
            err_set(&Exc_TypeError, "sequence item %zd: expected str instance, %s found", (ssize_t)i,
                    type_name(val_type(items[i])));
            return VAL_NULL;
        }
        StrObj *p = val_as_str(items[i]);
        total += (size_t)p->length;
        if (p->kind > kind)
            kind = p->kind;
        ascii &= p->ascii;
        if (total > (size_t)SSIZE_MAX / 4) {
            err_set(&Exc_OverflowError, "join() result is too long for a Python string");
            return VAL_NULL;
        }
    }
    if (k > 1 && (size_t)sep->length > ((size_t)SSIZE_MAX / 4 - total) / (k - 1)) {
        err_set(&Exc_OverflowError, "join() result is too long for a Python string");
        return VAL_NULL;
    }
    total += (size_t)sep->length * (k - 1);
    if (!ascii && kind == 1) {
        /* Latin-1 parts may all be ASCII after all (then ascii was exact
         * already) or not: the flag stays false only if some part is not. */
    }
    if (total == 0)
        return str_empty();
    if (total == 1 && kind == 1) {
        for (size_t i = 0; i < k; i++)
            if (val_as_str(items[i])->length)
                return str_from_latin1_char(*(uint8_t *)str_data(val_as_str(items[i])));
        return str_from_latin1_char(*(uint8_t *)str_data(sep));
    }
    Value r = str_alloc(&Str_Type, (ssize_t)total, kind, ascii);
    if (!r)
        return VAL_NULL;
    char *d = str_data(val_as_str(r));
    size_t seplen = (size_t)sep->length * (size_t)kind;
    const void *sepdata = str_data(sep);
    char sepbuf[64];
    void *sepown = NULL;
    if (sep->kind != kind && sep->length) {
        /* Widen the separator once. */
        void *dst = seplen <= sizeof sepbuf ? (void *)sepbuf : (sepown = mem_alloc(seplen));
        if (!dst) {
            val_decref(r);
            return err_no_memory();
        }
        for (ssize_t i = 0; i < sep->length; i++) {
            uint32_t c = str_char_at(sep, i);
            if (kind == 2)
                ((uint16_t *)dst)[i] = (uint16_t)c;
            else
                ((uint32_t *)dst)[i] = c;
        }
        sepdata = dst;
    }
    for (size_t i = 0; i < k; i++) {
        if (i && seplen) {
            memcpy(d, sepdata, seplen);
            d += seplen;
        }
        StrObj *p = val_as_str(items[i]);
        if (p->kind == kind) {
            memcpy(d, str_data(p), (size_t)p->length * (size_t)kind);
        } else {
            for (ssize_t j = 0; j < p->length; j++) {
                uint32_t c = str_char_at(p, j);
                if (kind == 2)
                    ((uint16_t *)d)[j] = (uint16_t)c;
                else
                    ((uint32_t *)d)[j] = c;
            }
        }
        d += (size_t)p->length * (size_t)kind;
    }
    mem_free(sepown);
    return r;
}

Value str_join(Value sep, Value items)
{
    StrObj *s = val_as_str(sep);
    if (val_is_tuple(items))
        return join_array(s, tuple_items(val_as_obj(items)), (size_t)tuple_size(val_as_obj(items)));
    if (val_is_list(items)) {
        /* Items are all str (no Python code runs), so the list is held
         * still by its critical section for the whole join. */
        CriticalSection cs;
        Object *l = val_as_obj(items);
        cs_begin(&cs, l);
        ListObj *lo = (ListObj *)l;
        ssize_t n = atomic_load_explicit(&lo->size, memory_order_relaxed);
        ListArray *arr = atomic_load_explicit(&lo->array, memory_order_relaxed);
        Value small[16];
        Value *vals = n <= 16 ? small : mem_alloc((size_t)n * sizeof(Value));
        Value r;
        if (!vals) {
            r = err_no_memory();
        } else {
            for (ssize_t i = 0; i < n; i++)
                vals[i] = atomic_load_explicit(&arr->items[i], memory_order_relaxed);
            r = join_array(s, vals, (size_t)n);
            if (vals != small)
                mem_free(vals);
        }
        cs_end(&cs);
        return r;
    }
    Object *l = list_from_iterable(items);
    if (!l) {
        if (err_matches(&Exc_TypeError) && !val_type(items)->iter) {
            err_clear();
            err_set(&Exc_TypeError, "can only join an iterable");
        }
        return VAL_NULL;
    }
    Object *t = list_as_tuple(l);
    obj_decref(l);
    if (!t)
        return VAL_NULL;
    Value r = join_array(s, tuple_items(t), (size_t)tuple_size(t));
    obj_decref(t);
    return r;
}

static STR_METHOD(str_join_m)
{
    if (args_no_kw("str.join", kwnames) < 0 || args_count("str.join", nargs, 1, 1) < 0)
        return VAL_NULL;
    return str_join(self, args[0]);
}

/* ---- removeprefix / removesuffix ------------------------------------------------------ */

static Value remove_affix(const char *fname, bool suffix, Value self, const Value *args, size_t nargs,
                          Object *kwnames)
{
    char qual[32];
    snprintf(qual, sizeof qual, "str.%s", fname);
    if (args_no_kw(qual, kwnames) < 0 || args_count(qual, nargs, 1, 1) < 0)
        return VAL_NULL;
    if (!val_is_str(args[0])) {
        err_set(&Exc_TypeError, "%s() argument must be str, not %s", fname, type_name(val_type(args[0])));
        return VAL_NULL;
    }
    StrObj *s = val_as_str(self), *a = val_as_str(args[0]);
    int64_t r = search(suffix ? OP_ENDS : OP_STARTS, s, a, STROPS_NONE, STROPS_NONE);
    if (r == -2)
        return VAL_NULL;
    if (!r || a->length == 0)
        return str_exact(self);
    return suffix ? str_substr(s, 0, s->length - a->length) : str_substr(s, a->length, s->length);
}

static STR_METHOD(str_removeprefix_m) { return remove_affix("removeprefix", false, self, args, nargs, kwnames); }
static STR_METHOD(str_removesuffix_m) { return remove_affix("removesuffix", true, self, args, nargs, kwnames); }

/* ---- the method table ----------------------------------------------------------------- */

STR_METHOD(str_encode_m);
STR_METHOD(str_upper_m);
STR_METHOD(str_lower_m);
STR_METHOD(str_casefold_m);
STR_METHOD(str_title_m);
STR_METHOD(str_capitalize_m);
STR_METHOD(str_swapcase_m);
STR_METHOD(str_isalpha_m);
STR_METHOD(str_isdecimal_m);
STR_METHOD(str_isdigit_m);
STR_METHOD(str_isnumeric_m);
STR_METHOD(str_isalnum_m);
STR_METHOD(str_isspace_m);
STR_METHOD(str_isprintable_m);
STR_METHOD(str_isidentifier_m);
STR_METHOD(str_isupper_m);
STR_METHOD(str_islower_m);
STR_METHOD(str_istitle_m);
STR_METHOD(str_isascii_m);
STR_METHOD(str_center_m);
STR_METHOD(str_ljust_m);
STR_METHOD(str_rjust_m);
STR_METHOD(str_zfill_m);
STR_METHOD(str_expandtabs_m);
STR_METHOD(str_translate_m);
STR_METHOD(str_maketrans_m);
STR_METHOD(str_getnewargs_m);
STR_METHOD(str_sizeof_m);

const MethodDef str_methods[] = {
    {"encode", str_encode_m, 0, "Encode the string using the codec registered for encoding."},
    {"replace", str_replace_m, 0, "Return a copy with all occurrences of substring old replaced by new."},
    {"split", str_split_m, 0, "Return a list of the substrings in the string, using sep as the separator string."},
    {"rsplit", str_rsplit_m, 0, "Return a list of the substrings in the string, using sep as the separator string."},
    {"join", str_join_m, 0, "Concatenate any number of strings."},
    {"capitalize", str_capitalize_m, 0, "Return a capitalized version of the string."},
    {"casefold", str_casefold_m, 0, "Return a version of the string suitable for caseless comparisons."},
    {"title", str_title_m, 0, "Return a version of the string where each word is titlecased."},
    {"center", str_center_m, 0, "Return a centered string of length width."},
    {"count", str_count_m, 0, "Return the number of non-overlapping occurrences of substring sub in string S[start:end]."},
    {"expandtabs", str_expandtabs_m, 0, "Return a copy where all tab characters are expanded using spaces."},
    {"find", str_find_m, 0, "Return the lowest index in S where substring sub is found, such that sub is contained within S[start:end]."},
    {"partition", str_partition_m, 0, "Partition the string into three parts using the given separator."},
    {"index", str_index_m, 0, "Return the lowest index in S where substring sub is found, such that sub is contained within S[start:end]."},
    {"ljust", str_ljust_m, 0, "Return a left-justified string of length width."},
    {"lower", str_lower_m, 0, "Return a copy of the string converted to lowercase."},
    {"lstrip", str_lstrip_m, 0, "Return a copy of the string with leading whitespace removed."},
    {"rfind", str_rfind_m, 0, "Return the highest index in S where substring sub is found, such that sub is contained within S[start:end]."},
    {"rindex", str_rindex_m, 0, "Return the highest index in S where substring sub is found, such that sub is contained within S[start:end]."},
    {"rjust", str_rjust_m, 0, "Return a right-justified string of length width."},
    {"rstrip", str_rstrip_m, 0, "Return a copy of the string with trailing whitespace removed."},
    {"rpartition", str_rpartition_m, 0, "Partition the string into three parts using the given separator."},
    {"splitlines", str_splitlines_m, 0, "Return a list of the lines in the string, breaking at line boundaries."},
    {"strip", str_strip_m, 0, "Return a copy of the string with leading and trailing whitespace removed."},
    {"swapcase", str_swapcase_m, 0, "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"translate", str_translate_m, 0, "Replace each character in the string using the given translation table."},
    {"upper", str_upper_m, 0, "Return a copy of the string converted to uppercase."},
    {"startswith", str_startswith_m, 0, "Return True if the string starts with the specified prefix, False otherwise."},
    {"endswith", str_endswith_m, 0, "Return True if the string ends with the specified suffix, False otherwise."},
    {"removeprefix", str_removeprefix_m, 0, "Return a str with the given prefix string removed if present."},
    {"removesuffix", str_removesuffix_m, 0, "Return a str with the given suffix string removed if present."},
    {"isascii", str_isascii_m, 0, "Return True if all characters in the string are ASCII, False otherwise."},
    {"islower", str_islower_m, 0, "Return True if the string is a lowercase string, False otherwise."},
    {"isupper", str_isupper_m, 0, "Return True if the string is an uppercase string, False otherwise."},
    {"istitle", str_istitle_m, 0, "Return True if the string is a title-cased string, False otherwise."},
    {"isspace", str_isspace_m, 0, "Return True if the string is a whitespace string, False otherwise."},
    {"isdecimal", str_isdecimal_m, 0, "Return True if the string is a decimal string, False otherwise."},
    {"isdigit", str_isdigit_m, 0, "Return True if the string is a digit string, False otherwise."},
    {"isnumeric", str_isnumeric_m, 0, "Return True if the string is a numeric string, False otherwise."},
    {"isalpha", str_isalpha_m, 0, "Return True if the string is an alphabetic string, False otherwise."},
    {"isalnum", str_isalnum_m, 0, "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isidentifier", str_isidentifier_m, 0, "Return True if the string is a valid Python identifier, False otherwise."},
    {"isprintable", str_isprintable_m, 0, "Return True if all characters in the string are printable, False otherwise."},
    {"zfill", str_zfill_m, 0, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"format", str_format_method, 0, "Return a formatted version of the string, using substitutions from args and kwargs."},
    {"format_map", str_format_map_method, 0, "Return a formatted version of the string, using substitutions from mapping."},
    {"__format__", str_dunder_format, 0, "Return a formatted version of the string as described by format_spec."},
    {"maketrans", str_maketrans_m, METH_STATIC, "Return a translation table usable for str.translate()."},
    {"__sizeof__", str_sizeof_m, 0, "Return the size of the string in memory, in bytes."},
    {"__getnewargs__", str_getnewargs_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};
