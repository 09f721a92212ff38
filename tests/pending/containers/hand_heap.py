# A binary min-heap written by hand (heapq-free): push, pop, heapify, heap sort, k smallest
def sift_up(h, i):
    while i > 0:
        p = (i - 1) // 2
        if h[i] < h[p]:
            h[i], h[p] = h[p], h[i]
            i = p
        else:
            break
def sift_down(h, i):
    n = len(h)
    while True:
        l, r, s = 2 * i + 1, 2 * i + 2, i
        if l < n and h[l] < h[s]: s = l
        if r < n and h[r] < h[s]: s = r
        if s == i:
            return
        h[i], h[s] = h[s], h[i]
        i = s
def push(h, x):
    h.append(x)
    sift_up(h, len(h) - 1)
def pop(h):
    last = h.pop()
    if not h:
        return last
    top, h[0] = h[0], last
    sift_down(h, 0)
    return top
def heapify(xs):
    for i in range(len(xs) // 2 - 1, -1, -1):
        sift_down(xs, i)
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    push(h, x)
    print("push", x, h)
print([pop(h) for _ in range(len(h))])
data = [(3, "c"), (1, "a"), (2, "b"), (1, "z"), (0, "first")]
heapify(data)
print(data[0], [pop(data) for _ in range(len(data))])
seed = 12345
vals = []
for _ in range(20):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    vals.append(seed % 1000)
heapify(vals)
print(sorted(vals)[:5], [pop(vals) for _ in range(5)])
