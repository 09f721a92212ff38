# pow() with modulus, including negative exponents (modular inverse) and errors
print(pow(2, 10, 1000), pow(3, 200, 7), pow(-3, 3, 5), pow(5, 0, 7), pow(5, 3, 1))
print(pow(7, -1, 13), (7 * pow(7, -1, 13)) % 13)
print(pow(3, -2, 11), pow(10, -1, 17), pow(-2, -1, 7))
print(pow(123456789, 987654321, 10 ** 9 + 7))
print(pow(2, 10 ** 6, 10 ** 9 + 9))
for args in ((2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, -1, 1)):
    try:
        print(args, pow(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__)
print(pow(2, 3, -5), pow(-2, 3, -5))
print(pow(0, 0), pow(0, 5), pow(-1, 10 ** 9 + 1))
