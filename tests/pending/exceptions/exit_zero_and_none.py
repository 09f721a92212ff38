# sys.exit(0) and sys.exit(None) end the program with status 0; finally blocks still run
import sys
try:
    print("in try")
    sys.exit(None)
finally:
    print("finally before exit")
print("unreachable")
