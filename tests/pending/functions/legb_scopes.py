# LEGB name resolution: local, enclosing, global, builtin, and shadowing builtins
x = "global x"
def f():
    x = "enclosing x"
    def g():
        x = "local x"
        return x
    def h():
        return x
    return g(), h()
print(f())
def k():
    return x
print(k())
def uses_builtin():
    return len([1, 2, 3])
print(uses_builtin())
len = lambda obj: "shadowed"
print(uses_builtin())
del len
print(uses_builtin())
def assigns_later():
    try:
        return x
    finally:
        pass
    x = 1
try:
    assigns_later()
except UnboundLocalError as e:
    print(type(e).__name__)
def free_var_deleted():
    v = 1
    def inner():
        return v
    del v
    try:
        return inner()
    except NameError as e:
        return type(e).__name__
print(free_var_deleted())
print(globals()['x'], 'k' in globals())
def set_global_via_dict():
    globals()['dynamic'] = 99
set_global_via_dict()
print(dynamic)
