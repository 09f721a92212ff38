# threading.local: per-thread attributes, subclass __init__ per thread,
# cleanup when threads exit.
import threading

data = threading.local()
data.x = "main"
results = {}


def worker(k):
    results[k] = [hasattr(data, "x")]
    data.x = k
    threading.Event().wait(0.001)
    results[k].append(data.x)
    data.__dict__["y"] = k * 2
    results[k].append(data.y)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print(data.x, hasattr(data, "y"))
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)
del data.x
print(hasattr(data, "x"))


class Counter(threading.local):
    created = 0

    def __init__(self, start):
        Counter.created += 1
        self.value = start

    def bump(self):
        self.value += 1
        return self.value


c = Counter(10)
print(c.bump())
seen = []


def use():
    seen.append(c.bump())
    seen.append(c.bump())


threads = [threading.Thread(target=use) for _ in range(3)]
for t in threads:
    t.start()
    t.join()
print(seen, c.value, Counter.created)

try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

# Objects stored in a thread's local are released when the thread exits.
class Tracked:
    alive = 0

    def __init__(self):
        Tracked.alive += 1

    def __del__(self):
        Tracked.alive -= 1


loc = threading.local()


def store():
    loc.obj = Tracked()


threads = [threading.Thread(target=store) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("alive after exit:", Tracked.alive)
