# error
def f(a):
    def g(b):
        nonlocal b
