/* Value: the one-word representation of every Python value.
 * A word with the low bit set is a small int (63-bit payload); otherwise it
 * is a pointer to a heap Object (8-byte aligned, so its low bits are 0). */
#ifndef FT_VALUE_H
#define FT_VALUE_H

#include <stdbool.h>
#include <stdint.h>

typedef uintptr_t Value;
struct Object;

#define VAL_INT_TAG ((uintptr_t)1)
#define VAL_NULL ((Value)0) /* "no value": an error return or an empty slot */

/* Small ints span [VAL_INT_MIN, VAL_INT_MAX]; larger ones are boxed (GMP). */
#define VAL_INT_MAX (INT64_MAX >> 1)
#define VAL_INT_MIN (INT64_MIN >> 1)

static inline bool val_is_int(Value v) { return (v & VAL_INT_TAG) != 0; }
static inline bool val_is_obj(Value v) { return (v & VAL_INT_TAG) == 0 && v != VAL_NULL; }
static inline bool val_fits_int(int64_t i) { return i >= VAL_INT_MIN && i <= VAL_INT_MAX; }

/* Caller guarantees val_fits_int(i). The shift is done on the unsigned
 * representation: left-shifting a negative signed value is undefined. */
static inline Value val_from_int(int64_t i) { return ((uintptr_t)i << 1) | VAL_INT_TAG; }
/* Arithmetic right shift of the signed word recovers the payload with sign
 * (implementation-defined in C11, arithmetic on every compiler we support). */
static inline int64_t val_as_int(Value v) { return (int64_t)v >> 1; }

static inline Value val_from_obj(struct Object *o) { return (Value)o; }
static inline struct Object *val_as_obj(Value v) { return (struct Object *)v; }

#endif
