# error
def f():
    return {x: (yield) for x in y}
