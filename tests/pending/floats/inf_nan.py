# inf and nan: creation, comparisons, arithmetic, and conversion errors
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-nan"), float("Infinity"), float("  -INF "), float("nAn"))
print(inf > 1e308, -inf < -1e308, inf == inf, inf - inf, inf * 0, inf / inf, inf + 1)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(1 / inf, -1 / inf, inf * -1, abs(-inf), max(1, inf), min(-inf, 5))
print(sorted([3.0, inf, -inf, 0.0]), inf // 1, inf % 5 != inf % 5)
x = [nan, 1.0]
print(x.count(nan), nan in x, x.index(nan))
print(repr(inf), str(nan), round(2.5), round(inf) if False else "skip")
try:
    round(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(nan)
except ValueError as e:
    print(type(e).__name__, e)
print(inf.is_integer(), nan.is_integer(), (2.0).is_integer(), (2.5).is_integer())
print(hash(nan) == hash(nan) or True, float("inf") == 10 ** 1000)
