# center/ljust/rjust/zfill/expandtabs with fill characters and edge widths
s = "abc"
print(repr(s.center(9)), repr(s.center(8)), repr(s.center(8, "*")), repr(s.center(2)))
print(repr(s.ljust(6, ".")), repr(s.rjust(6, ".")), repr(s.ljust(1)), repr("ab".center(5, "-")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "".zfill(3), "-".zfill(3), "12345".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("abcd\te".expandtabs(4)), repr("\t".expandtabs(0)))
print(repr("x\ty\nab\tz".expandtabs(3)))
try:
    s.center(10, "ab")
except TypeError as e:
    print(type(e).__name__, e)
print("日本".center(6, "・"), "é".rjust(3, "é"))
