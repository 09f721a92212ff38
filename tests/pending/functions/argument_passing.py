# Arguments are passed by object reference: mutation vs rebinding
def mutate(lst):
    lst.append("added")
def rebind(lst):
    lst = ["new"]
    return lst
data = [1]
mutate(data)
print(data)
print(rebind(data), data)
def incr(n):
    n += 1
    return n
v = 5
print(incr(v), v)
def extend_in_place(lst):
    lst += [9]
def extend_copy(tpl):
    tpl += (9,)
    return tpl
l = [1]; t = (1,)
extend_in_place(l)
print(l, extend_copy(t), t)
def modify_dict(d, **updates):
    d.update(updates)
cfg = {'a': 1}
modify_dict(cfg, b=2)
print(cfg)
def kwargs_is_copy(**kw):
    kw['injected'] = True
    return kw
src = {'x': 1}
print(kwargs_is_copy(**src), src)
def args_is_tuple(*a):
    return type(a).__name__, a
lst = [1, 2]
print(args_is_tuple(*lst))
