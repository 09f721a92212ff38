# close() and throw() propagate through yield from to the innermost generator
def inner(tag):
    try:
        yield tag + "1"
        yield tag + "2"
    finally:
        print("inner finally", tag)
def middle():
    try:
        yield from inner("x")
    finally:
        print("middle finally")
def outer():
    yield from middle()
    yield "never"
g = outer()
print(next(g))
g.close()
print("--- throw through chain")
def catcher():
    try:
        yield "waiting"
    except KeyError as e:
        print("innermost caught", e)
        yield "after catch"
def chain():
    r = yield from catcher()
    yield "chain continues"
c = chain()
print(next(c))
print(c.throw(KeyError("boom")))
print(next(c))
print("--- yield from iterator without throw")
def over_list():
    yield from [1, 2, 3]
o = over_list()
next(o)
try:
    o.throw(ValueError("into list iterator"))
except ValueError as e:
    print("propagated:", e)
