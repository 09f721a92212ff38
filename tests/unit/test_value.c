/* Values: small-int tagging round-trips at the boundaries and signs. */
#include "unit.h"
#include "value.h"

TEST(small_int_round_trip)
{
    int64_t samples[] = {0, 1, -1, 42, -42, 1 << 30, -(1LL << 40), VAL_INT_MAX, VAL_INT_MIN,
                         VAL_INT_MAX - 1, VAL_INT_MIN + 1};
    for (size_t i = 0; i < sizeof samples / sizeof *samples; i++) {
        CHECK(val_fits_int(samples[i]));
        Value v = val_from_int(samples[i]);
        CHECK(val_is_int(v));
        CHECK(!val_is_obj(v));
        CHECK_EQ_LL(val_as_int(v), samples[i]);
    }
}

TEST(out_of_range_ints_do_not_fit)
{
    CHECK(!val_fits_int(VAL_INT_MAX + 1));
    CHECK(!val_fits_int(VAL_INT_MIN - 1));
    CHECK(!val_fits_int(INT64_MAX));
    CHECK(!val_fits_int(INT64_MIN));
}

TEST(pointers_are_objects)
{
    static _Alignas(8) char storage[24];
    Value v = val_from_obj((struct Object *)storage);
    CHECK(val_is_obj(v));
    CHECK(!val_is_int(v));
    CHECK(val_as_obj(v) == (struct Object *)storage);
    CHECK(!val_is_obj(VAL_NULL));
    CHECK(!val_is_int(VAL_NULL));
}

TEST(tagging_preserves_order)
{
    /* Comparisons on tagged words order like the ints (a fast path the VM
     * may use): the shift and tag keep the order for same-sign pairs and
     * across signs as signed words. */
    for (int64_t a = -50; a <= 50; a++)
        for (int64_t b = -50; b <= 50; b++)
            CHECK(((intptr_t)val_from_int(a) < (intptr_t)val_from_int(b)) == (a < b));
}

UNIT_MAIN(small_int_round_trip, out_of_range_ints_do_not_fit, pointers_are_objects,
          tagging_preserves_order)
