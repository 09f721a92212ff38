# strip/lstrip/rstrip with default whitespace and explicit character sets
s = " \t\n hello world \r\n\x0b "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"), "xxhixyx".lstrip("x"), "xxhixyx".rstrip("xy"))
print("www.example.com".strip("cmowz."), "0012300".strip("0"), "abc".strip(""), "abc".strip("abc"))
print(repr("\u3000wide space\u3000".strip()), repr("\x85nel\x85".strip()))
print("--==text==--".strip("-="), "  ".strip() == "")
