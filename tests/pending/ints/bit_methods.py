# bit_length, bit_count, as_integer_ratio, is_integer, conjugate and int attributes
for n in (0, 1, 2, 3, 7, 8, 255, 256, -1, -8, -255, 2 ** 100, -(2 ** 100) - 1):
    print(n, n.bit_length(), n.bit_count(), bin(n))
print((10).as_integer_ratio(), (-7).as_integer_ratio())
print((5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
print(True.bit_length(), (6).is_integer())
