# error
type A = [(x := 1) for _ in ()]
