/* Helpers shared by the container and iterator types (tuple, list, dict,
 * set, range, slice, iterators); not part of the object layer's contract. */
#ifndef FT_CONT_INTERNAL_H
#define FT_CONT_INTERNAL_H

#include "obj.h"
#include "err.h"
#include "strobj.h"

/* The xxHash-style combination CPython uses for tuples and slices. */
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
static inline uint64_t xx_rotate(uint64_t x) { return (x << 31) | (x >> 33); }
static inline uint64_t xx_lane(uint64_t acc, uint64_t lane)
{
    acc += lane * XXPRIME_2;
    acc = xx_rotate(acc);
    return acc * XXPRIME_1;
}

/* Raises KeyError(key): the key is wrapped so a tuple key is not unpacked
 * into the exception's arguments. */
void cont_key_error(Value key);

/* An index argument for seq[i]: 1 and *out for ints and __index__
 * objects (IndexError when it does not fit), 0 when key is not an index
 * (the caller tries slices / raises), -1 on error. */
int cont_index_value(Value key, ssize_t *out);

/* "<type> indices must be integers or slices, not X" */
void cont_bad_index(const char *what, Value key);

/* A sequence's repr: open, items' reprs joined by ", ", close. Handles
 * the recursion marker through obj_repr_enter ("[...]"). items is a
 * snapshot the caller owns. */
Value cont_repr_items(Value self, const char *open, const Value *items, ssize_t n,
                      const char *close, const char *recursive);

/* An interned name cached in *cache (created on first use; release/
 * acquire so another thread sees the string's contents). */
static inline Object *cont_name(const char *s, _Atomic(Object *) *cache)
{
    Object *o = atomic_load_explicit(cache, memory_order_acquire);
    if (!o) {
        o = str_intern_cstr(s);
        atomic_store_explicit(cache, o, memory_order_release);
    }
    return o;
}

/* Lexicographic rich comparison of two item snapshots (CPython's rules
 * for list/tuple). */
Value cont_seq_compare(const Value *a, ssize_t na, const Value *b, ssize_t nb, int op);

/* Repeat count from an int-like operand: 1 and *out (negative -> 0),
 * 0 when not an index, -1 on error (OverflowError cannot-fit). */
int cont_repeat_count(Value n, ssize_t *out);

/* seq + other / seq * other where other is not handled by the sequence:
 * gives other's own slot the chance CPython's binary_op1 gives it (the
 * core does not call it again since no NotImplemented is returned).
 * cont_seq_reflected returns VAL_NULL without an exception when other's
 * slot declined (the caller raises its message). */
Value cont_seq_reflected(Value a, Value b, BinOp op, Type *seqtype);
/* Finishes seq * x for a non-index x: "can't multiply sequence by
 * non-int of type 'X'" unless x's own slot handles it. */
Value cont_seq_repeat_fallback(Value a, Value b, bool seq_left, Type *seqtype);

/* Internal iterator constructors. */
Value tupleiter_new(Object *t);
Value listiter_new(Object *l);
Value listreviter_new(Object *l);

/* Types of the iterators (for type_ready). */
extern Type TupleIter_Type, ListIter_Type, ListRevIter_Type;

/* Sorting (list_sort.c): sorts n items in place with "<" (stable);
 * keys, when non-NULL, are the sort keys parallel to items. */
int cont_sort_values(Value *items, Value *keys, ssize_t n);

#endif
