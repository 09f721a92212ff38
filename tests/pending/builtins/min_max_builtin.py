# min()/max() argument forms: multiple args, iterable, key, default; ties return the first
print(max(1, 2, 3), max([1, 2, 3]), max("abc"), max([[1], [1, 0]]), max((1, "b"), (1, "a")))
print(max([1, -3, 2], key=abs), min([1, -3, 2], key=abs), max(["aa", "b", "cc"], key=len), min(["aa", "b", "c"], key=len))
print(max([], default=0), min([], key=abs, default="none"), max(iter([5, 9, 1])), min(range(5, 0, -1)))
a, b = [1], [1]
print(max(a, b) is a, min(a, b) is a)
for bad in (lambda: max(), lambda: max([]), lambda: max(1, 2, default=0), lambda: max([1, "a"])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
print(max(3, 5.0, key=lambda x: -x), min({"x": 3, "y": 1}, key={"x": 3, "y": 1}.get))
