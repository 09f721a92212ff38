# Under the future import annotations are never evaluated: no symbols.
from __future__ import annotations
x: Undefined1
def f(a: Undefined2, *b: Undefined3) -> Undefined4:
    v: Undefined5 = 1
    return v
class C:
    attr: Undefined6
    def m(self, p: [q for q in r]) -> lambda: s: pass
