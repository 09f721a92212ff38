# chr/ord round trips across planes and errors for bad inputs
for cp in (0, 9, 65, 127, 128, 255, 256, 0x3b1, 0x20ac, 0xfffd, 0x1f600, 0x10ffff):
    c = chr(cp)
    assert ord(c) == cp
    print(cp, ascii(c), len(c), len(c.encode("utf-8")))
print(ord(b"A"), ord(bytearray(b"z")), ord("\n"))
for bad in (lambda: chr(-5), lambda: chr(0x110000), lambda: chr(1.0), lambda: ord("ab"), lambda: ord(5), lambda: ord(b"ab")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
