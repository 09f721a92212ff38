/* The methods bytes and bytearray share (search, split, strip, case,
 * padding, predicates, decode, hex, translate, join), written once over a
 * (data, length) snapshot, and the method tables of both types. */
#include <stdio.h>

#include "bytes_internal.h"
#include "intobj.h"
#include "listobj.h"
#include "tupleobj.h"

#define SHARED(name)                                                                              \
    static Value name##_impl(Value self, Type *rt, const uint8_t *d, ssize_t n, const Value *args, \
                             size_t nargs, Object *kwnames)

/* ---- helpers ------------------------------------------------------------------------------ */

/* "bytes.NAME" or "bytearray.NAME" for messages (static storage per
 * thread: used at once). */
static const char *qual(Type *rt, const char *name)
{
    static _Thread_local char buf[48];
    snprintf(buf, sizeof buf, "%s.%s", rt == &Bytes_Type ? "bytes" : "bytearray", name);
    return buf;
}

static bool no_args(const char *qualname, size_t nargs, Object *kwnames)
{
    if (kwnames && tuple_size(kwnames)) {
        err_set(&Exc_TypeError, "%s() takes no keyword arguments", qualname);
        return false;
    }
    if (nargs) {
        err_set(&Exc_TypeError, "%s() takes no arguments (%zd given)", qualname, (ssize_t)nargs);
        return false;
    }
    return true;
}

/* d[start:end] as the result type; self itself for an exact bytes whole span. */
static Value piece(Value self, Type *rt, const uint8_t *d, ssize_t n, size_t start, size_t end)
{
    if (rt == &Bytes_Type && start == 0 && (ssize_t)end == n && obj_type_is(self, &Bytes_Type))
        return val_ref(self);
    return bytes_like_new(rt, d + start, (ssize_t)(end - start));
}

static Value text8_result(Type *rt, bool ok, StropsText8 *t, StropsError *e)
{
    if (!ok) {
        str_raise_strops(e);
        return VAL_NULL;
    }
    Value r = bytes_like_new(rt, t->s, (ssize_t)t->n);
    free(t->s);
    return r;
}

/* A bytes-like argument (err: CPython's message naming the type). */
static bool want_buffer(Value v, const uint8_t **p, ssize_t *m)
{
    if (!buffer_check(v)) {
        err_set(&Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(val_type(v)));
        return false;
    }
    return buffer_get(v, p, m) == 0;
}

static bool index_arg(Value v, ssize_t *out)
{
    if (val_is_int(v)) {
        *out = (ssize_t)val_as_int(v);
        return true;
    }
    if (val_is_float(v) || !val_type(v)->index) {
        err_set(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(val_type(v)));
        return false;
    }
    ssize_t r = obj_as_ssize(v, &Exc_OverflowError);
    if (r == -1 && err_occurred())
        return false;
    *out = r;
    return true;
}

/* ---- searching ------------------------------------------------------------------------------ */

enum { B_FIND, B_RFIND, B_COUNT, B_STARTS, B_ENDS };

/* The sub argument of find/count/index: bytes-like or an int byte. */
static bool sub_arg(Value v, const uint8_t **p, ssize_t *m, uint8_t *byte)
{
    if (buffer_check(v))
        return buffer_get(v, p, m) == 0;
    if (val_is_int_like(v) || (val_type(v)->index && !val_is_float(v) && !val_is_str(v))) {
        int b = bytes_byte_value(v);
        if (b < 0)
            return false;
        *byte = (uint8_t)b;
        *p = byte;
        *m = 1;
        return true;
    }
    err_set(&Exc_TypeError, "argument should be integer or bytes-like object, not '%s'", type_name(val_type(v)));
    return false;
}

static int64_t bsearch_op(int op, const uint8_t *d, ssize_t n, const uint8_t *p, ssize_t m, int64_t a, int64_t b)
{
    switch (op) {
    case B_FIND: return strops_find_u8(d, (size_t)n, p, (size_t)m, a, b);
    case B_RFIND: return strops_rfind_u8(d, (size_t)n, p, (size_t)m, a, b);
    case B_COUNT: return strops_count_u8(d, (size_t)n, p, (size_t)m, a, b);
    case B_STARTS: return strops_startswith_u8(d, (size_t)n, p, (size_t)m, a, b);
    default: return strops_endswith_u8(d, (size_t)n, p, (size_t)m, a, b);
    }
}

static Value find_common(const char *fname, int op, bool raise, const uint8_t *d, ssize_t n, const Value *args,
                         size_t nargs, Object *kwnames)
{
    if (args_no_kw(fname, kwnames) < 0 || args_count(fname, nargs, 1, 3) < 0)
        return VAL_NULL;
    const uint8_t *p;
    ssize_t m;
    uint8_t byte;
    int64_t a, b;
    if (!sub_arg(args[0], &p, &m, &byte) || !str_slice_bound(nargs > 1 ? args[1] : VAL_NULL, &a) ||
        !str_slice_bound(nargs > 2 ? args[2] : VAL_NULL, &b))
        return VAL_NULL;
    int64_t r = bsearch_op(op, d, n, p, m, a, b);
    if (r < 0 && raise) {
        err_set(&Exc_ValueError, "subsection not found");
        return VAL_NULL;
    }
    return int_from_i64(r);
}

SHARED(find) { return find_common("find", B_FIND, false, d, n, args, nargs, kwnames); }
SHARED(rfind) { return find_common("rfind", B_RFIND, false, d, n, args, nargs, kwnames); }
SHARED(index) { return find_common("index", B_FIND, true, d, n, args, nargs, kwnames); }
SHARED(rindex) { return find_common("rindex", B_RFIND, true, d, n, args, nargs, kwnames); }
SHARED(count) { return find_common("count", B_COUNT, false, d, n, args, nargs, kwnames); }

static Value starts_ends(const char *fname, int op, const uint8_t *d, ssize_t n, const Value *args, size_t nargs,
                         Object *kwnames)
{
    if (args_no_kw(fname, kwnames) < 0 || args_count(fname, nargs, 1, 3) < 0)
        return VAL_NULL;
    int64_t a, b;
    if (!str_slice_bound(nargs > 1 ? args[1] : VAL_NULL, &a) || !str_slice_bound(nargs > 2 ? args[2] : VAL_NULL, &b))
        return VAL_NULL;
    Value x = args[0];
    if (val_is_tuple(x)) {
        for (ssize_t i = 0; i < tuple_size(val_as_obj(x)); i++) {
            Value item = tuple_get(val_as_obj(x), i);
            const uint8_t *p;
            ssize_t m;
            if (!buffer_check(item)) {
                err_set(&Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(val_type(item)));
                return VAL_NULL;
            }
            if (buffer_get(item, &p, &m) < 0)
                return VAL_NULL;
            if (bsearch_op(op, d, n, p, m, a, b))
                return str_bool(true);
        }
        return str_bool(false);
    }
    if (!buffer_check(x)) {
        err_set(&Exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", fname,
                type_name(val_type(x)));
        return VAL_NULL;
    }
    const uint8_t *p;
    ssize_t m;
    if (buffer_get(x, &p, &m) < 0)
        return VAL_NULL;
    return str_bool(bsearch_op(op, d, n, p, m, a, b) != 0);
}

SHARED(startswith) { return starts_ends("startswith", B_STARTS, d, n, args, nargs, kwnames); }
SHARED(endswith) { return starts_ends("endswith", B_ENDS, d, n, args, nargs, kwnames); }

SHARED(replace)
{
    static const char *const names[] = {"", "", "count"};
    static const ArgSpec spec = {"replace", names, 3, 2, 2, 3};
    Value a[3];
    if (args_parse(&spec, args, nargs, kwnames, a) < 0)
        return VAL_NULL;
    const uint8_t *op, *rp;
    ssize_t om, rm, count = -1;
    if (!want_buffer(a[0], &op, &om) || !want_buffer(a[1], &rp, &rm) || (a[2] && !index_arg(a[2], &count)))
        return VAL_NULL;
    StropsText8 t;
    StropsError e = STROPS_ERROR_INIT;
    bool ok = strops_replace_u8(d, (size_t)n, op, (size_t)om, rp, (size_t)rm, count, &t, &e);
    if (ok && rt == &Bytes_Type && (ssize_t)t.n == n && obj_type_is(self, &Bytes_Type) &&
        memcmp(t.s, d, (size_t)n) == 0) {
        free(t.s);
        return val_ref(self);
    }
    return text8_result(rt, ok, &t, &e);
}

/* ---- splitting ---------------------------------------------------------------------------- */

static Value list_of_spans(Value self, Type *rt, const uint8_t *d, ssize_t n, StropsSpans *sp)
{
    Object *l = list_new((ssize_t)sp->n);
    if (!l) {
        free(sp->items);
        return VAL_NULL;
    }
    for (size_t i = 0; i < sp->n; i++) {
        Value v = piece(self, rt, d, n, sp->items[i].start, sp->items[i].end);
        if (!v) {
            obj_decref(l);
            free(sp->items);
            return VAL_NULL;
        }
        list_init_item(l, (ssize_t)i, v);
    }
    free(sp->items);
    return (Value)l;
}

static Value split_common(const char *fname, bool right, Value self, Type *rt, const uint8_t *d, ssize_t n,
                          const Value *args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"sep", "maxsplit"};
    ArgSpec spec = {fname, names, 2, 0, 0, 2};
    Value a[2];
    if (args_parse(&spec, args, nargs, kwnames, a) < 0)
        return VAL_NULL;
    ssize_t maxsplit = -1;
    if (a[1] && !index_arg(a[1], &maxsplit))
        return VAL_NULL;
    StropsSpans sp;
    StropsError e = STROPS_ERROR_INIT;
    bool ok;
    if (!a[0] || a[0] == VAL_NONE) {
        ok = right ? strops_rsplit_bytes(d, (size_t)n, NULL, 0, maxsplit, &sp, &e)
                   : strops_split_bytes(d, (size_t)n, NULL, 0, maxsplit, &sp, &e);
    } else {
        const uint8_t *p;
        ssize_t m;
        if (!want_buffer(a[0], &p, &m))
            return VAL_NULL;
        if (m == 0) {
            err_set(&Exc_ValueError, "empty separator");
            return VAL_NULL;
        }
        ok = right ? strops_rsplit_u8(d, (size_t)n, p, (size_t)m, maxsplit, &sp, &e)
                   : strops_split_u8(d, (size_t)n, p, (size_t)m, maxsplit, &sp, &e);
    }
    if (!ok) {
        str_raise_strops(&e);
        return VAL_NULL;
    }
    return list_of_spans(self, rt, d, n, &sp);
}

SHARED(split) { return split_common("split", false, self, rt, d, n, args, nargs, kwnames); }
SHARED(rsplit) { return split_common("rsplit", true, self, rt, d, n, args, nargs, kwnames); }

SHARED(splitlines)
{
    static const char *const names[] = {"keepends"};
    static const ArgSpec spec = {"splitlines", names, 1, 0, 0, 1};
    Value a[1];
    if (args_parse(&spec, args, nargs, kwnames, a) < 0)
        return VAL_NULL;
    int keep = a[0] ? obj_is_true(a[0]) : 0;
    if (keep < 0)
        return VAL_NULL;
    StropsSpans sp;
    StropsError e = STROPS_ERROR_INIT;
    if (!strops_splitlines_bytes(d, (size_t)n, keep, &sp, &e)) {
        str_raise_strops(&e);
        return VAL_NULL;
    }
    return list_of_spans(self, rt, d, n, &sp);
}

static Value partition_common(const char *fname, bool right, Value self, Type *rt, const uint8_t *d, ssize_t n,
                              const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw(qual(rt, fname), kwnames) < 0 || args_count(qual(rt, fname), nargs, 1, 1) < 0)
        return VAL_NULL;
    const uint8_t *p;
    ssize_t m;
    if (!want_buffer(args[0], &p, &m))
        return VAL_NULL;
    if (m == 0) {
        err_set(&Exc_ValueError, "empty separator");
        return VAL_NULL;
    }
    StropsSpan out[3];
    StropsError e = STROPS_ERROR_INIT;
    bool ok = right ? strops_rpartition_u8(d, (size_t)n, p, (size_t)m, out, &e)
                    : strops_partition_u8(d, (size_t)n, p, (size_t)m, out, &e);
    if (!ok) {
        str_raise_strops(&e);
        return VAL_NULL;
    }
    Object *t = tuple_new(3);
    if (!t)
        return VAL_NULL;
    for (int i = 0; i < 3; i++) {
        Value v = i == 1 && out[1].end > out[1].start && rt == &Bytes_Type && obj_type_is(args[0], &Bytes_Type)
                      ? val_ref(args[0])
                      : piece(self, rt, d, n, out[i].start, out[i].end);
        if (!v) {
            obj_decref(t);
            return VAL_NULL;
        }
        tuple_items(t)[i] = v;
    }
    return (Value)t;
}

SHARED(partition) { return partition_common("partition", false, self, rt, d, n, args, nargs, kwnames); }
SHARED(rpartition) { return partition_common("rpartition", true, self, rt, d, n, args, nargs, kwnames); }

static Value strip_common(const char *fname, int which, Value self, Type *rt, const uint8_t *d, ssize_t n,
                          const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw(fname, kwnames) < 0 || args_count(fname, nargs, 0, 1) < 0)
        return VAL_NULL;
    StropsSpan sp;
    if (nargs == 0 || args[0] == VAL_NONE) {
        sp = strops_strip_bytes(d, (size_t)n, NULL, 0, which);
    } else {
        const uint8_t *p;
        ssize_t m;
        if (!want_buffer(args[0], &p, &m))
            return VAL_NULL;
        sp = strops_strip_u8(d, (size_t)n, p, (size_t)m, which);
    }
    return piece(self, rt, d, n, sp.start, sp.end);
}

SHARED(strip) { return strip_common("strip", 3, self, rt, d, n, args, nargs, kwnames); }
SHARED(lstrip) { return strip_common("lstrip", 1, self, rt, d, n, args, nargs, kwnames); }
SHARED(rstrip) { return strip_common("rstrip", 2, self, rt, d, n, args, nargs, kwnames); }

SHARED(join)
{
    if (args_no_kw(qual(rt, "join"), kwnames) < 0 || args_count(qual(rt, "join"), nargs, 1, 1) < 0)
        return VAL_NULL;
    Object *l = list_from_iterable(args[0]);
    if (!l) {
        if (err_matches(&Exc_TypeError) && !val_type(args[0])->iter && !val_type(args[0])->getitem) {
            err_clear();
            err_set(&Exc_TypeError, "can only join an iterable");
        }
        return VAL_NULL;
    }
    Object *t = list_as_tuple(l);
    obj_decref(l);
    if (!t)
        return VAL_NULL;
    /* Copy the separator: it may be a bytearray among the items. */
    uint8_t sepbuf[64], *sep = n <= 64 ? sepbuf : mem_alloc((size_t)n);
    Value r = VAL_NULL;
    if (!sep) {
        obj_decref(t);
        return err_no_memory();
    }
    memcpy(sep, d, (size_t)n);
    ssize_t k = tuple_size(t), total = 0;
    for (ssize_t i = 0; i < k; i++) {
        Value item = tuple_get(t, i);
        const uint8_t *p;
        ssize_t m;
        if (!buffer_check(item)) {
            err_set(&Exc_TypeError, "sequence item %zd: expected a bytes-like object, %s found", i,
                    type_name(val_type(item)));
            goto done;
        }
        if (buffer_get(item, &p, &m) < 0)
            goto done;
        total += m + (i ? n : 0);
    }
    if (k == 1 && rt == &Bytes_Type && obj_type_is(tuple_get(t, 0), &Bytes_Type)) {
        r = val_ref(tuple_get(t, 0));
        goto done;
    }
    r = rt == &Bytes_Type ? bytes_new_raw(total) : bytearray_from_data(NULL, total);
    if (!r)
        goto done;
    uint8_t *out = rt == &Bytes_Type ? bytes_data(val_as_bytes(r)) : bytearray_data((ByteArrayObj *)val_as_obj(r), NULL);
    ssize_t pos = 0;
    for (ssize_t i = 0; i < k; i++) {
        const uint8_t *p;
        ssize_t m;
        buffer_get(tuple_get(t, i), &p, &m);
        if (i) {
            memcpy(out + pos, sep, (size_t)n);
            pos += n;
        }
        if (pos + m > total)
            m = total - pos; /* an item grew under us: stay in bounds */
        memcpy(out + pos, p, (size_t)m);
        pos += m;
    }
done:
    if (sep != sepbuf)
        mem_free(sep);
    obj_decref(t);
    return r;
}

/* ---- case, predicates ----------------------------------------------------------------------- */

static Value case_common(const char *qualname, int op, Type *rt, const uint8_t *d, ssize_t n, size_t nargs,
                         Object *kwnames)
{
    if (!no_args(qualname, nargs, kwnames))
        return VAL_NULL;
    StropsText8 t;
    StropsError e = STROPS_ERROR_INIT;
    bool ok = strops_bytes_case(op, d, (size_t)n, &t, &e);
    return text8_result(rt, ok, &t, &e);
}

SHARED(upper) { return case_common(qual(rt, "upper"), STROPS_UPPER, rt, d, n, nargs, kwnames); }
SHARED(lower) { return case_common(qual(rt, "lower"), STROPS_LOWER, rt, d, n, nargs, kwnames); }
SHARED(title) { return case_common(qual(rt, "title"), STROPS_TITLE, rt, d, n, nargs, kwnames); }
SHARED(capitalize) { return case_common(qual(rt, "capitalize"), STROPS_CAPITALIZE, rt, d, n, nargs, kwnames); }
SHARED(swapcase) { return case_common(qual(rt, "swapcase"), STROPS_SWAPCASE, rt, d, n, nargs, kwnames); }

static Value pred_common(const char *qualname, int pred, const uint8_t *d, ssize_t n, size_t nargs, Object *kwnames)
{
    if (!no_args(qualname, nargs, kwnames))
        return VAL_NULL;
    return str_bool(strops_bytes_is(pred, d, (size_t)n));
}

SHARED(isalnum) { return pred_common(qual(rt, "isalnum"), STROPS_ISALNUM, d, n, nargs, kwnames); }
SHARED(isalpha) { return pred_common(qual(rt, "isalpha"), STROPS_ISALPHA, d, n, nargs, kwnames); }
SHARED(isascii) { return pred_common(qual(rt, "isascii"), STROPS_ISASCII, d, n, nargs, kwnames); }
SHARED(isdigit) { return pred_common(qual(rt, "isdigit"), STROPS_ISDIGIT, d, n, nargs, kwnames); }
SHARED(islower) { return pred_common(qual(rt, "islower"), STROPS_ISLOWER, d, n, nargs, kwnames); }
SHARED(isspace) { return pred_common(qual(rt, "isspace"), STROPS_ISSPACE, d, n, nargs, kwnames); }
SHARED(istitle) { return pred_common(qual(rt, "istitle"), STROPS_ISTITLE, d, n, nargs, kwnames); }
SHARED(isupper) { return pred_common(qual(rt, "isupper"), STROPS_ISUPPER, d, n, nargs, kwnames); }

/* ---- padding ---------------------------------------------------------------------------------- */

static Value pad_common(const char *fname, char which, Value self, Type *rt, const uint8_t *d, ssize_t n,
                        const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw(fname, kwnames) < 0 || args_count(fname, nargs, 1, 2) < 0)
        return VAL_NULL;
    ssize_t width;
    if (!index_arg(args[0], &width))
        return VAL_NULL;
    uint8_t fill = ' ';
    if (nargs > 1) {
        Value f = args[1];
        bool ok = (val_is_bytes(f) && val_as_bytes(f)->size == 1) ||
                  (val_is_bytearray(f) && obj_len(f) == 1);
        if (!ok) {
            err_set(&Exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", fname,
                    type_name(val_type(f)));
            return VAL_NULL;
        }
        const uint8_t *p;
        ssize_t m;
        buffer_get(f, &p, &m);
        fill = p[0];
    }
    if (width <= n)
        return piece(self, rt, d, n, 0, (size_t)n);
    StropsText8 t;
    StropsError e = STROPS_ERROR_INIT;
    bool ok = strops_pad_u8(d, (size_t)n, width, fill, which, &t, &e);
    return text8_result(rt, ok, &t, &e);
}

SHARED(center) { return pad_common("center", '^', self, rt, d, n, args, nargs, kwnames); }
SHARED(ljust) { return pad_common("ljust", '<', self, rt, d, n, args, nargs, kwnames); }
SHARED(rjust) { return pad_common("rjust", '>', self, rt, d, n, args, nargs, kwnames); }

SHARED(zfill)
{
    if (args_no_kw(qual(rt, "zfill"), kwnames) < 0 || args_count(qual(rt, "zfill"), nargs, 1, 1) < 0)
        return VAL_NULL;
    ssize_t width;
    if (!index_arg(args[0], &width))
        return VAL_NULL;
    if (width <= n)
        return piece(self, rt, d, n, 0, (size_t)n);
    StropsText8 t;
    StropsError e = STROPS_ERROR_INIT;
    bool ok = strops_zfill_u8(d, (size_t)n, width, &t, &e);
    return text8_result(rt, ok, &t, &e);
}

SHARED(expandtabs)
{
    static const char *const names[] = {"tabsize"};
    static const ArgSpec spec = {"expandtabs", names, 1, 0, 0, 1};
    Value a[1];
    if (args_parse(&spec, args, nargs, kwnames, a) < 0)
        return VAL_NULL;
    ssize_t tabsize = 8;
    if (a[0] && !index_arg(a[0], &tabsize))
        return VAL_NULL;
    StropsText8 t;
    StropsError e = STROPS_ERROR_INIT;
    bool ok = strops_expandtabs_u8(d, (size_t)n, tabsize, &t, &e);
    return text8_result(rt, ok, &t, &e);
}

static Value affix_common(const char *fname, bool suffix, Value self, Type *rt, const uint8_t *d, ssize_t n,
                          const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw(qual(rt, fname), kwnames) < 0 || args_count(qual(rt, fname), nargs, 1, 1) < 0)
        return VAL_NULL;
    const uint8_t *p;
    ssize_t m;
    if (!want_buffer(args[0], &p, &m))
        return VAL_NULL;
    if (m > 0 && m <= n && memcmp(suffix ? d + n - m : d, p, (size_t)m) == 0)
        return suffix ? piece(self, rt, d, n, 0, (size_t)(n - m)) : piece(self, rt, d, n, (size_t)m, (size_t)n);
    return piece(self, rt, d, n, 0, (size_t)n);
}

SHARED(removeprefix) { return affix_common("removeprefix", false, self, rt, d, n, args, nargs, kwnames); }
SHARED(removesuffix) { return affix_common("removesuffix", true, self, rt, d, n, args, nargs, kwnames); }

/* ---- decode, hex, translate -------------------------------------------------------------------- */

SHARED(decode)
{
    static const char *const names[] = {"encoding", "errors"};
    static const ArgSpec spec = {"decode", names, 2, 0, 0, 2};
    Value a[2];
    if (args_parse(&spec, args, nargs, kwnames, a) < 0)
        return VAL_NULL;
    const char *enc = NULL, *errs = NULL;
    for (int i = 0; i < 2; i++) {
        if (!a[i])
            continue;
        if (!val_is_str(a[i])) {
            err_set(&Exc_TypeError, "decode() argument '%s' must be str, not %s", names[i], type_name(val_type(a[i])));
            return VAL_NULL;
        }
        const char *s = str_utf8(val_as_str(a[i]), NULL);
        if (!s)
            return VAL_NULL;
        *(i ? &errs : &enc) = s;
    }
    return str_decode((const char *)d, n, enc, errs);
}

Value bytes_hex_data(const uint8_t *d, ssize_t n, const Value *args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"sep", "bytes_per_sep"};
    static const ArgSpec spec = {"hex", names, 2, 0, 0, 2};
    Value a[2];
    if (args_parse(&spec, args, nargs, kwnames, a) < 0)
        return VAL_NULL;
    uint32_t sep = 0;
    ssize_t per = 1;
    if (a[0]) {
        if (val_is_str(a[0])) {
            if (val_as_str(a[0])->length != 1) {
                err_set(&Exc_ValueError, "sep must be length 1.");
                return VAL_NULL;
            }
            sep = str_char_at(val_as_str(a[0]), 0);
        } else if (val_is_bytes(a[0])) {
            if (val_as_bytes(a[0])->size != 1) {
                err_set(&Exc_ValueError, "sep must be length 1.");
                return VAL_NULL;
            }
            sep = bytes_data(val_as_bytes(a[0]))[0];
        } else {
            err_set(&Exc_TypeError, "sep must be str or bytes.");
            return VAL_NULL;
        }
        if (sep > 127) {
            err_set(&Exc_ValueError, "sep must be ASCII.");
            return VAL_NULL;
        }
    }
    if (a[1] && !index_arg(a[1], &per))
        return VAL_NULL;
    static const char hex[] = "0123456789abcdef";
    ssize_t groups = 0, absper = per < 0 ? -per : per;
    if (sep && absper && n > 0)
        groups = (n - 1) / absper;
    Value r = str_alloc(&Str_Type, 2 * n + groups, 1, true);
    if (!r)
        return VAL_NULL;
    char *out = str_data(val_as_str(r));
    ssize_t k = 0;
    for (ssize_t i = 0; i < n; i++) {
        if (groups && i) {
            /* per > 0 groups from the right, per < 0 from the left. */
            bool boundary = per > 0 ? (n - i) % absper == 0 : i % absper == 0;
            if (boundary)
                out[k++] = (char)sep;
        }
        out[k++] = hex[d[i] >> 4];
        out[k++] = hex[d[i] & 15];
    }
    return r;
}

SHARED(hex) { return bytes_hex_data(d, n, args, nargs, kwnames); }

SHARED(translate)
{
    static const char *const names[] = {"", "delete"};
    static const ArgSpec spec = {"translate", names, 2, 1, 1, 2};
    Value a[2];
    if (args_parse(&spec, args, nargs, kwnames, a) < 0)
        return VAL_NULL;
    const uint8_t *table = NULL, *del = NULL;
    ssize_t tn = 0, dn = 0;
    if (a[0] != VAL_NONE) {
        if (!want_buffer(a[0], &table, &tn))
            return VAL_NULL;
        if (tn != 256) {
            err_set(&Exc_ValueError, "translation table must be 256 characters long");
            return VAL_NULL;
        }
    }
    if (a[1] && !want_buffer(a[1], &del, &dn))
        return VAL_NULL;
    bool deleted[256] = {0};
    for (ssize_t i = 0; i < dn; i++)
        deleted[del[i]] = true;
    uint8_t map[256];
    for (int i = 0; i < 256; i++)
        map[i] = table ? table[i] : (uint8_t)i;
    uint8_t small[256], *out = n <= 256 ? small : mem_alloc((size_t)n);
    if (!out)
        return err_no_memory();
    ssize_t k = 0;
    for (ssize_t i = 0; i < n; i++)
        if (!deleted[d[i]])
            out[k++] = map[d[i]];
    Value r = (k == n && rt == &Bytes_Type && obj_type_is(self, &Bytes_Type) && memcmp(out, d, (size_t)n) == 0)
                  ? val_ref(self)
                  : bytes_like_new(rt, out, k);
    if (out != small)
        mem_free(out);
    return r;
}

/* ---- class-level methods -------------------------------------------------------------------------- */

static int hexval(uint32_t c)
{
    return c >= '0' && c <= '9' ? (int)(c - '0') : c >= 'a' && c <= 'f' ? (int)(c - 'a' + 10)
         : c >= 'A' && c <= 'F' ? (int)(c - 'A' + 10) : -1;
}

static bool is_hex_space(uint32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* fromhex(string): pairs of hex digits, ASCII whitespace between pairs. */
Value bytes_fromhex_for(Type *base, Value cls, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw(qual(base, "fromhex"), kwnames) < 0 || args_count(qual(base, "fromhex"), nargs, 1, 1) < 0)
        return VAL_NULL;
    if (!val_is_str(args[0])) {
        err_set(&Exc_TypeError, "fromhex() argument must be str, not %s", type_name(val_type(args[0])));
        return VAL_NULL;
    }
    StrObj *s = val_as_str(args[0]);
    uint8_t *buf = mem_alloc((size_t)s->length / 2 + 1);
    if (!buf)
        return err_no_memory();
    ssize_t k = 0, i = 0;
    while (i < s->length) {
        uint32_t c = str_char_at(s, i);
        if (is_hex_space(c)) {
            i++;
            continue;
        }
        int hi = hexval(c);
        if (hi < 0) {
            err_set(&Exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zd", i);
            mem_free(buf);
            return VAL_NULL;
        }
        int lo = i + 1 < s->length ? hexval(str_char_at(s, i + 1)) : -1;
        if (lo < 0) {
            err_set(&Exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zd", i + 1);
            mem_free(buf);
            return VAL_NULL;
        }
        buf[k++] = (uint8_t)(hi << 4 | lo);
        i += 2;
    }
    Value r = bytes_like_new(base, buf, k);
    mem_free(buf);
    if (r && (Type *)val_as_obj(cls) != base) {
        /* A subclass: cls(result), as CPython. */
        Value sub = obj_call1(cls, r);
        val_decref(r);
        return sub;
    }
    return r;
}

static Value bytes_fromhex(Value cls, const Value *args, size_t nargs, Object *kwnames)
{
    return bytes_fromhex_for(&Bytes_Type, cls, args, nargs, kwnames);
}

Value bytes_maketrans_m(Value unused, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("maketrans", kwnames) < 0 || args_count("maketrans", nargs, 2, 2) < 0)
        return VAL_NULL;
    const uint8_t *f, *t;
    ssize_t fn, tn;
    if (!want_buffer(args[0], &f, &fn) || !want_buffer(args[1], &t, &tn))
        return VAL_NULL;
    if (fn != tn) {
        err_set(&Exc_ValueError, "maketrans arguments must have same length");
        return VAL_NULL;
    }
    Value r = bytes_new_raw(256);
    if (!r)
        return VAL_NULL;
    uint8_t *out = bytes_data(val_as_bytes(r));
    for (int i = 0; i < 256; i++)
        out[i] = (uint8_t)i;
    for (ssize_t i = 0; i < fn; i++)
        out[f[i]] = t[i];
    return r;
}

static Value bytes_getnewargs(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (!no_args("bytes.__getnewargs__", nargs, kwnames))
        return VAL_NULL;
    Value b = bytes_exact(self);
    if (!b)
        return VAL_NULL;
    Object *t = tuple_pack(1, b);
    val_decref(b);
    return (Value)t;
}

static Value bytes_bytes(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (!no_args("bytes.__bytes__", nargs, kwnames))
        return VAL_NULL;
    return bytes_exact(self);
}

static Value bytes_sizeof(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (!no_args("bytes.__sizeof__", nargs, kwnames))
        return VAL_NULL;
    /* CPython's figure: a 33-byte header plus the data. */
    return val_from_int(33 + val_as_bytes(self)->size);
}

/* ---- wrappers and tables ----------------------------------------------------------------------------- */


#define WRAP(name)                                                                                     \
    static Value bytes_m_##name(Value self, const Value *args, size_t nargs, Object *kwnames)          \
    {                                                                                                  \
        BytesObj *b = val_as_bytes(self);                                                              \
        return name##_impl(self, &Bytes_Type, bytes_data(b), b->size, args, nargs, kwnames);           \
    }                                                                                                  \
    Value bytearray_m_##name(Value self, const Value *args, size_t nargs, Object *kwnames)      \
    {                                                                                                  \
        return bytearray_call_shared(name##_impl, self, args, nargs, kwnames);                         \
    }
BYTES_SHARED_LIST(WRAP)

#define ENTRY_BYTES(name) {#name, bytes_m_##name, 0, NULL},
#define ENTRY_BYTEARRAY(name) {#name, bytearray_m_##name, 0, NULL},

const MethodDef bytes_methods[] = {
    BYTES_SHARED_LIST(ENTRY_BYTES)
    {"fromhex", bytes_fromhex, METH_CLASS, "Create a bytes object from a string of hexadecimal numbers."},
    {"maketrans", bytes_maketrans_m, METH_STATIC, "Return a translation table usable for the bytes or bytearray translate method."},
    {"__getnewargs__", bytes_getnewargs, 0, NULL},
    {"__bytes__", bytes_bytes, 0, "Convert this value to exact type bytes."},
    {"__sizeof__", bytes_sizeof, 0, "Size of object in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};
