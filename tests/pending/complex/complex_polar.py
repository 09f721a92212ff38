# Polar form of complex numbers computed by hand (cmath-free): magnitude, angle via series, rotation
def atan(x):
    if x > 1:
        return 3.141592653589793 / 2 - atan(1 / x)
    if x < -1:
        return -3.141592653589793 / 2 - atan(1 / x)
    total, term, k = 0.0, x, 0
    while k < 200:
        total += term / (2 * k + 1)
        term *= -x * x
        k += 1
        if abs(term) < 1e-18:
            break
    return total
def phase(z):
    if z.real > 0:
        return atan(z.imag / z.real)
    if z.real < 0:
        return atan(z.imag / z.real) + (3.141592653589793 if z.imag >= 0 else -3.141592653589793)
    return 3.141592653589793 / 2 if z.imag > 0 else -3.141592653589793 / 2
for z in (1 + 1j, -1 + 1j, 3 + 4j, 2 - 2j, -5 - 1j):
    print(z, round(abs(z), 6), round(phase(z), 6))
w = 1 + 2j
rot = w * 1j
print(rot, rot * 1j, rot * 1j * 1j * 1j == w)
