/* Layout shared by the exception classes that have attributes of their own. */
#ifndef FT_EXC_INTERNAL_H
#define FT_EXC_INTERNAL_H

#include "err.h"

#define EXC_NFIELDS 8

typedef struct ExcFields {
    ExcObj base;
    Value f[EXC_NFIELDS];
} ExcFields;

extern Type Bytes_Type;

#endif
