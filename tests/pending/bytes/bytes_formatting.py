# %-formatting on bytes, bytes hex/fromhex and bytes in f-strings via repr
print(b"%s-%d-%x-%c" % (b"ab", 42, 255, 65), b"%5s|%-5s|" % (b"r", b"l"), b"%b" % b"raw", b"%%" % ())
print(b"%r" % "é" if False else b"%a" % "é", b"%03d" % 7, b"%.2f" % 3.14159)
try:
    b"%s" % "text"
except TypeError as e:
    print(type(e).__name__)
print(f"{b'abc'}", f"{b'abc'!r}", str(b"\n"), "{}".format(bytearray(b"q")))
print(bytes.fromhex(""), bytes.fromhex("0a0B"), bytearray.fromhex("ff 00"))
for bad in ("0", "zz", "0x10"):
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__)
