# NotImplemented fallback: reflected operands tried, subclass priority, TypeError at the end
class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("A.__radd__")
        return NotImplemented
class B:
    def __radd__(self, o):
        print("B.__radd__")
        return "B handled"
print(A() + B())
try:
    A() + A()
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __mul__(self, o):
        return "Base.__mul__"
    def __rmul__(self, o):
        return "Base.__rmul__"
class Sub(Base):
    def __rmul__(self, o):
        return "Sub.__rmul__ first"
print(Base() * Sub())
print(Sub() * Base())
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        if isinstance(o, Num): return self.v == o.v
        return NotImplemented
    def __lt__(self, o):
        if isinstance(o, Num): return self.v < o.v
        return NotImplemented
print(Num(1) == Num(1), Num(1) == 1, Num(1) != 2, Num(1) < Num(2), Num(3) > Num(2))
try:
    Num(1) < 5
except TypeError as e:
    print(e)
class Int(int):
    def __radd__(self, o):
        return "Int.__radd__ wins over int.__add__"
print(1 + Int(2))
print(NotImplemented, type(NotImplemented).__name__)
