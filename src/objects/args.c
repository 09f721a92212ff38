/* Argument parsing for built-in functions and methods, with CPython's
 * TypeError messages. */
#include <string.h>

#include "objects/err.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"

int args_no_kw(const char *fname, Object *kwnames)
{
    if (kwnames && tuple_size(kwnames) > 0) {
        err_set(&Exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

int args_count(const char *fname, size_t nargs, size_t min, size_t max)
{
    if (nargs >= min && nargs <= max)
        return 0;
    if (min == max) {
        if (min == 0)
            err_set(&Exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
        else if (min == 1)
            err_set(&Exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
        else
            err_set(&Exc_TypeError, "%s expected %zu arguments, got %zu", fname, min, nargs);
    } else if (nargs < min) {
        err_set(&Exc_TypeError, "%s expected at least %zu argument%s, got %zu", fname, min,
                min == 1 ? "" : "s", nargs);
    } else {
        err_set(&Exc_TypeError, "%s expected at most %zu argument%s, got %zu", fname, max,
                max == 1 ? "" : "s", nargs);
    }
    return -1;
}

int args_parse(const ArgSpec *spec, const Value *args, size_t nargs, Object *kwnames, Value *out)
{
    size_t count = spec->count;
    size_t maxpos = spec->kwonly_from < count ? spec->kwonly_from : count;
    for (size_t i = 0; i < count; i++)
        out[i] = VAL_NULL;
    if (nargs > maxpos) {
        if (maxpos == 0)
            err_set(&Exc_TypeError, "%s() takes no positional arguments", spec->fname);
        else if (spec->nrequired == maxpos)
            err_set(&Exc_TypeError, "%s() takes exactly %zu positional argument%s (%zu given)",
                    spec->fname, maxpos, maxpos == 1 ? "" : "s", nargs);
        else
            err_set(&Exc_TypeError, "%s() takes at most %zu %sargument%s (%zu given)", spec->fname,
                    maxpos, spec->kwonly_from < count ? "positional " : "", maxpos == 1 ? "" : "s",
                    nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        out[i] = args[i];
    ssize_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (ssize_t k = 0; k < nkw; k++) {
        StrObj *name = val_as_str(tuple_get(kwnames, k));
        size_t i;
        for (i = spec->nposonly; i < count; i++)
            if (str_eq_cstr(name, spec->names[i]))
                break;
        if (i == count) {
            for (i = 0; i < spec->nposonly; i++)
                if (str_eq_cstr(name, spec->names[i]))
                    break;
            if (i < spec->nposonly)
                err_set(&Exc_TypeError,
                        "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                        spec->fname, spec->names[i]);
            else
                err_set(&Exc_TypeError, "%s() got an unexpected keyword argument '%U'", spec->fname,
                        (Object *)name);
            return -1;
        }
        if (out[i]) {
            err_set(&Exc_TypeError, "argument for %s() given by name ('%s') and position (%zu)",
                    spec->fname, spec->names[i], i + 1);
            return -1;
        }
        out[i] = args[nargs + (size_t)k];
    }
    for (size_t i = 0; i < spec->nrequired; i++) {
        if (!out[i]) {
            if (i < nargs || i >= spec->nposonly)
                err_set(&Exc_TypeError, "%s() missing required argument '%s' (pos %zu)",
                        spec->fname, spec->names[i], i + 1);
            else
                err_set(&Exc_TypeError, "%s() missing required argument '%s' (pos %zu)",
                        spec->fname, spec->names[i], i + 1);
            return -1;
        }
    }
    return 0;
}
