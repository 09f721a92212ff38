# Aliasing vs copying of lists: shallow copies, nested mutation, multiplication of nested lists
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a[0] = 99
a[1].append(4)
print(a, b, c, d, e)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
def deep_copy(x):
    if isinstance(x, list):
        return [deep_copy(i) for i in x]
    if isinstance(x, dict):
        return {k: deep_copy(v) for k, v in x.items()}
    return x
orig = {"k": [1, {"n": [2]}]}
cp = deep_copy(orig)
cp["k"][1]["n"].append(3)
print(orig, cp)
x = [1, 2]
y = x
x += [3]
print(y)
x = x + [4]
print(x, y)
