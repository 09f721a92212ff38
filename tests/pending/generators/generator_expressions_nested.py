# Nested generator expressions and comprehensions over generators: evaluation order and laziness
order = []
def src(tag, n):
    for i in range(n):
        order.append(f"{tag}{i}")
        yield i
g = ((a, b) for a in src("A", 2) for b in src("B", 2))
print(order)
print(list(g))
print(order)
order.clear()
flat = [x for row in ([1, 2], [3]) for x in (v * 10 for v in row)]
print(flat)
pairs = sum(1 for a in range(5) for b in range(a) if (a + b) % 2)
print(pairs)
matrix = ((r * 3 + c for c in range(3)) for r in range(3))
print([list(row) for row in matrix])
gen_of_gens = (src(str(i), i) for i in range(3))
print([list(g) for g in gen_of_gens], order)
