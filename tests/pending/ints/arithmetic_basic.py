# Basic integer arithmetic: + - * / // % ** and unary ops on small and negative ints
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (12, 4), (1, 3)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, 2 ** -2, (-2) ** -1)
print(-(-5), +(-5), abs(-5), abs(5), -0)
print(7 // 1, -7 // 1, 10 % 1, 0 // 3, 0 % -3)
print(type(6 / 3).__name__, 6 / 3, type(6 // 3).__name__)
