# eval/exec with globals/locals dicts, expression results, statement side effects, and compile modes
print(eval("1 + 2 * 3"), eval("x * y", {"x": 6, "y": 7}), eval("len(s)", {}, {"s": "abcd"}))
g = {}
exec("a = 5\nb = a * 2\ndef f(n): return n + b", g)
print(g["a"], g["b"], g["f"](1), sorted(k for k in g if k != "__builtins__"))
loc = {}
exec("z = [i * i for i in range(4)]", {}, loc)
print(loc)
code = compile("total = sum(range(n))", "<cfg>", "exec")
ns = {"n": 11}
exec(code, ns)
print(ns["total"], type(code).__name__, code.co_filename)
expr = compile("q ** 2", "<expr>", "eval")
print(eval(expr, {"q": 12}), [eval(expr, {"q": v}) for v in range(4)])
single = compile("1 + 1", "<single>", "single")
print(type(single).__name__)
print(eval("__builtins__ is not None"), eval("abs(-3)", {"__builtins__": {"abs": abs}}))
try:
    eval("len('x')", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__)
try:
    exec("raise KeyError('from exec')")
except KeyError as e:
    print(type(e).__name__, e)
print(exec("1 + 1"), eval("[1, 2][-1]"), eval(" 3 "))
