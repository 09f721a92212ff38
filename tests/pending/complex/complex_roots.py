# Solving quadratics with complex roots; Mandelbrot membership with complex iteration
def isqrt_c(d):
    if d >= 0:
        return d ** 0.5
    return complex(0, (-d) ** 0.5)
def roots(a, b, c):
    d = b * b - 4 * a * c
    s = isqrt_c(d)
    return (-b + s) / (2 * a), (-b - s) / (2 * a)
for coeffs in ((1, -3, 2), (1, 2, 5), (2, 4, 10), (1, 0, 4)):
    r1, r2 = roots(*coeffs)
    print(coeffs, r1, r2)
def mandel(c, limit=50):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit
rows = []
for yi in range(-10, 11, 2):
    row = ""
    for xi in range(-40, 21, 2):
        n = mandel(complex(xi / 20, yi / 10 + 0.05))
        row += "#" if n == 50 else "+" if n > 8 else "."
    rows.append(row)
print("\n".join(rows))
