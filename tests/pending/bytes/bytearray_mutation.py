# bytearray mutation: item and slice assignment, append/extend/insert/pop/remove/reverse/clear
ba = bytearray(b"hello")
ba[0] = ord("J")
print(ba)
ba[1:3] = b"EE"
print(ba)
ba[1:3] = b"x"
print(ba, len(ba))
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
ba.insert(0, ord("<"))
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("?"))
print(ba)
ba.reverse()
print(ba)
del ba[0]
del ba[::2]
print(ba)
ba += b"++"
ba *= 2
print(ba)
ba[:] = b""
print(ba, len(ba))
for bad in (lambda: ba.append(256), lambda: ba.remove(1), lambda: ba.pop(), lambda: ba.__setitem__(0, 1)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__)
b2 = bytearray(b"abcdef")
b2[::2] = b"XYZ"
print(b2, b2.upper(), b2.find(b"Y"), bytes(b2))
try:
    b2[::2] = b"12"
except ValueError as e:
    print(type(e).__name__, e)
b3 = bytearray(5)
b3[1:4] = [1, 2, 3]
print(b3, list(b3))
