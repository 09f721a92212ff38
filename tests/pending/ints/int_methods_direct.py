# Calling int dunder methods directly, including NotImplemented results
print((5).__add__(3), (5).__sub__(8), (5).__mul__(-2), (7).__floordiv__(2), (7).__mod__(-2))
print((5).__add__(1.5), (5).__radd__(1), (2).__pow__(10), (2).__pow__(10, 1000))
print((5).__eq__(5.0), (5).__lt__(6), (5).__neg__(), (5).__invert__(), (-5).__abs__())
print((5).__bool__(), (0).__bool__(), (17).__index__(), (3).__float__(), (255).__format__("x"))
print(int.__add__(2, 3), int.__mul__(True, 4), int.__truediv__(1, 4))
print((10).__divmod__(3), (10).__rdivmod__(3), (3).__rsub__(10), (3).__rtruediv__(1))
print((10).__lshift__(2), (10).__rshift__(1), (10).__and__(6), (10).__or__(5), (10).__xor__(3))
