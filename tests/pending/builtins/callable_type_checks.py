# callable(), type(), isinstance/issubclass on builtins and user classes
class C:
    def m(self): pass
    def __call__(self): pass
class D: pass
for obj in (len, print, C, C(), D(), D, C().m, lambda: 0, 5, "s", int, type, object()):
    print(callable(obj), end=" ")
print()
print(type(len).__name__, type(C().m).__name__, type(lambda: 0).__name__, type(C).__name__, type(int).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance([], (list, tuple)), isinstance(None, object))
print(issubclass(bool, int), issubclass(int, object), issubclass(C, object), issubclass(list, (dict, list)), issubclass(type, type))
print(type(1) == int, type(True) == int, type(1.0) is float, type("") is str, type(b"") is bytes, type(range(1)) is range)
