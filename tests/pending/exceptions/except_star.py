# except* handling of exception groups: multiple handlers, unhandled remainder, re-raise
def raiser(*excs):
    raise ExceptionGroup("grp", list(excs))
try:
    raiser(ValueError("a"), TypeError("b"), ValueError("c"))
except* ValueError as g:
    print("values:", [str(e) for e in g.exceptions])
except* TypeError as g:
    print("types:", [str(e) for e in g.exceptions])
try:
    try:
        raiser(ValueError("x"), KeyError("y"))
    except* ValueError:
        print("handled ValueError part")
except ExceptionGroup as rest:
    print("remaining:", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", type(g).__name__, repr(g.exceptions))
try:
    try:
        raiser(OSError("o"))
    except* OSError as g:
        raise RuntimeError("replacement")
except Exception as e:
    print(type(e).__name__, repr(e))
try:
    raiser(ValueError(1), ValueError(2))
except* ValueError as g:
    print(len(g.exceptions), g.message)
nested = ExceptionGroup("top", [ExceptionGroup("mid", [ZeroDivisionError()]), KeyError("k")])
try:
    raise nested
except* ZeroDivisionError as g:
    print("zde group:", repr(g))
except* KeyError as g:
    print("key group:", repr(g))
