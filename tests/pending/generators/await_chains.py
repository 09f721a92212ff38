# Chains of awaits through several coroutines, with a tiny round-robin scheduler
class Yield:
    def __await__(self):
        yield "switch"
async def task(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await Yield()
    return name.upper() * n
def scheduler(coros):
    log_results = {}
    queue = list(coros.items())
    while queue:
        name, co = queue.pop(0)
        try:
            co.send(None)
            queue.append((name, co))
        except StopIteration as e:
            log_results[name] = e.value
    return log_results
log = []
res = scheduler({'a': task('a', 3, log), 'b': task('b', 1, log), 'c': task('c', 2, log)})
print(log)
print(res)
async def fails():
    await Yield()
    raise ValueError("task failed")
co = fails()
co.send(None)
try:
    co.send(None)
except ValueError as e:
    print("error from coroutine:", e)
async def awaits_failing():
    try:
        await fails()
    except ValueError as e:
        return "handled " + str(e)
a = awaits_failing()
a.send(None)
try:
    a.send(None)
except StopIteration as e:
    print(e.value)
