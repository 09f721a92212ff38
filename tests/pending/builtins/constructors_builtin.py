# list/tuple/set/dict/frozenset/str/int/float/bool constructors from various iterables and no args
print(list(), tuple(), set(), dict(), frozenset(), str(), int(), float(), bool(), complex(), bytes(), bytearray())
print(list("abc"), list((1, 2)), list({"a": 1}), list(range(3)), list(x for x in "xy"), list({1: 2}.items()))
print(tuple([1]), tuple("hi"), set([1, 1, 2]), sorted(set("hello")), dict([(1, 2), [3, 4]]), dict(a=1), dict({"b": 2}, c=3))
print(frozenset(range(3)), bool([]), bool([0]), int("7"), float("7"), str(7), complex("7"))
for bad in (lambda: list(5), lambda: dict([1]), lambda: dict([(1, 2, 3)]), lambda: set(5), lambda: tuple(None)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
l = [1, 2]
print(list(l) is not l, tuple(t := (1, 2)) is t, frozenset(f := frozenset({1})) is f)
