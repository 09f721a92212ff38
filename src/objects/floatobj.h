/* float and complex: boxed doubles. */
#ifndef FT_FLOATOBJ_H
#define FT_FLOATOBJ_H

#include "obj.h"

typedef struct FloatObj {
    Object base;
    double v;
} FloatObj;

typedef struct ComplexObj {
    Object base;
    double re, im;
} ComplexObj;

extern Type Float_Type, Complex_Type;

Value float_new(double v);
static inline double float_value(Value v) { return ((FloatObj *)val_as_obj(v))->v; }
static inline bool val_is_float(Value v)
{
    return val_is_obj(v) && (val_as_obj(v)->type->tflags & TF_FLOAT_SUBCLASS) != 0;
}
/* float(v) for any value with __float__/__index__ (ints, floats, ...):
 * 0 or -1 + TypeError "must be real number, not X". */
int float_as_double(Value v, double *out);
Value complex_new(double re, double im);

#endif
