# repr of nested containers and self-referential structures ([...] and {...})
a = [1, [2, [3, [4]]], (5, (6,)), {"k": [7]}, {8}, frozenset(), set(), "s", None]
print(a)
b = [1, 2]
b.append(b)
print(b, len(b), b[2] is b)
d = {"name": "d"}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
x = []
y = [x]
x.append(y)
print(x, y)
nested = {"list": [1, {"inner": (2, [3])}], "tuple": (1,), "empty": {}}
print(nested)
print(repr([]), repr(()), repr((1,)), repr({}), repr(set()), repr([""]), repr(["'"]), repr([1.0, -0.5]))
