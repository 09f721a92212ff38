# as_integer_ratio and is_integer for floats; exact fractions of binary floats
for v in (0.5, 0.1, -2.5, 3.0, 0.0, 1e-3, 1e20, 2.0 ** -30, 123.456):
    n, d = v.as_integer_ratio()
    assert n / d == v
    print(v, n, d, v.is_integer())
for bad in (float("inf"), float("nan")):
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((0.1).as_integer_ratio()[1] == 2 ** 55)
print(float.is_integer(-0.0), (1e300).is_integer())
