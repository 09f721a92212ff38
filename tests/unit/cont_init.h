/* Set-up shared by the container unit tests: a fixed hash secret (so str
 * hashes are CPython's under PYTHONHASHSEED=0), an attached thread state,
 * and the container types readied. */
#ifndef FT_CONT_INIT_H
#define FT_CONT_INIT_H

#include "objects/dictobj.h"
#include "objects/err.h"
#include "objects/iterobj.h"
#include "objects/listobj.h"
#include "objects/rangeobj.h"
#include "objects/setobj.h"
#include "objects/sliceobj.h"
#include "objects/strobj.h"
#include "objects/tupleobj.h"
#include "tstate.h"

static inline void cont_test_init(void)
{
    static bool done;
    if (done)
        return;
    done = true;
    hash_init_secret("0");
    ThreadState *ts = ts_create();
    ts_attach(ts);
    Type *types[] = {&Tuple_Type, &List_Type, &Dict_Type, &Set_Type, &FrozenSet_Type,
                     &Range_Type, &Slice_Type, &Enumerate_Type, &Zip_Type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (type_ready(types[i]) < 0)
            abort();
}

#endif
