# Iterating dicts while building new ones; sorting by value; inverting with duplicates; nested dict merge
scores = {"ann": 82, "bob": 95, "cid": 82, "dee": 70, "eve": 95}
by_value = dict(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
print(by_value, list(by_value)[:2])
inverse = {}
for name, s in scores.items():
    inverse.setdefault(s, []).append(name)
print(dict(sorted(inverse.items())))
def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
base = {"db": {"host": "localhost", "port": 5432, "opts": {"ssl": False}}, "debug": False}
override = {"db": {"port": 6543, "opts": {"ssl": True, "timeout": 5}}, "debug": True, "new": [1]}
print(deep_merge(base, override))
print(base["db"]["opts"])
print({k: v for k, v in scores.items() if v == max(scores.values())}, sum(scores.values()) / len(scores))
