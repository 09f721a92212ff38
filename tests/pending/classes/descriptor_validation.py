# Reusable validating descriptors (range, choice, type) sharing a base class with __set_name__
class Validated:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)
    def validate(self, value):
        pass
class Range(Validated):
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def validate(self, value):
        if not (self.lo <= value <= self.hi):
            raise ValueError(f"{self.public} must be in [{self.lo}, {self.hi}], got {value}")
class OneOf(Validated):
    def __init__(self, *choices):
        self.choices = choices
    def validate(self, value):
        if value not in self.choices:
            raise ValueError(f"{self.public} must be one of {self.choices}, got {value!r}")
class Typed(Validated):
    def __init__(self, kind):
        self.kind = kind
    def validate(self, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
class Pizza:
    size = Range(20, 50)
    crust = OneOf("thin", "thick")
    name = Typed(str)
    def __init__(self, name, size, crust):
        self.name, self.size, self.crust = name, size, crust
    def __repr__(self):
        return f"Pizza({self.name!r}, {self.size}, {self.crust!r})"
p = Pizza("margherita", 30, "thin")
print(p, sorted(vars(p)))
for attr, val in (("size", 10), ("crust", "stuffed"), ("name", 42), ("size", 50)):
    try:
        setattr(p, attr, val)
        print("set", attr, "->", getattr(p, attr))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(type(Pizza.size).__name__, Pizza.crust.choices, Pizza.name.public)
