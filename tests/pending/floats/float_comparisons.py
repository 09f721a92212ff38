# Float comparisons with ints (exact), big ints, and sorting mixed numeric values
print(0.1 < 0.2, 0.1 + 0.2 > 0.3, 1e16 == 10 ** 16, 1e16 + 1 == 10 ** 16 + 1)
print(2 ** 53 + 1 > 2.0 ** 53, float(2 ** 53 + 1) == 2 ** 53, 10 ** 23 == 1e23, int(1e23))
print(-0.0 < 0.0, -0.0 == 0, 0.5 == 1 / 2, 1 / 10 == 0.1)
print(sorted([2, 1.5, -3, 0.0, -0.5, 10 ** 20, 1e19]))
print(max([1, 1.0, True]), min([0.0, 0, False, -0.0]))
print(3.0 in [3], 3 in [3.0], 0.3 in [0.1 + 0.2])
a = 0.1 * 3
print(abs(a - 0.3) <= 1e-9 * max(abs(a), abs(0.3)))
