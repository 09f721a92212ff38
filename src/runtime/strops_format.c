/* str.format / format_map templates: the markup iterator (literal text and
 * replacement fields), field-name splitting, auto-numbering and the
 * conversion check, with CPython's ValueErrors. The VM evaluates. */
#include "strops.h"

#include "unicode_db.h"

bool strops_error_(StropsError *err, StropsErrorKind kind, const char *fmt, ...);

static int fail(StropsError *err, const char *msg)
{
    strops_error_(err, STROPS_VALUE_ERROR, "%s", msg);
    return -1;
}

bool strops_fmt_begin(StropsFmtIter *it, const uint32_t *s, size_t n,
                      int depth, StropsError *err)
{
    it->s = s;
    it->n = n;
    it->pos = 0;
    if (depth <= 0)
        return strops_error_(err, STROPS_VALUE_ERROR, "Max string recursion exceeded");
    return true;
}

/* The field after its '{': name up to '!' ':' or '}' (brackets may hold
 * any of them), then '!c', then a spec whose braces must balance. */
static int parse_field(StropsFmtIter *it, StropsFmtItem *item, StropsError *err)
{
    const uint32_t *s = it->s;
    size_t n = it->n, i = it->pos;
    uint32_t c = 0;
    item->name.start = i;
    while (i < n) {
        c = s[i++];
        if (c == '{')
            return fail(err, "unexpected '{' in field name");
        if (c == '[') {
            while (i < n && s[i] != ']')
                i++;
            c = 0;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
        c = 0;
    }
    if (c != '}' && c != ':' && c != '!')
        return fail(err, "expected '}' before end of string");
    item->name.end = i - 1;
    if (c == '}') {
        it->pos = i;
        return 1;
    }
    if (c == '!') {
        if (i >= n)
            return fail(err, "end of string while looking for conversion specifier");
        item->conversion = s[i++];
        if (i < n) {
            c = s[i++];
            if (c == '}') {
                it->pos = i;
                return 1;
            }
            if (c != ':')
                return fail(err, "expected ':' after conversion specifier");
        }
    }
    item->spec.start = item->spec.end = i;
    int depth = 1;
    while (i < n) {
        c = s[i++];
        if (c == '{') {
            item->spec_has_fields = true;
            depth++;
        } else if (c == '}' && --depth == 0) {
            item->spec.end = i - 1;
            it->pos = i;
            return 1;
        }
    }
    return fail(err, "unmatched '{' in format spec");
}

int strops_fmt_next(StropsFmtIter *it, StropsFmtItem *item, StropsError *err)
{
    const uint32_t *s = it->s;
    size_t n = it->n, i = it->pos;
    *item = (StropsFmtItem){{i, i}, false, {0, 0}, 0, {0, 0}, false};
    if (i >= n)
        return 0;
    /* Literal text up to a brace; a doubled brace ends the item with one
     * brace in the literal (the text is never copied), a single '{' starts
     * a field. */
    size_t start = i;
    uint32_t c = 0;
    bool brace = false;
    while (i < n) {
        c = s[i++];
        if (c == '{' || c == '}') {
            brace = true;
            break;
        }
    }
    bool at_end = i >= n;
    if (brace && c == '}' && (at_end || s[i] != '}'))
        return fail(err, "Single '}' encountered in format string");
    if (brace && c == '{' && at_end)
        return fail(err, "Single '{' encountered in format string");
    item->literal = (StropsSpan){start, i};
    if (brace) {
        if (s[i] == c) {
            it->pos = i + 1;
            return 1;
        }
        item->literal.end = i - 1;
    }
    it->pos = i;
    if (!brace)
        return 1;
    item->has_field = true;
    return parse_field(it, item, err);
}

/* CPython's get_integer: all decimal digits (any script) or -1; an empty
 * string is -1 too. Overflow past int64 is an error. */
static int64_t get_integer(const uint32_t *s, StropsSpan sp, StropsError *err,
                           bool *bad)
{
    if (sp.start >= sp.end)
        return -1;
    int64_t acc = 0;
    for (size_t i = sp.start; i < sp.end; i++) {
        int d = ucd_decimal(s[i]);
        if (d < 0)
            return -1;
        if (acc > (INT64_MAX - d) / 10) {
            *bad = true;
            strops_error_(err, STROPS_VALUE_ERROR,
                          "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
    }
    return acc;
}

bool strops_field_begin(const uint32_t *s, StropsSpan name,
                        StropsFieldName *f, StropsError *err)
{
    size_t i = name.start;
    while (i < name.end && s[i] != '.' && s[i] != '[')
        i++;
    f->s = s;
    f->first = (StropsSpan){name.start, i};
    f->pos = i;
    f->end = name.end;
    bool bad = false;
    f->arg_index = get_integer(s, f->first, err, &bad);
    return !bad;
}

int strops_field_next(StropsFieldName *f, bool *is_attr, StropsSpan *key,
                      int64_t *index, StropsError *err)
{
    const uint32_t *s = f->s;
    size_t i = f->pos;
    if (i >= f->end)
        return 0;
    uint32_t c = s[i++];
    *index = -1;
    if (c == '.') {
        *is_attr = true;
        key->start = i;
        while (i < f->end && s[i] != '.' && s[i] != '[')
            i++;
        key->end = i;
    } else if (c == '[') {
        *is_attr = false;
        key->start = i;
        while (i < f->end && s[i] != ']')
            i++;
        if (i >= f->end)
            return fail(err, "Missing ']' in format string");
        key->end = i++;
        bool bad = false;
        *index = get_integer(s, *key, err, &bad);
        if (bad)
            return -1;
    } else {
        return fail(err, "Only '.' or '[' may follow ']' in format field specifier");
    }
    f->pos = i;
    if (key->start == key->end)
        return fail(err, "Empty attribute in format string");
    return 1;
}

bool strops_autonumber(StropsAutoNumber *a, bool is_auto, int64_t *index,
                       StropsError *err)
{
    if (a->mode == 0)
        a->mode = is_auto ? 1 : 2;
    if (a->mode == 2 && is_auto)
        return strops_error_(err, STROPS_VALUE_ERROR,
                             "cannot switch from manual field specification "
                             "to automatic field numbering");
    if (a->mode == 1 && !is_auto)
        return strops_error_(err, STROPS_VALUE_ERROR,
                             "cannot switch from automatic field numbering "
                             "to manual field specification");
    if (is_auto)
        *index = a->next++;
    return true;
}

bool strops_fmt_check_conversion(uint32_t conv, StropsError *err)
{
    if (conv == 'r' || conv == 's' || conv == 'a')
        return true;
    if (conv > 32 && conv < 127)
        return strops_error_(err, STROPS_VALUE_ERROR,
                             "Unknown conversion specifier %c", (char)conv);
    return strops_error_(err, STROPS_VALUE_ERROR,
                         "Unknown conversion specifier \\x%x", (unsigned)conv);
}
