# dict.popitem is LIFO; draining a dict; deleting while iterating over a snapshot
d = {i: chr(97 + i) for i in range(5)}
out = []
while d:
    out.append(d.popitem())
print(out)
e = {"a": 1, "b": 2, "c": 3, "d": 4}
for k in list(e):
    if e[k] % 2 == 0:
        del e[k]
print(e)
f = {"x": 1}
f["y"] = 2
f.pop("x")
f["x"] = 3
print(f.popitem(), f)
