# error
def f(a, *, a): pass
