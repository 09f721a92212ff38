# throw() into generators with nested try/except/finally and re-yielding after handling
def worker():
    state = []
    while True:
        try:
            job = yield state
            state.append(job)
        except ValueError as e:
            state.append(f"recovered from {e}")
        except KeyError:
            state.append("fatal")
            return state
        finally:
            state.append("tick")
w = worker()
print(next(w))
print(w.send("job1"))
print(w.throw(ValueError("bad input")))
print(w.send("job2"))
try:
    w.throw(KeyError("k"))
except StopIteration as e:
    print("finished with", e.value)
def no_handler():
    yield 1
    yield 2
nh = no_handler()
next(nh)
try:
    nh.throw(TypeError("unhandled"))
except TypeError as e:
    print("propagated:", e)
print(list(nh))
