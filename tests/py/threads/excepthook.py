# An exception in a thread goes through threading.excepthook; the default
# hook writes "Exception in thread NAME:" and the traceback to stderr.
import io
import sys
import threading


def boom():
    raise ValueError("boom")


# A custom hook sees the exception and the thread.
seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None))


old = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=boom, name="custom")
t.start()
t.join()
print(seen)
threading.excepthook = old

# The default hook, captured: first and last lines are deterministic.
buf = io.StringIO()
sys.stderr, saved = buf, sys.stderr
t = threading.Thread(target=boom)
t.start()
t.join()
sys.stderr = saved
lines = buf.getvalue().splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])

# SystemExit in a thread is silent.
buf = io.StringIO()
sys.stderr, saved = buf, sys.stderr
t = threading.Thread(target=sys.exit)
t.start()
t.join()
sys.stderr = saved
print(repr(buf.getvalue()))

# ExceptHookArgs
a = threading.ExceptHookArgs([KeyError, KeyError("k"), None, None])
print(a.exc_type, a.exc_value, a.exc_traceback, a.thread)
print(threading.excepthook is threading.__excepthook__)

# Frames of the thread's own code appear in the traceback.
def nested():
    def inner():
        return 1 / 0
    inner()


buf = io.StringIO()
sys.stderr, saved = buf, sys.stderr
t = threading.Thread(target=nested, name="real")
t.start()
t.join()
sys.stderr = saved
lines = buf.getvalue().splitlines()
print(lines[0], lines[-1])
print([l.split(", ")[-1] for l in lines if "excepthook.py" in l])
print("done")
