# Functions and classes defined conditionally or in loops; redefinition replaces earlier bindings
import sys
if sys.version_info >= (3, 13):
    def version_tag():
        return "modern"
else:
    def version_tag():
        return "old"
print(version_tag())
handlers = {}
for name in ("start", "stop"):
    def handler(n=name):
        return f"handling {n}"
    handlers[name] = handler
print({k: f() for k, f in handlers.items()}, handlers["start"] is not handlers["stop"])
def f():
    return 1
g = f
def f():
    return 2
print(f(), g(), f.__name__ == g.__name__)
class Shape:
    sides = 0
if Shape.sides == 0:
    class Shape(Shape):
        sides = 3
print(Shape.sides, Shape.__mro__[1].sides)
