# Generator local state persists across yields; multiple independent instances
def running_avg():
    count = 0
    total = 0.0
    avg = None
    while True:
        value = yield avg
        count += 1
        total += value
        avg = total / count
a = running_avg(); next(a)
b = running_avg(); next(b)
for v in (10, 20, 30):
    print(a.send(v), end=" ")
print()
print(b.send(100), b.send(0))
def letters():
    for ch in "xyz":
        print("about to yield", ch)
        yield ch
        print("resumed after", ch)
for ch in letters():
    print("loop got", ch)
g = letters()
print(next(g))
del g
print("deleted suspended generator")
