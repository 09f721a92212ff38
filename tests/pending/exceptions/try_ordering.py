# Execution order of try/except/else/finally in all combinations
def run(raise_it, label):
    print(f"[{label}]")
    try:
        print("  try")
        if raise_it:
            raise ValueError(label)
    except ValueError as e:
        print("  except", e)
    else:
        print("  else")
    finally:
        print("  finally")
    print("  after")
run(False, "no error")
run(True, "error")
def ret_in_try():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(ret_in_try())
def except_returns():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    else:
        return "from else"
    finally:
        print("finally")
print(except_returns())
def else_raises():
    try:
        pass
    except ValueError:
        print("not this")
    else:
        raise KeyError("from else")
try:
    else_raises()
except KeyError as e:
    print("caught", e)
def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
