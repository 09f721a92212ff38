# global and nonlocal declarations, shadowing, and nested scopes
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make():
    n = 0
    def inc():
        nonlocal n
        n += 10
        return n
    def get():
        return n
    return inc, get
inc, get = make()
inc(); inc()
print(get())
x = 'global'
def outer():
    x = 'outer'
    def inner():
        global x
        x = 'changed global'
    inner()
    return x
print(outer(), x)
def deep():
    v = 1
    def a():
        def b():
            nonlocal v
            v *= 7
        b()
    a()
    return v
print(deep())
def new_global():
    global brand_new
    brand_new = 'created'
new_global()
print(brand_new)
def shadow():
    len = lambda s: 42
    return len("abc")
print(shadow(), len("abc"))
def unbound():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print(type(e).__name__)
unbound()
