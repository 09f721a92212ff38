# List utilities: chunking, rotation, zip_longest by hand, flatten, dedupe preserving order
def chunks(xs, n):
    return [xs[i:i + n] for i in range(0, len(xs), n)]
def rotate(xs, k):
    if not xs:
        return xs
    k %= len(xs)
    return xs[-k:] + xs[:-k]
def zip_longest(*its, fill=None):
    n = max(map(len, its), default=0)
    return [tuple(it[i] if i < len(it) else fill for it in its) for i in range(n)]
def flatten(xs):
    out = []
    for x in xs:
        if isinstance(x, (list, tuple)):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out
def dedupe(xs):
    seen = set()
    return [x for x in xs if not (x in seen or seen.add(x))]
print(chunks(list(range(10)), 3), chunks([], 2), chunks("abcdefg", 2))
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], -1), rotate([1, 2], 5), rotate([], 3))
print(zip_longest([1, 2, 3], "ab", fill="-"), zip_longest())
print(flatten([1, [2, (3, [4])], [[5]], 6]), dedupe([3, 1, 3, 2, 1, 4]), dedupe("mississippi"))
