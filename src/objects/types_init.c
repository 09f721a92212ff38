/* Startup of the object layer: every static type readied in dependency
 * order, and the list of types the builtins module exposes. */
#include "objects/descr.h"
#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/floatobj.h"
#include "objects/intobj.h"
#include "objects/listobj.h"
#include "objects/module.h"
#include "objects/strobj.h"
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

int types_init(void)
{
    if (numbers_init() < 0)
        return -1;
    if (slots_init() < 0)
        return -1;
    for (Type *const *t = core_types; *t; t++)
        if (type_ready(*t) < 0)
            return -1;
    if (exceptions_init() < 0 || more_types_init() < 0 || vm_init() < 0)
        return -1;
    return 0;
}
