# dict keys of many hashable types; unhashable key errors; equal numeric keys collide
d = {1: "int", 2.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?", frozenset({1}): "fs", b"b": "bytes"}
print(d)
print(d[1], d[True], d[1.0], d[(1, 2)], d[frozenset([1])], d[None])
for bad in ([1], {"a": 1}, {1}):
    try:
        d[bad] = 1
    except TypeError as e:
        print(type(e).__name__)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return f"K({self.v})"
d2 = {K(1): "one", K(2): "two"}
print(d2[K(1)], K(3) in d2, d2)
print({0: "a", 0.0: "b", -0.0: "c", False: "d"})
