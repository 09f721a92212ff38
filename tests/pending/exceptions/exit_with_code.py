# Uncaught SystemExit with an int code sets the exit status without a traceback
import sys
print("about to exit")
sys.stdout.flush()
sys.exit(3)
