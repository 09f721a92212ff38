# Module objects are singletons: state mutated through one import is seen through every alias
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, "lib")
import counter_mod
import counter_mod as cm2
from counter_mod import record, calls
print(record("main"), cm2.record("alias"), record("from-import"))
print(calls, counter_mod.calls is calls, cm2 is counter_mod)
counter_mod.calls = []
print(calls, counter_mod.calls, record("after rebinding"))
print(calls, counter_mod.calls)
