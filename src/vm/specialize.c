/* The specializers: each looks at the operands of one execution of a
 * generic instruction and, when they have a shape a specialized form
 * handles, writes that form's inline cache and publishes its opcode.
 * Cache layouts (units after the instruction; unit 0 is the counter):
 *
 *   LOAD_GLOBAL_MODULE   1-2 entry number in globals
 *   LOAD_GLOBAL_BUILTIN  1-2 entry number in builtins, 3-6 globals version
 *   LOAD_ATTR_*          1-2 type version, 3-6 payload: INSTANCE entry
 *                        number, SLOT offset, METHOD/CLASS the attribute
 *                        (borrowed from the type's dict), MODULE entry
 *                        number, PROPERTY the getter function
 *   STORE_ATTR_INSTANCE  1-2 type version, 3-4 entry number (or ~0)
 *   STORE_ATTR_SLOT      1-2 type version, 3-4 offset
 *   CALL_ALLOC_AND_ENTER_INIT  1-2 class version, 3-6 __init__ function
 *   BINARY_OP_{ADD,SUB,MUL}_FLOAT, BINARY_OP_{ADD,SUB}_INT  none (type guards)
 *
 * A type version tag identifies one state of one type (tags are never
 * reused; changing a type resets its tag), so a matching tag proves that
 * everything read from the type at specialization time still holds; the
 * pointers cached under a tag stay alive while the type's dict holds
 * them. */
#include "vm/specialize.h"

#include "objects/descr.h"
#include "objects/dict_cache.h"
#include "objects/floatobj.h"
#include "objects/module.h"
#include "objects/strobj.h"

static void publish(CodeUnit *instr, int op)
{
    CodeUnit old = cache_u16(instr);
    /* release: the caches written before are visible to a thread that
     * reads the new opcode (and validates them anyway) */
    __atomic_store_n(instr, (CodeUnit)((old & 0xff00) | (unsigned)op), __ATOMIC_RELEASE);
}

static void backoff(CodeUnit *counter)
{
    unsigned exp = (cache_u16(counter) >> 12) + 1u;
    if (exp >= SPEC_MAX_TRIES) {
        cache_put16(counter, SPEC_OFF);
        return;
    }
    /* 2, 4, 8, ... executions before the next attempt */
    cache_put16(counter, (uint16_t)(exp << 12 | ((1u << exp) & 0xFFF)));
}

void spec_deopt(CodeUnit *instr)
{
    backoff(instr + 1);
    int op = CU_OP(cache_u16(instr));
    publish(instr, op_deopt[op]);
}

static hash_t str_hash_of(Object *s)
{
    hash_t h = atomic_load_explicit(&((StrObj *)s)->hash, memory_order_relaxed);
    return h != -1 ? h : str_hash((StrObj *)s);
}

/* ---- LOAD_GLOBAL ------------------------------------------------------------------ */

void spec_load_global(CodeUnit *instr, Frame *f, Object *name)
{
    CodeUnit *c = instr + 1;
    Object *g = f->globals, *b = f->builtins;
    if (g->type != &Dict_Type || b->type != &Dict_Type || !((StrObj *)name)->interned)
        goto fail;
    ssize_t ix = dict_index_interned(g, name);
    if (ix >= 0 && ix <= (ssize_t)UINT32_MAX) {
        cache_put32(c + 1, (uint32_t)ix);
        publish(instr, LOAD_GLOBAL_MODULE);
        return;
    }
    uint64_t gver = dict_version(g);
    if (dict_may_have_str(g, name, str_hash_of(name)))
        goto fail;
    ix = dict_index_interned(b, name);
    if (ix >= 0 && ix <= (ssize_t)UINT32_MAX) {
        cache_put32(c + 1, (uint32_t)ix);
        cache_put64(c + 3, gver);
        publish(instr, LOAD_GLOBAL_BUILTIN);
        return;
    }
fail:
    backoff(c);
}

/* ---- LOAD_ATTR / STORE_ATTR -------------------------------------------------------- */

/* The version tag of t after a lookup of name (which assigns one), with
 * the result of that lookup in *attr; 0 when t cannot be cached. */
static uint32_t versioned_lookup(Type *t, Object *name, Value *attr)
{
    *attr = type_lookup(t, name); /* assigns a tag to a ready type */
    uint32_t v = atomic_load_explicit(&t->version, memory_order_acquire);
    if (!v)
        return 0;
    /* read again under the tag: a change in between resets the tag */
    *attr = type_lookup(t, name);
    if (atomic_load_explicit(&t->version, memory_order_acquire) != v)
        return 0;
    return v;
}

static bool simple_function(Value fn, int argcount)
{
    if (!val_is_obj(fn) || val_as_obj(fn)->type != &Function_Type)
        return false;
    CodeObj *co = val_as_code(((FuncObj *)val_as_obj(fn))->code);
    return !(co->flags & (CO_GENLIKE | CO_VARARGS | CO_VARKEYWORDS)) && co->kwonlyargcount == 0 &&
           (argcount < 0 || co->argcount == argcount);
}

void spec_load_attr(CodeUnit *instr, Value owner, Object *name, int oparg)
{
    CodeUnit *c = instr + 1;
    Type *t = val_type(owner);
    Value attr;
    if (!((StrObj *)name)->interned)
        goto fail;
    if (t == &Module_Type) {
        if (type_lookup(&Module_Type, name))
            goto fail;
        Object *d = ((ModuleObj *)val_as_obj(owner))->dict;
        if (!d || d->type != &Dict_Type)
            goto fail;
        ssize_t ix = dict_index_interned(d, name);
        if (ix < 0 || ix > (ssize_t)UINT32_MAX)
            goto fail;
        cache_put64(c + 3, (uint64_t)ix);
        publish(instr, LOAD_ATTR_MODULE);
        return;
    }
    if (t == &Type_Type) {
        /* an attribute of a class whose metatype is type itself */
        if (type_lookup(&Type_Type, name))
            goto fail;
        uint32_t v = versioned_lookup((Type *)val_as_obj(owner), name, &attr);
        if (!v || !attr)
            goto fail;
        Type *at = val_type(attr);
        if (at->descr_get && at != &Function_Type)
            goto fail; /* classmethod, staticmethod, property, ... bind */
        cache_put32(c + 1, v);
        cache_put64(c + 3, (uint64_t)attr);
        publish(instr, LOAD_ATTR_CLASS);
        return;
    }
    if (t->getattr && t->getattr != obj_generic_getattr)
        goto fail;
    uint32_t v = versioned_lookup(t, name, &attr);
    if (!v)
        goto fail;
    Type *at = attr ? val_type(attr) : NULL;
    if (at && at->descr_set) {
        /* data descriptors win over the instance dict */
        if (at == &MemberDescr_Type) {
            MemberDescrObj *m = (MemberDescrObj *)val_as_obj(attr);
            cache_put32(c + 1, v);
            cache_put64(c + 3, (uint64_t)m->def.offset);
            publish(instr, LOAD_ATTR_SLOT);
            return;
        }
        if (at == &Property_Type && !(oparg & 1)) {
            Value fget = ((PropertyObj *)val_as_obj(attr))->fget;
            if (!simple_function(fget, 1))
                goto fail;
            cache_put32(c + 1, v);
            cache_put64(c + 3, (uint64_t)fget);
            publish(instr, LOAD_ATTR_PROPERTY);
            return;
        }
        goto fail;
    }
    if (t->dictoffset < 0)
        goto fail;
    Object *d = NULL;
    if (t->dictoffset > 0 && val_is_obj(owner))
        d = __atomic_load_n((Object **)((char *)val_as_obj(owner) + t->dictoffset), __ATOMIC_ACQUIRE);
    if (d && d->type != &Dict_Type)
        goto fail;
    if ((oparg & 1) && at && (at->tflags & TF_METHOD_DESCR)) {
        if (d && dict_may_have_str(d, name, str_hash_of(name)))
            goto fail;
        cache_put32(c + 1, v);
        cache_put64(c + 3, (uint64_t)attr);
        publish(instr, LOAD_ATTR_METHOD);
        return;
    }
    if (d) {
        ssize_t ix = dict_index_interned(d, name);
        if (ix >= 0 && ix <= (ssize_t)UINT32_MAX) {
            cache_put32(c + 1, v);
            cache_put64(c + 3, (uint64_t)ix);
            publish(instr, LOAD_ATTR_INSTANCE);
            return;
        }
    }
fail:
    backoff(c);
}

void spec_store_attr(CodeUnit *instr, Value owner, Object *name)
{
    CodeUnit *c = instr + 1;
    Type *t = val_type(owner);
    Value attr;
    if (!((StrObj *)name)->interned || !val_is_obj(owner))
        goto fail;
    if (t->setattr && t->setattr != obj_generic_setattr)
        goto fail;
    if ((t->tflags & TF_TYPE_SUBCLASS) || t == &Module_Type)
        goto fail; /* class attributes must reset the class's version */
    uint32_t v = versioned_lookup(t, name, &attr);
    if (!v)
        goto fail;
    Type *at = attr ? val_type(attr) : NULL;
    if (at && at->descr_set) {
        if (at != &MemberDescr_Type)
            goto fail;
        MemberDescrObj *m = (MemberDescrObj *)val_as_obj(attr);
        if (m->def.flags & MEMBER_READONLY)
            goto fail;
        cache_put32(c + 1, v);
        cache_put32(c + 3, (uint32_t)m->def.offset);
        publish(instr, STORE_ATTR_SLOT);
        return;
    }
    if (t->dictoffset <= 0 || !(t->tflags & TF_HEAPTYPE))
        goto fail;
    Object *d = __atomic_load_n((Object **)((char *)val_as_obj(owner) + t->dictoffset), __ATOMIC_ACQUIRE);
    if (d && d->type != &Dict_Type)
        goto fail;
    ssize_t ix = d ? dict_index_interned(d, name) : -1;
    cache_put32(c + 1, v);
    cache_put32(c + 3, ix >= 0 && ix < (ssize_t)UINT32_MAX ? (uint32_t)ix : UINT32_MAX);
    publish(instr, STORE_ATTR_INSTANCE);
    return;
fail:
    backoff(c);
}

/* ---- CALL -------------------------------------------------------------------------- */

void spec_call(CodeUnit *instr, Value callable, Value self)
{
    CodeUnit *c = instr + 1;
    static Object *init_name;
    if (!init_name)
        init_name = str_intern_cstr("__init__");
    if (self || !val_is_obj(callable) || val_as_obj(callable)->type != &Type_Type)
        goto fail;
    Type *t = (Type *)val_as_obj(callable);
    if (!(t->tflags & TF_HEAPTYPE) || (t->tflags & TF_ABSTRACT) || t->itemsize ||
        t->tp_new != Object_Type.tp_new)
        goto fail;
    Value init;
    uint32_t v = versioned_lookup(t, init_name, &init);
    if (!v || !init || !val_is_obj(init) || val_as_obj(init)->type != &Function_Type)
        goto fail;
    if (val_as_code(((FuncObj *)val_as_obj(init))->code)->flags & CO_GENLIKE)
        goto fail;
    cache_put32(c + 1, v);
    cache_put64(c + 3, (uint64_t)init);
    publish(instr, CALL_ALLOC_AND_ENTER_INIT);
    return;
fail:
    backoff(c);
}

/* ---- BINARY_OP --------------------------------------------------------------------- */

void spec_binary_op(CodeUnit *instr, Value a, Value b, int oparg)
{
    int bop = oparg >= BINOP_INPLACE ? oparg - BINOP_INPLACE : oparg;
    int op = -1;
    if (val_is_int(a) && val_is_int(b)) {
        op = bop == OP_ADD ? BINARY_OP_ADD_INT : bop == OP_SUB ? BINARY_OP_SUB_INT : -1;
    } else if (val_is_obj(a) && val_is_obj(b) && val_as_obj(a)->type == &Float_Type &&
               val_as_obj(b)->type == &Float_Type) {
        op = bop == OP_ADD ? BINARY_OP_ADD_FLOAT : bop == OP_SUB ? BINARY_OP_SUB_FLOAT
           : bop == OP_MUL ? BINARY_OP_MUL_FLOAT : -1;
    }
    if (op < 0) {
        backoff(instr + 1);
        return;
    }
    publish(instr, op);
}
