# A hand-written ExitStack: callbacks run in LIFO order, exceptions chain correctly
class ExitStack:
    def __init__(self):
        self.callbacks = []
    def enter(self, cm):
        result = cm.__enter__()
        self.callbacks.append(cm.__exit__)
        return result
    def callback(self, fn, *args):
        self.callbacks.append(lambda et, ev, tb: fn(*args))
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        suppressed = False
        pending = ev
        while self.callbacks:
            cb = self.callbacks.pop()
            try:
                if cb(type(pending) if pending else None, pending, None):
                    pending = None
                    suppressed = True
            except BaseException as new:
                new.__context__ = pending
                pending = new
        if pending is not None and pending is not ev:
            raise pending
        return suppressed or (ev is not None and pending is None)
class Res:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("close", self.name, "exc:", et.__name__ if et else None)
        return self.swallow
with ExitStack() as st:
    for n in ("a", "b", "c"):
        st.enter(Res(n))
    st.callback(print, "callback", 1)
print("---")
with ExitStack() as st:
    st.enter(Res("outer", swallow=True))
    st.enter(Res("inner"))
    raise ValueError("boom")
print("suppressed by outer")
print("---")
try:
    with ExitStack() as st:
        st.callback(lambda: 1 / 0)
        st.enter(Res("x"))
except ZeroDivisionError as e:
    print("callback error:", type(e).__name__, e.__context__)
