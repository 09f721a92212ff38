# Exception args, str and repr with zero, one and many arguments
for exc in (Exception(), Exception("one"), Exception("a", 2), Exception(None), ValueError(""),
            KeyError("k"), KeyError(), KeyError("a", "b"), IndexError(3), TypeError(["list"])):
    print(f"{type(exc).__name__:10} args={exc.args!r:16} str={str(exc)!r:14} repr={exc!r}")
e = Exception("x")
e.args = ("replaced", 1)
print(e, e.args)
class WithInit(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
w = WithInit(404, "not found")
print(w, repr(w), w.code, w.args)
class NoSuper(Exception):
    def __init__(self, value):
        self.value = value
n = NoSuper(5)
print(repr(n), n.args, n.value)
class StrOverride(Exception):
    def __str__(self):
        return "custom str"
s = StrOverride(1, 2)
print(str(s), repr(s))
