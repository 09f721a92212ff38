# The 4300-digit limit on int<->str conversion and sys.set_int_max_str_digits
import sys
print(sys.get_int_max_str_digits())
ok = int("9" * 4300)
print(len(str(ok)))
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
print(big.bit_length(), hex(big)[:10], len(hex(big)))
sys.set_int_max_str_digits(6000)
print(len(str(big)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 7000)))
sys.set_int_max_str_digits(4300)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
print(int("f" * 5000, 16) == 16 ** 5000 - 1)
