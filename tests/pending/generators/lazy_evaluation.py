# Lazy evaluation: generator bodies do not start until first next(); side effects ordering
def noisy(name, n):
    print(f"{name}: start")
    for i in range(n):
        print(f"{name}: yield {i}")
        yield i
    print(f"{name}: end")
g = noisy("g", 2)
print("created")
z = zip(noisy("a", 3), noisy("b", 2))
print(list(z))
m = map(lambda x: x * 2, noisy("m", 2))
print("map created")
print(next(m))
print(list(m))
