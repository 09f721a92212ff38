# Messages of common built-in exceptions raised by the interpreter (stable wording)
five, half, nothing = 5, 1.5, None
tests = [
    lambda: [1, 2][5],
    lambda: (1,)[9],
    lambda: "abc"[10],
    lambda: {'a': 1}['b'],
    lambda: undefined_name,
    lambda: None.attr,
    lambda: (5).nope,
    lambda: "x" + 1,
    lambda: 1 + "x",
    lambda: [] < 3,
    lambda: -"s",
    lambda: int("12a"),
    lambda: int("ff", 10),
    lambda: float("abc"),
    lambda: len(5),
    lambda: five(),
    lambda: "s"[half],
    lambda: [1][nothing],
    lambda: {}.pop('missing'),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: "abc".index("z"),
    lambda: chr(-1),
    lambda: "a" * 1.5,
    lambda: 1 / 0,
    lambda: ().x,
    lambda: object().__dict__,
    lambda: "abc"[1] == "b" and "abc".__setitem__(0, "x"),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
