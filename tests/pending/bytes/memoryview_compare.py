# memoryview equality against bytes/bytearray, tolist of slices, and iteration
a = memoryview(b"abcdef")
b = memoryview(bytearray(b"abcdef"))
print(a == b, a == b"abcdef", a[1:3] == b"bc", a[::2] == b"ace", a != b"xyz", list(a[:3]), [x for x in a[3:]])
print(len(a[::3]), a[::3].tobytes(), a[::-1].tobytes(), a[-2:].tolist(), a.obj == b"abcdef")
print(bytes(a[:0]), a[5], a[-6])
try:
    a[6]
except IndexError as e:
    print(type(e).__name__, e)
try:
    hash(b)
except ValueError as e:
    print(type(e).__name__, e)
print(hash(a) == hash(b"abcdef"))
