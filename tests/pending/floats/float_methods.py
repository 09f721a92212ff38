# float methods and attributes: real/imag/conjugate, __trunc__-free truncation via int, __round__
x = -3.75
print(x.real, x.imag, x.conjugate(), abs(x), int(x), float.__floor__(x), float.__ceil__(x))
print(x.__round__(), x.__round__(1), (2.5).__round__(), (7.0).__int__(), (7.9).__int__())
print(float.__add__(1.5, 2), (1.5).__add__("x"), (1.5).__radd__(1), (2.0).__pow__(3), (9.0).__pow__(0.5))
print((7.5).__divmod__(2), (7.5).__rfloordiv__(20), (1.5).__mul__(True), (0.5).__eq__(0.5), (0.5).__lt__(1))
print(float.fromhex is not None, float(3).__repr__(), (1e-7).__str__(), (2.5).__format__(".3f"))
print((3.0).__hash__() == hash(3), (0.25).as_integer_ratio(), (1.0).__bool__(), (0.0).__bool__())
