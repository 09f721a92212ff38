# Set-based algorithms: Jaccard similarity, set cover greedy, finding duplicates, graph neighbours
def jaccard(a, b):
    a, b = set(a), set(b)
    return len(a & b) / len(a | b) if a | b else 1.0
docs = {"d1": "the cat sat on the mat", "d2": "the dog sat on the log", "d3": "cats and dogs"}
words = {k: set(v.split()) for k, v in docs.items()}
for x in sorted(words):
    for y in sorted(words):
        if x < y:
            print(x, y, round(jaccard(words[x], words[y]), 3), sorted(words[x] & words[y]))
universe = set(range(1, 11))
subsets = [{1, 2, 3, 8}, {1, 2, 3, 4, 5}, {4, 5, 7}, {5, 6, 7}, {6, 7, 8, 9, 10}]
covered, chosen = set(), []
while covered != universe:
    best = max(range(len(subsets)), key=lambda i: (len(subsets[i] - covered), -i))
    chosen.append(best)
    covered |= subsets[best]
print("cover:", chosen, sorted(covered) == sorted(universe))
items = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
seen, dups = set(), set()
for x in items:
    (dups if x in seen else seen).add(x)
print(sorted(dups), sorted(seen - dups), len(set(items)))
