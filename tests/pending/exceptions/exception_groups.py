# ExceptionGroup construction, nesting, subgroup/split, and str/repr
eg = ExceptionGroup("batch failed", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(str(eg), "|", repr(eg))
print(eg.message, [repr(e) for e in eg.exceptions])
match, rest = eg.split(ValueError)
print(repr(match), "|", repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
nested = ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [ValueError("deep")])])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__)
d = eg.derive([ValueError("only")])
print(repr(d))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] == "v2")))
