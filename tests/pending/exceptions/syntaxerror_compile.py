# SyntaxError raised by compile()/exec(): type, lineno, offset, text, filename
sources = [
    "x = (1, 2",
    "def f(:\n    pass",
    "a = 1\nb = 2\nc = = 3",
    "return 5",
    "'unterminated",
    "for x in range(3):\nprint(x)",
    "x = 1\n  y = 2",
    "class",
    "f(**x, *y)",
    "nonlocal q",
]
for src in sources:
    try:
        compile(src, "<snippet>", "exec")
        print("compiled?!")
    except SyntaxError as e:
        print(type(e).__name__, e.filename, e.lineno, isinstance(e, SyntaxError))
for src in ["'unterminated", "for x in range(3):\nprint(x)", "x = 1\n  y = 2"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, repr(e.text))
for src in ["return 5", "break", "def f():\n    yield = 3"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
try:
    eval("1 +")
except SyntaxError as e:
    print("eval:", type(e).__name__, e.lineno)
