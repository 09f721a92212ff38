/* str methods that make new text or test characters: case mappings,
 * predicates, padding, zfill, expandtabs, encode, translate/maketrans,
 * __sizeof__, __getnewargs__. */
#include "dictobj.h"
#include "intobj.h"
#include "listobj.h"
#include "str_internal.h"
#include "tupleobj.h"
#include "unicode_db.h"

/* METH_NOARGS-style checks with CPython's messages. */
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

/* ---- case mappings ------------------------------------------------------- */

static Value ascii_case(StrObj *s, int op)
{
    Value r = str_alloc(&Str_Type, s->length, 1, true);
    if (!r)
        return VAL_NULL;
    const uint8_t *src = str_data(s);
    uint8_t *dst = str_data(val_as_str(r));
    bool prev_cased = false;
    for (ssize_t i = 0; i < s->length; i++) {
        uint8_t c = src[i];
        bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        bool to_upper;
        switch (op) {
        case STROPS_UPPER: to_upper = true; break;
        case STROPS_LOWER:
        case STROPS_CASEFOLD: to_upper = false; break;
        case STROPS_SWAPCASE: to_upper = low; break;
        case STROPS_CAPITALIZE: to_upper = i == 0; break;
        default: to_upper = !prev_cased; break; /* title */
        }
        if (to_upper && low)
            c = (uint8_t)(c - 32);
        else if (!to_upper && up)
            c = (uint8_t)(c + 32);
        prev_cased = up || low;
        dst[i] = c;
    }
    return r;
}

static Value case_common(const char *qualname, int op, Value self, size_t nargs, Object *kwnames)
{
    if (!no_args(qualname, nargs, kwnames))
        return VAL_NULL;
    StrObj *s = val_as_str(self);
    if (s->ascii)
        return s->length ? ascii_case(s, op) : str_empty();
    StrUnits u;
    if (!str_units(s, &u))
        return VAL_NULL;
    StropsText t;
    StropsError e = STROPS_ERROR_INIT;
    bool ok = strops_case(op, u.p, (size_t)s->length, &t, &e);
    str_units_free(&u);
    if (!ok) {
        str_raise_strops(&e);
        return VAL_NULL;
    }
    return str_from_text(t);
}

STR_METHOD(str_upper_m) { return case_common("str.upper", STROPS_UPPER, self, nargs, kwnames); }
STR_METHOD(str_lower_m) { return case_common("str.lower", STROPS_LOWER, self, nargs, kwnames); }
STR_METHOD(str_casefold_m) { return case_common("str.casefold", STROPS_CASEFOLD, self, nargs, kwnames); }
STR_METHOD(str_title_m) { return case_common("str.title", STROPS_TITLE, self, nargs, kwnames); }
STR_METHOD(str_capitalize_m) { return case_common("str.capitalize", STROPS_CAPITALIZE, self, nargs, kwnames); }
STR_METHOD(str_swapcase_m) { return case_common("str.swapcase", STROPS_SWAPCASE, self, nargs, kwnames); }

/* ---- predicates ------------------------------------------------------------ */

static Value pred_common(const char *qualname, int pred, Value self, size_t nargs, Object *kwnames)
{
    if (!no_args(qualname, nargs, kwnames))
        return VAL_NULL;
    StrObj *s = val_as_str(self);
    if (pred == STROPS_ISASCII)
        return str_bool(s->ascii);
    if (s->length == 1) {
        /* One character: one flag test (most predicates), no copy. */
        uint32_t c = str_char_at(s, 0);
        static const unsigned flag_of[] = {
            [STROPS_ISALPHA] = UCD_ALPHA, [STROPS_ISDECIMAL] = UCD_DECIMAL,
            [STROPS_ISDIGIT] = UCD_DIGIT, [STROPS_ISNUMERIC] = UCD_NUMERIC,
            [STROPS_ISSPACE] = UCD_SPACE, [STROPS_ISPRINTABLE] = UCD_PRINTABLE,
        };
        if (pred < (int)(sizeof flag_of / sizeof flag_of[0]) && flag_of[pred])
            return str_bool(ucd_has(c, flag_of[pred]));
    }
    StrUnits u;
    if (!str_units(s, &u))
        return VAL_NULL;
    bool r = strops_is(pred, u.p, (size_t)s->length);
    str_units_free(&u);
    return str_bool(r);
}

STR_METHOD(str_isalpha_m) { return pred_common("str.isalpha", STROPS_ISALPHA, self, nargs, kwnames); }
STR_METHOD(str_isdecimal_m) { return pred_common("str.isdecimal", STROPS_ISDECIMAL, self, nargs, kwnames); }
STR_METHOD(str_isdigit_m) { return pred_common("str.isdigit", STROPS_ISDIGIT, self, nargs, kwnames); }
STR_METHOD(str_isnumeric_m) { return pred_common("str.isnumeric", STROPS_ISNUMERIC, self, nargs, kwnames); }
STR_METHOD(str_isalnum_m) { return pred_common("str.isalnum", STROPS_ISALNUM, self, nargs, kwnames); }
STR_METHOD(str_isspace_m) { return pred_common("str.isspace", STROPS_ISSPACE, self, nargs, kwnames); }
STR_METHOD(str_isprintable_m) { return pred_common("str.isprintable", STROPS_ISPRINTABLE, self, nargs, kwnames); }
STR_METHOD(str_isidentifier_m) { return pred_common("str.isidentifier", STROPS_ISIDENTIFIER, self, nargs, kwnames); }
STR_METHOD(str_isupper_m) { return pred_common("str.isupper", STROPS_ISUPPER, self, nargs, kwnames); }
STR_METHOD(str_islower_m) { return pred_common("str.islower", STROPS_ISLOWER, self, nargs, kwnames); }
STR_METHOD(str_istitle_m) { return pred_common("str.istitle", STROPS_ISTITLE, self, nargs, kwnames); }
STR_METHOD(str_isascii_m) { return pred_common("str.isascii", STROPS_ISASCII, self, nargs, kwnames); }

/* ---- padding ---------------------------------------------------------------- */

static bool width_arg(Value v, int64_t *out)
{
    if (val_is_int(v)) {
        *out = val_as_int(v);
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

/* A padding result of kind k (malloc'd by strops) as a str. */
static Value text_of_kind(int k, bool ok, void *s, size_t n, StropsError *e)
{
    if (!ok) {
        str_raise_strops(e);
        return VAL_NULL;
    }
    Value r = str_from_kind(k, s, (ssize_t)n);
    free(s);
    return r;
}

/* s's code points in kind k >= s->kind (malloc'd when widened). */
static const void *as_kind(const StrObj *s, int k, void **owned)
{
    *owned = NULL;
    if (s->kind == k)
        return str_data(s);
    void *d = mem_alloc(((size_t)s->length + 1) * (size_t)k);
    if (!d) {
        err_no_memory();
        return NULL;
    }
    for (ssize_t i = 0; i < s->length; i++) {
        uint32_t c = str_char_at(s, i);
        if (k == 2)
            ((uint16_t *)d)[i] = (uint16_t)c;
        else
            ((uint32_t *)d)[i] = c;
    }
    *owned = d;
    return d;
}

static Value pad_common(const char *fname, char which, Value self, const Value *args, size_t nargs,
                        Object *kwnames)
{
    if (args_no_kw(fname, kwnames) < 0 || args_count(fname, nargs, 1, 2) < 0)
        return VAL_NULL;
    int64_t width;
    if (!width_arg(args[0], &width))
        return VAL_NULL;
    uint32_t fill = ' ';
    if (nargs > 1) {
        if (!val_is_str(args[1])) {
            err_set(&Exc_TypeError, "The fill character must be a unicode character, not %s",
                    type_name(val_type(args[1])));
            return VAL_NULL;
        }
        if (val_as_str(args[1])->length != 1) {
            err_set(&Exc_TypeError, "The fill character must be exactly one character long");
            return VAL_NULL;
        }
        fill = str_char_at(val_as_str(args[1]), 0);
    }
    StrObj *s = val_as_str(self);
    if (width <= s->length)
        return str_exact(self);
    int k = str_kind_for(fill);
    if (s->kind > k)
        k = s->kind;
    void *owned;
    const void *d = as_kind(s, k, &owned);
    if (!d)
        return VAL_NULL;
    StropsError e = STROPS_ERROR_INIT;
    size_t n = (size_t)s->length;
    Value r;
    if (k == 1) {
        StropsText8 t;
        bool ok = strops_pad_u8(d, n, width, (uint8_t)fill, which, &t, &e);
        r = text_of_kind(1, ok, ok ? t.s : NULL, ok ? t.n : 0, &e);
    } else if (k == 2) {
        StropsText16 t;
        bool ok = strops_pad_u16(d, n, width, (uint16_t)fill, which, &t, &e);
        r = text_of_kind(2, ok, ok ? t.s : NULL, ok ? t.n : 0, &e);
    } else {
        StropsText t;
        bool ok = strops_pad(d, n, width, fill, which, &t, &e);
        r = text_of_kind(4, ok, ok ? t.s : NULL, ok ? t.n : 0, &e);
    }
    mem_free(owned);
    return r;
}

STR_METHOD(str_center_m) { return pad_common("center", '^', self, args, nargs, kwnames); }
STR_METHOD(str_ljust_m) { return pad_common("ljust", '<', self, args, nargs, kwnames); }
STR_METHOD(str_rjust_m) { return pad_common("rjust", '>', self, args, nargs, kwnames); }

STR_METHOD(str_zfill_m)
{
    if (args_no_kw("str.zfill", kwnames) < 0 || args_count("str.zfill", nargs, 1, 1) < 0)
        return VAL_NULL;
    int64_t width;
    if (!width_arg(args[0], &width))
        return VAL_NULL;
    StrObj *s = val_as_str(self);
    if (width <= s->length)
        return str_exact(self);
    StropsError e = STROPS_ERROR_INIT;
    const void *d = str_data(s);
    size_t n = (size_t)s->length;
    if (s->kind == 1) {
        StropsText8 t;
        bool ok = strops_zfill_u8(d, n, width, &t, &e);
        return text_of_kind(1, ok, ok ? t.s : NULL, ok ? t.n : 0, &e);
    }
    if (s->kind == 2) {
        StropsText16 t;
        bool ok = strops_zfill_u16(d, n, width, &t, &e);
        return text_of_kind(2, ok, ok ? t.s : NULL, ok ? t.n : 0, &e);
    }
    StropsText t;
    bool ok = strops_zfill(d, n, width, &t, &e);
    return text_of_kind(4, ok, ok ? t.s : NULL, ok ? t.n : 0, &e);
}

STR_METHOD(str_expandtabs_m)
{
    static const char *const names[] = {"tabsize"};
    static const ArgSpec spec = {"expandtabs", names, 1, 0, 0, 1};
    Value a[1];
    if (args_parse(&spec, args, nargs, kwnames, a) < 0)
        return VAL_NULL;
    int64_t tabsize = 8;
    if (a[0]) {
        if (!width_arg(a[0], &tabsize))
            return VAL_NULL;
        if (tabsize > INT32_MAX || tabsize < INT32_MIN) {
            err_set(&Exc_OverflowError, "Python int too large to convert to C int");
            return VAL_NULL;
        }
    }
    StrObj *s = val_as_str(self);
    StropsError e = STROPS_ERROR_INIT;
    const void *d = str_data(s);
    size_t n = (size_t)s->length;
    if (s->kind == 1) {
        if (!memchr(d, '\t', n))
            return str_exact(self);
        StropsText8 t;
        bool ok = strops_expandtabs_u8(d, n, tabsize, &t, &e);
        return text_of_kind(1, ok, ok ? t.s : NULL, ok ? t.n : 0, &e);
    }
    if (s->kind == 2) {
        StropsText16 t;
        bool ok = strops_expandtabs_u16(d, n, tabsize, &t, &e);
        return text_of_kind(2, ok, ok ? t.s : NULL, ok ? t.n : 0, &e);
    }
    StropsText t;
    bool ok = strops_expandtabs(d, n, tabsize, &t, &e);
    return text_of_kind(4, ok, ok ? t.s : NULL, ok ? t.n : 0, &e);
}

/* ---- encode ----------------------------------------------------------------- */

Value str_encode(Value self, const char *encoding, const char *errors)
{
    StrObj *s = val_as_str(self);
    CodecId id = CODEC_UTF8;
    CodecError e = CODEC_ERROR_INIT;
    if (encoding && !codec_lookup(encoding, strlen(encoding), &id, &e)) {
        str_raise_codec(&e, VAL_NULL);
        return VAL_NULL;
    }
    bool strict = !errors || strcmp(errors, "strict") == 0;
    if (s->ascii && (id == CODEC_UTF8 || id == CODEC_ASCII || id == CODEC_LATIN1 || id == CODEC_CP1252))
        return bytes_from_data(str_data(s), s->length);
    if (id == CODEC_UTF8 && strict) {
        ssize_t len;
        const char *u = str_utf8(s, &len);
        return u ? bytes_from_data(u, len) : VAL_NULL;
    }
    if (id == CODEC_LATIN1 && s->kind == 1)
        return bytes_from_data(str_data(s), s->length);
    StrUnits u;
    if (!str_units(s, &u))
        return VAL_NULL;
    unsigned char *out = NULL;
    size_t outlen = 0;
    bool ok = codec_encode(id, u.p, (size_t)s->length, errors, &out, &outlen, &e);
    str_units_free(&u);
    if (!ok) {
        str_raise_codec(&e, self);
        return VAL_NULL;
    }
    Value r = bytes_from_data(out, (ssize_t)outlen);
    free(out);
    return r;
}

static int cstr_arg(Value v, const char *fname, const char *argname, const char **out)
{
    *out = NULL;
    if (!v)
        return 0;
    if (!val_is_str(v)) {
        err_set(&Exc_TypeError, "%s() argument '%s' must be str, not %s", fname, argname,
                type_name(val_type(v)));
        return -1;
    }
    *out = str_utf8(val_as_str(v), NULL);
    return *out ? 0 : -1;
}

STR_METHOD(str_encode_m)
{
    static const char *const names[] = {"encoding", "errors"};
    static const ArgSpec spec = {"encode", names, 2, 0, 0, 2};
    Value a[2];
    if (args_parse(&spec, args, nargs, kwnames, a) < 0)
        return VAL_NULL;
    const char *enc, *errs;
    if (cstr_arg(a[0], "encode", "encoding", &enc) < 0 || cstr_arg(a[1], "encode", "errors", &errs) < 0)
        return VAL_NULL;
    return str_encode(self, enc, errs);
}

/* ---- translate / maketrans ------------------------------------------------------ */

STR_METHOD(str_translate_m)
{
    if (args_no_kw("str.translate", kwnames) < 0 || args_count("str.translate", nargs, 1, 1) < 0)
        return VAL_NULL;
    Value table = args[0];
    StrObj *s = val_as_str(self);
    StrBuilder b;
    sb_init(&b);
    /* Results for ASCII characters are looked up once each. */
    Value cache[128] = {0};
    bool cached[128] = {0};
    Value r = VAL_NULL;
    for (ssize_t i = 0; i < s->length; i++) {
        uint32_t c = str_char_at(s, i);
        Value m;
        if (c < 128 && cached[c]) {
            m = cache[c] ? val_ref(cache[c]) : VAL_NULL;
            if (!m) {
                sb_add_char(&b, c);
                continue;
            }
        } else {
            m = obj_getitem(table, val_from_int(c));
            if (!m) {
                if (!err_matches(&Exc_LookupError))
                    goto fail;
                err_clear();
                if (c < 128)
                    cached[c] = true;
                sb_add_char(&b, c);
                continue;
            }
            if (c < 128) {
                cached[c] = true;
                cache[c] = val_ref(m);
            }
        }
        if (m == VAL_NONE) {
            /* deleted */
        } else if (val_is_int_like(m)) {
            int64_t x;
            if (int_as_i64(m, &x) < 0 || x < 0 || x > 0x10FFFF) {
                err_clear();
                err_set(&Exc_ValueError, "character mapping must be in range(0x110000)");
                val_decref(m);
                goto fail;
            }
            sb_add_char(&b, (uint32_t)x);
        } else if (val_is_str(m)) {
            sb_add_str(&b, m);
        } else {
            err_set(&Exc_TypeError, "character mapping must return integer, None or str");
            val_decref(m);
            goto fail;
        }
        val_decref(m);
        if (b.failed)
            goto fail;
    }
    r = sb_finish(&b);
    goto done;
fail:
    sb_discard(&b);
done:
    for (int i = 0; i < 128; i++)
        val_xdecref(cache[i]);
    return r;
}

STR_METHOD(str_maketrans_m)
{
    if (args_no_kw("maketrans", kwnames) < 0 || args_count("maketrans", nargs, 1, 3) < 0)
        return VAL_NULL;
    Object *d = dict_new();
    if (!d)
        return VAL_NULL;
    if (nargs == 1) {
        Value x = args[0];
        if (!val_is_dict(x)) {
            err_set(&Exc_TypeError, "if you give only one argument to maketrans it must be a dict");
            goto fail;
        }
        Value k, v;
        Object *items = dict_items_list(val_as_obj(x));
        if (!items)
            goto fail;
        for (ssize_t i = 0; i < list_size(items); i++) {
            Value pair = list_get(items, i);
            k = tuple_get(val_as_obj(pair), 0);
            v = tuple_get(val_as_obj(pair), 1);
            int rc;
            if (val_is_str(k)) {
                if (val_as_str(k)->length != 1) {
                    err_set(&Exc_ValueError, "string keys in translate table must be of length 1");
                    rc = -1;
                } else {
                    rc = dict_set(d, val_from_int(str_char_at(val_as_str(k), 0)), v);
                }
            } else if (val_is_int_like(k)) {
                rc = dict_set(d, k, v);
            } else {
                err_set(&Exc_TypeError, "keys in translate table must be strings or integers");
                rc = -1;
            }
            val_decref(pair);
            if (rc < 0) {
                obj_decref(items);
                goto fail;
            }
        }
        obj_decref(items);
        return (Value)d;
    }
    if (!val_is_str(args[0])) {
        err_set(&Exc_TypeError, "first maketrans argument must be a string if there is a second argument");
        goto fail;
    }
    if (!val_is_str(args[1])) {
        err_set(&Exc_TypeError, "maketrans() argument 2 must be str, not %s", type_name(val_type(args[1])));
        goto fail;
    }
    if (nargs > 2 && !val_is_str(args[2])) {
        err_set(&Exc_TypeError, "maketrans() argument 3 must be str, not %s", type_name(val_type(args[2])));
        goto fail;
    }
    StrObj *x = val_as_str(args[0]), *y = val_as_str(args[1]);
    if (x->length != y->length) {
        err_set(&Exc_ValueError, "the first two maketrans arguments must have equal length");
        goto fail;
    }
    for (ssize_t i = 0; i < x->length; i++)
        if (dict_set(d, val_from_int(str_char_at(x, i)), val_from_int(str_char_at(y, i))) < 0)
            goto fail;
    if (nargs > 2) {
        StrObj *z = val_as_str(args[2]);
        for (ssize_t i = 0; i < z->length; i++)
            if (dict_set(d, val_from_int(str_char_at(z, i)), VAL_NONE) < 0)
                goto fail;
    }
    return (Value)d;
fail:
    obj_decref(d);
    return VAL_NULL;
}

/* ---- object protocol helpers ----------------------------------------------------- */

STR_METHOD(str_getnewargs_m)
{
    if (!no_args("str.__getnewargs__", nargs, kwnames))
        return VAL_NULL;
    Value copy = str_exact(self);
    if (!copy)
        return VAL_NULL;
    Object *t = tuple_pack(1, copy);
    val_decref(copy);
    return (Value)t;
}

STR_METHOD(str_sizeof_m)
{
    if (!no_args("str.__sizeof__", nargs, kwnames))
        return VAL_NULL;
    /* CPython's figures for its compact layouts (what programs print). */
    StrObj *s = val_as_str(self);
    size_t size = s->ascii ? 40 + (size_t)s->length + 1 : 56 + ((size_t)s->length + 1) * s->kind;
    return int_from_i64((int64_t)size);
}
