# aiter()/anext() builtins on async generators, driven manually without an event loop
async def agen():
    for i in range(3):
        yield i * 10
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("suspended unexpectedly")
async def main():
    it = aiter(agen())
    first = await anext(it)
    second = await anext(it)
    third = await anext(it)
    fallback = await anext(it, "exhausted")
    return [first, second, third, fallback]
print(run(main()))
async def main2():
    try:
        await anext(agen_empty())
    except StopAsyncIteration:
        return "StopAsyncIteration"
async def agen_empty():
    return
    yield
print(run(main2()))
try:
    aiter([1, 2])
except TypeError as e:
    print(type(e).__name__)
