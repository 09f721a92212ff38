import heapq, itertools
import sys
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % (1 << 31)
    return seed % 50
for n in range(0, 40):
    d = [rnd() for _ in range(n)]
    h = d[:]; heapq.heapify(h); print(h)
    for v in d[:5]: print(heapq.heappushpop(h, v), heapq.heapreplace(h, v+7) if h else None, end=' ')
    hm = d[:]; 
    if hasattr(heapq, 'heapify_max'): pass
    print(h, heapq.nlargest(3, d), heapq.nsmallest(4, d, key=lambda x: x % 7))
    print(list(heapq.merge(sorted(d[:n//2]), sorted(d[n//2:]), sorted(d[::3]))))
    print(list(heapq.merge(sorted(d[:n//2], reverse=True), sorted(d[n//2:], reverse=True), reverse=True)))
