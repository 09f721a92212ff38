# Compile-time SyntaxErrors the compiler raises, with their positions
srcs = ["return 1", "break", "continue", "yield 1", "class C:\n    return 2",
        "def f():\n    x = 1\n    await x", "for x in y:\n    pass\nelse:\n    continue",
        "a, *b, *c = d", "*a = 1", "del __debug__", "__debug__ = 1",
        "match x:\n    case y:\n        pass\n    case 1:\n        pass",
        "match x:\n    case {'a': 1, 'a': 2}:\n        pass",
        "match x:\n    case [a, a]:\n        pass",
        "match x:\n    case A(b=1, b=2):\n        pass",
        "def f():\n    yield from g() if 1 else 2\nasync def h():\n    yield from x",
        "f(**a, *b)", "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass",
        "async def f():\n    return [x async for x in y]\ndef g():\n    return [x async for x in y]"]
for s in srcs:
    try:
        compile(s, "<snippet>", "exec")
        print("compiled", repr(s))
    except SyntaxError as e:
        print(f"{e.msg} | line {e.lineno} | offset {e.offset}")
