# Reversal techniques and equality: reverse(), reversed(), slicing; in-place vs new list identity
orig = [1, 2, 3, 4]
a = orig[::-1]
b = list(reversed(orig))
c = orig.copy()
c.reverse()
print(a, b, c, orig, a == b == c, a is not orig)
lst = [1, 2, 3]
r = reversed(lst)
lst.append(4)
print(list(r))
lst2 = [1, 2, 3]
r2 = reversed(lst2)
lst2.pop()
lst2.pop()
print(list(r2))
x = []
x.append(x)
print(x == x, x[0] is x)
print([[1, 2], [3]][::-1], [1, 2, 3, 4, 5, 6][1::2][::-1])
