# complex equality with ints/floats, hashing consistency, and use in sets/dicts
print(1 + 0j == 1, 1.5 + 0j == 1.5, 2j == 2, complex(3, 0) == 3.0)
print(hash(3 + 0j) == hash(3), hash(2.5 + 0j) == hash(2.5), hash(1 + 1j) == hash(complex(1, 1)))
s = {1, 1.0, 1 + 0j, 2 + 0j, 2}
print(len(s), sorted(s, key=abs))
d = {0j: "zero", 1: "one"}
d[0] = "int zero"
d[1 + 0j] = "complex one"
print(d)
print((1 + 2j) in [1 + 2j], (1 + 2j) != (1 - 2j), [c for c in (1j, 2, 3j, 4.0) if isinstance(c, complex)])
