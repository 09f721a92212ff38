# heapq: push/pop/heapify/replace/pushpop/merge/nlargest/nsmallest
import heapq
import random
random.seed(5)
data = [random.randrange(100) for _ in range(30)]
h = []
for v in data:
    heapq.heappush(h, v)
print(h[0] == min(data), [heapq.heappop(h) for _ in range(len(h))] == sorted(data))
h = data[:]
heapq.heapify(h)
print(h)
print(heapq.heapreplace(h, 50), heapq.heappushpop(h, -1), heapq.heappushpop(h, 99), h[0])
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge([(1, 'a'), (2, 'b')], [(1, 'c'), (2, 'd')], key=lambda t: t[0])))
print(list(heapq.merge([(1, 'a'), (2, 'b')], [(2, 'c'), (1, 'd')], key=lambda t: t[0], reverse=True)))
print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
print(heapq.nlargest(2, ['aa', 'b', 'cc', 'd'], key=len), heapq.nsmallest(2, ['aa', 'b', 'cc', 'd'], key=len))
print(heapq.nlargest(1, []), heapq.nsmallest(0, [3]), heapq.nsmallest(10, iter([3, 1, 2])))
print(heapq.nlargest(1, [1, 3, 2]), heapq.nlargest(5, (x for x in [4, 1, 9])))
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1)]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
