# generator.close(): GeneratorExit, finally blocks, yielding during close is an error
def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")
g = with_cleanup()
print(next(g))
g.close()
print("closed")
g.close()
try:
    next(g)
except StopIteration:
    print("stop after close")
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
c = catches_exit()
next(c)
c.close()
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield "nope"
b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(type(e).__name__, e)
unstarted = with_cleanup()
unstarted.close()
print("unstarted close: no cleanup output")
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_close()
next(r)
print(r.close())
