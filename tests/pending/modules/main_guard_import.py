# __name__ == "__main__" in the script vs in an imported module
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, "lib")
print("script __name__:", __name__)
import main_guard
print(main_guard.main(), main_guard.__name__)
if __name__ == "__main__":
    print("this script runs as __main__")
print(sys.modules["__main__"].__name__, "main_guard" in sys.modules)
