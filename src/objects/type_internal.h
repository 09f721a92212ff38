/* Shared between type.c (type objects), type_new.c (class creation) and
 * object_type.c (the `object` type). */
#ifndef FT_TYPE_INTERNAL_H
#define FT_TYPE_INTERNAL_H

#include "obj.h"

void type_add_subclass(Type *base, Type *sub);
void type_remove_subclass(Type *base, Type *sub);
Object *type_subclasses_list(Type *t);
Object *type_compute_mro(Type *t, Object *bases);
void heap_type_dealloc(Object *o);
/* The __dict__ attribute of instances that have a dict (type_new.c). */
extern const GetSetDef subtype_dict_getset;
/* The default repr "<module.Name object at 0x...>". */
Value object_default_repr(Value v);
/* A read-only view of a mapping (types.MappingProxyType). */
Value mappingproxy_new(Value mapping);
extern Type MappingProxy_Type;

#endif
