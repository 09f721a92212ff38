/* The codecs module: encode/decode by codec name, lookup, the BOM
 * constants and the error-handler registry, over src/runtime/codecs. */
#include <string.h>

#include "modules/builtins.h"
#include "objects/bytesobj.h"
#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/module.h"
#include "objects/strobj.h"
#include "objects/structseq.h"
#include "objects/tupleobj.h"
#include "codecs.h"

static const char *opt_cstr(Value v, const char *dflt, const char *what)
{
    if (!v || v == VAL_NONE)
        return dflt;
    if (!val_is_str(v)) {
        err_set(&Exc_TypeError, "%s must be str, not %s", what, type_name(val_type(v)));
        return NULL;
    }
    return str_utf8(val_as_str(v), NULL);
}

static Value c_encode(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"obj", "encoding", "errors"};
    static const ArgSpec spec = {"encode", names, 3, 0, 1, 3};
    Value a[3];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    const char *enc = opt_cstr(a[1], "utf-8", "encode() argument 'encoding'");
    const char *errors = enc ? opt_cstr(a[2], "strict", "encode() argument 'errors'") : NULL;
    if (!enc || !errors)
        return VAL_NULL;
    if (!val_is_str(a[0])) {
        err_set(&Exc_TypeError, "utf_8_encode() argument 1 must be str, not %s", type_name(val_type(a[0])));
        return VAL_NULL;
    }
    return str_encode(a[0], enc, errors);
}

static Value c_decode(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"obj", "encoding", "errors"};
    static const ArgSpec spec = {"decode", names, 3, 0, 1, 3};
    Value a[3];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    const char *enc = opt_cstr(a[1], "utf-8", "decode() argument 'encoding'");
    const char *errors = enc ? opt_cstr(a[2], "strict", "decode() argument 'errors'") : NULL;
    if (!enc || !errors)
        return VAL_NULL;
    const uint8_t *d;
    ssize_t n;
    if (buffer_get(a[0], &d, &n) < 0)
        return VAL_NULL;
    return str_decode((const char *)d, n, enc, errors);
}

static const char *const codecinfo_fields[] = {"name", "encode", "decode", NULL};
static Type *CodecInfo_Type;

static Value c_lookup(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("lookup", kw) < 0 || args_count("lookup", nargs, 1, 1) < 0)
        return VAL_NULL;
    if (!val_is_str(args[0])) {
        err_set(&Exc_TypeError, "lookup() argument must be str, not %s", type_name(val_type(args[0])));
        return VAL_NULL;
    }
    ssize_t len;
    const char *name = str_utf8(val_as_str(args[0]), &len);
    if (!name)
        return VAL_NULL;
    CodecId id;
    CodecError e = {0};
    if (!codec_lookup(name, (size_t)len, &id, &e)) {
        codec_error_clear(&e);
        err_set(&Exc_LookupError, "unknown encoding: %s", name);
        return VAL_NULL;
    }
    Value cname = str_from_cstr(codec_name(id));
    Value mod = import_module_cstr("codecs");
    Value enc = mod ? obj_getattr_cstr(mod, "encode") : VAL_NULL;
    Value dec = mod ? obj_getattr_cstr(mod, "decode") : VAL_NULL;
    val_xdecref(mod);
    Value r = VAL_NULL;
    if (cname && enc && dec) {
        Value vals[3] = {cname, enc, dec};
        r = structseq_make(CodecInfo_Type, vals);
    }
    val_xdecref(cname);
    val_xdecref(enc);
    val_xdecref(dec);
    return r;
}

static Object *error_handlers;

static Value c_register_error(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("register_error", nargs, 2, 2) < 0)
        return VAL_NULL;
    if (!error_handlers && !(error_handlers = dict_new()))
        return VAL_NULL;
    return dict_set(error_handlers, args[0], args[1]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value c_lookup_error(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("lookup_error", nargs, 1, 1) < 0)
        return VAL_NULL;
    Value h;
    if (error_handlers && dict_get(error_handlers, args[0], &h) > 0)
        return h;
    err_set(&Exc_LookupError, "unknown error handler name %R", args[0]);
    return VAL_NULL;
}

static const MethodDef codecs_functions[] = {
    {"encode", c_encode, 0, NULL},
    {"decode", c_decode, 0, NULL},
    {"lookup", c_lookup, 0, NULL},
    {"register_error", c_register_error, 0, NULL},
    {"lookup_error", c_lookup_error, 0, NULL},
    {0},
};

static int add_bytes(Value m, const char *name, const char *data, ssize_t n)
{
    Value b = bytes_from_data(data, n);
    int r = b ? module_add(m, name, b) : -1;
    val_xdecref(b);
    return r;
}

int codecs_module_init(Value m)
{
    if (!CodecInfo_Type && !(CodecInfo_Type = structseq_new_type("codecs.CodecInfo", codecinfo_fields, 3)))
        return -1;
    if (module_add_functions(m, codecs_functions) < 0)
        return -1;
    if (add_bytes(m, "BOM_UTF8", "\xef\xbb\xbf", 3) < 0 ||
        add_bytes(m, "BOM_UTF16_LE", "\xff\xfe", 2) < 0 || add_bytes(m, "BOM_UTF16_BE", "\xfe\xff", 2) < 0 ||
        add_bytes(m, "BOM_UTF32_LE", "\xff\xfe\x00\x00", 4) < 0 ||
        add_bytes(m, "BOM_UTF32_BE", "\x00\x00\xfe\xff", 4) < 0 ||
        add_bytes(m, "BOM_LE", "\xff\xfe", 2) < 0 || add_bytes(m, "BOM_BE", "\xfe\xff", 2) < 0 ||
        add_bytes(m, "BOM", "\xff\xfe", 2) < 0 || add_bytes(m, "BOM_UTF16", "\xff\xfe", 2) < 0 ||
        add_bytes(m, "BOM_UTF32", "\xff\xfe\x00\x00", 4) < 0)
        return -1;
    return 0;
}
