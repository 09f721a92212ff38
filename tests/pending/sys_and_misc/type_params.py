# PEP 695 type parameters on functions and classes: names, bounds, constraints, defaults-free
def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3, 2]), [t.__name__ for t in first.__type_params__])
def pair[K, V: (int, str), *Ts, **P](k, v):
    return k, v
print([t.__name__ for t in pair.__type_params__], [type(t).__name__ for t in pair.__type_params__])
print(pair.__type_params__[1].__constraints__)
class Box[T: (int, float)]:
    def __init__(self, item):
        self.item = item
    def get(self) -> T:
        return self.item
print(Box(5).get(), [t.__name__ for t in Box.__type_params__], Box.__type_params__[0].__constraints__)
class Bounded[T: str]:
    pass
print(Bounded.__type_params__[0].__bound__, Bounded.__type_params__[0].__name__)
class Plain:
    pass
print(Plain.__type_params__, (lambda: 0).__type_params__)
class Child[X](Box):
    pass
print([t.__name__ for t in Child.__type_params__], Child.__mro__[1].__name__)
