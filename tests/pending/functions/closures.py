# Closures capture variables (cells), late binding in loops, __closure__ contents
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
print(add5(10), make_adder(-1)(1))
print(len(add5.__closure__), add5.__closure__[0].cell_contents)
print(add5.__code__.co_freevars)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def outer():
    x = 1
    def get():
        return x
    x = 2
    return get
print(outer()())
def shared():
    val = []
    def push(v):
        val.append(v)
    def peek():
        return list(val)
    return push, peek
push, peek = shared()
push(1); push(2)
print(peek())
def no_closure(x):
    return x
print(no_closure.__closure__)
def make_counter_pair():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def dec():
        nonlocal count
        count -= 1
        return count
    return inc, dec
inc, dec = make_counter_pair()
print(inc(), inc(), dec(), inc())
inc2, _ = make_counter_pair()
print(inc2(), inc())
