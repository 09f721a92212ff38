# match: sequence patterns with fixed length, star captures, nesting, and str/bytes not sequences
def seq(x):
    match x:
        case []:
            return "empty"
        case [one]:
            return f"one: {one}"
        case [first, second]:
            return f"two: {first}, {second}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} ({len(middle)} in middle)"
        case [0, *rest]:
            return f"starts with 0, rest {rest}"
        case [(a, b), *_]:
            return f"pair first: {a}+{b}"
        case [_, _, *_]:
            return "three or more"
        case _:
            return "not a sequence: " + type(x).__name__
for v in ([], [1], (1, 2), [1, 2, 3, 4, 5, 6], [0, 5, 6], [(1, 2), 3, 4], [9, 8, 7], "ab", b"xy", {"k": 1}, range(2), 5):
    print(repr(v), "->", seq(v))
match [1, [2, [3, 4]]]:
    case [x, [y, [z, w]]]:
        print("nested", x, y, z, w)
