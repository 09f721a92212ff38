# Comprehension scoping: loop variables do not leak, first iterable evaluated in enclosing scope
x = "outer"
squares = [x * 2 for x in range(3)]
print(x, squares)
def f():
    n = 10
    return [n + i for i in range(3)]
print(f())
funcs = [lambda: i for i in range(3)]
print([g() for g in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([g() for g in funcs2])
class C:
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]
    try:
        bad = [v * factor for v in items for factor in [1]]
        ok = True
    except NameError:
        ok = False
print(C.doubled, C.ok)
print([(lambda: k)() for k in range(2)])
y = 5
print([y for y in range(y)], y)
gen = (j for j in range(3))
print("j" in dir(), list(gen))
result = [[k for k in range(m)] for m in range(3)]
print(result, "k" in dir(), "m" in dir())
