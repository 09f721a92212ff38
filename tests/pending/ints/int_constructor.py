# int() from floats, bools, objects with __index__/__int__, and huge floats
print(int(1e20), int(-1e20), int(1.5e300) % 10 ** 10, int(2.0 ** 80))
print(int(-0.5), int(0.9999), int(-2.5))
for bad in (float("inf"), float("-inf"), float("nan")):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int("-0"), int("000123"), int(b"42"), int(bytearray(b" 7 ")))
class I:
    def __index__(self): return 11
print(int(I()))
print(int("1" * 50) % 97)
print(isinstance(True, int), int.__name__, int("10", base=2))
