# True division of big ints is correctly rounded; OverflowError when the result is too large
print(10 ** 30 / 10 ** 10, (2 ** 80 + 1) / 2 ** 80, 1 / 3, 2 / 3, 10 / 4)
print((10 ** 400) / (10 ** 399), 7 ** 100 / 7 ** 99, (3 ** 150) / (3 ** 149 + 1))
print(1 / 2 ** 1074, 1 / 2 ** 1075, 1 / 2 ** 1076)
try:
    (10 ** 400) / 3
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(float(2 ** 1023), float(2 ** 53 + 1), float(-(2 ** 60) - 1))
print(9007199254740993 / 1, 12345678901234567890 / 10)
