# Numeric hash equality across int/float/bool/complex (values equal => hashes equal)
print(hash(1) == hash(1.0) == hash(True) == hash(complex(1, 0)))
print(hash(0) == hash(0.0) == hash(-0.0) == hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2))
print(hash(10 ** 20) == hash(float(10 ** 20)), hash(0.5) == hash(0.5), hash(1.5))
print(hash(2 ** 100) == hash(float(2 ** 100)))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {0, 0.0, False, 2, 2.0}
print(len(s), s)
print(hash(float("inf")), hash(float("-inf")))
