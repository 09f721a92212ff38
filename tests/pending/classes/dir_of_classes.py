# dir() of simple classes and instances (dunders filtered out), and __dir__ override
class A:
    x = 1
    def m(self): pass
class B(A):
    y = 2
    def n(self): pass
b = B()
b.z = 3
def public(names):
    return [n for n in names if not n.startswith("__")]
print(public(dir(A)), public(dir(B)), public(dir(b)))
print(dir(b) == sorted(dir(b)))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "beta"]
print(dir(Custom()))
print("__init__" in dir(A), "__class__" in dir(b))
