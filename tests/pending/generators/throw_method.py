# generator.throw(): handled inside, propagating out, and thrown into an unstarted generator
def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("caught inside:", e)
            n += 100
        n += 1
g = resilient()
print(next(g), next(g))
print(g.throw(ValueError("bad")))
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(g)
except StopIteration:
    print("generator is finished")
def fresh():
    print("never starts")
    yield 1
f = fresh()
try:
    f.throw(RuntimeError("early"))
except RuntimeError as e:
    print("unstarted:", e)
def converts():
    try:
        yield 1
    except ZeroDivisionError:
        yield "recovered"
c = converts()
next(c)
print(c.throw(ZeroDivisionError))
