# zip/map/filter/enumerate as lazy iterators: consumed once, interleaved, with infinite sources
def naturals():
    n = 0
    while True:
        yield n
        n += 1
z = zip("abc", naturals())
print(list(z), list(z))
m = map(lambda a, b: a * b, [1, 2, 3], naturals())
print(list(m))
f = filter(lambda n: n % 7 == 0, naturals())
print([next(f) for _ in range(4)])
e = enumerate(filter(str.isalpha, "a1b2c3"), start=1)
print(list(e))
words = ["apple", "Bob", "cat"]
print(list(map(len, words)), list(map(str.title, words)), dict(enumerate(words)))
print(list(zip(*[iter(range(9))] * 3)))
print(type(zip()).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__, type(enumerate([])).__name__)
