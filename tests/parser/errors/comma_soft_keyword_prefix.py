f(a, ca b)
