# List slice assignment (growing/shrinking), extended slices, and del with slices
l = list(range(10))
l[2:4] = ["a", "b", "c", "d"]; print(l)
l[1:8] = []; print(l)
l[:0] = [-2, -1]; print(l)
l[len(l):] = [100]; print(l)
l[::2] = ["x"] * len(l[::2]); print(l)
l[::-1] = list(range(len(l))); print(l)
l[1:3] = "XY"; print(l)
l[2:2] = (7, 8); print(l)
del l[::3]; print(l)
del l[-2:]; print(l)
del l[:]; print(l)
m = [1, 2, 3, 4, 5]
m[1:4] = m; print(m)
try:
    m[::2] = [0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
n = [0, 1, 2, 3, 4, 5]
n[5:1:-2] = ["p", "q"]; print(n)
n[10:20] = ["far"]; print(n)
