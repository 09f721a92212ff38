# Namespace packages (directories without __init__.py) can be imported
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, "lib")
import ns_pkg.part
print(ns_pkg.part.NAME, ns_pkg.__name__, getattr(ns_pkg, "__file__", None))
from ns_pkg import part
print(part is ns_pkg.part, part.__package__)
