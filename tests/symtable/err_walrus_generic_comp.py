# error
class C[T]([(x := 1) for _ in ()]): pass
