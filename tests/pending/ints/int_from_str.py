# int(str, base): prefixes, base 0, underscores, whitespace, and ValueError messages
cases = [("42", 10), ("  -17  ", 10), ("+8", 10), ("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0),
         ("0o17", 0), ("0b101", 0), ("101", 2), ("z", 36), ("Zz", 36), ("1_000", 10), ("0_0", 0),
         ("777", 8), ("10", 3), ("٣", 10), ("１２", 10)]
for s, b in cases:
    print(repr(s), b, int(s, b))
bad = [("", 10), ("12.5", 10), ("0x", 16), ("1__0", 10), ("_1", 10), ("9", 8), ("08", 0),
       ("2", 2), ("abc", 10), ("1 2", 10), ("0b", 0)]
for s, b in bad:
    try:
        int(s, b)
    except ValueError as e:
        print(type(e).__name__, e)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(int(), int(3.99), int(-3.99), int(True), int("  12\n"))
