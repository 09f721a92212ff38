# 8 threads x 100,000 list.append leave exactly 800,000 items.
import threading

N_THREADS = 8
N = 100_000
shared = []


def worker(tag):
    append = shared.append
    for i in range(N):
        append((tag, i))


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared))
# Every thread's items are all there and in its own order.
per = [[] for _ in range(N_THREADS)]
for tag, i in shared:
    per[tag].append(i)
print(all(p == list(range(N)) for p in per))

# Concurrent pops and appends: nothing lost or duplicated.
src = list(range(200_000))
dst = []


def mover():
    while True:
        try:
            x = src.pop()
        except IndexError:
            return
        dst.append(x)


threads = [threading.Thread(target=mover) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(dst), len(set(dst)), sum(dst) == sum(range(200_000)))
