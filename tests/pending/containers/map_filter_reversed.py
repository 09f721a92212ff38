# map with multiple iterables, filter with None, reversed on sequences and custom classes
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [5, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(filter(None, [0, 1, "", "x", [], [0], None])), list(filter(str.isdigit, "a1b2")), list(filter(lambda x: x > 1, range(4))))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(1, 8, 3))), list(reversed({"a": 1, "b": 2})))
m = map(str.upper, "ab")
print(next(m), list(m), list(m))
for bad in (lambda: map(len), lambda: reversed({1, 2}), lambda: reversed(iter([1])), lambda: filter(5, [1])):
    try:
        r = bad()
        list(r)
    except TypeError as e:
        print(type(e).__name__)
print(sum(map(int, "12345")), "".join(map(chr, filter(lambda c: c % 2 == 0, range(65, 75)))))
