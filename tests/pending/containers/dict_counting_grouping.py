# Counting and grouping idioms with plain dicts: get, setdefault, and manual defaultdict
text = "the cat and the hat and the bat sat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
by_len = {}
for w in sorted(set(text.split())):
    by_len.setdefault(len(w), []).append(w)
print(by_len)
class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = DefaultDict(list)
for i, w in enumerate(text.split()):
    dd[w[0]].append(i)
print(dict(dd), len(dd))
nested = DefaultDict(lambda: DefaultDict(int))
for a, b in [("x", "y"), ("x", "z"), ("x", "y"), ("w", "y")]:
    nested[a][b] += 1
print({k: dict(v) for k, v in nested.items()})
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(top[:3])
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
