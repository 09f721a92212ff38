# round() with ndigits on floats: banker's rounding at exact halves and binary representation effects
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 2.5e-3, 1234.5678, -1234.5678):
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1), round(v, -2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(1e300, -299), round(123.456, 10), round(5e-324, 400), round(0.1, 330))
print(round(-0.4), round(-0.0, 1), round(0.5 + 1e-16), round(1.4999999999999999))
