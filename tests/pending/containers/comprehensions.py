# List/set/dict comprehensions and generator expressions: nesting, conditions, multiple fors
print([x * x for x in range(6)], [x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)], [[y for y in range(x)] for x in range(4)])
print({x % 4 for x in range(10)}, {k: v for k, v in zip("abc", range(3)) if v != 1})
print({c: "abracadabra".count(c) for c in "abracadabra"})
print([x if x % 2 else -x for x in range(6)], [c.upper() for c in "hi" for _ in range(2)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix], [[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2], sum(v for row in matrix for v in row))
print(sorted({(a, b) for a in range(3) for b in range(3) if a < b}), {n: [d for d in range(1, n + 1) if n % d == 0] for n in (6, 7, 12)})
print([y for x in [[1, [2]], [3, [4, 5]]] for y in x[1]], [(i, j) for i, j in enumerate("ab") if j == "b"])
