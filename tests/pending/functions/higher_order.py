# Higher-order functions: functions as values, returning functions, map/reduce by hand
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1))
def my_reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
print(my_reduce(lambda a, b: a * b, range(1, 11), 1))
print(my_reduce(lambda a, b: b + a, "hello", ""))
def pipeline(*funcs):
    def run(x):
        for f in funcs:
            x = f(x)
        return x
    return run
p = pipeline(str.strip, str.upper, lambda s: s.replace(" ", "_"))
print(p("  make me a constant  "))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
print({k: f(7, 3) for k, f in sorted(ops.items())})
def partial(f, *pre, **kpre):
    def g(*a, **k):
        return f(*pre, *a, **{**kpre, **k})
    return g
def vol(l, w, h, unit="cm"):
    return f"{l * w * h}{unit}3"
cube_base = partial(vol, 2, 3)
print(cube_base(4), cube_base(5, unit="m"))
print(sorted(["pear", "Fig", "apple"], key=str.lower))
print(list(map(max, [1, 5, 3], [4, 2, 6])))
