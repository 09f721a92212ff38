# error
class C:
    g = ((y := 1) for _ in ())
