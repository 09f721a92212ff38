# Miscellaneous sys functions: getdefaultencoding, float_repr_style, getrecursionlimit effects, is_finalizing
import sys
print(sys.getdefaultencoding(), sys.float_repr_style, sys.is_finalizing())
print(sys.getfilesystemencoding() in ("utf-8", "ascii"), callable(sys.exit), callable(sys.getrecursionlimit))
old = sys.getrecursionlimit()
sys.setrecursionlimit(120)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
sys.setrecursionlimit(old)
print(50 < d < 120)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__)
print(sys.getrecursionlimit())
