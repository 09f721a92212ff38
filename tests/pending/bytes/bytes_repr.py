# repr of bytes and bytearray: printable ASCII, escapes, and quote selection
for b in (b"plain", b"it's", b'say "x"', b"both ' \"", b"\x00\x01\x7f\x80\xff", b"\t\n\r", b"\\", bytes(range(28, 40))):
    print(repr(b), str(b) == repr(b), repr(bytearray(b)))
print(bytearray(), bytearray(b"x"), repr(memoryview(b"ab").tobytes()))
