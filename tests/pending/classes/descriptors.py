# Descriptors: data vs non-data precedence, __get__ with instance/None, __set__, __delete__
class Verbose:
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"accessed on class {objtype.__name__}"
        return f"{self.name} on instance ({obj.__dict__.get(self.name, 'unset')})"
    def __set__(self, obj, value):
        print(f"set {self.name} = {value}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print(f"delete {self.name}")
        obj.__dict__.pop(self.name, None)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from non-data descriptor"
class C:
    d = Verbose("d")
    n = NonData()
c = C()
print(C.d)
print(c.d)
c.d = 5
print(c.d)
c.__dict__["d"] = "shadow attempt"
print(c.d)
del c.d
print(c.d)
print(c.n)
c.n = "instance wins"
print(c.n, C.n)
del c.n
print(c.n)
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, t=None):
        return self if obj is None else getattr(obj, self.name)
    def __set__(self, obj, v):
        if not isinstance(v, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, v)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, n, a):
        self.name, self.age = n, a
p = Person("ann", 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print(e)
print(type(Person.name).__name__)
