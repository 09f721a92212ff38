# List operation errors: bad concatenation, multiplication, index types and out-of-range assignment
l = [1, 2, 3]
for bad in (lambda: l + (4,), lambda: l * 1.5, lambda: l["0"], lambda: l[1.0], lambda: l.__setitem__(10, 0),
            lambda: l.insert("a", 1), lambda: l.index(1, "a")):
    try:
        bad()
        print("no error")
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
l += (4, 5)
try:
    [].remove(None)
except ValueError as e:
    print(type(e).__name__)
print(l, l * 0, l * -1, [0] * 3 + [1])
print(l[-len(l)], l[len(l) - 1])
