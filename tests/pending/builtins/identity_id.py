# id() used only for identity comparisons (never printed); 'is' semantics for mutable objects
a = [1, 2]
b = a
c = list(a)
print(id(a) == id(b), id(a) == id(c), a is b, a is not c)
print(type(id(a)).__name__, id(a) > 0 if False else "id is an int")
def same_object(x, y):
    return id(x) == id(y)
print(same_object(a, b), same_object(a, [1, 2]))
objs = [object() for _ in range(5)]
print(len({id(o) for o in objs}))
d = {}
key = (1, 2)
d[id(key)] = "stored by id"
print(d[id(key)])
s = "ab"
print(s is s, None is None, True is True, ... is ...)
