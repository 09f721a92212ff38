/* Helpers shared by the standard-library modules written in C. */
#include "modules/modutil.h"
#include "objects/listobj.h"
#include "objects/tupleobj.h"

Value mod_call_special(Value v, const char *name, const Value *args, size_t nargs, bool *found)
{
    Type *t = val_type(v);
    Value descr = type_lookup(t, mod_name(name));
    if (!descr) {
        *found = false;
        return VAL_NULL;
    }
    *found = true;
    val_incref(descr);
    Value bound;
    Type *dt = val_type(descr);
    if (dt->descr_get) {
        bound = dt->descr_get(descr, v, (Value)t);
        val_decref(descr);
        if (!bound)
            return VAL_NULL;
    } else {
        bound = descr;
    }
    Value r = obj_call(bound, args, nargs, NULL);
    val_decref(bound);
    return r;
}

int mod_sequence_items(Value iterable, Value *holder, Value **items, ssize_t *n)
{
    Object *t;
    if (obj_type_is(iterable, &Tuple_Type)) {
        t = val_as_obj(val_ref(iterable));
    } else if (obj_type_is(iterable, &List_Type)) {
        t = list_as_tuple(val_as_obj(iterable));
    } else {
        t = tuple_from_iterable(iterable);
    }
    if (!t)
        return -1;
    *holder = (Value)t;
    *items = tuple_items(t);
    *n = tuple_size(t);
    return 0;
}
