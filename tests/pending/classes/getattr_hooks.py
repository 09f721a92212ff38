# __getattr__ (fallback only) vs __getattribute__ (every access)
class Fallback:
    real = "real attribute"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
f = Fallback()
print(f.real, f.dyn_hello)
try:
    f.missing
except AttributeError as e:
    print(e)
print(getattr(f, "missing", "default"), hasattr(f, "dyn_x"), hasattr(f, "nope"))
class Tracing:
    def __init__(self):
        self.value = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("  getattribute", name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.value
t = Tracing()
print(t.value)
print(t.method())
class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom not allowed")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"__getattr__ rescued {name}"
b = Both()
print(b.boom, b.anything)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
px = Proxy([3, 1, 2])
px.sort()
print(px._target, px.count(1))
