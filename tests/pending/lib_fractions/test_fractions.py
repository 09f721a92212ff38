# fractions: construction, arithmetic, mixed types, comparisons, hashing, formatting, limit_denominator
from fractions import Fraction as F
import math
print(F(3, 4), repr(F(6, -8)), F(), F(5), F('3/4'), F(' -1.25e2 '), F('1_000/3'), F(0.1), F(F(1, 3), F(2, 5)))
print(F.from_float(0.5), F.from_float(3), F(1, 3).as_integer_ratio(), F(4, 2).is_integer())
for bad in ['abc', '1/0', '1//2', '', '3/-4']:
    try:
        F(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for args in [(1, 0), (1.5, 2), ([],)]:
    try:
        F(*args)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    F.from_float('x')
except TypeError as e:
    print(e)
a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a), a ** 2, b ** -2, (-a) ** -3, a ** F(1, 2))
print(a + 1, 1 - a, a * 2.0, 2 / a, a + 1j, 2 ** F(2), 2 ** F(1, 2), F(-8) ** F(1, 3) if False else '', 0.5 ** F(2))
print(a < b, a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(1, 2) < 0.6, F(5) == 5, F(1) == 1 + 0j, a != b)
print(F(1, 2) < float('inf'), F(1, 2) > float('-inf'), F(1, 2) == float('nan'), a < 1, 2 > b)
print(sorted([F(3, 7), 0.4, 1, F(1, 9), -2]))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-1)), hash(F(1, 3)), hash(F(-7, 11)))
print(abs(F(-2, 3)), -F(2, 3), +F(2, 3), int(F(-7, 2)), float(F(1, 8)), bool(F(0)), bool(F(1, 9)))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)))
print(round(F(12345, 1000), 2), round(F(12345, 1), -2), repr(round(F(1, 3), 0)))
pi = F('3.141592653589793')
print(pi.limit_denominator(10), pi.limit_denominator(100), pi.limit_denominator(), F(4321, 8765).limit_denominator(10000))
try:
    pi.limit_denominator(0)
except ValueError as e:
    print(e)
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print(e)
try:
    F(1) / 0
except ZeroDivisionError as e:
    print(e)
print(a.numerator, a.denominator, F(10, 4).numerator)
print(format(F(1, 3), '.5f'), format(F(-2, 3), '+.3e'), format(F(1, 3), '10.2%'), format(F(1234567, 3), ',.2f'))
print(format(F(3, 4)), format(F(3, 4), '>8'), format(F(-3, 4), '^9'), format(F(5), '#'), format(F(1, 3), 'g'), format(F(2, 3), '.3G'))
try:
    format(F(1, 3), 'd')
except ValueError as e:
    print(e)
class MyF(F):
    pass
print(repr(MyF(1, 2)), repr(MyF(1, 2) + 1), type(MyF(1, 2) + 1).__name__)
import copy
print(copy.copy(a) is a, copy.deepcopy(b) is b)
print(sum([F(1, n) for n in range(1, 10)]), math.fsum([0.5, 0.25]) == F(3, 4))
