# Helper: counts how many times its body executes via a value stored on sys.
import sys
sys._ftpy_reload_count = getattr(sys, "_ftpy_reload_count", 0) + 1
print("reloadable: body executed", sys._ftpy_reload_count, "time(s)")
