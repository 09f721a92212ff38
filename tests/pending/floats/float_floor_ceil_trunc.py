# Floor, ceil, truncation and rounding of floats implemented with int()/float methods (math-free)
def floor(x):
    i = int(x)
    return i - 1 if x < i else i
def ceil(x):
    i = int(x)
    return i + 1 if x > i else i
def trunc(x):
    return int(x)
def round_half_up(x, nd=0):
    m = 10 ** nd
    y = abs(x) * m + 0.5
    return (1 if x >= 0 else -1) * floor(y) / m
for v in (2.5, -2.5, 3.7, -3.7, 0.0, -0.2, 5.0, 1e15 + 0.5, -7.999):
    print(v, floor(v), ceil(v), trunc(v), round(v), round_half_up(v), float.__floor__(v) == floor(v), float.__ceil__(v) == ceil(v))
print(round_half_up(2.345, 2), round(2.345, 2), round_half_up(-1.005, 2))
