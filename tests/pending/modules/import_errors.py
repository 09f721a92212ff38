# ImportError / ModuleNotFoundError messages and attributes
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, "lib")
try:
    import definitely_missing_module_ftpy
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, isinstance(e, ImportError))
try:
    import pkg_x.no_such_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from mod_a import nonexistent_name
except ImportError as e:
    print(type(e).__name__, e.name, "cannot import name 'nonexistent_name'" in str(e))
try:
    import bad_import_name
except ImportError as e:
    print(type(e).__name__, "bad_import_name" in sys.modules)
try:
    import mod_a.sub_of_plain_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
e = ImportError("custom", name="modname", path="/some/path")
print(e, e.name, e.path, e.msg)
