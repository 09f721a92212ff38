# Helper: module without __all__; star import takes public names only.
import sys as _sys
alpha = "a"
beta = "b"
_gamma = "private"
def func():
    return "func"
