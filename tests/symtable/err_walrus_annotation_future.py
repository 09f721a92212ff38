# error
from __future__ import annotations
def f() -> (w := 1): pass
