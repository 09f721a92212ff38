# Operations not supported on complex: ordering, floor division, modulo, int(), and division by zero
a, b = 1 + 2j, 3 + 4j
for name, op in (("<", lambda: a < b), ("//", lambda: a // b), ("%", lambda: a % b),
                 ("int", lambda: int(a)), ("float", lambda: float(a)), ("divmod", lambda: divmod(a, b)),
                 ("round", lambda: round(a))):
    try:
        op()
        print(name, "ok")
    except TypeError as e:
        print(name, type(e).__name__)
for op in (lambda: a / 0, lambda: a / 0j, lambda: 1 / (0 + 0j)):
    try:
        op()
    except ZeroDivisionError as e:
        print(type(e).__name__)
print(a == b, a != b, a == 1 + 2j)
