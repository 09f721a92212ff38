# Importing a package and its submodules: __init__ execution, relative imports, __package__
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, "lib")
import pkg_x
print(pkg_x.VERSION, pkg_x.double(21), pkg_x.sub.combined(2))
print(pkg_x.__name__, pkg_x.__package__, pkg_x.sub.__name__, pkg_x.sub.__package__)
import pkg_x.helpers
print(pkg_x.helpers.triple(3), pkg_x.helpers is sys.modules["pkg_x.helpers"])
from pkg_x.nested import deep
print(deep.quadruple(5), deep.__name__, deep.__package__)
import pkg_x.nested.deep as d2
print(d2 is deep, hasattr(pkg_x, "nested"), pkg_x.nested.deep is deep)
print(sorted(k for k in sys.modules if k.startswith("pkg_x")))
print(pkg_x.__file__.endswith("__init__.py"), isinstance(pkg_x.__path__, list) or type(pkg_x.__path__).__name__)
