# Class body scope: names not visible inside methods; comprehensions see only the iterable
x = "module"
class C:
    x = "class"
    y = x + "!"
    items = [x for _ in range(2)]
    first = [n * 2 for n in range(3)]
    def method(self):
        return x
print(C.y, C.items, C.first, C().method())
class D:
    a = 5
    try:
        b = [a for _ in range(1)]
    except NameError as e:
        b = type(e).__name__
print(D.b)
def outer():
    v = "enclosing"
    class Inner:
        v = "inner class"
        def get(self):
            return v
        w = v
    return Inner().get(), Inner.w
print(outer())
