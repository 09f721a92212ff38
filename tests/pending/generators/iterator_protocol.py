# Generators are iterators: iter(g) is g, next with default, exhaustion is permanent
def gen():
    yield "a"
    yield "b"
g = gen()
print(iter(g) is g, hasattr(g, '__next__'), hasattr(g, 'send'))
print(next(g), next(g), next(g, "default"), next(g, None))
for x in g:
    print("never")
print(list(g))
g2 = gen()
a, b = g2
print(a, b)
g3 = gen()
print("a" in g3, "a" in g3)
g4 = gen()
print(list(zip(g4, g4)))
