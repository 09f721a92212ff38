# error
from __future__ import annotations
def f(x: (await y)): pass
