# bool is an int subclass: arithmetic, sums of conditions, repr, bitwise results
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, -False)
print(sum([True, False, True, True]), sum(x > 2 for x in range(6)))
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True + 0).__name__)
print(True == 1, hash(True) == hash(1), {True: "a", 1: "b"}, {1, True, 1.0})
print(str(True), repr(False), int(True), float(False), bool("False"))
print(True ** 5, 2 ** True, divmod(True, 2), abs(False))
print(isinstance(False, int), issubclass(bool, int), bool.__mro__[1].__name__)
try:
    class MyBool(bool): pass
except TypeError as e:
    print(type(e).__name__)
print(bool(), bool(0), bool(0.0), bool(""), bool(None), bool([[]]))
