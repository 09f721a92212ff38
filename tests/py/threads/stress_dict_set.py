# Concurrent dict and set inserts, deletes and iteration never crash and
# leave consistent containers.
import threading

d = {}
s = set()
N = 20_000
errors = []


def writer(base):
    for i in range(N):
        k = base + i
        d[k] = i
        s.add(k)
        if i % 3 == 0:
            del d[k]
            s.discard(k)


def reader():
    for _ in range(30):
        try:
            n = 0
            for k, v in list(d.items()):
                n += 1
            for k in list(s):
                n += 1
            len(d), len(s), d.get(5), 7 in s
        except Exception as e:  # RuntimeError on mutation during direct iteration is allowed
            errors.append(type(e).__name__)


def iterator():
    for _ in range(30):
        try:
            for k in d:
                pass
        except RuntimeError:
            pass
        try:
            for k in s:
                pass
        except RuntimeError:
            pass


threads = [threading.Thread(target=writer, args=(k * 1_000_000,)) for k in range(4)]
threads += [threading.Thread(target=reader), threading.Thread(target=iterator)]
for t in threads:
    t.start()
for t in threads:
    t.join()
expected = sum(1 for i in range(N) if i % 3 != 0) * 4
print(len(d) == expected, len(s) == expected, errors)
print(sorted(d)[:3], sorted(s)[-2:])
print(all(d[k] == k % 1_000_000 for k in d))

# Many threads updating one key set: each key ends up present exactly once.
shared = {}


def setter(tag):
    for i in range(5000):
        shared[i] = tag
        shared.pop(i + 10_000, None)
        shared[i + 10_000] = tag


threads = [threading.Thread(target=setter, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), set(shared.values()) <= {0, 1, 2, 3})
