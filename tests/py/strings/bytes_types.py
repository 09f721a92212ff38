# bytes, bytearray and memoryview: construction, repr, methods, mutation,
# views and % formatting.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print(bytes(), bytes(3), bytes([65, 66]), bytes(b"xy"), bytes("caf\u00e9", "utf-8"), bytes(bytearray(b"z")), bytes(range(3)))
print(b"a'b", b'a"b', b"a'\"b", b"\x00\t\n\r\x7f\x80\xff\\", bytearray(b"x'y"), bytearray())
b = b"hello world"
print(b[0], b[-1], b[1:4], b[::-2], list(b[:3]), len(b), b"lo" in b, 111 in b, b + b"!", b * 2, 2 * b"ab")
print(b.upper(), b.title(), b.split(), b.split(b"o"), b.rsplit(None, 1), b.partition(b" "), b.replace(b"l", b"L", 2))
print(b.find(b"o"), b.rfind(111), b.count(b"l"), b.index(b"w"), b.startswith((b"x", b"he")), b.endswith(b"ld"))
print(b.center(15, b"*"), b.ljust(13, b"."), b.zfill(13), b"  x ".strip(), b"xxaxx".strip(b"x"), b"a\tb".expandtabs(4))
print(b.hex(), b.hex(":"), b.hex("-", 4), b.hex(":", -4), bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"))
print(b"caf\xc3\xa9".decode(), b"\xff".decode("latin-1"), b"a\xffb".decode("utf-8", "replace"), b"-".join([b"a", bytearray(b"b")]))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abcd".translate(None, b"bd"), b"ab\ncd\r\n".splitlines(True))
print(b"a1".isalnum(), b"ab".isalpha(), b"12".isdigit(), b" \t".isspace(), b"Ab Cd".istitle(), b"\x80".isascii())
print(hash(b"abc") == hash(bytes(b"abc")), b"a" < b"b", b"ab" > b"a", b"x" == bytearray(b"x"), bytearray(b"a") < b"b")
print(b"%s %d %x %c %c %r %a %5b|" % (b"x", 3, 255, 65, b"B", b"q", "\u00e9", b"r"), bytearray(b"%d") % 5, b"%(k)s" % {b"k": b"v"})

a = bytearray(b"abc")
a.append(100); a.extend(b"ef"); a.extend([103]); a.insert(0, 64); a += b"!"; print(a, len(a))
print(a.pop(), a.pop(0), a); a.remove(99); a.reverse(); print(a)
a[0] = 90; a[1:3] = b"XYZW"; print(a); del a[0]; del a[::2]; print(a)
a[::2] = b"12"; print(a, a.copy(), a * 2); a *= 2; print(a); a.clear(); print(a, a.__alloc__() >= 0)
c = bytearray(b"hello"); c[1:4] = [69, 76, 76]; print(c, c.upper(), type(c.upper()).__name__, list(c), c.split(b"L"))

m = memoryview(b"abcdef")
print(m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, len(m), m[0], m[-1], m[1:4].tobytes())
print(m[::2].tolist(), m[::-1].tobytes(), m.tobytes(), m.hex(), m == b"abcdef", m[1:3] == b"bc", bytes(m[2:]), hash(m) == hash(b"abcdef"))
ba = bytearray(b"xyz")
with memoryview(ba) as v:
    v[0] = 65; v[1:3] = b"BC"; print(ba, v.readonly, v.obj is ba)
    show("resize while exported", lambda: ba.append(1))
print(ba.append(1), ba)
v = memoryview(ba); v.release()
show("released", lambda: v[0])
show("released len", lambda: len(v))

show("bytes str", lambda: bytes("a"))
show("bytes neg", lambda: bytes(-1))
show("bytes 256", lambda: bytes([256]))
show("bytes float", lambda: bytes(1.5))
show("concat str", lambda: b"a" + "b")
key = "x"
show("index str", lambda: b"a"[key])
show("index out", lambda: b"a"[5])
show("in str", lambda: "a" in b"abc")
show("find str", lambda: b"a".find("a"))
show("subsection", lambda: b"a".index(b"z"))
show("fromhex bad", lambda: bytes.fromhex("zz"))
show("hash bytearray", lambda: hash(bytearray()))
show("ba append 256", lambda: bytearray().append(256))
show("ba pop empty", lambda: bytearray().pop())
show("ba remove", lambda: bytearray(b"a").remove(98))
show("ext slice size", lambda: bytearray(b"abcd").__setitem__(slice(None, None, 2), b"xyz"))
show("mv readonly", lambda: memoryview(b"a").__setitem__(0, 1))
show("mv writable hash", lambda: hash(memoryview(bytearray(b"a"))))
show("pct b str", lambda: b"%s" % "a")
show("pct c", lambda: b"%c" % 256)
