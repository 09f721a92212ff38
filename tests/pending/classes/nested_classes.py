# Nested classes: qualnames, access from outer methods, no implicit outer scope access
class Outer:
    value = "outer value"
    class Inner:
        value = "inner value"
        def get(self):
            return self.value
        class Deepest:
            pass
    def make_inner(self):
        return self.Inner()
print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__, Outer.Inner.__name__)
print(Outer().make_inner().get(), Outer.Inner().get())
def factory(n):
    class Local:
        size = n
        def __repr__(self): return f"Local(size={self.size})"
    return Local
A, B = factory(1), factory(2)
print(A(), B(), A is B, A.__qualname__)
class Linked:
    class Node:
        def __init__(self, v, nxt=None):
            self.v, self.nxt = v, nxt
    def __init__(self, *vals):
        self.head = None
        for v in reversed(vals):
            self.head = Linked.Node(v, self.head)
    def __iter__(self):
        n = self.head
        while n:
            yield n.v
            n = n.nxt
print(list(Linked(1, 2, 3)))
