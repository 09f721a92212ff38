# nonlocal counters and accumulators across multiple nesting levels
def counter(start=0, step=1):
    value = start
    def tick():
        nonlocal value
        current = value
        value += step
        return current
    return tick
t = counter()
print([t() for _ in range(5)])
t2 = counter(100, -10)
print([t2() for _ in range(4)])
def averager():
    total = 0
    n = 0
    def add(x):
        nonlocal total, n
        total += x
        n += 1
        return total / n
    return add
avg = averager()
for v in (10, 20, 30, 40):
    print(avg(v))
def level1():
    x = 0
    def level2():
        def level3():
            nonlocal x
            x += 100
        level3()
        level3()
    level2()
    return x
print(level1())
def fib_gen():
    a, b = 0, 1
    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return step
s = fib_gen()
print([s() for _ in range(10)])
