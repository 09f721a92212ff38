# match: or-patterns binding the same names, guards evaluated in order, fall-through behaviour
def cmd(c):
    match c.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", _]:
            return "bad direction"
        case ["take", item] | ["get", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["drop"]:
            return "drop what?"
        case [("quit" | "exit")]:
            return "bye"
        case [n] if n.isdigit() and int(n) % 2 == 0:
            return "even number"
        case [n] if n.isdigit():
            return "odd number"
        case _:
            return "unknown"
for c in ("go north", "go up", "take lamp", "get key", "drop a b", "drop", "quit", "exit", "4", "7", "dance wildly", ""):
    print(repr(c), "->", cmd(c))
calls = []
def g(tag, r):
    calls.append(tag)
    return r
match 5:
    case 1 if g("never", True):
        pass
    case int() if g("first", False):
        pass
    case int() if g("second", True):
        print("matched after guards", calls)
