# Accumulation of floating point error, compensated (Kahan) summation written by hand
vals = [0.1] * 10 + [1e16, 1.0, -1e16]
naive = 0.0
for v in vals:
    naive += v
def kahan(xs):
    s = 0.0
    c = 0.0
    for x in xs:
        y = x - c
        t = s + y
        c = (t - s) - y
        s = t
    return s
print(naive, kahan([0.1] * 10), sum([0.1] * 10))
print(sum([1e100, 1.0, -1e100]), kahan([1.0, 1e-16, 1e-16, 1e-16, 1e-16]))
def mean(xs): return sum(xs) / len(xs)
def variance(xs):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / (len(xs) - 1)
data = [2.5, 3.1, 4.7, 5.0, 1.2, 3.3]
print(round(mean(data), 10), round(variance(data), 10))
def newton_sqrt(a):
    x = a
    for _ in range(60):
        x = 0.5 * (x + a / x)
    return x
print(newton_sqrt(2.0), newton_sqrt(2.0) ** 2, newton_sqrt(1e10), newton_sqrt(0.25))
