# A module importing another: import order, shared module objects, and from-import aliases
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, "lib")
import mod_b
print(mod_b.DERIVED, mod_b.use_a(), mod_b.use_a())
import mod_a
print(mod_a.counter, mod_b.mod_a is mod_a, mod_b.G is mod_a.GREETING)
from mod_b import DERIVED as D, use_a
print(D, use_a())
print([m for m in ("mod_a", "mod_b") if m in sys.modules])
