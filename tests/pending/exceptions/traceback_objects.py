# __traceback__ objects: tb_lineno, tb_next, frame code names; with_traceback
def a():
    b()
def b():
    raise ValueError("deep")
try:
    a()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
e2 = KeyError("fresh")
print(e2.__traceback__)
try:
    raise e2
except KeyError as caught:
    print(caught.__traceback__.tb_lineno, caught is e2)
try:
    try:
        a()
    except ValueError as e:
        raise RuntimeError("stripped").with_traceback(None)
except RuntimeError as r:
    t = r.__traceback__
    count = 0
    while t:
        count += 1
        t = t.tb_next
    print("frames:", count)
x = ValueError()
print(x.with_traceback(None) is x)
