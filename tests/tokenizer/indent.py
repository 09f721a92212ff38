if a:
    if b:
        if c:
            x = 1
        y = 2
    z = 3
w = 4
for i in x:
    pass
else:
    pass
def f():
    def g():
        return 1
