# Formatting integers: bases, padding, signs, grouping, and the format mini-language
n = 1234567
print(f"{n:,} {n:_} {n:_x} {n:>12} {n:<12}| {n:^12}| {n:+} {-n:+} {n: } {-n: }")
print(f"{255:b} {255:o} {255:x} {255:X} {255:#b} {255:#o} {255:#x} {255:#X}")
print(f"{42:08} {-42:08} {42:08b} {42:#010x} {3:=+5}")
print(f"{n:e} {n:.2e} {n:f} {n:.1%} {n:g} {12:c}")
print(format(10, "d"), format(-10, "05d"), format(2 ** 70, ","), format(0, "#x"))
print("%d %5d %-5d| %05d %x %X %o %+d %i" % (7, 7, 7, 7, 255, 255, 8, 3, 9))
print(bin(-5), oct(-64), hex(-255), bin(0), hex(2 ** 64))
print(str(-0), repr(10 ** 20), int.__repr__(5))
try:
    format(5, "s")
except ValueError as e:
    print(type(e).__name__, e)
