# bytearray as a mutable buffer: building a packet, patching lengths in place, and slicing views
buf = bytearray()
buf += b"HDR"
buf += (0).to_bytes(2, "big")
payload = "héllo wörld".encode("utf-8")
buf += payload
buf[3:5] = len(payload).to_bytes(2, "big")
buf.append(sum(payload) % 256)
print(buf, len(buf), buf[3:5].hex(), int.from_bytes(buf[3:5], "big"))
view = memoryview(buf)
body = view[5:5 + int.from_bytes(buf[3:5], "big")]
print(bytes(body).decode("utf-8"), body.nbytes, view[-1] == sum(payload) % 256)
body[0] = ord("H")
print(buf[5:10])
try:
    buf.extend(b"??")
except BufferError as e:
    print(type(e).__name__, "while exported")
body.release()
view.release()
buf.extend(b"!!")
print(buf[-3:], buf.startswith(b"HDR"))
