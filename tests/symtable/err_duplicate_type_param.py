# error
def f[T, *T](): pass
