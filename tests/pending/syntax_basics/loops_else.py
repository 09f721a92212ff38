# for/while loops with else clauses, break and continue
for i in range(3):
    print("for", i)
else:
    print("for else ran")
for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("never")
for i in range(6):
    if i % 2:
        continue
    print("even", i)
def find(items, target):
    for idx, it in enumerate(items):
        if it == target:
            return idx
    else:
        return -1
print(find("abc", "c"), find("abc", "z"))
for x in []:
    print("never")
else:
    print("empty else")
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print(i, j)
    else:
        print("inner else")
i = 10
for i in range(2):
    pass
print(i)
