# property: getter/setter/deleter, decorator and call forms, read-only errors
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(hasattr(t, "_c"))
print(Temp.celsius.__doc__, type(Temp.celsius).__name__)
class Old:
    def get_x(self): return self._x * 2
    def set_x(self, v): self._x = v
    x = property(get_x, set_x, None, "doubled x")
o = Old()
o.x = 21
print(o.x, Old.x.__doc__)
try:
    del o.x
except AttributeError as e:
    print(type(e).__name__, e)
print(Temp.celsius.fget.__name__, Old.x.fdel)
