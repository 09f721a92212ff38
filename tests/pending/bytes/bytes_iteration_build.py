# Building bytes: from generators, bytes.join, int.to_bytes, checksums over bytes
payload = bytes(i * 7 % 256 for i in range(20))
print(payload, len(payload), sum(payload) % 256, max(payload), min(payload))
def xor_checksum(bs):
    c = 0
    for b in bs:
        c ^= b
    return c
def fletcher16(bs):
    s1 = s2 = 0
    for b in bs:
        s1 = (s1 + b) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1
print(xor_checksum(payload), hex(fletcher16(b"abcde")), hex(fletcher16(b"abcdef")))
frame = b"".join([b"\x02", len(payload).to_bytes(2, "big"), payload, xor_checksum(payload).to_bytes(1, "big"), b"\x03"])
print(frame.hex(" "))
n = int.from_bytes(frame[1:3], "big")
body = frame[3:3 + n]
print(n, body == payload, frame[3 + n] == xor_checksum(body), frame[-1:])
print([b for b in b"\x01\x02\x03"], list(map(hex, b"AZ")), bytes(reversed(b"abc")))
