# bytes vs bytearray equality, ordering, hashing (bytearray unhashable), and bytes vs str
print(b"abc" == bytearray(b"abc"), b"abc" == "abc", b"a" < bytearray(b"b"), b"abc" < b"abd" < b"b")
print(sorted([b"b", b"a", b"ab", b"", b"\xff"]))
d = {b"key": 1}
print(d[b"key"], b"key" in d, bytes(bytearray(b"key")) in d)
try:
    {bytearray(b"x"): 1}
except TypeError as e:
    print(type(e).__name__)
print(hash(b"abc") == hash(bytes(bytearray(b"abc"))))
print(bytearray(b"x") + b"y", type(bytearray(b"x") + b"y").__name__, type(b"y" + bytearray(b"x")).__name__)
print(b"a" * 0, bytearray(b"ab") * 2, b"abc"[1:] == bytearray(b"bc"))
