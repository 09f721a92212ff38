# StopIteration.value from generators, iterators and manual construction
def g():
    yield 1
    return "ret"
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value)
try:
    next(iter(()))
except StopIteration as e:
    print(repr(e), e.value, e.args)
s = StopIteration("a", "b")
print(s.value, s.args)
s.value = "changed"
print(s.value, s.args)
class StopAsync(StopAsyncIteration): pass
print(issubclass(StopAsync, Exception), issubclass(StopIteration, Exception))
