# sys.intern returns canonical string objects; equal strings built at runtime become identical
import sys
a = "".join(["inter", "ned-", "string!"])
b = "".join(["interned-", "string!"])
print(a == b, a is b)
ia, ib = sys.intern(a), sys.intern(b)
print(ia is ib, ia == a, sys.intern(ia) is ia)
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__)
class S(str): pass
try:
    sys.intern(S("x"))
except TypeError as e:
    print(type(e).__name__)
