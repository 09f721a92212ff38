# sys.exit from nested functions propagates through finally blocks and ends with the given code
import sys
def inner():
    try:
        print("inner: exiting with 4")
        sys.exit(4)
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    except Exception:
        print("not caught by Exception")
    finally:
        print("outer finally")
outer()
print("unreachable")
