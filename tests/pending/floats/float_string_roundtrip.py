# str(float) -> float() round trips for many computed values (shortest repr guarantees)
vals = []
x = 1.0
for i in range(30):
    x = x * 1.37 + 0.013
    vals.append(x)
vals += [1 / n for n in range(1, 20)] + [2.0 ** -k for k in range(0, 1080, 97)] + [10.0 ** k for k in range(-300, 301, 77)]
ok = all(float(repr(v)) == v for v in vals)
print(ok, len(vals))
for v in vals[:5] + vals[30:35] + vals[-8:]:
    print(repr(v), f"{v:.17g}", len(repr(v)))
