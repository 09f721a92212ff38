# break/continue/return in try bodies with finally clauses still run finally
log = []
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append(('body', i))
    finally:
        log.append(('finally', i))
print(log)
def f():
    for i in range(3):
        try:
            return i
        finally:
            print("finally before return", i)
print(f())
def g():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            break
        finally:
            print("cleanup", n)
    return n
print(g())
def h():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(h())
def k():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
print(k())
