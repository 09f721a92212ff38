# Free and cell variables, nonlocal, global, closures through many levels.
def outer():
    a = 1
    b = 2
    c = 3
    def middle():
        nonlocal b
        b = 4
        def inner():
            return a + b
        return inner
    def uses_global():
        global c
        return c
    return middle, uses_global
def shadow(x):
    def g():
        x = 2
        return x
    return g
def passthrough():
    v = 1
    def l1():
        def l2():
            def l3():
                return v
            return l3
        return l2
    return l1
G = 0
def declares():
    global G, H
    G = 1
    H = 2
def nested_global():
    x = 1
    def g():
        global x
        x = 2
        def h():
            return x
        return h
    return g
