# error
type A[*Ts = (yield)] = int
