match command.split():
    case [action, obj]:
        pass
    case Point(x=0) | _:
        pass
type X[T] = list[T]
async def f():
    await g()
    async with a as b:
        pass
    async for x in y:
        pass
@decorator
def h[T: int, *Ts, **P](): ...
print(match, case, type)
