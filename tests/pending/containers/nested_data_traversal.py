# Traversing JSON-like nested data: path lookup, flattening keys, and summing leaves
doc = {
    "user": {"name": "ann", "tags": ["admin", "dev"], "stats": {"posts": 12, "likes": 340}},
    "items": [{"id": 1, "price": 9.5}, {"id": 2, "price": 20.0, "extra": {"gift": True}}],
    "version": 3,
}
def get_path(d, path, default=None):
    cur = d
    for part in path.split("."):
        if isinstance(cur, list):
            try:
                cur = cur[int(part)]
            except (ValueError, IndexError):
                return default
        elif isinstance(cur, dict) and part in cur:
            cur = cur[part]
        else:
            return default
    return cur
for p in ("user.name", "user.tags.1", "items.1.extra.gift", "items.5.id", "user.missing", "version"):
    print(p, "->", get_path(doc, p, "<none>"))
def flatten(d, prefix=""):
    out = {}
    if isinstance(d, dict):
        for k, v in d.items():
            out.update(flatten(v, f"{prefix}{k}."))
    elif isinstance(d, list):
        for i, v in enumerate(d):
            out.update(flatten(v, f"{prefix}{i}."))
    else:
        out[prefix[:-1]] = d
    return out
for k, v in flatten(doc).items():
    print(f"{k:22} {v!r}")
def sum_numbers(x):
    if isinstance(x, bool):
        return 0
    if isinstance(x, (int, float)):
        return x
    if isinstance(x, dict):
        return sum(sum_numbers(v) for v in x.values())
    if isinstance(x, list):
        return sum(sum_numbers(v) for v in x)
    return 0
print(sum_numbers(doc))
