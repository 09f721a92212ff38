# generators: pipelines of generators -- an incremental prime sieve, filters
# and windows chained together, tree walks with `yield from`, a coroutine fed
# with send(), and generator expressions consumed by builtins.
# Argument: pipeline length (default 600000; "small" = 10000).
import sys


def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def primes():
    """An unbounded sieve: maps each upcoming composite to its prime
    factors (the dict only ever holds about sqrt(n) entries per prime)."""
    pending = {}
    for n in naturals(2):
        factors = pending.pop(n, None)
        if factors is None:
            yield n
            pending[n * n] = [n]
        else:
            for p in factors:
                pending.setdefault(n + p, []).append(p)


def windows(it, size):
    window = []
    for x in it:
        window.append(x)
        if len(window) > size:
            del window[0]
        if len(window) == size:
            yield tuple(window)


def collatz_length(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


class Node:
    __slots__ = ("key", "left", "right")

    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def insert(root, key):
    if root is None:
        return Node(key)
    node = root
    while True:
        if key < node.key:
            if node.left is None:
                node.left = Node(key)
                return root
            node = node.left
        else:
            if node.right is None:
                node.right = Node(key)
                return root
            node = node.right


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.key
        yield from inorder(node.right)


def depth_first(node, depth=0):
    if node is None:
        return 0
    yield node.key, depth
    left = yield from depth_first(node.left, depth + 1)
    right = yield from depth_first(node.right, depth + 1)
    return 1 + left + right


def averager():
    """A coroutine: send numbers, receive the running mean (as a fraction
    numerator, denominator to stay exact)."""
    total = 0
    count = 0
    mean = None
    while True:
        try:
            value = yield mean
        except ValueError:
            total, count, mean = 0, 0, None
            continue
        if value is None:
            return total, count
        total += value
        count += 1
        mean = (total, count)


def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


def main():
    arg = sys.argv[1] if len(sys.argv) > 1 else ""
    n = 10000 if arg == "small" else int(arg) if arg else 600000

    # 1. primes -> gaps between neighbours -> windows of gaps
    gaps = (b - a for a, b in windows(take(n // 10, primes()), 2))
    twin = sum(1 for w in windows(gaps, 3) if w[0] == 2 or w[2] == 2)
    biggest = max(take(n // 10, primes()))
    print(f"primes: {n // 10} taken, largest {biggest}, twin-ish windows {twin}")

    # 2. arithmetic pipeline with generator expressions
    evens = (x for x in naturals(1) if x % 2 == 0)
    squares = (x * x for x in evens)
    mod = (x % 1000 for x in take(n, squares))
    print(f"squares: {sum(mod)}")
    longest = max((collatz_length(k), k) for k in range(1, n // 10))
    print(f"collatz: longest below {n // 10} is {longest[1]} ({longest[0]} steps)")

    # 3. tree walks with yield from; keys from a multiplicative sequence
    root = None
    key = 1
    for _ in range(n // 20):
        key = key * 48271 % 2147483647
        root = insert(root, key % 1000003)
    keys = list(inorder(root))
    ordered = all(a <= b for a, b in zip(keys, keys[1:]))
    walk = depth_first(root)
    deepest = 0
    try:
        while True:
            _, d = next(walk)
            deepest = max(deepest, d)
    except StopIteration as stop:
        count = stop.value
    print(f"tree: {len(keys)} keys, ordered {ordered}, {count} nodes, depth {deepest}")

    # 4. coroutine with send() and throw()
    avg = averager()
    next(avg)
    last = None
    for i in range(n // 5):
        last = avg.send(i % 97)
        if i == n // 10:
            avg.throw(ValueError)
    try:
        avg.send(None)
    except StopIteration as stop:
        total, count = stop.value
    print(f"averager: last mean {last[0]}/{last[1]}, total {total} over {count}")

    # 5. flatten nested structures
    nested = [[i, (i + 1, [i + 2, (i + 3,)])] for i in range(n // 10)]
    flat = list(flatten(nested))
    print(f"flatten: {len(flat)} items, sum {sum(flat)}")


main()
