/* Startup of the object layer: every static type readied in dependency
 * order, and the list of types the builtins module exposes. */
#include "modules/io.h"
#include "objects/bytesobj.h"
#include "objects/descr.h"
#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/floatobj.h"
#include "objects/intobj.h"
#include "objects/iterobj.h"
#include "objects/listobj.h"
#include "objects/rangeobj.h"
#include "objects/setobj.h"
#include "objects/sliceobj.h"
#include "objects/module.h"
#include "objects/strobj.h"
#include "objects/str_internal.h"
#include "objects/structseq.h"
#include "objects/tupleobj.h"
#include "objects/type_internal.h"
#include "vm/vm.h"

extern Type SlotWrapper_Type, MethodWrapper_Type, Super_Type;

/* Readied first: what type_ready itself uses (tuples, dicts, strs,
 * descriptors). */
static Type *const core_types[] = {
    &Object_Type, &Type_Type, &Str_Type, &Tuple_Type, &Dict_Type, &List_Type,
    &Int_Type, &Bool_Type, &Float_Type, &Complex_Type, &NoneType_Type,
    &NotImplType_Type, &Ellipsis_Type, &MethodDescr_Type, &ClassMethodDescr_Type,
    &GetSetDescr_Type, &MemberDescr_Type, &CFunc_Type, &SlotWrapper_Type,
    &MethodWrapper_Type, &ClassMethod_Type, &StaticMethod_Type, &Property_Type,
    &Module_Type, &Super_Type, &Namespace_Type, &MappingProxy_Type,
    NULL,
};

/* Everything else, readied after the exceptions. */
static Type *const other_types[] = {
    &StrIter_Type, &StrAsciiIter_Type, &Bytes_Type, &BytesIter_Type, &ByteArray_Type,
    &ByteArrayIter_Type, &MemoryView_Type,
    &TupleIter_Type, &ListIter_Type, &ListRevIter_Type,
    &DictKeys_Type, &DictValues_Type, &DictItems_Type, &DictKeyIter_Type, &DictValueIter_Type,
    &DictItemIter_Type, &DictRevKeyIter_Type, &DictRevValueIter_Type, &DictRevItemIter_Type,
    &Set_Type, &FrozenSet_Type, &SetIter_Type, &Range_Type, &RangeIter_Type,
    &LongRangeIter_Type, &Slice_Type, &Enumerate_Type, &Zip_Type, &Map_Type, &Filter_Type,
    &Reversed_Type, &SeqIter_Type, &CallIter_Type,
    NULL,
};

int more_types_init(void)
{
    for (Type *const *t = other_types; *t; t++)
        if (type_ready(*t) < 0)
            return -1;
    return 0;
}

/* The types the builtins module binds by name. */
Type *const builtin_types[] = {
    &Bool_Type, &ByteArray_Type, &Bytes_Type, &MemoryView_Type, &ClassMethod_Type, &Complex_Type, &Dict_Type, &Enumerate_Type,
    &Filter_Type, &Float_Type, &FrozenSet_Type, &Int_Type, &List_Type, &Map_Type,
    &Object_Type, &Property_Type, &Range_Type, &Reversed_Type, &Set_Type, &Slice_Type,
    &StaticMethod_Type, &Str_Type, &Super_Type, &Tuple_Type, &Type_Type, &Zip_Type,
    NULL,
};

int types_init(void)
{
    if (numbers_init() < 0)
        return -1;
    if (slots_init() < 0)
        return -1;
    for (Type *const *t = core_types; *t; t++)
        if (type_ready(*t) < 0)
            return -1;
    if (exceptions_init() < 0 || io_types_init() < 0 || more_types_init() < 0 || vm_init() < 0)
        return -1;
    return 0;
}
