# numbers: the numeric tower ABCs, registration, abstract methods, defaults
import numbers
for v in [1, True, 1.5, 2j]:
    print(type(v).__name__, [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Real), issubclass(float, numbers.Rational), isinstance('1', numbers.Number))
print(sorted(numbers.Integral.__abstractmethods__))
print(sorted(numbers.Real.__abstractmethods__) == sorted(set(numbers.Real.__abstractmethods__)))
print(numbers.Number.__hash__, numbers.Complex.__bases__, numbers.Integral.__mro__[1:4])
class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    for name in sorted(numbers.Integral.__abstractmethods__):
        if name != '__int__':
            locals()[name] = lambda self, *a: NotImplemented
m = MyInt(5)
print(float(m), m.numerator, m.denominator, m.__index__(), [10, 20, 30, 40, 50, 60][m])
try:
    numbers.Real()
except TypeError as e:
    print('TypeError', 'abstract' in str(e))
class Half(numbers.Real):
    pass
print(len(Half.__abstractmethods__))
numbers.Rational.register(str)
print(isinstance('x', numbers.Real))
