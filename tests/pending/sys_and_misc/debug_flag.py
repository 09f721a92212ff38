# __debug__ is True without -O, asserts active; __debug__ cannot be assigned
print(__debug__, type(__debug__).__name__)
if __debug__:
    print("debug branch taken")
try:
    assert False, "asserts are enabled"
except AssertionError as e:
    print(e)
try:
    exec("__debug__ = False")
except SyntaxError as e:
    print(type(e).__name__)
