# Implicit exception chaining through nested handlers and finally blocks
def chain_depth(e):
    n = 0
    names = []
    while e is not None:
        names.append(type(e).__name__)
        e = e.__context__
        n += 1
    return n, names
try:
    try:
        try:
            raise KeyError("first")
        except KeyError:
            raise ValueError("second")
    except ValueError:
        raise TypeError("third")
except TypeError as e:
    print(chain_depth(e))
try:
    try:
        raise IndexError("in try")
    finally:
        raise OSError("in finally")
except OSError as e:
    print(type(e.__context__).__name__, e.__context__)
try:
    try:
        raise ValueError("A")
    except ValueError as a:
        try:
            raise KeyError("B")
        except KeyError as b:
            print("B context is A:", b.__context__ is a)
        raise
except ValueError as e:
    print("re-raised", e, e.__context__)
try:
    err = ValueError("reuse")
    try:
        raise err
    except ValueError:
        raise err
except ValueError as e:
    print("self context avoided:", e.__context__)
