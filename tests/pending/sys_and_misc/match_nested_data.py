# Structural matching over nested JSON-like data with mixed patterns
def describe(msg):
    match msg:
        case {"kind": "point", "coords": [x, y]}:
            return f"2D point ({x}, {y})"
        case {"kind": "point", "coords": [x, y, z]}:
            return f"3D point ({x}, {y}, {z})"
        case {"kind": "line", "points": [{"coords": [x1, y1]}, {"coords": [x2, y2]}]}:
            return f"line from ({x1},{y1}) to ({x2},{y2})"
        case {"kind": "poly", "points": [_, _, _, *more]}:
            return f"polygon with {3 + len(more)} points"
        case {"kind": "poly", "points": list(pts)}:
            return f"degenerate polygon with {len(pts)} points"
        case {"kind": str(k)}:
            return f"unknown kind {k!r}"
        case [*items] if all(isinstance(i, dict) for i in items):
            return "batch: " + "; ".join(describe(i) for i in items)
        case _:
            return "unrecognised"
msgs = [
    {"kind": "point", "coords": [1, 2]},
    {"kind": "point", "coords": (1, 2, 3)},
    {"kind": "point", "coords": [1]},
    {"kind": "line", "points": [{"coords": [0, 0]}, {"coords": [3, 4]}]},
    {"kind": "poly", "points": [1, 2, 3, 4, 5]},
    {"kind": "poly", "points": [1, 2]},
    {"kind": "circle"},
    [{"kind": "point", "coords": [0, 0]}, {"kind": "x"}],
    "text",
]
for m in msgs:
    print(describe(m))
