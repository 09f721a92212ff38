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

/* ---- Additions of the number types (float.c, complex.c) ---------------- */

/* Exactly float (no subclass): what the VM's float specializations guard
 * on; then float_value() and float_new() are the whole fast path. */
static inline bool val_is_exact_float(Value v)
{
    return val_is_obj(v) && val_as_obj(v)->type == &Float_Type;
}
/* complex and its subclasses, and their parts. */
static inline bool val_is_complex(Value v)
{
    return val_is_obj(v) && type_is_subtype(val_as_obj(v)->type, &Complex_Type);
}
static inline double complex_real(Value v) { return ((ComplexObj *)val_as_obj(v))->re; }
static inline double complex_imag(Value v) { return ((ComplexObj *)val_as_obj(v))->im; }
/* repr(float) for any double ("1.0", "inf", "1e+16"). */
Value float_repr_double(double x);

#endif
