# memoryview: slicing without copying, tobytes/tolist, writes through to bytearray, readonly
ba = bytearray(b"abcdefgh")
mv = memoryview(ba)
print(mv[0], mv[-1], mv[2:5].tobytes(), mv[::2].tolist(), len(mv), mv.readonly, mv.nbytes, mv.itemsize, mv.format)
mv[0] = ord("A")
mv[1:3] = b"BC"
print(ba)
sub = mv[4:]
sub[0] = ord("E")
print(ba, sub.tobytes(), bytes(sub))
ro = memoryview(b"readonly")
print(ro.readonly, ro[:4].tobytes(), ro.tolist()[:3])
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    mv[0:2] = b"xyz"
except ValueError as e:
    print(type(e).__name__, e)
print(mv == b"ABCdEfgh", mv.tobytes() == bytes(ba), bytes(mv[1:3]) + b"!", mv.hex())
with memoryview(b"ctx") as m2:
    print(m2.tobytes())
try:
    m2.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
mv.release()
print("released")
