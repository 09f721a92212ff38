# raise ... from: __cause__, __context__, __suppress_context__, from None
class AppError(Exception):
    pass
def load(key):
    data = {'a': 1}
    try:
        return data[key]
    except KeyError as e:
        raise AppError(f"missing {key}") from e
try:
    load('zz')
except AppError as e:
    print(e, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def hide():
    try:
        {}['k']
    except KeyError:
        raise ValueError("clean") from None
try:
    hide()
except ValueError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during handling")
try:
    implicit()
except TypeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise RuntimeError("x") from KeyError("explicit cause")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise RuntimeError from ValueError
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
try:
    raise ValueError("bad") from 5
except TypeError as e:
    print(type(e).__name__, e)
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
