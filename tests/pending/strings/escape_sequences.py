# Escape sequences in string literals: \N{name}, octal, hex, unicode, line continuation in strings
s = "\N{LATIN SMALL LETTER E WITH ACUTE}\N{EURO SIGN}\N{SNOWMAN}\N{greek capital letter omega}"
print(s, [hex(ord(c)) for c in s])
print("\0\7\12\101"[:4] == "\x00\x07\n\x41", len("\377"), ord("\377"), ord("\1234"[0]), len("\1234"))
print("\x41\x42", "\u0041\U00000042", "\u00e9" == "é")
print("line one \
continued")
print(len("\\n"), len("\n"), r"\N{SNOWMAN}", len(r"\x41"))
b = "a\
b"
print(b)
print("tab:[\t] cr:[\r]".encode())
