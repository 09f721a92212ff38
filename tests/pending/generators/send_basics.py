# generator.send(): priming with None, values flowing in and out, TypeError on non-None first send
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
g = echo()
print(g.send(None))
print(g.send("a"), g.send("b"), g.send("c"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
g2 = echo()
try:
    g2.send(5)
except TypeError as e:
    print(e)
def accumulate():
    total = 0
    while True:
        total += yield total
acc = accumulate()
next(acc)
for v in (5, 10, 20):
    print(acc.send(v))
