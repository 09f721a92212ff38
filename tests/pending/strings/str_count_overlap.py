# Counting substrings: non-overlapping count vs overlapping search with find in a loop
def count_overlapping(s, sub):
    n, start = 0, 0
    while True:
        i = s.find(sub, start)
        if i < 0:
            return n
        n += 1
        start = i + 1
for s, sub in (("aaaa", "aa"), ("abababa", "aba"), ("mississippi", "issi"), ("xyz", "q"), ("ααα", "αα")):
    print(s, sub, s.count(sub), count_overlapping(s, sub))
def all_positions(s, sub):
    out, i = [], s.find(sub)
    while i != -1:
        out.append(i)
        i = s.find(sub, i + 1)
    return out
print(all_positions("banana", "an"), all_positions("banana", "a"), all_positions("banana", "x"))
