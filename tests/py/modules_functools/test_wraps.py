# functools.wraps and singledispatch (pending: the VM's function objects
# have no __dict__ attribute, which update_wrapper updates).
import functools


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        return fn(*a)
    return wrapper


@deco
def documented(x):
    "The doc."
    return x


print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(5))

@functools.singledispatch
def fun(arg):
    return 'default'


@fun.register
def _(arg: int):
    return 'int'


@fun.register(list)
def _(arg):
    return 'list'


print(fun('x'), fun(1), fun(True), fun([1]), fun.dispatch(float).__name__)
