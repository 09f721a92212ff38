# async def coroutines driven manually with .send(None), awaiting custom awaitables
class Pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return f"{self.tag} resumed with {got}"
async def worker(name):
    r1 = await Pause(name + ":step1")
    print(r1)
    r2 = await Pause(name + ":step2")
    print(r2)
    return name + " finished"
co = worker("w")
print(type(co).__name__)
print(co.send(None))
print(co.send("A"))
try:
    co.send("B")
except StopIteration as e:
    print("result:", e.value)
async def add(a, b):
    return a + b
async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y
c = compute()
try:
    c.send(None)
except StopIteration as e:
    print("compute:", e.value)
def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return steps, e.value
async def multi():
    out = []
    for i in range(3):
        out.append(await Pause(i))
    return out
print(run(multi()))
c2 = add(1, 1)
run(c2)
try:
    c2.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
c3 = add(0, 0)
c3.close()
print("closed unstarted coroutine")
