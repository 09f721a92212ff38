# complex attributes are read-only; complex is hashable and usable as dict keys
z = 2 + 5j
try:
    z.real = 1
except AttributeError as e:
    print(type(e).__name__)
d = {1 + 1j: "a", 2 + 2j: "b"}
print(d[1 + 1j], (2 + 2j) in d, len({1 + 1j, 1 + 1j, complex(1, 1)}))
print(isinstance(z, complex), isinstance(1j, (int, float)), type(z.real).__name__)
print((2 + 5j).__add__(1), (2 + 5j).__mul__(1 + 1j), (2 + 5j).__eq__(2 + 5j), (1j).__bool__(), bool(0j))
print(complex.__name__, sorted([3 + 1j, 1 + 2j, 2 + 0.5j], key=abs))
