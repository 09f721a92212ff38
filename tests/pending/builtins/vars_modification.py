# vars()/__dict__ modification visibility for instances and classes (mappingproxy is read-only)
class A:
    x = 1
a = A()
vars(a)["y"] = 2
print(a.y, a.__dict__)
try:
    vars(A)["z"] = 3
except TypeError as e:
    print(type(e).__name__)
setattr(A, "z", 3)
print(A.z, "z" in vars(A), type(vars(A)).__name__)
a.__dict__.clear()
print(hasattr(a, "y"), a.x)
