# Specialized instructions (src/vm/specialize.c) must behave as the generic
# ones when what they cached changes: class and instance changes, deleted
# attributes, shadowed builtins, __init__ returning non-None, int overflow.
# specialization edge cases: class changes, deleted attrs, globals/builtins changes
class A:
    def m(self): return "A.m"
    @property
    def p(self): return "A.p"
class B(A):
    def m(self): return "B.m"
def call_m(o): return o.m()
def get_x(o): return o.x
for i in range(20):
    print(call_m(A() if i % 3 else B()), end=" ")
print()
A.m = lambda self: "new A.m"
print(call_m(A()), call_m(B()))
a = A(); a.x = 1
for i in range(5): get_x(a)
del a.x
try: get_x(a)
except AttributeError as e: print("AttributeError", e)
a.m = lambda: "instance m"
print(call_m(a))
def use_len(s): return len(s)
for i in range(5): use_len("abc")
import builtins
len = lambda s: 42
print(use_len("abc"))
del len
print(use_len("abc"))
builtins.len = lambda s: 7
print(use_len("abc"))
class S:
    __slots__ = ("v",)
    def __init__(self): self.v = 1
s = S()
def gv(o): return o.v
for i in range(5): gv(s)
del s.v
try: gv(s)
except AttributeError as e: print("AttributeError", e)
class I:
    def __init__(self, x): self.x = x
for i in range(5): I(i)
class I2:
    def __init__(self, x):
        return 5
try:
    for i in range(3): I2(i)
except TypeError as e: print("TypeError", e)
I.__init__ = lambda self, x: setattr(self, "y", x)
print(I(3).y)
def prop(o): return o.p
for i in range(5): prop(A())
A.p = property(lambda self: "new p")
print(prop(A()), prop(B()))
def f(): return 1.5 * 2 + 3.0 - 1
for i in range(5): f()
print(f(), 2**62 + 2**62, (2**62) - (-2**62), 1 - 2**63)
def add(a, b): return a + b
for i in range(5): add(1.0, 2.0)
print(add(1, 2), add("a", "b"), add([1], [2]), add(2**62, 2**62))
import math
print(math.pi, int(2.5), int(-0.5))
