# Function attributes: __name__, __qualname__, __doc__, __defaults__, __kwdefaults__, __dict__, __module__
def f(a, b=2, *, c=3):
    """Docstring of f."""
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__)
class K:
    def meth(self):
        def inner():
            pass
        return inner
    class Nested:
        def deep(self): pass
print(K.meth.__qualname__, K().meth().__qualname__, K.Nested.deep.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, (lambda: 0).__qualname__, (lambda: 0).__name__)
def nodoc(): pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__)
f.custom = "attached"
f.count = 1
print(sorted(f.__dict__.items()))
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
f.__doc__ = "new doc"
print(f.__doc__)
print(f.__code__.co_name, f.__code__.co_varnames, f.__code__.co_argcount)
try:
    f.__defaults__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(callable(f), type(f).__name__)
def ann(x: int, y: "str" = "s") -> bool: pass
print(sorted(ann.__annotations__))
