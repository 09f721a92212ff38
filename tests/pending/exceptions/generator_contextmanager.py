# A hand-written generator-based context manager decorator (contextlib-free)
class GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw")
def contextmanager(fn):
    def helper(*a, **k):
        return GenCM(fn(*a, **k))
    return helper
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")
@contextmanager
def suppress(*types):
    try:
        yield
    except types as e:
        print("suppressed", type(e).__name__)
with tag("html"):
    with tag("body") as t:
        print("content of", t)
with suppress(KeyError, IndexError):
    [][1]
print("continuing")
try:
    with tag("p"):
        raise ValueError("inside p")
except ValueError as e:
    print("propagated", e)
