# Condition, Event, Semaphore, BoundedSemaphore, Barrier, Timer semantics.
import threading

# ---- Condition: a bounded buffer with wait_for and notify ----
cond = threading.Condition()
items = []
consumed = []


def producer():
    for i in range(200):
        with cond:
            cond.wait_for(lambda: len(items) < 5)
            items.append(i)
            cond.notify_all()


def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: items)
            x = items.pop(0)
            cond.notify_all()
        if x is None:
            return
        consumed.append(x)


cs = [threading.Thread(target=consumer) for _ in range(3)]
p = threading.Thread(target=producer)
for t in cs:
    t.start()
p.start()
p.join()
with cond:
    for _ in cs:
        cond.wait_for(lambda: len(items) < 5)
        items.append(None)
        cond.notify_all()
for t in cs:
    t.join()
print(len(consumed), sorted(consumed) == list(range(200)))

# wait with a timeout that expires returns False; wait_for returns the predicate
c = threading.Condition(threading.Lock())
with c:
    print(c.wait(0.01), c.wait_for(lambda: 0, timeout=0.01), c.wait(0))
try:
    c.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

# notify(n) wakes exactly n waiters
c = threading.Condition()
woken = []
ready = threading.Semaphore(0)


def waiter(k):
    with c:
        ready.release()
        if c.wait(5):
            woken.append(k)


ws = [threading.Thread(target=waiter, args=(k,)) for k in range(4)]
for t in ws:
    t.start()
for _ in ws:
    ready.acquire()
with c:
    c.notify(2)
threading.Event().wait(0.1)
with c:
    print("woken by notify(2):", len(woken))
    c.notify_all()
for t in ws:
    t.join()
print("all woken:", sorted(woken))

# ---- Event ----
e = threading.Event()
print(e.is_set(), e.wait(0.01))
res = []
ts = [threading.Thread(target=lambda: res.append(e.wait(5))) for _ in range(5)]
for t in ts:
    t.start()
e.set()
for t in ts:
    t.join()
print(res, e.is_set())
e.clear()
print(e.is_set(), e.wait(0))

# ---- Semaphore: at most 2 threads inside ----
sem = threading.Semaphore(2)
inside = 0
peak = 0
guard = threading.Lock()


def limited():
    global inside, peak
    for _ in range(50):
        with sem:
            with guard:
                inside += 1
                peak = max(peak, inside)
            with guard:
                inside -= 1


ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak <= 2:", peak <= 2, "inside:", inside)
s = threading.Semaphore(0)
print(s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(3)
print(s.acquire(), s.acquire(), s.acquire(), s.acquire(False))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)

bs = threading.BoundedSemaphore(2)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)

# ---- Barrier ----
order = []
lock = threading.Lock()


def action():
    order.append("action")


b = threading.Barrier(4, action=action)
print(b.parties, b.n_waiting, b.broken)
idx = []


def runner():
    for r in range(3):
        i = b.wait()
        with lock:
            idx.append((r, i))


ts = [threading.Thread(target=runner) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(order, sorted(i for r, i in idx if r == 0), len(idx))

# a timed-out wait breaks the barrier for everyone
b = threading.Barrier(3)
errs = []


def breaker():
    try:
        b.wait(0.05)
    except threading.BrokenBarrierError:
        errs.append("broken")


ts = [threading.Thread(target=breaker) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(errs, b.broken)
b.reset()
print(b.broken, b.n_waiting)

# abort wakes waiters with BrokenBarrierError
b = threading.Barrier(2)
errs = []


def aborted():
    try:
        b.wait()
    except threading.BrokenBarrierError:
        errs.append("aborted")


t = threading.Thread(target=aborted)
t.start()
while b.n_waiting == 0:
    threading.Event().wait(0.001)
b.abort()
t.join()
print(errs, b.broken, issubclass(threading.BrokenBarrierError, RuntimeError))
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)

# ---- Timer ----
fired = []
t = threading.Timer(0.01, fired.append, args=["fired"])
t.start()
t.join()
t2 = threading.Timer(10, fired.append, args=["never"])
t2.start()
t2.cancel()
t2.join()
print(fired)
