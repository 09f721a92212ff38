# Importing a plain module from lib/: body runs once, attributes, module type and name
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, "lib")
import mod_a
print(mod_a.GREETING, mod_a.bump(), mod_a.bump(), mod_a.counter)
print(mod_a.__name__, type(mod_a).__name__, mod_a.Thing(3), mod_a._private[:10])
import mod_a
import mod_a as alias
print(alias is mod_a, alias.counter)
from mod_a import bump, counter
print(bump(), counter, mod_a.counter)
print(mod_a.__file__.endswith("mod_a.py"), "mod_a" in sys.modules, sys.modules["mod_a"] is mod_a)
print(sorted(n for n in vars(mod_a) if not n.startswith("__")))
