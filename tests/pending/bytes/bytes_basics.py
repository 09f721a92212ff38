# bytes construction, indexing returns ints, slicing returns bytes, immutability
b = bytes([72, 101, 108, 108, 111])
print(b, b[0], b[-1], b[1:3], b[::-1], len(b), list(b))
print(bytes(3), bytes(), bytes(b"copy"), bytes("héllo", "utf-8"), bytes(range(5)), bytes(bytearray(b"ba")))
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"" in b"x", b"abc" == b"abc", b"a" < b"b")
for bad in (lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("str"), lambda: bytes(-1), lambda: b"a" + "b"):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(type(b[0]).__name__, type(b[0:1]).__name__, b"x"[0] == ord("x"))
print(bytes.fromhex("48 65 6c 6c 6f"), b"Hello".hex(), b"Hello".hex(":"), b"Hello".hex("-", 2), b"\x00\xff".hex())
