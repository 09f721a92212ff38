# super() with and without arguments, in classmethods, and skipping classes in the MRO
class Base:
    def hello(self):
        return "Base.hello"
    @classmethod
    def create(cls):
        return f"Base.create({cls.__name__})"
class Mid(Base):
    def hello(self):
        return "Mid>" + super().hello()
    @classmethod
    def create(cls):
        return "Mid>" + super().create()
class Leaf(Mid):
    def hello(self):
        return "Leaf>" + super(Leaf, self).hello()
    def skip(self):
        return super(Mid, self).hello()
l = Leaf()
print(l.hello(), l.skip())
print(Leaf.create(), Mid.create())
print(super(Leaf, l).hello())
s = super(Mid, Leaf)
print(s.create())
class Init(Leaf):
    def __init__(self):
        super().__init__()
        self.ok = True
print(Init().ok)
def outside(self):
    return super(Leaf, self).hello()
print(outside(l))
try:
    super(Leaf, 5)
except TypeError as e:
    print(type(e).__name__)
class NoArgsInFunc:
    def m(self):
        def inner():
            return super().__repr__
        return inner
try:
    NoArgsInFunc().m()()
except RuntimeError as e:
    print(type(e).__name__)
