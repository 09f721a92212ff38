# error
def f():
    def g():
        nonlocal missing
