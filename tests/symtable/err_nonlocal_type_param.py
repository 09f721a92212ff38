# error
def f[T]():
    nonlocal T
