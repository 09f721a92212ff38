# int arithmetic across the small/big boundary, signs of // and %, shifts,
# bitwise operations on negatives, pow, comparisons with floats.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__)
    else:
        print(label, "->", repr(r), type(r).__name__)

edge = [0, 1, -1, 7, -7, 2**62 - 1, -2**62, 2**62, 2**63 - 1, -2**63, 2**64, -(2**100) + 3]
for a in edge:
    for b in (3, -3, 2**62, -(2**70)):
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b), a / b)
for a in (5, -5, 2**70 + 1, -(2**70) - 1):
    print(a, a << 3, a >> 3, a >> 100, ~a, -a, abs(a), a & 0xFF, a | -256, a ^ -1)
print(1 << 62, 1 << 63, (1 << 62) >> 62, -1 >> 1, -(1 << 70) >> 69)
show("shift negative", lambda: 1 << -1)
show("rshift negative", lambda: 1 >> -1)
show("div zero", lambda: 1 // 0)
show("mod zero", lambda: 1 % 0)
show("truediv zero", lambda: 1 / 0)
for b, e in ((2, 10), (-2, 63), (3, 40), (10, 30), (-1, 10**20 + 1), (0, 0), (2, -2), (-8, -3)):
    print(b, e, b ** e)
show("zero negative power", lambda: 0 ** -1)
print(pow(3, 200, 1000000007), pow(-3, 5, 7), pow(3, -1, 7), pow(2, 10, -7), pow(5, 0, 1))
show("not invertible", lambda: pow(2, -1, 4))
show("modulus zero", lambda: pow(2, 3, 0))
show("pow float mod", lambda: pow(2, 3, 4.0))
# true division is correctly rounded, even for huge operands
print(10**400 // 3 / 10**399, (2**1000 + 1) / 2**999, 1 / 3, -7 / 2, 2**53 + 1 / 1)
show("too large", lambda: 10**400 / 3)
# comparisons with floats are exact
print(2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), 10**400 > 1e308,
      10**400 < float("inf"), -10**400 > float("-inf"), 1 == 1.0, 3 < 3.5, 2**64 == 2.0**64)
print(sorted([3, 1.5, -2, 2**70, -0.5, True]))
x = 12345678901234567890
x += 1
x *= -3
print(x, x.bit_length(), (-x).bit_count(), x.to_bytes(16, "big", signed=True).hex())
print(int.from_bytes(b"\xff\x00", "little"), int.from_bytes(b"\xff\x00", "big", signed=True))
print((255).to_bytes(2, "little"), (-1).to_bytes(3, "big", signed=True))
show("to_bytes overflow", lambda: (256).to_bytes(1, "big"))
print((10).as_integer_ratio(), (7).numerator, (7).denominator, (7).real, (7).imag,
      (7).conjugate(), (7).is_integer())
print(round(1234567, -3), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2),
      round(15, -1), round(25, -1), round(2**70 + 5 * 10**5, -6))
