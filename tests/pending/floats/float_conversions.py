# float() from strings (whitespace, underscores, exponents), ints, and errors
for s in ("3.14", "  -2.5\n", "1e3", "1E-3", ".5", "5.", "1_000.5", "+0.0", "-0", "١٢.٥", "0x10" if False else "10"):
    print(repr(s), float(s))
for bad in ("", "1.2.3", "1e", "e5", "1_", "_1", "0x10", "1,5", "inf5", "- 1"):
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(float(10), float(-3), float(True), float(2 ** 60), float(b"2.5") if False else float("2.5"))
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 309)
except OverflowError as e:
    print(type(e).__name__, e)
print(int(1e15), int(-2.9), int(float("1e18")))
