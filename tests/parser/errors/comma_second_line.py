f(x for x in y)
f(a b)
