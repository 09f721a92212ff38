# Async generators driven by hand: asend/athrow return awaitables stepped with send(None)
async def agen():
    try:
        for i in range(3):
            got = yield i
            print("agen got", got)
    finally:
        print("agen cleanup")
def step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("unexpected suspension")
ag = agen()
print(type(ag).__name__)
print(step(ag.asend(None)))
print(step(ag.asend("x")))
print(step(ag.__anext__()))
try:
    step(ag.asend("y"))
except StopAsyncIteration:
    print("StopAsyncIteration")
async def consumer():
    out = []
    async for v in agen():
        out.append(v * 10)
    return out
c = consumer()
try:
    c.send(None)
except StopIteration as e:
    print("collected", e.value)
async def ranged(n):
    for i in range(n):
        yield i
async def comp():
    return [x async for x in ranged(4) if x % 2 == 0]
c = comp()
try:
    c.send(None)
except StopIteration as e:
    print("comprehension", e.value)
