# __repr__, __str__, __format__ and how print/str/repr/format/f-strings use them
class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"Money({self.cents})"
    def __str__(self): return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec):
        if spec == "cents":
            return f"{self.cents}c"
        if spec:
            return format(str(self), spec)
        return str(self)
m = Money(12345)
print(m, repr(m), str(m), [m], (m,), {"k": m})
print(f"{m}|{m!r}|{m!s}|{m:cents}|{m:>12}|{m:*<12}")
print(format(m, "cents"), "{0} {0!r} {0:cents}".format(m))
class OnlyRepr:
    def __repr__(self): return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class OnlyStr:
    def __str__(self): return "only str"
o = OnlyStr()
print(o, repr(o).startswith("<__main__.OnlyStr object at"))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class NoFormat: 
    def __str__(self): return "nf"
print(format(NoFormat()), f"{NoFormat()}")
try:
    format(NoFormat(), ">5")
except TypeError as e:
    print(type(e).__name__, e)
