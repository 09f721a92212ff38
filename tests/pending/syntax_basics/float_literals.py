# Float literals: exponents, leading/trailing dots, underscores
vals = [0.0, 1.5, .5, 5., 1e3, 1E-3, 2.5e+2, 1_000.000_1, 6.02e23, 1e-10, 3.14_15]
for v in vals:
    print(repr(v), type(v).__name__)
print(1e308 * 10)
print(-1e308 * 10)
print(0.1 + 0.2)
print(1e16, 1e15, 123456789.0e10)
print(float("1e-5"), 1e-4, 0.0001)
