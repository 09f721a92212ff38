# Generators and coroutines.
def g():
    yield 1
def gf():
    yield from g()
async def co():
    await x
    async for i in y:
        pass
    async with z as w:
        pass
async def agen():
    yield 1
lam = lambda: (yield)
def g2():
    return (x for x in (yield))
