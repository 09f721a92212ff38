/* '%'-formatting templates for str: one conversion at a time (key, flags,
 * width/precision or '*', length modifier, conversion character) with
 * CPython's ValueErrors; the caller fetches arguments and converts. */
#include "strops.h"

bool strops_error_(StropsError *err, StropsErrorKind kind, const char *fmt, ...);

void strops_percent_begin(StropsPercentIter *it, const uint32_t *s, size_t n,
                          bool mapping)
{
    it->s = s;
    it->n = n;
    it->pos = 0;
    it->mapping = mapping;
    it->star = NULL;
    it->key = NULL;
    it->ctx = NULL;
}

static int fail(StropsError *err, StropsErrorKind kind, const char *msg)
{
    strops_error_(err, kind, "%s", msg);
    return -1;
}

/* Digits of a width or precision; CPython refuses past PY_SSIZE_T_MAX. */
static bool number(const uint32_t *s, size_t n, size_t *i, int64_t *out)
{
    int64_t v = 0;
    while (*i < n && s[*i] >= '0' && s[*i] <= '9') {
        int d = (int)(s[*i] - '0');
        if (v > (INT64_MAX - d) / 10)
            return false;
        v = v * 10 + d;
        (*i)++;
    }
    *out = v;
    return true;
}

int strops_percent_next(StropsPercentIter *it, StropsPercentItem *item,
                        StropsError *err)
{
    const uint32_t *s = it->s;
    size_t n = it->n, i = it->pos;
    StropsPercentItem z = {0};
    *item = z;
    item->width = item->precision = -1;
    if (i >= n)
        return 0;
    size_t start = i;
    while (i < n && s[i] != '%')
        i++;
    item->literal = (StropsSpan){start, i};
    if (i >= n) {
        it->pos = i;
        return 1;
    }
    i++; /* the '%' */
    if (i < n && s[i] == '%') {
        /* only an immediate "%%" is an escape; "%5%" is a conversion */
        item->has_conv = item->escape = true;
        item->conv = '%';
        item->conv_index = i;
        it->pos = i + 1;
        return 1;
    }
    item->has_conv = true;
    if (i < n && s[i] == '(') {
        if (!it->mapping)
            return fail(err, STROPS_TYPE_ERROR, "format requires a mapping");
        /* the key runs to the matching ')', parentheses nesting */
        size_t depth = 1, k = ++i;
        while (i < n && depth > 0) {
            if (s[i] == '(')
                depth++;
            else if (s[i] == ')')
                depth--;
            i++;
        }
        if (depth > 0)
            return fail(err, STROPS_VALUE_ERROR, "incomplete format key");
        item->has_key = true;
        item->key = (StropsSpan){k, i - 1};
        if (it->key && !it->key(it->ctx, item->key, err))
            return -1;
    }
    for (; i < n; i++) {
        uint32_t c = s[i];
        if (c == '-')
            item->ljust = true;
        else if (c == '+')
            item->sign = true;
        else if (c == ' ')
            item->blank = true;
        else if (c == '#')
            item->alt = true;
        else if (c == '0')
            item->zero = true;
        else
            break;
    }
    if (i < n && s[i] == '*') {
        item->width_star = true;
        i++;
        if (it->star && !it->star(it->ctx, &item->width, err))
            return -1;
    } else if (i < n && s[i] >= '0' && s[i] <= '9') {
        if (!number(s, n, &i, &item->width))
            return fail(err, STROPS_VALUE_ERROR, "width too big");
    }
    if (i < n && s[i] == '.') {
        i++;
        if (i < n && s[i] == '*') {
            item->prec_star = true;
            i++;
            if (it->star && !it->star(it->ctx, &item->precision, err))
                return -1;
        } else {
            if (!number(s, n, &i, &item->precision))
                return fail(err, STROPS_VALUE_ERROR, "precision too big");
        }
    }
    /* one length modifier is accepted and ignored */
    if (i < n && (s[i] == 'h' || s[i] == 'l' || s[i] == 'L'))
        i++;
    if (i >= n)
        return fail(err, STROPS_VALUE_ERROR, "incomplete format");
    item->conv = s[i];
    item->conv_index = i;
    it->pos = i + 1;
    return 1;
}

bool strops_percent_check_conv(const StropsPercentItem *item, StropsError *err)
{
    static const char ok[] = "sracdiuoxXeEfFgG";
    uint32_t c = item->conv;
    for (const char *p = ok; *p; p++)
        if ((uint32_t)(unsigned char)*p == c)
            return true;
    if (c >= 31 && c <= 126)
        return strops_error_(err, STROPS_VALUE_ERROR,
                             "unsupported format character '%c' (0x%x) at index %zu",
                             (char)c, (unsigned)c, item->conv_index);
    return strops_error_(err, STROPS_VALUE_ERROR,
                         "unsupported format character '?' (0x%x) at index %zu",
                         (unsigned)c, item->conv_index);
}

bool strops_percent_counts(const uint32_t *s, size_t n, bool mapping,
                           size_t *args, bool *uses_keys, StropsError *err)
{
    StropsPercentIter it;
    StropsPercentItem item;
    strops_percent_begin(&it, s, n, mapping);
    *args = 0;
    *uses_keys = false;
    int r;
    while ((r = strops_percent_next(&it, &item, err)) == 1) {
        if (!item.has_conv || item.escape)
            continue;
        *args += (size_t)item.width_star + (size_t)item.prec_star + !item.has_key;
        *uses_keys |= item.has_key;
        if (!strops_percent_check_conv(&item, err))
            return false;
    }
    return r == 0;
}
