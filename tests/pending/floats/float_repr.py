# Shortest round-trip repr of floats, including edge magnitudes
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, 100.0, 1e16, 1e15, 123456789012345680.0, 1e22, 1e-4,
        1e-5, 0.000123, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0,
        3.141592653589793, 2.718281828459045, 0.3, 1.1 * 3, 4.35, 0.1 * 3, 1e100, 12345.678]
for v in vals:
    r = repr(v)
    assert float(r) == v
    print(r, str(v) == r)
print(-0.0, 0.0, repr(-0.0), -0.0 == 0.0)
print(float("1e500"), float("-1e500"), 1e308 * 10 - 1e308 * 10)
