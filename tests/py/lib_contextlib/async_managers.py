# asynccontextmanager, AsyncExitStack, aclosing, nullcontext driven by hand
# (no event loop: the coroutines never suspend).
import contextlib


def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError('suspended')


@contextlib.asynccontextmanager
async def res(name, log):
    log.append('open ' + name)
    try:
        yield name.upper()
    except KeyError:
        log.append('swallowed in ' + name)
    finally:
        log.append('close ' + name)


async def main():
    log = []
    async with res('a', log) as v:
        log.append('body ' + v)
    async with res('b', log):
        raise KeyError('x')
    try:
        async with res('c', log):
            raise ValueError('y')
    except ValueError as e:
        log.append('escaped ' + str(e))

    async def acb(tag):
        log.append('async cb ' + tag)

    async with contextlib.AsyncExitStack() as stack:
        stack.callback(log.append, 'sync cb')
        stack.push_async_callback(acb, 't')
        got = await stack.enter_async_context(res('d', log))
        log.append('got ' + got)

        async def suppressor(*exc):
            log.append('suppressor sees ' + (exc[0].__name__ if exc[0] else 'None'))
            return True
        stack.push_async_exit(suppressor)
        raise IndexError('gone')
    try:
        await contextlib.AsyncExitStack().enter_async_context(object())
    except TypeError as e:
        log.append(str(e))

    class Gen:
        async def aclose(self):
            log.append('aclosed')
    async with contextlib.aclosing(Gen()):
        pass
    async with contextlib.nullcontext(9) as n:
        log.append('null %d' % n)

    @res('deco', log)
    async def wrapped(x):
        log.append('wrapped %d' % x)
        return x + 1
    log.append(str(await wrapped(1)))
    return log


for line in run(main()):
    print(line)
print(issubclass(contextlib.AsyncExitStack, contextlib.AbstractAsyncContextManager),
      isinstance(contextlib.nullcontext(), contextlib.AbstractAsyncContextManager))
