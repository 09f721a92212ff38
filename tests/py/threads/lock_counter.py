# A counter under a Lock is exact; RLock re-entry; acquire timeouts.
import threading

lock = threading.Lock()
counter = 0


def inc(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=inc, args=(20_000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)

rlock = threading.RLock()
total = 0


def rinc(n):
    global total
    for _ in range(n):
        with rlock:
            with rlock:
                total += 1


threads = [threading.Thread(target=rinc, args=(10_000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total)

# Timeouts and errors.
l = threading.Lock()
l.acquire()
print(l.acquire(timeout=0.01), l.acquire(blocking=False), l.locked())
l.release()
print(l.locked())
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    l.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    l.acquire(timeout=-2)
except ValueError as e:
    print("ValueError:", e)
print(repr(l).split(" object")[0])
l.acquire()
print(repr(l).split(" object")[0])

# A lock released by another thread (allowed for Lock, not for RLock).
l2 = threading.Lock()
l2.acquire()
t = threading.Thread(target=l2.release)
t.start()
t.join()
print(l2.locked())
r = threading.RLock()
r.acquire()
errs = []


def bad_release():
    try:
        r.release()
    except RuntimeError as e:
        errs.append(str(e))


t = threading.Thread(target=bad_release)
t.start()
t.join()
print(errs, r._is_owned())
r.release()
print(repr(r).split(" owner")[0])

# A waiter blocked in acquire gets the lock when it is released.
gate = threading.Lock()
gate.acquire()
got = []
t = threading.Thread(target=lambda: got.append(gate.acquire(timeout=5)))
t.start()
threading.Event().wait(0.05)
gate.release()
t.join()
print(got)
