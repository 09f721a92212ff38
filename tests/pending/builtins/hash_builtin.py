# hash() of numbers, tuples, frozensets, None-free checks: equal values hash equal (no str hashes printed)
print(hash(0), hash(1), hash(-1), hash(42), hash(2 ** 61 - 1), hash(True), hash(0.0))
print(hash(1.5) == hash(1.5), hash((1, 2)) == hash((1, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash("abc") == hash("ab" + "c"), hash(b"x") == hash(bytes([120])), hash(("a", 1)) == hash(("a", 1)))
for bad in ([], {}, set(), bytearray(), ([1],)):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__)
class H:
    def __hash__(self): return 12345
print(hash(H()), hash(None) == hash(None), hash(int) == hash(int))
print(hash(-1) == hash(-2), hash(-1.0) == hash(-1))
