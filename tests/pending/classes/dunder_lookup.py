# Special methods are looked up on the type, not the instance
class C:
    def __len__(self): return 1
    def __repr__(self): return "C()"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), repr(c), c.__len__(), c.__repr__())
C.__len__ = lambda self: 7
print(len(c))
class Added: pass
a = Added()
Added.__add__ = lambda self, o: "added later"
print(a + 1)
Added.__iter__ = lambda self: iter("xyz")
print(list(a))
del Added.__add__
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
