# Decorators that wrap generator functions, priming coroutines and counting yields
def primed(gen_fn):
    def wrapper(*a, **k):
        g = gen_fn(*a, **k)
        next(g)
        return g
    wrapper.__name__ = gen_fn.__name__
    return wrapper
def counted(gen_fn):
    def wrapper(*a, **k):
        n = 0
        for v in gen_fn(*a, **k):
            n += 1
            yield v
        wrapper.last_count = n
    wrapper.last_count = None
    return wrapper
@primed
def collector(limit):
    items = []
    while len(items) < limit:
        items.append((yield len(items)))
    yield items
c = collector(3)
print(c.send("a"), c.send("b"), c.send("c"))
@counted
def evens(n):
    yield from range(0, n, 2)
print(list(evens(9)), evens.last_count)
print(list(evens(3)), evens.last_count, collector.__name__)
