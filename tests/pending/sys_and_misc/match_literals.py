# match statement: literal patterns, wildcard, None/True/False, strings, negative numbers, complex
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 2 + 3j:
            return "complex"
        case _:
            return "other: " + repr(x)
for v in (0, 2, -1, 1.5, "hello", b"raw", None, True, False, 2 + 3j, 1.0, 0.0, "bye", [1]):
    print(repr(v), "->", describe(v))
