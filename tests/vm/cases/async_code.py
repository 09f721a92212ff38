# Coroutines, await, async with, async for, async generators, driven by send(None)
class sleep0:
    def __await__(self):
        yield "tick"
async def add(x, y):
    await sleep0()
    return x + y
async def agen(n):
    for i in range(n):
        await sleep0()
        yield i * i
class ACM:
    async def __aenter__(self):
        print("aenter")
        return "resource"
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False
async def main():
    total = await add(1, 2)
    async with ACM() as r:
        print("using", r)
    squares = []
    async for v in agen(4):
        squares.append(v)
    comp = [v async for v in agen(3)]
    return total, squares, comp
def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks
print(run(main()))
c = add(1, 1)
print(type(c).__name__, c.__qualname__)
c.close()
async def boom():
    raise KeyError("async")
try:
    run(boom())
except KeyError as e:
    print("KeyError", e)
