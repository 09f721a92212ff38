# Push-based coroutine pipeline: source -> filter -> transform -> sink via send()
def coroutine(fn):
    def start(*a, **k):
        c = fn(*a, **k)
        next(c)
        return c
    return start
@coroutine
def sink(results):
    try:
        while True:
            results.append((yield))
    except GeneratorExit:
        results.append("<closed>")
@coroutine
def only(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)
@coroutine
def transform(fn, target):
    try:
        while True:
            target.send(fn((yield)))
    except GeneratorExit:
        target.close()
@coroutine
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
evens_out, odds_out = [], []
pipeline = broadcast(only(lambda x: x % 2 == 0, transform(lambda x: x * x, sink(evens_out))),
                     only(lambda x: x % 2, transform(str, sink(odds_out))))
for n in range(8):
    pipeline.send(n)
print(evens_out, odds_out)
t_out = []
t = transform(lambda s: s.upper(), sink(t_out))
for w in ("a", "b"):
    t.send(w)
t.close()
print(t_out)
