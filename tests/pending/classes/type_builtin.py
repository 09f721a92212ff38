# type(name, bases, dict) creates classes dynamically; type(obj) returns the class
def init(self, v): self.v = v
Dyn = type("Dyn", (), {"x": 1, "__init__": init, "double": lambda self: self.v * 2})
d = Dyn(21)
print(Dyn.__name__, Dyn.x, d.double(), type(d) is Dyn, Dyn.__bases__)
Sub = type("Sub", (Dyn,), {"x": 2})
print(Sub(5).double(), Sub.x, [c.__name__ for c in Sub.__mro__])
print(type(1), type("s"), type([]), type(type), type(None), type(len))
print(type(d).__name__, type(Dyn).__name__)
try:
    type("Bad", (1,), {})
except TypeError as e:
    print(type(e).__name__)
try:
    type("x", "y")
except TypeError as e:
    print(type(e).__name__, e)
Empty = type("Empty", (), {})
print(Empty.__qualname__, Empty.__module__ if False else "skip-module", len(Empty.__dict__) > 0)
T = type("T", (object,), {"__repr__": lambda self: "T()", "__len__": lambda self: 3})
print(T(), len(T()))
