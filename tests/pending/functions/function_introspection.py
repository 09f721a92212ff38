# Function code-object introspection: argument counts, variable names, flags for generators/coroutines
def plain(a, b=1, *args, c, d=2, **kw):
    x = a + b
    return x
def gen():
    yield 1
async def coro():
    return 1
def outer():
    y = 1
    def inner():
        return y
    return inner
co = plain.__code__
print(co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_varnames[:7], co.co_name)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), bool(gen.__code__.co_flags & 0x20), bool(coro.__code__.co_flags & 0x80))
print(outer.__code__.co_cellvars, outer().__code__.co_freevars, plain.__defaults__, plain.__kwdefaults__)
c = coro()
c.close()
print(type(gen()).__name__, type(c).__name__, gen.__name__, coro.__qualname__)
print(plain.__code__.co_filename.endswith("function_introspection.py"), plain.__code__.co_firstlineno)
