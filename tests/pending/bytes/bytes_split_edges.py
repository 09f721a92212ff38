# Edge cases of bytes split/strip/find with empty inputs and whitespace bytes
print(b"".split(), b"".split(b","), b",".split(b","), b"  a  ".split(b" "), b"\x0b\x0ca\x1cb".split())
print(b"abc".split(b"abc"), b"aaa".split(b"a"), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", maxsplit=1))
print(b"".strip(), b"xx".strip(b"x"), b" \t\n\r\x0b\x0c".strip(), b"\xa0x\xa0".strip())
print(b"".find(b""), b"abc".find(b""), b"abc".find(b"", 3), b"abc".find(b"", 4), b"abc".count(b""))
print(b"abc".find(98), b"abc".count(99), 256 in b"" if False else b"a".find(97))
try:
    b"a b".split(b"")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc".find(300)
except ValueError as e:
    print(type(e).__name__, e)
