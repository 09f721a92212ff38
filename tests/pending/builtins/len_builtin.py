# len() of builtin containers and custom objects; errors for objects without __len__
print(len(""), len("héllo"), len(b"\x00\x01"), len([1, [2, 3]]), len((1,)), len({1: 2}), len({1, 2, 2}), len(range(0, 10, 3)))
print(len(frozenset()), len(bytearray(5)), len(memoryview(b"abc")), len({}.keys()), len(dict.fromkeys("abc").items()))
class Sized:
    def __len__(self): return 42
print(len(Sized()))
for obj in (5, 2.0, None, iter([1]), (x for x in [1]), len):
    try:
        len(obj)
    except TypeError as e:
        print(type(e).__name__, e)
