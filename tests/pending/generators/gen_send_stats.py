# A statistics coroutine receiving values via send() and reporting via a sentinel value
def stats():
    n = 0
    mean = 0.0
    m2 = 0.0
    lo = hi = None
    result = None
    while True:
        x = yield result
        if x is None:
            result = {"n": n, "mean": round(mean, 6), "var": round(m2 / (n - 1), 6) if n > 1 else 0.0, "min": lo, "max": hi}
            continue
        n += 1
        delta = x - mean
        mean += delta / n
        m2 += delta * (x - mean)
        lo = x if lo is None else min(lo, x)
        hi = x if hi is None else max(hi, x)
        result = None
s = stats()
next(s)
for v in (2, 4, 4, 4, 5, 5, 7, 9):
    s.send(v)
print(s.send(None))
for v in (100, -50):
    s.send(v)
print(s.send(None))
