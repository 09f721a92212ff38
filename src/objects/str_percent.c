/* printf-style '%' formatting of str and bytes templates: arguments from a
 * tuple, a single value or a mapping, '*' widths, and the conversions
 * (numbers through numfmt, text through repr/str/ascii or bytes). */
#include <gmp.h>

#include "bytes_internal.h"
#include "intobj.h"
#include "tupleobj.h"

typedef struct {
    bool bytes_mode;
    const Value *args;   /* positional values */
    size_t nargs, next;
    Value mapping;       /* for %(key)s, or VAL_NULL */
    Value keyed;         /* the value the last key looked up (new reference) */
    const uint32_t *tmpl;
} PctCtx;

static bool next_arg(PctCtx *c, Value *out)
{
    if (c->next >= c->nargs) {
        err_set(&Exc_TypeError, "not enough arguments for format string");
        return false;
    }
    *out = c->args[c->next++];
    return true;
}

/* strops callback for '*': the next argument as an int. */
static bool star_cb(void *ctx, int64_t *v, StropsError *e)
{
    PctCtx *c = ctx;
    Value a;
    if (!next_arg(c, &a))
        return false;
    if (!val_is_int_like(a)) {
        err_set(&Exc_TypeError, "* wants int");
        return false;
    }
    if (int_as_i64(a, v) < 0)
        return false;
    return true;
}

/* strops callback for "%(key)": looks the key up at once (CPython's order). */
static bool key_cb(void *ctx, StropsSpan key, StropsError *e)
{
    PctCtx *c = ctx;
    Value k;
    if (c->bytes_mode) {
        uint8_t small[64] = {0};
        bool heap = key.end - key.start > 64;
        uint8_t *b = heap ? mem_alloc(key.end - key.start) : small;
        if (!b) {
            err_no_memory();
            return false;
        }
        for (size_t i = key.start; i < key.end; i++)
            b[i - key.start] = (uint8_t)c->tmpl[i];
        k = bytes_from_data(b, (ssize_t)(key.end - key.start));
        if (heap)
            mem_free(b);
    } else {
        k = str_from_ucs4(c->tmpl + key.start, (ssize_t)(key.end - key.start));
    }
    if (!k)
        return false;
    Value v = obj_getitem(c->mapping, k);
    val_decref(k);
    if (!v)
        return false;
    val_xdecref(c->keyed);
    c->keyed = v;
    return true;
}

/* Text of a conversion, padded: precision truncates (not for 'c'), width
 * pads with spaces. */
static void add_padded(StrBuilder *out, const uint32_t *s, size_t n, const StropsPercentItem *it, bool truncate)
{
    if (truncate && it->precision >= 0 && (size_t)it->precision < n)
        n = (size_t)it->precision;
    size_t pad = it->width > 0 && (size_t)it->width > n ? (size_t)it->width - n : 0;
    if (!it->ljust)
        for (size_t i = 0; i < pad; i++)
            sb_add_char(out, ' ');
    for (size_t i = 0; i < n; i++)
        sb_add_char(out, s[i]);
    if (it->ljust)
        for (size_t i = 0; i < pad; i++)
            sb_add_char(out, ' ');
}

static bool add_str_padded(StrBuilder *out, Value s, const StropsPercentItem *it)
{
    StrUnits u;
    if (!str_units(val_as_str(s), &u))
        return false;
    add_padded(out, u.p, (size_t)val_as_str(s)->length, it, true);
    str_units_free(&u);
    return !out->failed;
}

static bool add_bytes_padded(StrBuilder *out, const uint8_t *d, ssize_t n, const StropsPercentItem *it)
{
    uint32_t small[64] = {0};
    bool heap = n > 64;
    uint32_t *u = heap ? mem_alloc((size_t)n * 4) : small;
    if (!u) {
        err_no_memory();
        return false;
    }
    for (ssize_t i = 0; i < n; i++)
        u[i] = d[i];
    add_padded(out, u, (size_t)n, it, true);
    if (heap)
        mem_free(u);
    return !out->failed;
}

static NumfmtPercent numflags(const StropsPercentItem *it)
{
    NumfmtPercent f = {it->ljust, it->sign, it->blank, it->alt, it->zero, it->width, it->precision};
    return f;
}

static bool add_numfmt(StrBuilder *out, char *text, size_t len, NumfmtError *e)
{
    if (!text) {
        str_raise_numfmt(e);
        return false;
    }
    sb_add_utf8(out, text, len);
    free(text);
    return !out->failed;
}

/* %d %i %u %o %x %X */
static bool convert_int(StrBuilder *out, Value v, const StropsPercentItem *it)
{
    char conv = (char)it->conv;
    Value num = VAL_NULL;
    if (val_is_int_like(v)) {
        num = val_ref(v);
    } else if (conv == 'd' || conv == 'i' || conv == 'u') {
        if (val_is_float(v)) {
            num = int_from_double(float_value(v));
        } else if (val_type(v)->to_int || val_type(v)->index) {
            num = val_type(v)->to_int ? val_type(v)->to_int(v) : obj_index(v);
        } else {
            err_set(&Exc_TypeError, "%%%c format: a real number is required, not %s", conv, type_name(val_type(v)));
            return false;
        }
    } else {
        if (!val_type(v)->index || val_is_float(v)) {
            err_set(&Exc_TypeError, "%%%c format: an integer is required, not %s", conv, type_name(val_type(v)));
            return false;
        }
        num = obj_index(v);
    }
    if (!num)
        return false;
    mpz_t z;
    mpz_init(z);
    int_to_mpz(num, z);
    val_decref(num);
    NumfmtPercent f = numflags(it);
    NumfmtError e = NUMFMT_ERROR_INIT;
    size_t len;
    char *text = numfmt_percent_int(z, conv == 'u' ? 'd' : conv, &f, int_get_max_str_digits(), &len, &e);
    mpz_clear(z);
    return add_numfmt(out, text, len, &e);
}

static bool convert_float(StrBuilder *out, Value v, const StropsPercentItem *it)
{
    double x;
    if (val_is_float(v)) {
        x = float_value(v);
    } else if (float_as_double(v, &x) < 0) {
        return false;
    }
    NumfmtPercent f = numflags(it);
    NumfmtError e = NUMFMT_ERROR_INIT;
    char *text = numfmt_percent_float(x, (char)it->conv, &f, &e);
    return add_numfmt(out, text, text ? strlen(text) : 0, &e);
}

static bool convert_char(StrBuilder *out, Value v, const StropsPercentItem *it, bool bytes_mode)
{
    uint32_t c;
    if (bytes_mode) {
        if (val_is_bytes(v) || val_is_bytearray(v)) {
            const uint8_t *d;
            ssize_t n;
            if (buffer_get(v, &d, &n) < 0)
                return false;
            if (n != 1) {
                err_set(&Exc_TypeError, "%%c requires an integer in range(256) or a single byte");
                return false;
            }
            c = d[0];
        } else if (val_is_int_like(v) || (val_type(v)->index && !val_is_float(v))) {
            Value i = obj_index(v);
            int64_t x;
            if (!i)
                return false;
            int rc = int_as_i64(i, &x);
            val_decref(i);
            if (rc < 0 || x < 0 || x > 255) {
                err_clear();
                err_set(&Exc_OverflowError, "%%c arg not in range(256)");
                return false;
            }
            c = (uint32_t)x;
        } else {
            err_set(&Exc_TypeError, "%%c requires an integer in range(256) or a single byte");
            return false;
        }
    } else if (val_is_str(v)) {
        if (val_as_str(v)->length != 1) {
            err_set(&Exc_TypeError, "%%c requires int or char");
            return false;
        }
        c = str_char_at(val_as_str(v), 0);
    } else if (val_is_int_like(v)) {
        int64_t x;
        if (int_as_i64(v, &x) < 0 || x < 0 || x > 0x10FFFF) {
            err_clear();
            err_set(&Exc_OverflowError, "%%c arg not in range(0x110000)");
            return false;
        }
        c = (uint32_t)x;
    } else {
        err_set(&Exc_TypeError, "%%c requires int or char");
        return false;
    }
    add_padded(out, &c, 1, it, false);
    return !out->failed;
}

/* %s %r %a (and %b for bytes) */
static bool convert_text(StrBuilder *out, Value v, const StropsPercentItem *it, bool bytes_mode)
{
    uint32_t conv = it->conv;
    if (bytes_mode) {
        if (conv == 'r' || conv == 'a') {
            Value a = obj_ascii(v);
            if (!a)
                return false;
            bool ok = add_str_padded(out, a, it);
            val_decref(a);
            return ok;
        }
        /* %b / %s: a buffer, or __bytes__. */
        if (buffer_check(v)) {
            const uint8_t *d;
            ssize_t n;
            if (buffer_get(v, &d, &n) < 0)
                return false;
            return add_bytes_padded(out, d, n, it);
        }
        if (!val_is_str(v)) {
            Value b = VAL_NULL;
            Value m;
            int found = obj_lookup_attr((Value)val_type(v), str_intern_cstr("__bytes__"), &m);
            if (found < 0)
                return false;
            if (found) {
                b = obj_call1(m, v);
                val_decref(m);
                if (!b)
                    return false;
                if (!val_is_bytes(b)) {
                    err_set(&Exc_TypeError, "__bytes__ returned non-bytes (type %s)", type_name(val_type(b)));
                    val_decref(b);
                    return false;
                }
                bool ok = add_bytes_padded(out, bytes_data(val_as_bytes(b)), val_as_bytes(b)->size, it);
                val_decref(b);
                return ok;
            }
        }
        err_set(&Exc_TypeError,
                "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                type_name(val_type(v)));
        return false;
    }
    Value s = conv == 's' ? obj_str(v) : conv == 'r' ? obj_repr(v) : obj_ascii(v);
    if (!s)
        return false;
    bool ok = add_str_padded(out, s, it);
    val_decref(s);
    return ok;
}

/* The engine: template code points (s, n) against args into out. */
static bool percent_format(StrBuilder *out, const uint32_t *s, size_t n, Value args, bool bytes_mode)
{
    PctCtx c = {.bytes_mode = bytes_mode, .tmpl = s};
    bool is_tuple = val_is_tuple(args);
    bool mapping = !is_tuple && !val_is_str(args) && val_is_obj(args) && val_type(args)->getitem &&
                   !(bytes_mode && (val_is_bytes(args) || val_is_bytearray(args)));
    if (is_tuple) {
        c.args = tuple_items(val_as_obj(args));
        c.nargs = (size_t)tuple_size(val_as_obj(args));
    } else {
        c.args = &args;
        c.nargs = 1;
    }
    if (mapping)
        c.mapping = args;
    StropsPercentIter it;
    strops_percent_begin(&it, s, n, mapping);
    it.star = star_cb;
    it.key = key_cb;
    it.ctx = &c;
    bool ok = true;
    for (;;) {
        StropsPercentItem item;
        StropsError e = STROPS_ERROR_INIT;
        int r = strops_percent_next(&it, &item, &e);
        if (r < 0) {
            if (e.kind != STROPS_OK)
                str_raise_strops(&e);
            ok = false;
            break;
        }
        for (size_t i = item.literal.start; i < item.literal.end; i++)
            sb_add_char(out, s[i]);
        if (r == 0 || !item.has_conv)
            break;
        if (item.escape) {
            sb_add_char(out, '%');
            continue;
        }
        if (item.width_star && item.width < 0) {
            item.ljust = true;
            item.width = -item.width;
        }
        if (item.prec_star && item.precision < 0)
            item.precision = 0;
        Value v;
        if (item.has_key) {
            v = c.keyed;
        } else if (!next_arg(&c, &v)) {
            ok = false;
            break;
        }
        if (!(bytes_mode && item.conv == 'b')) {
            if (!strops_percent_check_conv(&item, &e)) {
                str_raise_strops(&e);
                ok = false;
                break;
            }
        }
        switch (item.conv) {
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
            ok = convert_int(out, v, &item);
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            ok = convert_float(out, v, &item);
            break;
        case 'c':
            ok = convert_char(out, v, &item, bytes_mode);
            break;
        default:
            ok = convert_text(out, v, &item, bytes_mode);
            break;
        }
        if (!ok)
            break;
    }
    val_xdecref(c.keyed);
    if (ok && c.next < c.nargs && !mapping) {
        err_set(&Exc_TypeError, bytes_mode ? "not all arguments converted during bytes formatting"
                                           : "not all arguments converted during string formatting");
        ok = false;
    }
    return ok && !out->failed;
}

Value str_percent(Value tmpl, Value args)
{
    StrObj *t = val_as_str(tmpl);
    StrUnits u;
    if (!str_units(t, &u))
        return VAL_NULL;
    StrBuilder sb;
    sb_init(&sb);
    bool ok = percent_format(&sb, u.p, (size_t)t->length, args, false);
    str_units_free(&u);
    if (!ok) {
        sb_discard(&sb);
        return VAL_NULL;
    }
    return sb_finish(&sb);
}

Value bytes_percent_data(Type *rt, const uint8_t *d, ssize_t n, Value args)
{
    uint32_t *u = mem_alloc(((size_t)n + 1) * 4);
    if (!u)
        return err_no_memory();
    for (ssize_t i = 0; i < n; i++)
        u[i] = d[i];
    StrBuilder sb;
    sb_init(&sb);
    bool ok = percent_format(&sb, u, (size_t)n, args, true);
    mem_free(u);
    if (!ok) {
        sb_discard(&sb);
        return VAL_NULL;
    }
    uint8_t *out = mem_alloc(sb.len + 1);
    if (!out) {
        sb_discard(&sb);
        return err_no_memory();
    }
    for (size_t i = 0; i < sb.len; i++)
        out[i] = (uint8_t)sb.buf[i];
    Value r = bytes_like_new(rt, out, (ssize_t)sb.len);
    mem_free(out);
    sb_discard(&sb);
    return r;
}

Value bytes_percent(Value tmpl, Value args)
{
    BytesObj *b = val_as_bytes(tmpl);
    return bytes_percent_data(&Bytes_Type, bytes_data(b), b->size, args);
}
