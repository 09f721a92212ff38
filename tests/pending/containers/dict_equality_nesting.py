# Dict equality with nested values; dict vs OrderedDict-free ordering; comparison errors
a = {"x": [1, 2], "y": {"z": (3,)}}
b = {"y": {"z": (3,)}, "x": [1, 2]}
print(a == b, a != b, a == {"x": [1, 2]}, {} == {}, {1: 1} == {1.0: 1.0})
b["y"]["z"] = (3, 4)
print(a == b)
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print(type(e).__name__, e)
print(list(a.items()) == list(dict(a).items()), dict(a) is not a, dict(a) == a)
print({"a": float("nan")} == {"a": float("nan")})
n = float("nan")
print({"a": n} == {"a": n})
