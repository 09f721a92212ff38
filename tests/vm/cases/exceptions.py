# try/except/else/finally, raise from, bare raise, context chaining, except*, with
def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        r = 10 // x
    except ValueError as e:
        return "value " + str(e)
    except ZeroDivisionError:
        return "div"
    else:
        return "ok %d" % r
    finally:
        print("finally", x)
print(f(0), f(5))
def loop():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
        finally:
            print("fin", i)
    return i
print(loop())
try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e:
    print("reraised", e)
try:
    try:
        raise TypeError("a")
    except TypeError:
        raise ValueError("b")
except ValueError as e:
    print(repr(e.__context__))
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
class CM:
    def __init__(self, swallow):
        self.swallow = swallow
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return self.swallow
with CM(True) as cm:
    raise KeyError("inside")
print("after with")
try:
    with CM(False):
        raise KeyError("again")
except KeyError as e:
    print("propagated", e)
def ret_in_with():
    with CM(False):
        return "returned"
print(ret_in_with())
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types", [str(e) for e in eg.exceptions])
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled values")
except ExceptionGroup as e:
    print("rest", e.exceptions)
import sys
try:
    raise IndexError("current")
except IndexError:
    print(repr(sys.exception()))
print(sys.exception())
try:
    raise 5
except TypeError as e:
    print(e)
try:
    assert 1 == 2, "math"
except AssertionError as e:
    print("assert", e)
x = 1
del x
try:
    x
except NameError as e:
    print(e)
