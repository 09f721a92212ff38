# Bitwise operations on negative and big integers (two's complement semantics)
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 70, -(2 ** 70) + 3]
for a in vals:
    print(a, ~a, a & 0xFF, a | 0x0F, a ^ -1, a >> 3, a << 3)
print(-1 & (2 ** 100 - 1) == 2 ** 100 - 1)
print(-12 & -7, -12 | -7, -12 ^ -7, -12 & 7, 12 ^ -7)
print(1 << 100, (1 << 100) >> 99, -1 >> 100, -(2 ** 100) >> 98)
print((2 ** 64 - 1) & ~(2 ** 32 - 1))
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -2
except ValueError as e:
    print(type(e).__name__, e)
