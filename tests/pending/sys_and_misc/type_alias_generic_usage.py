# Generic functions and classes with PEP 695 syntax used at runtime (types are not enforced)
class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
def largest[N: (int, float)](values: list[N]) -> N:
    return max(values)
type Matrix[T] = list[list[T]]
s = Stack[int]()
s.push(1)
s.push("not an int, but allowed at runtime")
print(s.pop(), s.pop(), type(s).__name__)
print(largest([3, 9, 2]), largest([1.5, -2.0]))
print(Matrix.__name__, [p.__name__ for p in Matrix.__type_params__], Matrix[int].__args__)
print(Stack.__type_params__[0].__name__, largest.__type_params__[0].__constraints__)
