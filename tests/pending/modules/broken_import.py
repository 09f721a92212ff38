# A module raising during import is removed from sys.modules and re-executes on the next import
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, "lib")
for attempt in range(2):
    try:
        import broken_mod
    except RuntimeError as e:
        print(attempt, type(e).__name__, e, "broken_mod" in sys.modules)
