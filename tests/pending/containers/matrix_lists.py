# Matrices as nested lists: transpose, multiply, identity, rotate, spiral order
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def rotate(m):
    return [list(r) for r in zip(*m[::-1])]
def spiral(m):
    out = []
    m = [row[:] for row in m]
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(matmul(A, B), transpose(A), rotate(A))
I = [[int(i == j) for j in range(3)] for i in range(3)]
print(I, matmul(B, [[1, 0], [0, 1]]) == B)
M = [[r * 4 + c for c in range(4)] for r in range(4)]
for row in M:
    print(" ".join(f"{v:2}" for v in row))
print(spiral(M))
print([M[i][i] for i in range(4)], [M[i][3 - i] for i in range(4)], sum(map(sum, M)))
