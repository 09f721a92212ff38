# str construction, operators and methods, with errors as CPython words them.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

samples = ["", "a", "abc", "Hello, World", "caf\u00e9", "\u20ac100", "x\U0001F600y", "  pad\t\n", "\u03a3A\u03a3 \u03a3", "\u00df\u0130i"]
for s in samples:
    print(repr(s), len(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
    print(" ", s.isalpha(), s.isdigit(), s.isspace(), s.isascii(), s.isidentifier(), s.isprintable(), s.istitle())
    print(" ", s.strip(), s.split(), s.center(12, "*"), s.zfill(6), s[::-1], s[1:], s[-1:] if s else None)

s = "the quick brown fox jumps over the lazy dog"
print(s.find("o"), s.rfind("o"), s.index("fox"), s.count("o"), s.count(""), s.find("o", 15, 20), s.find("z", -5))
print(s.split(), s.split(" ", 2), s.rsplit(" ", 2), s.split("o"), s.partition("fox"), s.rpartition("o"))
print(s.replace("o", "0"), s.replace("o", "0", 2), s.replace("", "-", 3), s.replace("the", "\u20ac"))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("dog", 0, 10), s.startswith("quick", 4))
print("a,b,,c".split(","), "a\nb\r\nc\rd".splitlines(), "a\nb\r\n".splitlines(True), "x\u2028y\x85z".splitlines())
print("-".join(["a", "b", "c"]), "".join(()), "\u20ac".join("abc"), ", ".join(str(i) for i in range(5)))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"), "\u20achi\u20ac".strip("\u20ac"), "abc".strip("\u20ac"))
print("ab".ljust(5, "\u00e9"), "ab".rjust(5), "ab".center(7, "\u20ac"), "-42".zfill(6), "+7".zfill(4))
print("a\tbc\td".expandtabs(), "a\tb".expandtabs(3), "prefix_x".removeprefix("prefix_"), "x.py".removesuffix(".py"))
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcdd".translate(t), "abc".translate({97: "AA", 98: None}), str.maketrans({"a": 1, 2: "b"}))
print("caf\u00e9".encode(), "caf\u00e9".encode("latin-1"), "x\u20ac".encode("ascii", "replace"), "\u20ac".encode("utf-16"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "latin-1"), str(b"a\xffb", "utf-8", "replace"), str(), str(12), str([1, "a"]))
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1, "a" + "\u20ac", "a" < "b", "a" < "ab", "\u20ac" > "z", "abc" == "ab" + "c")
print("b" in "abc", "" in "abc", "\u20ac" in "abc", "bc" in "abc")
print(hash("abc") == hash("ab" + "c"), list("a\u20acb"), [c for c in iter("xyz")], "abc"[-1], "abcdef"[1:5:2], "abcdef"[::-2])
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\x00\x7f\x80\xa0\u00e9\u2028\U0001F600\ud800"))
print("abc".__sizeof__() > 0, "abc".__getnewargs__(), "A1_x".isidentifier(), "1a".isidentifier(), "\u0660".isdecimal())

show("find int", lambda: "a".find(1))
show("count none", lambda: "a".count(None))
show("join ints", lambda: ",".join([1, 2]))
show("join non-iterable", lambda: ",".join(5))
show("concat int", lambda: "a" + 1)
show("mul str", lambda: "a" * "b")
show("mul float", lambda: "a" * 1.5)
show("index out", lambda: "abc"[3])
idx = 1.5
show("index float", lambda: "abc"[idx])
show("in int", lambda: 1 in "abc")
show("index miss", lambda: "abc".index("z"))
show("empty sep", lambda: "abc".split(""))
show("partition empty", lambda: "abc".partition(""))
show("fill long", lambda: "abc".center(5, "xy"))
show("strip int", lambda: "abc".strip(1))
show("upper arg", lambda: "abc".upper(1))
show("encode bad", lambda: "\u20ac".encode("ascii"))
show("encode unknown", lambda: "a".encode("nope"))
show("decode bad", lambda: str(b"\xff", "utf-8"))
show("decode str", lambda: str("a", "utf-8"))
show("surrogate", lambda: "\ud800".encode())
show("maketrans len", lambda: str.maketrans("ab", "c"))
show("replace few", lambda: "a".replace("a"))
show("startswith int", lambda: "a".startswith(1))
show("compare int", lambda: "a" < 1)

class S(str):
    pass

x = S("hello")
print(type(x).__name__, x, x + "!", type(x + "!").__name__, x.upper(), type(str(x)).__name__, x == "hello", hash(x) == hash("hello"))
