# Numeric series computed with floats: pi by Leibniz/Nilakantha, e by factorial series, sin by Taylor
def leibniz(n):
    return 4 * sum((-1) ** k / (2 * k + 1) for k in range(n))
def nilakantha(n):
    pi = 3.0
    sign = 1
    for k in range(1, n + 1):
        a = 2 * k
        pi += sign * 4 / (a * (a + 1) * (a + 2))
        sign = -sign
    return pi
def e_series(n):
    total, term = 0.0, 1.0
    for k in range(n):
        total += term
        term /= k + 1
    return total
def sin_taylor(x, terms=20):
    total, term = 0.0, x
    for k in range(terms):
        total += term
        term *= -x * x / ((2 * k + 2) * (2 * k + 3))
    return total
print(f"{leibniz(1000):.10f} {nilakantha(200):.12f} {e_series(20):.15f}")
for x in (0.0, 0.5, 1.0, 3.141592653589793 / 2, 3.0):
    print(f"sin({x:.4f}) = {sin_taylor(x):.12f}")
