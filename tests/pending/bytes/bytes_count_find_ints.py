# Searching bytes for int byte values and subsequences; bytes.index errors; rfind with ranges
data = b"\x00\x01\x02\x01\x00\xff\x01"
print(data.count(1), data.count(b"\x01\x00"), data.find(0xff), data.rfind(1), data.index(2), data.rindex(b"\x00"))
print(data.find(1, 2), data.find(1, 2, 3), data.rfind(1, 0, 5), data.startswith(b"\x00\x01"), data.endswith(b"\xff\x01"))
print(bytearray(data).count(0), memoryview(data).tobytes().find(b"\x02\x01"))
try:
    data.index(7)
except ValueError as e:
    print(type(e).__name__, e)
print([i for i, b in enumerate(data) if b == 1], data.replace(b"\x01", b"") == bytes([0, 2, 0, 255]))
