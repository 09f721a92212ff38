# __iter__ implemented as a generator method; iterating twice gives fresh generators
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def evens(self):
        return (i for i in self if i % 2 == 0)
c = Countdown(5)
print(list(c), list(c))
print(list(c.evens()), sum(c))
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for ch in self.children:
            yield from ch
    def leaves(self):
        if not self.children:
            yield self.value
        for ch in self.children:
            yield from ch.leaves()
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(t), list(t.leaves()), max(t))
