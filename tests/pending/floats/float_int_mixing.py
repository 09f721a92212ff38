# Mixed int/float arithmetic: promotion rules, exactness limits, and integer-valued floats
print(type(1 + 1.0).__name__, type(2 * 3).__name__, type(6 / 2).__name__, type(7 // 2.0).__name__, type(2 ** 0.5).__name__, type(2 ** -1).__name__)
print(10 ** 16 + 1.0, float(10 ** 16 + 1), 10 ** 16 + 1, int(1e16) + 1)
print(3 * 1.1, 1.1 * 3, 3 * 1.1 == 3.3, round(3 * 1.1, 10) == 3.3)
print(2 ** 63 * 1.0, float(2 ** 63) == 2 ** 63, 2 ** 63 + 0.5 == 2 ** 63)
print(7 / 7, 1 // 0.3, 1 % 0.3, -1 // 0.3, -1 % 0.3)
print(sum([1, 2.0, 3]), max(1, 2.0), min(3.0, 3), 5 == 5.0 and type(5) != type(5.0))
print(int(7.0) == 7.0, 7.0.is_integer(), (0.1).as_integer_ratio()[0] % 10)
