# min/max with key/default, sum with start, any/all short-circuit
print(min(3, 1, 2), max([3, 1, 2]), min("hello"), max("abc", "abd"), min([[2], [1, 9]]))
print(max(["apple", "kiwi", "banana"], key=len), min(["apple", "kiwi", "banana"], key=len), max([1, -5, 3], key=abs))
print(min([], default="empty"), max((), default=None), max([1, 2], default=0), min([(1, "b"), (1, "a")]))
print(max([3, 3.0, 2]), max([3.0, 3, 2]), min(1, True), max(0, False))
for bad in (lambda: min([]), lambda: max(), lambda: max(1), lambda: min([1], [2], default=0)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([[1], [2]], []), sum([0.1] * 3), sum(range(10), start=-45), sum([]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
calls = []
def check(x):
    calls.append(x)
    return x > 2
print(any(check(x) for x in [1, 3, 5]), calls)
calls.clear()
print(all(check(x) for x in [3, 1, 5]), calls)
print(any([]), all([]), any([0, None, ""]), all([1, "a", [0]]), any(iter([0, 1])))
