/* str.format / str.format_map (field names with .attr and [key], !r !s !a
 * conversions, nested specs, auto/manual numbering) over strops' template
 * iterator, and str.__format__ through numfmt. */
#include "dictobj.h"
#include "intobj.h"
#include "str_internal.h"
#include "tupleobj.h"

typedef struct {
    const Value *args;
    size_t nargs;
    Value kwargs;   /* a dict (format) or any mapping (format_map), or VAL_NULL */
    bool is_map;
    StropsAutoNumber autonum;
} FmtCtx;

static Value str_of_units(const uint32_t *s, size_t n) { return str_from_ucs4(s, (ssize_t)n); }

static bool raise_strops_false(StropsError *e)
{
    str_raise_strops(e);
    return false;
}

/* The object a field name refers to (new reference), or VAL_NULL. */
static Value field_object(FmtCtx *c, const uint32_t *s, StropsSpan name)
{
    StropsFieldName f;
    StropsError e = STROPS_ERROR_INIT;
    if (!strops_field_begin(s, name, &f, &e))
        return raise_strops_false(&e), VAL_NULL;
    Value obj;
    bool is_auto = f.first.start == f.first.end;
    if (is_auto || f.arg_index >= 0) {
        int64_t idx;
        if (!strops_autonumber(&c->autonum, is_auto, &idx, &e))
            return raise_strops_false(&e), VAL_NULL;
        if (!is_auto)
            idx = f.arg_index;
        if (c->is_map) {
            err_set(&Exc_ValueError, "Format string contains positional fields");
            return VAL_NULL;
        }
        if (idx < 0 || (uint64_t)idx >= c->nargs) {
            err_set(&Exc_IndexError, "Replacement index %lld out of range for positional args tuple",
                    (long long)idx);
            return VAL_NULL;
        }
        obj = val_ref(c->args[idx]);
    } else {
        Value key = str_of_units(s + f.first.start, f.first.end - f.first.start);
        if (!key)
            return VAL_NULL;
        if (!c->kwargs) {
            err_set_value(&Exc_KeyError, key);
            val_decref(key);
            return VAL_NULL;
        }
        if (c->is_map) {
            obj = obj_getitem(c->kwargs, key);
        } else {
            int found = dict_get(val_as_obj(c->kwargs), key, &obj);
            if (found == 0)
                err_set_value(&Exc_KeyError, key);
            if (found <= 0)
                obj = VAL_NULL;
        }
        val_decref(key);
        if (!obj)
            return VAL_NULL;
    }
    for (;;) {
        bool is_attr;
        StropsSpan key;
        int64_t index;
        int r = strops_field_next(&f, &is_attr, &key, &index, &e);
        if (r == 0)
            return obj;
        if (r < 0) {
            val_decref(obj);
            return raise_strops_false(&e), VAL_NULL;
        }
        Value k = is_attr || index < 0 ? str_of_units(s + key.start, key.end - key.start) : int_from_i64(index);
        Value next = VAL_NULL;
        if (k) {
            if (is_attr) {
                next = obj_getattr(obj, val_as_obj(k));
            } else {
                next = obj_getitem(obj, k);
            }
            val_decref(k);
        }
        val_decref(obj);
        if (!next)
            return VAL_NULL;
        obj = next;
    }
}

static bool format_units(StrBuilder *out, const uint32_t *s, size_t n, int depth, FmtCtx *c);

/* Formats one replacement field into out. */
static bool format_field(StrBuilder *out, const uint32_t *s, const StropsFmtItem *item, int depth, FmtCtx *c)
{
    Value obj = field_object(c, s, item->name);
    if (!obj)
        return false;
    if (item->conversion) {
        StropsError e = STROPS_ERROR_INIT;
        if (!strops_fmt_check_conversion(item->conversion, &e)) {
            val_decref(obj);
            return raise_strops_false(&e);
        }
        Value conv = item->conversion == 'r' ? obj_repr(obj) : item->conversion == 's' ? obj_str(obj) : obj_ascii(obj);
        val_decref(obj);
        if (!conv)
            return false;
        obj = conv;
    }
    Value spec;
    if (item->spec_has_fields) {
        StrBuilder sb;
        sb_init(&sb);
        if (!format_units(&sb, s + item->spec.start, item->spec.end - item->spec.start, depth - 1, c)) {
            sb_discard(&sb);
            val_decref(obj);
            return false;
        }
        spec = sb_finish(&sb);
    } else {
        spec = str_of_units(s + item->spec.start, item->spec.end - item->spec.start);
    }
    if (!spec) {
        val_decref(obj);
        return false;
    }
    Value r;
    if (val_as_str(spec)->length == 0 && obj_type_is(obj, &Str_Type))
        r = val_ref(obj);
    else
        r = obj_format(obj, spec);
    val_decref(spec);
    val_decref(obj);
    if (!r)
        return false;
    if (!val_is_str(r)) {
        err_set(&Exc_TypeError, "__format__ must return a str, not %s", type_name(val_type(r)));
        val_decref(r);
        return false;
    }
    sb_add_str(out, r);
    val_decref(r);
    return !out->failed;
}

static bool format_units(StrBuilder *out, const uint32_t *s, size_t n, int depth, FmtCtx *c)
{
    StropsFmtIter it;
    StropsError e = STROPS_ERROR_INIT;
    if (!strops_fmt_begin(&it, s, n, depth, &e))
        return raise_strops_false(&e);
    for (;;) {
        StropsFmtItem item;
        int r = strops_fmt_next(&it, &item, &e);
        if (r < 0)
            return raise_strops_false(&e);
        if (r == 0)
            return !out->failed;
        for (size_t i = item.literal.start; i < item.literal.end; i++)
            sb_add_char(out, s[i]);
        if (item.has_field && !format_field(out, s, &item, depth, c))
            return false;
    }
}

Value str_format_impl(Value fmt, const Value *args, size_t nargs, Value kwargs, bool is_map)
{
    StrObj *f = val_as_str(fmt);
    StrUnits u;
    if (!str_units(f, &u))
        return VAL_NULL;
    FmtCtx c = {args, nargs, kwargs, is_map, {0, 0}};
    StrBuilder sb;
    sb_init(&sb);
    bool ok = format_units(&sb, u.p, (size_t)f->length, STROPS_FMT_DEPTH, &c);
    str_units_free(&u);
    if (!ok) {
        sb_discard(&sb);
        return VAL_NULL;
    }
    return sb_finish(&sb);
}

Value str_format_method(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    Value kwargs = VAL_NULL;
    size_t nkw = kwnames ? (size_t)tuple_size(kwnames) : 0;
    if (nkw) {
        Object *d = dict_new();
        if (!d)
            return VAL_NULL;
        for (size_t i = 0; i < nkw; i++)
            if (dict_set(d, tuple_get(kwnames, (ssize_t)i), args[nargs + i]) < 0) {
                obj_decref(d);
                return VAL_NULL;
            }
        kwargs = (Value)d;
    }
    Value r = str_format_impl(self, args, nargs, kwargs, false);
    val_xdecref(kwargs);
    return r;
}

Value str_format_map_method(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("str.format_map", kwnames) < 0 || args_count("str.format_map", nargs, 1, 1) < 0)
        return VAL_NULL;
    return str_format_impl(self, NULL, 0, args[0], true);
}

Value str_dunder_format(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("str.__format__", kwnames) < 0 || args_count("str.__format__", nargs, 1, 1) < 0)
        return VAL_NULL;
    if (!val_is_str(args[0])) {
        err_set(&Exc_TypeError, "__format__() argument must be str, not %s", type_name(val_type(args[0])));
        return VAL_NULL;
    }
    StrObj *spec = val_as_str(args[0]);
    if (spec->length == 0)
        return str_exact(self);
    ssize_t slen, speclen;
    const char *s = str_utf8(val_as_str(self), &slen);
    if (!s)
        return VAL_NULL;
    const char *sp = str_utf8(spec, &speclen);
    if (!sp)
        return VAL_NULL;
    NumfmtError e = NUMFMT_ERROR_INIT;
    size_t outlen;
    char *out = numfmt_format_str(s, (size_t)slen, sp, (size_t)speclen, &outlen, &e);
    if (!out) {
        str_raise_numfmt(&e);
        return VAL_NULL;
    }
    Value r = str_from_utf8(out, (ssize_t)outlen);
    free(out);
    return r;
}
