# 3.13 annotations: evaluated in the enclosing scope.
x: int
y: list[str] = []
(z): int = 1
obj.attr: int = 2
seq[0]: int = 3
def f(a: int, *b: str, c: float = 1.0, **d: bytes) -> None:
    local: int
    local2: str = ''
    return local2
class C:
    field: int
    other: "str" = 'x'
    def m(self) -> "C": pass
def uses_free():
    T = int
    def inner(a: T) -> T:
        v: T
        return a
    return inner
