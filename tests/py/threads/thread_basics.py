# Thread objects: names, idents, is_alive, join with timeout, start twice,
# daemon, enumerate/active_count, current_thread/main_thread.
import threading
import _thread

print(threading.current_thread().name, threading.main_thread().name)
print(threading.current_thread() is threading.main_thread())
print(threading.get_ident() == threading.main_thread().ident)
print(isinstance(threading.get_native_id(), int))


def f():
    pass


t = threading.Thread(target=f)
print(t.name, t.ident, t.is_alive(), t.daemon)
print(repr(t))
t.start()
t.join()
print(t.is_alive(), isinstance(t.ident, int), t.ident != threading.get_ident())
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(t).replace(str(t.ident), "IDENT"))

t = threading.Thread(target=f, name="worker")
print(t.name)
t = threading.Thread()
print(t.name)
t = threading.Thread(target=f, daemon=True)
print(t.daemon)
try:
    threading.Thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

# join with a timeout on a thread that is still blocked
stop = threading.Event()
t = threading.Thread(target=stop.wait, name="sleeper")
t.start()
t.join(timeout=0.02)
print("after timed join:", t.is_alive())
print(sorted(x.name for x in threading.enumerate()))
print(threading.active_count())
stop.set()
t.join()
print("after join:", t.is_alive(), threading.active_count())

try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

# current_thread inside a thread, thread identity
seen = {}


def who():
    me = threading.current_thread()
    seen[me.name] = (me is t2, me.ident == threading.get_ident(), me.native_id == threading.get_native_id())


t2 = threading.Thread(target=who, name="who")
t2.start()
t2.join()
print(seen)

# kwargs and args
out = []
t = threading.Thread(target=lambda a, b, c=0: out.append(a + b + c), args=(1, 2), kwargs={"c": 3})
t.start()
t.join()
print(out)


# subclass overriding run
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n))


w = Worker(100)
w.start()
w.join()
print(w.result, w.name)

# _thread directly
done = _thread.allocate_lock()
done.acquire()
box = []


def low(x, y=0):
    box.append(x * y)
    done.release()


print(type(_thread.start_new_thread(low, (6,), {"y": 7})).__name__)
done.acquire()
print(box, _thread.TIMEOUT_MAX == threading.TIMEOUT_MAX)
print(threading.Lock is _thread.LockType, _thread.error is RuntimeError)
print(_thread.stack_size())

# a non-daemon thread still running at exit is waited for
def late():
    threading.Event().wait(0.05)
    print("late thread finished")


threading.Thread(target=late).start()
print("main done")
