/* Descriptors of built-in types (method, class-method, getset, member),
 * built-in function objects, and the Python-level classmethod,
 * staticmethod and property. */
#ifndef FT_DESCR_H
#define FT_DESCR_H

#include "obj.h"

typedef struct MethodDescrObj {
    Object base;
    const MethodDef *def;
    Type *owner;
} MethodDescrObj;

typedef struct GetSetDescrObj {
    Object base;
    const GetSetDef *def;
    Type *owner;
} GetSetDescrObj;

typedef struct MemberDescrObj {
    Object base;
    MemberDef def; /* copied: heap types make them for __slots__ */
    Object *name;
    Type *owner;
} MemberDescrObj;

typedef struct CFuncObj {
    Object base;
    const MethodDef *def;
    Value self;        /* bound instance/module/type, or VAL_NULL */
    Object *module;    /* __module__ str, or NULL */
} CFuncObj;

/* classmethod / staticmethod wrap one callable. */
typedef struct WrapperObj {
    Object base;
    Object *dict;
    Value callable;
} WrapperObj;

typedef struct PropertyObj {
    Object base;
    Value fget, fset, fdel, doc, name;
    bool getter_doc;
} PropertyObj;

extern Type MethodDescr_Type, ClassMethodDescr_Type, GetSetDescr_Type, MemberDescr_Type,
    CFunc_Type, ClassMethod_Type, StaticMethod_Type, Property_Type;

Value descr_new_method(Type *owner, const MethodDef *def);
Value descr_new_getset(Type *owner, const GetSetDef *def);
Value descr_new_member(Type *owner, const MemberDef *def, Object *name);
Value classmethod_new(Value callable);
Value staticmethod_new(Value callable);

#endif
