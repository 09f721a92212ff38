# PEP 695 'type' statements: lazy alias values, __name__, __value__, __type_params__ names
type Number = int | float
type Pair[T] = tuple[T, T]
type Recursive = list[Recursive] | int
print(Number.__name__, type(Number).__name__, Number.__value__)
print(Pair.__name__, [p.__name__ for p in Pair.__type_params__], Pair.__value__)
print(Recursive.__value__)
type Lazy = UndefinedYet
try:
    Lazy.__value__
except NameError as e:
    print(type(e).__name__, e)
UndefinedYet = str
print(Lazy.__value__)
print(Pair[int].__origin__ is Pair, Pair[int].__args__)
