# Program: an LRU cache class built on a dict plus a doubly linked list, used as a memoizing decorator
class _Node:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None

class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = _Node()
        self.tail = _Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0
    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev
    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node
    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value
    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return None
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
            evicted = (lru.key, lru.value)
        else:
            evicted = None
        node = _Node(key, value)
        self.map[key] = node
        self._push_front(node)
        return evicted
    def __contains__(self, key):
        return key in self.map
    def __len__(self):
        return len(self.map)
    def __getitem__(self, key):
        sentinel = object()
        v = self.get(key, sentinel)
        if v is sentinel:
            raise KeyError(key)
        return v
    def __setitem__(self, key, value):
        self.put(key, value)
    def __delitem__(self, key):
        node = self.map.pop(key)
        self._unlink(node)
    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out
    def __repr__(self):
        items = ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self.keys())
        return f"LRUCache({self.capacity}, [{items}])"
    def stats(self):
        total = self.hits + self.misses
        rate = self.hits / total if total else 0.0
        return f"hits={self.hits} misses={self.misses} evictions={self.evictions} hit_rate={rate:.2%}"

def lru_memo(capacity):
    def deco(fn):
        cache = LRUCache(capacity)
        def wrapper(*args):
            sentinel = object()
            v = cache.get(args, sentinel)
            if v is sentinel:
                v = fn(*args)
                cache.put(args, v)
            return v
        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    print("put", k, "evicted:", c.put(k, v))
print(c, len(c))
print("get a:", c.get("a"), c.keys())
print("put d evicted:", c.put("d", 4), c.keys())
print("get b:", c.get("b"), "| 'b' in c:", "b" in c)
c["c"] = 30
print(c)
print("put e evicted:", c.put("e", 5), c)
del c["c"]
print(c, len(c))
try:
    c["zzz"]
except KeyError as e:
    print("KeyError", e)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError", e)
print(c.stats())

@lru_memo(64)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache.stats(), len(fib.cache))

@lru_memo(4)
def slow_square(n):
    print(f"   computing {n}^2")
    return n * n
for n in [1, 2, 3, 1, 4, 5, 1, 2, 6, 2]:
    print("square", n, "=", slow_square(n), "| cache order:", [k[0] for k in slow_square.cache.keys()])
print(slow_square.cache.stats())

seed = 2024
def lcg():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return seed >> 33
big = LRUCache(50)
for _ in range(2000):
    k = lcg() % 80
    if big.get(k) is None:
        big.put(k, k * k)
print(big.stats(), len(big), big.keys()[:5])

class FIFOCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.order = []
        self.data = {}
        self.faults = 0
    def access(self, key):
        if key in self.data:
            return True
        self.faults += 1
        if len(self.order) >= self.capacity:
            old = self.order.pop(0)
            del self.data[old]
        self.order.append(key)
        self.data[key] = True
        return False

def simulate(refs, frames):
    lru, fifo = LRUCache(frames), FIFOCache(frames)
    lru_faults = 0
    trace = []
    for r in refs:
        if r not in lru:
            lru_faults += 1
            lru.put(r, True)
            mark = "F"
        else:
            lru.get(r)
            mark = "."
        trace.append(mark + ("F" if not fifo.access(r) else "."))
    return lru_faults, fifo.faults, " ".join(trace)

reference = [7, 0, 1, 2, 0, 3, 0, 4, 2, 3, 0, 3, 2, 1, 2, 0, 1, 7, 0, 1]
for frames in (1, 2, 3, 4, 5):
    l, f, trace = simulate(reference, frames)
    print(f"frames={frames}: LRU faults={l:2} FIFO faults={f:2} | {trace}")
belady = [1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5]
print("Belady FIFO:", [simulate(belady, n)[1] for n in (3, 4)], "LRU:", [simulate(belady, n)[0] for n in (3, 4)])
