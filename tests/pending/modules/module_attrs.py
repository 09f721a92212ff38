# Module attributes: __doc__, __name__, module-level __getattr__ and __dir__, setting attributes
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, "lib")
import attrs_mod
print(attrs_mod.__doc__, attrs_mod.__name__, attrs_mod.VALUE)
print(attrs_mod.lazy_thing, getattr(attrs_mod, "lazy_x"))
try:
    attrs_mod.other
except AttributeError as e:
    print(type(e).__name__, e)
print(dir(attrs_mod))
attrs_mod.NEW = "set from outside"
print(attrs_mod.NEW, "NEW" in vars(attrs_mod))
from attrs_mod import lazy_imported
print(lazy_imported)
print(type(sys).__name__, sys.__name__, __name__)
