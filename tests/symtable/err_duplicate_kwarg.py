# error
def f(x, **x): pass
