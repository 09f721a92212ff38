# Parsing fixed-layout binary records with slicing and int.from_bytes (struct-free)
def pack_record(rid, name, score, flags):
    nb = name.encode("utf-8")[:12]
    return (rid.to_bytes(4, "little") + len(nb).to_bytes(1, "little") + nb.ljust(12, b"\x00")
            + score.to_bytes(2, "little", signed=True) + bytes([flags]))
def unpack_record(buf):
    rid = int.from_bytes(buf[0:4], "little")
    n = buf[4]
    name = buf[5:5 + n].decode("utf-8")
    score = int.from_bytes(buf[17:19], "little", signed=True)
    flags = buf[19]
    return rid, name, score, [bit for bit in range(8) if flags >> bit & 1]
records = [(1, "alice", 950, 0b101), (2, "bob", -20, 0), (300, "zoë", 32767, 0xFF), (70000, "a-very-long-name-here", -32768, 2)]
blob = b"".join(pack_record(*r) for r in records)
print(len(blob), blob[:20].hex())
for i in range(0, len(blob), 20):
    print(unpack_record(blob[i:i + 20]))
mv = memoryview(blob)
print([int.from_bytes(mv[i:i + 4], "little") for i in range(0, len(mv), 20)])
