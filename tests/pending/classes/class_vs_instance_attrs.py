# Class attributes shared vs instance attributes; mutable class attribute pitfall
class Dog:
    tricks = []
    kind = "canine"
    def __init__(self, name):
        self.name = name
        self.own_tricks = []
    def add_shared(self, t):
        self.tricks.append(t)
    def add_own(self, t):
        self.own_tricks.append(t)
a, b = Dog("a"), Dog("b")
a.add_shared("roll"); b.add_shared("sit")
a.add_own("fetch")
print(a.tricks, b.tricks, a.tricks is Dog.tricks)
print(a.own_tricks, b.own_tricks)
a.kind = "wolf"
print(a.kind, b.kind, Dog.kind)
print('kind' in vars(a), 'kind' in vars(b))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
objs = [Counter() for _ in range(3)]
print(Counter.count, [o.id for o in objs])
class Wrong:
    n = 0
    def __init__(self):
        self.n += 1
w1, w2 = Wrong(), Wrong()
print(Wrong.n, w1.n, w2.n)
