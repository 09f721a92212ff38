# ZeroDivisionError from integer / // % divmod and pow; only the true-division message is printed
ops = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 0 ** -1,
       lambda: 10 ** 30 // 0, lambda: pow(0, -2)]
for op in ops:
    try:
        op()
    except ZeroDivisionError as e:
        print(type(e).__name__, isinstance(e, ArithmeticError))
try:
    5 / 0
except ZeroDivisionError as e:
    print(e)
x = 0
try:
    x = 10 // x
except ZeroDivisionError:
    print("x unchanged:", x)
