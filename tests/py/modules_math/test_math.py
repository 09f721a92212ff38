# The math module: every function, constants, errors and messages.
import math


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))


print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)

one_arg = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos',
           'cosh', 'degrees', 'erf', 'erfc', 'exp', 'exp2', 'expm1', 'fabs',
           'gamma', 'lgamma', 'log', 'log10', 'log1p', 'log2', 'radians', 'sin',
           'sinh', 'sqrt', 'tan', 'tanh', 'ulp', 'isfinite', 'isinf', 'isnan']
values = [0, 0.5, -0.5, 1, 2, -2, 10, 1e300, -1e-300, 0.0, -0.0,
          math.inf, -math.inf, math.nan, True, 2**70]
for name in one_arg:
    f = getattr(math, name)
    for v in values:
        show(f'{name}({v!r})', f, v)
    show(f'{name}()', f)
    show(f'{name}(str)', f, 'x')

for name in ['floor', 'ceil', 'trunc']:
    f = getattr(math, name)
    for v in [1.5, -1.5, 2.0, -0.0, 1e20, 7, True, 2**100, math.inf, math.nan]:
        show(f'{name}({v!r})', f, v)
    show(f'{name}(str)', f, 'x')


class Floored:
    def __floor__(self):
        return 'floor!'

    def __ceil__(self):
        return 'ceil!'

    def __trunc__(self):
        return 'trunc!'

    def __float__(self):
        return 2.5


class OnlyFloat:
    def __float__(self):
        return -3.5


print(math.floor(Floored()), math.ceil(Floored()), math.trunc(Floored()))
print(math.floor(OnlyFloat()), math.ceil(OnlyFloat()))
show('trunc(OnlyFloat)', math.trunc, OnlyFloat())

two_arg = ['atan2', 'copysign', 'fmod', 'remainder', 'pow', 'ldexp', 'nextafter']
pairs = [(1, 2), (2.5, -1), (0.0, -0.0), (-1, 0.5), (math.inf, 2), (3, math.inf),
         (math.nan, 1), (10, 0), (2, 1024), (1e308, 10)]
for name in two_arg:
    f = getattr(math, name)
    for a, b in pairs:
        show(f'{name}({a!r}, {b!r})', f, a, b)
    show(f'{name}(1)', f, 1)

show('ldexp(1.0, 2.0)', math.ldexp, 1.0, 2.0)
show('ldexp(1.0, 10**30)', math.ldexp, 1.0, 10**30)
show('ldexp(1.0, -10**30)', math.ldexp, 1.0, -10**30)
print(math.nextafter(1.0, 2.0, steps=3), math.nextafter(0.0, -1.0, steps=2))
show('nextafter steps<0', math.nextafter, 1.0, 2.0, steps=-1)
print(math.frexp(8.0), math.frexp(-0.1), math.frexp(0.0), math.frexp(math.inf))
print(math.modf(3.25), math.modf(-2.5), math.modf(math.inf))
print(math.fma(2.0, 3.0, 4.0), math.fma(0.1, 10, -1))
show('fma(inf, 0, 1)', math.fma, math.inf, 0, 1)

print(math.log(8, 2), math.log(100, 10), math.log(2**1000), math.log(10**400, 10))
print(math.log2(2**1023 * 2), math.log10(10**500), math.log(True))
show('log(0)', math.log, 0)
show('log(-1)', math.log, -1)
show('log(8, 1)', math.log, 8, 1)
show('log(-2**200)', math.log, -2**200)
show('log()', math.log)
show('log(1,2,3)', math.log, 1, 2, 3)

print(math.hypot(), math.hypot(3, 4), math.hypot(1, 2, 3, 4), math.hypot(-5), math.hypot(math.inf, math.nan))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.dist((), ()))
show('dist mismatch', math.dist, (1,), (1, 2))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]))
show('fsum inf-inf', math.fsum, [math.inf, -math.inf])
show('fsum overflow', math.fsum, [1e308, 1e308])
show('fsum str', math.fsum, [1, 'a'])
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod([1.5, 2]), math.prod([2] * 70), math.prod([3], start=2))
print(math.prod(['ab', 3]))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1] * 10, [1] * 10), math.sumprod([], []))
show('sumprod mismatch', math.sumprod, [1], [1, 2])
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12, abs_tol=1e-9))
show('isclose neg tol', math.isclose, 1, 1, rel_tol=-1)
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))

for n in [0, 1, 5, 20, 30]:
    print('factorial', n, math.factorial(n))
show('factorial(-1)', math.factorial, -1)
show('factorial(1.5)', math.factorial, 1.5)
show('factorial(5.0)', math.factorial, 5.0)
print(math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(-12, 18, 30), math.gcd(2**100, 2**80 * 3), math.gcd(0, 0))
print(math.lcm(), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(-4, 6), math.lcm(0, 5))
show('gcd(1.5)', math.gcd, 1.5)
print(math.comb(10, 3), math.comb(5, 7), math.comb(100, 50), math.perm(5), math.perm(5, 2), math.perm(5, None))
show('comb(-1, 2)', math.comb, -1, 2)
show('comb(5, -1)', math.comb, 5, -1)
show('comb(5)', math.comb, 5)
show('perm()', math.perm)
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(True))
show('isqrt(-1)', math.isqrt, -1)
show('sqrt kw', math.sqrt, x=1)
print(math.sqrt.__name__, math.__name__, type(math.sqrt).__name__)
