# repr/str/ascii of builtin values, including non-ASCII and nested containers
vals = [1, -2.5, "text", "naïve ☃", b"b\xff", [1, "é"], (None,), {"k": "ü"}, {3}, 1 + 2j, True, None, ..., range(2), slice(1, 2)]
for v in vals:
    print(repr(v), "|", str(v), "|", ascii(v))
print(repr(repr("q")), ascii("\U0001F600"), ascii(b"\x80"), str(str), repr(int), repr(len), repr(print))
