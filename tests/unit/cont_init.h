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

int types_init(void);

static inline void cont_test_init(void)
{
    static bool done;
    if (done)
        return;
    done = true;
    hash_init_secret("0");
    ThreadState *ts = ts_create();
    ts_attach(ts);
    if (types_init() < 0)
        abort();
}

#endif
