# bytearray methods return bytearray; in-place operators; comparisons with bytes
ba = bytearray(b"Hello World")
for r in (ba.upper(), ba.lower(), ba.replace(b"o", b"0"), ba.strip(b"Hd"), ba[:5], ba.title(), ba.center(15, b"."), ba.zfill(13)):
    print(type(r).__name__, r)
print(ba.split(), type(ba.split()[0]).__name__, ba.partition(b" "), ba.hex())
print(ba.count(b"l"), ba.find(b"World"), ba.index(b"o"), ba.startswith(b"Hell"), ba.isalpha(), ba.isascii())
copy = ba.copy()
copy[0] = 74
print(ba, copy, ba == b"Hello World", copy != ba)
print(bytearray(b"abc") < bytearray(b"abd"), bytearray(3) == bytes(3), bytearray(b"x") in [b"x"])
print(bytearray(range(65, 70)).decode(), bytearray("héllo", "utf-8"), bytearray.fromhex("41 42").decode())
