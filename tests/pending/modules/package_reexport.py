# Re-exporting names through a package submodule with relative imports and star-import of it
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, "lib")
from pkg_x.reexport import *
print(twice(4), triple(4), quadruple(4))
import pkg_x.reexport as rx
print(rx.__all__, rx.twice is sys.modules["pkg_x.helpers"].double, rx.__name__, rx.__package__)
print(sorted(name for name in ("twice", "triple", "quadruple", "double") if name in globals()))
