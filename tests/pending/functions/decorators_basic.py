# Decorators without arguments: wrapping, logging calls, preserving behaviour manually
def trace(fn):
    def wrapper(*args, **kwargs):
        print("->", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("<-", fn.__name__, result)
        return result
    wrapper.__name__ = fn.__name__
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
add(a=1, b=1)
print(add.__name__)
def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop(x):
    return x
for i in range(4):
    noop(i)
print(noop.calls)
def register(fn, registry=[]):
    registry.append(fn.__name__)
    fn.registry = registry
    return fn
@register
def alpha(): pass
@register
def beta(): pass
print(beta.registry, alpha is not None)
def replace_with_value(fn):
    return fn()
@replace_with_value
def computed():
    return 6 * 7
print(computed)
