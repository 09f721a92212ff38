# Stacked decorators apply bottom-up and run wrappers top-down
order = []
def tag(name):
    def deco(fn):
        order.append("decorate " + name)
        def wrapper(*a):
            order.append("enter " + name)
            r = fn(*a)
            order.append("exit " + name)
            return f"<{name}>{r}</{name}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
@tag("u")
def text(s):
    order.append("body")
    return s
print(order)
order.clear()
print(text("hi"))
print(order)
def double(fn):
    return lambda x: fn(x) * 2
def inc(fn):
    return lambda x: fn(x) + 1
@double
@inc
def ident(x): return x
@inc
@double
def ident2(x): return x
print(ident(5), ident2(5))
decos = [double, inc, double]
def base(x): return x
f = base
for d in reversed(decos):
    f = d(f)
print(f(1))
@(lambda fn: fn)
def expr_deco(): return "arbitrary expression decorator"
print(expr_deco())
