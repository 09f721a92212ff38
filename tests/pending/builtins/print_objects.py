# print() calls str() on each argument; __str__ falls back to __repr__; nested containers use repr
class Both:
    def __str__(self): return "STR"
    def __repr__(self): return "REPR"
class ReprOnly:
    def __repr__(self): return "ReprOnly()"
b = Both()
print(b, [b], (b,), {"k": b}, {b: 1} if False else "dict-key-skip")
print(ReprOnly(), [ReprOnly()], str(ReprOnly()))
print("a" "b", 1.0, 1e100, -0.0, None, True, b"x", bytearray(b"y"), 2 ** 64)
print(*"spread", sep=".")
print("tab\tsep", "new\nline", sep="|")
