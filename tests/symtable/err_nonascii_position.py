# error
def f():
    é = 1; nonlocal é
