# dict views: dynamic updates, set operations on keys/items, membership, reversed
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
d["d"] = 4
del d["a"]
print(list(k), list(v), list(it), len(k))
print(sorted(k & {"b", "z"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted(it & {("b", 2), ("c", 99)}), ("c", 3) in it, ("c", 4) in it, 4 in v, "b" in k)
print(k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"}, k.isdisjoint({"x"}), list(reversed(k)), list(reversed(it)))
print(type(k).__name__, type(v).__name__, type(it).__name__)
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
e = {1: "x"}
print(e.values() == e.values(), list(e.values()) == ["x"])
print(k.mapping if False else sorted(d))
