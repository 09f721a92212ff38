# is / is not versus ==, with None, singletons and mutable objects
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
print(None is None, ... is Ellipsis, True is (1 == 1))
x = None
print(x is None, x == None, x is not None)
t1 = ()
t2 = tuple()
print(t1 == t2)
def f(): pass
print(f is f, f == f)
class K:
    def __eq__(self, other):
        return True
k = K()
print(k == 1, k is k, k != 2, 1 == k)
print(type(1) is int, type(True) is bool, type(True) is int)
