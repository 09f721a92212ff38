# Chained assignment binds the same object; targets assigned left to right
a = b = []
a.append(1)
print(a, b, a is b)
x = y = z = 7
print(x, y, z)
i = 0
lst = [10, 20, 30]
i = lst[i] = 1
print(i, lst)
class Box: pass
bx = Box()
bx.v = bx.w = "same"
print(bx.v, bx.w)
p, q = r = (1, 2)
print(p, q, r)
d = {}
d['a'] = d['b'] = 0
print(d)
m = n = 5
m += 1
print(m, n)
