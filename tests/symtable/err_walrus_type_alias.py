# error
type A = (x := 1)
