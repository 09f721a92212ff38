# Dict comprehension edge cases: duplicate keys (last wins, first position kept), inversion, filtering
print({k % 3: k for k in range(10)})
print({c: i for i, c in enumerate("abca")})
d = {"a": 1, "b": 2, "c": 1}
print({v: k for k, v in d.items()})
print({k: v for k, v in d.items() if v > 1}, {k.upper(): v * 10 for k, v in d.items()})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print(dict((k, len(k)) for k in ["one", "three"]))
keys = ["x", "y", "z"]
print({k: [] for k in keys}, dict.fromkeys(keys, 0))
