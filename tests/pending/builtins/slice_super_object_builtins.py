# slice(), super(), object() and frozenset/bytearray/memoryview constructors as builtins
sl = slice(2, None, -1)
print(sl, [0, 1, 2, 3][sl], "abcd"[slice(3)], slice(1, 5, 2).indices(4))
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B+" + super().who()
print(B().who(), super(B, B()).who(), type(super(B, B())).__name__)
o1, o2 = object(), object()
print(o1 == o2, o1 == o1, type(o1) is object)
print(frozenset("aab") == frozenset("ab"), sorted(frozenset([3, 1, 2])), frozenset())
print(bytearray(b"ab"), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
mv = memoryview(bytearray(b"xyz"))
mv[0] = ord("X")
print(mv.tobytes(), bytes(mv), mv.obj)
