# Integer comparisons with ints, floats, bools, and big values; int vs float precision
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 30 < 1e30 + 1, 10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 < float("inf"))
print(True == 1, False == 0, True + True, True < 2)
print(sorted([3, -1, 2 ** 65, 0, -(2 ** 65), True]))
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0))
print(int(2 ** 53 + 1.0), 9007199254740993 < 9007199254740992.0)
print(0 == -0, 5 != 5.5, 3 < 3.0000000001)
