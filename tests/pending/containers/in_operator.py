# The 'in' operator across container types: list, tuple, str, dict, set, range, generators, custom
print(3 in [1, 2, 3], 3 in (1, 2), "ell" in "hello", "k" in {"k": 1}, 1 in {"k": 1}.values(), 2 in {1, 2})
print(5 in range(0, 10, 5), 5 in range(0, 10, 2), None in [None], [] in [[]], (1,) in [(1,)], 1.0 in [1])
gen = (x for x in range(10))
print(3 in gen, 2 in gen, next(gen, "exhausted"))
try:
    [1] in {1: 2}
except TypeError as e:
    print(type(e).__name__)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__)
print("a" not in "xyz", not ("a" in "xyz"), b"a" in b"abc", 97 in b"abc", b"ab" in bytearray(b"cab"))
