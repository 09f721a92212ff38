# match: builtin class patterns with a single positional sub-pattern matching the whole subject
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str("") :
            return "empty str"
        case str(s):
            return f"str of len {len(s)}"
        case bytes(b):
            return f"bytes {b!r}"
        case list(l) | tuple(l):
            return f"{type(l).__name__} of {len(l)}"
        case dict(d):
            return f"dict keys {sorted(d)}"
        case set() | frozenset():
            return "some set"
        case _:
            return "other"
for v in (True, 0, -4, 9, 2.5, "", "abc", b"z", [1, 2], (1,), {"b": 1, "a": 2}, {1}, frozenset(), None):
    print(repr(v), "->", kind(v))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__)
