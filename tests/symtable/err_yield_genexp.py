# error
def f():
    return ((yield from x) for x in y)
