# importlib.import_module with absolute and relative names, and importlib.reload
import sys
import importlib
sys.dont_write_bytecode = True
sys.path.insert(0, "lib")
m = importlib.import_module("mod_a")
print(m.GREETING, m is sys.modules["mod_a"])
h = importlib.import_module(".helpers", package="pkg_x")
print(h.__name__, h.double(4))
deep = importlib.import_module("pkg_x.nested.deep")
print(deep.quadruple(3))
r = importlib.import_module("reloadable")
print(sys._ftpy_reload_count)
r2 = importlib.reload(r)
print(sys._ftpy_reload_count, r2 is r)
try:
    importlib.import_module("no_such_module_ftpy")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    importlib.import_module(".helpers")
except TypeError as e:
    print(type(e).__name__)
