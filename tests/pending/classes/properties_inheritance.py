# Properties in subclasses: overriding getters, extending setters via property.setter on parent
class Base:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
    @v.setter
    def v(self, value): self._v = value
class Doubled(Base):
    @property
    def v(self): return super().v * 2
class Checked(Base):
    @Base.v.setter
    def v(self, value):
        if value < 0:
            raise ValueError("negative")
        Base.v.fset(self, value)
d = Doubled()
print(d.v)
try:
    d.v = 5
except AttributeError as e:
    print(type(e).__name__)
c = Checked()
c.v = 10
print(c.v)
try:
    c.v = -1
except ValueError as e:
    print(e)
class Cached:
    computed = 0
    @property
    def expensive(self):
        Cached.computed += 1
        val = Cached.computed * 100
        self.__dict__["cache"] = val
        return val
x = Cached()
print(x.expensive, x.expensive, Cached.computed, x.cache)
