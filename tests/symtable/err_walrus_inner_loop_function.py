# error
def f():
    [(g := 0) for i in range(3) if (h := 1) for g in range(3)]
