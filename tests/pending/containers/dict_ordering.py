# dicts preserve insertion order; re-insertion after deletion moves key to the end; equality ignores order
d = {}
for key in ("zeta", "alpha", "mid", "beta"):
    d[key] = len(key)
print(list(d))
d["alpha"] = 100
print(list(d), d)
del d["zeta"]
d["zeta"] = 0
print(list(d))
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"b": 2, "a": 1}))
merged = {"x": 1, "y": 2} | {"y": 20, "z": 30}
print(merged)
m = {"x": 1}
m |= {"w": 5, "x": 9}
m |= [("v", 7)]
print(m)
print({**{"a": 1}, **{"a": 2, "b": 3}}, dict(sorted({"b": 1, "a": 2}.items())))
try:
    {"a": 1} | [("b", 2)]
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed({"p": 1, "q": 2, "r": 3})), next(iter({"first": 1, "second": 2})))
