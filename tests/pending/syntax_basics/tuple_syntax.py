# Tuple syntax pitfalls: trailing commas, parentheses, return tuples, for-loop targets
a = 1,
b = (1)
c = ()
d = 1, 2,
print(a, b, c, d, type(a).__name__, type(b).__name__)
def pair():
    return 1, 2
print(pair(), type(pair()).__name__)
x = [1, 2, 3],
print(x, len(x))
for i, in [(1,), (2,)]:
    print(i)
print((1, 2) + (3,), (1,) * 3, 1, 2 == (1, 2), (1, 2) == (1, 2))
t = 1, 2
if t == (1, 2): print("tuple compare without parens works")
print(len(((),)), len((((),),)))
