# except clause matching: tuples, base classes, first match wins, bare except
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-ish " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception as e:
        return "generic " + type(e).__name__
for exc in (KeyError(1), IndexError(2), ZeroDivisionError(), OverflowError(), ValueError(), LookupError()):
    print(classify(exc))
try:
    raise SystemExit(3)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
try:
    raise KeyboardInterrupt
except:
    print("bare except caught KeyboardInterrupt")
try:
    [][0]
except LookupError as e:
    print(type(e).__name__, e)
errs = (TypeError, ValueError)
try:
    int("z")
except errs as e:
    print("dynamic tuple", type(e).__name__)
try:
    try:
        raise ValueError("x")
    except TypeError:
        print("wrong")
except ValueError:
    print("propagated to outer")
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
