# A full custom container: sequence protocol, equality, repr, slicing returning same type
class Stack:
    def __init__(self, items=()):
        self._items = list(items)
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()
    def __len__(self): return len(self._items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Stack(self._items[i])
        return self._items[i]
    def __iter__(self): return iter(reversed(self._items))
    def __contains__(self, x): return x in self._items
    def __eq__(self, o): return isinstance(o, Stack) and self._items == o._items
    def __repr__(self): return f"Stack({self._items})"
    def __add__(self, o): return Stack(self._items + o._items)
    def __bool__(self): return bool(self._items)
s = Stack([1, 2]).push(3).push(4)
print(s, len(s), s[0], s[-1], s[1:3], list(s), 3 in s)
print(s.pop(), s, s == Stack([1, 2, 3]), s + Stack([9]))
empty = Stack()
print(bool(empty), bool(s))
try:
    empty.pop()
except IndexError as e:
    print(e)
