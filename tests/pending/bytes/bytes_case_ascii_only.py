# bytes case methods only affect ASCII letters; non-ASCII bytes are untouched
b = bytes([65, 97, 0xC4, 0xE4, 0xDF, 90, 122]) + b" mixed Case"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b"\xe4bc".isalpha(), b"abc\xe4".isascii(), b"ABC".islower(), b"123abc".isalnum(), b"".isalpha())
s = "ÄäßZz"
print(s.upper(), s.encode("latin-1").upper().decode("latin-1"))
