# sys.modules contains builtins and __main__; __main__ module attributes reflect this script's globals
import sys
main = sys.modules["__main__"]
marker = "visible through sys.modules"
print(main.marker, main.__name__, hasattr(main, "sys"))
builtins = sys.modules["builtins"]
print(builtins is sys.modules["builtins"], builtins.len is len, builtins.__name__)
print(isinstance(__builtins__, dict) or __builtins__ is builtins)
def uses_len():
    return len("abc")
builtins.len = lambda obj: -1
print(uses_len())
del builtins.len
try:
    uses_len()
except NameError as e:
    print(type(e).__name__)
