# Recursion over nested data: tree depth, sum, path finding, and pretty printing
tree = {'v': 1, 'kids': [
    {'v': 2, 'kids': [{'v': 4, 'kids': []}, {'v': 5, 'kids': []}]},
    {'v': 3, 'kids': [{'v': 6, 'kids': [{'v': 7, 'kids': []}]}]},
]}
def total(t):
    return t['v'] + sum(total(k) for k in t['kids'])
def depth(t):
    return 1 + max((depth(k) for k in t['kids']), default=0)
def paths(t, prefix=()):
    here = prefix + (t['v'],)
    if not t['kids']:
        return [here]
    out = []
    for k in t['kids']:
        out.extend(paths(k, here))
    return out
def show(t, indent=0):
    print("  " * indent + str(t['v']))
    for k in t['kids']:
        show(k, indent + 1)
print(total(tree), depth(tree))
print(paths(tree))
show(tree)
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(17, 5))
def binsearch(xs, target, lo=0, hi=None):
    if hi is None:
        hi = len(xs)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return binsearch(xs, target, mid + 1, hi)
    return binsearch(xs, target, lo, mid)
xs = list(range(0, 100, 3))
print(binsearch(xs, 27), binsearch(xs, 28), binsearch(xs, 99))
