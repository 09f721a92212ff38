# Assignment expressions (walrus) in conditions, comprehensions, and loops
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
vals = [y for x in data if (y := x * 2) > 5]
print(vals, y)
def chunks():
    src = iter([1, 2, 3, 0, 5])
    out = []
    while (item := next(src)) != 0:
        out.append(item)
    return out
print(chunks())
print([last := i for i in range(4)], last)
print((z := 10) + z)
total = 0
print([total := total + v for v in [1, 2, 3, 4]])
print(total)
def f():
    [k := j for j in range(3)]
    return k
print(f())
