# A tiny expression evaluator written with structural pattern matching over nested tuples
def evaluate(expr, env):
    match expr:
        case int() | float() as n:
            return n
        case str(name):
            return env[name]
        case ("neg", x):
            return -evaluate(x, env)
        case ("+", x, y):
            return evaluate(x, env) + evaluate(y, env)
        case ("*", x, y):
            return evaluate(x, env) * evaluate(y, env)
        case ("-", x, y):
            return evaluate(x, env) - evaluate(y, env)
        case ("let", str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case ("if", cond, then, other):
            return evaluate(then if evaluate(cond, env) else other, env)
        case (op, *args):
            raise ValueError(f"unknown operator {op!r} with {len(args)} args")
        case _:
            raise TypeError(f"bad expression {expr!r}")
def show(expr):
    match expr:
        case (op, x, y) if op in "+-*":
            return f"({show(x)} {op} {show(y)})"
        case ("neg", x):
            return f"-{show(x)}"
        case ("let", name, value, body):
            return f"let {name} = {show(value)} in {show(body)}"
        case ("if", c, t, e):
            return f"if {show(c)} then {show(t)} else {show(e)}"
        case _:
            return str(expr)
programs = [
    ("+", 1, ("*", 2, 3)),
    ("let", "x", 5, ("*", "x", ("neg", "x"))),
    ("if", ("-", "y", 2), ("+", "y", 100), 0),
    ("let", "a", 2.5, ("let", "b", ("*", "a", 4), ("-", "b", "a"))),
    ("pow", 2, 3),
    [1, 2],
]
for p in programs:
    try:
        print(show(p), "=>", evaluate(p, {"y": 2}))
    except (ValueError, TypeError, KeyError) as e:
        print(show(p), "=> error:", type(e).__name__, e)
