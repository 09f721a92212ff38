# Errors in context manager protocol: __enter__/__exit__ raising, non-context-managers
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with BadEnter():
        print("body should not run")
except RuntimeError as e:
    print("caught", e)
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise ValueError("exit failed")
try:
    with BadExit():
        raise KeyError("original")
except ValueError as e:
    print("caught", e, "context:", repr(e.__context__))
try:
    with 42:
        pass
except TypeError as e:
    print(type(e).__name__)
class OnlyEnter:
    def __enter__(self): return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(type(e).__name__)
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "non-empty string"
with Truthy():
    raise IndexError
print("suppressed by truthy return value")
