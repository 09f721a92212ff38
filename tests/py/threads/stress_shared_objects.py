# Threads sharing functions, classes, instances, globals and strings:
# attribute reads and writes, method calls, class-attribute changes,
# exceptions and generators in every thread. Results are exact.
import threading


class Point:
    scale = 1

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return (abs(self.x) + abs(self.y)) * self.scale


shared_point = Point(3, -4)
table = {str(i): i for i in range(100)}
CONST = 7
results = {}
lock = threading.Lock()


def gen(n):
    for i in range(n):
        yield i * CONST


def work(k):
    total = 0
    own = Point(k, k)
    for i in range(3000):
        total += shared_point.norm1()          # shared instance, shared method
        total += table[str(i % 100)]           # shared dict, fresh strings
        own.x = i                              # private instance writes
        total += own.norm1() - own.x - own.y
        try:
            {}["missing"]
        except KeyError as e:
            total += len(e.args)
        s = "k" + str(k)
        total += len(s.upper()) - len(s)
    total += sum(gen(100))
    with lock:
        results[k] = total


def mutate_class():
    # Class attribute changes invalidate attribute caches while others read.
    for i in range(2000):
        Point.extra = i
        del Point.extra
    Point.scale = 1


threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
threads.append(threading.Thread(target=mutate_class))
for t in threads:
    t.start()
for t in threads:
    t.join()
expected = 3000 * 7 + sum(range(100)) * 30 + 3000 + sum(i * 7 for i in range(100))
print(sorted(results) == list(range(6)), all(v == expected for v in results.values()))

# Shared instance attribute written by many threads: always one of the values.
obj = Point(0, 0)


def writer(k):
    for i in range(5000):
        obj.x = k
        v = obj.x
        assert v in range(4), v


threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(obj.x in range(4))

# Objects created in one thread, freed in another (biased refcounts).
handoff = []
hlock = threading.Condition()


def maker():
    for i in range(20000):
        item = [i, str(i), (i,)]
        with hlock:
            handoff.append(item)
            hlock.notify()
    with hlock:
        handoff.append(None)
        hlock.notify()


taken = 0


def taker():
    global taken
    while True:
        with hlock:
            hlock.wait_for(lambda: handoff)
            item = handoff.pop(0)
        if item is None:
            return
        taken += item[0] == int(item[1]) == item[2][0]


a = threading.Thread(target=maker)
b = threading.Thread(target=taker)
a.start()
b.start()
a.join()
b.join()
print(taken)
