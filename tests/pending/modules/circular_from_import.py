# A 'from x import name' cycle fails with ImportError mentioning the partially initialized module
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, "lib")
try:
    import circ_from_a
except ImportError as e:
    print(type(e).__name__, e.name)
    print("partially initialized" in str(e), "circular import" in str(e))
print("circ_from_a" in sys.modules, "circ_from_b" in sys.modules)
