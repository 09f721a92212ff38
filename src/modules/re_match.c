/* re.Match objects: groups by number or name, spans, expand, repr. */
#include <string.h>

#include "modules/builtins.h"
#include "modules/re_internal.h"
#include "objects/bytesobj.h"
#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/intobj.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"

#define M(v) ((MatchObj *)val_as_obj(v))

Value match_new(PatternObj *p, Value string, const RegexResult *res, ssize_t pos, ssize_t endpos)
{
    int ng = regex_groups(p->rx) + 1;
    MatchObj *m = (MatchObj *)obj_alloc(&Match_Type, (size_t)(2 * ng));
    if (!m)
        return VAL_NULL;
    m->pattern = val_ref((Value)p);
    m->string = val_ref(string);
    m->pos = pos;
    m->endpos = endpos;
    m->ngroups = ng;
    m->lastindex = res->lastindex;
    memcpy(m->spans, res->spans, 2 * (size_t)ng * sizeof(ssize_t));
    return (Value)m;
}

static void match_dealloc(Object *o)
{
    MatchObj *m = (MatchObj *)o;
    val_clear(&m->pattern);
    val_clear(&m->string);
    obj_free(o);
}

static int match_traverse(Object *o, int (*visit)(Value, void *), void *arg)
{
    MatchObj *m = (MatchObj *)o;
    return visit(m->pattern, arg) || visit(m->string, arg);
}

/* The group number named by an int or a group name; -1 + IndexError. */
static int group_index(MatchObj *m, Value g)
{
    if (val_is_int_like(g)) {
        int64_t i;
        if (int_as_i64(g, &i) == 0 && i >= 0 && i < m->ngroups)
            return (int)i;
        err_clear();
    } else if (val_is_str(g)) {
        PatternObj *p = (PatternObj *)val_as_obj(m->pattern);
        StrObj *s = val_as_str(g);
        uint32_t *cp = str_to_ucs4(s);
        int i = cp ? regex_group_index(p->rx, cp, (size_t)s->length) : -1;
        mem_free(cp);
        if (i >= 0)
            return i;
    }
    err_set(&Exc_IndexError, "no such group");
    return -1;
}

static Value group_value(MatchObj *m, int g, Value dflt)
{
    ssize_t s = m->spans[2 * g], e = m->spans[2 * g + 1];
    if (s < 0)
        return val_ref(dflt);
    Subject sub;
    bool bytes = ((PatternObj *)val_as_obj(m->pattern))->bytes;
    if (!bytes || val_is_bytes(m->string))
        return subject_slice(m->string, NULL, s, e);
    if (subject_get(m->string, bytes, &sub) < 0)
        return VAL_NULL;
    Value r = subject_slice(m->string, &sub, s, e);
    subject_free(&sub);
    return r;
}

static Value match_group(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_no_kw("group", kw) < 0)
        return VAL_NULL;
    MatchObj *m = M(self);
    if (nargs == 0)
        return group_value(m, 0, VAL_NONE);
    if (nargs == 1) {
        int g = group_index(m, args[0]);
        return g < 0 ? VAL_NULL : group_value(m, g, VAL_NONE);
    }
    Object *t = tuple_new((ssize_t)nargs);
    if (!t)
        return VAL_NULL;
    for (size_t i = 0; i < nargs; i++) {
        int g = group_index(m, args[i]);
        Value v = g < 0 ? VAL_NULL : group_value(m, g, VAL_NONE);
        if (!v) {
            obj_decref(t);
            return VAL_NULL;
        }
        tuple_items(t)[i] = v;
    }
    return (Value)t;
}

static Value match_getitem(Value self, Value key)
{
    int g = group_index(M(self), key);
    return g < 0 ? VAL_NULL : group_value(M(self), g, VAL_NONE);
}

static Value match_groups(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"default"};
    static const ArgSpec spec = {"groups", names, 1, 0, 0, 1};
    Value a[1];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    MatchObj *m = M(self);
    Object *t = tuple_new(m->ngroups - 1);
    if (!t)
        return VAL_NULL;
    for (int g = 1; g < m->ngroups; g++) {
        Value v = group_value(m, g, a[0] ? a[0] : VAL_NONE);
        if (!v) {
            obj_decref(t);
            return VAL_NULL;
        }
        tuple_items(t)[g - 1] = v;
    }
    return (Value)t;
}

static Value match_groupdict(Value self, const Value *args, size_t nargs, Object *kw)
{
    static const char *const names[] = {"default"};
    static const ArgSpec spec = {"groupdict", names, 1, 0, 0, 1};
    Value a[1];
    if (args_parse(&spec, args, nargs, kw, a) < 0)
        return VAL_NULL;
    MatchObj *m = M(self);
    PatternObj *p = (PatternObj *)val_as_obj(m->pattern);
    Object *d = dict_new();
    if (!d)
        return VAL_NULL;
    for (int i = 0; i < regex_name_count(p->rx); i++) {
        size_t len;
        int g;
        const uint32_t *name = regex_group_name(p->rx, i, &len, &g);
        Value n = str_from_ucs4(name, (ssize_t)len);
        Value v = n ? group_value(m, g, a[0] ? a[0] : VAL_NONE) : VAL_NULL;
        if (!v || dict_set(d, n, v) < 0) {
            val_xdecref(n);
            val_xdecref(v);
            obj_decref(d);
            return VAL_NULL;
        }
        val_decref(n);
        val_decref(v);
    }
    return (Value)d;
}

static int group_arg(MatchObj *m, const Value *args, size_t nargs, const char *fname)
{
    if (args_count(fname, nargs, 0, 1) < 0)
        return -1;
    return nargs ? group_index(m, args[0]) : 0;
}

static Value match_start(Value self, const Value *args, size_t nargs, Object *kw)
{
    int g = group_arg(M(self), args, nargs, "start");
    return g < 0 ? VAL_NULL : int_from_i64(M(self)->spans[2 * g]);
}

static Value match_end(Value self, const Value *args, size_t nargs, Object *kw)
{
    int g = group_arg(M(self), args, nargs, "end");
    return g < 0 ? VAL_NULL : int_from_i64(M(self)->spans[2 * g + 1]);
}

static Value match_span(Value self, const Value *args, size_t nargs, Object *kw)
{
    int g = group_arg(M(self), args, nargs, "span");
    if (g < 0)
        return VAL_NULL;
    return (Value)tuple_pack(2, int_from_i64(M(self)->spans[2 * g]), int_from_i64(M(self)->spans[2 * g + 1]));
}

static Value match_expand(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (args_count("expand", nargs, 1, 1) < 0)
        return VAL_NULL;
    MatchObj *m = M(self);
    PatternObj *p = (PatternObj *)val_as_obj(m->pattern);
    Subject rs;
    if (subject_get(args[0], p->bytes, &rs) < 0)
        return VAL_NULL;
    RegexTemplate t;
    RegexError e;
    bool ok = regex_template_parse(p->rx, rs.cp, rs.len, p->bytes, &t, &e);
    subject_free(&rs);
    if (!ok) {
        re_raise(&e, args[0]);
        return VAL_NULL;
    }
    Subject sub;
    Value r = VAL_NULL;
    if (subject_get(m->string, p->bytes, &sub) == 0) {
        r = re_template_expand(p, m->string, &sub, &t, m->spans);
        subject_free(&sub);
    }
    regex_template_free(&t);
    return r;
}

static Value match_repr(Value self)
{
    MatchObj *m = M(self);
    Value g0 = group_value(m, 0, VAL_NONE);
    if (!g0)
        return VAL_NULL;
    Value r = str_printf("<re.Match object; span=(%zd, %zd), match=%R>", m->spans[0], m->spans[1], g0);
    val_decref(g0);
    return r;
}

static Value match_copy(Value self, const Value *args, size_t nargs, Object *kw) { return val_ref(self); }

static const MethodDef match_methods[] = {
    {"group", match_group, 0, NULL},
    {"groups", match_groups, 0, NULL},
    {"groupdict", match_groupdict, 0, NULL},
    {"start", match_start, 0, NULL},
    {"end", match_end, 0, NULL},
    {"span", match_span, 0, NULL},
    {"expand", match_expand, 0, NULL},
    {"__copy__", match_copy, 0, NULL},
    {"__deepcopy__", match_copy, 0, NULL},
    {0},
};

static Value m_string(Value self, void *c) { return val_ref(M(self)->string); }
static Value m_re(Value self, void *c) { return val_ref(M(self)->pattern); }
static Value m_pos(Value self, void *c) { return int_from_i64(M(self)->pos); }
static Value m_endpos(Value self, void *c) { return int_from_i64(M(self)->endpos); }
static Value m_lastindex(Value self, void *c)
{
    return M(self)->lastindex < 0 ? VAL_NONE : val_from_int(M(self)->lastindex);
}
static Value m_lastgroup(Value self, void *c)
{
    MatchObj *m = M(self);
    if (m->lastindex < 0)
        return VAL_NONE;
    size_t len;
    const uint32_t *n = regex_name_of_group(((PatternObj *)val_as_obj(m->pattern))->rx, m->lastindex, &len);
    return n ? str_from_ucs4(n, (ssize_t)len) : VAL_NONE;
}
static Value m_regs(Value self, void *c)
{
    MatchObj *m = M(self);
    Object *t = tuple_new(m->ngroups);
    for (int g = 0; t && g < m->ngroups; g++) {
        Object *p = tuple_pack(2, int_from_i64(m->spans[2 * g]), int_from_i64(m->spans[2 * g + 1]));
        if (!p) {
            obj_decref(t);
            return VAL_NULL;
        }
        tuple_items(t)[g] = (Value)p;
    }
    return t ? (Value)t : VAL_NULL;
}

static const GetSetDef match_getsets[] = {
    {"string", m_string, NULL, NULL, NULL},
    {"re", m_re, NULL, NULL, NULL},
    {"pos", m_pos, NULL, NULL, NULL},
    {"endpos", m_endpos, NULL, NULL, NULL},
    {"lastindex", m_lastindex, NULL, NULL, NULL},
    {"lastgroup", m_lastgroup, NULL, NULL, NULL},
    {"regs", m_regs, NULL, NULL, NULL},
    {0},
};

Type Match_Type = {
    TYPE_HEADER("re.Match", match_dealloc),
    .tflags = TF_HAS_GC,
    .basicsize = sizeof(MatchObj),
    .itemsize = sizeof(ssize_t),
    .repr = match_repr,
    .getitem = match_getitem,
    .traverse = match_traverse,
    .methods = match_methods,
    .getsets = match_getsets,
};

int re_match_init_types(void)
{
    return type_ready(&Match_Type);
}
