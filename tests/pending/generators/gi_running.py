# gi_running, gi_suspended-free state inspection, and re-entrancy errors
def gen():
    print("running inside:", g.gi_running)
    yield 1
    try:
        next(g)
    except ValueError as e:
        print(type(e).__name__, e)
    yield 2
g = gen()
print("before:", g.gi_running)
print(next(g))
print("between:", g.gi_running)
print(next(g))
print(g.__name__, g.__qualname__)
def counter():
    yield from range(2)
c = counter()
print(list(c), c.gi_running)
