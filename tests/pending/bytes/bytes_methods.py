# bytes methods mirroring str: split, join, strip, replace, find, count, case and predicates
b = b"  Hello, World!  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" !H"), b.upper(), b.lower(), b.swapcase(), b.title())
print(b"a,b,,c".split(b","), b"a b  c".split(), b"a,b,c".rsplit(b",", 1), b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b"x".join((b"1", b"2")))
print(b"hello".replace(b"l", b"L"), b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".index(b"o"), b"hello".count(b"l"))
print(b"hello".startswith(b"he"), b"hello".endswith((b"x", b"lo")), b"abc".center(7, b"*"), b"5".zfill(3), b"ab".ljust(4, b"."))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b"  ".isspace(), b"ABC".isupper(), b"abc".islower(), b"Ab Cd".istitle(), b"\x80".isascii())
print(b"a\tb".expandtabs(4), b"l1\nl2\r\nl3".splitlines(), b"l1\nl2".splitlines(True))
print(b"prefix_body".removeprefix(b"prefix_"), b"body.txt".removesuffix(b".txt"), b"hello".capitalize())
try:
    b"abc".join([b"x", "y"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".find("b")
except TypeError as e:
    print(type(e).__name__)
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"hello".translate(None, b"l"))
