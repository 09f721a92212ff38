# match: mapping patterns with required keys, **rest, nested values and literal values
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": "q" | "Q"}:
            return "quit"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with extras {sorted(rest)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "no type"
        case _:
            return "not a mapping"
events = [{"type": "click", "pos": (3, 4)}, {"type": "key", "key": "Q"}, {"type": "key", "key": "a", "shift": True, "alt": False},
          {"type": "key", "key": "b"}, {"type": "scroll"}, {"other": 1}, {}, [("type", "click")], {"type": "click", "pos": [1, 2, 3]}]
for e in events:
    print(handle(e))
class Lookup(dict):
    def __missing__(self, k):
        return "missing"
match Lookup(a=1):
    case {"b": v}:
        print("matched b", v)
    case {"a": v}:
        print("matched a only", v)
