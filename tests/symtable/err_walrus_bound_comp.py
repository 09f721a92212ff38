# error
def f[T: [(x := 1) for _ in ()]](): pass
