/* The container types through their C API: hashes of tuples, frozensets,
 * slices and ranges equal to python3.13's, set iteration orders equal to
 * CPython's (same table algorithm), dict order, list operations, slicing
 * arithmetic. Expected values were printed by python3.13. */
#include "unit.h"

#include "cont_init.h"

static Value I(int64_t i) { return val_from_int(i); }

static Value tup(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    Object *t = tuple_new(n);
    for (int i = 0; i < n; i++)
        tuple_items(t)[i] = val_ref(va_arg(ap, Value));
    va_end(ap);
    return val_from_obj(t);
}

/* The set's items in iteration order match want[0..n). */
static int set_order_is(Value s, const int64_t *want, ssize_t n)
{
    ssize_t pos = 0, k = 0;
    Value key;
    if (set_size(val_as_obj(s)) != n)
        return 0;
    while (set_next(val_as_obj(s), &pos, &key, NULL)) {
        if (k >= n || key != I(want[k]))
            return 0;
        k++;
    }
    return k == n;
}

TEST(tuple_hashes_match_cpython)
{
    cont_test_init();
    Value t12 = tup(2, I(1), I(2)), t1 = tup(1, I(1)), inner = tup(2, I(2), I(3));
    Value nested = tup(3, I(1), inner, I(-1));
    CHECK_EQ_LL(obj_hash(t12), -3550055125485641917LL);
    CHECK_EQ_LL(obj_hash(tuple_empty()), 5740354900026072187LL);
    CHECK_EQ_LL(obj_hash(t1), -6644214454873602895LL);
    CHECK_EQ_LL(obj_hash(nested), -4691468712706788113LL);
    val_decref(t12);
    val_decref(t1);
    val_decref(inner);
    val_decref(nested);
}

TEST(frozenset_hashes_match_cpython)
{
    cont_test_init();
    Value l = val_from_obj(list_new(0));
    list_append(val_as_obj(l), I(1));
    list_append(val_as_obj(l), I(2));
    Value f12 = frozenset_new(l);
    CHECK_EQ_LL(obj_hash(f12), -1826646154956904602LL);
    Value empty = frozenset_new(VAL_NULL);
    CHECK_EQ_LL(obj_hash(empty), 133146708735736LL);
    Value r = range_new(I(0), I(20), I(1));
    Value f20 = frozenset_new(r);
    CHECK_EQ_LL(obj_hash(f20), 7026028923906358870LL);
    val_decref(l);
    val_decref(f12);
    val_decref(empty);
    val_decref(r);
    val_decref(f20);
}

TEST(slice_and_range_hashes_match_cpython)
{
    cont_test_init();
    Value s = slice_new(I(1), I(2), I(3));
    CHECK_EQ_LL(obj_hash(s), -2340833382717974474LL);
    Value r10 = range_new(I(0), I(10), I(1)), r0 = range_new(I(0), I(0), I(1));
    Value r12 = range_new(I(1), I(2), I(1));
    CHECK_EQ_LL(obj_hash(r10), -7546101314042312252LL);
    CHECK_EQ_LL(obj_hash(r0), 2676694398852732306LL);
    CHECK_EQ_LL(obj_hash(r12), -1269592299258668772LL);
    val_decref(s);
    val_decref(r10);
    val_decref(r0);
    val_decref(r12);
}

TEST(set_orders_match_cpython)
{
    cont_test_init();
    Value s = set_new(VAL_NULL);
    const int64_t in1[] = {100, 5, 33, 8, 1000, -1, 17, 64, 9};
    for (int i = 0; i < 9; i++)
        CHECK(set_add(val_as_obj(s), I(in1[i])) == 0);
    const int64_t want1[] = {64, 33, 100, 5, 8, 1000, 9, 17, -1};
    CHECK(set_order_is(s, want1, 9));
    val_decref(s);

    /* Deletions leave dummies that a later add reuses. */
    Value r = range_new(I(0), I(200), I(7));
    s = set_new(r);
    CHECK(set_discard(val_as_obj(s), I(14)) == 1);
    CHECK(set_discard(val_as_obj(s), I(70)) == 1);
    CHECK(set_discard(val_as_obj(s), I(71)) == 0);
    set_add(val_as_obj(s), I(500));
    set_add(val_as_obj(s), I(14));
    const int64_t want2[] = {0, 133, 7, 140, 14, 147, 21, 154, 28, 161, 35, 168, 42, 175, 49,
                             182, 56, 189, 63, 196, 77, 84, 91, 98, 105, 112, 500, 119, 126};
    CHECK(set_order_is(s, want2, 29));
    val_decref(s);
    val_decref(r);

    /* Growth through several resizes. */
    s = set_new(VAL_NULL);
    for (int i = 0; i < 40; i++)
        set_add(val_as_obj(s), I((int64_t)i * i * 31 % 1009));
    const int64_t want3[] = {0, 642, 775, 776, 521, 401, 657, 530, 22, 279, 921, 31, 292, 554,
                             428, 825, 61, 703, 194, 963, 73, 204, 846, 975, 462, 465, 724, 88,
                             92, 737, 873, 107, 493, 878, 496, 368, 887, 124, 510, 255};
    CHECK(set_order_is(s, want3, 40));
    val_decref(s);
}

TEST(set_algebra_orders_match_cpython)
{
    cont_test_init();
    Value a = set_new(VAL_NULL), b = set_new(VAL_NULL);
    for (int i = 1; i <= 3; i++)
        set_add(val_as_obj(a), I(i));
    for (int i = 3; i <= 5; i++)
        set_add(val_as_obj(b), I(i));
    Value x = obj_binop(a, b, OP_XOR);
    const int64_t wx[] = {1, 2, 4, 5};
    CHECK(x && set_order_is(x, wx, 4));
    val_xdecref(x);
    val_decref(a);
    val_decref(b);
    a = set_new(VAL_NULL);
    b = set_new(VAL_NULL);
    for (int i = 1; i <= 4; i++)
        set_add(val_as_obj(a), I(10 * i));
    set_add(val_as_obj(b), I(40));
    set_add(val_as_obj(b), I(30));
    set_add(val_as_obj(b), I(99));
    Value y = obj_binop(a, b, OP_AND);
    const int64_t wy[] = {40, 30};
    CHECK(y && set_order_is(y, wy, 2));
    val_xdecref(y);
    val_decref(a);
    val_decref(b);

    Value s = set_new(VAL_NULL);
    for (int i = 0; i < 4; i++)
        set_add(val_as_obj(s), I(8 * i));
    Value p1 = set_pop(val_as_obj(s)), p2 = set_pop(val_as_obj(s));
    CHECK(p1 == I(0) && p2 == I(8));
    const int64_t wp[] = {16, 24};
    CHECK(set_order_is(s, wp, 2));
    val_decref(s);
}

TEST(list_operations)
{
    cont_test_init();
    Object *l = list_new(0);
    for (int i = 0; i < 1000; i++)
        CHECK(list_append(l, I(999 - i)) == 0);
    CHECK_EQ_LL(list_size(l), 1000);
    Value v = list_get(l, 10);
    CHECK(v == I(989));
    CHECK(list_insert(l, -1, I(-5)) == 0);
    v = list_get(l, 999);
    CHECK(v == I(-5));
    CHECK(list_sort(l, VAL_NULL, false) == 0);
    CHECK(list_get(l, 0) == I(-5) && list_get(l, 1000) == I(999));
    CHECK(list_sort(l, VAL_NULL, true) == 0);
    CHECK(list_get(l, 0) == I(999));
    CHECK(list_reverse(l) == 0);
    CHECK(list_get(l, 0) == I(-5));
    /* l[1:10:3] */
    Value sl = slice_new(I(1), I(10), I(3));
    Value part = obj_getitem(val_from_obj(l), sl);
    CHECK(part && list_size(val_as_obj(part)) == 3);
    CHECK(part && list_get(val_as_obj(part), 2) == I(6));
    val_xdecref(part);
    /* del l[::2] */
    Value every2 = slice_new(VAL_NONE, VAL_NONE, I(2));
    CHECK(obj_delitem(val_from_obj(l), every2) == 0);
    CHECK_EQ_LL(list_size(l), 500);
    CHECK(list_get(l, 0) == I(0));
    Value out = list_get(l, 500);
    CHECK(!out && err_matches(&Exc_IndexError));
    err_clear();
    val_decref(sl);
    val_decref(every2);
    Object *t = list_as_tuple(l);
    CHECK(tuple_size(t) == 500 && tuple_get(t, 499) == I(998));
    obj_decref(t);
    obj_decref(l);
}

TEST(dict_order_and_deletion)
{
    cont_test_init();
    Object *d = dict_new();
    for (int i = 0; i < 1000; i++)
        CHECK(dict_set(d, I(i * 7), I(i)) == 0);
    for (int i = 0; i < 1000; i += 2)
        CHECK(dict_del(d, I(i * 7)) == 1);
    CHECK(dict_del(d, I(0)) == 0);
    CHECK_EQ_LL(dict_len(d), 500);
    ssize_t pos = 0, k = 1;
    Value key, value;
    int ordered = 1;
    while (dict_next(d, &pos, &key, &value)) {
        if (key != I(k * 7) || value != I(k))
            ordered = 0;
        k += 2;
    }
    CHECK(ordered && k == 1001);
    Value got;
    CHECK(dict_get(d, I(7 * 999), &got) == 1 && got == I(999));
    CHECK(dict_get(d, I(8), &got) == 0);
    /* Re-inserting a deleted key puts it at the end; replacing keeps the place. */
    dict_set(d, I(0), I(-1));
    dict_set(d, I(7), I(-7));
    Object *keys = dict_keys_list(d);
    CHECK(list_get(keys, 0) == I(7) && list_get(keys, 500) == I(0));
    obj_decref(keys);
    uint64_t v1 = dict_version(d);
    dict_set(d, I(1), I(1));
    CHECK(dict_version(d) != v1);
    Object *c = dict_copy(d);
    CHECK(dict_len(c) == dict_len(d));
    dict_clear(d);
    CHECK(dict_len(d) == 0 && dict_len(c) == 502);
    Value tk = tup(2, I(1), I(2));
    CHECK(dict_set(c, tk, I(5)) == 0);
    Value tk2 = tup(2, I(1), I(2));
    CHECK(dict_get(c, tk2, &got) == 1 && got == I(5));
    val_decref(tk);
    val_decref(tk2);
    obj_decref(c);
    obj_decref(d);
}

TEST(dict_str_keys)
{
    cont_test_init();
    Object *d = dict_new();
    Object *name = str_intern_cstr("spam");
    CHECK(dict_set_str(d, name, I(3)) == 0);
    Value got;
    hash_t h = str_hash((StrObj *)name);
    CHECK(dict_get_str_hashed(d, name, h, &got) == 1 && got == I(3));
    Value same = str_from_cstr("spam"); /* equal, maybe not identical */
    CHECK(dict_get(d, same, &got) == 1 && got == I(3));
    CHECK(dict_get_cstr(d, "eggs", &got) == 0);
    val_decref(same);
    obj_decref(d);
}

TEST(slice_unpack_clamps_like_cpython)
{
    cont_test_init();
    ssize_t start, stop, step, n;
    Value s = slice_new(I(-100), I(100), VAL_NONE);
    CHECK(slice_unpack(s, 10, &start, &stop, &step, &n) == 0);
    CHECK(start == 0 && stop == 10 && step == 1 && n == 10);
    val_decref(s);
    s = slice_new(VAL_NONE, VAL_NONE, I(-3));
    CHECK(slice_unpack(s, 10, &start, &stop, &step, &n) == 0);
    CHECK(start == 9 && stop == -1 && step == -3 && n == 4);
    val_decref(s);
    s = slice_new(I(5), I(2), VAL_NONE);
    CHECK(slice_unpack(s, 10, &start, &stop, &step, &n) == 0 && n == 0);
    val_decref(s);
    s = slice_new(VAL_NONE, VAL_NONE, I(0));
    CHECK(slice_unpack(s, 10, &start, &stop, &step, &n) == -1 && err_matches(&Exc_ValueError));
    err_clear();
    val_decref(s);
}

TEST(range_basics)
{
    cont_test_init();
    Value r = range_new(I(0), I(10), I(3));
    CHECK_EQ_LL(obj_len(r), 4);
    Value v = obj_getitem(r, I(-1));
    CHECK(v == I(9));
    CHECK(obj_contains(r, I(6)) == 1 && obj_contains(r, I(7)) == 0);
    Value it = obj_iter(r);
    int64_t sum = 0;
    for (Value x; (x = obj_next(it));)
        sum += val_as_int(x);
    CHECK_EQ_LL(sum, 18);
    val_decref(it);
    val_decref(r);
}

UNIT_MAIN(tuple_hashes_match_cpython, frozenset_hashes_match_cpython,
          slice_and_range_hashes_match_cpython, set_orders_match_cpython,
          set_algebra_orders_match_cpython, list_operations, dict_order_and_deletion,
          dict_str_keys, slice_unpack_clamps_like_cpython, range_basics)
