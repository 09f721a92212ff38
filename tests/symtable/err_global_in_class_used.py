# error
class C:
    x
    global x
