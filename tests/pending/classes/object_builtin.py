# object(): no attributes, identity equality, default dunders present on all objects
o = object()
p = object()
print(o == o, o == p, o != p, o is not p)
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__)
print(type(o).__name__, object.__bases__, object.__mro__ == (object,))
names = ["__eq__", "__hash__", "__repr__", "__str__", "__init__", "__new__", "__class__", "__dir__",
         "__format__", "__getattribute__", "__setattr__", "__reduce__", "__sizeof__", "__ne__"]
print(all(hasattr(o, n) for n in names))
print(str(o) == repr(o), format(o, "") == str(o))
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class C: pass
c = C()
print(c.__class__ is C, C.__class__ is type)
print(o.__eq__(p), o.__ne__(p), o.__eq__(o))
try:
    format(o, "x")
except TypeError as e:
    print(type(e).__name__)
print(isinstance(o, object), isinstance(C, object), issubclass(C, object))
