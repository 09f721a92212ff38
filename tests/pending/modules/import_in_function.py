# Imports inside functions bind local names; conditional imports; import caching across scopes
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, "lib")
def use():
    import mod_a
    from pkg_x import helpers
    return mod_a.GREETING, helpers.double(5), "mod_a" in locals()
print(use())
print("mod_a" in globals(), "mod_a" in sys.modules)
def maybe(flag):
    if flag:
        import star_all as mod
    else:
        import star_noall as mod
    return mod.__name__
print(maybe(True), maybe(False))
try:
    exec("def bad():\n    from mod_a import *\n")
except SyntaxError as e:
    print(type(e).__name__)
