# sys.exc_info() and sys.exception() inside and outside except blocks, nested handlers
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("outer")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
    try:
        raise KeyError("inner")
    except KeyError:
        print("inner:", repr(sys.exception()))
    print("restored:", repr(sys.exception()))
print("after:", sys.exc_info(), sys.exception())
def helper():
    return repr(sys.exception())
try:
    1 / 0
except ZeroDivisionError:
    print("in callee:", helper())
def gen():
    try:
        raise IndexError("in gen")
    except IndexError:
        yield repr(sys.exception())
    yield repr(sys.exception())
g = gen()
print(next(g))
print(next(g))
