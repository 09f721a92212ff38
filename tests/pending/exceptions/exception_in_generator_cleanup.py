# Exceptions raised inside with-blocks inside generators; cleanup order when the consumer stops early
class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False
def gen():
    with CM("outer"):
        for i in range(3):
            with CM(f"inner{i}"):
                yield i
g = gen()
print(next(g))
print(next(g))
g.close()
print("---")
def failing():
    with CM("f"):
        yield 1
        raise ValueError("inside generator")
try:
    for v in failing():
        print("value", v)
except ValueError as e:
    print("caught", e)
