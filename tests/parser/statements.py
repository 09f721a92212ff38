import a
import a.b.c
import a as b, c.d as e
from a import b
from a.b import c as d, e
from . import a
from .. import b
from ... import c
from .... import d
from .a.b import (c, d,)
from a import *
from .a import *
global x
nonlocal y
return
return x
return x, y
return *a, b
raise
raise E
raise E from e
raise E(1) from None
assert x
assert x, "msg"
pass
break
continue
del x
x
x, y
*a, b = c
print(1, 2, sep='')
type X = int
type X[T] = list[T]
type X[T: (int, str), *Ts, **P] = Callable[P, tuple[*Ts]]
type = 1
type(x)
type.x = 1
match = 1
match.x = 2
match(x)
case = 3
_ = 4
