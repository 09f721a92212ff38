# error
def f[T: (yield)](): pass
