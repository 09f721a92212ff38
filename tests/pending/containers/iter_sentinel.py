# iter(callable, sentinel) and iter() on various objects; iterator exhaustion
data = [5, 3, 0, 7, 1]
pos = [0]
def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 0)))
print(pos[0])
lines = iter(["first", "second", "", "after blank"])
print(list(iter(lambda: next(lines), "")))
print(next(lines))
counter = iter(range(3).__iter__().__next__, 2)
print(list(counter))
class Countdown:
    def __init__(self): self.n = 3
    def __call__(self):
        self.n -= 1
        return self.n
print(list(iter(Countdown(), -1)))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
it = iter([1, 2])
print(iter(it) is it, list(it), list(it))
d_it = iter({"a": 1, "b": 2})
print(next(d_it), list(d_it))
