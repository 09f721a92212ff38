# Base64 and hex encoders/decoders written by hand over bytes
ALPHA = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def b64encode(data):
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        for j in range(4):
            out.append(ALPHA[(n >> (18 - 6 * j)) & 63])
        if len(chunk) < 3:
            out[-(3 - len(chunk)):] = b"=" * (3 - len(chunk))
    return bytes(out)
def b64decode(text):
    vals = [ALPHA.index(c) for c in text if c != ord("=")]
    pad = text.count(b"=")
    out = bytearray()
    for i in range(0, len(vals), 4):
        group = vals[i:i + 4] + [0] * (4 - len(vals[i:i + 4]))
        n = 0
        for v in group:
            n = (n << 6) | v
        out += n.to_bytes(3, "big")
    return bytes(out[:len(out) - pad]) if pad else bytes(out)
for s in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo wörld".encode(), bytes(range(10))):
    e = b64encode(s)
    print(s, e, b64decode(e) == s)
