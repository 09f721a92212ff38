# Tracebacks through nested calls, and RecursionError
def a(n):
    return b(n) + 1
def b(n):
    return c(n) * 2
def c(n):
    return {"x": 1}[n]
import sys
try:
    a("y")
except KeyError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e)
def gen_fail():
    yield 1
    raise ValueError("in gen")
try:
    for _ in gen_fail():
        pass
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
print(sys._getframe().f_code.co_name, sys._getframe().f_lineno)
a("z")
