# int.to_bytes / int.from_bytes with byteorder and signed, plus overflow errors
for n in (0, 1, 255, 256, 65535, 2 ** 32 - 1):
    print(n, n.to_bytes(4, "big"), n.to_bytes(4, "little"))
print((-1).to_bytes(2, "big", signed=True), (-256).to_bytes(2, "little", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80"), "big", signed=True))
print((1024).to_bytes(2), int.from_bytes(b"\x04\x00"))
big = 2 ** 100 + 12345
bb = big.to_bytes(16, "big")
print(bb, int.from_bytes(bb, "big") == big)
for args in ((256, 1, "big"), (-1, 1, "big")):
    try:
        args[0].to_bytes(args[1], args[2])
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    (128).to_bytes(1, "big", signed=True)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
