# getattr/setattr/hasattr/delattr with defaults, dynamic names, and errors
class Config:
    debug = False
    def __init__(self):
        self.level = 1
c = Config()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "missing", "dflt"), getattr(Config, "debug"))
setattr(c, "level", 5)
setattr(c, "new_attr", [1])
print(c.level, c.new_attr, hasattr(c, "new_attr"), hasattr(c, "nope"), hasattr(Config, "level"))
delattr(c, "new_attr")
print(hasattr(c, "new_attr"))
for name in ("alpha", "beta"):
    setattr(Config, name, name * 2)
print(Config.alpha, c.beta)
try:
    getattr(c, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
class Raiser:
    @property
    def boom(self):
        raise ValueError("not an AttributeError")
try:
    hasattr(Raiser(), "boom")
except ValueError as e:
    print("hasattr propagates:", e)
print(getattr(5, "real"), getattr("s", "upper")(), getattr([], "__len__")())
