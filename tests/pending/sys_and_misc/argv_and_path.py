# sys.argv, sys.path[0] directory of the script, and sys.executable being a string
import sys
print(len(sys.argv), sys.argv[0].endswith("argv_and_path.py"))
print(isinstance(sys.executable, str), isinstance(sys.path[0], str))
print(sys.path[0].replace("\\", "/").rstrip("/").split("/")[-1])
print(sys.orig_argv[-1].endswith("argv_and_path.py") if hasattr(sys, "orig_argv") else True)
