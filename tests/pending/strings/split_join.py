# str.split/rsplit with and without separators and maxsplit; join
s = "  alpha beta\tgamma\n delta  "
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(" "))
csv = "a,b,,c,"
print(csv.split(","), csv.split(",", 2), csv.rsplit(",", 2), csv.split(",", 0), csv.split(",", -1))
print("a::b::c".split("::"), "abc".split("abc"), "".split(), "".split(","), "   ".split())
print("x".join(["1", "2", "3"]), "".join("abc"), ", ".join([]), "-".join(("solo",)))
print("|".join(str(i) for i in range(5)), " ".join(reversed("hello".split("l"))))
try:
    "a b".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print("1\u20032\u00a03".split(), "a\x1cb\x1dc".split())
