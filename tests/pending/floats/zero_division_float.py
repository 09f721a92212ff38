# ZeroDivisionError from float operations (messages differ across versions; only types printed)
ops = [lambda: 1.0 / 0, lambda: 1 / 0.0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: divmod(1.0, 0.0),
       lambda: 0.0 ** -1, lambda: 5 % 0.0]
for i, op in enumerate(ops):
    try:
        op()
        print(i, "no error")
    except ZeroDivisionError as e:
        print(i, type(e).__name__, isinstance(e, ArithmeticError))
print(0.0 ** 0, 0.0 ** 2, 1.0 / 1e-320 > 1e300)
