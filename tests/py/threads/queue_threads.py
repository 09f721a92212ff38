# queue: producers/consumers lose and duplicate nothing; task_done/join;
# Empty/Full with timeouts; LIFO, priority, SimpleQueue.
import queue
import threading

q = queue.Queue(maxsize=10)
N_PROD, PER = 4, 2500
got = []
got_lock = threading.Lock()


def produce(k):
    for i in range(PER):
        q.put(k * PER + i)


def consume():
    while True:
        x = q.get()
        if x is None:
            q.task_done()
            return
        with got_lock:
            got.append(x)
        q.task_done()


cons = [threading.Thread(target=consume) for _ in range(3)]
prods = [threading.Thread(target=produce, args=(k,)) for k in range(N_PROD)]
for t in cons + prods:
    t.start()
for t in prods:
    t.join()
q.join()
print(len(got), len(set(got)), sorted(got) == list(range(N_PROD * PER)))
for _ in cons:
    q.put(None)
for t in cons:
    t.join()
print(q.qsize(), q.empty(), q.full(), q.unfinished_tasks)

# Empty / Full, nowait and timeouts
q = queue.Queue(2)
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
q.put(1)
q.put_nowait(2)
print(q.full(), q.qsize())
try:
    q.put(3, block=False)
except queue.Full:
    print("Full")
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    q.put(3, timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(q.get(), q.get())
try:
    q.task_done()
    q.task_done()
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

# A blocked put is released by a get in another thread
q = queue.Queue(1)
q.put("a")
t = threading.Thread(target=lambda: q.put("b"))
t.start()
print(q.get())
t.join()
print(q.get())

lq = queue.LifoQueue()
for i in range(5):
    lq.put(i)
print([lq.get() for _ in range(5)])
pq = queue.PriorityQueue()
for x in [5, 1, 4, 2, 3]:
    pq.put((x, str(x)))
print([pq.get() for _ in range(5)])

sq = queue.SimpleQueue()
out = []


def sq_cons():
    for _ in range(1000):
        out.append(sq.get())


t = threading.Thread(target=sq_cons)
t.start()
for i in range(1000):
    sq.put(i)
t.join()
print(out == list(range(1000)), sq.empty(), sq.qsize())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
print(issubclass(queue.Empty, Exception), queue.Queue[int])
