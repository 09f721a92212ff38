# Chained comparisons evaluate the middle operand once and short-circuit
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) == v(1) != v(2) is not None, calls)
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 == 5.0)
print(1 < 2 > 1 < 2, 'a' < 'b' < 'c', [1] < [2] <= [2])
print(1 in [1, 2] in [[1, 2]])
print(2 not in [1] is not None)
a = b = c = 3
print(a is b is c, a == b == c == 3)
