# __setattr__ and __delattr__ hooks: validation, read-only objects, logging
class Logged:
    def __setattr__(self, name, value):
        print(f"set {name}={value!r}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print(f"del {name}")
        super().__delattr__(name)
l = Logged()
l.a = 1
l.b = [2]
del l.a
print(vars(l))
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: object is frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: object is frozen")
fz = Frozen(x=1, y=2)
print(fz.x, fz.y)
for action in (lambda: setattr(fz, "x", 5), lambda: delattr(fz, "y")):
    try:
        action()
    except AttributeError as e:
        print(e)
class Upper:
    def __setattr__(self, name, value):
        if isinstance(value, str):
            value = value.upper()
        object.__setattr__(self, name, value)
u = Upper()
u.greeting = "hello"
u.n = 3
print(u.greeting, u.n)
setattr(u, "via_setattr", "works too")
print(u.via_setattr)
