# Default argument expressions are evaluated once at def time, in the defining scope, left to right
log = []
def val(tag, v):
    log.append(tag)
    return v
def f(a=val("a", 1), b=val("b", [])):
    b.append(a)
    return b
print(log)
print(f(), f(), f(5, []), f())
x = 10
def g(y=x * 2):
    return y
x = 100
print(g(), g.__defaults__)
def h(n, cache={}):
    if n not in cache:
        cache[n] = n * n
    return cache
h(2); h(3)
print(h(2), h.__defaults__[0] is h(4))
class K:
    base = 3
    def m(self, v=base * 2):
        return v
print(K().m(), K.m.__defaults__)
