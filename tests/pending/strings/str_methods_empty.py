# str methods on empty strings and single characters (edge cases)
e = ""
print(repr(e.upper()), e.split(), e.split("x"), e.rsplit("x"), e.partition("x"), e.splitlines())
print(e.find(""), e.count(""), e.startswith(""), e.endswith(""), e.isalpha(), e.isspace(), e.isdigit())
print(repr(e.center(3)), repr(e.zfill(2)), repr(e.strip()), repr(e.title()), repr(e.replace("", "-")))
print(repr(e * 5), repr(e.join(["a", "b"])), repr(e[::-1]), repr(e[5:]))
c = "x"
print(c.split("x"), c.partition("x"), c.center(4, "."), c.count("x"), c.replace("x", "yy"))
print(repr("\n".join([""] * 3)), "".join([]) == "", min("b", ""), max("", "a"))
