# round() on ints with negative ndigits uses round-half-to-even
for n in (1234, 1250, 1350, -1250, -1251, 15, 25, 35, 45, 5, -5, 0, 10 ** 20 + 5 * 10 ** 18):
    print(n, round(n), round(n, -1), round(n, -2), round(n, 1), type(round(n, -1)).__name__)
print(round(5, -1), round(15, -1), round(25, -1), round(-35, -1))
print(round(123456789, -9), round(500000000, -9), round(1500000000, -9))
