import os, sys
from collections import OrderedDict as OD

def f(a, b=1, *args, c: int = 2, **kw) -> None:
    """Docstring."""
    return a + b

class C(Base, metaclass=Meta):
    x: int = 0
    def m(self):
        pass
