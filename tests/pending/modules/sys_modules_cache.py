# sys.modules caching: re-import does not re-run the body; deleting the entry forces re-execution
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, "lib")
import reloadable
import reloadable
print(sys._ftpy_reload_count)
first = sys.modules["reloadable"]
del sys.modules["reloadable"]
import reloadable
print(sys._ftpy_reload_count, reloadable is not first)
sys.modules["fake_module"] = "any object can live in sys.modules"
import fake_module
print(fake_module)
class Shim:
    answer = 42
sys.modules["shim"] = Shim()
from shim import answer
print(answer)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
