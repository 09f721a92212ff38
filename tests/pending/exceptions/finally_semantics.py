# finally: runs on every exit path; an exception in finally replaces the original
def replace():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")
try:
    replace()
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))
except ValueError:
    print("not reached")
def finally_sees_no_exception():
    try:
        return 1
    finally:
        import sys
        print("exception during finally:", sys.exception())
finally_sees_no_exception()
def finally_sees_exception():
    import sys
    try:
        try:
            raise IndexError("pending")
        finally:
            print("pending exception:", repr(sys.exception()))
    except IndexError:
        pass
finally_sees_exception()
log = []
def many_paths(mode):
    for i in range(3):
        try:
            if mode == "continue":
                continue
            if mode == "break":
                break
            if mode == "return":
                return "r"
            if mode == "raise":
                raise RuntimeError
        finally:
            log.append((mode, i))
for mode in ("continue", "break", "return", "raise", "none"):
    try:
        many_paths(mode)
    except RuntimeError:
        pass
print(log)
